"""The Nantes referential transcribes Nantes Métropole's ESS roadmap (horizon 2026).

Its parts are the roadmap's eight leviers d'actions, each with its actions in the roadmap's
order (the lead action, then the bullets), compared with the roadmap's text (seed 000_…,
normalised as in tests/seedtext.py); its catalogue of filières is the ten filières de
coopération, each described by its own lead action.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from seedtext import fold, lower_first, norm, read_seed

from essdesk.domain.referential import (
    Referential,
    dumps,
    load_referential,
    loads,
    shipped_referentials,
)
from essdesk.domain.services import Services, create_diagnostic
from essdesk.models.enums import LeverStatus

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "referential"
FILE = FOLDER / "nantes-ess-2026.json"
COUNTS = {1: 1, 2: 5, 3: 4, 4: 5, 5: 3, 6: 5, 7: 4, 8: 4}

# What the PDF extraction broke inside single words at line ends, and the roadmap's one
# misprint ("Solibab": the Solilab, named so twice elsewhere in the roadmap).
REPAIRS = {
    "dé-veloppement": "développement",
    "acces-sible": "accessible",
    "pluri-disciplinaires": "pluridisciplinaires",
    "associa-tifs": "associatifs",
    "Déployer Le Solibab": "Déployer le Solilab",
}


def unspace(line: str) -> str:
    """A line printed letter-spaced ("I n t é g r e r  d a n s") read as words."""
    words = re.split(r" {2,}", line.strip())
    letters = [t for word in words for t in word.split(" ")]
    if len(letters) >= 5 and all(len(t) == 1 for t in letters):
        return " ".join(word.replace(" ", "") for word in words)
    return line


@pytest.fixture(scope="module")
def blocks() -> list[str]:
    """The roadmap cut at each numbered heading ("4 Poser la stratégie …"), normalised."""
    raw = read_seed("ESSDESK_NANTES", "000_c1e526a80b61e86f.txt", "feuille de route de Nantes")
    text = "\n".join(unspace(line) for line in raw.splitlines())
    parts = [norm(p) for p in re.split(r"(?m)^\s*(?=\d{1,2}\s+\S|LES ECOSSOLIES)", text)]
    repaired = []
    for part in parts:
        for broken, word in REPAIRS.items():
            part = part.replace(broken, word)
        repaired.append(part)
    joined = " ".join(parts)
    for broken in REPAIRS:
        assert joined.count(broken) == 1, broken
    return repaired


def under(blocks: list[str], heading: str) -> list[str]:
    """The items under the one heading: its lead paragraph (if any), then each bullet."""
    found = [b for b in blocks if fold(b).startswith(fold(heading) + " ")]
    assert len(found) == 1, f"« {heading} » : {len(found)} fois dans la feuille de route"
    items = [item.strip() for item in found[0][len(norm(heading)) :].split("•")]
    return [item for item in items if item]


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nantes() -> Referential:
    return load_referential(FILE)


# --------------------------------------------------------------------------- the file


def test_identity_words_and_counts(nantes: Referential) -> None:
    assert nantes.id == "nantes-ess-2026" and nantes.publisher == "Nantes Métropole"
    assert tuple(nantes.words) == (
        "levier d'actions",
        "leviers d'actions",
        "action",
        "actions",
        False,
    )
    assert {s.number: len(s.levers) for s in nantes.steps} == COUNTS
    codes = [lever.code for lever in nantes.levers]
    assert codes == [f"{n}.{i}" for n, count in COUNTS.items() for i in range(1, count + 1)]
    assert len(set(codes)) == len(codes) == 31
    assert all(s.short_title and len(s.short_title) <= 27 for s in nantes.steps)
    assert nantes.id in {r.id for r in shipped_referentials()}
    assert loads(dumps(nantes)) == nantes


# --------------------------------------------------------------------------- against the seed


def test_title_and_figures(blocks: list[str], nantes: Referential) -> None:
    text = fold(" ".join(blocks))
    assert fold(nantes.title.removesuffix(" à horizon 2026")) in text
    assert "a horizon 2026" in text
    assert "8 leviers d'actions mis au service de 10 filieres de cooperations" in text


def test_each_levier_is_the_roadmap_text(blocks: list[str], nantes: Referential) -> None:
    for step in nantes.steps:
        items = under(blocks, f"{step.number} {step.title}")
        assert len(items) == len(step.levers), f"levier {step.number} : {items}"
        for item, lever in zip(items, step.levers, strict=True):
            label = norm(lever.label)
            assert item.startswith(label), f"{lever.code} : « {item} »"
            rest = item[len(label) :].lstrip(" ,:")
            if lever.guidance:
                assert rest in (norm(lever.guidance), lower_first(norm(lever.guidance))), (
                    f"{lever.code} : « {rest} »"
                )
            else:
                assert rest in ("", "."), f"{lever.code} : reste « {rest} »"


def test_filieres_are_the_ten_filieres_de_cooperation(
    blocks: list[str], nantes: Referential
) -> None:
    assert len(nantes.filieres) == 10
    rtes = json.loads((FOLDER / "rtes-filieres-ess-2023.json").read_text(encoding="utf-8"))
    rtes_ids = {fold(f["name"]): f["id"] for f in rtes["filieres"]}
    for number, filiere in enumerate(nantes.filieres, start=1):
        lead, *actions = under(blocks, f"{number} {filiere.name}")
        assert norm(filiere.sector) == lead, filiere.id
        assert actions, filiere.id
        assert filiere.sources == ("nantes-metropole-2026",)
        # the same filière has the same id in every shipped referential
        assert rtes_ids.get(fold(filiere.name)) == filiere.id, filiere.name


def test_examples_are_the_filieres_actions(blocks: list[str], nantes: Referential) -> None:
    numbers = {f.id: (n, f.name) for n, f in enumerate(nantes.filieres, start=1)}
    examples = [e for lever in nantes.levers for e in lever.examples]
    assert len(examples) >= 8
    for example in examples:
        (filiere,) = example.filieres
        number, name = numbers[filiere]
        assert example.collectivite == f"Nantes Métropole (filière {name})"
        assert norm(example.description) in under(blocks, f"{number} {name}"), example


# --------------------------------------------------------------------------- a diagnostic


def test_a_diagnostic_on_the_nantes_roadmap_scores(new_store, nantes: Referential) -> None:
    store = new_store()
    create_diagnostic(
        store.session,
        nantes,
        title="Feuille de route ESS",
        territory_kind="metropole",
        territory_name="Nantes Métropole",
        filiere_name=nantes.filieres[0].name,
    )
    services = Services(store.session)
    assert [s.number for s in services.steps()] == list(COUNTS)
    for step in nantes.steps:
        lever = services.lever_by_code(step.levers[0].code)
        services.update_lever(lever.id, status=LeverStatus.DONE)
    scores = services.scores()
    parts = {n: s for n, s in scores.steps.items() if s.total}
    assert {n: s.total for n, s in parts.items()} == COUNTS
    assert parts[1].maturity == 100 and parts[2].maturity == pytest.approx(20)
    assert parts[8].maturity == pytest.approx(25) and parts[8].completion == pytest.approx(25)
    assert scores.overall.assessed == 8
    assert scores.overall.maturity == pytest.approx(100 * 8 / 31)
