"""The change language: diff(a, b) applied to a gives b, byte for byte (issue 18)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_service_properties import OPERATIONS, TEXTS, Command, _pick

from essdesk.domain.changes import apply, diff
from essdesk.domain.services import Services
from essdesk.exchange.interchange import dumps, load_into, to_dict
from essdesk.models.enums import ActionStatus, LeverStatus
from essdesk.store.document import Document


def edit_action(s: Services, rng: random.Random) -> Command | None:
    if not s.actions():
        return None
    action = rng.choice(s.actions())
    levers = [lv.id for step in s.steps() for lv in step.levers]
    actors = [a.id for a in s.actors()]
    new = {
        "title": rng.choice(TEXTS[1:4]),
        "status": rng.choice(list(ActionStatus)),
        "start": None,
        "end": rng.choice([None, "2024-03-01", "2031-01-01"]),
        "budget_cents": rng.choice([None, 99, 4000_00]),
        "lever_ids": _pick(rng, levers, 2),
        "partner_ids": _pick(rng, actors, 2),
        "pilot_id": rng.choice([None, *actors]),
    }
    action_id = action.id
    return Command(lambda: s.update_action(action_id, **new), lambda: None)


def edit_workshop(s: Services, rng: random.Random) -> Command | None:
    if not s.workshops():
        return None
    w = rng.choice(s.workshops())
    kept = [
        {"id": p.id, "name": p.name + "·", "organisation": p.organisation, "actor_id": p.actor_id}
        for p in _pick(rng, list(w.participants), 2)
    ]
    people = kept + [
        {"name": "Nouvelle venue", "organisation": "", "actor_id": None}
    ] * rng.randint(0, 1)
    wid = w.id
    return Command(
        lambda: s.update_workshop(
            wid,
            place=rng.choice(TEXTS[:3]),
            participants=people,
            step_numbers=_pick(rng, list(range(1, 8)), 2),
        ),
        lambda: None,
    )


def edit_step_and_custom_label(s: Services, rng: random.Random) -> Command:
    number = rng.randint(1, 7)
    custom = [lv.id for step in s.steps() for lv in step.levers if lv.custom]
    note = rng.choice(TEXTS)

    def redo():
        s.set_step_notes(number, note)
        if custom:
            s.update_lever(
                rng.choice(custom),
                label=rng.choice(TEXTS[1:4]),
                due="2027-05-31",
                status=LeverStatus.DONE,
            )

    return Command(redo, lambda: None)


def edit_indicators(s: Services, rng: random.Random) -> Command | None:
    """Add, change or remove an indicator or one of its values (ties to levers, actions)."""
    indicators = s.indicators()
    levers = [lv.id for step in s.steps() for lv in step.levers]
    actions = [x.id for x in s.actions()]
    choice = rng.randrange(5) if indicators else 0
    if choice == 0:
        tie = rng.choice(["lever", "action", None]) if actions else rng.choice(["lever", None])
        values = {
            "name": rng.choice(TEXTS[1:4]),
            "unit": rng.choice(["t", "ETP", ""]),
            "baseline": rng.choice([None, 0, 2.5]),
            "target": rng.choice([None, 10, 1e6]),
            "lever_id": rng.choice(levers) if tie == "lever" else None,
            "action_id": rng.choice(actions) if tie == "action" else None,
        }
        return Command(lambda: s.add_indicator(**values), lambda: None)
    indicator = rng.choice(indicators).id
    if choice == 1:
        value = {
            "date": rng.choice(["2024-01-01", "2025-06-30"]),
            "value": rng.choice([0, 3.25, 7]),
        }
        return Command(lambda: s.add_indicator_value(indicator, **value), lambda: None)
    if choice == 2:
        new = {
            "target": rng.choice([None, 42]),
            "lever_id": None,
            "action_id": rng.choice([None, *actions]),
        }
        return Command(lambda: s.update_indicator(indicator, **new), lambda: None)
    measures = [v.id for v in s.indicator(indicator).values]
    if choice == 3 and measures:
        measure = rng.choice(measures)
        if rng.random() < 0.5:
            return Command(lambda: s.remove_indicator_value(measure), lambda: None)
        return Command(
            lambda: s.update_indicator_value(measure, value=11, note=rng.choice(TEXTS)),
            lambda: None,
        )
    return Command(lambda: s.remove_indicator(indicator), lambda: None)


ALL_OPERATIONS = [
    *OPERATIONS,
    edit_action,
    edit_workshop,
    edit_step_and_custom_label,
    edit_indicators,
]

EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("do"), st.sampled_from(ALL_OPERATIONS), st.integers(0, 2**32)),
        st.tuples(st.just("undo")),
    ),
    min_size=1,
    max_size=25,
)


def replayed(a: dict, b: dict, referential) -> str:
    """The bytes of `a` with diff(a, b) applied, in a fresh document."""
    doc = Document.create()
    try:
        load_into(doc.session, a, referential)
        apply(Services(doc.session), diff(a, b))
        return dumps(to_dict(doc.session, referential))
    finally:
        doc.close()


@pytest.fixture(scope="module")
def start(tmp_path_factory, referential):
    import os

    from essdesk.domain.demo import build_demo

    old = os.environ.get("ESSDESK_HOME")
    os.environ["ESSDESK_HOME"] = str(tmp_path_factory.mktemp("home"))
    try:
        doc = Document.create()
        build_demo(doc.session, referential)
        path = doc.save_as(tmp_path_factory.mktemp("start") / "démo.essdesk")
        doc.close()
    finally:
        if old is None:
            del os.environ["ESSDESK_HOME"]
        else:
            os.environ["ESSDESK_HOME"] = old
    return path


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=EDITS)
def test_applying_the_diff_of_random_edits_gives_the_second_state_exactly(
    start, referential, edits
):
    doc = Document.open(start)
    try:
        s = Services(doc.session)
        a = to_dict(doc.session, referential)
        done: list[Command] = []
        for edit in edits:
            if edit[0] == "do":
                command = edit[1](s, random.Random(edit[2]))
                if command is not None:
                    command.redo()
                    done.append(command)
            elif done:
                done.pop().undo()
        b = to_dict(doc.session, referential)
    finally:
        doc.close()
    changeset = diff(a, b)
    assert bool(changeset) == (dumps(a) != dumps(b))
    assert replayed(a, b, referential) == dumps(b)


def test_a_diff_names_each_field_that_changed(demo_document, referential):
    s = Services(demo_document.session)
    a = to_dict(demo_document.session, referential)
    lever = s.lever_by_code("4.1")
    old_status = lever.status.value
    s.update_lever(lever.id, status="done", owner="Marie Curie")
    s.add_actor(name="Coopérative nouvelle", category="scic")
    gone = s.actions()[0]
    s.remove_action(gone.id)
    out = diff(a, to_dict(demo_document.session, referential)).to_json()
    assert {
        "entity": "lever",
        "code": "4.1",
        "field": "status",
        "before": old_status,
        "after": "done",
    } in out["changes"]
    assert any(c["field"] == "owner" and c["after"] == "Marie Curie" for c in out["changes"])
    assert [(c["entity"], c["values"]["name"]) for c in out["created"]] == [
        ("actor", "Coopérative nouvelle")
    ]
    assert [(r["entity"], r["uid"]) for r in out["removed"]] == [("action", gone.uid)]
    assert len(out["changes"]) == 2


def test_a_custom_lever_replaced_under_the_same_code_is_a_removal_and_a_creation(
    services, referential
):
    lever_id = services.add_custom_lever(2, "Ancien").created_id
    a = to_dict(services.session, referential)
    code = services.lever(lever_id).code
    services.remove_custom_lever(lever_id)
    services.add_custom_lever(2, "Nouveau")
    b = to_dict(services.session, referential)
    changeset = diff(a, b)
    assert [(c.entity, c.key) for c in changeset.created] == [("lever", code)]
    assert [(r.entity, r.key) for r in changeset.removed] == [("lever", code)]
    assert replayed(a, b, referential) == dumps(b)
