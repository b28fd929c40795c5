"""The open document as the widgets see it: services, referential, undo stack, changes.

Widgets never call a mutating service directly: they build a command (ui.commands) and give
it to `run()`. Every executed, undone or redone command emits `changed` with the `Changes`
record the service returned, and each view refreshes what that record names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from essdesk.domain.referential import Referential
from essdesk.domain.services import Changes, Services
from essdesk.store.document import Document


class DocumentContext(QObject):
    changed = Signal(object)  # Changes
    navigate = Signal(str, object)  # ("step", number) | ("lever", id) | ("action", id) | (page, None)
    message = Signal(str)  # a short note for the status bar
    error = Signal(str)  # a refused edit, shown to the user

    def __init__(self, document: Document, referential: Referential, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.referential = referential
        self.services = Services(document.session)
        self.undo_stack = QUndoStack(self)
        self.closed = False

    @property
    def diagnostic_id(self) -> int:
        return self.services.diagnostic_id()

    @property
    def session(self):
        return self.document.session

    def run(self, command: QUndoCommand) -> Changes:
        """Execute a command now (errors propagate, nothing is pushed) then push it."""
        if self.closed:
            raise RuntimeError("document closed")
        changes = command.first()  # type: ignore[attr-defined]
        self.undo_stack.push(command)
        return changes

    def emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
