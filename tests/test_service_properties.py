"""Property tests over the services: random sequences of edits, undo and redo.

Undo is modelled as the desktop app's QUndoStack does it: each command is a pair of
closures (redo, undo); undo applies the inverse operation (old field values from
`Services.fields`, or `snapshot_*` / `restore_*` for removals). After every step the
document must be sound (integrity and foreign keys), counts and links must agree, scores
must stay within 0–100 %, an undo must give back exactly the document before the command,
a redo exactly the one after, and undoing everything must give back the starting document.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from essdesk.domain.services import Services, create_diagnostic
from essdesk.exchange.interchange import to_dict
from essdesk.models.enums import ActionStatus, ActorCategory, LeverStatus, Priority, TerritoryKind
from essdesk.store.document import Document

TEXTS = ["", "Éleveurs du Saulnois", "œuvre € 😀", "تعاونية", "ligne 1\nligne 2", "x" * 3000]


@dataclass
class Command:
    redo: Callable[[], object]
    undo: Callable[[], object]


def _pick(rng: random.Random, items: list, k: int) -> list:
    return rng.sample(items, min(k, len(items)))


def edit_lever(s: Services, rng: random.Random) -> Command:
    lever = rng.choice([lv for step in s.steps() for lv in step.levers])
    new = {"status": rng.choice(list(LeverStatus)), "priority": rng.choice(list(Priority)),
           "weight": rng.randint(0, 10), "notes": rng.choice(TEXTS), "owner": rng.choice(TEXTS[:4])}
    old = s.fields(lever, new)
    lever_id = lever.id
    return Command(lambda: s.update_lever(lever_id, **new), lambda: s.update_lever(lever_id, **old))


def edit_diagnostic(s: Services, rng: random.Random) -> Command:
    new = {"title": rng.choice(TEXTS[1:4]), "context": rng.choice(TEXTS),
           "territory_kind": rng.choice(list(TerritoryKind))}
    old = s.fields(s.diagnostic(), new)
    return Command(lambda: s.update_diagnostic(**new), lambda: s.update_diagnostic(**old))


def link_lever_actors(s: Services, rng: random.Random) -> Command:
    lever = rng.choice([lv for step in s.steps() for lv in step.levers])
    new = [a.id for a in _pick(rng, s.actors(), rng.randint(0, 3))]
    old = [a.id for a in lever.actors]
    lever_id = lever.id
    return Command(lambda: s.set_lever_actors(lever_id, new), lambda: s.set_lever_actors(lever_id, old))


def _adding(create: Callable[[], int], snapshot, remove, restore) -> Command:
    """Add an item; undo removes it (keeping a snapshot), redo restores the same item."""
    state: dict = {}

    def redo():
        if "snap" in state:
            restore(state["snap"])
        else:
            state["id"] = create()

    def undo():
        state["snap"] = snapshot(state["id"])
        remove(state["id"])

    return Command(redo, undo)


def _removing(ident: int, snapshot, remove, restore) -> Command:
    state: dict = {}

    def redo():
        state["snap"] = snapshot(ident)
        remove(ident)

    return Command(redo, lambda: restore(state["snap"]))


def add_actor(s: Services, rng: random.Random) -> Command:
    values = {"name": rng.choice(TEXTS[1:4]), "category": rng.choice(list(ActorCategory)),
              "role": rng.choice(TEXTS)}
    return _adding(lambda: s.add_actor(**values).created_id, s.snapshot_actor, s.remove_actor, s.restore_actor)


def remove_actor(s: Services, rng: random.Random) -> Command | None:
    if not s.actors():
        return None
    return _removing(rng.choice(s.actors()).id, s.snapshot_actor, s.remove_actor, s.restore_actor)


def add_action(s: Services, rng: random.Random) -> Command:
    levers = [lv.id for step in s.steps() for lv in step.levers]
    actors = [a.id for a in s.actors()]
    values = {"title": rng.choice(TEXTS[1:4]), "status": rng.choice(list(ActionStatus)),
              "budget_cents": rng.choice([None, 0, 125_050]), "lever_ids": _pick(rng, levers, 2),
              "partner_ids": _pick(rng, actors, 2), "pilot_id": rng.choice([None, *actors])}
    return _adding(lambda: s.add_action(**values).created_id, s.snapshot_action, s.remove_action,
                   s.restore_action)


def remove_action(s: Services, rng: random.Random) -> Command | None:
    if not s.actions():
        return None
    return _removing(rng.choice(s.actions()).id, s.snapshot_action, s.remove_action, s.restore_action)


def add_custom_lever(s: Services, rng: random.Random) -> Command:
    step, label = rng.randint(1, 7), rng.choice(TEXTS[1:4])
    return _adding(lambda: s.add_custom_lever(step, label).created_id, s.snapshot_lever,
                   s.remove_custom_lever, s.restore_lever)


def remove_custom_lever(s: Services, rng: random.Random) -> Command | None:
    custom = [lv.id for step in s.steps() for lv in step.levers if lv.custom]
    if not custom:
        return None
    return _removing(rng.choice(custom), s.snapshot_lever, s.remove_custom_lever, s.restore_lever)


def add_workshop(s: Services, rng: random.Random) -> Command:
    actors = [a.id for a in s.actors()]
    people = [{"name": f"Participant {i}", "organisation": rng.choice(TEXTS[:3]),
               "actor_id": rng.choice([None, *actors])} for i in range(rng.randint(0, 3))]
    steps = _pick(rng, list(range(1, 8)), 2)
    return _adding(lambda: s.add_workshop(step_numbers=steps, participants=people).created_id,
                   s.snapshot_workshop, s.remove_workshop, s.restore_workshop)


def remove_workshop(s: Services, rng: random.Random) -> Command | None:
    if not s.workshops():
        return None
    return _removing(rng.choice(s.workshops()).id, s.snapshot_workshop, s.remove_workshop,
                     s.restore_workshop)


def vote(s: Services, rng: random.Random) -> Command | None:
    if not s.workshops():
        return None
    w = rng.choice(s.workshops())
    levers = [lv.id for step in s.steps() for lv in step.levers]
    voters = [None, *(p.id for p in w.participants)]
    new = [(rng.choice(levers), rng.choice(voters), rng.randint(1, 5)) for _ in range(rng.randint(0, 4))]
    snap = s.snapshot_workshop(w.id)
    wid, dots = w.id, rng.randint(20, 100)  # room for 4 votes of 5 dots: within the quota
    return Command(lambda: s.set_votes(wid, new, dots_per_participant=dots),
                   # undo puts back an earlier state unchecked, as the UI's undo does
                   lambda: s.set_votes(wid, snap["votes"], dots_per_participant=snap["dots_per_participant"],
                                       check_quota=False))


OPERATIONS = [edit_lever, edit_diagnostic, link_lever_actors, add_actor, remove_actor, add_action,
              remove_action, add_custom_lever, remove_custom_lever, add_workshop, remove_workshop, vote]

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("do"), st.sampled_from(OPERATIONS), st.integers(0, 2**32)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    min_size=1, max_size=30,
)


def check_invariants(doc: Document, s: Services, data: dict) -> None:
    assert doc.check() == []
    with doc.raw() as conn:
        count = lambda table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        assert count("actor") == len(data["actors"]) == len(s.actors())
        assert count("action") == len(data["actions"]) == len(s.actions())
        assert count("workshop") == len(data["workshops"]) == len(s.workshops())
        assert count("lever") == sum(len(step["levers"]) for step in data["steps"])
        assert count("lever WHERE custom = 0") == 40  # the referential's levers never go
    actor_ids = {a["id"] for a in data["actors"]}
    codes = {lv["code"] for step in data["steps"] for lv in step["levers"]}
    for x in data["actions"]:
        assert set(x["partners"]) <= actor_ids and set(x["levers"]) <= codes
        assert x["pilot"] is None or x["pilot"] in actor_ids
    scores = s.scores()
    for score in [*scores.steps.values(), scores.overall]:
        for value in (score.maturity, score.completion):
            assert value is None or 0.0 <= value <= 100.0
        assert 0 <= score.assessed <= score.total


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    import os

    from essdesk.domain.referential import load_referential

    folder = tmp_path_factory.mktemp("template")
    old = os.environ.get("ESSDESK_HOME")
    os.environ["ESSDESK_HOME"] = str(folder / "home")
    try:
        doc = Document.create()
        create_diagnostic(doc.session, load_referential(), title="Filière alimentation — Pays de Retz")
        s = Services(doc.session)
        for name in ("Épicerie solidaire", "Légumerie d'insertion", "Communauté de communes"):
            s.add_actor(name=name)
        path = doc.save_as(folder / "départ.essdesk")
        doc.close()
    finally:
        if old is None:
            del os.environ["ESSDESK_HOME"]
        else:
            os.environ["ESSDESK_HOME"] = old
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_random_edits_undo_and_redo_keep_the_invariants(template, steps):
    doc = Document.open(template)
    try:
        s = Services(doc.session)
        start = to_dict(doc.session)
        done: list[tuple[Command, dict, dict]] = []
        undone: list[tuple[Command, dict, dict]] = []
        for step in steps:
            if step[0] == "do":
                _, operation, seed = step
                before = to_dict(doc.session)
                command = operation(s, random.Random(seed))
                if command is None:
                    continue
                command.redo()
                after = to_dict(doc.session)
                done.append((command, before, after))
                undone.clear()  # a new command drops the redo history, as QUndoStack does
            elif step[0] == "undo" and done:
                command, before, after = done.pop()
                command.undo()
                assert to_dict(doc.session) == before
                undone.append((command, before, after))
            elif step[0] == "redo" and undone:
                command, before, after = undone.pop()
                command.redo()
                assert to_dict(doc.session) == after
                done.append((command, before, after))
            else:
                continue
            check_invariants(doc, s, to_dict(doc.session))
        while done:
            command, before, _ = done.pop()
            command.undo()
            assert to_dict(doc.session) == before
        assert to_dict(doc.session) == start
        check_invariants(doc, s, start)
    finally:
        doc.close()
