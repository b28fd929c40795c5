"""Diagnostics built with plain ORM objects for the export tests (no services, no Qt).

`sample` is a small realistic diagnostic (filière laine); `hostile` puts the HOSTILE corpus
in every text field a report shows; `large` is the size of the performance benchmark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, create_engine, event, insert
from sqlalchemy.orm import Session

from essdesk.domain.referential import Referential, load_referential
from essdesk.models.enums import (
    ActionStatus,
    ActorCategory,
    ChainLink,
    FiliereMeaning,
    LeverStatus,
    Priority,
    Scenario,
    TerritoryKind,
)
from essdesk.models.tables import (
    Action,
    Actor,
    Base,
    Diagnostic,
    Lever,
    Participant,
    Step,
    Vote,
    Workshop,
    action_lever,
    action_partner,
    lever_actor,
)

#: Text that has broken spreadsheets and PDF generators; each must come out as typed
#: (control characters aside, which are dropped).
HOSTILE = (
    "=HYPERLINK(\"http://evil.example\";\"clic\")",
    "=1+1",
    "+33 6 12 34 56 78",
    "-2+3",
    "@SUM(A1:A3)",
    "#N/A",
    "R&D <b>gras</b> & <font size=40>énorme</font>",
    "<para>balise</para> &amp; déjà échappé",
    "<r>a & b</r>",  # XlsxWriter's own rich-text markup, written raw when not caught
    "<r><t>run</t></r>",
    "Œuvre cœur € 1 000 — « guillemets » ‘apostrophe’ → ✓ ½",
    "Émoji : 😀🧶🐑",
    "  espaces  en tête",
)
#: Control characters: dropped, the rest of the text kept.
CONTROL = "Début\x00\x07\x0b\x1b\x7fFin"
CONTROL_CLEAN = "DébutFin"


def referential() -> Referential:
    return load_referential()


@contextmanager
def session_scope() -> Iterator[Session]:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _fk(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    Base.metadata.create_all(engine)
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()
        engine.dispose()


def connection(session: Session) -> Connection:
    """What the exports read (a SQLAlchemy connection), here the session's own after a commit."""
    session.commit()
    return session.connection()


def _diagnostic(session: Session, ref: Referential, **identity: object) -> Diagnostic:
    values = {
        "title": "Structurer la filière laine du Pays de Sault",
        "territory_name": "Communauté de communes des Pyrénées audoises",
        "territory_kind": TerritoryKind.COMMUNAUTE_COMMUNES,
        "filiere_name": "Laine",
        "filiere_meaning": FiliereMeaning.VALUE_CHAIN,
        "filiere_sector": "Textile et isolation biosourcée",
        "scenario": Scenario.SUPPORT,
        "facilitator": "Claire Dubreuil (cabinet Trame)",
        "start_date": dt.date(2024, 3, 11),
        "context": "Les éleveurs ovins brûlent ou stockent une laine sans débouché.",
        "referential_id": ref.id,
        "referential_version": ref.version,
    }
    values.update(identity)
    diagnostic = Diagnostic(**values)
    for step_ref in ref.steps:
        step = Step(number=step_ref.number, notes="")
        step.levers = [
            Lever(code=lever.code, label=lever.label, position=index)
            for index, lever in enumerate(step_ref.levers)
        ]
        diagnostic.steps.append(step)
    session.add(diagnostic)
    session.flush()
    return diagnostic


STATUS_CYCLE = (
    LeverStatus.DONE,
    LeverStatus.IN_PROGRESS,
    LeverStatus.PLANNED,
    LeverStatus.NOT_STARTED,
    LeverStatus.NOT_ASSESSED,
    LeverStatus.IN_PROGRESS,
    LeverStatus.NOT_APPLICABLE,
)
PRIORITY_CYCLE = (Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.NONE, Priority.HIGH)

ACTORS = (
    ("Coopérative Laines du Sault", ActorCategory.COOPERATIVE, ChainLink.PRODUCTION),
    ("Filature du Moulin", ActorCategory.ENTREPRISE_HORS_ESS, ChainLink.TRANSFORMATION),
    ("Atelier d'insertion Fil d'Ariane", ActorCategory.SIAE, ChainLink.TRANSFORMATION),
    ("Association des éleveurs ovins", ActorCategory.ASSOCIATION, ChainLink.UPSTREAM),
    ("Boutique paysanne de Belcaire", ActorCategory.SCIC, ChainLink.DISTRIBUTION),
    ("Chambre d'agriculture de l'Aude", ActorCategory.CHAMBRE_CONSULAIRE, ChainLink.SUPPORT),
    ("Isolaine SARL", ActorCategory.ENTREPRISE_HORS_ESS, ChainLink.USAGE),
    ("Ressourcerie du Pays de Sault", ActorCategory.ASSOCIATION, ChainLink.END_OF_LIFE),
)


def sample(session: Session, ref: Referential) -> Diagnostic:
    """A small realistic diagnostic: every step, 8 actors, 3 actions, 2 workshops."""
    diagnostic = _diagnostic(session, ref)
    levers = [lever for step in diagnostic.steps for lever in step.levers]
    for index, lever in enumerate(levers):
        lever.status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
        lever.priority = PRIORITY_CYCLE[index % len(PRIORITY_CYCLE)]
        lever.weight = 1 + index % 3
        lever.notes = f"Constat partagé en atelier sur le levier {lever.code}." if index % 2 else ""
        lever.owner = "Service développement économique" if index % 3 == 0 else ""
        lever.due = dt.date(2025, 1 + index % 12, 15) if index % 4 == 0 else None
    diagnostic.steps[5].levers.append(
        Lever(
            code="6.99",
            label="Débouché paillage pour les espaces verts communaux",
            custom=True,
            position=99,
            status=LeverStatus.PLANNED,
            priority=Priority.HIGH,
            notes="Proposé par les éleveurs lors du deuxième atelier.",
        )
    )
    diagnostic.steps[0].notes = "Diagnostic conduit avec le PNR et la chambre d'agriculture."
    actors = []
    for index, (name, category, link) in enumerate(ACTORS):
        actor = Actor(
            name=name,
            category=category,
            chain_link=link,
            ess=category not in (ActorCategory.ENTREPRISE_HORS_ESS,),
            role="Collecte et tri de la laine" if index % 2 == 0 else "Transformation",
            commune="Belcaire" if index % 2 else "Espezel",
            contact=f"Personne Contact{index}",
            email=f"contact{index}@exemple.fr",
            phone=f"04 68 20 00 0{index}",
            notes="Membre du comité de pilotage." if index < 3 else "",
        )
        actors.append(actor)
    diagnostic.actors = actors
    levers[0].actors = [actors[0], actors[3]]
    levers[1].actors = [actors[1]]
    diagnostic.actions = [
        Action(
            title="Étude de faisabilité d'une unité de lavage",
            pilot=actors[0],
            partners=[actors[1], actors[5]],
            levers=[levers[0], levers[1], levers[4]],
            start=dt.date(2025, 2, 1),
            end=dt.date(2025, 9, 30),
            budget_cents=4_500_000,
            funding="Région Occitanie, LEADER",
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            indicator="Étude rendue et débattue en comité",
            notes="Cahier des charges validé en janvier.",
        ),
        Action(
            title="Achat public de paillage en laine",
            pilot=None,
            start=None,
            end=None,
            budget_cents=None,
            status=ActionStatus.TODO,
        ),
        Action(
            title="Journée de la laine à Belcaire",
            pilot=actors[4],
            start=dt.date(2024, 10, 5),
            end=dt.date(2024, 10, 5),
            budget_cents=120_050,
            funding="Communauté de communes",
            status=ActionStatus.DONE,
            priority=Priority.MEDIUM,
        ),
    ]
    first = Workshop(
        date=dt.date(2024, 4, 18),
        place="Salle des fêtes d'Espezel",
        notes="Tour de table, cartographie des acteurs.",
        decisions="Créer un groupe de travail débouchés.",
        steps=[diagnostic.steps[0], diagnostic.steps[2]],
        participants=[
            Participant(position=0, name="Jeanne Martin", organisation="Coopérative Laines du Sault"),
            Participant(position=1, name="Paul Roux", organisation="Coopérative Laines du Sault"),
            Participant(position=2, name="Inès Garcia", organisation="", actor=actors[1]),
        ],
    )
    second = Workshop(
        date=dt.date(2024, 6, 6),
        place="Mairie de Belcaire",
        decisions="Prioriser le financement de l'unité de lavage.",
        steps=[diagnostic.steps[3]],
        participants=[Participant(position=0, name="Luc Bonnet", organisation="Isolaine SARL")],
    )
    diagnostic.workshops = [second, first]
    session.flush()
    session.add_all(
        [
            Vote(workshop_id=first.id, lever_id=levers[0].id, dots=5),
            Vote(workshop_id=first.id, lever_id=levers[8].id, dots=2),
            Vote(workshop_id=first.id, lever_id=levers[0].id, dots=1),
        ]
    )
    session.commit()
    return diagnostic


def hostile(session: Session, ref: Referential) -> Diagnostic:
    """The sample, with the hostile corpus in the text fields both exports show."""
    diagnostic = sample(session, ref)
    levers = [lever for step in diagnostic.steps for lever in step.levers]
    for lever, text in zip(levers, HOSTILE, strict=False):
        lever.notes = text
        lever.owner = text
    for actor, text in zip(diagnostic.actors, HOSTILE, strict=False):
        actor.name = text
        actor.role = text
    diagnostic.actors[-1].notes = CONTROL
    action = diagnostic.actions[0]
    action.title = HOSTILE[0]
    action.notes = HOSTILE[6]
    diagnostic.workshops[0].decisions = HOSTILE[7]
    diagnostic.workshops[0].place = CONTROL
    diagnostic.title = "R&D <filière> =laine"
    session.commit()
    return diagnostic


def large(
    session: Session,
    ref: Referential,
    *,
    actors: int = 5000,
    actions: int = 1000,
    workshops: int = 50,
    participants: int = 20,
    note_chars: int = 2000,
) -> Diagnostic:
    """The benchmark's size: bulk inserts, so that building it stays quick."""
    diagnostic = _diagnostic(session, ref)
    levers = [lever for step in diagnostic.steps for lever in step.levers]
    word = "laine lavée cardée filée tissée feutrée "
    note = (word * (note_chars // len(word) + 1))[:note_chars]
    for index, lever in enumerate(levers):
        lever.notes = note
        lever.status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
        lever.priority = PRIORITY_CYCLE[index % len(PRIORITY_CYCLE)]
        lever.owner = f"Responsable {index}"
    links = list(ChainLink)
    session.execute(
        insert(Actor),
        [
            {
                "diagnostic_id": diagnostic.id,
                "name": f"Acteur {i:05d} de la filière",
                "ess": i % 3 != 0,
                "category": ActorCategory.ASSOCIATION,
                "chain_link": links[i % len(links)],
                "role": "Production et transformation de laine locale",
                "commune": "Belcaire",
                "contact": f"Contact {i}",
                "email": f"acteur{i}@exemple.fr",
                "phone": "04 68 20 00 00",
                "notes": "Adhérent du collectif.",
            }
            for i in range(actors)
        ],
    )
    actor_ids = [a.id for a in session.query(Actor.id).order_by(Actor.id)]
    session.execute(
        insert(lever_actor),
        [
            {"lever_id": lever.id, "actor_id": actor_ids[(k * 37 + n) % len(actor_ids)]}
            for k, lever in enumerate(levers)
            for n in range(5)
        ],
    )
    session.execute(
        insert(Action),
        [
            {
                "diagnostic_id": diagnostic.id,
                "title": f"Action {i:04d} : structurer la collecte",
                "pilot_id": actor_ids[i % len(actor_ids)],
                "start": dt.date(2025, 1, 1) + dt.timedelta(days=i % 700),
                "end": dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                "budget_cents": 100_000 + i,
                "funding": "Région",
                "status": ActionStatus.TODO,
                "priority": Priority.MEDIUM,
                "indicator": "Tonnes de laine collectées",
                "notes": "À préciser en comité.",
            }
            for i in range(actions)
        ],
    )
    action_ids = [a.id for a in session.query(Action.id).order_by(Action.id)]
    session.execute(
        insert(action_lever),
        [{"action_id": a, "lever_id": levers[i % len(levers)].id} for i, a in enumerate(action_ids)],
    )
    session.execute(
        insert(action_partner),
        [{"action_id": a, "actor_id": actor_ids[(i * 7) % len(actor_ids)]} for i, a in enumerate(action_ids)],
    )
    for w in range(workshops):
        workshop = Workshop(
            diagnostic_id=diagnostic.id,
            date=dt.date(2024, 1, 1) + dt.timedelta(days=7 * w),
            place=f"Salle {w}",
            notes="Compte rendu de séance.",
            decisions="Décisions de séance.",
            participants=[
                Participant(position=p, name=f"Participant {w}-{p}", organisation=f"Structure {p % 7}")
                for p in range(participants)
            ],
        )
        session.add(workshop)
    session.commit()
    return diagnostic
