"""« Mettre à jour vers la version X… »: the preview of the lever changes, then one undoable
edit that posts a jalon first (domain.referential_update does the work)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import referential_library as library
from essdesk.domain import referential_update as upd
from essdesk.domain.referential import Referential
from essdesk.domain.services import Changes
from essdesk.ui.commands import _Command


def newer_version(ctx) -> Referential | None:
    """The newest available version of the diagnostic's referential, if newer than its copy."""
    d = ctx.services.diagnostic()
    newest = library.newest(d.referential_id)
    if newest is None:
        return None
    if library.version_key(newest.version) <= library.version_key(d.referential_version):
        return None
    return newest


def _follow(ctx, referential: Referential) -> None:
    ctx.referential = referential  # what the views read: the diagnostic's copy, now updated


class UpdateReferentialCommand(_Command):
    def __init__(self, ctx, old: Referential, new: Referential, text: str, jalon: str) -> None:
        super().__init__(ctx, text)
        self.old, self.new, self.jalon = old, new, jalon
        self.record: upd.Update | None = None

    def do(self) -> Changes:
        if self.record is None:
            # The jalon keeps the state before: it stays when the update is undone.
            self.services.post_jalon(self.jalon, self.old)
            self.record = upd.apply(self.services, self.new)
        else:
            upd.apply(self.services, self.new, self.record)
        _follow(self.ctx, self.new)
        return upd.changes_of(self.services)

    def undo_changes(self) -> Changes:
        assert self.record is not None
        upd.revert(self.services, self.record)
        _follow(self.ctx, self.old)
        return upd.changes_of(self.services)


class UpdatePreviewDialog(QDialog):
    def __init__(self, lines: list[str], new: Referential, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mettre à jour vers la version %1").replace("%1", new.version))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "« %1 » a une version plus récente. Voici ce qui changera dans ce diagnostic. "
                "Aucune évaluation n'est perdue : un levier retiré qui a été évalué reste, comme "
                "levier personnalisé. Un jalon garde l'état d'avant ; Édition › Annuler défait "
                "la mise à jour."
            ).replace("%1", new.title)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.lines = QStringListModel(lines, self)
        view = QListView()
        view.setModel(self.lines)
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("&Mettre à jour"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 460)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UpdatePreviewDialog", text)


def update_command(ctx, new: Referential) -> UpdateReferentialCommand:
    label = _tr("Mise à jour du référentiel vers la version %1").replace("%1", new.version)
    jalon = _tr("Avant la mise à jour vers la version %1").replace("%1", new.version)
    return UpdateReferentialCommand(ctx, ctx.referential, new, label, jalon)


def offer_update(parent: QWidget, ctx) -> bool:
    """Show the preview; on « Mettre à jour », run the edit. True when it was made."""
    new = newer_version(ctx)
    if new is None:
        return False
    lines = upd.preview(ctx.services, ctx.referential, new).lines(new)
    dialog = UpdatePreviewDialog(lines, new, parent)
    if not dialog.exec():
        return False
    return ctx.attempt(update_command(ctx, new)) is not None
