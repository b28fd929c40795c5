"""JSON interchange: deterministic export, faithful import, refusals that name the place."""

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from essdesk.errors import InterchangeError
from essdesk.exchange.interchange import dumps, load_into, to_dict, validate
from essdesk.store.document import Document


def _reimport(data, referential) -> str:
    doc = Document.create()
    try:
        load_into(doc.session, json.loads(dumps(data)), referential)
        return dumps(to_dict(doc.session, referential))
    finally:
        doc.close()


def test_demo_round_trip_is_byte_identical(demo_document, referential):
    first = dumps(to_dict(demo_document.session, referential))
    assert _reimport(json.loads(first), referential) == first
    data = json.loads(first)
    assert data["diagnostic"]["title"].startswith("Filière laine")
    assert sum(len(s["levers"]) for s in data["steps"]) == 41  # 40 + one custom lever


def test_export_is_valid_against_the_published_schema(demo_document, referential):
    validate(to_dict(demo_document.session, referential))


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
line = text.map(lambda s: " ".join(s.split()))
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@st.composite
def diagnostics(draw, referential):
    base = json.loads(draw(st.just(_BASE[0])))
    actor_ids = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=6))
    base["actors"] = [
        {"id": i, "name": draw(line.filter(bool)), "ess": draw(st.booleans()),
         "category": draw(st.sampled_from(["scic", "association", "financeur", "autre"])),
         "chain_link": draw(st.sampled_from(["upstream", "usage", "support"])),
         "role": draw(text), "commune": draw(line), "contact": draw(line), "email": "",
         "phone": draw(line), "notes": draw(text)}
        for i in actor_ids
    ]
    codes = [lv["code"] for s in base["steps"] for lv in s["levers"]]
    for step in base["steps"]:
        for lever in step["levers"]:
            lever["status"] = draw(st.sampled_from(
                ["not_assessed", "not_started", "planned", "in_progress", "done", "not_applicable"]))
            lever["priority"] = draw(st.sampled_from(["high", "medium", "low", "none"]))
            lever["weight"] = draw(st.integers(0, 10))
            lever["notes"] = draw(text)
            lever["due"] = draw(dates)
            lever["actors"] = draw(st.lists(st.sampled_from(actor_ids), unique=True)) if actor_ids else []
    base["actions"] = [
        {"id": i, "title": draw(line.filter(bool)),
         "levers": draw(st.lists(st.sampled_from(codes), unique=True, max_size=3)),
         "pilot": draw(st.one_of(st.none(), st.sampled_from(actor_ids))) if actor_ids else None,
         "partners": [], "start": None, "end": draw(dates),
         "budget": draw(st.one_of(st.none(), st.integers(0, 10**8).map(lambda c: c // 100 if c % 100 == 0 else c / 100))),
         "funding": draw(line), "status": draw(st.sampled_from(["todo", "done", "paused"])),
         "priority": "none", "indicator": draw(text), "notes": draw(text)}
        for i in draw(st.lists(st.integers(1, 10_000), unique=True, max_size=4))
    ]
    participants = [{"name": draw(line.filter(bool)), "organisation": draw(line), "actor": None}
                    for _ in range(draw(st.integers(0, 3)))]
    base["workshops"] = [
        {"id": 7, "date": draw(dates), "place": draw(line), "steps": sorted(draw(st.sets(st.integers(1, 7)))),
         "participants": participants, "notes": draw(text), "decisions": draw(text),
         "dots_per_participant": draw(st.integers(1, 10)),
         "votes": [{"lever": c, "participant": None, "dots": n}
                   for c, n in draw(st.dictionaries(st.sampled_from(codes), st.integers(1, 9), max_size=3)).items()]},
    ] if draw(st.booleans()) else []
    for w in base["workshops"]:  # votes are exported in lever order
        w["votes"].sort(key=lambda v: codes.index(v["lever"]))
    return base


_BASE: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _base(referential, tmp_path_factory):
    import os

    os.environ["ESSDESK_HOME"] = str(tmp_path_factory.mktemp("home"))
    from essdesk.domain.services import create_diagnostic

    doc = Document.create()
    create_diagnostic(doc.session, referential, title="Base")
    _BASE.append(dumps(to_dict(doc.session, referential)))
    doc.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_generated_diagnostics_round_trip(data, referential):
    generated = data.draw(diagnostics(referential))
    first = _reimport(generated, referential)
    assert _reimport(json.loads(first), referential) == first
    again = json.loads(first)

    def content(actor):  # the file numbers its actors itself; uids are new for a v1-like input
        return {k: v for k, v in actor.items() if k not in ("id", "uid")}

    # Actors keep the file's order; a lever lists its actors in that order too.
    assert [content(a) for a in again["actors"]] == [content(a) for a in generated["actors"]]
    position = {a["id"]: n for n, a in enumerate(generated["actors"])}
    names = {a["id"]: a["name"] for a in generated["actors"]}
    again_names = {a["id"]: a["name"] for a in again["actors"]}
    assert [[again_names[i] for i in lv["actors"]] for s in again["steps"] for lv in s["levers"]] == \
        [[names[i] for i in sorted(lv["actors"], key=position.get)]
         for s in generated["steps"] for lv in s["levers"]]
    assert [lv["status"] for s in again["steps"] for lv in s["levers"]] == \
        [lv["status"] for s in generated["steps"] for lv in s["levers"]]


@pytest.mark.parametrize(
    ("mutate", "place", "words"),
    [
        (lambda d: d["steps"][0]["levers"][0].update(status="fini"), "steps[0].levers[0].status", "valeur inconnue"),
        (lambda d: d["actors"].insert(1, dict(d["actors"][0])), "actors[1].id", "en double"),
        (lambda d: d["actions"][0].update(levers=["9 9"]), "actions[0].levers[0]", "format invalide"),
        (lambda d: d["actions"][0].update(levers=["1.99"]), "actions[0].levers[0]", "levier inconnu"),
        (lambda d: d["actions"][0].update(pilot=424242), "actions[0].pilot", "acteur inconnu"),
        (lambda d: d["diagnostic"].update(title=3), "diagnostic.title", "type"),
        (lambda d: d["diagnostic"].pop("scenario"), "diagnostic", "scenario"),
    ],
)
def test_invalid_documents_name_the_place(demo_document, referential, mutate, place, words):
    data = to_dict(demo_document.session, referential)
    mutate(data)
    with pytest.raises(InterchangeError) as err:
        validate(data)
    assert err.value.place == place
    assert words in str(err.value)


def test_cli_refuses_a_bad_file_with_exit_2_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "essdesk-diagnostic", "format_version": 1,', encoding="utf-8")
    target = tmp_path / "out.essdesk"
    proc = subprocess.run([sys.executable, "-m", "essdesk", "import-json", str(bad), str(target)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "JSON invalide" in proc.stderr and "Traceback" not in proc.stderr
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]
