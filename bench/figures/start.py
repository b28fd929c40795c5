"""Start to an interactive Accueil screen vs a bare PySide6 QMainWindow shown, then quit.

Whole-process timings (spawn to exit), essdesk and baseline interleaved. essdesk runs as
`essdesk --welcome` through _launch.py, which quits once a window is shown and idle.
"""

from __future__ import annotations

import _common as c

FIGURE = "start to an interactive Accueil screen"
TARGET = 1.5


def ui_ready() -> bool:
    return (c.ROOT / "essdesk" / "ui" / "app.py").exists()


def launch(*args: str) -> c.Process:
    """One process in a fresh ESSDESK_HOME (no leftover working copy to offer back)."""
    return c.run_process([c.PYTHON, str(c.LAUNCH), *args],
                         env=c.bench_env(ESSDESK_HOME=str(c.scratch())))


def measure(repeats: int) -> c.Row:
    if not ui_ready():
        return c.absent(FIGURE, f"≤ {TARGET}×", "essdesk/ui/app.py absent")
    launch("app", "--welcome")  # warm the file cache once, both sides
    launch("bare")
    app, bare = c.alternate(repeats, lambda: launch("app", "--welcome").seconds,
                            lambda: launch("bare").seconds)
    return c.ratio_row(FIGURE, c.median(app), c.median(bare), TARGET)


if __name__ == "__main__":
    c.main(measure)
