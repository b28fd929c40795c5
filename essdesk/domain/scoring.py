"""Maturity and completion of a diagnostic: pure functions over (status, priority, weight).

Maturity is the weighted mean of each lever's contribution; levers judged not applicable
leave the denominator. Completion is the share of levers the group has assessed at all.
Both are percentages, or None when there is nothing to measure (e.g. every lever of a step
is not applicable), which a report shows as "—" rather than a misleading 0 %.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from essdesk.models.enums import LeverStatus, Priority

CONTRIBUTION: Mapping[LeverStatus, float] = {
    LeverStatus.DONE: 1.0,
    LeverStatus.IN_PROGRESS: 0.5,
    LeverStatus.PLANNED: 0.25,
    LeverStatus.NOT_STARTED: 0.0,
    LeverStatus.NOT_ASSESSED: 0.0,
}


class LeverInput(NamedTuple):
    status: LeverStatus
    priority: Priority = Priority.NONE
    weight: int = 1


class Score(NamedTuple):
    maturity: float | None
    completion: float | None
    total: int
    assessed: int
    by_status: dict[LeverStatus, int]
    by_priority: dict[Priority, int]


def score(levers: Iterable[LeverInput]) -> Score:
    weighted = 0.0
    denominator = 0
    total = assessed = 0
    by_status = dict.fromkeys(LeverStatus, 0)
    by_priority = dict.fromkeys(Priority, 0)
    for lever in levers:
        total += 1
        by_status[lever.status] += 1
        by_priority[lever.priority] += 1
        if lever.status is not LeverStatus.NOT_ASSESSED:
            assessed += 1
        if lever.status is LeverStatus.NOT_APPLICABLE:
            continue
        denominator += lever.weight
        weighted += lever.weight * CONTRIBUTION[lever.status]
    return Score(
        maturity=100.0 * weighted / denominator if denominator else None,
        completion=100.0 * assessed / total if total else None,
        total=total,
        assessed=assessed,
        by_status=by_status,
        by_priority=by_priority,
    )


class DiagnosticScore(NamedTuple):
    steps: dict[int, Score]
    overall: Score


def score_by_step(
    levers: Iterable[tuple[int, LeverInput]], numbers: Iterable[int] = ()
) -> DiagnosticScore:
    """Scores per step number and overall (over all levers, not a mean of the steps).

    `numbers`: the parts scored even when they hold no lever (every part of the referential)."""
    grouped: dict[int, list[LeverInput]] = {number: [] for number in numbers}
    everything: list[LeverInput] = []
    for step_number, lever in levers:
        grouped.setdefault(step_number, []).append(lever)
        everything.append(lever)
    return DiagnosticScore(
        steps={number: score(items) for number, items in sorted(grouped.items())},
        overall=score(everything),
    )


def format_percent(value: float | None) -> str:
    """French formatting of a percentage: '42 %', or an em dash when undefined."""
    return "—" if value is None else f"{round(value):d}\u202f%"
