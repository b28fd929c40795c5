"""Start a window, quit as soon as it is shown and the event loop is idle.

    python bench/figures/_launch.py bare [--import MODULE ...]   # bare QMainWindow
    python bench/figures/_launch.py app [essdesk arguments ...]  # essdesk's own start

`QApplication.exec` is wrapped (no change to essdesk's code): when the loop starts, a 0 ms
timer checks for a visible top-level window; once there is one, pending events (show,
layout, first paint) are processed and the application quits. The process then exits as
usual: the caller times the whole process, spawn to exit, and reads its peak RSS.
Prints `BENCH idle_ms=<ms since interpreter start>` on stdout.

The wrapper imports nothing of Qt itself: the wrap is applied when the code under test
imports `PySide6.QtWidgets`. PySide6's import hook slows every later import, so a wrapper
importing PySide6 first would make essdesk pay for it on imports it does before PySide6
when users start it (argparse's gettext, the database layer). The bare baseline imports
its `--import` modules before PySide6, the cheaper order.
"""

from __future__ import annotations

import sys
import time

T0 = time.perf_counter()

import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _WrapExecOnImport:
    """A meta path finder that only watches for PySide6.QtWidgets, then wraps its exec."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        if name != "PySide6.QtWidgets":
            return None
        import importlib.util

        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module: object) -> None:
            load(module)
            _wrap_exec(module.QApplication)

        spec.loader.exec_module = exec_module
        return spec


def _wrap_exec(QApplication: type) -> None:  # noqa: N803 - the Qt class
    from PySide6.QtCore import QTimer

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

    for name in modules:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1024, 700)
    window.show()
    return app.exec()


def main() -> int:
    mode, rest = sys.argv[1], sys.argv[2:]
    sys.meta_path.insert(0, _WrapExecOnImport())
    if mode == "bare":
        modules = [rest[i + 1] for i, a in enumerate(rest) if a == "--import"]
        return bare(modules)
    from essdesk.cli import main as essdesk_main

    return essdesk_main(rest)


if __name__ == "__main__":
    sys.exit(main())
