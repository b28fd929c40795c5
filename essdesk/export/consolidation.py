"""Many diagnostics side by side (issue 18 §3): what a regional network asks of its
territories. No Qt.

Each diagnostic (a file, a server address, or every `.essdesk` of a folder) is read once,
through the same read path as the exports (`build_report` on one read-only transaction), and
kept as a `Territory` row; `Consolidation` derives the rest: the heat map territories ×
levers, the levers most often prioritised, the "pratiques inspirantes" (levers done somewhere
and still open elsewhere, with who did them) and indicator totals where units match.
Diagnostics made on different methods (referential ids) are refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import string
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from essdesk.errors import EssdeskError
from essdesk.models.enums import LeverStatus, Priority

#: Statuses of a lever that still calls for work somewhere.
OPEN = frozenset(
    {
        LeverStatus.NOT_ASSESSED,
        LeverStatus.NOT_STARTED,
        LeverStatus.PLANNED,
        LeverStatus.IN_PROGRESS,
    }
)


@dataclass(frozen=True)
class Territory:
    """One diagnostic as the consolidation sees it."""

    source: str  # the file or address it was read from
    territory: str
    filiere: str
    title: str
    facilitator: str  # "" when anonymised
    start: dt.date | None
    maturity: tuple[float | None, ...]  # per part, in the referential's order
    overall: float | None
    statuses: dict[str, LeverStatus]  # lever code → status
    priorities: dict[str, Priority]
    indicators: tuple[dict[str, Any], ...] = ()
    labels: dict[str, str] = field(default_factory=dict)  # lever code → label as assessed


@dataclass(frozen=True)
class LeverLine:
    code: str
    label: str
    part: int


@dataclass
class Consolidation:
    referential: Any
    territories: list[Territory]
    levers: list[LeverLine] = field(default_factory=list)

    @property
    def parts(self) -> list[tuple[int, str]]:
        return [(s.number, s.short_title) for s in self.referential.steps]

    def heat(self) -> list[tuple[LeverLine, list[LeverStatus | None]]]:
        """Each lever with its status in each territory (None: not in that diagnostic)."""
        return [
            (lever, [t.statuses.get(lever.code) for t in self.territories]) for lever in self.levers
        ]

    def most_prioritised(self, limit: int = 10) -> list[tuple[LeverLine, int]]:
        """Levers of high priority in the most diagnostics (ties: the referential's order)."""
        counts = Counter(
            code for t in self.territories for code, p in t.priorities.items() if p is Priority.HIGH
        )
        ranked = sorted(
            (lever for lever in self.levers if counts[lever.code]), key=lambda lv: -counts[lv.code]
        )
        return [(lever, counts[lever.code]) for lever in ranked[:limit]]

    def inspiring(self) -> list[tuple[LeverLine, list[str], list[str]]]:
        """Levers done in some territories and still open in others: (lever, done in, open in)."""
        out = []
        for lever in self.levers:
            done = [
                t.territory
                for t in self.territories
                if t.statuses.get(lever.code) is LeverStatus.DONE
            ]
            still = [t.territory for t in self.territories if t.statuses.get(lever.code) in OPEN]
            if done and still:
                out.append((lever, done, still))
        return out

    def indicator_totals(self) -> list[tuple[str, str, float, int]]:
        """(name, unit, total of the latest values, how many diagnostics) where the same
        indicator (name and unit, case and spaces aside) is followed in several places."""
        totals: dict[tuple[str, str], list[Any]] = {}
        for t in self.territories:
            for indicator in t.indicators:
                values = [v for v in indicator.get("values", ()) if v.get("value") is not None]
                if not values:
                    continue
                latest = max(values, key=lambda v: str(v.get("date") or ""))
                key = (
                    " ".join(str(indicator.get("name", "")).split()).casefold(),
                    " ".join(str(indicator.get("unit", "")).split()).casefold(),
                )
                entry = totals.setdefault(
                    key, [indicator.get("name", ""), indicator.get("unit", ""), 0.0, 0]
                )
                entry[2] += float(latest["value"])
                entry[3] += 1
        return [(name, unit, total, n) for name, unit, total, n in totals.values() if n > 1]


# --------------------------------------------------------------------------- reading


def locations(given: Iterable[str | Path]) -> list[str]:
    """Files and addresses as given; a folder gives its `.essdesk` files, sorted."""
    from essdesk.store.address import is_address
    from essdesk.store.working import SUFFIX

    out: list[str] = []
    for item in given:
        text = str(item)
        if not is_address(text) and Path(text).is_dir():
            found = sorted(p for p in Path(text).iterdir() if p.suffix.lower() == SUFFIX)
            if not found:
                raise EssdeskError(f"Le dossier « {text} » ne contient aucun fichier {SUFFIX}.")
            out += [str(p) for p in found]
        else:
            out.append(text)
    # A file given and found again in a folder is one diagnostic, not two rows that
    # would count its priorities and practices twice.
    first: dict[str, str] = {}
    for text in out:
        first.setdefault(_same(text), text)
    out = list(first.values())
    if len(out) < 2:
        raise EssdeskError(
            "Donnez au moins deux diagnostics à comparer (fichiers, adresses ou un dossier)."
        )
    return out


def _same(location: str) -> str:
    from essdesk.store.address import is_address

    return location if is_address(location) else str(Path(location).resolve())


@contextlib.contextmanager
def _reading(location: str) -> Iterator[Any]:
    from essdesk.store.address import is_address

    if is_address(location):
        from essdesk.store.opening import open_store

        with open_store(location) as store, store.reading() as conn:
            yield conn
    else:
        from essdesk.store.snapshot import read_document

        with read_document(Path(location)) as conn:
            yield conn


def _territory(location: str, conn: Any, referential: Any, anonymise: bool) -> Territory:
    from essdesk.export.report import build_report

    report = build_report(conn, referential, anonymise=anonymise)
    identity = report.identity
    by_number = {s.number: s.score.maturity for s in report.steps}
    indicators = report.indicators
    return Territory(
        source=location,
        territory=identity.territory_name or identity.title or Path(location).stem,
        filiere=identity.filiere_name,
        title=identity.title,
        facilitator="" if anonymise else identity.facilitator,
        start=identity.start_date,
        # The referential's parts, by number: the report model may carry more step rows
        # than the method has parts (its scores are keyed 1..7 for the RTES method).
        maturity=tuple(by_number.get(step.number) for step in referential.steps),
        overall=report.overall.maturity,
        statuses={lv.code: lv.status for lv in report.levers},
        priorities={lv.code: lv.priority for lv in report.levers},
        labels={lv.code: lv.label for lv in report.levers},
        indicators=tuple(_indicator(i) for i in indicators),
    )


def _indicator(course: Any) -> dict[str, Any]:
    """An indicator of the report model (`Course`) as the plain data the totals read."""
    return {
        "name": course.name,
        "unit": course.unit,
        "values": [{"date": day.isoformat(), "value": value} for day, value in course.points],
    }


def consolidate(
    given: Sequence[str | Path],
    *,
    anonymise: bool = False,
    aliases: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Consolidation:
    """Read every diagnostic once and put them side by side.

    `aliases`: [] gives A, B, C…; names given replace the territories in order."""
    from essdesk.domain.services import referential_in

    where = locations(given)
    territories: list[Territory] = []
    referential = None
    methods: dict[str, list[str]] = {}
    for index, location in enumerate(where):
        with _reading(location) as conn:
            own = referential_in(conn)
            methods.setdefault(f"{own.title} ({own.id})", []).append(Path(location).name)
            if referential is None:
                referential = own
            if own.id == referential.id:
                territories.append(_territory(location, conn, own, anonymise))
        if progress:
            progress(index + 1, len(where))
    if len(methods) > 1:
        listed = " ; ".join(f"{m} : {', '.join(names)}" for m, names in methods.items())
        raise EssdeskError(
            "Ces diagnostics ne suivent pas la même méthode, ils ne se comparent pas lever par "
            f"levier : {listed}. Comparez ensemble ceux d'un même référentiel."
        )
    assert referential is not None
    if aliases is not None:
        names = list(aliases) or [_alias(i) for i in range(len(territories))]
        if len(names) < len(territories):
            raise EssdeskError(
                f"{len(names)} alias donnés pour {len(territories)} diagnostics : "
                "donnez-en un par diagnostic, ou aucun (A, B, C…)."
            )
        territories = [_aliased(t, names[i]) for i, t in enumerate(territories)]
    seen: dict[str, LeverLine] = {}
    for step in referential.steps:
        for lever in step.levers:
            seen[lever.code] = LeverLine(lever.code, lever.label, step.number)
    for t in territories:  # a group's own levers, or a newer version's, after the method's
        for code in t.statuses:
            seen.setdefault(code, LeverLine(code, t.labels.get(code, code), 0))
    return Consolidation(referential, territories, list(seen.values()))


def _alias(index: int) -> str:
    """A, B, … Z, AA, AB, … ZZ, AAA…: spreadsheet column names, never running out."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = string.ascii_uppercase[rest] + name
    return name


def _aliased(t: Territory, name: str) -> Territory:
    # Every other field kept as read (the labels of a group's own levers among them).
    return replace(t, source=name, territory=name, title=name)
