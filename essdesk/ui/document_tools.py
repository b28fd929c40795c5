"""Fichier › Vérifier le diagnostic and Fichier › Restaurer une sauvegarde…

Both call the core (integrity check, rotating backups); this module only asks and tells.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from essdesk.errors import EssdeskError
from essdesk.store import backups

if TYPE_CHECKING:
    from essdesk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTools", text)


def check_document(window: MainWindow) -> bool:
    """Integrity and foreign-key check of the open diagnostic, said in plain words."""
    if window.ctx is None:
        return False
    try:
        problems = window.ctx.document.check()
    except EssdeskError as exc:  # a server that does not answer
        QMessageBox.warning(window, _tr("Vérifier le diagnostic"), str(exc))
        return False
    if not problems:
        QMessageBox.information(window, _tr("Vérifier le diagnostic"), _tr(
            "Le diagnostic est sain : le serveur garantit chacune de ses règles.")
            if window.ctx.document.saves_on_edit else _tr(
            "Le diagnostic est sain : aucune erreur détectée dans le fichier de travail."))
        return True
    details = "\n".join(problems[:10])
    QMessageBox.warning(window, _tr("Vérifier le diagnostic"), QCoreApplication.translate(
        "DocumentTools", "Le diagnostic présente %n problèmes. Enregistrez-le sous un autre nom, puis "
        "restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).\n\n%1", None, len(problems))
        .replace("%1", details))
    return False


def restore_backup(window: MainWindow) -> bool:
    """Put an automatic backup back in place of the open diagnostic's file, then reopen it."""
    ctx = window.ctx
    if ctx is None:
        return False
    target = ctx.document.target
    if target is None:
        QMessageBox.information(window, _tr("Restaurer une sauvegarde"), _tr(
            "Ce diagnostic n'a pas encore été enregistré : il n'a pas de sauvegarde."))
        return False
    found = backups.list_backups(target)
    if not found:
        QMessageBox.information(window, _tr("Restaurer une sauvegarde"), _tr(
            "Aucune sauvegarde pour « %1 » : une sauvegarde est faite à chaque enregistrement "
            "qui remplace une version précédente.").replace("%1", target.name))
        return False
    labels = [_tr("Sauvegarde du %1").replace("%1", b.label) for b in found]
    choice, ok = QInputDialog.getItem(
        window, _tr("Restaurer une sauvegarde"),
        _tr("Version de « %1 » à remettre en place (la plus récente en premier) :")
        .replace("%1", target.name), labels, 0, False)
    if not ok:
        return False
    backup = found[labels.index(choice)]
    answer = QMessageBox.question(
        window, _tr("Restaurer une sauvegarde"),
        _tr("Remplacer « %1 » par la sauvegarde du %2 ? La version actuelle du fichier est "
            "elle-même gardée parmi les sauvegardes.").replace("%1", target.name)
        .replace("%2", backup.label))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not window.close_document():  # asks to save unsaved edits first: nothing is lost
        return False
    try:
        backups.restore(backup.path, Path(target))
    except EssdeskError as exc:
        QMessageBox.critical(window, _tr("Restaurer une sauvegarde"), str(exc))
        window.open_path(Path(target))
        return False
    if window.open_path(Path(target)):
        window.statusBar().showMessage(
            _tr("Sauvegarde du %1 restaurée.").replace("%1", backup.label), 8000)
        return True
    return False
