"""Fichier › Référentiels…: the built-in and installed methods; install, remove, template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import referential_library as library
from essdesk.errors import EssdeskError

_Index = QModelIndex | QPersistentModelIndex


class ReferentialsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[library.Entry] = []
        self.headers = [
            self.tr("Nom"),
            self.tr("Version"),
            self.tr("Auteur"),
            self.tr("Parties"),
            self.tr("Leviers"),
            self.tr("Origine"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = list(library.available())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        r = entry.referential
        if role == Qt.ItemDataRole.DisplayRole:
            parts, levers = len(r.steps), len(r.levers)
            return [
                r.title,
                r.version,
                r.author,
                f"{parts} {r.words.part if parts == 1 else r.words.parts}",
                f"{levers} {r.words.lever if levers == 1 else r.words.levers}",
                self.tr("livré avec essdesk") if entry.builtin else self.tr("installé"),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.title} — {r.publisher} ({r.id})"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReferentialsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Référentiels"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les méthodes sur lesquelles un nouveau diagnostic peut être fait. Un diagnostic "
                "garde sa copie de la sienne : supprimer un référentiel ne change aucun diagnostic."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = ReferentialsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.errors = QStringListModel(self)
        self.error_list = QListView()
        self.error_list.setModel(self.errors)
        self.error_list.setWordWrap(True)
        self.error_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_list.hide()
        lay.addWidget(self.error_list, 1)
        row = QHBoxLayout()
        self.install_button = QPushButton(self.tr("&Installer…"))
        self.install_button.clicked.connect(self.choose_install)
        self.remove_button = QPushButton(self.tr("&Supprimer"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.template_button = QPushButton(self.tr("&Modèle de tableur…"))
        self.template_button.clicked.connect(self.choose_template)
        for button in (self.install_button, self.remove_button, self.template_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        lay.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self._selection()
        self.resize(820, 460)

    def selected(self) -> library.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _selection(self) -> None:
        entry = self.selected()
        self.remove_button.setEnabled(entry is not None and not entry.builtin)

    def _show_errors(self, lines: list[str]) -> None:
        self.errors.setStringList(lines)
        self.error_list.setVisible(bool(lines))

    def choose_install(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Installer un référentiel"),
            "",
            self.tr("Référentiel (*.json *.xlsx);;Tableur (*.xlsx);;JSON (*.json)"),
        )
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> bool:
        from essdesk.domain.referential_xlsx import ReferentialImportError

        try:
            referential = library.install(path)
        except ReferentialImportError as exc:
            self.status.setText(
                self.tr(
                    "« %1 » n'a pas été installé : corrigez ces problèmes "
                    "dans le tableur, puis réessayez."
                ).replace("%1", path.name)
            )
            self._show_errors([str(p) for p in exc.problems])
            return False
        except EssdeskError as exc:
            self.status.setText(self.tr("« %1 » n'a pas été installé.").replace("%1", path.name))
            self._show_errors([str(exc)])
            return False
        self._show_errors([])
        self.model.reload()
        self.status.setText(
            self.tr("Installé : « %1 », version %2.")
            .replace("%1", referential.title)
            .replace("%2", referential.version)
        )
        for row, entry in enumerate(self.model.entries):
            if entry.referential.id == referential.id:
                self.table.selectRow(row)
        return True

    def remove_selected(self) -> bool:
        entry = self.selected()
        if entry is None or entry.builtin:
            return False
        title = entry.referential.title
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer un référentiel"),
            self.tr(
                "Supprimer « %1 » ? Les diagnostics faits avec lui en gardent leur copie ; "
                "on ne pourra plus en commencer de nouveaux."
            ).replace("%1", title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            library.remove(entry.referential.id)
        except EssdeskError as exc:
            self._show_errors([str(exc)])
            return False
        self.model.reload()
        self._selection()
        self.status.setText(self.tr("Supprimé : « %1 ».").replace("%1", title))
        return True

    def choose_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Modèle de tableur"),
            self.tr("modele-referentiel.xlsx"),
            self.tr("Tableur (*.xlsx)"),
        )
        if path:
            self.write_template(Path(path))

    def write_template(self, path: Path) -> bool:
        from essdesk.domain.referential_xlsx import write_template

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            write_template(path)
        except EssdeskError as exc:
            self._show_errors([str(exc)])
            return False
        self.status.setText(
            self.tr(
                "Modèle écrit : %1. Remplissez-le dans Excel ou LibreOffice, puis « Installer… »."
            ).replace("%1", str(path))
        )
        return True
