"""The report's closing sections, "Recommandations" and "Suites proposées" (issue 14).

Derived from the diagnostic, never typed: the recommendations come from the high-priority
levers still open (and the actions of the plan that answer them), the follow-ups from the
actions of the plan not finished yet. Plain data, free of reportlab, so that the PDF only
lays it out and tests can read it.
"""

from __future__ import annotations

from typing import NamedTuple

from essdesk.domain.scoring import format_percent
from essdesk.export.report import ActionRow, LeverRow, Report
from essdesk.models.enums import ActionStatus, LeverStatus

#: Open actions the follow-ups list at most (the plan itself lists them all).
MAX_FOLLOW_UPS = 12
#: Priority levers the recommendations name one by one.
MAX_RECOMMENDATIONS = 10

_FINISHED = frozenset({ActionStatus.DONE, ActionStatus.ABANDONED})


class Recommendation(NamedTuple):
    lever: LeverRow
    advice: str


class FollowUp(NamedTuple):
    action: ActionRow
    late: bool


class Advice(NamedTuple):
    summary: str
    recommendations: tuple[Recommendation, ...]
    #: Priority levers beyond MAX_RECOMMENDATIONS.
    more_levers: int
    to_assess: str
    follow_ups: tuple[FollowUp, ...]
    more_actions: int
    without_pilot: tuple[str, ...]


def _lever_advice(lever: LeverRow, report: Report) -> str:
    if not lever.actions:
        return (
            "aucune action du plan n'y répond encore : en inscrire une au plan d'action, "
            "avec un pilote et une échéance."
        )
    by_title = {a.title: a for a in report.actions}
    states = []
    for title in lever.actions:
        action = by_title.get(title)
        state = f" ({action.status.label.lower()})" if action is not None else ""
        states.append(f"« {title} »{state}")
    return (
        "suivre " + ("l'action " if len(states) == 1 else "les actions ") + ", ".join(states) + "."
    )


def _summary(report: Report) -> str:
    overall = report.overall
    measured = [s for s in report.steps if s.score.maturity is not None]
    text = f"La maturité globale du diagnostic est de {format_percent(overall.maturity)}"
    if len(measured) >= 2:
        weakest = sorted(measured, key=lambda s: (s.score.maturity, s.number))[:2]
        names = " et ".join(
            f"{report.the_part(s.number)} « {s.title} » ({format_percent(s.score.maturity)})"
            for s in weakest
        )
        text += f" ; les moins avancé{'es' if report.words.feminine else 's'} sont {names}"
    return text + "."


def _to_assess(report: Report) -> str:
    steps = [
        s.number
        for s in report.steps
        if any(lever.status is LeverStatus.NOT_ASSESSED for lever in s.levers)
    ]
    count = sum(1 for lever in report.levers if lever.status is LeverStatus.NOT_ASSESSED)
    if not count:
        return ""
    where = ", ".join(str(n) for n in steps)
    words = report.words
    noun = f"{words.lever} reste" if count == 1 else f"{words.levers} restent"
    return (
        f"{count} {noun} à évaluer ({words.parts if len(steps) > 1 else words.part} {where}) : "
        "les examiner au prochain atelier complétera le diagnostic."
    )


def advice(report: Report) -> Advice:
    levers = report.priority_levers
    recommendations = tuple(
        Recommendation(lever, _lever_advice(lever, report))
        for lever in levers[:MAX_RECOMMENDATIONS]
    )
    today = report.identity.exported_on
    open_actions = [a for a in report.actions if a.status not in _FINISHED]
    follow_ups = tuple(
        FollowUp(a, a.end is not None and a.end < today) for a in open_actions[:MAX_FOLLOW_UPS]
    )
    return Advice(
        summary=_summary(report),
        recommendations=recommendations,
        more_levers=max(0, len(levers) - MAX_RECOMMENDATIONS),
        to_assess=_to_assess(report),
        follow_ups=follow_ups,
        more_actions=max(0, len(open_actions) - MAX_FOLLOW_UPS),
        without_pilot=tuple(a.title for a in open_actions if not a.pilot),
    )
