"""The report model: everything the Excel and PDF exports show, computed once.

`build_report` reads a diagnostic with a few bulk queries (no query per row) and returns
immutable named tuples (defining one costs a seventh of a frozen dataclass, which counted in
the start-up of a command-line export, issue 6): the renderers never touch the database, and
both formats show the same figures. Text is returned as stored; each renderer makes it safe
for its own format.
Qt-free, and free of openpyxl/reportlab (imported only by essdesk.export).

Anonymised reports (`anonymise=True`, for documents shared outside the collectivité) drop
personal data: an actor's contact person, email and phone, and workshop participants' names
(their number and organisations remain).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from types import SimpleNamespace
from typing import TYPE_CHECKING, NamedTuple, Protocol

from essdesk.domain.indicator_course import Course
from essdesk.domain.referential import Words, referential_of
from essdesk.domain.scoring import LeverInput, Score, score_by_step
from essdesk.errors import EssdeskError
from essdesk.models.enums import (
    ActionStatus,
    ActorCategory,
    ChainLink,
    LeverStatus,
    Priority,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Select

#: The parts' colours in the "Évolution" charts of every format, in turn (cycled past the last).
STEP_COLOURS = ("#2E6F68", "#B4572E", "#4A78A8", "#C9A227", "#7A5195", "#5B8C3A", "#C2416B",
                "#3B8EA5", "#8C6D31", "#5E5E9E", "#A33B3B", "#4F7F5F")
#: Below this many parts a radar says nothing (a line, a point): the bars stand alone.
RADAR_MIN_PARTS = 3

#: The report's sections, in order, with their titles: the PDF, the DOCX and the workbook
#: each write every one (their SECTIONS map them to their own methods;
#: tests/test_export_sections.py names a renderer that lacks one).
SECTIONS = {
    "synthese": "Synthèse",
    "evolution": "Évolution",  # only when the diagnostic has jalons
    "prioritaires": "Leviers prioritaires",
    "etapes": "Les parties de la méthode",  # each part is its own entry, titled by its words
    "acteurs": "Cartographie des acteurs",
    "plan": "Plan d'action",
    "indicateurs": "Indicateurs",  # only when the diagnostic has some
    "ateliers": "Ateliers",
    "recommandations": "Recommandations",
    "suites": "Suites proposées",
}
#: Lever statuses that still call for work (used for "levers to act on first").
OPEN_STATUSES = frozenset(
    {
        LeverStatus.NOT_ASSESSED,
        LeverStatus.NOT_STARTED,
        LeverStatus.PLANNED,
        LeverStatus.IN_PROGRESS,
    }
)


class _StepInfo(Protocol):
    title: str
    objective: str


class ReferentialLike(Protocol):
    title: str
    version: str
    publisher: str
    words: Words
    steps: tuple

    def step(self, number: int) -> _StepInfo: ...


# --------------------------------------------------------------------------- rows


class Identity(NamedTuple):
    title: str
    territory_name: str
    territory_kind: str
    filiere_name: str
    filiere_meaning: str
    filiere_sector: str
    scenario: str
    facilitator: str
    start_date: dt.date | None
    context: str
    method: str
    exported_on: dt.date
    anonymised: bool


class LeverRow(NamedTuple):
    step: int
    code: str
    label: str
    custom: bool
    status: LeverStatus
    priority: Priority
    weight: int
    notes: str
    owner: str
    due: dt.date | None
    actors: tuple[str, ...]
    actions: tuple[str, ...]

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def priority_label(self) -> str:
        return self.priority.label


class ScoreRow(NamedTuple):
    maturity: float | None
    completion: float | None
    total: int
    assessed: int
    by_status: tuple[tuple[LeverStatus, int], ...]

    @classmethod
    def of(cls, score: Score) -> ScoreRow:
        return cls(
            maturity=score.maturity,
            completion=score.completion,
            total=score.total,
            assessed=score.assessed,
            by_status=tuple((s, score.by_status.get(s, 0)) for s in LeverStatus),
        )


class StepSection(NamedTuple):
    number: int
    title: str
    objective: str
    notes: str
    score: ScoreRow
    levers: tuple[LeverRow, ...]
    #: High-priority levers of the step that are not done yet.
    high_priority_open: int


class ActorRow(NamedTuple):
    name: str
    ess: bool
    category: ActorCategory
    chain_link: ChainLink
    role: str
    commune: str
    contact: str
    email: str
    phone: str
    notes: str
    levers: tuple[str, ...]


class ActorGroup(NamedTuple):
    chain_link: ChainLink
    actors: tuple[ActorRow, ...]

    @property
    def label(self) -> str:
        return self.chain_link.label

    @property
    def ess_count(self) -> int:
        return sum(1 for a in self.actors if a.ess)

    @property
    def non_ess_count(self) -> int:
        return len(self.actors) - self.ess_count


class ActionRow(NamedTuple):
    title: str
    pilot: str
    partners: tuple[str, ...]
    levers: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    budget_cents: int | None
    funding: str
    status: ActionStatus
    priority: Priority
    indicator: str
    notes: str
    #: The action's number: the minutes order the actions of a voted lever by creation.
    id: int = 0

    @property
    def budget_euros(self) -> float | None:
        return None if self.budget_cents is None else self.budget_cents / 100


class ParticipantRow(NamedTuple):
    name: str  # empty in anonymised reports
    organisation: str


class VoteRow(NamedTuple):
    code: str
    label: str
    dots: int


class WorkshopRow(NamedTuple):
    date: dt.date | None
    place: str
    steps: tuple[int, ...]
    participants: tuple[ParticipantRow, ...]
    notes: str
    decisions: str
    votes: tuple[VoteRow, ...]
    #: The session's number (`essdesk minutes --session N`), its dots per participant and
    #: how many participants voted: what the minutes show (export/minutes.py).
    id: int = 0
    dots_per_participant: int = 0
    voters: int = 0

    @property
    def participant_count(self) -> int:
        return len(self.participants)

    @property
    def organisations(self) -> tuple[tuple[str, int], ...]:
        """Organisations represented, with their number of participants, most first."""
        counts = Counter(p.organisation.strip() or "Sans organisation" for p in self.participants)
        return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())))


class MilestoneRow(NamedTuple):
    """A jalon's maturity as stored when it was posted (never recomputed); the last row of
    `Report.milestones` is the diagnostic today (`taken_at` None)."""

    label: str
    taken_at: dt.datetime | None  # local time
    steps: tuple[float | None, ...]  # maturity of the parts, in order
    overall: float | None


class JournalRow(NamedTuple):
    """One line of a server diagnostic's journal, as people read it."""

    at: dt.datetime  # local time
    who: str
    step: int | None
    element: str  # "Levier 3.2", "Acteur Scierie du Haut"…
    field: str  # the field's French label, or "création" / "suppression"
    before: str
    after: str


class Report(NamedTuple):
    identity: Identity
    overall: ScoreRow
    steps: tuple[StepSection, ...]
    levers: tuple[LeverRow, ...]
    #: High-priority levers not done yet, in step order.
    priority_levers: tuple[LeverRow, ...]
    actors: tuple[ActorRow, ...]
    actor_groups: tuple[ActorGroup, ...]
    actions: tuple[ActionRow, ...]
    workshops: tuple[WorkshopRow, ...]
    #: The course over time ("Évolution"): each jalon, then today; empty without jalons.
    milestones: tuple[MilestoneRow, ...] = ()
    #: Impact indicators, each with its dated values (issue 18 §2); empty without any.
    indicators: tuple[Course, ...] = ()
    #: Who changed what on a server diagnostic (oldest first); a file has no journal, and an
    #: anonymised report leaves it out (it names people and quotes their values).
    journal: tuple[JournalRow, ...] = ()
    #: What the method calls its parts and levers ("Axe 2", "actions").
    words: Words = Words()

    def part(self, number: int) -> str:
        """ "Étape 3", "Axe 3": the part named by the method's own word."""
        return f"{self.part_word} {number}"

    def the_part(self, number: int) -> str:
        """ "l'étape 3", "l'axe 3", "le défi 3": with its article."""
        part = self.words.part
        if part[:1].lower() in "aâàeéèêiîoôuûyh":
            return f"l'{part} {number}"
        return f"{'la' if self.words.feminine else 'le'} {part} {number}"

    @property
    def lever_word(self) -> str:
        """ "Levier", "Action": a column heading."""
        return self.words.lever[:1].upper() + self.words.lever[1:]

    @property
    def levers_word(self) -> str:
        """ "Leviers", "Actions": a heading."""
        return self.words.levers[:1].upper() + self.words.levers[1:]

    def section(self, key: str) -> str:
        """A section's title (SECTIONS), in the method's words where it names levers."""
        if key == "prioritaires":
            return f"{self.levers_word} prioritaires"  # the adjective agrees either way
        return SECTIONS[key]

    @property
    def part_word(self) -> str:
        """ "Étape", "Axe": a column heading."""
        return self.words.part[:1].upper() + self.words.part[1:]

    @property
    def parts_word(self) -> str:
        """ "Étapes", "Axes": a column heading."""
        return self.words.parts[:1].upper() + self.words.parts[1:]

    def assessed(self, score: ScoreRow) -> str:
        """ "12 leviers sur 40" (assessed, beside « Complétude »): no agreement to guess."""
        return f"{score.assessed} {self.words.levers} sur {score.total}"

    @property
    def radar(self) -> bool:
        """Whether a radar is drawn: three parts or more."""
        return len(self.steps) >= RADAR_MIN_PARTS

    @property
    def ess_count(self) -> int:
        return sum(1 for a in self.actors if a.ess)

    @property
    def total_budget_cents(self) -> int:
        return sum(a.budget_cents or 0 for a in self.actions)

    def step(self, number: int) -> StepSection:
        return self.steps[number - 1]


# --------------------------------------------------------------------------- building


class _Record(SimpleNamespace):
    """A row of the document, with its children attached (steps.levers, …)."""


def _records(conn: Connection, statement: Select) -> list[_Record]:
    """Rows as records; values come typed by the models' columns (enums, dates, booleans)."""
    result = conn.execute(statement)
    keys = list(result.keys())
    return [_Record(**dict(zip(keys, row, strict=True))) for row in result]


def _load(conn: Connection) -> _Record:
    """The diagnostic and everything a report shows, in a handful of SELECTs.

    SQLAlchemy Core on the store's read-only connection (a file's snapshot or a server's
    transaction): one read path for both stores. `tests/test_report_source.py` checks that
    these records carry what the ORM reads from the same document.
    """
    from sqlalchemy import select

    from essdesk.models.tables import Base

    t = SimpleNamespace(**Base.metadata.tables)
    found = _records(conn, select(t.diagnostic).order_by(t.diagnostic.c.id).limit(1))
    if not found:
        raise EssdeskError("Ce document ne contient pas encore de diagnostic : rien à exporter.")
    diagnostic = found[0]
    ident = diagnostic.id
    step, lever, actor, action, workshop = t.step, t.lever, t.actor, t.action, t.workshop

    diagnostic.steps = _records(
        conn, select(step).where(step.c.diagnostic_id == ident).order_by(step.c.number))
    step_by_id = {s.id: s for s in diagnostic.steps}
    for s in diagnostic.steps:
        s.levers = []
    levers = _records(conn, select(lever).join(step, step.c.id == lever.c.step_id)
                      .where(step.c.diagnostic_id == ident).order_by(lever.c.position, lever.c.id))
    for row in levers:
        step_by_id[row.step_id].levers.append(row)
    lever_by_id = {row.id: row for row in levers}
    diagnostic.lever_actor_ids = defaultdict(list)
    la = t.lever_actor
    for lever_id, actor_id in conn.execute(
        select(la.c.lever_id, la.c.actor_id).join(lever, lever.c.id == la.c.lever_id)
        .join(step, step.c.id == lever.c.step_id).where(step.c.diagnostic_id == ident)
        .order_by(la.c.actor_id)
    ):
        diagnostic.lever_actor_ids[lever_id].append(actor_id)

    diagnostic.actors = _records(
        conn, select(actor).where(actor.c.diagnostic_id == ident).order_by(actor.c.id))
    actor_by_id = {a.id: a for a in diagnostic.actors}

    diagnostic.actions = _records(
        conn, select(action).where(action.c.diagnostic_id == ident).order_by(action.c.id))
    action_by_id = {a.id: a for a in diagnostic.actions}
    for a in diagnostic.actions:
        a.levers, a.partners = [], []
    al, ap = t.action_lever, t.action_partner
    for action_id, lever_id in conn.execute(
        select(al.c.action_id, al.c.lever_id).join(action, action.c.id == al.c.action_id)
        .where(action.c.diagnostic_id == ident).order_by(al.c.lever_id)
    ):
        action_by_id[action_id].levers.append(lever_by_id[lever_id])
    for action_id, actor_id in conn.execute(
        select(ap.c.action_id, ap.c.actor_id).join(action, action.c.id == ap.c.action_id)
        .where(action.c.diagnostic_id == ident).order_by(ap.c.actor_id)
    ):
        action_by_id[action_id].partners.append(actor_by_id[actor_id])

    diagnostic.workshops = _records(
        conn, select(workshop).where(workshop.c.diagnostic_id == ident).order_by(workshop.c.id))
    workshop_by_id = {w.id: w for w in diagnostic.workshops}
    for w in diagnostic.workshops:
        w.participants, w.steps, w.votes = [], [], []
    participant, vote, ws = t.participant, t.vote, t.workshop_step
    for row in _records(
        conn, select(participant).join(workshop, workshop.c.id == participant.c.workshop_id)
        .where(workshop.c.diagnostic_id == ident).order_by(participant.c.position, participant.c.id)
    ):
        workshop_by_id[row.workshop_id].participants.append(row)
    for workshop_id, step_id in conn.execute(
        select(ws.c.workshop_id, ws.c.step_id).join(step, step.c.id == ws.c.step_id)
        .where(step.c.diagnostic_id == ident).order_by(step.c.number)
    ):
        workshop_by_id[workshop_id].steps.append(step_by_id[step_id])
    for row in _records(
        conn, select(vote).join(workshop, workshop.c.id == vote.c.workshop_id)
        .where(workshop.c.diagnostic_id == ident).order_by(vote.c.id)
    ):
        workshop_by_id[row.workshop_id].votes.append(row)
    jalon = t.jalon
    diagnostic.jalons = _records(
        conn, select(jalon.c.label, jalon.c.taken_at, jalon.c.scores)
        .where(jalon.c.diagnostic_id == ident).order_by(jalon.c.taken_at, jalon.c.id))
    return diagnostic


def _milestones(jalons: list[_Record], scores, numbers: tuple[int, ...]) -> tuple[MilestoneRow, ...]:
    from essdesk.domain.jalons import StoredScores

    if not jalons:
        return ()
    rows = []
    for j in jalons:
        stored = StoredScores.parse(j.scores)
        rows.append(MilestoneRow(j.label, j.taken_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
                                 tuple(stored.maturity(n) for n in numbers), stored.maturity()))
    rows.append(MilestoneRow("Aujourd'hui", None, tuple(scores.steps[n].maturity for n in numbers),
                             scores.overall.maturity))
    return tuple(rows)


def _identity(diagnostic: _Record, referential: ReferentialLike, anonymise: bool) -> Identity:
    publisher = referential.publisher.split(" — ")[0]  # "RTES — Réseau des …": its short name
    method = f"{referential.title} ({publisher}), version {referential.version}"
    return Identity(
        title=diagnostic.title,
        territory_name=diagnostic.territory_name,
        territory_kind=diagnostic.territory_kind.label,
        filiere_name=diagnostic.filiere_name,
        filiere_meaning=diagnostic.filiere_meaning.label,
        filiere_sector=diagnostic.filiere_sector,
        scenario=diagnostic.scenario.label,
        facilitator=diagnostic.facilitator,
        start_date=diagnostic.start_date,
        context=diagnostic.context,
        method=method,
        exported_on=dt.date.today(),
        anonymised=anonymise,
    )


def _step_texts(referential: ReferentialLike, number: int) -> tuple[str, str]:
    try:
        ref = referential.step(number)
    except KeyError:
        words = referential.words.part
        return f"{words[:1].upper()}{words[1:]} {number}", ""
    return ref.title, ref.objective


def _action_sort_key(action: ActionRow) -> tuple:
    first = action.start or action.end
    return (first is None, first or dt.date.max, action.end or dt.date.max, action.title.casefold())


def build_report(
    conn: Connection, referential: ReferentialLike | None = None, *, anonymise: bool = False
) -> Report:
    """Everything both exports show, computed once from a document read with core.snapshot.

    `referential` None: the diagnostic's own (its copy, read from the same connection)."""
    diagnostic = _load(conn)
    if referential is None:
        referential = referential_of(diagnostic.referential_id, diagnostic.referential_version,
                                     diagnostic.referential_data)
    actors_by_id = {a.id: a for a in diagnostic.actors}
    all_levers = [lever for step in diagnostic.steps for lever in step.levers]
    lever_by_id = {lever.id: lever for lever in all_levers}
    step_of = {step.id: step.number for step in diagnostic.steps}
    lever_actors = diagnostic.lever_actor_ids

    actions_of_lever: dict[int, list[str]] = defaultdict(list)
    for action in diagnostic.actions:
        for lever in action.levers:
            actions_of_lever[lever.id].append(action.title)
    levers_of_actor: dict[int, list[str]] = defaultdict(list)
    for lever in all_levers:
        for actor_id in lever_actors.get(lever.id, ()):
            levers_of_actor[actor_id].append(lever.code)

    lever_rows = tuple(
        LeverRow(
            step=step_of[lever.step_id],
            code=lever.code,
            label=lever.label,
            custom=lever.custom,
            status=lever.status,
            priority=lever.priority,
            weight=lever.weight,
            notes=lever.notes,
            owner=lever.owner,
            due=lever.due,
            actors=tuple(actors_by_id[i].name for i in lever_actors.get(lever.id, ())),
            actions=tuple(actions_of_lever.get(lever.id, ())),
        )
        for lever in all_levers
    )
    # Every part of the method, and any part the file holds beyond it (never drop data).
    numbers = tuple(sorted({s.number for s in referential.steps} | {step.number for step in diagnostic.steps}))
    scores = score_by_step(
        ((row.step, LeverInput(row.status, row.priority, row.weight)) for row in lever_rows),
        numbers,
    )
    notes_of_step = {step.number: step.notes for step in diagnostic.steps}
    steps = []
    for number in numbers:
        title, objective = _step_texts(referential, number)
        levers = tuple(row for row in lever_rows if row.step == number)
        steps.append(
            StepSection(
                number=number,
                title=title,
                objective=objective,
                notes=notes_of_step.get(number, ""),
                score=ScoreRow.of(scores.steps[number]),
                levers=levers,
                high_priority_open=sum(1 for r in levers if _is_priority(r)),
            )
        )

    actors = tuple(
        sorted(
            (_actor_row(a, levers_of_actor.get(a.id, ()), anonymise) for a in diagnostic.actors),
            key=_actor_sort_key,
        )
    )
    groups = tuple(
        ActorGroup(link, tuple(a for a in actors if a.chain_link is link))
        for link in ChainLink
        if any(a.chain_link is link for a in actors)
    )
    actions = tuple(
        sorted(
            (_action_row(a, actors_by_id) for a in diagnostic.actions),
            key=_action_sort_key,
        )
    )
    workshops = tuple(
        sorted(
            (_workshop_row(w, actors_by_id, lever_by_id, anonymise) for w in diagnostic.workshops),
            key=lambda w: (w.date is None, w.date or dt.date.max),
        )
    )
    return Report(
        identity=_identity(diagnostic, referential, anonymise),
        overall=ScoreRow.of(scores.overall),
        steps=tuple(steps),
        levers=lever_rows,
        priority_levers=tuple(r for r in lever_rows if _is_priority(r)),
        actors=actors,
        actor_groups=groups,
        actions=actions,
        workshops=workshops,
        milestones=_milestones(diagnostic.jalons, scores, numbers),
        journal=() if anonymise else _journal(conn, diagnostic),
        words=referential.words,
        indicators=_indicators(conn, diagnostic.id, lever_by_id,
                               {a.id: a.title for a in diagnostic.actions}),
    )


def _indicators(conn: Connection, diagnostic_id: int, lever_by_id: dict,
                action_titles: dict[int, str]) -> tuple[Course, ...]:
    """The indicators in their order, each with its values by date (two SELECTs)."""
    from sqlalchemy import select

    from essdesk.models.tables import Base

    indicator, value = Base.metadata.tables["indicator"], Base.metadata.tables["indicator_value"]
    found = _records(conn, select(indicator).where(indicator.c.diagnostic_id == diagnostic_id)
                     .order_by(indicator.c.position, indicator.c.id))
    points: dict[int, list[tuple[dt.date, float]]] = defaultdict(list)
    if found:
        for row in conn.execute(
            select(value.c.indicator_id, value.c.date, value.c.value)
            .where(value.c.indicator_id.in_([i.id for i in found]))
            .order_by(value.c.date, value.c.id)
        ):
            points[row.indicator_id].append((row.date, row.value))
    return tuple(
        Course(i.uid, i.name, i.unit, i.baseline, i.target,
               lever_by_id[i.lever_id].code if i.lever_id in lever_by_id else "",
               action_titles.get(i.action_id, ""), tuple(points[i.id]))
        for i in found
    )


_ENTITIES = {"diagnostic": "Diagnostic", "step": "Étape", "lever": "Levier", "actor": "Acteur",
             "action": "Action", "workshop": "Atelier", "participant": "Participant",
             "vote": "Vote", "jalon": "Jalon"}


def _journal(conn: Connection, diagnostic: _Record) -> tuple[JournalRow, ...]:
    """The server's journal lines with names for the rows they touch."""
    if conn.dialect.name != "postgresql":
        return ()
    from sqlalchemy import inspect, select

    from essdesk.domain.history import field_label, readable
    from essdesk.store.journal import journal

    if not inspect(conn).has_table("journal"):
        return ()
    names: dict[tuple[str, int], str] = {("step", s.id): str(s.number) for s in diagnostic.steps}
    for step in diagnostic.steps:
        names.update({("lever", x.id): x.code for x in step.levers})
    names.update({("actor", a.id): a.name for a in diagnostic.actors})
    names.update({("action", a.id): a.title for a in diagnostic.actions})
    names.update({
        ("workshop", w.id): " ".join(filter(None, (w.date and w.date.strftime("%d/%m/%Y"),
                                                   w.place)))
        for w in diagnostic.workshops
    })
    rows = []
    for line in conn.execute(select(journal).order_by(journal.c.id)):
        def shown(raw: str | None, line=line) -> str:
            if not line.field or raw is None:
                return ""
            return readable(line.entity, line.field, json.loads(raw))

        kind = _ENTITIES.get(line.entity, line.entity)
        name = names.get((line.entity, line.row_id or 0), "")
        if line.field:
            field = field_label(line.entity, line.field)
        else:
            field = "création" if line.before is None else "suppression"
        rows.append(JournalRow(
            at=line.at.astimezone().replace(tzinfo=None), who=line.who, step=line.step,
            element=f"{kind} {name}".strip(), field=field,
            before=shown(line.before), after=shown(line.after),
        ))
    return tuple(rows)


def _is_priority(row: LeverRow) -> bool:
    return row.priority is Priority.HIGH and row.status in OPEN_STATUSES


_LINK_ORDER = {link: index for index, link in enumerate(ChainLink)}


def _actor_sort_key(row: ActorRow) -> tuple:
    return (_LINK_ORDER[row.chain_link], row.name.casefold())


def _actor_row(actor: _Record, levers: Iterable[str], anonymise: bool) -> ActorRow:
    return ActorRow(
        name=actor.name,
        ess=actor.ess,
        category=actor.category,
        chain_link=actor.chain_link,
        role=actor.role,
        commune=actor.commune,
        contact="" if anonymise else actor.contact,
        email="" if anonymise else actor.email,
        phone="" if anonymise else actor.phone,
        notes=actor.notes,
        levers=tuple(levers),
    )


def _action_row(action: _Record, actors_by_id: dict[int, _Record]) -> ActionRow:
    pilot = actors_by_id.get(action.pilot_id) if action.pilot_id is not None else None
    return ActionRow(
        title=action.title,
        pilot=pilot.name if pilot is not None else "",
        partners=tuple(p.name for p in action.partners),
        levers=tuple(lever.code for lever in action.levers),
        start=action.start,
        end=action.end,
        budget_cents=action.budget_cents,
        funding=action.funding,
        status=action.status,
        priority=action.priority,
        indicator=action.indicator,
        notes=action.notes,
        id=action.id,
    )


def _workshop_row(
    workshop: _Record, actors_by_id: dict[int, _Record], lever_by_id: dict, anonymise: bool
) -> WorkshopRow:
    participants = []
    for p in workshop.participants:
        actor = actors_by_id.get(p.actor_id) if p.actor_id is not None else None
        organisation = p.organisation or (actor.name if actor is not None else "")
        participants.append(ParticipantRow("" if anonymise else p.name, organisation))
    dots: Counter[int] = Counter()
    for vote in workshop.votes:
        dots[vote.lever_id] += vote.dots
    counted = [(lever_by_id[i], n) for i, n in dots.items() if i in lever_by_id and n > 0]
    votes = tuple(
        VoteRow(lever.code, lever.label, n)
        for lever, n in sorted(counted, key=lambda item: (-item[1], item[0].position))
    )
    return WorkshopRow(
        date=workshop.date,
        place=workshop.place,
        steps=tuple(step.number for step in workshop.steps),
        participants=tuple(participants),
        notes=workshop.notes,
        decisions=workshop.decisions,
        votes=votes,
        id=workshop.id,
        dots_per_participant=workshop.dots_per_participant,
        voters=len({v.participant_id for v in workshop.votes if v.participant_id is not None}),
    )
