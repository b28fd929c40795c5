"""The « À propos d'essdesk » dialog (Aide › À propos d'essdesk…).

The content comes from essdesk.about (Qt-free); this dialog only shows it, with buttons to
open the backups and data folders in the file manager.

    from essdesk.ui.about_dialog import show_about
    help_menu.addAction("À propos d'essdesk…", lambda: show_about(window))
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from essdesk.about import AboutInfo, about_html, about_info


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, info: AboutInfo | None = None) -> None:
        super().__init__(parent)
        self.info = info or about_info()
        self.setWindowTitle(_tr("À propos d'essdesk"))
        self.resize(620, 560)

        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(about_html(self.info))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_backups = QPushButton(_tr("Ouvrir le dossier des sauvegardes"), self)
        self.open_data = QPushButton(_tr("Ouvrir le dossier des données"), self)
        self.buttons.addButton(self.open_backups, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_data, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_backups.clicked.connect(lambda: self.open_folder(self.info.backups))
        self.open_data.clicked.connect(lambda: self.open_folder(self.info.data))

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)

    def open_folder(self, folder: Path) -> bool:
        """Show `folder` in the system's file manager; False when none could be started."""
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None = None) -> None:
    """Modal « À propos » dialog."""
    AboutDialog(parent).exec()
