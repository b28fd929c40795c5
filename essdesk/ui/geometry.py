"""Where the main window opens: the last geometry if it still fits a screen, else the screen.

A laptop that was docked to a 1920×1080 monitor last time may now have only its own
1366×768 (or a projector's 1024×768): a restored geometry larger than, or outside, the
available area of the screen would put title bar or status bar off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Size wanted on a large screen; smaller screens get their whole available area.
PREFERRED = QSize(1280, 820)


def fitted(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size bounded by `available`, centred in it."""
    size = preferred.boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect


def fits(frame: QRect, available: QRect) -> bool:
    """True when the whole window frame lies inside the available area of a screen."""
    return available.contains(frame)


def place_window(window: QWidget, saved: QByteArray | None) -> None:
    """Restore `saved` when the restored window fits its screen; otherwise fit the screen."""
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        screen = QGuiApplication.screenAt(window.geometry().center())
        if screen is not None and fits(window.frameGeometry(), screen.availableGeometry()):
            return
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(fitted(screen.availableGeometry()))
