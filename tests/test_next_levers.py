"""« Leviers à regarder ensuite »: each rule of the referential on hand-built diagnostics."""

from __future__ import annotations

import copy

import pytest

from essdesk.domain.next_levers import next_levers
from essdesk.domain.queries import LeverRow
from essdesk.domain.referential import load_referential, parse_referential
from essdesk.models.enums import LeverStatus, Priority

S, P = LeverStatus, Priority

BASE = {
    "id": "essai",
    "version": "1.0.0",
    "title": "Méthode d'essai",
    "publisher": "Moi",
    "words": {
        "part": "axe",
        "parts": "axes",
        "lever": "action",
        "levers": "actions",
        "feminine": False,
    },
    "steps": [
        {
            "number": n,
            "title": f"Axe {n}",
            "levers": [{"code": f"A{n}.{i}", "label": f"Action {n}.{i}"} for i in (1, 2)],
        }
        for n in (1, 2, 3)
    ],
}


def method(*rules: dict):
    data = copy.deepcopy(BASE)
    data["rules"] = list(rules)
    return parse_referential(data)


def rows(**states: tuple[LeverStatus, Priority]) -> list[LeverRow]:
    """Every lever of BASE, not assessed unless `states` says otherwise (A1_2=(S.DONE, P.LOW))."""
    out, ident = [], 0
    for step in BASE["steps"]:
        for lever in step["levers"]:
            ident += 1
            status, priority = states.get(lever["code"].replace(".", "_"), (S.NOT_ASSESSED, P.NONE))
            out.append(
                LeverRow(
                    ident,
                    step["number"],
                    lever["code"],
                    lever["label"],
                    status.value,
                    priority.value,
                    None,
                )
            )
    return out


PRIORITY = {
    "kind": "priority_not_started",
    "why": "prioritaire mais pas commencé",
    "priorities": ["high"],
    "statuses": ["not_assessed", "not_started"],
}
PREREQ = {
    "kind": "prerequisite",
    "part": 1,
    "dependents": [2, 3],
    "below": 50,
    "why": "l'{word} {part} n'est pas fait et l'{word} {dependent} en dépend",
}
ELSEWHERE = {
    "kind": "done_elsewhere",
    "min": 2,
    "why": "réalisé dans {count} des {total} diagnostics comparés",
}


def test_priority_not_started_proposes_high_levers_not_begun():
    found = next_levers(
        method(PRIORITY),
        rows(
            A1_1=(S.NOT_STARTED, P.HIGH),
            A2_1=(S.NOT_ASSESSED, P.HIGH),
            A2_2=(S.IN_PROGRESS, P.HIGH),
            A3_1=(S.NOT_STARTED, P.MEDIUM),
        ),
    )
    assert [(f.code, f.why) for f in found] == [
        ("A1.1", "prioritaire mais pas commencé"),
        ("A2.1", "prioritaire mais pas commencé"),
    ]
    assert found[0].label == "Action 1.1" and found[0].lever_id == 1


def test_prerequisite_names_the_parts_with_the_referentials_word():
    ref = method(PREREQ)
    # nothing engaged in axes 2 and 3: the prerequisite is not yet a concern
    assert next_levers(ref, rows()) == []
    found = next_levers(ref, rows(A3_2=(S.PLANNED, P.NONE), A1_2=(S.NOT_APPLICABLE, P.NONE)))
    assert [(f.code, f.why) for f in found] == [
        ("A1.1", "l'axe 1 n'est pas fait et l'axe 3 en dépend")
    ]
    assert "étape" not in found[0].why


def test_prerequisite_stops_once_the_part_is_mature_enough():
    ref = method(PREREQ)
    engaged = {"A2_1": (S.IN_PROGRESS, P.NONE)}
    # 1.1 in progress (50 %) and 1.2 planned (25 %): 37.5 % < 50 %
    found = next_levers(
        ref, rows(A1_1=(S.IN_PROGRESS, P.NONE), A1_2=(S.PLANNED, P.NONE), **engaged)
    )
    assert [f.code for f in found] == ["A1.2", "A1.1"]  # the least advanced first
    assert found[0].why == "l'axe 1 n'est pas fait et l'axe 2 en dépend"
    # 1.1 done, 1.2 in progress: 75 %
    assert (
        next_levers(ref, rows(A1_1=(S.DONE, P.NONE), A1_2=(S.IN_PROGRESS, P.NONE), **engaged)) == []
    )


def test_done_elsewhere_counts_the_compared_diagnostics():
    ref = method(ELSEWHERE)
    others = [
        {"A1.1": "done", "A2.1": "done", "A3.1": "done"},
        {"A1.1": S.DONE, "A2.1": "in_progress", "A3.1": "done"},
        {"A1.1": "done", "A2.1": "done"},
        {"A1.1": "not_started"},
    ]
    found = next_levers(ref, rows(A2_1=(S.DONE, P.NONE)), others=others)
    # A2.1 is done here; A3.1 is done in 2 of the 2 diagnostics that have it
    assert [(f.code, f.why) for f in found] == [
        ("A1.1", "réalisé dans 3 des 4 diagnostics comparés"),
        ("A3.1", "réalisé dans 2 des 2 diagnostics comparés"),
    ]
    assert next_levers(ref, rows(), others=others[3:]) == []
    assert next_levers(ref, rows()) == []  # nothing compared


def test_one_entry_per_lever_with_every_reason_and_at_most_five():
    ref = method(PRIORITY, PREREQ)
    found = next_levers(ref, rows(A1_1=(S.NOT_STARTED, P.HIGH), A2_1=(S.PLANNED, P.NONE)))
    assert [(f.code, f.why) for f in found] == [
        ("A1.1", "prioritaire mais pas commencé ; l'axe 1 n'est pas fait et l'axe 2 en dépend"),
        ("A1.2", "l'axe 1 n'est pas fait et l'axe 2 en dépend"),
    ]
    everything_high = {f"A{n}_{i}": (S.NOT_STARTED, P.HIGH) for n in (1, 2, 3) for i in (1, 2)}
    assert len(next_levers(ref, rows(**everything_high))) == 5
    assert len(next_levers(ref, rows(**everything_high), limit=2)) == 2


def test_a_reason_with_an_unknown_field_is_shown_as_written():
    ref = method({**PRIORITY, "why": "urgent {pour_qui} {part}"})
    found = next_levers(ref, rows(A1_1=(S.NOT_STARTED, P.HIGH)))
    assert found[0].why == "urgent {pour_qui} {part}"


def test_a_referential_without_rules_proposes_nothing():
    assert next_levers(method(), rows(A1_1=(S.NOT_STARTED, P.HIGH))) == []


@pytest.mark.parametrize("status", [S.NOT_APPLICABLE, S.DONE])
def test_closed_levers_are_never_proposed(status):
    ref = method(PRIORITY, PREREQ, ELSEWHERE)
    found = next_levers(
        ref,
        rows(A1_1=(status, P.HIGH), A2_1=(S.IN_PROGRESS, P.NONE)),
        others=[{"A1.1": "done"}] * 3,
    )
    assert "A1.1" not in [f.code for f in found]


def test_rtes_rules_on_a_diagnostic_engaged_in_financing():
    """The shipped rules: the diagnostic (step 1) comes before financing (step 4)."""
    rtes = load_referential()
    lever_rows = [
        LeverRow(
            i,
            lv.step,
            lv.code,
            lv.label,
            "in_progress" if lv.code == "4.2" else "not_assessed",
            "high" if lv.code == "1.3" else "none",
            None,
        )
        for i, lv in enumerate(rtes.levers, 1)
    ]
    found = next_levers(rtes, lever_rows, others=[{"5.1": "done"}, {"5.1": "done"}, {}])
    assert found[0].code == "1.3"
    assert found[0].why == (
        "prioritaire mais pas commencé ; l'étape 1 n'est pas faite et l'étape 4 en dépend"
    )
    assert [f.code for f in found] == ["1.3", "1.1", "1.2", "1.4", "1.5"]
    assert all(f.why.endswith("l'étape 4 en dépend") for f in found)
