"""Read-only queries returning plain row tuples, for list views and the dashboard.

Qt-free. SQLAlchemy Core selects (no ORM objects): a table of 5,000 actors loads in a few
milliseconds, and a tuple is all a table model needs. The first item of every row is the
row's id; views diff rows by it to send precise insert/remove/change signals.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from essdesk.core.enums import ActionStatus, ChainLink, LeverStatus, Priority
from essdesk.models import Action, Actor, Lever, Participant, Step, Workshop
from essdesk.models.links import action_lever, workshop_step


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


def _value(v: object) -> object:
    """Enum columns come back as enum members; rows keep their plain string values."""
    return getattr(v, "value", v)


_ACTOR_COLUMNS = (
    Actor.id, Actor.name, Actor.ess, Actor.category, Actor.chain_link, Actor.commune,
    Actor.role, Actor.contact, Actor.email, Actor.phone,
)


def actor_rows(session: Session, diagnostic_id: int) -> list[ActorRow]:
    result = session.execute(
        select(*_ACTOR_COLUMNS).where(Actor.diagnostic_id == diagnostic_id).order_by(Actor.id)
    )
    return [
        ActorRow(r[0], r[1], bool(r[2]), _value(r[3]), _value(r[4]), *r[5:]) for r in result
    ]


def actor_choices(session: Session, diagnostic_id: int) -> list[tuple[int, str]]:
    """(id, name) of every actor, by name: for pickers."""
    rows = session.execute(
        select(Actor.id, Actor.name).where(Actor.diagnostic_id == diagnostic_id)
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
            Action.id, Action.title, Action.status, Action.priority, Action.pilot_id,
            Actor.name, Action.start, Action.end, Action.budget_cents,
        )
        .outerjoin(Actor, Actor.id == Action.pilot_id)
        .where(Action.diagnostic_id == diagnostic_id)
        .order_by(Action.id)
    ).all()
    links = session.execute(
        select(action_lever.c.action_id, Step.number, Lever.code)
        .join(Lever, Lever.id == action_lever.c.lever_id)
        .join(Step, Step.id == Lever.step_id)
        .join(Action, Action.id == action_lever.c.action_id)
        .where(Action.diagnostic_id == diagnostic_id)
        .order_by(Step.number, Lever.position)
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
        select(Workshop.id, Workshop.date, Workshop.place)
        .where(Workshop.diagnostic_id == diagnostic_id)
        .order_by(Workshop.id)
    ).all()
    steps: dict[int, list[int]] = defaultdict(list)
    for wid, number in session.execute(
        select(workshop_step.c.workshop_id, Step.number)
        .join(Step, Step.id == workshop_step.c.step_id)
        .where(Step.diagnostic_id == diagnostic_id)
        .order_by(Step.number)
    ):
        steps[wid].append(number)
    counts: dict[int, int] = defaultdict(int)
    for (wid,) in session.execute(
        select(Participant.workshop_id)
        .join(Workshop, Workshop.id == Participant.workshop_id)
        .where(Workshop.diagnostic_id == diagnostic_id)
    ):
        counts[wid] += 1
    return [WorkshopRow(w, d, p, tuple(steps.get(w, ())), counts.get(w, 0)) for w, d, p in base]


def lever_rows(session: Session, diagnostic_id: int) -> list[LeverRow]:
    rows = session.execute(
        select(Lever.id, Step.number, Lever.code, Lever.label, Lever.status, Lever.priority, Lever.due)
        .join(Step, Step.id == Lever.step_id)
        .where(Step.diagnostic_id == diagnostic_id)
        .order_by(Step.number, Lever.position)
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
