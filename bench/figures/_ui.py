"""In-process Qt helpers for the search, sort and lever-click figures (offscreen)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import _common as c


def app():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    previous = None

    def quiet(mode, context, message):  # the offscreen plugin's size-hint notice, per window
        if "propagateSizeHints" not in message and previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(quiet)
    return QApplication([])


@contextlib.contextmanager
def plain_style():
    """Without essdesk's application style sheet (a baseline is plain Qt), restored after."""
    application = app()
    sheet = application.styleSheet()
    application.setStyleSheet("")
    settle()
    try:
        yield
    finally:
        application.setStyleSheet(sheet)
        settle()


def main_window_on(path: Path | str):
    """essdesk's own main window (essdesk.ui.app.make_window), shown, with `path` (a file, or
    a server address) open."""
    from essdesk.ui.app import make_window

    window = make_window()
    window.resize(1280, 820)
    window.show()
    if not window.open_location(path):
        raise RuntimeError(f"could not open {path}")
    settle()
    return window


def settle() -> None:
    """Process pending events (layout, paint) until the loop is idle."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    application = app()
    QCoreApplication.sendPostedEvents()
    application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    QCoreApplication.sendPostedEvents()
    application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def large_copy() -> Path:
    return c.copy_of(c.large_path(), c.scratch())
