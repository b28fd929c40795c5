"""A table model over a list of row tuples whose first item is the id.

`sync(rows)` compares the new rows with the shown ones by id and emits precise signals
(removeRows / insertRows / dataChanged), so a single edit never resets the view.
Sorting happens in the model's own list (fast), not in the proxy.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


_DISPLAY = Qt.ItemDataRole.DisplayRole
#: The roles every model answers; a subclass lists in EXTRA_ROLES those its extra() answers.
BASE_ROLES = frozenset({_DISPLAY, ID_ROLE, ROW_ROLE, SORT_ROLE})


def text_key(text: str) -> str:
    """Sort key for French text: "Éleveurs" sorts with the E, not after Z."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class RowTableModel(QAbstractTableModel):
    Columns: type[IntEnum]
    EXTRA_ROLES: frozenset[int] = frozenset()
    _roles: frozenset[int] | None = BASE_ROLES  # None: every role goes to extra()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        declared = any("EXTRA_ROLES" in vars(k) for k in cls.__mro__[:cls.__mro__.index(RowTableModel)])
        # A subclass with its own extra() but no EXTRA_ROLES still gets every role.
        cls._roles = BASE_ROLES | cls.EXTRA_ROLES if declared or cls.extra is RowTableModel.extra else None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- to implement ----------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: tuple, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: tuple, column: int) -> Any:
        return text_key(self.display(row, column))

    def extra(self, row: tuple, column: int, role: int) -> Any:  # colours, tooltips
        return None

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.Columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        # A delegate asks ~9 roles per painted cell: the unanswered ones return at once.
        roles = self._roles
        if (roles is not None and role not in roles) or not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == _DISPLAY:
            return self.display(row, index.column())
        if role == ID_ROLE:
            return row[0]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        return self.extra(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.Columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()][0] for i in before]
        self.rows.sort(key=lambda r: self.sort_key(r, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        if before:
            position = {r[0]: n for n, r in enumerate(self.rows)}
            self.changePersistentIndexList(
                before, [self.index(position[i], p.column()) for i, p in zip(ids, before, strict=True)]
            )
        self.layoutChanged.emit()

    # -- content ---------------------------------------------------------------------------
    def reset(self, rows: Sequence[tuple]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        if self._sort is not None:
            self.sort(*self._sort)

    def sync(self, rows: Sequence[tuple]) -> None:
        """Show `rows`, signalling only what differs from what is shown."""
        new = {r[0]: r for r in rows}
        for n in range(len(self.rows) - 1, -1, -1):
            if self.rows[n][0] not in new:
                self.beginRemoveRows(QModelIndex(), n, n)
                del self.rows[n]
                self.endRemoveRows()
        last = len(self.Columns) - 1
        for n, old in enumerate(self.rows):
            fresh = new[old[0]]
            if fresh != old:
                self.rows[n] = fresh
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        shown = {r[0] for r in self.rows}
        added = [r for r in rows if r[0] not in shown]
        if added:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self.rows.extend(added)
            self.endInsertRows()

    def row_of(self, ident: int) -> int:
        for n, r in enumerate(self.rows):
            if r[0] == ident:
                return n
        return -1
