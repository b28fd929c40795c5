"""Fichier › Envoyer / Importer un cahier de saisie… (issue 19).

Writing the cahier and reading one back (with the diagnostic's state) run off the GUI
thread; the preview is a table (one line per change, new row, conflict or absent row) with
Appliquer / Annuler; applying is one undoable command that posts a jalon first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.services import Changes
from essdesk.exchange.workbook_import import Preview
from essdesk.ui.commands import _Command


def _tr(text: str) -> str:
    return QCoreApplication.translate("workbook", text)


def send_workbook(window):
    from essdesk.exchange.workbook import write_workbook
    from essdesk.store.opening import reader
    from essdesk.ui.json_worker import TaskRun, safe_name

    ctx = window.ctx
    start = window.settings.last_folder / (
        _tr("Cahier de saisie") + " - " + safe_name(ctx.services.diagnostic().title) + ".xlsx"
    )
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Envoyer un cahier de saisie"), str(start), _tr("Classeur Excel (*.xlsx)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    window.settings.last_folder = target.parent
    ctx.session.commit()  # everything the worker reads is on disk
    read = reader(ctx.document)

    def task() -> Path:
        from essdesk.store.opening import read_session

        with read_session(read) as session:
            write_workbook(session, target)
        return target

    run = TaskRun(
        window,
        task,
        _tr("Écriture du cahier de saisie…"),
        _tr("Cahier de saisie impossible"),
    )
    run.finished.connect(
        lambda written: (
            written is not None
            and window.statusBar().showMessage(
                _tr("Cahier de saisie écrit : %1 — envoyez-le à vos partenaires.").replace(
                    "%1", str(written)
                ),
                10000,
            )
        )
    )
    window._workbook_run = run  # keep it alive until it finishes
    return run


def import_workbook(window, source: Path | None = None):
    """Ask for a returned cahier (unless `source`), preview it off-thread, then show it."""
    from essdesk.exchange.workbook_import import preview_workbook
    from essdesk.store.opening import reader
    from essdesk.ui.json_worker import TaskRun

    ctx = window.ctx
    if source is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            _tr("Importer un cahier de saisie"),
            str(window.settings.last_folder),
            _tr("Classeur (*.xlsx *.ods)"),
        )
        if not path:
            return None
        source = Path(path)
    window.settings.last_folder = source.parent
    ctx.session.commit()
    read = reader(ctx.document)

    def task() -> Preview:
        from essdesk.store.opening import read_session

        with read_session(read) as session:
            return preview_workbook(source, session)

    run = TaskRun(
        window,
        task,
        _tr("Lecture du cahier de saisie…"),
        _tr("Import du cahier impossible"),
    )

    def previewed(preview: Preview | None) -> None:
        if preview is None or ctx.closed:
            return
        dialog = PreviewDialog(preview, source.name, window)
        window._workbook_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            label = _tr("Avant l'import de %1").replace("%1", source.name)[:300]
            command = ImportWorkbookCommand(
                ctx,
                preview,
                dialog.model.taken(),
                label,
                _tr("Importer le cahier %1").replace("%1", source.name),
            )
            ctx.run(command)
            window.statusBar().showMessage(
                _tr("Cahier repris ; l'état d'avant est gardé dans un jalon."), 10000
            )

    run.finished.connect(previewed)
    window._workbook_run = run
    return run


# -- the preview ---------------------------------------------------------------------------


@dataclass
class _Line:
    kind: str  # change | new | conflict | absent | skipped
    sheet: str
    cell: str
    field: str
    sent: str = ""
    now: str = ""
    theirs: str = ""
    conflict: int | None = None


_ROOT = QModelIndex()
_CONFLICT = QColor("#FCE4C4")
_NEW = QColor("#E3F1E0")


def _headers() -> tuple[str, ...]:
    return (
        _tr("Feuille"),
        _tr("Cellule"),
        _tr("Champ"),
        _tr("À l'envoi"),
        _tr("Dans essdesk"),
        _tr("Dans le cahier"),
    )


class PreviewModel(QAbstractTableModel):
    def __init__(self, preview: Preview, parent=None) -> None:
        super().__init__(parent)
        self.preview = preview
        shown = preview.shown
        self.lines: list[_Line] = []
        for c in preview.changes:
            before = shown(c.before, c.field)
            self.lines.append(
                _Line("change", c.sheet, c.cell, c.label, before, before, shown(c.after, c.field))
            )
        for i, c in enumerate(preview.conflicts):
            self.lines.append(
                _Line(
                    "conflict",
                    c.sheet,
                    c.cell,
                    c.label,
                    shown(c.sent, c.field),
                    shown(c.now, c.field),
                    shown(c.theirs, c.field),
                    i,
                )
            )
        for n in preview.created:
            title = n.values.get("name") or n.values.get("title") or ""
            self.lines.append(
                _Line(
                    "new",
                    n.sheet,
                    _tr("ligne %1").replace("%1", str(n.row)),
                    _tr("Nouvelle ligne"),
                    theirs=title,
                )
            )
        for a in preview.absent:
            sheet, _, what = a.partition(" : ")
            self.lines.append(
                _Line("absent", sheet, "", _tr("Absent du cahier (rien n'est supprimé)"), now=what)
            )
        self._taken: set[int] = set()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (line.sheet, line.cell, line.field, line.sent, line.now, line.theirs)[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.kind == "conflict":
                return QBrush(_CONFLICT)
            if line.kind == "new":
                return QBrush(_NEW)
        if role == Qt.ItemDataRole.CheckStateRole and line.kind == "conflict" and column == 5:
            taken = line.conflict in self._taken
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.lines[index.row()].kind == "conflict" and index.column() == 5:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt)
        line = self.lines[index.row()]
        if role != Qt.ItemDataRole.CheckStateRole or line.conflict is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._taken.add if checked else self._taken.discard)(line.conflict)
        self.dataChanged.emit(index, index, [role])
        return True

    def taken(self) -> list[int]:
        """The conflicts the user resolved with the cahier's value."""
        return sorted(self._taken)


class PreviewDialog(QDialog):
    def __init__(self, preview: Preview, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Importer le cahier %1").replace("%1", name))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        # 1100 px wide on a 1024×768 screen cut off the Annuler button and the last column.
        self.resize(QSize(1100, 560).boundedTo(screen.availableGeometry().size() * 0.95))
        layout = QVBoxLayout(self)
        summary = (
            _tr("%1 modification(s), %2 nouvelle(s) ligne(s), %3 conflit(s).")
            .replace("%1", str(len(preview.changes)))
            .replace("%2", str(len(preview.created)))
            .replace("%3", str(len(preview.conflicts)))
        )
        if preview.conflicts:
            summary += " " + _tr(
                "Un conflit (en orange) n'est appliqué que si vous cochez la valeur du cahier."
            )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        messages = [*preview.errors, *preview.skipped_rows, *preview.notices]
        self.errors = QPlainTextEdit("\n".join(messages))
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(110)
        self.errors.setVisible(bool(messages))
        if preview.errors:
            layout.addWidget(
                QLabel(
                    _tr(
                        "Corrigez ces cellules dans le cahier, puis importez-le à nouveau : "
                        "rien n'est appliqué tant qu'il reste une erreur."
                    )
                )
            )
        layout.addWidget(self.errors)
        self.model = PreviewModel(preview, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Where the row is keeps its width; the three values share the rest, so that the
        # cahier's value (and its check box) is in view on a 1024×768 screen too.
        for column, width in enumerate((110, 70, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        for column in range(3, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            _tr("Appliquer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(_tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(not preview.errors and not preview.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# -- applying: one undoable edit -------------------------------------------------------------


class ImportWorkbookCommand(_Command):
    """Post a jalon, apply the cahier's changes; undo puts the diagnostic back as the jalon
    holds it (and removes the jalon), redo puts the jalon back and applies the same changes.

    Only the preview is kept: the command used to hold the whole state before and after
    (two to_dict of the large diagnostic, ~20 MiB, for as long as the undo stack lives) and
    took three to_dict to apply; the jalon is the state before, and the preview's change set
    gives the state after again."""

    def __init__(self, ctx, preview: Preview, take: list[int], label: str, text: str) -> None:
        super().__init__(ctx, text)
        self.preview, self.take, self.label = preview, take, label
        self.jalon: dict[str, Any] | None = None  # the jalon's row, while undone
        self.jalon_id: int | None = None

    def _everything(self) -> Changes:
        s = self.services
        steps = s.steps()
        return Changes(
            diagnostic=True,
            steps=frozenset(st.number for st in steps),
            levers=frozenset(lv.id for st in steps for lv in st.levers),
            actors=True,
            actions=True,
            workshops=True,
            jalons=True,
        )

    def do(self) -> Changes:
        from essdesk.domain.changes import apply
        from essdesk.exchange.workbook_import import apply_preview

        if self.jalon is None:
            self.jalon_id = apply_preview(
                self.services, self.preview, self.label, self.take, self.ctx.referential
            )
        else:
            self.services.restore_jalon(self.jalon)
            apply(self.services, self.preview.changeset(set(self.take)))
        return self._everything()

    def undo_changes(self) -> Changes:
        from essdesk.domain.changes import apply, diff
        from essdesk.exchange.interchange import to_dict

        assert self.jalon_id is not None
        s = self.services
        apply(s, diff(to_dict(s.session, self.ctx.referential), s.jalon_data(self.jalon_id)))
        self.jalon = s.snapshot_jalon(self.jalon_id)
        s.remove_jalon(self.jalon_id)
        return self._everything()
