"""Talking to a server from the window: off the GUI thread, with a password prompt.

A connection may take seconds (a distant server, a 10 s timeout when it is down): the work
runs on a QThread while a busy dialog shows, and the window keeps painting. When libpq
finds no password (nor a right one) for the server, the user is asked for it; it is kept in
memory for this process only (store.server.remember_password), never written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from essdesk.errors import PasswordNeeded

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerTasks", text)


class Task(QThread):
    """`work()` on its own thread; `result` or `error` once `finished`."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # handed back to the GUI thread, raised there
            self.error = exc


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run `work()` on a worker thread behind a busy dialog; its result, or its exception."""
    task = Task(work)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # libpq's own timeout ends a connection that hangs
    dialog.setWindowTitle(_tr("Serveur"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    task.start()
    if not task.isFinished():
        loop.exec()
    task.wait()
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result


def ask_password(parent: QWidget | None, server, refused: bool) -> str | None:
    from essdesk.store.address import parts_of

    parts = parts_of(server)
    who = parts["user"] or _tr("votre utilisateur")
    where = parts["host"] or _tr("ce poste")
    text = (
        _tr("Mot de passe de %1 sur le serveur %2 (base %3) :")
        .replace("%1", who)
        .replace("%2", where)
        .replace("%3", parts["base"])
    )
    if refused:
        text = _tr("Mot de passe refusé : vérifiez-le et réessayez.") + "\n" + text
    text += "\n" + _tr("Il n'est pas enregistré : essdesk le redemandera au prochain démarrage.")
    password, ok = QInputDialog.getText(
        parent, _tr("Mot de passe du serveur"), text, QLineEdit.EchoMode.Password
    )
    return password if ok else None


def with_password(
    parent: QWidget | None,
    server,
    text: str,
    work: Callable[[], T],
    asker: Callable[[QWidget | None, Any, bool], str | None] = ask_password,
) -> T | None:
    """`run_busy(work)`, asking for the server's password as long as libpq needs one;
    None when the user cancels the prompt. Other errors are raised (French DocumentError)."""
    from essdesk.store.server import forget_password, remember_password

    asked = False
    while True:
        try:
            return run_busy(parent, text, work)
        except PasswordNeeded as exc:
            password = asker(parent, server, asked or exc.refused)
            if password is None:
                forget_password(server)
                return None
            remember_password(server, password)
            asked = True
