"""Who changed what on a server: the journal table of each diagnostic schema.

Every flush of a server session writes, in the same transaction, one line per changed field
(entity, uid, field, before, after, as JSON), one per created or removed row (field "",
the row's values as JSON on the side that exists), plus the database role (`current_user`)
and the transaction's time. The same flush sends a NOTIFY on the diagnostic's channel, so
colleagues' windows refresh what it names (see `payload`). A `.essdesk` file has no journal.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.properties import ColumnProperty

metadata = MetaData()

journal = Table(
    "journal",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    Column("who", Text, nullable=False, server_default=text("current_user")),
    Column("entity", String(40), nullable=False),
    Column("uid", String(36)),
    Column("row_id", Integer),
    Column("step", Integer),
    Column("field", String(60), nullable=False, server_default=""),
    Column("before", Text),
    Column("after", Text),
)

_SKIPPED = {"id", "version", "content", "referential_data"}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def dump(value: Any) -> str | None:
    return None if value is None else json.dumps(_plain(value), ensure_ascii=False)


def _step_of(session: Session, obj: Any, numbers: dict[int, int | None]) -> int | None:
    name = type(obj).__name__
    if name == "Step":
        return obj.number
    if name == "Lever" and obj.step_id is not None:
        if obj.step_id not in numbers:
            numbers[obj.step_id] = (
                session.connection()
                .execute(text("SELECT number FROM step WHERE id = :i"), {"i": obj.step_id})
                .scalar()
            )
        return numbers[obj.step_id]
    return None


def _values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _plain(state.attrs[attr.key].loaded_value)
        for attr in state.mapper.column_attrs
        if attr.key not in _SKIPPED and isinstance(attr, ColumnProperty)
    }


def _uids(objs: Any) -> list[str]:
    return sorted(getattr(o, "uid", None) or str(getattr(o, "number", "")) for o in objs)


def lines_of_flush(session: Session) -> list[dict[str, Any]]:
    """What the flush under way changes (call from after_flush: history is still there)."""
    lines: list[dict[str, Any]] = []
    numbers: dict[int, int | None] = {}

    def line(obj: Any, field: str, before: Any, after: Any) -> None:
        lines.append(
            {
                "entity": type(obj).__tablename__,
                "uid": getattr(obj, "uid", None),
                "row_id": getattr(obj, "id", None),
                "step": _step_of(session, obj, numbers),
                "field": field,
                "before": before,
                "after": after,
            }
        )

    for obj in session.new:
        line(obj, "", None, json.dumps(_values(obj), ensure_ascii=False))
    for obj in session.deleted:
        line(obj, "", json.dumps(_values(obj), ensure_ascii=False), None)
    for obj in session.dirty:
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIPPED:
                continue
            history = state.attrs[attr.key].history
            if history.added or history.deleted:
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if _plain(before) != _plain(after):
                    line(obj, attr.key, dump(before), dump(after))
        for rel in state.mapper.relationships:
            if rel.secondary is None:
                continue
            history = state.attrs[rel.key].history
            if history.added or history.deleted:
                kept = list(history.unchanged)
                line(
                    obj,
                    rel.key,
                    dump(_uids(kept + list(history.deleted))),
                    dump(_uids(kept + list(history.added))),
                )
    return lines


def record(session: Session) -> list[dict[str, Any]]:
    """Write the flush's lines into the journal (same transaction); returns them."""
    lines = lines_of_flush(session)
    if lines:
        session.connection().execute(journal.insert(), lines)
    return lines


def payload(client: str, lines: list[dict[str, Any]]) -> str:
    """The NOTIFY text: who sent it (to skip one's own) and what it touched."""
    touched: dict[str, list[int]] = {}
    steps: set[int] = set()
    for ln in lines:
        ids = touched.setdefault(ln["entity"], [])
        if ln["row_id"] is not None and ln["row_id"] not in ids:
            ids.append(ln["row_id"])
        if ln["step"] is not None:
            steps.add(ln["step"])
    return json.dumps({"client": client, "touched": touched, "steps": sorted(steps)})[:7900]


def last_change(
    session: Session, entity: str, uid: str | None, row_id: int | None, field: str
) -> tuple[str, dt.datetime] | None:
    """(role, when) of the latest journal line on this field, or None (no journal: a file)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    where = [journal.c.entity == entity, journal.c.field == field]
    where.append(journal.c.uid == uid if uid is not None else journal.c.row_id == row_id)
    row = session.execute(
        select(journal.c.who, journal.c.at).where(*where).order_by(journal.c.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def lines(session: Session) -> list[tuple[Any, ...]]:
    """Every journal line, oldest first: id, at, who, entity, uid, row_id, step, field,
    before, after."""
    return list(session.execute(select(journal).order_by(journal.c.id)))
