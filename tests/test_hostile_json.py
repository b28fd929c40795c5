"""Hostile JSON imports: huge, deeply nested, giant numbers, wrong types, duplicated ids,
references to unknown actors or levers. Each is refused with a French message naming the
place in the file, within bounded memory, and nothing is written: neither the target
document nor a working copy. A valid export of the demo is the base each case damages.
"""

from __future__ import annotations

import copy
import json
import tracemalloc
import uuid
from pathlib import Path

import pytest

from essdesk import paths
from essdesk.cli import main
from essdesk.domain.demo import build_demo
from essdesk.errors import InterchangeError
from essdesk.exchange.interchange import MAX_FILE_BYTES, load_into, read_json, to_dict
from essdesk.store.document import Document


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict:
    import os

    from essdesk.domain.referential import load_referential

    old = os.environ.get("ESSDESK_HOME")
    os.environ["ESSDESK_HOME"] = str(tmp_path_factory.mktemp("home"))
    try:
        doc = Document.create()
        build_demo(doc.session, load_referential())
        data = to_dict(doc.session, load_referential())
        doc.close()
    finally:
        if old is None:
            del os.environ["ESSDESK_HOME"]
        else:
            os.environ["ESSDESK_HOME"] = old
    assert data["workshops"][1]["votes"] and data["actions"][0]["levers"]
    return data


def _set(path: str, value):
    """A mutation setting data[path] (dotted, with integer indexes) to value."""
    def mutate(d):
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        for p in parents:
            d = d[p]
        d[last] = value
    return mutate


def _append(path: str, value):
    def mutate(d):
        for p in [int(p) if p.isdigit() else p for p in path.split(".")]:
            d = d[p]
        d.append(copy.deepcopy(value))
    return mutate


def _dup(path: str):
    def mutate(d):
        for p in [int(p) if p.isdigit() else p for p in path.split(".")]:
            d = d[p]
        d.append(copy.deepcopy(d[0]))
    return mutate


# name -> (mutation of the base data, the place the message must name)
MUTATIONS = {
    # wrong types
    "objet racine vide": (lambda d: d.clear(), "racine"),
    "acteurs en objet": (_set("actors", {"1": "x"}), "actors"),
    "titre en nombre": (_set("diagnostic.title", 12), "diagnostic.title"),
    "titre vide": (_set("diagnostic.title", ""), "diagnostic.title"),
    "poids en texte": (_set("steps.0.levers.0.weight", "3"), "steps[0].levers[0].weight"),
    "poids décimal": (_set("steps.0.levers.0.weight", 2.5), "steps[0].levers[0].weight"),
    "custom en texte": (_set("steps.0.levers.0.custom", "oui"), "steps[0].levers[0].custom"),
    "id booléen": (_set("actors.0.id", True), "actors[0].id"),
    "id décimal": (_set("actors.0.id", 1.5), "actors[0].id"),
    "gommettes décimales": (_set("workshops.1.votes.0.dots", 2.5), "workshops[1].votes[0].dots"),
    "participant décimal": (_set("workshops.1.votes.0.participant", 0.5), "workshops[1].votes[0].participant"),
    "étape décimale": (_set("steps.0.number", 1.5), "steps[0].number"),
    "contexte imbriqué": (_set("diagnostic.context", json.loads("[" * 500 + "]" * 500)), "diagnostic.context"),
    "champ inconnu": (_set("actors.0.mot_de_passe", "x"), "actors[0]"),
    "champ manquant": (lambda d: d["actions"][0].pop("title"), "actions[0]"),
    "énumération inconnue": (_set("steps.0.levers.0.status", "fini"), "steps[0].levers[0].status"),
    "format d'un autre logiciel": (_set("format", "autre-logiciel"), "format"),
    "version de format future": (_set("format_version", 3), "format_version"),
    "date impossible": (_set("actions.0.start", "2025-02-31"), "actions[0].start"),
    "date en vrac": (_set("actions.0.start", "bientôt"), "actions[0].start"),
    "fin avant le début": (lambda d: d["actions"][0].update(start="2025-06-01", end="2025-01-01"), "actions[0].end"),
    "budget négatif": (_set("actions.0.budget", -5), "actions[0].budget"),
    "date qui n'existe pas": (_set("steps.0.levers.1.due", "2026-02-30"), "steps[0].levers[1].due"),
    "booléen « peut-être »": (_set("actors.0.ess", "peut-être"), "actors[0].ess"),
    "référentiel inconnu": (_set("referential.id", "guide-inconnu"), "referential"),
    "version du référentiel inconnue": (_set("referential.version", "9.9.9"), "referential"),
    "courriel invalide": (_set("actors.0.email", "pas un courriel"), "actors[0].email"),
    "texte de 50 001 caractères": (_set("diagnostic.context", "x" * 50_001), "diagnostic.context"),
    "titre de 301 caractères": (_set("diagnostic.title", "x" * 301), "diagnostic.title"),
    # giant integers
    "id démesuré": (_set("actors.0.id", 10**300), "actors[0].id"),
    "budget démesuré": (_set("actions.0.budget", 10**30), "actions[0].budget"),
    "gommettes démesurées": (_set("workshops.1.votes.0.dots", 2**64), "workshops[1].votes[0].dots"),
    "trop d'étapes": (_append("steps", {"number": 8}), "steps"),
    # duplicated ids
    "acteur en double": (_dup("actors"), "actors[18].id"),
    "action en double": (_dup("actions"), "actions[8].id"),
    "atelier en double": (_dup("workshops"), "workshops[2].id"),
    "code de levier en double": (_dup("steps.0.levers"), "steps[0].levers[5].code"),
    "étape en double": (lambda d: d["steps"].__setitem__(1, copy.deepcopy(d["steps"][0])), "steps"),
    # references to unknown actors or levers
    "levier lié à un acteur inconnu": (_append("steps.0.levers.0.actors", 9999), "steps[0].levers[0].actors"),
    "pilote inconnu": (_set("actions.0.pilot", 9999), "actions[0].pilot"),
    "partenaire inconnu": (_append("actions.0.partners", 4242), "actions[0].partners"),
    "action sur un levier inconnu": (_append("actions.0.levers", "7.99"), "actions[0].levers"),
    "vote pour un levier inconnu": (_append("workshops.1.votes", {"lever": "6.77", "participant": None, "dots": 1}),
                                    "workshops[1].votes[5].lever"),
    "vote d'un participant inconnu": (_append("workshops.1.votes", {"lever": "1.1", "participant": 500, "dots": 1}),
                                      "workshops[1].votes[5].participant"),
    "participant lié à un acteur inconnu": (
        _append("workshops.0.participants", {"name": "X", "organisation": "", "actor": 4242}),
        "workshops[0].participants[5].actor"),
    # Lever 2.1 moved into part 1: it belongs to part 2 of the referential.
    "levier hors de son étape": (
        lambda d: d["steps"][0]["levers"].insert(0, d["steps"][1]["levers"].pop(0)),
        "steps[0].levers[0].code"),
    "levier du référentiel inventé": (
        lambda d: d["steps"][0]["levers"].append(
            {**copy.deepcopy(d["steps"][0]["levers"][0]), "code": "1.77", "uid": str(uuid.uuid4())}),
        "steps[0].levers[5].code"),
    "identifiant d'acteur recopié": (
        lambda d: d["actors"][1].__setitem__("uid", d["actors"][0]["uid"]), "actors[1].uid"),
    "identifiant partagé par un acteur et une action": (
        lambda d: d["actions"][0].__setitem__("uid", d["actors"][0]["uid"]), "actions[0].uid"),
}


def _written_nothing(folder: Path) -> None:
    assert not (folder / "importé.essdesk").exists()
    assert list(paths.working_dir().iterdir()) == []
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("case", list(MUTATIONS))
def test_hostile_structure_is_refused_naming_the_place(case, base, tmp_path, capsys):
    mutate, place = MUTATIONS[case]
    data = copy.deepcopy(base)
    mutate(data)
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = source.read_bytes()
    code = main(["import-json", str(source), str(tmp_path / "importé.essdesk")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("essdesk : ") and err.count("\n") == 1 and "Traceback" not in err
    assert place in err, err
    _written_nothing(tmp_path)
    assert source.read_bytes() == before


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _raw_cases(base: dict) -> dict[str, tuple[bytes, str]]:
    text = json.dumps(base, ensure_ascii=False)
    return {
        "tableaux imbriqués 100 000 fois": (_nested(100_000).encode(), "trop imbriqué"),
        "objets imbriqués 100 000 fois": (('{"a":' * 100_000 + "1" + "}" * 100_000).encode(), "trop imbriqué"),
        "imbrication dans un champ": (text.replace('"actors": [', '"actors": [' + _nested(50_000) + ",", 1).encode(),
                                      "trop imbriqué"),
        "entier de 5 000 chiffres": (text.replace('"id": 1,', '"id": ' + "9" * 5000 + ",", 1).encode(),
                                     "nombre démesuré"),
        "NaN": (text.replace('"budget": null', '"budget": NaN', 1).encode(), "NaN"),
        "Infinity": (text.replace('"budget": null', '"budget": -Infinity', 1).encode(), "Infinity"),
        "1e999": (text.replace('"budget": null', '"budget": 1e999', 1).encode(), "budget"),
        "demi-paire UTF-16": (text.replace('"context": "', '"context": "\\ud800', 1).encode(), "caractère invalide"),
        "UTF-16": (text.encode("utf-16"), "UTF-8"),
        "Latin-1": (text.encode("latin-1", errors="replace"), "UTF-8"),
        "JSON coupé": (text[: len(text) // 2].encode(), "JSON invalide"),
        "vide": (b"", "JSON invalide"),
        "octets nuls": (b"\x00" * 4096, "JSON invalide"),
        "diagnostic essdesk": (b"SQLite format 3\x00" + bytes(4000), "Ouvrir"),
        "clé en double qui change le format": ((text[:-1] + ', "format": "autre"}').encode(), "format"),
    }


RAW_NAMES = ["tableaux imbriqués 100 000 fois", "objets imbriqués 100 000 fois", "imbrication dans un champ",
             "entier de 5 000 chiffres", "NaN", "Infinity", "1e999", "demi-paire UTF-16", "UTF-16",
             "Latin-1", "JSON coupé", "vide", "octets nuls", "diagnostic essdesk",
             "clé en double qui change le format"]


@pytest.mark.parametrize("case", RAW_NAMES)
def test_hostile_bytes_are_refused_in_bounded_memory(case, base, tmp_path):
    payload, words = _raw_cases(base)[case]
    source = tmp_path / "hostile.json"
    source.write_bytes(payload)
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError) as caught:
            read_json(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert words in str(caught.value), str(caught.value)
    assert peak < 40 * 2**20 + 20 * len(payload), f"{peak / 2**20:.0f} MiB for {len(payload)} bytes"
    assert source.read_bytes() == payload


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path, capsys):
    source = tmp_path / "énorme.json"
    with source.open("wb") as fh:  # sparse: costs no disk, but says 65 MiB
        fh.write(b'{"format": "essdesk-diagnostic", "x": "')
        fh.truncate(MAX_FILE_BYTES + 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(InterchangeError) as caught:
            read_json(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "trop gros" in str(caught.value) and "65 Mio" in str(caught.value)
    assert peak < 2**20  # refused on its size, never loaded
    assert main(["import-json", str(source), str(tmp_path / "importé.essdesk")]) == 2
    assert "trop gros" in capsys.readouterr().err
    _written_nothing(tmp_path)


def test_large_but_legitimate_import_goes_through(base, tmp_path, referential):
    """The limits refuse hostile files, not big diagnostics: 2,000 actors with long notes."""
    data = copy.deepcopy(base)
    template = {k: v for k, v in data["actors"][0].items() if k != "uid"}
    data["actors"] = [{**template, "id": i, "name": f"Acteur {i} — œ€", "notes": "é" * 5_000}
                      for i in range(1, 2_001)]
    for step in data["steps"]:
        for lever in step["levers"]:
            lever["actors"] = [a for a in lever["actors"] if a <= 2_000]
    source = tmp_path / "grand.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc = Document.create()
    try:
        load_into(doc.session, read_json(source), referential)
        assert len(to_dict(doc.session)["actors"]) == 2_000
    finally:
        doc.close()


def test_a_refused_load_leaves_the_document_empty(base, referential):
    """Errors found while loading (after the schema) roll everything back."""
    data = copy.deepcopy(base)
    data["actors"][3]["email"] = "courriel@invalide"
    doc = Document.create()
    try:
        with pytest.raises(InterchangeError, match=r"actors\[3\]\.email"):
            load_into(doc.session, data, referential)
        with doc.raw() as conn:
            assert conn.execute("SELECT count(*) FROM diagnostic").fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM actor").fetchone() == (0,)
    finally:
        doc.close()
