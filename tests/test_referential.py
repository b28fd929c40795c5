"""The referential transcribes the RTES guide « RepèrESS Filières & ESS » (2023) faithfully.

The comparisons with the guide are exact after a light normalisation (whitespace collapsed,
typographic apostrophes made straight, line-break hyphenation and soft hyphens repaired), so
a typo, a missing word or a lever cut in the wrong place makes them fail.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from seedtext import SEEDS, fold, lower_first, norm, seed_path

from essdesk.domain import referential as ref_module
from essdesk.domain.referential import (
    Referential,
    ReferentialError,
    load_referential,
    parse_referential,
    referential_path,
    resources_dir,
)

ROOT = Path(__file__).resolve().parents[1]
REFERENTIAL = ROOT / "resources" / "referential" / "rtes-filieres-ess-2023.json"
SCHEMA = ROOT / "resources" / "referential" / "referential.schema.json"
GUIDE_NAME = "001_37c14bd1d5d7190e.txt"
NANTES_NAME = "000_c1e526a80b61e86f.txt"

EXPECTED_COUNTS = {1: 5, 2: 5, 3: 8, 4: 8, 5: 5, 6: 5, 7: 4}
NANTES_FILIERES = [
    "Éco-construction solidaire",
    "Réemploi et économie des ressources",
    "Habitat inclusif",
    "Alimentation et circuits courts",
    "Logistique urbaine durable",
    "Numérique responsable",
    "Mobilité inclusive",
    "Santé pour tous",
    "Énergie citoyenne",
    "Culture et citoyenneté",
]
NANTES_SOURCE = "nantes-metropole-2026"


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def guide() -> str:
    path = seed_path("ESSDESK_GUIDE", GUIDE_NAME)
    if path is None:
        pytest.skip(f"guide RTES absent ({SEEDS}/{GUIDE_NAME}, ou variable ESSDESK_GUIDE)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nantes() -> str:
    path = seed_path("ESSDESK_NANTES", NANTES_NAME)
    if path is None:
        pytest.skip(f"feuille de route de Nantes Métropole absente ({SEEDS}/{NANTES_NAME})")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(REFERENTIAL.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def referential() -> Referential:
    return load_referential(REFERENTIAL)


def step_sections(guide: str) -> dict[int, str]:
    """Raw text of each 'Etape N :' section of the guide, heading included."""
    parts = re.split(r"(?m)^\s*(?=Etape [1-7] :)", guide)
    sections = {int(p[6]): p for p in parts if p.startswith("Etape ")}
    assert sorted(sections) == list(range(1, 8))
    return sections


def heading(section: str) -> str:
    return norm(section[: section.index("Objectif :")])


def objective_paragraph(section: str) -> str:
    start = section.index("Objectif :")
    return norm(re.split(r"\n\s*\n", section[start:], maxsplit=1)[0])


def lever_items(section: str) -> list[str]:
    """The items listed just before 'Les leviers d'actions en bref :'.

    The bullets were lost in the extraction: an item starts on a line beginning with a
    capital letter, continuation lines start with a lower-case letter or a bracket.
    """
    match = re.search(r"Les leviers d.actions en bref", section)
    assert match, "section without 'Les leviers d'actions en bref'"
    block = re.split(r"\n\s*\n", section[: match.start()].strip())[-1]
    items: list[str] = []
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        if line[0].isupper() or not items:
            items.append(line)
        else:
            items[-1] += "\n" + line
    return [norm(item) for item in items]


# --------------------------------------------------------------------------- the data


def test_json_validates_against_schema(raw: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(raw)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("steps", 0, "levers", 0, "code"), "1 1"),
        (("steps", 0, "number"), 0),
        (("rules",), [{"kind": "unknown", "why": "x"}]),
        (("steps", 0, "levers", 0, "label"), ""),
        (("steps", 0, "levers", 0, "extra"), "x"),
        (("year",), "2023"),
    ],
)
def test_schema_rejects_bad_data(raw: dict, path: tuple, value: object) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = copy.deepcopy(raw)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(data)


SHIPPED = sorted(
    p for p in REFERENTIAL.parent.glob("*.json") if not p.name.endswith(".schema.json")
)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_referential_is_written_alike_and_valid(path: Path) -> None:
    """Indent 2, straight apostrophes, the JSON schema, and the loader's own checks."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert "\u2019" not in text and "\u2018" not in text, "apostrophes droites partout"
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    assert load_referential(path).id == data["id"]


def test_file_format() -> None:
    text = REFERENTIAL.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert "\u2019" not in text and "\u2018" not in text, "apostrophes droites partout"
    assert data["id"] == "rtes-filieres-ess-2023"
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["version"])


def test_steps_and_lever_codes(referential: Referential) -> None:
    assert [s.number for s in referential.steps] == list(range(1, 8))
    assert {s.number: len(s.levers) for s in referential.steps} == EXPECTED_COUNTS
    codes = [lever.code for lever in referential.levers]
    expected = [f"{n}.{i}" for n, count in EXPECTED_COUNTS.items() for i in range(1, count + 1)]
    assert codes == expected
    assert len(codes) == 40
    for step in referential.steps:
        assert all(lever.step == step.number for lever in step.levers)


def test_every_lever_is_documented(referential: Referential) -> None:
    for lever in referential.levers:
        assert lever.guidance.strip(), lever.code
        assert lever.examples, f"{lever.code} sans exemple"
        for example in lever.examples:
            assert example.collectivite.strip() and example.description.strip()
    for step in referential.steps:
        sentences = re.findall(r"[.!?](?:\s|$)", step.guidance.strip())
        assert 2 <= len(sentences) <= 4, f"étape {step.number} : 2 à 4 phrases attendues"


def test_choices_and_recommendations(referential: Referential) -> None:
    assert [c.id for c in referential.meanings] == ["value_chain", "ecosystem"]
    assert [c.id for c in referential.scenarios] == ["initiate", "support"]
    assert [c.id for c in referential.reasons] == [
        "inclusion",
        "attractiveness",
        "economic_development",
        "resilience",
    ]
    assert len(referential.recommendations) == 10
    assert len(set(referential.recommendations)) == 10


def test_filieres(referential: Referential) -> None:
    ids = [f.id for f in referential.filieres]
    assert len(ids) == len(set(ids))
    by_name = {f.name: f for f in referential.filieres}
    for name in NANTES_FILIERES:
        assert name in by_name, f"filière de coopération de Nantes absente : {name}"
        assert NANTES_SOURCE in by_name[name].sources
    nantes = [f for f in referential.filieres if NANTES_SOURCE in f.sources]
    assert len(nantes) == 10
    guide_ids = {f.id for f in referential.filieres if "guide" in f.sources}
    assert {"laine", "textile", "alimentation_durable", "reemploi_btp"} <= guide_ids
    assert {"numerique_responsable", "logistique", "brassicole"} <= guide_ids
    assert {"renovation_energetique", "bles_meuniers"} <= guide_ids
    # merged duplicates carry both sources
    for merged in ("alimentation_durable", "numerique_responsable", "logistique"):
        assert set(next(f for f in referential.filieres if f.id == merged).sources) == {
            "guide",
            NANTES_SOURCE,
        }


# --------------------------------------------------------------------------- against the guide


def test_norm_is_strict() -> None:
    assert norm("multi-\ncollectivités)") == "multi-collectivités)"
    assert norm("l’ESS  et\n l\u00adESS") == "l'ESS et lESS"
    assert norm("Sud Landes - Pays basque") == "Sud Landes - Pays basque"
    assert norm("Établir") != norm("Etablir")


def test_step_titles_are_the_guide_headings(guide: str, referential: Referential) -> None:
    sections = step_sections(guide)
    for step in referential.steps:
        title = norm(step.title)
        assert title[0].isupper()
        found = heading(sections[step.number])
        assert re.fullmatch(
            rf"Etape {step.number} : (?:le |la |l'){re.escape(lower_first(title))}", found
        ), f"étape {step.number} : « {found} » dans le guide"


def test_objectives_are_verbatim(guide: str, referential: Referential) -> None:
    sections = step_sections(guide)
    for step in referential.steps:
        expected = objective_paragraph(sections[step.number])
        assert f"Objectif : {norm(step.objective)}" == expected, f"étape {step.number}"


def test_lever_labels_are_the_guide_lists(guide: str, referential: Referential) -> None:
    sections = step_sections(guide)
    for step in referential.steps:
        items = lever_items(sections[step.number])
        assert len(items) == EXPECTED_COUNTS[step.number], f"étape {step.number} : {items}"
        assert [norm(lever.label) for lever in step.levers] == items, f"étape {step.number}"


def test_every_label_is_found_in_the_guide(guide: str, referential: Referential) -> None:
    text = norm(guide)
    for lever in referential.levers:
        assert norm(lever.label) in text, lever.code
    for step in referential.steps:
        assert norm(step.objective) in text, step.number


def test_recommendations_are_verbatim(guide: str, referential: Referential) -> None:
    text = norm(guide)
    assert "EN SYNTHÈSE" in text
    positions = []
    for number, recommendation in enumerate(referential.recommendations, start=1):
        position = text.find(norm(recommendation))
        assert position >= 0, f"recommandation {number} absente du guide"
        positions.append(position)
    assert positions == sorted(positions), "ordre du guide"


def test_nantes_filieres_are_in_the_roadmap(nantes: str) -> None:
    text = fold(nantes)
    for name in NANTES_FILIERES:
        assert fold(name) in text, name


def test_guide_filieres_are_cited(guide: str, referential: Referential) -> None:
    text = fold(guide)
    keywords = {
        "laine": "filière laine",
        "textile": "textile responsable",
        "alimentation_durable": "filière alimentation durable",
        "reemploi_btp": "réemploi des déchets du bâtiment",
        "ecoconstruction": "écoconstruction",
        "numerique_responsable": "filière numérique responsable",
        "reemploi": "filière réemploi",
        "logistique": "filière logistique",
        "brassicole": "filière brassicole",
        "renovation_energetique": "filière de rénovation énergétique",
        "bles_meuniers": "blés meuniers",
        "velo": "filière vélo",
        "bois": "filière bois",
        "consigne": "consigne",
        "parfum": "producteurs de parfums",
        "viande_bovine": "filière viande bovine",
    }
    for filiere in referential.filieres:
        if "guide" in filiere.sources:
            assert filiere.id in keywords, f"{filiere.id} : citation à vérifier"
            assert fold(keywords[filiere.id]) in text, filiere.id


# --------------------------------------------------------------------------- the loader


def test_lookups(referential: Referential) -> None:
    assert referential.step(4).title == "Financement"
    assert referential.lever("3.2").step == 3
    assert referential.lever("7.4").label == "Développer la recherche et l'innovation"
    assert referential.levers[0] is referential.lever("1.1")
    with pytest.raises(KeyError):
        referential.lever("9.9")
    with pytest.raises(KeyError):
        referential.step(8)


def test_default_referential_is_cached() -> None:
    assert referential_path() == REFERENTIAL
    assert resources_dir() == ROOT / "resources"
    assert load_referential() is load_referential()
    assert load_referential().id == "rtes-filieres-ess-2023"


def test_resources_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert ref_module.resources_dir() == tmp_path / "resources"
    assert referential_path() == tmp_path / "resources" / "referential" / REFERENTIAL.name


def test_loader_is_light() -> None:
    code = (
        "import sys, essdesk.domain.referential as r; r.load_referential(); "
        "bad = [m for m in ('PySide6', 'jsonschema') if m in sys.modules]; "
        "print(*bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReferentialError) as info:
        load_referential(tmp_path / "absent.json")
    message = str(info.value)
    assert "introuvable" in message and "réinstallez essdesk" in message
    assert "absent.json" in message


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(REFERENTIAL.read_text(encoding="utf-8")[:500], encoding="utf-8")
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    message = str(info.value)
    assert "n'est pas un JSON valide" in message and "ligne" in message
    assert "broken.json" in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(REFERENTIAL.read_text(encoding="utf-8").encode("latin-1", "replace"))
    with pytest.raises(ReferentialError, match="UTF-8"):
        load_referential(path)


def _write_copy(tmp_path: Path, raw: dict, change) -> Path:
    data = copy.deepcopy(raw)
    change(data)
    path = tmp_path / "referential.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_lever_without_label(tmp_path: Path, raw: dict) -> None:
    path = _write_copy(tmp_path, raw, lambda d: d["steps"][2]["levers"][0].pop("label"))
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    assert info.value.place == "steps[2].levers[0].label"
    message = str(info.value)
    assert "steps[2].levers[0].label" in message and "absent" in message
    assert "referential.json" in message and "réinstallez essdesk" in message


def test_duplicate_code(tmp_path: Path, raw: dict) -> None:
    def change(data: dict) -> None:
        data["steps"][3]["levers"][5]["code"] = "4.2"

    with pytest.raises(ReferentialError) as info:
        load_referential(_write_copy(tmp_path, raw, change))
    assert info.value.place == "steps[3].levers[5].code"
    assert "« 4.2 » est en double" in str(info.value)


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (
            lambda d: d["steps"][0]["levers"][1].update(label="  "),
            "steps[0].levers[1].label",
            "vide",
        ),
        (
            lambda d: d["steps"][1]["levers"][0].update(code="2 1"),
            "steps[1].levers[0].code",
            "n'est pas valide",
        ),
        (
            lambda d: d["steps"][1]["levers"][0].update(code="é1"),
            "steps[1].levers[0].code",
            "n'est pas valide",
        ),
        (lambda d: d["steps"][4].update(number=True), "steps[4].number", "entier"),
        (lambda d: d["steps"].append(d["steps"][6]), "steps[7].number", "8 attendu"),
        (
            lambda d: d.update(rules=[{"kind": "prerequisite", "why": "x", "part": 9,
                                       "dependents": [2], "below": 50}]),
            "rules[0].part",
            "hors limites",
        ),
        (
            lambda d: d.update(rules=[{"kind": "priority_not_started", "why": "x",
                                       "priorities": ["urgent"], "statuses": []}]),
            "rules[0].priorities[0]",
            "choisir parmi",
        ),
        (
            lambda d: d["steps"][0]["levers"][0].update(actor_categories=["club"]),
            "steps[0].levers[0].actor_categories[0]",
            "catégorie d'acteur",
        ),
        (lambda d: d["steps"][6].update(levers=[]), "steps[6].levers", "vide"),
        (
            lambda d: d["steps"][0]["levers"][0]["examples"][0].pop("collectivite"),
            "steps[0].levers[0].examples[0].collectivite",
            "absent",
        ),
        (
            lambda d: d["steps"][0]["levers"][0].update(note="x"),
            "steps[0].levers[0].note",
            "pas prévu",
        ),
        (
            lambda d: d["recommendations"][3].update(number=7),
            "recommendations[3].number",
            "4 attendu",
        ),
        (lambda d: d["filieres"][1].update(id="laine"), "filieres[1].id", "en double"),
        (lambda d: d["filieres"][0].update(sources="guide"), "filieres[0].sources", "liste"),
        (lambda d: d.update(year="2023"), "year", "entier"),
        (lambda d: d.pop("steps"), "steps", "absent"),
    ],
)
def test_structural_errors_name_the_place(change, place: str, words: str, raw: dict) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(ReferentialError) as info:
        parse_referential(data)
    assert info.value.place == place
    assert f"« {place} »" in str(info.value)
    assert words in str(info.value)


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(ReferentialError, match="objet JSON"):
        parse_referential([])


def test_the_copy_a_diagnostic_carries_reads_back_the_same(referential: Referential) -> None:
    from essdesk.domain.referential import dumps, loads, referential_of

    text = dumps(referential)
    assert loads(text) == referential
    assert referential_of("autre", "9.9.9", text) == referential
    # a file without a copy (schema v1–v3) falls back on the shipped referential of its id
    assert referential_of(referential.id, referential.version, None) == referential
    with pytest.raises(ReferentialError, match="n'est pas installé"):
        referential_of("inconnu", "1.0.0", None)


def test_a_referential_nested_deeper_than_json_goes_is_refused_in_french(tmp_path) -> None:
    """A diagnostic's stored referential or a method file edited by hand: a French message,
    not « erreur inattendue (RecursionError) »."""
    deep = "[" * 200_000 + "]" * 200_000
    with pytest.raises(ref_module.ReferentialError, match="est illisible. Restaurez"):
        ref_module.loads(deep)
    (tmp_path / "methode.json").write_text(deep, encoding="utf-8")
    with pytest.raises(ref_module.ReferentialError, match="imbrication trop profonde"):
        ref_module.load_referential(tmp_path / "methode.json")
