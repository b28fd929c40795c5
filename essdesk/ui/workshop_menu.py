"""The "Atelier" menu of the main window, without importing the workshop mode itself.

`essdesk.ui.workshop_mode` imports the services (SQLAlchemy), the step view and the vote
chart: ~0.6 s that the Accueil screen must not wait for (issue 6). The menu is built at
start from here; the mode is imported when one of its actions is triggered. Same strings
and translation context ("WorkshopMode") as the mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopMode", text)


def _mode():
    from essdesk.ui import workshop_mode

    return workshop_mode


def build_menu(window, bar) -> list[QAction]:
    """The "Atelier" menu of the main window; returns the actions that need a document."""
    menu = bar.addMenu(_tr("A&telier"))
    mode = QAction(_tr("&Mode atelier (projection)"), window)
    mode.setShortcut(QKeySequence("F5"))
    mode.triggered.connect(lambda: _mode().open_mode(window))
    vote = QAction(_tr("&Voter…"), window)
    vote.triggered.connect(lambda: _mode().open_votes(window.ctx, _mode().current_workshop(window), window))
    phones = QAction(QCoreApplication.translate("PhoneVoteDialog", "Vote sur &téléphones…"), window)
    phones.triggered.connect(lambda: _phone_vote(window))
    minutes = QAction(_tr("&Compte rendu PDF…"), window)
    minutes.triggered.connect(
        lambda: _mode().export_minutes(window.ctx, _mode().current_workshop(window), window))
    for a in (mode, vote, phones, minutes):
        menu.addAction(a)
    menu.addSeparator()
    screens = menu.addMenu(_tr("&Écran de projection"))

    def fill() -> None:
        screens.clear()
        group = QActionGroup(screens)
        chosen = _mode().pick_screen(window.settings.workshop_screen, window)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            a = screens.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            a.setCheckable(True)
            a.setChecked(screen is chosen)
            group.addAction(a)
            name = screen.name()
            a.triggered.connect(lambda _c=False, n=name: setattr(window.settings, "workshop_screen", n))

    screens.aboutToShow.connect(fill)
    return [mode, vote, phones, minutes]


def _phone_vote(window) -> None:
    from essdesk.ui.phone_vote import open_phone_vote

    window.phone_vote = open_phone_vote(window.ctx, _mode().current_workshop(window), window)
