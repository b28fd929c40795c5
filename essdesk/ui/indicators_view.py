"""Indicateurs: the diagnostic's impact indicators, the values of the selected one, and a
small chart of its values against baseline and target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.indicator_course import Course, format_progress, format_quantity
from essdesk.domain.services import Changes
from essdesk.ui.charts import BEFORE, GRID, PRIMARY
from essdesk.ui.commands import RemoveCommand
from essdesk.ui.i18n import format_date
from essdesk.ui.indicator_dialog import IndicatorDialog, ValueDialog
from essdesk.ui.models.base import ID_ROLE
from essdesk.ui.models.indicators import (
    CourseModel,
    IndicatorColumn,
    IndicatorsModel,
    IndicatorsProxy,
    ValuesModel,
)
from essdesk.ui.widgets import page_layout


def course_of(indicator) -> Course:
    return Course(
        indicator.uid,
        indicator.name,
        indicator.unit,
        indicator.baseline,
        indicator.target,
        indicator.lever.code if indicator.lever else "",
        indicator.action.title if indicator.action else "",
        tuple((v.date, v.value) for v in indicator.values),
    )


def indicators_data(services) -> dict:
    """Today's indicators in the interchange shape, without exporting the whole diagnostic
    (what `course_table` reads next to the jalons' data)."""
    return {
        "actions": [],
        "indicators": [
            {
                "uid": i.uid,
                "name": i.name,
                "unit": i.unit,
                "baseline": i.baseline,
                "target": i.target,
                "lever": None,
                "action": None,
                "values": [{"date": v.date.isoformat(), "value": v.value} for v in i.values],
            }
            for i in services.indicators()
        ],
    }


def course_view(sides: list[str], rows: list) -> QTableView:
    """A read-only table: each indicator's value at each side (jalons, today) and target."""
    table = QTableView()
    model = CourseModel(table)
    model.reset(sides, rows)
    table.setModel(model)
    table.setAccessibleName(
        QCoreApplication.translate("IndicatorsView", "Indicateurs (dernière valeur à chaque date)")
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    fit_rows(table)
    return table


def fit_rows(table: QTableView) -> None:
    """As tall as its rows (up to six, then it scrolls): it never takes a chart's room,
    nor is squeezed to its header by one."""
    rows = min(table.model().rowCount(), 6)
    row = table.verticalHeader().defaultSectionSize()
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + row * rows + 2 * table.frameWidth() + 2)


class CourseChart(QWidget):
    """The values by date (a line), the baseline and the target (dashed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course: Course | None = None
        self.setMinimumSize(220, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_course(self, course: Course | None) -> None:
        self.course = course
        if course is not None:
            self.setAccessibleDescription(
                self.tr("Cible %1 ; valeurs : %2")
                .replace("%1", format_quantity(course.target, course.unit))
                .replace(
                    "%2",
                    ", ".join(f"{format_date(d)} {format_quantity(v)}" for d, v in course.points),
                )
            )
        self.update()

    def paintEvent(self, _event) -> None:
        course = self.course
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if course is None or not course.points:
            p.setPen(text)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Aucune valeur saisie : ajoutez-en une à une date."),
            )
            return
        levels = [v for _d, v in course.points] + [
            x for x in (course.baseline, course.target) if x is not None
        ]
        low, high = min(levels + [0.0]), max(levels)
        if high == low:
            high = low + 1
        days = [d for d, _v in course.points]
        first, last = days[0], days[-1]
        span = max((last - first).days, 1)
        left = max(fm.horizontalAdvance(format_quantity(x)) for x in (low, high)) + 10
        top, right, bottom = (
            fm.height(),
            14
            + max(fm.horizontalAdvance(self.tr("cible")), fm.horizontalAdvance(self.tr("départ"))),
            fm.height() * 2,
        )
        w, h = max(self.width() - left - right, 40), max(self.height() - top - bottom, 40)

        def x(day: dt.date) -> float:
            return left + (w / 2 if first == last else w * (day - first).days / span)

        def y(value: float) -> float:
            return top + h * (1 - (value - low) / (high - low))

        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(left, y(low)), QPointF(left + w, y(low)))
        p.setPen(text)
        for value in (low, high):
            p.drawText(
                QRectF(0, y(value) - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_quantity(value),
            )
        p.drawText(QPointF(left, top + h + fm.height() * 1.4), format_date(first))
        if last != first:
            label = format_date(last)
            p.drawText(
                QPointF(left + w - fm.horizontalAdvance(label), top + h + fm.height() * 1.4), label
            )
        for value, colour, name in (
            (course.target, PRIMARY, self.tr("cible")),
            (course.baseline, BEFORE, self.tr("départ")),
        ):
            if value is None:
                continue
            p.setPen(QPen(colour, 1.4, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(left, y(value)), QPointF(left + w, y(value)))
            p.drawText(QPointF(left + w + 4, y(value) + fm.ascent() / 2), name)
        p.setPen(QPen(text, 2.2))
        p.setBrush(text)
        previous = None
        for day, value in course.points:
            here = QPointF(x(day), y(value))
            if previous is not None:
                p.drawLine(previous, here)
            p.drawEllipse(here, 3, 3)
            previous = here
        p.end()


class IndicatorsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        root = page_layout(self, self.tr("Indicateurs"))
        self.summary = QLabel()
        self.summary.setObjectName("subtitle")
        self.summary.setWordWrap(True)
        root.addWidget(self.summary)

        self.model = IndicatorsModel(self)
        self.proxy = IndicatorsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table(self.proxy, self.tr("Tableau des indicateurs"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndicatorColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(IndicatorColumn.LINK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(IndicatorColumn.LINK, self.fontMetrics().averageCharWidth() * 20)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.remove,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.add_button = QPushButton(self.tr("Ajouter un indicateur…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(self._buttons(self.add_button, self.edit_button, self.remove_button))

        self.values_title = QLabel()
        self.values_title.setObjectName("sectionTitle")
        self.values_title.setWordWrap(True)  # a long name must not widen the window
        self.values = ValuesModel(self)
        self.values_table = self._table(self.values, self.tr("Valeurs de l'indicateur"))
        vh = self.values_table.horizontalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.values_table.doubleClicked.connect(lambda _i: self.edit_value())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.values_table,
            self.edit_value,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.values_table,
            self.remove_value,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.add_value_button = QPushButton(self.tr("Saisir une valeur…"))
        self.edit_value_button = QPushButton(self.tr("Modifier la valeur…"))
        self.remove_value_button = QPushButton(self.tr("Supprimer la valeur"))
        self.chart = CourseChart()
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        values_box = QVBoxLayout()
        values_box.addWidget(self.values_title)
        values_box.addWidget(self.values_table, 1)
        values_box.addLayout(
            self._buttons(self.add_value_button, self.edit_value_button, self.remove_value_button)
        )
        bottom_layout.addLayout(values_box, 1)
        bottom_layout.addWidget(self.chart, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        root.addWidget(split, 1)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.add_value_button.clicked.connect(self.add_value)
        self.edit_value_button.clicked.connect(self.edit_value)
        self.remove_value_button.clicked.connect(self.remove_value)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_values())
        self.values_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self._update_buttons()

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row

    def _table(self, model, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        return table

    # -- content ---------------------------------------------------------------------------

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self._reload()
        if self.model.rows:
            self.select(self.model.rows[0][0])

    def refresh(self, changes: Changes) -> None:
        # A lever's code never changes (a removed one unties its indicators: indicators=True);
        # an action's title shows in « Suit ».
        if changes.indicators or changes.actions:
            self._reload()
            if self.current_id() is None and self.model.rows:
                self.select(self.model.rows[0][0])

    def _reload(self) -> None:
        found = self.ctx.services.indicators()
        self.model.sync([(i.id, course_of(i)) for i in found])
        reached = sum(1 for i in found if (course_of(i).progress() or 0) >= 100)
        self.summary.setText(
            self.tr("%n indicateurs", "", len(found))
            + ", "
            + self.tr("%n cibles atteintes", "", reached)
            + ". "
            + self.tr(
                "Chaque valeur est saisie à une date ; les jalons gardent les valeurs du jour."
            )
        )
        self._show_values()

    def _show_values(self) -> None:
        indicator_id = self.current_id()
        if indicator_id is None or self.ctx is None:
            self.values.reset([])
            self.values_title.setText(self.tr("Sélectionnez un indicateur pour voir ses valeurs."))
            self.chart.set_course(None)
        else:
            indicator = self.ctx.services.indicator(indicator_id)
            course = course_of(indicator)
            # Reset, not sync: a value entered for an earlier date goes to its place.
            self.values.reset(
                [(v.id, v.date, v.value, indicator.unit, v.note) for v in indicator.values]
            )
            self.values_title.setText(
                self.tr("Valeurs de « %1 » — cible %2, avancement %3")
                .replace("%1", indicator.name)
                .replace("%2", format_quantity(course.target, course.unit))
                .replace("%3", format_progress(course.progress()))
            )
            self.chart.set_course(course)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for b in (self.edit_button, self.remove_button, self.add_value_button):
            b.setEnabled(chosen)
        value = self.current_value_id() is not None
        self.edit_value_button.setEnabled(value)
        self.remove_value_button.setEnabled(value)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_value_id(self) -> int | None:
        index = self.values_table.currentIndex()
        if not index.isValid() or not self.values_table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(ID_ROLE)

    def select(self, indicator_id: int | None) -> None:
        row = self.model.row_of(indicator_id) if indicator_id is not None else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # -- edits -----------------------------------------------------------------------------

    def add(self) -> None:
        dialog = IndicatorDialog(self.ctx, None, self)
        if dialog.exec() and dialog.created_id is not None:
            self.select(dialog.created_id)
            self.table.setFocus()

    def edit(self) -> None:
        if self.current_id() is not None:
            IndicatorDialog(self.ctx, self.current_id(), self).exec()

    def remove(self) -> None:
        indicator_id = self.current_id()
        if indicator_id is None:
            return
        name = self.ctx.services.indicator(indicator_id).name
        if (
            self.ctx.attempt(
                RemoveCommand(
                    self.ctx,
                    "indicator",
                    indicator_id,
                    self.tr("Supprimer l'indicateur %1").replace("%1", name),
                )
            )
            is None
        ):
            return
        self.ctx.message.emit(self.tr("Indicateur supprimé (Ctrl+Z pour annuler)."))

    def add_value(self) -> None:
        if self.current_id() is not None:
            ValueDialog(self.ctx, self.current_id(), None, self).exec()

    def edit_value(self) -> None:
        if self.current_id() is not None and self.current_value_id() is not None:
            ValueDialog(self.ctx, self.current_id(), self.current_value_id(), self).exec()

    def remove_value(self) -> None:
        value_id = self.current_value_id()
        if value_id is None:
            return
        self.ctx.attempt(
            RemoveCommand(
                self.ctx, "indicator_value", value_id, self.tr("Supprimer une valeur d'indicateur")
            )
        )
