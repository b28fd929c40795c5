"""Many diagnostics side by side (issue 18 §3): what a regional network asks of its territories.

Each diagnostic is read once, through the store seam (a saved file read-only, a server in one
read transaction), into its JSON interchange dict and its own copy of the referential; the
rest is pure functions over those dicts. Diagnostics must share one referential: the same id,
and, if their versions differ, the same parts and lever codes (a lever then means the same
thing in every row of the heat map); otherwise they are refused with a French message naming
the files. The newest version gives the titles.
"""

from __future__ import annotations

import copy
import datetime as dt
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from essdesk.domain.referential import Referential, referential_of
from essdesk.domain.scoring import LeverInput, score
from essdesk.errors import EssdeskError
from essdesk.models.enums import LeverStatus, Priority

SUFFIX = ".essdesk"
#: Statuses of a lever the territory still has to carry out.
OPEN = frozenset({LeverStatus.NOT_ASSESSED, LeverStatus.NOT_STARTED, LeverStatus.PLANNED,
                  LeverStatus.IN_PROGRESS})


class ConsolidationError(EssdeskError):
    """Diagnostics that cannot be consolidated; str() is a French sentence."""


@dataclass
class Entry:
    """One diagnostic as read: where it came from, its interchange dict, its referential."""

    location: str
    data: dict[str, Any]
    referential: Referential

    @property
    def source(self) -> str:
        """The file name (or the server address) the messages name."""
        return self.location if "://" in self.location else Path(self.location).name


# --------------------------------------------------------------------------- reading


def expand(inputs: Iterable[str | Path]) -> list[str]:
    """Files and server addresses as given; a folder gives its .essdesk files (sorted)."""
    from essdesk.store.address import is_address

    found: list[str] = []
    for item in inputs:
        text = str(item)
        if not is_address(text) and Path(text).is_dir():
            files = sorted(p for p in Path(text).iterdir() if p.suffix == SUFFIX and p.is_file())
            if not files:
                raise ConsolidationError(
                    f"Le dossier « {text} » ne contient aucun diagnostic ({SUFFIX}) : "
                    "choisissez un autre dossier ou des fichiers."
                )
            found.extend(str(p) for p in files)
        else:
            found.append(text)
    unique = list(dict.fromkeys(found))
    if len(unique) < 2:
        raise ConsolidationError(
            "Indiquez au moins deux diagnostics à comparer (fichiers, adresses de serveur ou "
            "un dossier qui en contient)."
        )
    return unique


def read_entry(location: str, referentials: dict[str, Referential] | None = None) -> Entry:
    """Read one diagnostic: one read-only transaction, its interchange dict and referential.

    `referentials` caches parsed referential copies by their text (100 files on one
    referential parse it once)."""
    import contextlib

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from essdesk.exchange.interchange import to_dict
    from essdesk.models.tables import Diagnostic
    from essdesk.store.address import is_address

    with contextlib.ExitStack() as stack:
        if is_address(location):
            from essdesk.store.opening import open_store

            conn = stack.enter_context(stack.enter_context(open_store(location)).reading())
        else:
            from essdesk.store.snapshot import read_document

            path = Path(location)
            if not path.is_file():
                raise ConsolidationError(
                    f"« {location} » n'est pas un fichier : vérifiez le chemin (rien n'a été comparé)."
                )
            conn = stack.enter_context(read_document(path))
        session = stack.enter_context(Session(bind=conn))
        data = to_dict(session)
        own = session.scalar(select(Diagnostic.referential_data))
    cache = referentials if referentials is not None else {}
    ref = data["referential"]
    key = own or f"{ref['id']}\n{ref['version']}"
    if key not in cache:
        cache[key] = referential_of(ref["id"], ref["version"], own)
    return Entry(location, data, cache[key])


def read_all(
    locations: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Entry]:
    """Read every diagnostic (safe on a worker thread: no Qt, no shared session)."""
    cache: dict[str, Referential] = {}
    entries = []
    for done, location in enumerate(locations):
        if cancelled is not None and cancelled():
            raise ConsolidationError("Comparaison annulée.")
        if progress is not None:
            progress(done, len(locations))
        entries.append(read_entry(location, cache))
    if progress is not None:
        progress(len(locations), len(locations))
    return entries


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split(".") if x.isdigit())


def _shape(referential: Referential) -> tuple:
    return tuple((s.number, tuple(lv.code for lv in s.levers)) for s in referential.steps)


def common_referential(entries: Sequence[Entry]) -> Referential:
    """The referential every entry shares (the newest version); ConsolidationError if none."""
    ids: dict[str, list[str]] = {}
    for e in entries:
        ids.setdefault(e.referential.id, []).append(e.source)
    if len(ids) > 1:
        groups = " ; ".join(f"« {rid} » : {', '.join(files)}" for rid, files in ids.items())
        raise ConsolidationError(
            "Ces diagnostics ne suivent pas le même référentiel, leurs leviers ne se comparent "
            f"pas ({groups}). Comparez ensemble les diagnostics d'un même référentiel."
        )
    newest = max(entries, key=lambda e: _version_key(e.referential.version)).referential
    different = [e for e in entries if _shape(e.referential) != _shape(newest)]
    if different:
        files = ", ".join(f"{e.source} (version {e.referential.version})" for e in different)
        raise ConsolidationError(
            f"Le référentiel « {newest.id} » n'a pas les mêmes {newest.words.parts} ni les mêmes "
            f"codes de {newest.words.levers} dans toutes ses versions : {files} diffère(nt) de "
            f"la version {newest.version}. Mettez ces diagnostics à jour vers la même version "
            "du référentiel, puis comparez-les."
        )
    return newest


# --------------------------------------------------------------------------- privacy


def anonymised(data: dict[str, Any]) -> dict[str, Any]:
    """A copy without personal fields: contacts, e-mails, phones, participants' names, lever
    owners, facilitators. Territories and organisations stay (public bodies)."""
    out = copy.deepcopy(data)
    out["diagnostic"]["facilitator"] = ""
    for step in out["steps"]:
        for lever in step["levers"]:
            lever["owner"] = ""
    for actor in out["actors"]:
        actor["contact"] = actor["email"] = actor["phone"] = ""
    for workshop in out["workshops"]:
        for participant in workshop["participants"]:
            participant["name"] = ""
    return out


def aliases_for(count: int, given: Sequence[str] | None) -> list[str]:
    """A, B, C… (then AA, AB…), or the names given: exactly one per diagnostic."""
    if given:
        names = [g.strip() for g in given]
        if len(names) != count or not all(names) or len(set(names)) != len(names):
            raise ConsolidationError(
                f"Donnez un alias différent et non vide par diagnostic : {count} diagnostic(s), "
                f"{len(names)} alias ({', '.join(names)})."
            )
        return names
    letters = string.ascii_uppercase
    out = []
    for i in range(count):
        name, n = "", i
        while True:
            name = letters[n % 26] + name
            n = n // 26 - 1
            if n < 0:
                break
        out.append(name)
    return out


# --------------------------------------------------------------------------- result


@dataclass
class Row:
    label: str  # what names the row everywhere: the territory (or its alias)
    territory: str
    filiere: str
    date: dt.date | None
    maturity: list[float | None]  # one per part of the referential, in order
    overall: float | None
    facilitator: str
    source: str


@dataclass
class Prioritised:
    code: str
    label: str
    high: list[str]  # rows (labels) that made it a high priority
    medium: list[str]


@dataclass
class Practice:
    """A lever done somewhere and still open elsewhere: who to ask, who could use it."""

    code: str
    label: str
    done_by: list[tuple[str, str]]  # (row label, lever owner; "" once anonymised)
    open_in: list[str]


@dataclass
class IndicatorTotal:
    name: str
    unit: str
    total: float
    rows: list[str]


@dataclass
class Consolidation:
    referential: Referential
    rows: list[Row]
    levers: list[tuple[str, int, str]]  # (code, part number, label), the referential's order
    heat: list[list[LeverStatus | None]]  # rows × levers
    prioritised: list[Prioritised]
    practices: list[Practice]
    indicators: list[IndicatorTotal]
    anonymised: bool = False
    sources: list[str] = field(default_factory=list)

    @property
    def parts(self) -> list[tuple[int, str]]:
        return [(s.number, s.short_title or s.title) for s in self.referential.steps]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _date_of(data: dict[str, Any]) -> dt.date | None:
    """The last workshop's date, else the diagnostic's start: how recent its picture is."""
    days = [d for d in (_day(w["date"]) for w in data["workshops"]) if d]
    return max(days) if days else _day(data["diagnostic"]["start_date"])


def _labels(entries: Sequence[Entry]) -> list[str]:
    """Territory names, made unique with the filière, then a number, if they repeat."""
    base = [e.data["diagnostic"]["territory"]["name"].strip() or Path(e.source).stem for e in entries]
    out = []
    for i, (name, e) in enumerate(zip(base, entries, strict=True)):
        if base.count(name) > 1:
            filiere = e.data["diagnostic"]["filiere"]["name"].strip()
            name = f"{name} ({filiere})" if filiere else name
        out.append(name)
    return [f"{name} n° {i + 1}" if out.count(name) > 1 else name for i, name in enumerate(out)]


def consolidate(
    entries: Sequence[Entry], *, anonymise: bool = False, aliases: Sequence[str] | None = None,
    use_aliases: bool = False,
) -> Consolidation:
    """The consolidation of `entries` (read with `read_all`); `use_aliases` (or `aliases`
    given) replaces each territory by an alias."""
    if len(entries) < 2:
        raise ConsolidationError("Il faut au moins deux diagnostics pour les comparer.")
    referential = common_referential(entries)
    datas = [anonymised(e.data) if anonymise else e.data for e in entries]
    labels = _labels(entries)
    hidden = use_aliases or bool(aliases)
    if hidden:
        labels = aliases_for(len(entries), aliases)
    numbers = [s.number for s in referential.steps]
    codes = [(lv.code, lv.step, lv.label) for lv in referential.levers]

    rows, heat = [], []
    for label, data, entry in zip(labels, datas, entries, strict=True):
        d = data["diagnostic"]
        by_part: dict[int, list[LeverInput]] = {n: [] for n in numbers}
        status_of: dict[str, LeverStatus] = {}
        for step in data["steps"]:
            for lv in step["levers"]:
                status = LeverStatus(lv["status"])
                status_of[lv["code"]] = status
                by_part.setdefault(step["number"], []).append(
                    LeverInput(status, Priority(lv["priority"]), lv["weight"]))
        rows.append(Row(
            label=label,
            territory=label if hidden else d["territory"]["name"],
            filiere=d["filiere"]["name"],
            date=_date_of(data),
            maturity=[score(by_part[n]).maturity for n in numbers],
            overall=score(x for items in by_part.values() for x in items).maturity,
            facilitator=d["facilitator"],
            source=label if hidden else entry.source,
        ))
        heat.append([status_of.get(code) for code, _, _ in codes])

    levers_of = [{lv["code"]: lv for s in data["steps"] for lv in s["levers"]} for data in datas]
    prioritised, practices = [], []
    for code, _, title in codes:
        found = [(label, lv[code]) for label, lv in zip(labels, levers_of, strict=True) if code in lv]
        high = [label for label, lv in found if lv["priority"] == Priority.HIGH]
        medium = [label for label, lv in found if lv["priority"] == Priority.MEDIUM]
        if high or medium:
            prioritised.append(Prioritised(code, title, high, medium))
        done = [(label, lv["owner"]) for label, lv in found if lv["status"] == LeverStatus.DONE]
        still = [label for label, lv in found if LeverStatus(lv["status"]) in OPEN]
        if done and still:
            practices.append(Practice(code, title, done, still))
    prioritised.sort(key=lambda p: (-len(p.high), -len(p.medium)))  # stable: referential order
    practices.sort(key=lambda p: -len(p.open_in))

    return Consolidation(
        referential=referential, rows=rows, levers=codes, heat=heat, prioritised=prioritised,
        practices=practices, indicators=indicator_totals(zip(labels, datas, strict=True)),
        anonymised=anonymise, sources=[r.source for r in rows],
    )


def indicator_totals(labelled: Iterable[tuple[str, dict[str, Any]]]) -> list[IndicatorTotal]:
    """Each indicator's latest value, added up across diagnostics where name and unit match
    (case and spaces aside). Diagnostics without indicators (older files) add nothing."""
    totals: dict[tuple[str, str], IndicatorTotal] = {}
    for label, data in labelled:
        for indicator in data.get("indicators") or []:
            values = [v for v in indicator.get("values") or [] if v.get("value") is not None]
            if not values:
                continue
            latest = max(values, key=lambda v: v.get("date") or "")["value"]
            name, unit = str(indicator.get("name", "")).strip(), str(indicator.get("unit") or "").strip()
            key = (" ".join(name.casefold().split()), " ".join(unit.casefold().split()))
            total = totals.setdefault(key, IndicatorTotal(name, unit, 0, []))
            total.total += latest
            total.rows.append(label)
    return sorted(totals.values(), key=lambda t: (t.name.casefold(), t.unit.casefold()))


def consolidate_locations(
    inputs: Iterable[str | Path], *, anonymise: bool = False, aliases: Sequence[str] | None = None,
    use_aliases: bool = False, progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Consolidation:
    entries = read_all(expand(inputs), progress, cancelled)
    return consolidate(entries, anonymise=anonymise, aliases=aliases, use_aliases=use_aliases)


# --------------------------------------------------------------------------- text


def percent(value: float | None) -> str:
    from essdesk.domain.scoring import format_percent

    return format_percent(value)


def summary_lines(c: Consolidation, top: int = 10) -> list[str]:
    """The summary table and lists the command line prints."""
    words = c.referential.words
    numbers = [n for n, _ in c.parts]
    width = max(12, *(len(r.label) for r in c.rows))
    width = min(width, 40)
    head = f"{'Territoire':<{width}} {'Filière':<20} {'Date':<10} " + " ".join(
        f"{n:>5}" for n in numbers) + f" {'Ensemble':>9}"
    out = [f"{len(c.rows)} diagnostics, référentiel « {c.referential.title} » "
           f"(version {c.referential.version}) ; maturité par {words.part} :", "", head]
    for r in c.rows:
        label = r.label if len(r.label) <= width else r.label[: width - 1] + "…"
        filiere = r.filiere if len(r.filiere) <= 20 else r.filiere[:19] + "…"
        day = f"{r.date:%d/%m/%Y}" if r.date else "—"
        out.append(f"{label:<{width}} {filiere:<20} {day:<10} "
                   + " ".join(f"{percent(m):>5}" for m in r.maturity) + f" {percent(r.overall):>9}")
    out += ["", f"{words.levers.capitalize()} le plus souvent prioritaires (haute / moyenne) :"]
    out += [f"  {p.code:<6} {len(p.high):>2} / {len(p.medium):<2} {p.label}" for p in c.prioritised[:top]]
    if not c.prioritised:
        out.append("  aucun")
    out += ["", "Pratiques inspirantes (réalisé ici, encore ouvert ailleurs) :"]
    for p in c.practices[:top]:
        who = ", ".join(f"{t} ({o})" if o else t for t, o in p.done_by)
        out.append(f"  {p.code:<6} {p.label} — réalisé : {who} ; ouvert dans {len(p.open_in)} territoire(s)")
    if not c.practices:
        out.append("  aucune")
    if c.indicators:
        out += ["", "Indicateurs (dernières valeurs additionnées, même nom et même unité) :"]
        out += [f"  {i.name} : {i.total:g} {i.unit} ({len(i.rows)} diagnostic(s))" for i in c.indicators]
    return out
