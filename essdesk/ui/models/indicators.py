"""Tables of the "Indicateurs" view: the indicators, the values of one, and the course of
each indicator across jalons (the comparison)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from essdesk.domain.indicator_course import Course, format_progress, format_quantity
from essdesk.ui.i18n import format_date
from essdesk.ui.models.base import RowTableModel, text_key


class IndicatorColumn(IntEnum):
    NAME = 0
    BASELINE = 1
    LATEST = 2
    TARGET = 3
    PROGRESS = 4
    LINK = 5


class IndicatorsModel(RowTableModel):
    """Rows: (id, Course)."""

    Columns = IndicatorColumn
    EXTRA_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole})

    def extra(self, row: tuple, column: int, role: int):
        # A narrow window cuts long names ("Volume de laine valori…"): the whole text.
        if column in (IndicatorColumn.NAME, IndicatorColumn.LINK):
            return self.display(row, column)
        return None

    def headers(self):
        return [
            self.tr("Indicateur"),
            self.tr("Départ"),
            self.tr("Dernière valeur"),
            self.tr("Cible"),
            self.tr("Avancement"),
            self.tr("Suit"),
        ]

    def display(self, row: tuple, column: int) -> str:
        course: Course = row[1]
        c = IndicatorColumn(column)
        if c is IndicatorColumn.NAME:
            return course.name + (f" ({course.unit})" if course.unit else "")
        if c is IndicatorColumn.BASELINE:
            return format_quantity(course.baseline)
        if c is IndicatorColumn.LATEST:
            return format_quantity(course.latest)
        if c is IndicatorColumn.TARGET:
            return format_quantity(course.target)
        if c is IndicatorColumn.PROGRESS:
            return format_progress(course.progress())
        return self.tr("Levier %1").replace("%1", course.lever) if course.lever else course.action

    def sort_key(self, row: tuple, column: int):
        course: Course = row[1]
        c = IndicatorColumn(column)
        numbers = {
            IndicatorColumn.BASELINE: course.baseline,
            IndicatorColumn.LATEST: course.latest,
            IndicatorColumn.TARGET: course.target,
            IndicatorColumn.PROGRESS: course.progress(),
        }
        if c in numbers:
            value = numbers[c]
            return (value is None, value or 0.0)
        return text_key(self.display(row, column))


class IndicatorsProxy(QSortFilterProxyModel):
    """Sorting happens in the model's own list (fast), as for the other tables."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class ValueColumn(IntEnum):
    DATE = 0
    VALUE = 1
    NOTE = 2


class ValuesModel(RowTableModel):
    """Rows: (id, date, value, unit, note)."""

    Columns = ValueColumn

    def headers(self):
        return [self.tr("Date"), self.tr("Valeur"), self.tr("Commentaire")]

    def display(self, row: tuple, column: int) -> str:
        c = ValueColumn(column)
        if c is ValueColumn.DATE:
            return format_date(row[1])
        if c is ValueColumn.VALUE:
            return format_quantity(row[2], row[3])
        return row[4].replace("\n", " ")

    def sort_key(self, row: tuple, column: int):
        if column == ValueColumn.DATE:
            return row[1]
        if column == ValueColumn.VALUE:
            return row[2]
        return text_key(row[4])


class CourseModel(QAbstractTableModel):
    """Each indicator's latest value at each jalon (columns) and its target."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sides: list[str] = []
        self.rows: list[tuple[Course, list[float | None]]] = []

    def reset(self, sides: list[str], rows: list[tuple[Course, list[float | None]]]) -> None:
        self.beginResetModel()
        self.sides, self.rows = sides, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sides) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Indicateur")
        if section <= len(self.sides):
            return self.sides[section - 1]
        return self.tr("Cible") if section == len(self.sides) + 1 else self.tr("Avancement")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        course, values = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return course.name + (f" ({course.unit})" if course.unit else "")
        if column <= len(values):
            return format_quantity(values[column - 1])
        if column == len(values) + 1:
            return format_quantity(course.target)
        return format_progress(course.progress(values[-1]) if values else None)
