"""The open document as the widgets see it: services, referential, undo stack, changes.

Widgets never call a mutating service directly: they build a command (ui.commands) and give
it to `run()`. Every executed, undone or redone command emits `changed` with the `Changes`
record the service returned, and each view refreshes what that record names.

On a server, every edit is committed when made. When the server stops answering, the edit
that failed is kept (`pending`, retried on demand, never dropped silently), `lost` is set
(the window goes read-only) and a timer retries the connection until the server answers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from essdesk.domain.conflicts import Conflict
from essdesk.domain.referential import Referential
from essdesk.domain.services import Changes, Services
from essdesk.errors import ConcurrentChange, ConnectionLost, EssdeskError
from essdesk.store.document import Document

#: How often a lost server is asked again (ms).
RECONNECT_MS = 3000


class DocumentContext(QObject):
    changed = Signal(object)  # Changes
    navigate = Signal(str, object)  # ("step", number) | ("lever", id) | ("action", id) | (page, None)
    message = Signal(str)  # a short note for the status bar
    error = Signal(str)  # a refused edit, shown to the user
    connection = Signal()  # the server stopped or started answering again (see `lost`)
    conflict = Signal(object)  # a domain.conflicts.Conflict: the window asks what to keep

    def __init__(self, document: Document, referential: Referential, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.referential = referential
        self.services = Services(document.session)
        self.undo_stack = QUndoStack(self)
        self.closed = False
        self.lost: str = ""  # why the server does not answer; "" while it does
        self.pending: list[QUndoCommand] = []  # edits the server did not store
        self.history_broken = False  # an undo/redo failed half-way: the stack no longer matches
        #: Lever statuses (code → status) of the diagnostics last compared with this one
        #: (Fichier › Comparer des diagnostics…): "réalisé dans 3 des 5 diagnostics comparés".
        self.compared: list[dict[str, object]] = []
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setInterval(RECONNECT_MS)
        self.reconnect_timer.timeout.connect(self._probe)
        self._probing = None  # the worker asking the server, while it runs
        self.listener = None  # colleagues' edits, on a server (see ui.live)
        self.listen()

    # -- colleagues' edits -------------------------------------------------------------------

    def listen(self) -> None:
        """Start listening for colleagues' edits (a server diagnostic only)."""
        if self.listener is not None or not hasattr(self.document, "notifications"):
            return
        from essdesk.ui.live import Listener

        listener = self.listener = Listener(self.document)
        listener.notified.connect(self._colleague_changed)
        listener.lost.connect(self._listener_lost)
        listener.start()

    def _stop_listening(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener.deleteLater()
            self.listener = None

    def _listener_lost(self, _message: str) -> None:
        # Listened again when the window reconnects, or shortly if it never noticed.
        self._stop_listening()
        QTimer.singleShot(RECONNECT_MS, self, lambda: None if self.closed or self.lost else self.listen())

    def _colleague_changed(self, body: dict) -> None:
        from essdesk.ui.live import changes_of

        if self.closed or self.lost:
            return
        # Every edit here is committed already: drop the session's copies and redraw
        # what the colleague touched from the server.
        self.document.forget_transaction()  # type: ignore[union-attr]
        self.session.expire_all()
        self.emit(changes_of(body))

    @property
    def diagnostic_id(self) -> int:
        return self.services.diagnostic_id()

    @property
    def session(self):
        return self.document.session

    def run(self, command: QUndoCommand, *, keep: bool = True) -> Changes:
        """Execute a command now (errors propagate, nothing is pushed) then push it.

        On a lost server the command is kept for a retry, unless `keep` is False (a dialog
        that stays open with what was typed: validating it again is the retry)."""
        if self.closed:
            raise RuntimeError("document closed")
        try:
            if self.lost:
                raise ConnectionLost(self.lost)
            if self.document.jalon:
                raise EssdeskError(self.tr(
                    "Un jalon garde le diagnostic tel qu'il était : il ne se modifie pas. "
                    "Faites la modification dans le diagnostic lui-même."))
            if self.document.saves_on_edit and self.document.read_only:
                raise EssdeskError(self.tr(
                    "Vous êtes membre de ce diagnostic en lecture seule : rien n'a été modifié. "
                    "Demandez l'écriture à l'administrateur du serveur (essdesk server grant … --write)."))
            changes = command.first()  # type: ignore[attr-defined]
        except ConnectionLost as exc:
            if keep:
                self.pending.append(command)
            self.connection_lost(str(exc))
            raise
        except (Conflict, ConcurrentChange) as exc:
            # Not applied, and not lost either: the window shows both versions and the
            # choice made there is a new edit.
            self.refused(exc)
            return Changes()
        except EssdeskError:
            # A write the server refused may fail in a query before the service's commit:
            # nothing half-done stays in the session (every edit commits, none is pending).
            self._roll_back()
            raise
        self.undo_stack.push(command)
        return changes

    def refused(self, exc: EssdeskError) -> None:
        """A colleague's change won over this edit: nothing stored; show what is stored."""
        self._roll_back()
        self.session.expire_all()
        if isinstance(exc, Conflict):
            self.conflict.emit(exc)
        else:
            self.error.emit(str(exc))
        self.emit(self.everything())

    def _roll_back(self) -> None:
        if self.document.saves_on_edit:
            self.document.forget_transaction()  # type: ignore[union-attr]  # never fails
        else:
            self.session.rollback()

    def attempt(self, command: QUndoCommand) -> Changes | None:
        """`run`, telling instead of raising: a refused edit in a message, a lost
        connection in the window's banner. None when the edit was not made."""
        try:
            return self.run(command)
        except ConnectionLost:
            return None
        except EssdeskError as exc:
            self.error.emit(str(exc))
            return None

    # -- the server's connection -------------------------------------------------------------

    def connection_lost(self, message: str) -> None:
        first = not self.lost
        self.lost = message
        self._roll_back()
        if first:
            self.reconnect_timer.start()
            self.connection.emit()

    def stop(self) -> None:
        """The document closes: no more asking the server."""
        self._stop_listening()
        self.reconnect_timer.stop()
        if self._probing is not None:
            self._probing.wait()

    def _probe(self) -> None:
        # A server that is away may take libpq's whole timeout to say so: ask on a worker
        # thread, so the window keeps answering; the session is touched once it answers.
        if self._probing is not None or not self.lost or self.closed:
            return
        from essdesk.ui.server_tasks import Task

        task = self._probing = Task(self.document.probe)  # type: ignore[union-attr]
        task.finished.connect(lambda: self._probed(task))
        task.start()

    def _probed(self, task) -> None:
        task.wait()
        self._probing = None
        task.deleteLater()
        if task.error is None and not self.closed:
            self.reconnect()

    def reconnect(self) -> bool:
        """Ask the server again; True (and `connection` emitted) once it answers."""
        if not self.lost or self.closed:
            return not self.lost
        try:
            self.document.ping()  # type: ignore[union-attr]
        except ConnectionLost as exc:
            self.lost = str(exc)
            return False
        self.reconnect_timer.stop()
        self.lost = ""
        self.listen()
        self.session.expire_all()  # colleagues' edits meanwhile were not heard: read again
        if self.history_broken:
            self.undo_stack.clear()  # what it would undo no longer matches the server
            self.history_broken = False
        self.connection.emit()
        if not self.pending:  # (else what waits for a retry stays on screen: retry or drop)
            self.emit(self.everything())
        return True

    def retry(self) -> bool:
        """Run the edits the server did not store again, in order; True when all went in."""
        while self.pending:
            command = self.pending.pop(0)
            try:
                self.run(command)
            except ConnectionLost:
                self.pending.insert(0, self.pending.pop())  # run() queued it last: first again
                return False
            except EssdeskError as exc:  # refused now (someone else changed it?): say why
                self.error.emit(str(exc))
        return True

    def drop_pending(self) -> None:
        """Give up the edits the server did not store; the views show what it holds."""
        self.pending.clear()
        self.emit(self.everything())

    def everything(self) -> Changes:
        steps = frozenset(s.number for s in self.referential.steps)
        levers = frozenset(lv.id for n in steps for lv in self.services.step(n).levers)
        return Changes(
            diagnostic=True, steps=steps, levers=levers, actors=True, actions=True, workshops=True
        )

    def undo(self) -> None:
        self._travel(self.undo_stack.undo, self.undo_stack.index() - 1, "check_undo")

    def redo(self) -> None:
        self._travel(self.undo_stack.redo, self.undo_stack.index(), "check_redo")

    def _travel(self, move, index: int = -1, check: str = "") -> None:
        # Ask the server first: an undo that fails inside the stack would still move it.
        if self.document.saves_on_edit:
            try:
                if self.lost:
                    raise ConnectionLost(self.lost)
                self.document.ping()  # type: ignore[union-attr]
            except ConnectionLost as exc:
                self.connection_lost(str(exc))
                return
        command = self.undo_stack.command(index) if index >= 0 else None
        if command is not None and hasattr(command, check):
            try:
                getattr(command, check)()  # refused before the stack moves
            except Conflict as exc:
                self.refused(exc)
                return
            except ConnectionLost as exc:
                self.connection_lost(str(exc))
                return
        move()

    def emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
