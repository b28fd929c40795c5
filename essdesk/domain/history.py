"""The journal as people read it (Édition › Historique): who changed which field, when.

Lines come from the server's journal (essdesk.store.journal); a `.essdesk` file has none.
A field line can be undone as a new edit: its `undo` gives the SetFields arguments (write
`before`, expecting `after`), so the usual conflict rule applies when someone changed the
field since.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from essdesk.domain.conflicts import _SPECS
from essdesk.domain.fields import clean
from essdesk.errors import ValidationError

_KINDS = {
    "diagnostic": "diagnostic",
    "step": "step_notes",
    "lever": "lever",
    "actor": "actor",
    "action": "action",
    "jalon": "jalon",
    "indicator": "indicator",
    "indicator_value": "indicator_value",
}


@dataclass(frozen=True)
class Entry:
    id: int
    at: dt.datetime
    who: str
    entity: str
    uid: str | None
    row_id: int | None
    step: int | None
    field: str
    before_json: str | None  # decoded when shown: 10,000 lines open fast
    after_json: str | None

    @property
    def before(self) -> Any:
        return None if self.before_json is None else json.loads(self.before_json)

    @property
    def after(self) -> Any:
        return None if self.after_json is None else json.loads(self.after_json)

    @property
    def kind(self) -> str | None:
        """The SetFields kind that undoes this line, or None (creations, removals, links)."""
        kind = _KINDS.get(self.entity)
        if not self.field or kind is None or self.field not in _SPECS.get(kind, {}):
            return None
        return kind


def readable(entity: str, field: str, value: Any) -> str:
    """A journal value as people read it: French labels for statuses, dd/mm/yyyy dates."""
    spec = _SPECS.get(_KINDS.get(entity, ""), {}).get(field)
    if spec is not None:
        # a value an older version wrote and today's rules refuse is shown as stored
        with contextlib.suppress(ValidationError):
            value = clean(spec, value)
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum) and hasattr(value, "label"):
        return value.label
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "—"
    return str(value)


def field_label(entity: str, field: str) -> str:
    spec = _SPECS.get(_KINDS.get(entity, ""), {}).get(field)
    return spec.label if spec is not None else field


def has_journal(session: Session) -> bool:
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    return inspect(session.connection()).has_table("journal")


def entries(session: Session) -> list[Entry]:
    """Every line, oldest first ([] without a journal, e.g. in a `.essdesk` file)."""
    from essdesk.store import journal

    if not has_journal(session):
        return []
    out = [Entry(*row) for row in journal.lines(session)]
    session.rollback()  # a read: no transaction left open on the server
    return out


def undo(entry: Entry) -> tuple[str, int | None, dict[str, Any], dict[str, Any]]:
    """(kind, id, new, old) of the edit putting this line's field back as it was."""
    kind = entry.kind
    if kind is None:
        raise ValueError(entry)
    ident = entry.step if kind == "step_notes" else (None if kind == "diagnostic" else entry.row_id)
    spec = _SPECS[kind][entry.field]  # JSON gave plain values: back to dates, enums…
    return (
        kind,
        ident,
        {entry.field: clean(spec, entry.before)},
        {entry.field: clean(spec, entry.after)},
    )
