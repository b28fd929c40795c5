"""Start a window, quit as soon as it is shown and the event loop is idle.

    python bench/figures/_launch.py bare [--import MODULE ...]   # bare QMainWindow
    python bench/figures/_launch.py app [essdesk arguments ...]  # essdesk's own start

`QApplication.exec` is wrapped (no change to essdesk's code): when the loop starts, a 0 ms
timer checks for a visible top-level window; once there is one, pending events (show,
layout, first paint) are processed and the application quits. The process then exits as
usual: the caller times the whole process, spawn to exit, and reads its peak RSS.
Prints `BENCH idle_ms=<ms since interpreter start>` on stdout.
"""

from __future__ import annotations

import sys
import time

T0 = time.perf_counter()

import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _patch_exec() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_until_idle(*_args: object) -> int:
        app = QApplication.instance()

        def check() -> None:
            shown = [w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()]
            if not shown:
                QTimer.singleShot(0, check)
                return
            app.processEvents()
            print(f"BENCH idle_ms={(time.perf_counter() - T0) * 1000:.1f} "
                  f"windows={','.join(type(w).__name__ for w in shown)}", flush=True)
            QTimer.singleShot(0, app.quit)

        QTimer.singleShot(0, check)
        return original()

    QApplication.exec = exec_until_idle  # type: ignore[method-assign]
    QApplication.exec_ = exec_until_idle  # type: ignore[attr-defined]


def bare(modules: list[str]) -> int:
    import importlib

    from PySide6.QtWidgets import QApplication, QMainWindow

    for name in modules:
        importlib.import_module(name)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1024, 700)
    window.show()
    return app.exec()


def main() -> int:
    mode, rest = sys.argv[1], sys.argv[2:]
    _patch_exec()
    if mode == "bare":
        modules = [rest[i + 1] for i, a in enumerate(rest) if a == "--import"]
        return bare(modules)
    from essdesk.cli import main as essdesk_main

    return essdesk_main(rest)


if __name__ == "__main__":
    sys.exit(main())
