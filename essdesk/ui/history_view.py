"""Édition › Historique: the server's journal, newest first, filtered by person, step, date.

A selected field line can be undone: that is a new edit (SetFieldsCommand) writing the
line's "before" value, refused with the conflict dialog when the field changed since.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import history
from essdesk.domain.history import Entry
from essdesk.ui.conflict_dialog import when_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryModel(QAbstractTableModel):
    def __init__(
        self, entries: list[Entry], names: dict[tuple[str, int], str], parent=None
    ) -> None:
        super().__init__(parent)
        self.entries = list(reversed(entries))  # newest first
        self.names = names
        self._headers = [
            self.tr("Quand"),
            self.tr("Qui"),
            self.tr("Étape"),
            self.tr("Élément"),
            self.tr("Champ"),
            self.tr("Avant"),
            self.tr("Après"),
        ]
        self._entities = {
            "diagnostic": self.tr("Diagnostic"),
            "step": self.tr("Étape"),
            "lever": self.tr("Levier"),
            "actor": self.tr("Acteur"),
            "action": self.tr("Action"),
            "workshop": self.tr("Atelier"),
            "participant": self.tr("Participant"),
            "vote": self.tr("Vote"),
            "jalon": self.tr("Jalon"),
            "indicator": self.tr("Indicateur"),
            "indicator_value": self.tr("Valeur d'indicateur"),
        }

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, index.column())
        return None

    def text(self, e: Entry, column: int) -> str:
        if column == 0:
            return when_text(e.at)
        if column == 1:
            return e.who
        if column == 2:
            return str(e.step) if e.step is not None else ""
        if column == 3:
            kind = self._entities.get(e.entity, e.entity)
            name = self.names.get((e.entity, e.row_id or 0), "")
            return f"{kind} {name}".strip()
        if column == 4:
            if not e.field:
                return self.tr("création") if e.before_json is None else self.tr("suppression")
            return history.field_label(e.entity, e.field)
        value = e.before if column == 5 else e.after
        if not e.field:
            return ""
        shown = history.readable(e.entity, e.field, value)
        return shown if len(shown) <= 120 else shown[:119] + "…"


class HistoryFilter(QSortFilterProxyModel):
    """Person, step and first day: one pass over the model's list (fast on 10,000 lines)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.who: str | None = None
        self.step: int | None = None
        self.since: dt.date | None = None

    def set_filter(self, who: str | None, step: int | None, since: dt.date | None) -> None:
        self.beginFilterChange()
        self.who, self.step, self.since = who, step, since
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        entry = self.sourceModel().entries[row]
        if self.who is not None and entry.who != self.who:
            return False
        if self.step is not None and entry.step != self.step:
            return False
        return self.since is None or entry.at.astimezone().date() >= self.since


class HistoryDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Historique des modifications"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.person = QComboBox()
        self.step = QComboBox()
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setSpecialValueText(self.tr("toutes les dates"))
        for text, widget in (
            (self.tr("Personne :"), self.person),
            (self.tr("Étape :"), self.step),
            (self.tr("Depuis le :"), self.since),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # 10,000 lines open fast
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Annuler cette modification"))
        self.undo_button.setToolTip(
            self.tr("Remet la valeur d'avant, comme une nouvelle modification.")
        )
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.proxy = HistoryFilter(self)
        self.load()
        self.person.currentIndexChanged.connect(self._filter)
        self.step.currentIndexChanged.connect(self._filter)
        self.since.dateChanged.connect(self._filter)
        self.undo_button.clicked.connect(self.undo_selected)
        self.resize(980, 520)

    def load(self) -> None:
        entries = history.entries(self.ctx.session)
        names: dict[tuple[str, int], str] = {}
        for step in self.ctx.services.steps():
            for lever in step.levers:
                names[("lever", lever.id)] = lever.code
        for actor in self.ctx.services.actors():
            names[("actor", actor.id)] = actor.name
        for action in self.ctx.services.actions():
            names[("action", action.id)] = action.title
        self.model = HistoryModel(entries, names, self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        people = sorted({e.who for e in entries})
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Tout le monde"), None)
        for who in people:
            self.person.addItem(who, who)
        self.person.blockSignals(False)
        self.step.blockSignals(True)
        self.step.clear()
        self.step.addItem(self.tr("Toutes"), None)
        for step in self.ctx.referential.steps:
            self.step.addItem(str(step.number), step.number)
        self.step.blockSignals(False)
        first = min((e.at.astimezone().date() for e in entries), default=dt.date.today())
        self.since.blockSignals(True)
        self.since.setMinimumDate(QDate(first.year, first.month, first.day).addDays(-1))
        self.since.setDate(self.since.minimumDate())  # the special value: every date
        self.since.blockSignals(False)
        self.empty.setText(
            self.tr("Aucune modification enregistrée sur le serveur.") if not entries else ""
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):  # long titles: room for the values
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._update_button()

    def _filter(self) -> None:
        since = (
            None if self.since.date() == self.since.minimumDate() else self.since.date().toPython()
        )
        self.proxy.set_filter(self.person.currentData(), self.step.currentData(), since)
        self._update_button()

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ROLE) if rows else None

    def _update_button(self) -> None:
        entry = self.selected()
        self.undo_button.setEnabled(
            entry is not None and entry.kind is not None and not self.ctx.lost
        )

    def undo_selected(self) -> None:
        from essdesk.ui.commands import SetFieldsCommand

        entry = self.selected()
        if entry is None or entry.kind is None:
            return
        kind, ident, new, old = history.undo(entry)
        text = self.tr("Annuler « %1 » du %2").replace(
            "%1", history.field_label(entry.entity, entry.field)
        )
        self.ctx.attempt(
            SetFieldsCommand(
                self.ctx, kind, ident, new, old, text.replace("%2", when_text(entry.at))
            )
        )
        self.load()
