"""The participants of one workshop session, edited in place: each cell edit is a command."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ParticipantColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1


_KEYS = {ParticipantColumn.NAME: "name", ParticipantColumn.ORGANISATION: "organisation"}


class ParticipantsModel(QAbstractTableModel):
    """Rows: {"id", "name", "organisation", "actor_id"} as the services take them.

    `setData` does not change the rows itself: it asks `edit(participants)` (the view runs
    the command), and the rows come back from the document through `set_rows`.
    """

    refused = Signal(str)  # a French message: why a cell edit was not kept

    def __init__(self, edit, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit  # edit(list of participant dicts) -> bool
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows == self.rows:
            return
        if len(rows) == len(self.rows):
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(ParticipantColumn) - 1)
            )
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(ParticipantColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Nom"), self.tr("Organisation"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return self.rows[index.row()][_KEYS[ParticipantColumn(index.column())]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = _KEYS[ParticipantColumn(index.column())]
        text = str(value).strip()
        if text == self.rows[index.row()][key]:
            return False
        if key == "name" and not text:
            self.refused.emit(
                self.tr("Chaque participant doit avoir un nom : le nom précédent est gardé.")
            )
            return False
        people = [dict(p) for p in self.rows]
        people[index.row()][key] = text
        return bool(self.edit(people))
