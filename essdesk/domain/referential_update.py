"""Moving a diagnostic to a newer version of its referential, without losing an assessment.

`preview(services, new)` says what would change (levers added, renamed — same code, new
label —, moved, removed; parts added, renamed, removed) and is what the user reads first.
`apply(services, new)` does it in one transaction and returns an `Update` record;
`revert(services, update)` puts every row back as it was (same ids, uids, codes, positions,
labels), and `apply(services, new, update)` redoes it with the same ids. A removed lever that
carries anything of the group's (status, priority, weight, notes, owner, due, actors,
actions, votes) is kept as a custom lever marked « retiré de la version X », in its part or,
if the part went too, in the last one; a removed part's notes go to the last part's notes
and its workshops to the last part. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select

from essdesk.domain.referential import Referential, dumps
from essdesk.domain.services import Changes, Services
from essdesk.errors import EssdeskError
from essdesk.models.enums import LeverStatus, Priority
from essdesk.models.tables import Lever, Step, Vote, action_lever, workshop_step


@dataclass(frozen=True)
class Preview:
    old_version: str
    new_version: str
    added: tuple[tuple[str, str, int], ...]  # (code, label, part)
    renamed: tuple[tuple[str, str, str], ...]  # (code, old label, new label)
    moved: tuple[tuple[str, int, int], ...]  # (code, old part, new part)
    kept: tuple[tuple[str, str], ...]  # removed but assessed: kept as custom levers
    dropped: tuple[tuple[str, str], ...]  # removed and never assessed: gone
    parts_added: tuple[tuple[int, str], ...]
    parts_renamed: tuple[tuple[int, str, str], ...]
    parts_removed: tuple[tuple[int, str], ...]

    def __bool__(self) -> bool:
        return any(
            (
                self.added,
                self.renamed,
                self.moved,
                self.kept,
                self.dropped,
                self.parts_added,
                self.parts_renamed,
                self.parts_removed,
            )
        )

    def lines(self, new: Referential) -> list[str]:
        """The preview in French, in the referential's own words (nouns: no agreement)."""
        w = new.words
        last = f"la dernière {w.part}" if w.feminine else f"le dernier {w.part}"
        out = [f"Passage de la version {self.old_version} à la version {self.new_version} :"]
        out += [f"Ajout : {w.part} {n} « {t} »" for n, t in self.parts_added]
        out += [f"Nouveau titre : {w.part} {n} « {a} » → « {b} »" for n, a, b in self.parts_renamed]
        out += [
            f"Retrait : {w.part} {n} « {t} » (ses notes, ses ateliers et ses {w.levers} "
            f"évalués vont dans {last})"
            for n, t in self.parts_removed
        ]
        out += [f"Ajout : {w.lever} {c} ({w.part} {p}) « {t} »" for c, t, p in self.added]
        out += [f"Nouveau libellé : {w.lever} {c} « {a} » → « {b} »" for c, a, b in self.renamed]
        out += [
            f"Déplacement : {w.lever} {c}, {w.part} {a} → {w.part} {b}" for c, a, b in self.moved
        ]
        out += [
            f"Retrait : {w.lever} {c} « {t} » — son évaluation est gardée, à part, avec la "
            f"mention « retiré de la version {self.new_version} »"
            for c, t in self.kept
        ]
        out += [f"Retrait : {w.lever} {c} « {t} » (aucune évaluation)" for c, t in self.dropped]
        if not self:
            out.append(f"aucun changement des {w.parts} ni des {w.levers}.")
        return out


@dataclass
class Update:
    """What `apply` did, enough for `revert` to put it back and for a redo to reuse ids."""

    new_version: str
    before_version: str = ""
    before_data: str | None = None
    levers: list[dict[str, Any]] = field(default_factory=list)  # every lever before
    notes: dict[int, str] = field(default_factory=dict)  # step number → notes before
    removed_steps: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)  # levers deleted
    created_levers: dict[str, tuple[int, str]] = field(default_factory=dict)  # code → id, uid
    created_steps: dict[int, int] = field(default_factory=dict)  # number → id


def _has_data(services: Services, lever: Lever) -> bool:
    """Anything the group put on the lever, which must never be thrown away."""
    if (
        lever.status != LeverStatus.NOT_ASSESSED
        or lever.priority != Priority.NONE
        or lever.weight != 1
        or lever.notes
        or lever.owner
        or lever.due
        or lever.actors
    ):
        return True
    session = services.session
    linked = session.scalar(
        select(action_lever.c.action_id).where(action_lever.c.lever_id == lever.id).limit(1)
    )
    voted = session.scalar(select(Vote.id).where(Vote.lever_id == lever.id).limit(1))
    return linked is not None or voted is not None


def _retired(label: str, version: str) -> str:
    return f"{label} (retiré de la version {version})"


def preview(services: Services, old: Referential, new: Referential) -> Preview:
    """What `apply` would change, compared with the diagnostic's own levers."""
    steps = services.steps()
    mine = {lv.code: (lv, s.number) for s in steps for lv in s.levers if not lv.custom}
    new_codes = {lv.code for lv in new.levers}
    titles = {s.number: s.title for s in old.steps}
    count = len(new.steps)
    return Preview(
        old_version=services.diagnostic().referential_version,
        new_version=new.version,
        added=tuple((lv.code, lv.label, lv.step) for lv in new.levers if lv.code not in mine),
        renamed=tuple(
            (lv.code, mine[lv.code][0].label, lv.label)
            for lv in new.levers
            if lv.code in mine and mine[lv.code][0].label != lv.label
        ),
        moved=tuple(
            (lv.code, mine[lv.code][1], lv.step)
            for lv in new.levers
            if lv.code in mine and mine[lv.code][1] != lv.step
        ),
        kept=tuple(
            (c, lv.label)
            for c, (lv, _) in mine.items()
            if c not in new_codes and _has_data(services, lv)
        ),
        dropped=tuple(
            (c, lv.label)
            for c, (lv, _) in mine.items()
            if c not in new_codes and not _has_data(services, lv)
        ),
        parts_added=tuple(
            (s.number, s.title) for s in new.steps if s.number not in {x.number for x in steps}
        ),
        parts_renamed=tuple(
            (s.number, titles[s.number], s.title)
            for s in new.steps
            if s.number in titles and titles[s.number] != s.title
        ),
        parts_removed=tuple(
            (s.number, titles.get(s.number, "")) for s in steps if s.number > count
        ),
    )


def _free_code(taken: set[str]) -> str:
    n = 1
    while f"perso-{n}" in taken:
        n += 1
    return f"perso-{n}"


def apply(services: Services, new: Referential, update: Update | None = None) -> Update:
    """Move the diagnostic to `new` (same id, newer version); `update`: a redo."""
    session = services.session
    current = services.diagnostic()
    if new.id != current.referential_id:
        raise EssdeskError(
            f"« {new.title} » ({new.id}) n'est pas le référentiel de ce diagnostic "
            f"({current.referential_id}) : rien n'a été modifié."
        )
    try:
        record = _apply(services, new, update or Update(new.version))
        session.commit()
    except Exception:
        session.rollback()
        raise
    return record


def _apply(services: Services, new: Referential, record: Update) -> Update:
    session = services.session
    d = services.diagnostic()
    steps = {s.number: s for s in services.steps()}
    record.before_version, record.before_data = d.referential_version, d.referential_data
    record.levers = [
        {
            "id": lv.id,
            "step": s.number,
            "code": lv.code,
            "position": lv.position,
            "label": lv.label,
            "custom": lv.custom,
        }
        for s in steps.values()
        for lv in s.levers
    ]
    record.notes = {n: s.notes for n, s in steps.items()}
    record.removed_steps, record.dropped = [], []
    count = len(new.steps)
    for number in range(1, count + 1):
        if number not in steps:
            step = Step(id=record.created_steps.get(number), number=number, notes="")
            d.steps.append(step)
            session.flush()
            record.created_steps[number] = step.id
            steps[number] = step
    last = steps[count]
    levers = [lv for s in steps.values() for lv in s.levers]
    mine = {lv.code: lv for lv in levers if not lv.custom}
    new_codes = {lv.code for lv in new.levers}
    taken = {lv.code for lv in levers} | new_codes
    for lv in levers:  # a custom lever whose code the new version now uses gets another
        if lv.custom and lv.code in new_codes:
            lv.code = _free_code(taken)
            taken.add(lv.code)
    order: dict[int, list[Lever]] = {n: [] for n in steps}
    for ref in new.levers:
        lever = mine.get(ref.code)
        if lever is None:
            ident, uid = record.created_levers.get(ref.code, (None, None))
            lever = Lever(id=ident, code=ref.code, label=ref.label, custom=False, position=0)
            if uid:
                lever.uid = uid
        lever.label = ref.label
        _move(lever, steps[ref.step])
        order[ref.step].append(lever)
    session.flush()  # recoded customs first: then no (step, code) clashes with new levers
    for ref in new.levers:
        if ref.code not in record.created_levers and ref.code not in mine:
            lever = next(lv for lv in order[ref.step] if lv.code == ref.code)
            record.created_levers[ref.code] = (lever.id, lever.uid)
    for code, lever in mine.items():
        if code in new_codes:
            continue
        if _has_data(services, lever):
            lever.custom = True
            lever.label = _retired(lever.label, new.version)
            if lever.step.number > count:
                _move(lever, last)
        else:
            record.dropped.append(
                {
                    "id": lever.id,
                    "uid": lever.uid,
                    "step": lever.step.number,
                    "code": lever.code,
                    "position": lever.position,
                    "label": lever.label,
                }
            )
            lever.step.levers.remove(lever)
            session.delete(lever)
    old_titles = _old_titles(d)
    for number in sorted(n for n in steps if n > count):
        step = steps.pop(number)
        for lever in list(step.levers):
            _move(lever, last)
        if step.notes.strip():
            title = f" « {old_titles[number]} »" if number in old_titles else ""
            former = "l'ancienne" if new.words.feminine else "l'ancien"
            head = f"Notes de {former} {new.words.part} {number}{title}"
            last.notes = f"{last.notes}\n\n{head} :\n{step.notes}".strip()
        workshops = list(
            session.scalars(
                select(workshop_step.c.workshop_id).where(workshop_step.c.step_id == step.id)
            )
        )
        had_last = []
        for workshop_id in workshops:
            session.execute(
                delete(workshop_step).where(
                    workshop_step.c.workshop_id == workshop_id, workshop_step.c.step_id == step.id
                )
            )
            already = session.scalar(
                select(workshop_step.c.step_id).where(
                    workshop_step.c.workshop_id == workshop_id, workshop_step.c.step_id == last.id
                )
            )
            if already is None:
                session.execute(
                    insert(workshop_step).values(workshop_id=workshop_id, step_id=last.id)
                )
            else:
                had_last.append(workshop_id)
        record.removed_steps.append(
            {
                "id": step.id,
                "number": number,
                "notes": step.notes,
                "workshops": workshops,
                "had_last": had_last,
            }
        )
        d.steps.remove(step)
        session.delete(step)
    for number, step in steps.items():  # the referential's order, then the group's own levers
        listed = order.get(number, [])
        rest = sorted((lv for lv in step.levers if lv not in listed), key=lambda lv: lv.position)
        for position, lever in enumerate([*listed, *rest]):
            lever.position = position
    d.referential_version = new.version
    d.referential_data = dumps(new)
    return record


def _old_titles(d) -> dict[int, str]:
    """The part titles of the diagnostic's own referential (none if it cannot be read)."""
    from essdesk.domain.referential import referential_of

    try:
        old = referential_of(d.referential_id, d.referential_version, d.referential_data)
    except EssdeskError:
        return {}
    return {s.number: s.title for s in old.steps}


def _move(lever: Lever, step: Step) -> None:
    if lever.step is not step:
        if lever in getattr(lever.step, "levers", []):
            lever.step.levers.remove(lever)
        step.levers.append(lever)


def revert(services: Services, record: Update) -> None:
    """Put the diagnostic back exactly as it was before `apply` (same ids and uids)."""
    session = services.session
    try:
        _revert(services, record)
        session.commit()
    except Exception:
        session.rollback()
        raise


def _revert(services: Services, record: Update) -> None:
    session = services.session
    d = services.diagnostic()
    for ident, _uid in record.created_levers.values():
        lever = session.get(Lever, ident)
        if lever is not None:
            lever.step.levers.remove(lever)
            session.delete(lever)
    session.flush()  # gone before any code is given back
    steps = {s.number: s for s in services.steps()}
    for gone in record.removed_steps:
        step = Step(id=gone["id"], number=gone["number"], notes=gone["notes"])
        d.steps.append(step)
        steps[gone["number"]] = step
    session.flush()
    for gone in record.removed_steps:
        for workshop_id in gone["workshops"]:
            session.execute(
                insert(workshop_step).values(workshop_id=workshop_id, step_id=gone["id"])
            )
    for lever_row in record.dropped:
        lever = Lever(
            id=lever_row["id"],
            uid=lever_row["uid"],
            code=lever_row["code"],
            label=lever_row["label"],
            custom=False,
            position=lever_row["position"],
        )
        steps[lever_row["step"]].levers.append(lever)
    by_id = {lv.id: lv for s in steps.values() for lv in s.levers}
    for row in record.levers:
        lever = by_id.get(row["id"]) or session.get(Lever, row["id"])
        _move(lever, steps[row["step"]])
        lever.code, lever.position = row["code"], row["position"]
        lever.label, lever.custom = row["label"], row["custom"]
    for number, notes in record.notes.items():
        steps[number].notes = notes
    _restore_workshop_links(services, record, steps)
    for number, ident in record.created_steps.items():
        step = session.get(Step, ident)
        if step is not None and number not in record.notes:
            d.steps.remove(step)
            session.delete(step)
    d.referential_version, d.referential_data = record.before_version, record.before_data


def _restore_workshop_links(services: Services, record: Update, steps: dict[int, Step]) -> None:
    """A removed part's workshops were added to the last part: take back the links that
    were not there before."""
    if not record.removed_steps:
        return
    kept = min(g["number"] for g in record.removed_steps) - 1
    target = steps[kept]
    for gone in record.removed_steps:
        for workshop_id in gone["workshops"]:
            if workshop_id in gone["had_last"]:
                continue
            services.session.execute(
                delete(workshop_step).where(
                    workshop_step.c.workshop_id == workshop_id, workshop_step.c.step_id == target.id
                )
            )


def changes_of(services: Services) -> Changes:
    """Everything may have moved: views refresh it all."""
    numbers = frozenset(s.number for s in services.steps())
    levers = frozenset(lv.id for s in services.steps() for lv in s.levers)
    return Changes(
        diagnostic=True, steps=numbers, levers=levers, actions=True, workshops=True, jalons=True
    )
