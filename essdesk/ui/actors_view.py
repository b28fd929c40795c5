"""Acteurs: a searchable, filterable table and the value chain grouped by link."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.services import Changes
from essdesk.models.enums import ActorCategory, ChainLink
from essdesk.ui.actor_dialog import ActorDialog
from essdesk.ui.commands import RemoveCommand
from essdesk.ui.i18n import label
from essdesk.ui.models.actors import ActorColumn, ActorsModel
from essdesk.ui.models.base import ID_ROLE
from essdesk.ui.widgets import page_layout


class ValueChainView(QScrollArea):
    """The actors grouped by value-chain link, with ESS / non-ESS counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setSpacing(10)
        self.setWidget(body)
        self.columns: dict[ChainLink, tuple[QLabel, QLabel, QLabel]] = {}
        for n, link in enumerate(ChainLink):
            frame = QFrame()
            frame.setObjectName("chainLink")
            lay = QVBoxLayout(frame)
            head = QLabel(label(link))
            head.setObjectName("cardTitle")
            head.setWordWrap(True)
            counts = QLabel()
            counts.setObjectName("chainCounts")
            names = QLabel()
            names.setWordWrap(True)
            names.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            lay.addWidget(head)
            lay.addWidget(counts)
            lay.addWidget(names, 1)
            self.grid.addWidget(frame, 0, n)
            self.grid.setColumnStretch(n, 1)
            self.columns[link] = (head, counts, names)

    def set_rows(self, rows) -> None:
        for link, (ess, other, names) in queries.chain_summary(rows).items():
            _head, counts, shown = self.columns[link]
            counts.setText(self.tr("%1 ESS · %2 hors ESS").replace("%1", str(ess)).replace("%2", str(other)))
            listed = names[:25]
            more = len(names) - len(listed)
            shown.setText("\n".join(f"• {n}" for n in listed) + (f"\n… +{more}" if more > 0 else ""))


class ActorsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        root = page_layout(self, self.tr("Acteurs de la filière"))
        self.summary = QLabel()
        self.summary.setObjectName("subtitle")
        root.addWidget(self.summary)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher dans toutes les colonnes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un acteur"))
        bar.addWidget(self.search, 2)
        self.ess_filter = QComboBox()
        self.ess_filter.setAccessibleName(self.tr("Filtrer ESS ou hors ESS"))
        self.ess_filter.addItem(self.tr("ESS et hors ESS"), None)
        self.ess_filter.addItem(self.tr("ESS seulement"), True)
        self.ess_filter.addItem(self.tr("Hors ESS seulement"), False)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Filtrer par catégorie"))
        self.category_filter.addItem(self.tr("Toutes les catégories"), None)
        for c in ActorCategory:
            self.category_filter.addItem(label(c), c.value)
        self.link_filter = QComboBox()
        self.link_filter.setAccessibleName(self.tr("Filtrer par maillon"))
        self.link_filter.addItem(self.tr("Tous les maillons"), None)
        for c in ChainLink:
            self.link_filter.addItem(label(c), c.value)
        for w in (self.ess_filter, self.category_filter, self.link_filter):
            bar.addWidget(w, 1)
        root.addLayout(bar)

        self.model = ActorsModel(self)  # filters and sorts its own rows: no proxy (issue 6)
        self.proxy = self.model  # what the table shows (the name of the former proxy)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tableau des acteurs"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)  # opens A→Z
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove, context=Qt.ShortcutContext.WidgetShortcut)

        self.chain = ValueChainView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Tableau"))
        self.tabs.addTab(self.chain, self.tr("Chaîne de valeur"))
        root.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter un acteur…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.count = QLabel()
        self.count.setObjectName("muted")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.count)
        root.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)

        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.ess_filter.currentIndexChanged.connect(lambda _i: self._filter(ess=self.ess_filter.currentData()))
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self._filter(category=self.category_filter.currentData()))
        self.link_filter.currentIndexChanged.connect(lambda _i: self._filter(chain_link=self.link_filter.currentData()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def _filter(self, **kwargs) -> None:
        self.model.set_filters(**kwargs)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("%n acteurs affichés sur %1", "", shown).replace("%1", str(total)))

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self.model.reset(queries.actor_rows(ctx.session, ctx.diagnostic_id))
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        self._after_rows()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its content (names are not cut), up to a bound so that a
        long role does not push the other columns out of sight."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        for column in range(self.model.columnCount()):
            widest = char * (64 if column == ActorColumn.NAME else 40)
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    def refresh(self, changes: Changes) -> None:
        if changes.actors:
            self.model.sync(queries.actor_rows(self.ctx.session, self.ctx.diagnostic_id))
            self._after_rows()

    def _after_rows(self) -> None:
        rows = self.model.all_rows
        ess = sum(1 for r in rows if r.ess)
        self.summary.setText(self.tr("%n acteurs", "", len(rows)) + self.tr(", dont %1 de l'ESS et %2 hors ESS.")
                             .replace("%1", str(ess)).replace("%2", str(len(rows) - ess)))
        self.chain.set_rows(rows)
        self._update_count()
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(ID_ROLE)

    def select(self, actor_id: int) -> None:
        row = self.model.row_of(actor_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def add(self) -> None:
        dialog = ActorDialog(self.ctx, None, self)
        if dialog.exec() and dialog.created_id is not None:
            self.select(dialog.created_id)

    def edit(self) -> None:
        actor_id = self.current_id()
        if actor_id is not None:
            ActorDialog(self.ctx, actor_id, self).exec()

    def remove(self) -> None:
        actor_id = self.current_id()
        if actor_id is None:
            return
        name = self.ctx.services.actor(actor_id).name
        if self.ctx.attempt(RemoveCommand(self.ctx, "actor", actor_id,
                                          self.tr("Supprimer l'acteur %1").replace("%1", name))) is None:
            return
        self.ctx.message.emit(self.tr("Acteur supprimé (Ctrl+Z pour annuler)."))
