"""Comparing two jalons, or a jalon and now: the changeset, maturity per step, late actions.

Built on `essdesk.domain.changes`; the scores come from the jalons as they were stored (a
jalon is never recomputed). No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from essdesk.domain.changes import KEYS, Changeset, diff
from essdesk.domain.indicator_course import (
    Course,
    Milestone,
    course_table,
    format_progress,
    format_quantity,
)
from essdesk.domain.jalons import StoredScores, utc_now
from essdesk.domain.scoring import format_percent

FORMAT = "essdesk-comparison"
FORMAT_VERSION = 1

ENTITY_NAMES = {
    "diagnostic": "Diagnostic",
    "step": "Étape",
    "lever": "Levier",
    "actor": "Acteur",
    "action": "Action",
    "workshop": "Atelier",
    "indicator": "Indicateur",
    "indicator_value": "Mesure",
}


@dataclass(frozen=True)
class Side:
    """One end of a comparison: a jalon (its number), or the diagnostic now (number None)."""

    number: int | None
    label: str
    taken_at: dt.datetime  # UTC
    scores: StoredScores
    data: Mapping[str, Any]

    @property
    def day(self) -> dt.date:
        return self.taken_at.replace(tzinfo=dt.UTC).astimezone().date()

    def late_actions(self) -> dict[str, dict[str, Any]]:
        """Actions whose end date had passed, unfinished, on this side's day."""
        return {
            x["uid"]: {"uid": x["uid"], "title": x["title"], "end": x["end"]}
            for x in self.data["actions"]
            if x["end"]
            and dt.date.fromisoformat(x["end"]) < self.day
            and x["status"] not in ("done", "abandoned")
        }


@dataclass(frozen=True)
class Comparison:
    before: Side
    after: Side
    changeset: Changeset

    def became_late(self) -> list[dict[str, Any]]:
        already = self.before.late_actions()
        return [x for uid, x in self.after.late_actions().items() if uid not in already]

    def maturity(self) -> dict[str, Any]:
        numbers = sorted(set(self.before.scores.steps) | set(self.after.scores.steps))
        return {
            "steps": [
                {
                    "number": n,
                    "before": self.before.scores.maturity(n),
                    "after": self.after.scores.maturity(n),
                }
                for n in numbers
            ],
            "overall": {
                "before": self.before.scores.maturity(),
                "after": self.after.scores.maturity(),
            },
        }

    def indicator_rows(self) -> list[tuple[Course, list[float | None]]]:
        """Each indicator with its latest value at both ends (None: it had none then)."""
        return course_table(Milestone(s.label, s.day, s.data) for s in (self.before, self.after))[1]

    def indicators(self) -> list[dict[str, Any]]:
        """Each indicator's latest value at both ends, against its target (issue 18 §2)."""
        rows = self.indicator_rows()
        return [
            {
                "uid": c.uid,
                "name": c.name,
                "unit": c.unit,
                "baseline": c.baseline,
                "target": c.target,
                "before": before,
                "after": after,
                "progress_before": c.progress(before) if before is not None else None,
                "progress_after": c.progress(after) if after is not None else None,
            }
            for c, (before, after) in rows
        ]

    def to_json(self) -> dict[str, Any]:
        def side(s: Side) -> dict[str, Any]:
            return {
                "jalon": s.number,
                "label": s.label,
                "taken_at": s.taken_at.replace(tzinfo=dt.UTC).isoformat(),
            }

        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "from": side(self.before),
            "to": side(self.after),
            "maturity": self.maturity(),
            "became_late": self.became_late(),
            "indicators": self.indicators(),
            **self.changeset.to_json(),
        }

    def by_step(self) -> dict[int | None, list[tuple[str, Any]]]:
        """Every change, creation and removal under its step number (None: the whole
        diagnostic), steps in order. Items are ("change"|"created"|"removed", item)."""
        levers_step = {
            lv["code"]: s["number"]
            for data in (self.before.data, self.after.data)
            for s in data["steps"]
            for lv in s["levers"]
        }
        actions = {
            x["uid"]: x for data in (self.before.data, self.after.data) for x in data["actions"]
        }

        def step_of(entity: str, key: Any) -> int | None:
            if entity == "lever":
                return levers_step.get(key)
            if entity == "step":
                return key
            if entity == "action" and actions.get(key, {}).get("levers"):
                return levers_step.get(actions[key]["levers"][0])
            return None

        groups: dict[int | None, list[tuple[str, Any]]] = {}
        items = (
            [("change", c) for c in self.changeset.changes]
            + [("created", c) for c in self.changeset.created]
            + [("removed", r) for r in self.changeset.removed]
        )
        for kind, item in items:
            groups.setdefault(step_of(item.entity, item.key), []).append((kind, item))
        return dict(sorted(groups.items(), key=lambda g: (g[0] is not None, g[0] or 0)))

    def lines(self, referential=None) -> list[str]:
        """The comparison as French text lines (the terminal's view)."""
        out = [
            f"Du jalon « {self.before.label} » ({self.before.day:%d/%m/%Y}) "
            f"à {describe(self.after)}",
            "",
            f"Maturité par {referential.words.part if referential is not None else 'étape'} :",
        ]
        m = self.maturity()
        for row in m["steps"]:
            out.append(
                f"  {row['number']}. {format_percent(row['before']):>6} → {format_percent(row['after'])}"
            )
        overall = m["overall"]
        out.append(
            f"  Ensemble {format_percent(overall['before']):>6} → {format_percent(overall['after'])}"
        )
        found = self.indicators()
        if found:
            out += ["", "Indicateurs (dernière valeur, cible) :"]
            out += [
                f"  {i['name']} : {format_quantity(i['before'])} → "
                f"{format_quantity(i['after'], i['unit'])} (cible {format_quantity(i['target'])}, "
                f"{format_progress(i['progress_after'])})"
                for i in found
            ]
        late = self.became_late()
        if late:
            out += ["", "Actions passées en retard :"]
            out += [
                f"  {x['title']} (fin prévue le {dt.date.fromisoformat(x['end']):%d/%m/%Y})"
                for x in late
            ]
        if not self.changeset:
            return [*out, "", "Aucune modification."]
        for number, items in self.by_step().items():
            part = referential.words.part if referential is not None else "étape"
            title = "Ensemble du diagnostic" if number is None else f"{part[:1].upper()}{part[1:]} {number}"
            if number is not None and referential is not None:
                with contextlib.suppress(KeyError, IndexError):
                    title += f" — {referential.step(number).title}"
            out += ["", title]
            out += [f"  {describe_item(kind, item)}" for kind, item in items]
        return out


def describe(side: Side) -> str:
    if side.number is None:
        return "aujourd'hui"
    return f"jalon « {side.label} » ({side.day:%d/%m/%Y})"


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return f"{len(value)} élément(s)"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def describe_item(kind: str, item: Any) -> str:
    what = f"{ENTITY_NAMES[item.entity]} {_name(item)}"
    if kind == "change":
        return f"{what} : {item.field} {_show(item.before)} → {_show(item.after)}"
    return f"{what} : {'ajouté' if kind == 'created' else 'retiré'}"


def _name(item: Any) -> str:
    if item.entity in ("lever", "step"):
        return str(item.key)
    values = getattr(item, "values", None) or {}
    if item.entity == "indicator_value" and values.get("date"):
        return f"du {dt.date.fromisoformat(values['date']):%d/%m/%Y}"
    for name in ("title", "name", "place"):
        if values.get(name):
            return f"« {values[name]} »"
    return "" if item.entity == "diagnostic" else str(item.key)[:8]


def _side(services, number: int | None, referential) -> Side:
    if number is None:
        from essdesk.exchange.interchange import to_dict

        return Side(
            None,
            "Aujourd'hui",
            utc_now(),
            StoredScores.of(services.scores()),
            to_dict(services.session, referential),
        )
    jalon = services.jalon(number)
    return Side(
        number,
        jalon.label,
        jalon.taken_at,
        StoredScores.parse(jalon.scores),
        services.jalon_data(number),
    )


def compare_jalons(services, source: int, target: int | None, referential=None) -> Comparison:
    """Jalon `source` against jalon `target`, or against the diagnostic now (None)."""
    before, after = _side(services, source, referential), _side(services, target, referential)
    return Comparison(before, after, diff(before.data, after.data))


__all__ = ["KEYS", "Comparison", "Side", "compare_jalons"]
