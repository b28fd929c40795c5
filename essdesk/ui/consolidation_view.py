"""Fichier › Comparer des diagnostics… (issue 18 §3): many territories side by side.

The user picks files or a folder; the diagnostics are read off the GUI thread (busy dialog);
the window shows one row per diagnostic, the heat map territories × levers and the
"pratiques inspirantes", and exports them to Excel or PDF. Everything is computed by
`essdesk.export.consolidation`; this module only presents it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent
from essdesk.ui.i18n import label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class TerritoriesModel(QAbstractTableModel):
    """One row per diagnostic: territory, filière, start, maturity per part, overall."""

    def __init__(self, consolidation, parent=None) -> None:
        super().__init__(parent)
        self.c = consolidation
        word = consolidation.referential.words.part.capitalize()
        self._headers = [
            self.tr("Territoire"),
            self.tr("Filière"),
            self.tr("Début"),
            *(f"{word} {n}" for n, _ in consolidation.parts),
            self.tr("Ensemble"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.c.territories)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            parts = self.c.parts
            if 3 <= section < 3 + len(parts):
                return parts[section - 3][1]
        return None

    def _value(self, t, column: int) -> Any:
        if column == 0:
            return t.territory
        if column == 1:
            return t.filiere
        if column == 2:
            return t.start
        scores = (*t.maturity, t.overall)
        return scores[column - 3]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.c.territories[index.row()]
        value = self._value(t, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 2:
                return value.strftime("%d/%m/%Y") if value else "—"
            if index.column() >= 3:
                return format_percent(value)
            return value
        if role == SORT_ROLE:
            if index.column() >= 3:
                return -1.0 if value is None else value
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return t.source
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HeatModel(QAbstractTableModel):
    """Levers × territories: each cell the lever's status there, in its colour."""

    def __init__(self, consolidation, parent=None) -> None:
        super().__init__(parent)
        self.c = consolidation
        self.rows = consolidation.heat()
        self._brushes = {s: QBrush(QColor(c.tint)) for s, c in palette.LEVER_STATUS.items()}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.c.territories)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Code")
        if section == 1:
            return self.c.referential.words.lever.capitalize()
        return self.c.territories[section - 2].territory

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lever, cells = self.rows[index.row()]
        column = index.column()
        if column < 2:
            if role == SORT_ROLE and column == 0:
                return index.row()  # the referential's order, not "1.10" before "1.2"
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return lever.code if column == 0 else lever.label
            if role == Qt.ItemDataRole.ToolTipRole and column == 1:
                return lever.label
            return None
        status = cells[column - 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return label(status) if status is not None else ""
        if role == SORT_ROLE:
            return status.value if status is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return self._brushes[status]
        if role == Qt.ItemDataRole.ToolTipRole and status is not None:
            return f"{self.c.territories[column - 2].territory} — {lever.code} : {label(status)}"
        return None


class PracticesModel(QAbstractTableModel):
    """Levers done somewhere and still open elsewhere: who to ask, who could use it."""

    def __init__(self, consolidation, parent=None) -> None:
        super().__init__(parent)
        self.c = consolidation
        self.rows = consolidation.inspiring()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        lever = self.c.referential.words.lever.capitalize()
        return (self.tr("Code"), lever, self.tr("Réalisé à"), self.tr("Encore ouvert à"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lever, done, still = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return (index.row(), lever.label, len(done), len(still))[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (lever.code, lever.label, ", ".join(done), ", ".join(still))[column]
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # the order given (diagnostics) or the referential's (levers) until a header is clicked
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ConsolidationDialog(QDialog):
    """Pick diagnostics, read them (off the GUI thread), look, export."""

    def __init__(self, parent: QWidget | None = None, settings=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Comparer des diagnostics"))
        self.result = None
        self.sources = QListWidget()
        self.sources.setMaximumHeight(90)
        self.add_files = QPushButton(self.tr("Ajouter des &fichiers…"))
        self.add_folder = QPushButton(self.tr("Ajouter un &dossier…"))
        self.anonymise = QCheckBox(self.tr("&Anonymiser (animateurs, responsables, contacts)"))
        self.aliases = QCheckBox(self.tr("Territoires remplacés par des &lettres (A, B, C…)"))
        self.compare_button = QPushButton(self.tr("&Comparer"))
        self.compare_button.setDefault(True)
        self.add_files.clicked.connect(self.pick_files)
        self.add_folder.clicked.connect(self.pick_folder)
        self.compare_button.clicked.connect(self.compare)
        picks = QHBoxLayout()
        for w in (self.add_files, self.add_folder, self.anonymise, self.aliases):
            picks.addWidget(w)
        picks.addStretch(1)
        picks.addWidget(self.compare_button)

        self.summary = QLabel(
            self.tr("Ajoutez au moins deux diagnostics faits sur la même méthode, puis Comparer.")
        )
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.export_xlsx = QPushButton(self.tr("Exporter en &Excel…"))
        self.export_pdf = QPushButton(self.tr("Exporter en &PDF…"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        for b in (self.export_xlsx, self.export_pdf):
            b.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_xlsx)
        bottom.addWidget(self.export_pdf)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sources)
        layout.addLayout(picks)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 24), min(720, screen.height() - 48))

    def _folder(self) -> str:
        return str(self.settings.last_folder) if self.settings is not None else str(Path.home())

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Diagnostics à comparer"),
            self._folder(),
            self.tr("Diagnostics essdesk (*.essdesk)"),
        )
        self.add_sources(paths)

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de diagnostics"), self._folder()
        )
        if folder:
            self.add_sources([folder])

    def add_sources(self, paths: list[str]) -> None:
        shown = {self.sources.item(i).text() for i in range(self.sources.count())}
        self.sources.addItems([p for p in paths if p not in shown])

    def compare(self):
        """Read the diagnostics on a worker thread; the TaskRun (its `finished` shows them)."""
        from essdesk.export.consolidation import consolidate
        from essdesk.ui.json_worker import TaskRun

        given = [self.sources.item(i).text() for i in range(self.sources.count())]
        anonymise, aliases = self.anonymise.isChecked(), [] if self.aliases.isChecked() else None
        run = TaskRun(
            self,
            lambda: consolidate(given, anonymise=anonymise, aliases=aliases),
            self.tr("Lecture des diagnostics…"),
            self.tr("Comparer des diagnostics"),
        )
        run.finished.connect(self.show_result)
        self._run = run
        return run

    def show_result(self, result) -> None:
        if result is None:  # TaskRun said why
            return
        self.result = result
        self.tabs.clear()
        self.tabs.addTab(_table(TerritoriesModel(result, self)), self.tr("Diagnostics"))
        heat = _table(HeatModel(result, self))
        heat.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        heat.setColumnWidth(1, 320)
        self.tabs.addTab(heat, self.tr("Carte des leviers"))
        # Who did it and who still could: long lists of territories, wrapped in columns
        # that share the width (one line per lever ran off the window).
        inspiring = _table(PracticesModel(result, self))
        header = inspiring.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        inspiring.setWordWrap(True)
        inspiring.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(inspiring, self.tr("Pratiques inspirantes"))
        ranked = result.most_prioritised(5)
        top = ", ".join(f"{lv.code} ({n})" for lv, n in ranked) or "—"
        self.summary.setText(
            self.tr("%1 diagnostics sur « %2 ». Les plus souvent prioritaires : %3.")
            .replace("%1", str(len(result.territories)))
            .replace("%2", result.referential.title)
            .replace("%3", top)
        )
        for b in (self.export_xlsx, self.export_pdf):
            b.setEnabled(True)
        self._share_with_the_open_diagnostic(result)

    def _share_with_the_open_diagnostic(self, result) -> None:
        """The open diagnostic's « Leviers à regarder ensuite » learn what the others did
        (the referential's done_elsewhere rule), when it follows the same method."""
        ctx = getattr(self.parent(), "ctx", None)
        if ctx is None or ctx.referential.id != result.referential.id:
            return
        own = getattr(ctx.document, "target", None)
        own = str(Path(own).resolve()) if own else None
        ctx.compared = [
            t.statuses for t in result.territories
            if own is None or str(Path(t.source).resolve()) != own
        ]
        ctx.emit(ctx.everything())

    def export(self, kind: str, target: Path | None = None):
        from essdesk.export.consolidation_render import write_consolidation
        from essdesk.ui.json_worker import TaskRun

        if self.result is None:
            return None
        if target is None:
            suffix = f".{kind}"
            pattern = (
                self.tr("Classeur Excel (*.xlsx)")
                if kind == "xlsx"
                else self.tr("Document PDF (*.pdf)")
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporter la comparaison"),
                str(Path(self._folder()) / f"comparaison{suffix}"),
                pattern,
            )
            if not path:
                return None
            target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        result = self.result
        run = TaskRun(
            self,
            lambda: write_consolidation(result, target),
            self.tr("Export en cours…"),
            self.tr("Exporter la comparaison"),
        )
        run.finished.connect(
            lambda written: (
                written
                and QMessageBox.information(
                    self, self.tr("Export terminé"), self.tr("Fichier écrit :") + f"\n{written}"
                )
            )
        )
        self._run = run
        return run


def open_consolidation(window) -> ConsolidationDialog:
    dialog = ConsolidationDialog(window, getattr(window, "settings", None))
    dialog.show()
    window.consolidation_dialog = dialog  # kept alive while it is open
    return dialog
