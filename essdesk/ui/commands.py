"""One undoable command per user edit; each calls a service and knows its inverse.

`first()` runs the edit the first time (it may raise ValidationError, in which case the
command is not pushed); the stack's first `redo()` is then skipped. Undo and redo go
through services too, and every step reports its `Changes` to the context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from essdesk.domain import conflicts
from essdesk.domain.services import Changes, Services
from essdesk.errors import ConcurrentChange, ConnectionLost


class _Command(QUndoCommand):
    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._skip_redo = False

    @property
    def services(self) -> Services:
        return self.ctx.services

    def first(self) -> Changes:
        changes = self.do()
        self._skip_redo = True
        self.ctx.emit(changes)
        return changes

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._travel(self.do)

    def undo(self) -> None:
        self._travel(self.undo_changes)

    def _travel(self, step) -> None:
        # The stack moves even if the step fails: a server lost in between (after the
        # context's ping) leaves the history out of step, cleared once the server is back.
        try:
            self.ctx.emit(step())
        except ConnectionLost as exc:
            self.ctx.history_broken = True
            self.ctx.connection_lost(str(exc))
        except (conflicts.Conflict, ConcurrentChange) as exc:
            # The context checks before moving the stack; a colleague faster than that
            # still gets no silent overwrite: the step is refused and said.
            self.ctx.refused(exc)

    def do(self) -> Changes:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_changes(self) -> Changes:  # pragma: no cover - abstract
        raise NotImplementedError


def _update(services: Services, kind: str, ident: int | None, values: Mapping[str, Any]) -> Changes:
    if kind == "diagnostic":
        return services.update_diagnostic(**values)
    if kind == "step_notes":
        assert ident is not None
        return services.set_step_notes(ident, values["notes"])
    if kind == "lever_actors":
        assert ident is not None
        return services.set_lever_actors(ident, values["actor_ids"])
    method = getattr(services, f"update_{kind}")
    return method(ident, **values)


#: QUndoCommand.id() of the commands that may merge (see SetFieldsCommand.merge_key).
MERGE_ID = 1401


class SetFieldsCommand(_Command):
    """Set some fields of one object; undo puts the old values back.

    kind: diagnostic | lever | actor | action | workshop | step_notes (id = step number) |
    lever_actors (values {"actor_ids": [...]}).

    `merge_key`: text committed as it is typed arrives as many commands; those pushed one
    after the other with the same key become one undo step (QUndoStack merges them).
    """

    def __init__(self, ctx, kind: str, ident: int | None, new: Mapping[str, Any],
                 old: Mapping[str, Any], text: str, merge_key: object = None) -> None:
        super().__init__(ctx, text)
        self.kind, self.ident, self.new, self.old = kind, ident, dict(new), dict(old)
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or other.merge_key != self.merge_key:
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old)  # typed then erased: no undo step left
        return True

    def do(self) -> Changes:
        self.check_redo()
        return _update(self.services, self.kind, self.ident, self.new)

    def undo_changes(self) -> Changes:
        self.check_undo()
        return _update(self.services, self.kind, self.ident, self.old)

    # A colleague's change to these fields since: Conflict, nothing written (the row stays
    # locked from the check to the service's commit on a server).
    def check_redo(self) -> None:
        conflicts.check(self.services, self.kind, self.ident, self.old, self.new)

    def check_undo(self) -> None:
        conflicts.check(self.services, self.kind, self.ident, self.new, self.old, undo=True)


_REMOVE = {"lever": "remove_custom_lever"}


class AddCommand(_Command):
    """Create something (actor, action, workshop, custom lever) through `create`."""

    def __init__(self, ctx, kind: str, create: Callable[[Services], Changes], text: str) -> None:
        super().__init__(ctx, text)
        self.kind = kind
        self.create = create
        self.ident: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> Changes:
        if self.snapshot is None:
            changes = self.create(self.services)
            self.ident = changes.created_id
            return changes
        return getattr(self.services, f"restore_{self.kind}")(self.snapshot)

    def undo_changes(self) -> Changes:
        assert self.ident is not None
        self.snapshot = getattr(self.services, f"snapshot_{self.kind}")(self.ident)
        return getattr(self.services, _REMOVE.get(self.kind, f"remove_{self.kind}"))(self.ident)


class RemoveCommand(_Command):
    def __init__(self, ctx, kind: str, ident: int, text: str) -> None:
        super().__init__(ctx, text)
        self.kind, self.ident = kind, ident
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> Changes:
        self.snapshot = getattr(self.services, f"snapshot_{self.kind}")(self.ident)
        return getattr(self.services, _REMOVE.get(self.kind, f"remove_{self.kind}"))(self.ident)

    def undo_changes(self) -> Changes:
        assert self.snapshot is not None
        return getattr(self.services, f"restore_{self.kind}")(self.snapshot)


class ReplaceWorkshopCommand(_Command):
    """Edit a workshop session. Participants are rebuilt on update, so undo restores the
    whole session from a snapshot (same ids, same votes) rather than field by field."""

    def __init__(self, ctx, ident: int, values: Mapping[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.ident, self.values = ident, dict(values)
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def _swap(self, snap: dict[str, Any]) -> Changes:
        self.services.remove_workshop(self.ident)
        return self.services.restore_workshop(snap)

    def do(self) -> Changes:
        if self.after is None:
            self.before = self.services.snapshot_workshop(self.ident)
            changes = self.services.update_workshop(self.ident, **self.values)
            self.after = self.services.snapshot_workshop(self.ident)
            return changes
        return self._swap(self.after)

    def undo_changes(self) -> Changes:
        assert self.before is not None
        return self._swap(self.before)
