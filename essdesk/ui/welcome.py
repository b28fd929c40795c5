"""Accueil: what to do when no diagnostic is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from essdesk.store.working import WorkingCopy


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(Path)
    recoverRequested = Signal(object)  # WorkingCopy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(14)
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        title = QLabel(self.tr("essdesk"))
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(self.tr(
            "Diagnostic de filière de territoire avec et pour l'ESS, en atelier, selon la méthode "
            "du guide RTES « RepèrESS Filières & ESS » ou toute autre méthode décrite en référentiel."))
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        col.addWidget(title)
        col.addWidget(subtitle)

        self.recovery = QFrame()
        self.recovery.setObjectName("banner")
        rec_lay = QHBoxLayout(self.recovery)
        self.recovery_text = QLabel()
        self.recovery_text.setWordWrap(True)
        self.recovery_button = QPushButton(self.tr("Récupérer"))
        self.recovery_button.clicked.connect(lambda: self._copies and self.recoverRequested.emit(self._copies[0]))
        rec_lay.addWidget(self.recovery_text, 1)
        rec_lay.addWidget(self.recovery_button)
        self.recovery.hide()
        col.addWidget(self.recovery)
        self._copies: list[WorkingCopy] = []

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouveau diagnostic…"))
        self.new_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Ouvrir…"))
        self.demo_button = QPushButton(self.tr("Ouvrir la démo"))
        self.demo_button.setToolTip(self.tr("Un diagnostic d'exemple : la filière laine d'un territoire rural."))
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(b.sizeHint().height() + 10)
            buttons.addWidget(b)
        buttons.addStretch()
        col.addLayout(buttons)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)

        recent_title = QLabel(self.tr("Diagnostics récents"))
        recent_title.setObjectName("sectionTitle")
        col.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Diagnostics récents"))
        recent_title.setBuddy(self.recent)
        self.recent.setMinimumHeight(160)
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemDoubleClicked.connect(self._open_recent)
        col.addWidget(self.recent)
        hint = QLabel(self.tr("Astuce : Ctrl+N nouveau, Ctrl+O ouvrir, Ctrl++ / Ctrl+- pour agrandir au vidéoprojecteur."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        col.addWidget(hint)
        col.addStretch(2)

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.stem}\n    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(f"{path.stem} — " + self.tr("introuvable") + f"\n    {path.parent}")
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        if not files:
            item = QListWidgetItem(self.tr("Aucun diagnostic récent : créez-en un ou ouvrez la démo."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def set_recovery(self, copies: list[WorkingCopy]) -> None:
        self._copies = copies
        if not copies:
            self.recovery.hide()
            return
        copy = copies[0]
        name = copy.target.name if copy.target else self.tr("Sans titre")
        self.recovery_text.setText(self.tr(
            "Le diagnostic « %1 » n'a pas été fermé normalement (%2). Ses dernières modifications "
            "sont conservées dans une copie de travail.").replace("%1", name).replace("%2", copy.opened.replace("T", " ")))
        self.recovery.show()

    def _open_recent(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value:
            self.recentRequested.emit(Path(value))
