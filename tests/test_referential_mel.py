"""The MEL referential transcribes the MEL's ESS roadmap 2022-2026 (délibération 22-C-0026).

Every title, objective, action label and guidance is compared with the deliberation's text
(seed 003_…, normalised as in tests/seedtext.py): the axes' enjeux are taken whole, and each
action's label and guidance together are its whole text, so nothing is dropped or reworded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from seedtext import fold, lower_first, norm, quoted, read_seed

from essdesk.domain.referential import (
    Referential,
    dumps,
    load_referential,
    loads,
    shipped_referentials,
)
from essdesk.domain.services import Services, create_diagnostic
from essdesk.models.enums import LeverStatus, Priority

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "resources" / "referential" / "mel-ess-2022-2026.json"
SCHEMA = ROOT / "resources" / "referential" / "referential.schema.json"
COUNTS = {1: 6, 2: 5, 3: 4}  # "15 actions, réunies en trois axes"

# The footer and stamp of each page of the deliberation, cut out of the running text.
PAGE_BREAK = re.compile(
    r"Pour rendu exécutoire\s+\(86681\)[^\n]*\n\s*DEVELOPPEMENT ECONOMIQUE ET EMPLOI[ -]*"
)


@pytest.fixture(scope="module")
def seed() -> str:
    text = read_seed("ESSDESK_MEL", "003_562879db1ccf4d6b.txt", "feuille de route ESS de la MEL")
    text, breaks = PAGE_BREAK.subn(" ", text)
    assert breaks == 2, "the two page breaks of the deliberation"
    return norm(text)


@pytest.fixture(scope="module")
def actions(seed: str) -> dict[int, str]:
    """Each numbered action's whole text ("7/ Expérimenter …"), up to the next one."""
    parts = re.split(r" (?=\d{1,2}/ |Axe \d\. |La mise en œuvre )", seed)
    found = {int(p.split("/")[0]): p for p in parts if re.match(r"\d{1,2}/ ", p)}
    assert sorted(found) == list(range(1, 16))
    return found


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mel() -> Referential:
    return load_referential(FILE)


# --------------------------------------------------------------------------- the file


def test_identity_and_words(mel: Referential) -> None:
    assert mel.id == "mel-ess-2022-2026" and mel.year == 2022
    assert re.fullmatch(r"\d+\.\d+\.\d+", mel.version)
    assert tuple(mel.words) == ("axe", "axes", "action", "actions", False)
    assert "22-C-0026" in mel.author
    assert mel.id in {r.id for r in shipped_referentials()}


def test_three_axes_fifteen_actions(mel: Referential) -> None:
    assert {s.number: len(s.levers) for s in mel.steps} == COUNTS
    codes = [lever.code for lever in mel.levers]
    assert codes == [str(n) for n in range(1, 16)], "the roadmap's own numbering 1/ to 15/"
    assert len(set(codes)) == 15
    for step in mel.steps:
        assert step.short_title and len(step.short_title) <= 25, step.number
        assert all(lever.step == step.number for lever in step.levers)


def test_questions_and_rules(mel: Referential) -> None:
    for lever in mel.levers:
        assert lever.questions, f"action {lever.code} sans question"
        for question in lever.questions:
            assert question.endswith(" ?"), question
    rule = next(r for r in mel.rules if r.kind == "priority_not_started")
    assert rule.params == {"priorities": ("high",), "statuses": ("not_started",)}


def test_the_copy_a_diagnostic_carries(mel: Referential) -> None:
    assert loads(dumps(mel)) == mel


# --------------------------------------------------------------------------- against the seed


def test_title_and_author_are_the_deliberation(seed: str, mel: Referential) -> None:
    assert fold(mel.title) in fold(seed)
    assert "22-C-0026" in seed and "25 février 2022" in seed
    assert "15 actions, réunies en trois axes" in seed


def test_axes_are_the_roadmap_axes(seed: str, mel: Referential) -> None:
    for step in mel.steps:
        n = step.number
        match = re.search(
            rf"Axe {n}\. (.+?) Les enjeux de l'axe {n} : (.+?) Les actions de l'axe {n} :", seed
        )
        assert match, f"axe {n} absent"
        assert norm(step.title) == match[1], f"axe {n}"
        assert norm(step.objective) == match[2], f"enjeux de l'axe {n} : tout le texte"
        assert not step.guidance or quoted(step.guidance, seed), f"axe {n}"


def test_each_action_is_its_whole_text(actions: dict[int, str], mel: Referential) -> None:
    for lever in mel.levers:
        text = actions[int(lever.code)]
        head = f"{lever.code}/ {norm(lever.label)}"
        assert text.startswith(head), f"action {lever.code} : « {text[:90]} »"
        rest = text[len(head) :]
        if lever.guidance:
            assert quoted(lever.guidance, rest), f"action {lever.code} : repères"
            said = norm(lever.guidance).removesuffix(".")
            rest = rest.replace(said, "", 1).replace(lower_first(said), "", 1)
        assert re.fullmatch(r"[\s.,:]*", rest), f"action {lever.code} : reste « {rest} »"


def test_examples_are_quoted(seed: str, mel: Referential) -> None:
    examples = [e for lever in mel.levers for e in lever.examples]
    assert examples
    for example in examples:
        assert example.collectivite == "Métropole européenne de Lille"
        assert quoted(example.description, seed), example.description


# --------------------------------------------------------------------------- a diagnostic


@pytest.fixture
def diagnostic(new_store, mel: Referential) -> Services:
    store = new_store()
    create_diagnostic(
        store.session,
        mel,
        title="Feuille de route ESS",
        territory_kind="metropole",
        territory_name="Métropole européenne de Lille",
    )
    return Services(store.session)


def test_a_diagnostic_on_the_mel_roadmap_scores(diagnostic: Services, mel: Referential) -> None:
    steps = diagnostic.steps()
    assert [s.number for s in steps] == [1, 2, 3]
    assert [lever.label for s in steps for lever in s.levers] == [x.label for x in mel.levers]
    diagnostic.update_lever(
        diagnostic.lever_by_code("1").id, status=LeverStatus.DONE, priority=Priority.HIGH
    )
    diagnostic.update_lever(diagnostic.lever_by_code("2").id, status=LeverStatus.IN_PROGRESS)
    diagnostic.update_lever(diagnostic.lever_by_code("15").id, status=LeverStatus.NOT_APPLICABLE)
    scores = diagnostic.scores()
    parts = {n: s for n, s in scores.steps.items() if s.total}
    assert {n: s.total for n, s in parts.items()} == COUNTS
    assert parts[1].maturity == pytest.approx(100 * 1.5 / 6)
    assert parts[2].maturity == 0 and parts[2].completion == 0
    assert parts[3].maturity == 0 and parts[3].completion == 25
    assert scores.overall.total == 15 and scores.overall.assessed == 3
    assert scores.overall.maturity == pytest.approx(100 * 1.5 / 14)
