"""« Leviers à regarder ensuite »: the referential's rules evaluated on a diagnostic.

The rules are data (`Referential.rules`, see docs/referential-format.md): this module only
knows the three kinds and fills each rule's French `why` with its fields. A lever several
rules point at appears once, its reasons joined. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from essdesk.domain.queries import LeverRow
from essdesk.domain.referential import Referential, Rule
from essdesk.domain.scoring import DiagnosticScore, LeverInput, score_by_step
from essdesk.models.enums import LeverStatus, Priority

__all__ = ["LIMIT", "NextLever", "next_levers"]

LIMIT = 5

_CLOSED = frozenset({LeverStatus.DONE.value, LeverStatus.NOT_APPLICABLE.value})
# A dependent part is engaged once one of its levers has moved past "pas commencé".
_ENGAGED = frozenset(
    {LeverStatus.PLANNED.value, LeverStatus.IN_PROGRESS.value, LeverStatus.DONE.value}
)
_PRIORITY_ORDER = {p.value: i for i, p in enumerate(Priority)}  # high first
_STATUS_ORDER = {s.value: i for i, s in enumerate(LeverStatus)}  # least advanced first
_FIELD = re.compile(r"\{(\w+)\}")


class NextLever(NamedTuple):
    code: str
    label: str
    why: str
    lever_id: int | None = None


def _fill(template: str, fields: Mapping[str, object]) -> str:
    """The rule's reason with its {fields}; an unknown {name} is left as written (the
    referential may come from anyone's spreadsheet: never a KeyError)."""
    return _FIELD.sub(lambda m: str(fields.get(m.group(1), m.group(0))), template)


def _value(status: object) -> str:
    return str(getattr(status, "value", status))


def next_levers(
    referential: Referential,
    levers: Iterable[LeverRow],
    scores: DiagnosticScore | None = None,
    others: Sequence[Mapping[str, object]] = (),
    limit: int = LIMIT,
) -> list[NextLever]:
    """At most `limit` levers to look at next, in the order of the referential's rules.

    `levers` are the diagnostic's rows (queries.lever_rows); `scores` its part maturities
    (computed from the rows, every weight 1, when not given); `others` the lever statuses by
    code of the diagnostics compared with it, for the "done_elsewhere" rule.
    """
    rows = [r._replace(status=_value(r.status), priority=_value(r.priority)) for r in levers]
    if scores is None:
        scores = score_by_step(
            (r.step, LeverInput(LeverStatus(r.status), Priority(r.priority))) for r in rows
        )
    reasons: dict[str, list[str]] = {}
    by_code = {r.code: r for r in rows}
    for rule in referential.rules:
        for code, why in _evaluate(rule, referential, rows, scores, others):
            if why not in reasons.setdefault(code, []):
                reasons[code].append(why)
    found = [
        NextLever(code, by_code[code].label, " ; ".join(whys), by_code[code].id)
        for code, whys in reasons.items()
    ]
    return found[:limit]


def _evaluate(
    rule: Rule,
    referential: Referential,
    rows: list[LeverRow],
    scores: DiagnosticScore,
    others: Sequence[Mapping[str, object]],
) -> list[tuple[str, str]]:
    p = rule.params
    if rule.kind == "priority_not_started":
        priorities, statuses = set(p["priorities"]), set(p["statuses"])
        hits = [r for r in rows if r.priority in priorities and r.status in statuses]
        hits.sort(key=lambda r: _PRIORITY_ORDER.get(r.priority, 99))  # stable: guide order
        return [(r.code, _fill(rule.why, {})) for r in hits]
    if rule.kind == "prerequisite":
        part = p["part"]
        score = scores.steps.get(part)
        if score is None or (score.maturity is not None and score.maturity >= p["below"]):
            return []
        engaged = [
            n for n in p["dependents"] if any(r.step == n and r.status in _ENGAGED for r in rows)
        ]
        if not engaged:
            return []
        why = _fill(
            rule.why, {"part": part, "dependent": engaged[0], "word": referential.words.part}
        )
        hits = [r for r in rows if r.step == part and r.status not in _CLOSED]
        hits.sort(
            key=lambda r: (_PRIORITY_ORDER.get(r.priority, 99), _STATUS_ORDER.get(r.status, 99))
        )
        return [(r.code, why) for r in hits]
    if rule.kind == "done_elsewhere":
        found = []
        for r in rows:
            if r.status in _CLOSED:
                continue
            compared = [o for o in others if r.code in o]
            count = sum(1 for o in compared if _value(o[r.code]) == LeverStatus.DONE.value)
            if count >= p["min"]:
                found.append(
                    (count, r.code, _fill(rule.why, {"count": count, "total": len(compared)}))
                )
        found.sort(key=lambda f: -f[0])  # stable: guide order among equals
        return [(code, why) for _count, code, why in found]
    return []  # a kind parse_referential does not know never gets here
