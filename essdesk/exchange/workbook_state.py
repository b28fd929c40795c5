"""What a cahier shows of a diagnostic, read with a few column selects (issue 19).

The one definition of the state a cahier is made from (kept in its hidden sheet) and the
state a returned cahier is compared with. Only what a cahier shows is read (to_dict reads
every workshop, vote and indicator as well, and the referential), and rows are turned into
dicts as they stream from the database, with interchange's columns and field functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from essdesk.exchange.interchange import (
    ACTION_COLUMNS,
    ACTOR_COLUMNS,
    ROWS_AT_ONCE,
    action_values,
    actor_values,
    iso_date,
    link_lists,
)
from essdesk.models.links import action_lever, action_partner
from essdesk.models.tables import Action, Actor, Diagnostic, Lever, Step


def cahier_state(session: Session, sent: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The diagnostic's uid and its levers (by code, in the referential's order), actors and
    actions (by uid, in the order they were added).

    `sent`: a state read before (a returned cahier's). A row that has not changed since is
    given as that state's own row, so that a preview holds unchanged rows once, not twice.
    """
    levers: dict[str, dict[str, Any]] = {}
    lever_code: dict[int, str] = {}
    for r in session.execute(
        select(
            Lever.id, Lever.code, Lever.uid, Step.number, Lever.label, Lever.status,
            Lever.priority, Lever.notes, Lever.owner, Lever.due,
        )
        .join(Step, Lever.step_id == Step.id)
        .order_by(Step.number, Lever.position)
    ):
        lever_code[r.id] = r.code
        levers[r.code] = _row(sent, "lever", r.code, {
            "uid": r.uid,
            "step": r.number,
            "label": r.label,
            "status": r.status.value,
            "priority": r.priority.value,
            "notes": r.notes,
            "owner": r.owner,
            "due": iso_date(r.due),
        })
    lever_order = {lever_id: i for i, lever_id in enumerate(lever_code)}
    actors: dict[str, dict[str, Any]] = {}
    actor_uid: dict[int, str] = {}
    for r in session.execute(
        select(*ACTOR_COLUMNS).order_by(Actor.id).execution_options(yield_per=ROWS_AT_ONCE)
    ):
        actor_uid[r.id] = r.uid
        actors[r.uid] = _row(sent, "actor", r.uid, actor_values(r))
    action_levers = link_lists(session, select(action_lever.c.action_id, action_lever.c.lever_id))
    partners = link_lists(
        session,
        select(action_partner.c.action_id, action_partner.c.actor_id).order_by(
            action_partner.c.actor_id
        ),
    )
    actions: dict[str, dict[str, Any]] = {}
    for r in session.execute(
        select(*ACTION_COLUMNS).order_by(Action.id).execution_options(yield_per=ROWS_AT_ONCE)
    ):
        actions[r.uid] = _row(sent, "action", r.uid, {
            "title": r.title,
            "levers": [
                lever_code[i] for i in sorted(action_levers.get(r.id, ()), key=lever_order.__getitem__)
            ],
            "pilot": actor_uid.get(r.pilot_id),
            "partners": [actor_uid[i] for i in partners.get(r.id, ())],
            **action_values(r),
        })
    return {
        "diagnostic": session.execute(select(Diagnostic.uid)).scalar_one(),
        "lever": levers,
        "actor": actors,
        "action": actions,
    }


def _row(
    sent: Mapping[str, Any] | None, entity: str, key: str, row: dict[str, Any]
) -> dict[str, Any]:
    before = sent[entity].get(key) if sent is not None else None
    return before if before == row else row
