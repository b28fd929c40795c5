"""Everything a user can do to a diagnostic, without a screen.

Each mutating call validates its input (ValidationError names the field, in French),
commits at once (the working copy never holds an unsaved edit in memory) and returns a
`Changes` record saying what it touched, so that views refresh only that. Removals have a
`snapshot_*` / `restore_*` pair, which is what undo uses to put an item back exactly,
with the same id and the same links.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from essdesk.domain import jalons as _jalons
from essdesk.domain import queries
from essdesk.domain.fields import (
    ACTION_FIELDS,
    ACTOR_FIELDS,
    DIAGNOSTIC_FIELDS,
    JALON_FIELDS,
    LEVER_FIELDS,
    PARTICIPANT_FIELDS,
    STEP_FIELDS,
    WORKSHOP_FIELDS,
    Field,
    check_email,
    clean,
    clean_text,
)
from essdesk.domain.indicators import IndicatorOperations
from essdesk.domain.referential import Referential, dumps, referential_of
from essdesk.domain.scoring import DiagnosticScore, LeverInput, score_by_step
from essdesk.errors import ConcurrentChange, DocumentError, NotFoundError, ValidationError
from essdesk.models.base import new_uid, vote_uid
from essdesk.models.enums import ESS_CATEGORIES, ActionStatus, LeverStatus, Priority
from essdesk.models.tables import (
    Action,
    Actor,
    Diagnostic,
    Jalon,
    Lever,
    Participant,
    Step,
    Vote,
    Workshop,
    action_lever,
    action_partner,
    lever_actor,
    workshop_step,
)


@dataclass(frozen=True)
class Changes:
    """What an operation changed; views refresh what it names."""

    diagnostic: bool = False
    steps: frozenset[int] = frozenset()  # step numbers (notes or levers)
    levers: frozenset[int] = frozenset()  # lever ids
    actors: bool = False
    actions: bool = False
    workshops: bool = False
    jalons: bool = False
    indicators: bool = False
    created_id: int | None = None

    @property
    def scores(self) -> bool:
        return bool(self.levers)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            diagnostic=self.diagnostic or other.diagnostic,
            steps=self.steps | other.steps,
            levers=self.levers | other.levers,
            actors=self.actors or other.actors,
            actions=self.actions or other.actions,
            workshops=self.workshops or other.workshops,
            jalons=self.jalons or other.jalons,
            indicators=self.indicators or other.indicators,
            created_id=other.created_id if other.created_id is not None else self.created_id,
        )


TOP_VOTED_LEVERS = 3
PLAN_NOTE = "Plan d'action issu du vote : leviers %1 en priorité haute, actions à compléter."


@dataclass(frozen=True)
class VoteTally:
    quota: int  # dots per participant
    used: dict[int, int]  # participant id -> dots placed
    placed: int  # every dot of the session, the group's included
    available: int | None  # participants × quota; None: no participant listed, no limit


@dataclass(frozen=True)
class VotePlan:
    levers: tuple[tuple[int, dict[str, Any]], ...]  # (lever id, new field values), most voted first
    decisions: str  # the session's decisions once the plan is applied


def _apply(obj: object, specs: Mapping[str, Field], values: Mapping[str, Any]) -> None:
    cleaned = {}
    for name, value in values.items():
        spec = specs.get(name)
        if spec is None:
            raise ValidationError(name, "champ inconnu.")
        cleaned[name] = clean(spec, value)
    for name, value in cleaned.items():
        setattr(obj, name, value)


def create_diagnostic(session: Session, referential: Referential, **identity: Any) -> Diagnostic:
    """A new diagnostic with every part and lever of the referential, not assessed; it keeps
    its own copy of the referential (`referential_data`)."""
    diagnostic = Diagnostic(
        referential_id=referential.id, referential_version=referential.version, title="",
        referential_data=dumps(referential),  # its own copy: opens where it is not installed
    )
    identity.setdefault("title", "Diagnostic de filière")
    _apply(diagnostic, DIAGNOSTIC_FIELDS, identity)
    for step_ref in referential.steps:
        step = Step(number=step_ref.number, notes="")
        step.levers = [
            Lever(code=lever.code, label=lever.label, position=i, custom=False)
            for i, lever in enumerate(step_ref.levers)
        ]
        diagnostic.steps.append(step)
    session.add(diagnostic)
    session.commit()
    return diagnostic


def referential_in(bind: Any) -> Referential:
    """The referential of the diagnostic stored behind `bind` (a Session or a Connection):
    its own copy, read only when asked (the column is deferred)."""
    table = Diagnostic.__table__  # table columns: opening a document configures no mapper
    row = bind.execute(
        select(table.c.referential_id, table.c.referential_version, table.c.referential_data)
        .order_by(table.c.id).limit(1)
    ).first()
    if row is None:
        raise NotFoundError("Ce fichier ne contient aucun diagnostic.")
    return referential_of(*row)


def _refusing_stale(method):
    """A flush that finds a row's version changed (a colleague wrote it between our read and
    our write: `version_id_col`) stores nothing and says so in French."""

    @functools.wraps(method)
    def wrapper(self: Services, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except StaleDataError as exc:
            self.session.rollback()
            self.session.expire_all()
            raise ConcurrentChange(
                "Un collègue vient de modifier le même élément : votre modification n'a pas été "
                "enregistrée. L'affichage montre maintenant sa version ; refaites la vôtre si besoin."
            ) from exc

    return wrapper


class Services(IndicatorOperations):
    """The operations on the one diagnostic of a document."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._diagnostic: Diagnostic | None = None
        self._diagnostic_id: int | None = None

    # -- reading -------------------------------------------------------------------------

    def diagnostic(self) -> Diagnostic:
        if self._diagnostic is None:
            found = self.session.scalars(select(Diagnostic).limit(1)).first()
            if found is None:
                raise NotFoundError("Ce fichier ne contient aucun diagnostic.")
            self._diagnostic = found
        return self._diagnostic

    def referential(self) -> Referential:
        """The diagnostic's own referential (its copy; the shipped one for older files)."""
        return referential_in(self.session)

    def steps(self) -> list[Step]:
        return list(
            self.session.scalars(
                select(Step)
                .where(Step.diagnostic_id == self.diagnostic().id)
                .order_by(Step.number)
                .options(selectinload(Step.levers).selectinload(Lever.actors))
            )
        )

    def step(self, number: int) -> Step:
        found = self.session.scalars(
            select(Step).where(Step.diagnostic_id == self.diagnostic().id, Step.number == number)
        ).first()
        if found is None:
            raise NotFoundError(f"L'étape {number} n'existe pas.")
        return found

    def _get(self, cls: type, ident: int, what: str) -> Any:
        obj = self.session.get(cls, ident)
        if obj is None:
            raise NotFoundError(f"{what} n° {ident} n'existe plus.")
        return obj

    def lever(self, lever_id: int) -> Lever:
        return self._get(Lever, lever_id, "Le levier")

    def lever_by_code(self, code: str) -> Lever:
        found = self.session.scalars(
            select(Lever).join(Step).where(
                Step.diagnostic_id == self.diagnostic().id, Lever.code == code
            )
        ).first()
        if found is None:
            raise NotFoundError(f"Le levier {code} n'existe pas.")
        return found

    def actor(self, actor_id: int) -> Actor:
        return self._get(Actor, actor_id, "L'acteur")

    def action(self, action_id: int) -> Action:
        return self._get(Action, action_id, "L'action")

    def workshop(self, workshop_id: int) -> Workshop:
        return self._get(Workshop, workshop_id, "L'atelier")

    def actors(self) -> list[Actor]:
        return list(self.diagnostic().actors)

    def actions(self) -> list[Action]:
        return list(self.diagnostic().actions)

    def workshops(self) -> list[Workshop]:
        return list(self.diagnostic().workshops)

    def identity(self) -> queries.Identity:
        """Title, territory, filière… read without the ORM (see core.queries: no mapper set-up)."""
        found = queries.identity(self.session)
        if found is None:
            raise NotFoundError("Ce fichier ne contient aucun diagnostic.")
        return found

    def diagnostic_id(self) -> int:
        if self._diagnostic_id is None:
            self._diagnostic_id = self.identity().id
        return self._diagnostic_id

    def scores(self) -> DiagnosticScore:
        """Maturity and completion per step and overall, from one query."""
        return score_by_step(
            (number, LeverInput(status, priority, weight))
            for number, status, priority, weight in queries.step_levers(self.session, self.diagnostic_id())
        )

    def _indicator_changes(self, created_id: int | None = None) -> Changes:
        return Changes(indicators=True, created_id=created_id)

    def fields(self, obj: object, names: Iterable[str]) -> dict[str, Any]:
        """Current values of some fields: what an undo command keeps to put them back."""
        return {name: getattr(obj, name) for name in names}

    # -- commit ----------------------------------------------------------------------------

    def _commit(self, changes: Changes) -> Changes:
        try:
            self.session.commit()
        except Exception:
            self.session.rollback()
            raise
        return changes

    def _guard(self, fn, *args, **kwargs):
        """Run a mutation; on a validation error nothing stays half-applied in the session."""
        try:
            return fn(*args, **kwargs)
        except Exception:
            self.session.rollback()
            raise

    # -- diagnostic and steps ------------------------------------------------------------

    def update_diagnostic(self, **values: Any) -> Changes:
        self._guard(_apply, self.diagnostic(), DIAGNOSTIC_FIELDS, values)
        return self._commit(Changes(diagnostic=True))

    def set_step_notes(self, number: int, notes: str) -> Changes:
        step = self.step(number)
        self._guard(_apply, step, STEP_FIELDS, {"notes": notes})
        return self._commit(Changes(steps=frozenset({number})))

    # -- levers ----------------------------------------------------------------------------

    def update_lever(self, lever_id: int, **values: Any) -> Changes:
        lever = self.lever(lever_id)
        if "label" in values and not lever.custom:
            raise ValidationError(
                LEVER_FIELDS["label"].label,
                "l'intitulé d'un levier du référentiel ne se modifie pas ; ajoutez un levier "
                "personnalisé, ou notez la nuance dans les notes.",
            )
        self._guard(_apply, lever, LEVER_FIELDS, values)
        return self._commit(self._lever_changes(lever))

    def _lever_changes(self, lever: Lever) -> Changes:
        return Changes(levers=frozenset({lever.id}), steps=frozenset({lever.step.number}))

    def set_lever_actors(self, lever_id: int, actor_ids: Sequence[int]) -> Changes:
        lever = self.lever(lever_id)
        lever.actors = [self.actor(i) for i in dict.fromkeys(actor_ids)]
        return self._commit(self._lever_changes(lever) | Changes(actors=True))

    def add_custom_lever(
        self,
        step_number: int,
        label: str,
        *,
        lever_id: int | None = None,
        uid: str | None = None,
        code: str | None = None,
        position: int | None = None,
        **values: Any,
    ) -> Changes:
        step = self.step(step_number)
        lever = Lever(id=lever_id, uid=uid or new_uid(), custom=True, label="")
        lever.code = code or self._next_code(step)
        lever.position = position if position is not None else len(step.levers)
        self._guard(_apply, lever, LEVER_FIELDS, {"label": label, **values})
        step.levers.append(lever)
        self.session.flush()
        return self._commit(self._lever_changes(lever) | Changes(created_id=lever.id))

    def _next_code(self, step: Step) -> str:
        """"<part>.<n>", unique in the diagnostic whatever the referential's codes look like."""
        taken = set(self.session.scalars(
            select(Lever.code).join(Step).where(Step.diagnostic_id == self.diagnostic().id)))
        prefix = f"{step.number}."
        numbers = [int(c[len(prefix):]) for c in taken if c.startswith(prefix) and c[len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1}"  # above every "<part>.<n>": free

    def remove_custom_lever(self, lever_id: int) -> Changes:
        lever = self.lever(lever_id)
        if not lever.custom:
            raise ValidationError(
                "Levier",
                "les leviers du référentiel ne se suppriment pas ; marquez-le « Non concerné ».",
            )
        changes = self._lever_changes(lever) | Changes(actions=True, workshops=True,
                                                       indicators=True)
        self.untie_indicators(lever_id=lever.id)
        lever.step.levers.remove(lever)
        self.session.delete(lever)
        return self._commit(changes)

    def snapshot_lever(self, lever_id: int) -> dict[str, Any]:
        lever = self.lever(lever_id)
        return {
            "id": lever.id,
            "uid": lever.uid,
            "step": lever.step.number,
            "code": lever.code,
            "position": lever.position,
            "values": self.fields(lever, LEVER_FIELDS),
            "actors": [a.id for a in lever.actors],
            "actions": self._ids(action_lever.c.action_id, action_lever.c.lever_id == lever.id),
            "votes": [
                (v.id, v.workshop_id, v.participant_id, v.dots, v.uid)
                for v in self.session.scalars(select(Vote).where(Vote.lever_id == lever.id))
            ],
            "indicators": self.tied_indicators(lever_id=lever.id),
        }

    def restore_lever(self, snap: Mapping[str, Any]) -> Changes:
        values = dict(snap["values"])
        label = values.pop("label")
        self.add_custom_lever(
            snap["step"], label, lever_id=snap["id"], uid=snap["uid"], code=snap["code"],
            position=snap["position"], **values,
        )
        lever = self.lever(snap["id"])
        lever.actors = [self.actor(i) for i in snap["actors"]]
        self._link_rows(action_lever, [{"action_id": a, "lever_id": lever.id} for a in snap["actions"]])
        for vote_id, workshop_id, participant_id, dots, uid in snap["votes"]:
            self.session.add(Vote(id=vote_id, uid=uid, workshop_id=workshop_id, lever_id=lever.id,
                                  participant_id=participant_id, dots=dots))
        self.retie_indicators(snap.get("indicators", []), lever_id=lever.id)
        return self._commit(self._lever_changes(lever) | Changes(actions=True, workshops=True,
                                                                 indicators=True))

    def _ids(self, column, condition) -> list[int]:
        return list(self.session.scalars(select(column).where(condition).order_by(column)))

    def _link_rows(self, table, rows: list[dict[str, int]]) -> None:
        if rows:
            self.session.flush()
            self.session.execute(table.insert(), rows)
            self.session.expire_all()

    # -- actors ----------------------------------------------------------------------------

    def _validate_actor(self, actor: Actor, values: Mapping[str, Any]) -> None:
        if "ess" not in values and "category" in values and actor.id is None:
            values = {**values, "ess": clean(ACTOR_FIELDS["category"], values["category"]) in ESS_CATEGORIES}
        _apply(actor, ACTOR_FIELDS, values)
        check_email(actor.email)

    def add_actor(self, *, actor_id: int | None = None, uid: str | None = None,
                  **values: Any) -> Changes:
        actor = Actor(id=actor_id, uid=uid or new_uid())
        values.setdefault("name", "")
        self._guard(self._validate_actor, actor, values)
        actor.diagnostic_id = self.diagnostic().id
        self.session.add(actor)
        self.session.flush()
        self.session.expire(self.diagnostic(), ["actors"])
        return self._commit(Changes(actors=True, created_id=actor.id))

    def update_actor(self, actor_id: int, **values: Any) -> Changes:
        actor = self.actor(actor_id)
        self._guard(self._validate_actor, actor, values)
        return self._commit(Changes(actors=True, actions=True, workshops=True))

    def snapshot_actor(self, actor_id: int) -> dict[str, Any]:
        actor = self.actor(actor_id)
        return {
            "id": actor.id,
            "uid": actor.uid,
            "values": self.fields(actor, ACTOR_FIELDS),
            "levers": self._ids(lever_actor.c.lever_id, lever_actor.c.actor_id == actor.id),
            "partner_of": self._ids(action_partner.c.action_id, action_partner.c.actor_id == actor.id),
            "pilot_of": self._ids(Action.id, Action.pilot_id == actor.id),
            "participants": self._ids(Participant.id, Participant.actor_id == actor.id),
        }

    def remove_actor(self, actor_id: int) -> Changes:
        actor = self.actor(actor_id)
        lever_ids = self._ids(lever_actor.c.lever_id, lever_actor.c.actor_id == actor.id)
        steps = {self.lever(i).step.number for i in lever_ids}
        self.session.delete(actor)
        self.session.flush()
        self.session.expire_all()
        return self._commit(
            Changes(actors=True, actions=True, workshops=True, steps=frozenset(steps),
                    levers=frozenset())
        )

    def restore_actor(self, snap: Mapping[str, Any]) -> Changes:
        self.add_actor(actor_id=snap["id"], uid=snap["uid"], **snap["values"])
        actor_id = snap["id"]
        self._link_rows(lever_actor, [{"lever_id": i, "actor_id": actor_id} for i in snap["levers"]])
        self._link_rows(action_partner, [{"action_id": i, "actor_id": actor_id} for i in snap["partner_of"]])
        for action_id in snap["pilot_of"]:
            self.action(action_id).pilot_id = actor_id
        for participant_id in snap["participants"]:
            self._get(Participant, participant_id, "Le participant").actor_id = actor_id
        self.session.flush()
        self.session.expire_all()
        return self._commit(Changes(actors=True, actions=True, workshops=True))

    # -- actions ---------------------------------------------------------------------------

    def _validate_action(
        self,
        action: Action,
        values: Mapping[str, Any],
        lever_ids: Sequence[int] | None,
        partner_ids: Sequence[int] | None,
        pilot_id: int | None | type[Ellipsis],
    ) -> None:
        _apply(action, ACTION_FIELDS, values)
        if action.start and action.end and action.end < action.start:
            raise ValidationError(
                ACTION_FIELDS["end"].label, "la fin ne peut pas précéder le début.", "end"
            )
        if lever_ids is not None:
            action.levers = [self.lever(i) for i in dict.fromkeys(lever_ids)]
        if partner_ids is not None:
            action.partners = [self.actor(i) for i in dict.fromkeys(partner_ids)]
        if pilot_id is not ...:
            action.pilot = self.actor(pilot_id) if pilot_id is not None else None

    def add_action(
        self,
        *,
        action_id: int | None = None,
        uid: str | None = None,
        lever_ids: Sequence[int] = (),
        partner_ids: Sequence[int] = (),
        pilot_id: int | None = None,
        **values: Any,
    ) -> Changes:
        action = self._new_action(action_id, uid, lever_ids, partner_ids, pilot_id, values)
        return self._commit(Changes(actions=True, created_id=action.id))

    def _new_action(self, action_id, uid, lever_ids, partner_ids, pilot_id, values) -> Action:
        """The action added and flushed, not committed (restore_action adds to the same edit)."""
        action = Action(id=action_id, uid=uid or new_uid())
        values.setdefault("title", "")
        self._guard(self._validate_action, action, values, lever_ids, partner_ids, pilot_id)
        action.diagnostic_id = self.diagnostic().id
        self.session.add(action)
        self.session.flush()
        self.session.expire(self.diagnostic(), ["actions"])
        return action

    def update_action(
        self,
        action_id: int,
        *,
        lever_ids: Sequence[int] | None = None,
        partner_ids: Sequence[int] | None = None,
        pilot_id: Any = ...,
        **values: Any,
    ) -> Changes:
        action = self.action(action_id)
        self._guard(self._validate_action, action, values, lever_ids, partner_ids, pilot_id)
        return self._commit(Changes(actions=True))

    def action_from_lever(self, lever_id: int, title: str | None = None) -> Changes:
        """A new action linked to a lever, pre-filled from it (owner, due date, priority)."""
        lever = self.lever(lever_id)
        priority = lever.priority if lever.priority is not Priority.NONE else Priority.MEDIUM
        return self.add_action(
            title=title or f"{lever.code} — {lever.label}"[:200],
            lever_ids=[lever.id],
            partner_ids=[a.id for a in lever.actors],
            end=lever.due,
            priority=priority,
            status=ActionStatus.TODO,
        )

    def snapshot_action(self, action_id: int) -> dict[str, Any]:
        action = self.action(action_id)
        return {
            "id": action.id,
            "uid": action.uid,
            "values": self.fields(action, ACTION_FIELDS),
            "levers": [lv.id for lv in action.levers],
            "partners": [a.id for a in action.partners],
            "pilot": action.pilot_id,
            "indicators": self.tied_indicators(action_id=action.id),
        }

    def remove_action(self, action_id: int) -> Changes:
        self.untie_indicators(action_id=action_id)
        self.session.delete(self.action(action_id))
        self.session.flush()
        self.session.expire(self.diagnostic(), ["actions"])
        return self._commit(Changes(actions=True, indicators=True))

    def restore_action(self, snap: Mapping[str, Any]) -> Changes:
        """Undo of a removal, in one transaction: the action and its indicators' ties."""
        action = self._new_action(snap["id"], snap["uid"], snap["levers"], snap["partners"],
                                  snap["pilot"], dict(snap["values"]))
        self.retie_indicators(snap.get("indicators", []), action_id=action.id)
        return self._commit(Changes(actions=True, created_id=action.id,
                                    indicators=bool(snap.get("indicators"))))

    # -- workshops -------------------------------------------------------------------------

    def _validate_workshop(
        self,
        workshop: Workshop,
        values: Mapping[str, Any],
        step_numbers: Sequence[int] | None,
        participants: Sequence[Mapping[str, Any]] | None,
    ) -> None:
        _apply(workshop, WORKSHOP_FIELDS, values)
        if step_numbers is not None:
            workshop.steps = [self.step(n) for n in sorted(set(step_numbers))]
        if participants is not None:
            kept_uids = {p.id: p.uid for p in workshop.participants}
            people = []
            for position, data in enumerate(participants):
                uid = data.get("uid") or kept_uids.get(data.get("id")) or new_uid()
                person = Participant(id=data.get("id"), uid=uid, position=position)
                _apply(person, PARTICIPANT_FIELDS,
                       {"name": data.get("name", ""), "organisation": data.get("organisation", "")})
                actor_id = data.get("actor_id")
                person.actor = self.actor(actor_id) if actor_id is not None else None
                people.append(person)
            workshop.participants = people

    def add_workshop(
        self,
        *,
        workshop_id: int | None = None,
        uid: str | None = None,
        step_numbers: Sequence[int] = (),
        participants: Sequence[Mapping[str, Any]] = (),
        **values: Any,
    ) -> Changes:
        workshop = Workshop(id=workshop_id, uid=uid or new_uid())
        values.setdefault("date", dt.date.today())
        self._guard(self._validate_workshop, workshop, values, step_numbers, participants)
        workshop.diagnostic_id = self.diagnostic().id
        self.session.add(workshop)
        self.session.flush()
        self.session.expire(self.diagnostic(), ["workshops"])
        return self._commit(Changes(workshops=True, created_id=workshop.id))

    def update_workshop(
        self,
        workshop_id: int,
        *,
        step_numbers: Sequence[int] | None = None,
        participants: Sequence[Mapping[str, Any]] | None = None,
        **values: Any,
    ) -> Changes:
        workshop = self.workshop(workshop_id)
        self._guard(self._validate_workshop, workshop, values, step_numbers, participants)
        return self._commit(Changes(workshops=True))

    def snapshot_workshop(self, workshop_id: int) -> dict[str, Any]:
        w = self.workshop(workshop_id)
        return {
            "id": w.id,
            "uid": w.uid,
            "values": self.fields(w, WORKSHOP_FIELDS),
            "dots_per_participant": w.dots_per_participant,
            "steps": [s.number for s in w.steps],
            "participants": [
                {"id": p.id, "uid": p.uid, "name": p.name, "organisation": p.organisation,
                 "actor_id": p.actor_id}
                for p in w.participants
            ],
            "votes": [(v.lever_id, v.participant_id, v.dots) for v in w.votes],
        }

    def remove_workshop(self, workshop_id: int) -> Changes:
        self.session.delete(self.workshop(workshop_id))
        self.session.flush()
        self.session.expire(self.diagnostic(), ["workshops"])
        return self._commit(Changes(workshops=True))

    def restore_workshop(self, snap: Mapping[str, Any]) -> Changes:
        """Undo of a removal: the same workshop, its participants (same uids; their old ids
        unless another row took them meanwhile) and its votes."""
        wanted = [p["id"] for p in snap["participants"] if p.get("id") is not None]
        taken = set(self.session.scalars(select(Participant.id).where(Participant.id.in_(wanted))))
        # Above every id in use and wanted: a database-chosen id could take a wanted one.
        free = itertools.count(max([self.session.scalar(select(func.max(Participant.id))) or 0,
                                    *wanted]) + 1)
        people = [{**p, "id": next(free)} if p.get("id") in taken else p
                  for p in snap["participants"]]
        changes = self.add_workshop(
            workshop_id=snap["id"], uid=snap["uid"], step_numbers=snap["steps"],
            participants=people, **snap["values"],
        )
        now = {p.uid: p.id for p in self.workshop(snap["id"]).participants}
        ident = {p["id"]: now[p["uid"]] for p in snap["participants"] if p.get("id") is not None}
        votes = [(lever, ident.get(person, person), dots) for lever, person, dots in snap["votes"]]
        self.set_votes(snap["id"], votes, dots_per_participant=snap["dots_per_participant"],
                       check_quota=False)
        return changes

    # -- dot-voting ------------------------------------------------------------------------

    def set_votes(
        self,
        workshop_id: int,
        votes: Iterable[tuple[int, int | None, int]],
        *,
        dots_per_participant: int | None = None,
        check_quota: bool = True,
    ) -> Changes:
        """Replace the votes of a workshop by (lever id, participant id or None, dots).

        Several entries for the same lever and participant add up. The quota is checked
        (see `_check_quota`) unless an earlier state is being put back exactly (undo,
        restore), which must succeed even for a file written before the quota existed.
        """
        self._guard(self._replace_votes, self.workshop(workshop_id), list(votes),
                    dots_per_participant, check_quota)
        return self._commit(Changes(workshops=True))

    def _replace_votes(
        self,
        workshop: Workshop,
        votes: list[tuple[int, int | None, int]],
        dots_per_participant: int | None,
        check_quota: bool = True,
    ) -> None:
        old_quota = workshop.dots_per_participant
        if dots_per_participant is not None:
            if not 1 <= dots_per_participant <= 100:
                raise ValidationError("Gommettes par participant", "saisissez un nombre de 1 à 100.")
            workshop.dots_per_participant = dots_per_participant
        participant_ids = {p.id for p in workshop.participants}
        merged: dict[tuple[int, int | None], int] = {}
        for lever_id, participant_id, dots in votes:
            if isinstance(dots, bool) or not isinstance(dots, int) or dots < 0:
                raise ValidationError("Gommettes", "saisissez un nombre entier positif.")
            if participant_id is not None and participant_id not in participant_ids:
                raise ValidationError("Participant", "ce participant n'est pas inscrit à l'atelier.")
            self.lever(lever_id)
            merged[(lever_id, participant_id)] = merged.get((lever_id, participant_id), 0) + dots
        if check_quota:
            _check_quota(workshop, merged, lowered=workshop.dots_per_participant < old_quota)
        # Row by row through the ORM, not one DELETE: a server's journal records each vote
        # that changed (and a vote kept keeps its row).
        existing = {(v.lever_id, v.participant_id): v for v in workshop.votes}
        people = {p.id: p.uid for p in workshop.participants}
        for key, vote in existing.items():
            if not merged.get(key):
                self.session.delete(vote)
        for (lever_id, participant_id), dots in merged.items():
            if not dots:
                continue
            vote = existing.get((lever_id, participant_id))
            if vote is not None:
                if vote.dots != dots:
                    vote.dots = dots
                continue
            uid = vote_uid(workshop.uid, self.lever(lever_id).uid, people.get(participant_id))
            self.session.add(Vote(workshop_id=workshop.id, lever_id=lever_id, uid=uid,
                                  participant_id=participant_id, dots=dots))
        self.session.flush()
        self.session.expire(workshop, ["votes"])

    def vote_totals(self, workshop_id: int) -> list[tuple[int, int]]:
        """(lever id, total dots), most voted first, ties by lever order."""
        rows = self.session.execute(
            select(Vote.lever_id, func.sum(Vote.dots))
            .where(Vote.workshop_id == workshop_id)
            .group_by(Vote.lever_id)
        ).all()
        order = {lv.id: i for i, lv in enumerate(lv for s in self.steps() for lv in s.levers)}
        return sorted(((lid, int(total)) for lid, total in rows),
                      key=lambda r: (-r[1], order.get(r[0], 0)))

    def vote_tally(self, workshop_id: int) -> VoteTally:
        """What the vote panel, the projector and the minutes show: one count for all."""
        w = self.workshop(workshop_id)
        used = {p.id: 0 for p in w.participants}
        placed = 0
        for v in w.votes:
            placed += v.dots
            if v.participant_id is not None:
                used[v.participant_id] = used.get(v.participant_id, 0) + v.dots
        quota = w.dots_per_participant
        return VoteTally(quota, used, placed, quota * len(w.participants) if w.participants else None)

    def vote_plan(self, workshop_id: int, top: int = TOP_VOTED_LEVERS,
                  note: str = PLAN_NOTE) -> VotePlan:
        """What turning the votes into the action plan does (the rules, in one place): the
        `top` most voted levers become high priority, planned if not yet started, each gets
        a draft action, and the session's decisions gain `note` (%1: the lever codes)."""
        changes: list[tuple[int, dict[str, Any]]] = []
        codes = []
        for lever_id, total in self.vote_totals(workshop_id)[:top]:
            if total <= 0:
                continue
            lever = self.lever(lever_id)
            values: dict[str, Any] = {"priority": Priority.HIGH}
            if lever.status in (LeverStatus.NOT_ASSESSED, LeverStatus.NOT_STARTED):
                values["status"] = LeverStatus.PLANNED
            changes.append((lever_id, values))
            codes.append(lever.code)
        decisions = self.workshop(workshop_id).decisions
        if codes:
            line = note.replace("%1", ", ".join(codes))
            decisions = f"{decisions.rstrip()}\n{line}" if decisions.strip() else line
        return VotePlan(tuple(changes), decisions)

    def votes_to_action_plan(self, workshop_id: int, top: int = TOP_VOTED_LEVERS) -> Changes:
        """Apply `vote_plan` at once (the interface runs the same plan as undoable commands)."""
        plan = self.vote_plan(workshop_id, top)
        changes = Changes()
        for lever_id, values in plan.levers:
            changes |= self.update_lever(lever_id, **values)
            changes |= self.action_from_lever(lever_id)
        if plan.levers:
            changes |= self.update_workshop(workshop_id, decisions=plan.decisions)
        return changes

    # -- jalons ----------------------------------------------------------------------------

    def post_jalon(self, label: str, referential: Referential | None = None,
                   snapshot: _jalons.Snapshot | None = None) -> Changes:
        """Keep the diagnostic as it is now under `label`; `created_id` is its number.

        `snapshot`: taken already (`jalons.take`, e.g. off the GUI thread); else taken here.
        """
        label = clean(JALON_FIELDS["label"], label)
        d = self.diagnostic()
        snap = snapshot or _jalons.take(self.session, referential)
        jalon = Jalon(uid=new_uid(), diagnostic_id=d.id, label=label, taken_at=_jalons.utc_now(),
                      referential_id=d.referential_id, referential_version=d.referential_version,
                      content=snap.content, scores=snap.scores)
        self.session.add(jalon)
        self.session.flush()
        return self._commit(Changes(jalons=True, created_id=jalon.id))

    def jalons(self) -> list[_jalons.JalonInfo]:
        """Every jalon, oldest first (by full timestamp, then number)."""
        rows = self.session.execute(
            select(Jalon.id, Jalon.uid, Jalon.label, Jalon.taken_at, Jalon.referential_id,
                   Jalon.referential_version, Jalon.scores)
            .where(Jalon.diagnostic_id == self.diagnostic_id())
            .order_by(Jalon.taken_at, Jalon.id)
        ).all()
        return [_jalons.JalonInfo(i, uid, label, at, ref, ver, _jalons.StoredScores.parse(scores))
                for i, uid, label, at, ref, ver, scores in rows]

    def jalon(self, jalon_id: int) -> Jalon:
        found = self.session.get(Jalon, jalon_id)
        if found is None or found.diagnostic_id != self.diagnostic_id():
            raise NotFoundError(f"Le jalon n° {jalon_id} n'existe pas ; « essdesk jalons FICHIER » les liste.")
        return found

    def jalon_data(self, jalon_id: int) -> dict[str, Any]:
        """The diagnostic as it was at the jalon: interchange data, as read from a JSON file."""
        try:
            return _jalons.decode(self.jalon(jalon_id).content)
        except ValueError as exc:  # a file changed by another tool
            raise DocumentError(
                f"Le jalon n° {jalon_id} est endommagé et ne peut pas être relu ; les autres jalons "
                "et le diagnostic ne sont pas touchés. Supprimez-le (« essdesk jalon FICHIER "
                f"--delete {jalon_id} »), ou restaurez une sauvegarde."
            ) from exc

    def update_jalon(self, jalon_id: int, **values: Any) -> Changes:
        """Rename a jalon: its label is the one field that changes (JALON_FIELDS)."""
        jalon = self.jalon(jalon_id)
        self._guard(_apply, jalon, JALON_FIELDS, values)
        return self._commit(Changes(jalons=True))

    def snapshot_jalon(self, jalon_id: int) -> dict[str, Any]:
        j = self.jalon(jalon_id)
        return {"id": j.id, "uid": j.uid, "label": j.label, "taken_at": j.taken_at,
                "referential_id": j.referential_id, "referential_version": j.referential_version,
                "content": j.content, "scores": j.scores}

    def remove_jalon(self, jalon_id: int) -> Changes:
        self.session.delete(self.jalon(jalon_id))
        return self._commit(Changes(jalons=True))

    def restore_jalon(self, snap: Mapping[str, Any]) -> Changes:
        """Put back a removed (or un-posted) jalon exactly: same number, uid and content."""
        self.session.add(Jalon(diagnostic_id=self.diagnostic_id(), **snap))
        self.session.flush()
        return self._commit(Changes(jalons=True, created_id=snap["id"]))

    # -- votes and notes from phones -------------------------------------------------------

    def add_ballots(self, workshop_id: int, ballots: Sequence[Mapping[int, int]]) -> Changes:
        """Add anonymous ballots to the session's group totals, all in one commit.

        A ballot is one phone's dots (lever id → dots): it must fit within
        `dots_per_participant` and name only levers of the session's steps (any lever when
        the session names none). One commit for many ballots: phones voting at once share
        one durable write instead of queueing behind sixty.
        """
        self._guard(self._add_ballots, workshop_id, [dict(b) for b in ballots])
        return self._commit(Changes(workshops=True))

    def _add_ballots(self, workshop_id: int, ballots: list[dict[int, int]]) -> None:
        # Two selects, then the rows that change: sixty phones voting at once queue behind
        # this commit, and each statement hands the interpreter lock to the request threads
        # (bench/figures/phonevote.py). Hence tuples, not the workshop's or levers' rows.
        found = self.session.execute(
            select(
                Workshop.uid,
                Workshop.dots_per_participant,
                select(workshop_step.c.step_id)
                .where(workshop_step.c.workshop_id == Workshop.id)
                .exists(),
            ).where(Workshop.id == workshop_id)
        ).first()
        if found is None:
            raise NotFoundError(f"L'atelier n° {workshop_id} n'existe plus.")
        workshop_uid, quota, names_steps = found
        added: dict[int, int] = {}
        for ballot in ballots:
            if any(isinstance(d, bool) or not isinstance(d, int) or d < 0 for d in ballot.values()):
                raise ValidationError("Gommettes", "saisissez un nombre entier positif.")
            if sum(ballot.values()) > quota:
                raise ValidationError("Gommettes", f"{quota} gommettes au plus par participant.")
            for lever_id, dots in ballot.items():
                if dots:
                    added[lever_id] = added.get(lever_id, 0) + dots
        discussed = workshop_step.c.step_id.is_not(None)
        rows = {
            row.id: row
            for row in self.session.execute(
                select(Lever.id, Lever.uid, Lever.code, discussed.label("discussed"), Vote)
                .join(Step, Lever.step_id == Step.id)
                .outerjoin(
                    workshop_step,
                    and_(
                        workshop_step.c.step_id == Step.id,
                        workshop_step.c.workshop_id == workshop_id,
                    ),
                )
                .outerjoin(
                    Vote,
                    and_(
                        Vote.lever_id == Lever.id,
                        Vote.workshop_id == workshop_id,
                        Vote.participant_id.is_(None),
                    ),
                )
                .where(Lever.id.in_(added))
            )
        }
        for lever_id in added:
            row = rows.get(lever_id)
            if row is None:
                raise NotFoundError(f"Le levier n° {lever_id} n'existe plus.")
            if names_steps and not row.discussed:
                raise ValidationError("Levier", f"le levier {row.code} n'est pas en discussion.")
        for lever_id, dots in added.items():
            vote = rows[lever_id].Vote
            if vote is not None:
                vote.dots += dots
            else:
                self.session.add(
                    Vote(
                        workshop_id=workshop_id,
                        lever_id=lever_id,
                        participant_id=None,
                        dots=dots,
                        uid=vote_uid(workshop_uid, rows[lever_id].uid, None),
                    )
                )
        self.session.flush()
        held = self.session.identity_map.get(self.session.identity_key(Workshop, workshop_id))
        if held is not None:  # a window holding the session sees the new totals
            self.session.expire(held, ["votes"])

    def append_workshop_notes(self, workshop_id: int, line: str) -> Changes:
        """Add one line (an idea, a poll answer) at the end of the session's notes."""
        workshop = self.workshop(workshop_id)
        line = clean_text(line, multiline=False)  # one line: breaks and control characters removed
        if not line:
            raise ValidationError(WORKSHOP_FIELDS["notes"].label, "le texte est vide.")
        notes = f"{workshop.notes.rstrip()}\n{line}" if workshop.notes.strip() else line
        self._guard(_apply, workshop, WORKSHOP_FIELDS, {"notes": notes})
        return self._commit(Changes(workshops=True))

def _dots_by_person(votes: Mapping[tuple[int, int | None], int]) -> dict[int | None, int]:
    used: dict[int | None, int] = {}
    for (_lever, person), dots in votes.items():
        used[person] = used.get(person, 0) + dots
    return used


def _check_quota(workshop: Workshop, votes: Mapping[tuple[int, int | None], int],
                 lowered: bool = False) -> None:
    """Each participant places at most the session's dots; with participants listed, the
    session as a whole (their dots and the group's) holds no more than they all have.

    Only what grows is refused: a session already over (phones' ballots, a file written
    before the quota) can still lose dots. `lowered`: the quota itself goes down, which
    no participant may already be over."""
    quota = workshop.dots_per_participant
    names = {p.id: p.name for p in workshop.participants}
    before = {} if lowered else _dots_by_person(
        {(v.lever_id, v.participant_id): v.dots for v in workshop.votes})
    used = _dots_by_person(votes)
    for person, dots in used.items():
        if person is not None and dots > max(quota, before.get(person, 0)):
            raise ValidationError(
                names.get(person, "Participant"),
                f"chaque participant dispose de {quota} gommettes ; retirez-en une avant d'en placer une autre.",
            )
    available = quota * len(names)
    total = sum(votes.values())
    if names and total > available and total > sum(before.values()):
        raise ValidationError(
            "Gommettes",
            f"l'atelier en compte {available} au plus (participants × gommettes par participant).",
        )


_MUTATORS = ("update_", "set_", "add_", "remove_", "restore_", "post_", "action_from_", "votes_to_")
for _name, _method in [*vars(Services).items(), *vars(IndicatorOperations).items()]:
    if _name.startswith(_MUTATORS) and callable(_method) and not _name.startswith("_"):
        setattr(Services, _name, _refusing_stale(getattr(Services, _name)))
