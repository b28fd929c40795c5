"""`essdesk demo.essdesk` to an interactive main window vs bare window + import sqlalchemy.orm.

Whole-process timings, interleaved; each essdesk run opens its own copy of the demo in a
fresh ESSDESK_HOME.
"""

from __future__ import annotations

import _common as c
from start import launch, ui_ready

FIGURE = "`essdesk demo.essdesk` to an interactive main window"
TARGET = 1.3


def measure(repeats: int) -> c.Row:
    if not ui_ready():
        return c.absent(FIGURE, f"≤ {TARGET}×", "essdesk/ui/app.py absent")
    demo = c.copy_of(c.demo_path(), c.scratch())
    launch("app", str(demo))
    base = ("bare", "--import", "sqlalchemy.orm")
    launch(*base)
    app, bare = c.alternate(repeats, lambda: launch("app", str(demo)).seconds,
                            lambda: launch(*base).seconds)
    return c.ratio_row(FIGURE, c.median(app), c.median(bare), TARGET)


if __name__ == "__main__":
    c.main(measure)
