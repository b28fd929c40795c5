"""Plan d'action: the actions table with filters; overdue actions stand out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.services import Changes
from essdesk.models.enums import ActionStatus, Priority
from essdesk.ui.action_dialog import ActionDialog
from essdesk.ui.commands import RemoveCommand
from essdesk.ui.i18n import label, word
from essdesk.ui.models.actions import ActionColumn, ActionsModel, ActionsProxy
from essdesk.ui.models.base import ID_ROLE
from essdesk.ui.widgets import page_layout


class ActionsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        root = page_layout(self, self.tr("Plan d'action"))
        self.summary = QLabel()
        self.summary.setObjectName("subtitle")
        root.addWidget(self.summary)

        bar = QHBoxLayout()
        self.status_filter = self._combo(self.tr("Filtrer par statut"), self.tr("Tous les statuts"),
                                         [(label(s), s.value) for s in ActionStatus])
        self.step_filter = self._combo(self.tr("Filtrer par étape"), self.tr("Toutes les étapes"),
                                       [])  # the parts of the diagnostic's referential: set_context
        self.priority_filter = self._combo(self.tr("Filtrer par priorité"), self.tr("Toutes les priorités"),
                                           [(label(p), p.value) for p in Priority])
        self.pilot_filter = self._combo(self.tr("Filtrer par pilote"), self.tr("Tous les pilotes"), [])
        self.overdue = QCheckBox(self.tr("En retard seulement"))
        for w, name in ((self.status_filter, "status"), (self.step_filter, "step"),
                        (self.priority_filter, "priority"), (self.pilot_filter, "pilot_id")):
            bar.addWidget(w, 1)
            w.currentIndexChanged.connect(lambda _i, w=w, name=name: self._filter(name, w.currentData()))
        bar.addWidget(self.overdue)
        self.overdue.toggled.connect(lambda on: self._filter("overdue_only", on))
        root.addLayout(bar)

        self.model = ActionsModel(self)
        self.proxy = ActionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Tableau des actions"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes the free width, but never less than ~34 characters: on a 1024 px
        # screen the last columns scroll sideways instead of the titles shrinking to "Rédig…".
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: column != ActionColumn.TITLE and self._fit_title())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove, context=Qt.ShortcutContext.WidgetShortcut)
        root.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter une action…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.legend = QLabel(self.tr("Les actions en retard sont surlignées en rouge."))
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.legend, 1)  # wraps only when the window is narrow
        root.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != ActionColumn.TITLE)
        room = self.table.viewport().width() - others
        header.resizeSection(ActionColumn.TITLE, max(room, self.fontMetrics().averageCharWidth() * 34))

    def _combo(self, name: str, everything: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        # A long pilot name must not widen the view past a 1024 px screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _filter(self, name: str, value) -> None:
        self.proxy.set_filter(name, value)

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        words = ctx.referential.words
        self.model.parts = word(words.parts, capital=True)
        combo = self.step_filter
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        combo.setItemText(0, self.tr("Tous : %1").replace("%1", word(words.parts)))
        combo.setAccessibleName(self.tr("Filtrer par %1").replace("%1", word(words.part)))
        for step in ctx.referential.steps:
            combo.addItem(self.tr("%1 %2").replace("%1", word(words.part, capital=True))
                          .replace("%2", str(step.number)), step.number)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._filter("step", None)  # a part of the previous document's referential means nothing here
        self.model.reset(queries.action_rows(ctx.session, ctx.diagnostic_id))
        cw = self.fontMetrics().averageCharWidth()
        for column, chars in ((ActionColumn.STATUS, 13), (ActionColumn.PRIORITY, 12), (ActionColumn.PILOT, 30),
                              (ActionColumn.STEPS, 10), (ActionColumn.START, 14), (ActionColumn.END, 14),
                              (ActionColumn.BUDGET, 14)):
            self.table.horizontalHeader().resizeSection(column, cw * chars)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        self._fit_title()
        self._after_rows()

    def refresh(self, changes: Changes) -> None:
        if changes.actions or changes.actors or (changes.levers and self.isVisible()):
            self._reload()
        elif changes.levers:
            # Lever codes show in the table, but a lever edit rarely changes one: while the
            # page is hidden, read the 1,000 action rows again only when it is shown.
            self._stale = True

    def _reload(self) -> None:
        self._stale = False
        self.model.sync(queries.action_rows(self.ctx.session, self.ctx.diagnostic_id))
        self._after_rows()

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False) and self.ctx is not None:
            self._reload()
        super().showEvent(event)

    def _after_rows(self) -> None:
        current = self.pilot_filter.currentData()
        self.pilot_filter.blockSignals(True)
        while self.pilot_filter.count() > 1:
            self.pilot_filter.removeItem(1)
        pilots = sorted({(r.pilot, r.pilot_id) for r in self.model.rows if r.pilot_id is not None})
        for name, ident in pilots:
            self.pilot_filter.addItem(name, ident)
        self.pilot_filter.setCurrentIndex(max(self.pilot_filter.findData(current), 0))
        self.pilot_filter.blockSignals(False)
        rows = self.model.rows
        today = dt.date.today()
        late = sum(1 for r in rows if queries.is_overdue(r, today))
        done = sum(1 for r in rows if r.status == ActionStatus.DONE.value)
        self.summary.setText(", ".join((self.tr("%n actions", "", len(rows)), self.tr("%n réalisées", "", done),
                                        self.tr("%n en retard", "", late))) + ".")
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(ID_ROLE)

    def select(self, action_id: int | None) -> None:
        row = self.model.row_of(action_id) if action_id is not None else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
            self.table.setFocus()

    def add(self) -> None:
        dialog = ActionDialog(self.ctx, None, self)
        if dialog.exec() and dialog.created_id is not None:
            self.select(dialog.created_id)

    def edit(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            ActionDialog(self.ctx, action_id, self).exec()

    def remove(self) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        title = self.ctx.services.action(action_id).title
        if self.ctx.attempt(RemoveCommand(self.ctx, "action", action_id,
                                          self.tr("Supprimer l'action %1").replace("%1", title))) is None:
            return
        self.ctx.message.emit(self.tr("Action supprimée (Ctrl+Z pour annuler)."))
