"""The published JSON schema and essdesk's import accept exactly the same documents.

A partner who checks a file with any stock JSON Schema validator (with or without format
checking) must get the same answer as essdesk: no "valid" file that essdesk refuses, no
file essdesk writes that the schema refuses.
"""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from test_hostile_json import _set

from essdesk.domain.demo import build_demo
from essdesk.errors import InterchangeError
from essdesk.exchange.interchange import load_into, read_json, schema_path, to_dict
from essdesk.store.document import Document


@pytest.fixture(scope="module")
def base(tmp_path_factory, referential) -> dict:
    import os

    os.environ.setdefault("ESSDESK_HOME", str(tmp_path_factory.mktemp("home")))
    doc = Document.create()
    try:
        build_demo(doc.session, referential)
        return to_dict(doc.session, referential)
    finally:
        doc.close()


def _schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def _stock_validators():
    schema = _schema()
    return {
        "sans vérificateur de format": jsonschema.Draft202012Validator(schema),
        "avec vérificateur de format": jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.FormatChecker()),
    }


# Values at the edge of what a hand-edited or generated file holds (issue 14, point 15).
CASES = {
    "budget avec du bruit de virgule flottante": _set("actions.0.budget", 110.50000000001),
    "budget à trois décimales": _set("actions.0.budget", 10.005),
    "budget négatif": _set("actions.0.budget", -5),
    "gommettes 1.0": _set("workshops.1.votes.0.dots", 1.0),
    "gommettes 1.5": _set("workshops.1.votes.0.dots", 1.5),
    "gommettes négatives": _set("workshops.1.votes.0.dots", -2),
    "poids 3.0": _set("steps.0.levers.0.weight", 3.0),
    "poids négatif": _set("steps.0.levers.0.weight", -1),
    "poids 11": _set("steps.0.levers.0.weight", 11),
    "date du 30 février": _set("steps.0.levers.0.due", "2026-02-30"),
    "date du 29 février bissextile": _set("steps.0.levers.0.due", "2028-02-29"),
    "date du 29 février non bissextile": _set("steps.0.levers.0.due", "2027-02-29"),
    "date en JJ/MM/AAAA": _set("steps.0.levers.0.due", "28/02/2026"),
    "mois 13": _set("actions.0.start", "2026-13-01"),
    "année zéro": _set("actions.0.start", "0000-01-01"),
    "booléen « peut-être »": _set("actors.0.ess", "peut-être"),
    "booléen 1": _set("actors.0.ess", 1),
    "statut inventé": _set("steps.0.levers.0.status", "bogus"),
    "gommettes par participant 0": _set("workshops.1.dots_per_participant", 0),
}


def _essdesk_accepts(data: dict, tmp_path, referential) -> bool:
    source = tmp_path / "cas.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc = Document.create()
    try:
        load_into(doc.session, read_json(source), referential)
        return True
    except InterchangeError:
        return False
    finally:
        doc.close()


@pytest.mark.parametrize("case", list(CASES))
def test_stock_validators_and_essdesk_agree(case, base, tmp_path, referential):
    data = copy.deepcopy(base)
    CASES[case](data)
    verdicts = {name: v.is_valid(data) for name, v in _stock_validators().items()}
    verdicts["essdesk"] = _essdesk_accepts(data, tmp_path, referential)
    assert len(set(verdicts.values())) == 1, verdicts


def test_accepted_edge_values_are_stored_as_a_user_reads_them(base, tmp_path, referential):
    data = copy.deepcopy(base)
    data["actions"][0]["budget"] = 110.50000000001
    data["workshops"][1]["votes"][0]["dots"] = 1.0
    data["steps"][0]["levers"][0]["weight"] = 3.0
    source = tmp_path / "bords.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    doc = Document.create()
    try:
        load_into(doc.session, read_json(source), referential)
        again = to_dict(doc.session, referential)
    finally:
        doc.close()
    assert again["actions"][0]["budget"] == 110.5
    assert again["workshops"][1]["votes"][0]["dots"] == 1 and isinstance(again["workshops"][1]["votes"][0]["dots"], int)
    assert again["steps"][0]["levers"][0]["weight"] == 3


def test_what_essdesk_writes_the_schema_accepts(base):
    for name, validator in _stock_validators().items():
        assert validator.is_valid(base), (name, next(iter(validator.iter_errors(base)), None))


def test_a_date_error_asks_for_the_json_format(base, tmp_path):
    data = copy.deepcopy(base)
    data["steps"][0]["levers"][0]["due"] = "28/02/2026"
    source = tmp_path / "date.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        read_json(source)
    assert "AAAA-MM-JJ" in str(caught.value) and "JJ/MM/AAAA" not in str(caught.value)
