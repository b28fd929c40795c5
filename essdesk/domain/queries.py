"""Read-only queries returning plain row tuples, for list views and the dashboard.

Qt-free. SQLAlchemy Core selects (no ORM objects): a table of 5,000 actors loads in a few
milliseconds, and a tuple is all a table model needs. The first item of every row is the
row's id; views diff rows by it to send precise insert/remove/change signals.

The selects name table columns (`Actor.__table__.c`), not mapped attributes: a select of
mapped attributes makes SQLAlchemy configure every mapper first (~30 ms, once), which the
first screen of a document does not need; it is paid at the first ORM use (issue 6).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from essdesk.models.enums import (
    ActionStatus,
    ChainLink,
    FiliereMeaning,
    LeverStatus,
    Priority,
    Scenario,
    TerritoryKind,
)
from essdesk.models.links import action_lever, workshop_step
from essdesk.models.tables import Action, Actor, Diagnostic, Lever, Participant, Step, Workshop

_actor, _action, _diagnostic = Actor.__table__, Action.__table__, Diagnostic.__table__
_lever, _step, _workshop, _participant = (
    Lever.__table__, Step.__table__, Workshop.__table__, Participant.__table__)


class ActorRow(NamedTuple):
    id: int
    name: str
    ess: bool
    category: str
    chain_link: str
    commune: str
    role: str
    contact: str
    email: str
    phone: str


class ActionRow(NamedTuple):
    id: int
    title: str
    status: str
    priority: str
    pilot_id: int | None
    pilot: str
    steps: tuple[int, ...]
    levers: str
    start: dt.date | None
    end: dt.date | None
    budget_cents: int | None


class WorkshopRow(NamedTuple):
    id: int
    date: dt.date | None
    place: str
    steps: tuple[int, ...]
    participants: int


class LeverRow(NamedTuple):
    id: int
    step: int
    code: str
    label: str
    status: str
    priority: str
    due: dt.date | None


class Identity(NamedTuple):
    id: int
    title: str
    territory_name: str
    territory_kind: TerritoryKind
    filiere_name: str
    filiere_meaning: FiliereMeaning
    scenario: Scenario
    facilitator: str
    start_date: dt.date | None


_IDENTITY_COLUMNS = tuple(_diagnostic.c[name] for name in Identity._fields)


def _value(v: object) -> object:
    """Enum columns come back as enum members; rows keep their plain string values."""
    return getattr(v, "value", v)


_ACTOR_COLUMNS = (
    _actor.c.id, _actor.c.name, _actor.c.ess, _actor.c.category, _actor.c.chain_link,
    _actor.c.commune, _actor.c.role, _actor.c.contact, _actor.c.email, _actor.c.phone,
)


def identity(session: Session) -> Identity | None:
    """Who and what the document's diagnostic is about (None for a file without one)."""
    row = session.execute(select(*_IDENTITY_COLUMNS).order_by(_diagnostic.c.id).limit(1)).first()
    return None if row is None else Identity(*row)


def step_levers(session: Session, diagnostic_id: int) -> list[tuple[int, object, object, int]]:
    """(step number, status, priority, weight) of every lever: what the scores are made of."""
    return list(session.execute(
        select(_step.c.number, _lever.c.status, _lever.c.priority, _lever.c.weight)
        .join(_lever, _lever.c.step_id == _step.c.id)
        .where(_step.c.diagnostic_id == diagnostic_id)
    ))


def actor_rows(session: Session, diagnostic_id: int) -> list[ActorRow]:
    result = session.execute(
        select(*_ACTOR_COLUMNS).where(_actor.c.diagnostic_id == diagnostic_id).order_by(_actor.c.id)
    )
    return [
        ActorRow(r[0], r[1], bool(r[2]), _value(r[3]), _value(r[4]), *r[5:]) for r in result
    ]


def actor_choices(session: Session, diagnostic_id: int) -> list[tuple[int, str]]:
    """(id, name) of every actor, by name: for pickers."""
    rows = session.execute(
        select(_actor.c.id, _actor.c.name).where(_actor.c.diagnostic_id == diagnostic_id)
    ).all()
    return sorted(((i, n) for i, n in rows), key=lambda r: r[1].casefold())


def chain_summary(rows: Iterable[ActorRow]) -> dict[ChainLink, tuple[int, int, list[str]]]:
    """Per value-chain link: (ESS count, non-ESS count, names), in chain order."""
    groups: dict[str, list[ActorRow]] = defaultdict(list)
    for row in rows:
        groups[row.chain_link].append(row)
    summary = {}
    for link in ChainLink:
        members = sorted(groups.get(link.value, []), key=lambda r: r.name.casefold())
        ess = sum(1 for r in members if r.ess)
        summary[link] = (ess, len(members) - ess, [r.name for r in members])
    return summary


def action_rows(session: Session, diagnostic_id: int) -> list[ActionRow]:
    base = session.execute(
        select(
            _action.c.id, _action.c.title, _action.c.status, _action.c.priority, _action.c.pilot_id,
            _actor.c.name, _action.c.start, _action.c.end, _action.c.budget_cents,
        )
        .outerjoin(_actor, _actor.c.id == _action.c.pilot_id)
        .where(_action.c.diagnostic_id == diagnostic_id)
        .order_by(_action.c.id)
    ).all()
    links = session.execute(
        select(action_lever.c.action_id, _step.c.number, _lever.c.code)
        .join(_lever, _lever.c.id == action_lever.c.lever_id)
        .join(_step, _step.c.id == _lever.c.step_id)
        .join(_action, _action.c.id == action_lever.c.action_id)
        .where(_action.c.diagnostic_id == diagnostic_id)
        .order_by(_step.c.number, _lever.c.position)
    ).all()
    steps: dict[int, list[int]] = defaultdict(list)
    codes: dict[int, list[str]] = defaultdict(list)
    for action_id, number, code in links:
        if number not in steps[action_id]:
            steps[action_id].append(number)
        codes[action_id].append(code)
    return [
        ActionRow(
            r[0], r[1], _value(r[2]), _value(r[3]), r[4], r[5] or "",
            tuple(steps.get(r[0], ())), ", ".join(codes.get(r[0], ())), r[6], r[7], r[8],
        )
        for r in base
    ]


def is_overdue(row: ActionRow, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    finished = row.status in (ActionStatus.DONE.value, ActionStatus.ABANDONED.value)
    return row.end is not None and row.end < today and not finished


def workshop_rows(session: Session, diagnostic_id: int) -> list[WorkshopRow]:
    base = session.execute(
        select(_workshop.c.id, _workshop.c.date, _workshop.c.place)
        .where(_workshop.c.diagnostic_id == diagnostic_id)
        .order_by(_workshop.c.id)
    ).all()
    steps: dict[int, list[int]] = defaultdict(list)
    for wid, number in session.execute(
        select(workshop_step.c.workshop_id, _step.c.number)
        .join(_step, _step.c.id == workshop_step.c.step_id)
        .where(_step.c.diagnostic_id == diagnostic_id)
        .order_by(_step.c.number)
    ):
        steps[wid].append(number)
    counts: dict[int, int] = defaultdict(int)
    for (wid,) in session.execute(
        select(_participant.c.workshop_id)
        .join(_workshop, _workshop.c.id == _participant.c.workshop_id)
        .where(_workshop.c.diagnostic_id == diagnostic_id)
    ):
        counts[wid] += 1
    return [WorkshopRow(w, d, p, tuple(steps.get(w, ())), counts.get(w, 0)) for w, d, p in base]


def lever_rows(session: Session, diagnostic_id: int) -> list[LeverRow]:
    rows = session.execute(
        select(_lever.c.id, _step.c.number, _lever.c.code, _lever.c.label, _lever.c.status,
               _lever.c.priority, _lever.c.due)
        .join(_step, _step.c.id == _lever.c.step_id)
        .where(_step.c.diagnostic_id == diagnostic_id)
        .order_by(_step.c.number, _lever.c.position)
    )
    return [LeverRow(r[0], r[1], r[2], r[3], _value(r[4]), _value(r[5]), r[6]) for r in rows]


def high_priority_open(levers: Iterable[LeverRow]) -> list[LeverRow]:
    """High-priority levers not done yet (nor judged not applicable), in guide order."""
    closed = {LeverStatus.DONE.value, LeverStatus.NOT_APPLICABLE.value}
    return [lv for lv in levers if lv.priority == Priority.HIGH.value and lv.status not in closed]


def next_actions(rows: Iterable[ActionRow], limit: int = 8) -> list[ActionRow]:
    """Unfinished actions by due date (end), undated last."""
    finished = {ActionStatus.DONE.value, ActionStatus.ABANDONED.value}
    pending = [r for r in rows if r.status not in finished]
    pending.sort(key=lambda r: (r.end is None, r.end or dt.date.max, r.id))
    return pending[:limit]


def actor_search_text(row: ActorRow, labels: dict[str, str]) -> str:
    """Every visible column of an actor, lower-cased, for search-as-you-type."""
    return " ".join(
        (row.name, labels.get(row.category, row.category), labels.get(row.chain_link, row.chain_link),
         row.commune, row.role, row.contact, row.email, row.phone, "ess" if row.ess else "hors ess")
    ).casefold()
