"""The action plan table."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from essdesk.domain.queries import ActionRow, is_overdue
from essdesk.models.enums import ActionStatus, Priority
from essdesk.ui.i18n import format_date, format_money, value_label
from essdesk.ui.models.base import RowTableModel, text_key

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")
PRIORITY_ORDER = {p.value: n for n, p in enumerate(Priority)}
STATUS_ORDER = {s.value: n for n, s in enumerate(ActionStatus)}


class ActionColumn(IntEnum):
    TITLE = 0
    STATUS = 1
    PRIORITY = 2
    PILOT = 3
    STEPS = 4
    START = 5
    END = 6
    BUDGET = 7


class ActionsModel(RowTableModel):
    Columns = ActionColumn
    parts = ""  # what the referential calls its parts ("Axes"); the view sets it

    def headers(self):
        return [self.tr("Action"), self.tr("Statut"), self.tr("Priorité"), self.tr("Pilote"),
                self.parts or self.tr("Étapes"), self.tr("Début"), self.tr("Échéance"), self.tr("Budget")]

    def display(self, row: ActionRow, column: int) -> str:
        c = ActionColumn(column)
        if c is ActionColumn.TITLE:
            return row.title
        if c is ActionColumn.STATUS:
            return value_label(ActionStatus, row.status)
        if c is ActionColumn.PRIORITY:
            return value_label(Priority, row.priority)
        if c is ActionColumn.PILOT:
            return row.pilot
        if c is ActionColumn.STEPS:
            return ", ".join(str(n) for n in row.steps)
        if c is ActionColumn.START:
            return format_date(row.start)
        if c is ActionColumn.END:
            return format_date(row.end)
        return format_money(row.budget_cents)

    def sort_key(self, row: ActionRow, column: int):
        c = ActionColumn(column)
        if c is ActionColumn.STATUS:
            return STATUS_ORDER.get(row.status, 99)
        if c is ActionColumn.PRIORITY:
            return PRIORITY_ORDER.get(row.priority, 99)
        if c is ActionColumn.STEPS:
            return row.steps or (99,)
        if c in (ActionColumn.START, ActionColumn.END):
            value = row.start if c is ActionColumn.START else row.end
            return (value is None, value.toordinal() if value else 0)
        if c is ActionColumn.BUDGET:
            return row.budget_cents if row.budget_cents is not None else -1
        return text_key(self.display(row, column))

    EXTRA_ROLES = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                             Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole})

    def extra(self, row: ActionRow, column: int, role: int):
        overdue = is_overdue(row)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("En retard : l'échéance du %1 est passée.").replace("%1", format_date(row.end))
            if column == ActionColumn.STEPS and row.levers:
                return self.tr("Leviers : %1").replace("%1", row.levers)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ActionColumn.BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActionsProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.step: int | None = None
        self.priority: str | None = None
        self.pilot_id: int | None = None
        self.overdue_only = False

    def set_filter(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row: ActionRow = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if self.status is not None and row.status != self.status:
            return False
        if self.step is not None and self.step not in row.steps:
            return False
        if self.priority is not None and row.priority != self.priority:
            return False
        if self.pilot_id is not None and row.pilot_id != self.pilot_id:
            return False
        return not (self.overdue_only and not is_overdue(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
