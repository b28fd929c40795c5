"""An indicator's course: its dated values against baseline and target (issue 18 §2).

Read from interchange data (a diagnostic now, a jalon, an interchange file), so that the
comparison, the reports and the view say the same thing. No Qt, no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple


class Course(NamedTuple):
    uid: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    lever: str  # the code of the lever it follows, or ""
    action: str  # the title of the action it follows, or ""
    points: tuple[tuple[dt.date, float], ...]  # by date

    @property
    def link(self) -> str:
        """What it follows, in French: "Levier 4.1", the action's title, or ""."""
        return f"Levier {self.lever}" if self.lever else self.action

    @property
    def latest(self) -> float | None:
        return self.points[-1][1] if self.points else None

    def value_on(self, day: dt.date) -> float | None:
        """The last value measured on or before `day`."""
        found = None
        for date, value in self.points:
            if date <= day:
                found = value
        return found

    def progress(self, value: float | None = None) -> float | None:
        """How far `value` (default: the latest) has gone from baseline to target, in
        percent (100: reached; above 100: beyond; negative: moved away). None when it cannot
        be said (no target, no value, target equal to the baseline)."""
        value = self.latest if value is None else value
        start = (
            self.baseline
            if self.baseline is not None
            else (self.points[0][1] if self.points else None)
        )
        if value is None or self.target is None or start is None or self.target == start:
            return None
        return (value - start) / (self.target - start) * 100


def courses(data: Mapping[str, Any]) -> list[Course]:
    """The indicators of interchange data (none in a file or jalon older than them)."""
    titles = {x["id"]: x["title"] for x in data.get("actions", [])}
    out = []
    for i in data.get("indicators", []):
        action = titles.get(i["action"], "") if i["action"] is not None else ""
        points = tuple(
            sorted((dt.date.fromisoformat(v["date"]), float(v["value"])) for v in i["values"])
        )
        out.append(
            Course(
                i.get("uid", ""),
                i["name"],
                i["unit"],
                _float(i["baseline"]),
                _float(i["target"]),
                i["lever"] or "",
                action,
                points,
            )
        )
    return out


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def format_quantity(value: float | None, unit: str = "") -> str:
    """1234.5 → "1 234,5" (narrow no-break spaces), with the unit after; "—" for None."""
    if value is None:
        return "—"
    text = (
        f"{value:,.2f}".rstrip("0").rstrip(".")
        if not float(value).is_integer()
        else f"{int(value):,}"
    )
    text = text.replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0{unit}" if unit else text


def format_progress(percent: float | None) -> str:
    return "—" if percent is None else f"{round(percent)}\u202f%"


class Milestone(NamedTuple):
    label: str
    day: dt.date
    data: Mapping[str, Any]


def course_table(
    sides: Iterable[Milestone],
) -> tuple[list[str], list[tuple[Course, list[float | None]]]]:
    """Each indicator (by uid, in the last side's order, then those gone) with its latest
    value as each side held it: the jalons' columns and today's."""
    sides = list(sides)
    labels = [s.label for s in sides]
    by_side = [{c.uid: c for c in courses(s.data)} for s in sides]
    order: dict[str, Course] = {}
    for found in reversed(by_side):
        for uid, course in found.items():
            order.setdefault(uid, course)
    rows = [
        (course, [found[uid].latest if uid in found else None for found in by_side])
        for uid, course in order.items()
    ]
    return labels, rows
