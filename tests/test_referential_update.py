"""Moving a diagnostic to a newer version of its referential, through the services:
the preview says what changes, nothing the group wrote is lost, undo gives back the exact
interchange JSON and redo the same result."""

from __future__ import annotations

import copy

import pytest
from referential_sheets import write_method

from essdesk.domain import referential_update as upd
from essdesk.domain.referential import loads, parse_referential, to_data
from essdesk.domain.referential_xlsx import import_xlsx
from essdesk.domain.services import Services, create_diagnostic
from essdesk.exchange.interchange import to_dict


@pytest.fixture
def v1(tmp_path):
    return import_xlsx(write_method(tmp_path / "m.xlsx"))


def newer(v1, edit):
    data = copy.deepcopy(to_data(v1))
    data["version"] = "2.0.0"
    edit(data)
    return parse_referential(data)


def v2_of(v1):
    def edit(data):
        parts = data["steps"]
        parts[0]["levers"][0]["label"] = "Recenser et cartographier les structures"
        del parts[0]["levers"][1]  # 1.2, assessed below: kept
        del parts[1]["levers"][1]  # 2.2, never assessed: dropped
        parts[1]["levers"].append({"code": "2.4", "label": "Un nouveau levier"})
        parts[2]["title"] = "Financer et acheter"
        parts[2]["levers"].append(parts[3]["levers"][0])  # 4.1 moves to axis 3
        del parts[3]  # axis 4 goes, with 4.2 (never assessed) and 4.3 (voted)

    return newer(v1, edit)


@pytest.fixture
def s(v1, new_store):
    """On a file and on a PostgreSQL server (tests/conftest.py runs both)."""
    store = new_store()
    create_diagnostic(store.session, v1, title="Feuille de route")
    return Services(store.session)


def state(s):
    d = s.diagnostic()
    return to_dict(s.session), d.referential_version, d.referential_data


def assess(s):
    s.update_lever(s.lever_by_code("1.2").id, status="done", notes="fait en 2023")
    s.update_lever(s.lever_by_code("1.1").id, priority="high")
    s.add_custom_lever(2, "Notre idée", code="2.4")
    s.set_step_notes(4, "Le mois de l'ESS marche bien.")
    s.add_workshop(step_numbers=[4], place="Salle A")
    s.add_workshop(step_numbers=[3, 4], place="Salle B")
    workshop = s.workshops()[0]
    s.set_votes(workshop.id, [(s.lever_by_code("4.3").id, None, 3)], check_quota=False)


def test_the_preview_names_every_change(s, v1):
    assess(s)
    v2 = v2_of(v1)
    p = upd.preview(s, v1, v2)
    assert p.added == (("2.4", "Un nouveau levier", 2),)
    assert p.renamed == (
        ("1.1", "Recenser les structures de l'ESS", "Recenser et cartographier les structures"),
    )
    assert p.moved == (("4.1", 4, 3),)
    assert {c for c, _ in p.kept} == {"1.2", "4.3"}
    assert {c for c, _ in p.dropped} == {"2.2", "4.2"}
    assert p.parts_renamed == ((3, "Financer les projets", "Financer et acheter"),)
    assert p.parts_removed == ((4, "Faire connaître"),)
    lines = p.lines(v2)
    assert lines[0] == "Passage de la version 1.0.0 à la version 2.0.0 :"
    assert "Ajout : action 2.4 (axe 2) « Un nouveau levier »" in lines
    assert "Retrait : action 2.2 « Organiser des rencontres » (aucune évaluation)" in lines
    assert any(
        line.startswith("Retrait : axe 4 « Faire connaître »") and "le dernier axe" in line
        for line in lines
    )


def test_apply_keeps_every_assessment_then_undo_and_redo(s, v1):
    assess(s)
    before = state(s)
    v2 = v2_of(v1)
    record = upd.apply(s, v2)
    after = state(s)
    data, version, carried = after
    assert version == "2.0.0" and loads(carried) == v2
    assert [st["number"] for st in data["steps"]] == [1, 2, 3]
    levers = {lv["code"]: (st["number"], lv) for st in data["steps"] for lv in st["levers"]}
    assert "2.2" not in levers and "4.2" not in levers
    assert levers["1.1"][1]["label"] == "Recenser et cartographier les structures"
    assert levers["1.1"][1]["priority"] == "high"
    kept = levers["1.2"][1]
    assert kept["custom"] and kept["status"] == "done" and kept["notes"] == "fait en 2023"
    assert kept["label"] == "Mesurer le poids de l'ESS (retiré de la version 2.0.0)"
    assert levers["4.3"][0] == 3 and levers["4.3"][1]["custom"]  # its part went: the last one
    assert levers["4.1"][0] == 3 and not levers["4.1"][1]["custom"]
    assert levers["2.4"][1]["label"] == "Un nouveau levier" and not levers["2.4"][1]["custom"]
    ours = [lv for _, lv in levers.values() if lv["label"] == "Notre idée"]
    assert ours[0]["custom"] and ours[0]["code"] != "2.4"  # the group's lever gave way
    assert [lv["code"] for lv in data["steps"][2]["levers"]] == ["3.1", "3.2", "4.1", "4.3"]
    assert data["steps"][2]["notes"] == (
        "Notes de l'ancien axe 4 « Faire connaître » :\nLe mois de l'ESS marche bien."
    )
    assert [w["steps"] for w in data["workshops"]] == [[3], [3]]
    assert data["workshops"][0]["votes"] == [{"lever": "4.3", "participant": None, "dots": 3}]

    upd.revert(s, record)
    assert state(s) == before
    upd.apply(s, v2, record)
    assert state(s) == after


def test_parts_added_and_a_version_with_no_lever_change(s, v1):
    before = state(s)

    def edit(data):
        data["steps"].append(
            {
                "number": 5,
                "title": "Évaluer",
                "levers": [{"code": "5.1", "label": "Suivre des indicateurs"}],
            }
        )

    v2 = newer(v1, edit)
    assert upd.preview(s, v1, v2).parts_added == ((5, "Évaluer"),)
    record = upd.apply(s, v2)
    data = state(s)[0]
    assert [st["number"] for st in data["steps"]] == [1, 2, 3, 4, 5]
    assert data["steps"][4]["levers"][0]["code"] == "5.1"
    upd.revert(s, record)
    assert state(s) == before
    same = newer(v1, lambda data: None)
    p = upd.preview(s, v1, same)
    assert not p and p.lines(same)[-1] == "aucun changement des axes ni des actions."


def test_a_custom_lever_can_be_added_beside_free_codes(s):
    # Axis 1 has the codes 1.1, 1.2 and A3: the group's own lever still gets a code.
    created = s.add_custom_lever(1, "Notre levier").created_id
    assert s.lever(created).code == "1.3"


def test_another_referential_is_refused(s, v1):
    from essdesk.domain.referential import load_referential
    from essdesk.errors import EssdeskError

    before = state(s)
    with pytest.raises(EssdeskError, match="n'est pas le référentiel de ce diagnostic"):
        upd.apply(s, load_referential())
    assert state(s) == before
