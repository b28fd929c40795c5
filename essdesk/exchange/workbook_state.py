"""What a cahier shows of a diagnostic now, read with a few column selects (issue 19).

The same rows, keys and order as `workbook.view(interchange.to_dict(session))`, which a test
holds it to. to_dict builds every workshop, vote and indicator as ORM objects as well: on the
large diagnostic that is a third of a second and 35 MiB that a preview never looks at.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from essdesk.exchange.interchange import _date, _euros
from essdesk.models.links import action_lever, action_partner
from essdesk.models.tables import Action, Actor, Diagnostic, Lever, Step


def cahier_state(session: Session) -> dict[str, Any]:
    """The diagnostic's uid and its levers (by code), actors and actions (by uid)."""
    uid = session.execute(select(Diagnostic.uid)).scalar_one()
    levers = session.execute(
        select(
            Lever.id, Lever.code, Lever.uid, Step.number, Lever.label, Lever.status,
            Lever.priority, Lever.notes, Lever.owner, Lever.due,
        )
        .join(Step, Lever.step_id == Step.id)
        .order_by(Step.number, Lever.position)
    ).all()
    lever_code = {r.id: r.code for r in levers}
    lever_order = {r.id: i for i, r in enumerate(levers)}
    actors = session.execute(
        select(
            Actor.id, Actor.uid, Actor.name, Actor.ess, Actor.category, Actor.chain_link,
            Actor.role, Actor.commune, Actor.contact, Actor.email, Actor.phone, Actor.notes,
        ).order_by(Actor.id)
    ).all()
    actor_uid = {r.id: r.uid for r in actors}
    action_levers: defaultdict[int, list[int]] = defaultdict(list)
    for action_id, lever_id in session.execute(select(action_lever.c.action_id, action_lever.c.lever_id)):
        action_levers[action_id].append(lever_id)
    partners: defaultdict[int, list[int]] = defaultdict(list)
    for action_id, actor_id in session.execute(
        select(action_partner.c.action_id, action_partner.c.actor_id).order_by(
            action_partner.c.actor_id
        )
    ):
        partners[action_id].append(actor_id)
    actions = session.execute(
        select(
            Action.id, Action.uid, Action.title, Action.pilot_id, Action.start, Action.end,
            Action.budget_cents, Action.funding, Action.status, Action.priority,
            Action.indicator, Action.notes,
        ).order_by(Action.id)
    ).all()
    return {
        "diagnostic": uid,
        "lever": {
            r.code: {
                "uid": r.uid,
                "step": r.number,
                "label": r.label,
                "status": r.status.value,
                "priority": r.priority.value,
                "notes": r.notes,
                "owner": r.owner,
                "due": _date(r.due),
            }
            for r in levers
        },
        "actor": {
            r.uid: {
                "name": r.name,
                "ess": r.ess,
                "category": r.category.value,
                "chain_link": r.chain_link.value,
                "role": r.role,
                "commune": r.commune,
                "contact": r.contact,
                "email": r.email,
                "phone": r.phone,
                "notes": r.notes,
            }
            for r in actors
        },
        "action": {
            r.uid: {
                "title": r.title,
                "levers": [
                    lever_code[i] for i in sorted(action_levers[r.id], key=lever_order.__getitem__)
                ],
                "pilot": actor_uid.get(r.pilot_id),
                "partners": [actor_uid[i] for i in partners[r.id]],
                "start": _date(r.start),
                "end": _date(r.end),
                "budget": _euros(r.budget_cents),
                "funding": r.funding,
                "status": r.status.value,
                "priority": r.priority.value,
                "indicator": r.indicator,
                "notes": r.notes,
            }
            for r in actions
        },
    }
