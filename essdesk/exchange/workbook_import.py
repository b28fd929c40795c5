"""Taking a returned cahier back: a preview first, then one change set (issue 19). No Qt.

Rows are matched by the uid of their hidden column, never by their place; every value goes
through the services' field specs. Each value is compared three ways: as it was when the
cahier was made (kept in its hidden sheet), as it is in essdesk now, as it is in the cahier.
A value changed on both sides, differently, is a conflict: not applied unless the user takes
the cahier's value. A row missing from the cahier deletes nothing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import zlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from essdesk.domain.changes import Changeset, Creation, FieldChange
from essdesk.domain.fields import (
    ACTION_FIELDS,
    ACTOR_FIELDS,
    LEVER_FIELDS,
    Field,
    check_email,
    clean,
)
from essdesk.errors import EssdeskError, ValidationError
from essdesk.exchange.interchange import euros
from essdesk.exchange.workbook import (
    ACTIONS,
    BOOL_LABELS,
    FORMAT,
    IDENTITY_SHEET,
    READABLE_VERSIONS,
    SHEETS,
    UID_HEADER,
    Column,
    Sheet,
    cell_text,
    columns_of,
)
from essdesk.exchange.workbook_base import ROW_NAME, BaseReader
from essdesk.exchange.workbook_file import (
    RawCell,
    RawSheet,
    RawWorkbook,
    WorkbookError,
    open_workbook,
)
from essdesk.exchange.workbook_state import cahier_state

_SPECS = {"lever": LEVER_FIELDS, "actor": ACTOR_FIELDS, "action": ACTION_FIELDS}
_NOUN = {
    "status": "un statut",
    "priority": "une priorité",
    "category": "une catégorie",
    "chain_link": "un maillon",
}
_MAX_BASE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Change:
    sheet: str
    cell: str
    entity: str
    key: Any
    field: str
    label: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Conflict:
    sheet: str
    cell: str
    entity: str
    key: Any
    field: str
    label: str
    sent: Any  # when the cahier was made
    now: Any  # in essdesk now
    theirs: Any  # in the cahier


@dataclass(frozen=True)
class NewRow:
    sheet: str
    row: int
    entity: str
    key: str
    values: dict[str, Any]


@dataclass
class Preview:
    changes: list[Change] = field(default_factory=list)
    created: list[NewRow] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped_rows: list[str] = field(default_factory=list)  # invalid rows left out
    absent: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # actor uid → name, to show values

    @property
    def empty(self) -> bool:
        return not (self.changes or self.created or self.conflicts)

    def changeset(self, take: Collection[int] = ()) -> Changeset:
        """The edits to apply; `take`: indexes of conflicts resolved with the cahier's value."""
        out = Changeset()
        for c in self.changes:
            out.changes.append(FieldChange(c.entity, c.key, c.field, c.before, c.after))
        for i in sorted(take):
            c = self.conflicts[i]
            out.changes.append(FieldChange(c.entity, c.key, c.field, c.now, c.theirs))
        out.created = [Creation(n.entity, n.key, n.values) for n in self.created]
        return out

    def shown(self, value: Any, name: str = "") -> str:
        """A value as the user typed it (labels, dates JJ/MM/AAAA, actors by name)."""
        if value is None or value == "" or value == []:
            return "(vide)"
        if isinstance(value, list):
            return " ; ".join(self.names.get(v, v) for v in value)
        if isinstance(value, bool):
            return BOOL_LABELS[0] if value else BOOL_LABELS[1]
        if name == "pilot":
            return self.names.get(value, value)
        if name == "budget" and isinstance(value, (int, float)):
            return f"{value:,.2f} €".replace(",", "\u202f").replace(".", ",")
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        for spec in _SPECS.values():
            f = spec.get(name)
            if f is not None and f.kind == "enum":
                try:
                    return f.enum(value).label  # type: ignore[misc]
                except ValueError:
                    break
        if isinstance(value, float):
            return f"{value:.2f}".replace(".", ",")
        return str(value)

    def lines(self) -> list[str]:
        out = [*self.notices]
        out += [f"Erreur — {e}" for e in self.errors]
        out += [f"Ligne laissée de côté — {r}" for r in self.skipped_rows]
        for c in self.changes:
            out.append(
                f"{c.sheet}!{c.cell} · {c.label} : {self.shown(c.before, c.field)} → "
                f"{self.shown(c.after, c.field)}"
            )
        for n in self.created:
            title = n.values.get("name") or n.values.get("title") or ""
            out.append(f"{n.sheet}, ligne {n.row} · nouvelle ligne : {title}")
        for c in self.conflicts:
            out.append(
                f"CONFLIT {c.sheet}!{c.cell} · {c.label} : à l'envoi {self.shown(c.sent, c.field)}, "
                f"dans essdesk {self.shown(c.now, c.field)}, dans le cahier {self.shown(c.theirs, c.field)}"
                " — non appliqué"
            )
        out += [f"Absent du cahier (rien n'est supprimé) — {a}" for a in self.absent]
        if self.empty and not self.errors:
            out.append("Aucune modification à reprendre.")
        return out


# -- reading --------------------------------------------------------------------------------


def _cell(column: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


def _identity(raw: RawWorkbook) -> tuple[dict[str, str], dict[str, Any]]:
    sheet = next((s for s in raw.sheets if s.name == IDENTITY_SHEET), None)
    sheet = sheet or next((s for s in raw.sheets if _text(s.header().get(2)) == FORMAT), None)
    if sheet is None:
        raise WorkbookError(
            "Ce classeur n'est pas un cahier de saisie d'essdesk (sa feuille cachée "
            "« essdesk » manque) : envoyez un cahier depuis essdesk, puis importez-le."
        )
    damaged = WorkbookError(
        "La feuille cachée « essdesk » du cahier a été modifiée : il ne peut pas être "
        "repris sans risque. Envoyez un nouveau cahier."
    )
    meta: dict[str, str] = {}
    # The base is decoded chunk by chunk as the rows come (each chunk is whole base64), and
    # parsed line by line (workbook_base): neither its text nor its bytes are held whole.
    sent: BaseReader | None = None
    inflate = zlib.decompressobj()
    size = 0
    digest = hashlib.sha256()
    try:
        for _number, row in sheet.rows():
            key, value = _text(row.get(1)), _text(row.get(2))
            if key != "base":
                meta[key] = value
                continue
            sent = sent or BaseReader(_version(meta))
            piece = inflate.decompress(base64.b64decode(value, validate=True), _MAX_BASE + 1 - size)
            if inflate.unconsumed_tail:
                raise damaged
            size += len(piece)
            digest.update(piece)
            sent.feed(piece)
        _version(meta)
        if sent is None or not inflate.eof or digest.hexdigest() != meta.get("sha256"):
            raise damaged
        base = sent.state()
    except (binascii.Error, zlib.error, ValueError, RecursionError):  # RecursionError: JSON
        raise damaged from None  # nested deeper than the parser goes (a forged base)
    if not _well_formed(base):  # a hash proves no accident, not good faith
        raise damaged
    return meta, base


def _version(meta: Mapping[str, str]) -> int:
    """The cahier's format version, if this essdesk reads it (the rows before the base)."""
    version = meta.get("format_version", "").removesuffix(".0")
    if meta.get("format") != FORMAT or version not in {str(v) for v in READABLE_VERSIONS}:
        raise WorkbookError(
            "Ce cahier a été fait par une autre version d'essdesk : envoyez-en un nouveau."
        )
    return int(version)


def _well_formed(base: Any) -> bool:
    """The sent state has the shape the preview reads (a cahier is untrusted input)."""
    return (
        isinstance(base, dict)
        and isinstance(base.get("diagnostic"), str)
        and all(
            isinstance(base.get(entity), dict)
            and all(
                isinstance(row, dict) and isinstance(row.get(name), str)
                for row in base[entity].values()
            )
            for entity, name in ROW_NAME.items()
        )
    )


def _text(cell: RawCell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    if isinstance(cell.value, float) and cell.value.is_integer():
        return str(int(cell.value))
    return str(cell.value).strip()


def _find_sheet(
    headers: Iterable[tuple[RawSheet, dict[str, int]]], sheet: Sheet
) -> tuple[RawSheet, dict[str, int]] | None:
    """The sheet whose header row holds the uid column and most of this sheet's headers
    (a partner may have renamed it or moved its columns)."""
    best = None
    wanted = {c.header for c in sheet.columns}
    for s, header in headers:
        score = len(wanted & set(header))
        if UID_HEADER in header and score * 2 > len(wanted) and (best is None or score > best[0]):
            best = (score, s, header)
    return None if best is None else (best[1], best[2])


def preview_workbook(path: Path, session: Session, *, skip_invalid: bool = False) -> Preview:
    """What importing the cahier at `path` would do to the diagnostic of `session`."""
    with open_workbook(path) as raw:
        return _preview(raw, session, skip_invalid)


def _preview(raw: RawWorkbook, session: Session, skip_invalid: bool) -> Preview:
    meta, base = _identity(raw)
    now = cahier_state(session, base)
    if base.get("diagnostic") != now["diagnostic"]:
        raise WorkbookError(
            "Ce cahier a été envoyé depuis un autre diagnostic : ouvrez celui dont il "
            "vient, puis importez-le."
        )
    out = Preview(notices=list(raw.notices))
    keys = [k for k in meta.get("sheets", "").split(",") if k in SHEETS]
    headers = [(s, {_text(c): col for col, c in s.header().items()}) for s in raw.sheets]
    found = {k: _find_sheet(headers, SHEETS[k]) for k in keys}
    for k, hit in found.items():
        if hit is None:
            out.errors.append(
                f"la feuille « {SHEETS[k].title} » est introuvable (sa ligne d'en-tête a été "
                "modifiée ?) : rétablissez-la ou renvoyez un nouveau cahier."
            )
    reader = _Reader(out, base, now, skip_invalid, meta.get("anonymise") == "oui")
    # Actors first: new actors may be the pilots or partners of actions in the same cahier.
    for k in ("acteurs", "leviers", "actions"):
        if found.get(k):
            reader.sheet(SHEETS[k], *found[k])  # type: ignore[misc]
    used = {hit[0].name for hit in found.values() if hit} | {
        IDENTITY_SHEET,
        "Listes",
        "Mode d'emploi",
    }
    extra = [s.name for s in raw.sheets if s.name not in used and s.has_values()]
    if extra:
        out.notices.append(f"Feuilles ignorées : {', '.join(extra)}.")
    out.names = _names_shown(out, reader.new_names, now["actor"], base["actor"])
    return out


def _names_shown(
    out: Preview, new: Mapping[str, str], now: Mapping[str, Any], sent: Mapping[str, Any]
) -> dict[str, str]:
    """The names of the actors the preview's values refer to (pilots, partners), nothing
    more: a preview kept for undo does not hold 5,000 names of the sent state."""
    wanted: set[str] = set()
    values = [v for c in out.changes for v in (c.before, c.after)]
    values += [v for c in out.conflicts for v in (c.sent, c.now, c.theirs)]
    values += [n.values.get(f) for n in out.created for f in ("pilot", "partners")]
    for value in values:
        if isinstance(value, list):
            wanted.update(v for v in value if isinstance(v, str))
        elif isinstance(value, str):
            wanted.add(value)
    names = {}
    for uid in wanted:
        if uid in new:
            names[uid] = new[uid]
        elif (row := now.get(uid) or sent.get(uid)) is not None:
            names[uid] = row["name"]
    return names


class _Reader:
    def __init__(
        self,
        out: Preview,
        base: Mapping[str, Any],
        now: Mapping[str, Any],
        skip: bool,
        anonymised: bool,
    ) -> None:
        self.out, self.base, self.now, self.skip = out, base, now, skip
        self.anonymised = anonymised
        self.new_names: dict[str, str] = {}  # actors added by this cahier, by uid
        # Name → uids, as tuples: 10,000 sets would weigh 2 MiB in the large diagnostic.
        self.by_name: dict[str, tuple[str, ...]] = {}
        for rows in (base["actor"], now["actor"]):
            for uid, a in rows.items():
                self.named(a["name"], uid)
        # Rows added in essdesk since the sending: a new row of the cahier named the same was
        # most likely imported already (the same cahier, twice).
        self.added_since = {
            entity: {
                row[name].casefold() for key, row in now[entity].items() if key not in base[entity]
            }
            for entity, name in (("actor", "name"), ("action", "title"))
        }

    def sheet(self, sheet: Sheet, raw: RawSheet, header: dict[str, int]) -> None:
        entity = sheet.entity
        uid_col = header[UID_HEADER]
        columns = [
            (c, header[c.header], self.converter(c, entity))
            for c in columns_of(sheet, self.anonymised)  # a column added back is not read
            if c.kind != "shown" and c.header in header
        ]
        # The fields a partner may not clear (checked per row, on the cells present).
        kept = [
            (c.field, header[c.header], c)
            for c, _col, _convert in columns
            if c.kind in ("enum", "bool") or getattr(_SPECS[entity].get(c.field), "required", False)
        ]
        base_rows = self.base[entity]
        key_of = (
            {row["uid"]: code for code, row in base_rows.items()} if entity == "lever" else None
        )
        seen: set[Any] = set()
        new_actors: list[tuple[int, dict[str, Any]]] = []
        for r, cells in raw.rows():
            if r == 1:
                continue
            uid = _text(cells.get(uid_col))
            problems: list[str] = []
            values: dict[str, Any] = {}
            for c, col, convert in columns:
                cell = cells.get(col)
                try:
                    if cell is None:
                        values[c.field] = convert(None)
                    elif cell.formula:
                        raise ValueError(
                            f"la cellule contient une formule ({str(cell.value)[:40]}) ; les "
                            "formules ne sont pas importées : remplacez-la par sa valeur."
                        )
                    else:
                        values[c.field] = convert(cell.value)
                except ValidationError as exc:
                    problems.append(f"{raw.name}!{_cell(col, r)} : {exc.reason}")
                except ValueError as exc:
                    problems.append(f"{raw.name}!{_cell(col, r)} : {exc}")
            if not uid and not any(_text(cells.get(col)) for _c, col, _f in columns):
                continue
            if cells.get(uid_col) is not None and cells[uid_col].formula:
                problems.append(
                    f"{raw.name}!{_cell(uid_col, r)} : l'identifiant a été remplacé par une formule."
                )
            key = (key_of.get(uid) if key_of is not None else uid) if uid else None
            if uid and key not in base_rows:
                problems.append(
                    f"{raw.name}!{_cell(uid_col, r)} : cette ligne porte un identifiant inconnu "
                    "(copiée d'un autre cahier ?) ; effacez-le pour en faire une nouvelle ligne."
                )
            elif key in seen:
                problems.append(
                    f"{raw.name}!{_cell(uid_col, r)} : cette ligne est en double (même identifiant "
                    "qu'une ligne au-dessus) ; supprimez l'une des deux."
                )
            if not problems and key is None:
                problems += self.new_row_problems(sheet, raw.name, r, values)
            elif not problems:
                problems += _emptied(raw.name, r, values, kept)
            if not problems and entity == "action":
                problems += self.dates_in_order(raw.name, r, key, values, header)
            if problems:
                self.refuse(raw.name, r, problems)
                if key is not None:
                    seen.add(key)
                continue
            if key is None:
                from essdesk.models.base import new_uid

                if entity == "lever":
                    continue
                title = values["name" if entity == "actor" else "title"]
                if title.casefold() in self.added_since[entity]:
                    self.out.notices.append(
                        f"{raw.name}, ligne {r} : « {title[:60]} » a déjà été ajouté dans "
                        "essdesk depuis l'envoi (cahier déjà importé ?) ; pas ajouté une seconde fois."
                    )
                    continue
                created = NewRow(
                    raw.name,
                    r,
                    entity,
                    new_uid(),
                    {k: v for k, v in values.items() if v not in (None, "", [])},
                )
                self.out.created.append(created)
                if entity == "actor":
                    self.named(created.values["name"], created.key)
                    self.new_names[created.key] = created.values["name"]
                    new_actors.append((r, created.values))
                continue
            seen.add(key)
            self.compare(sheet, raw.name, r, key, values, header)
        label = {"lever": "levier", "actor": "acteur", "action": "action"}[entity]
        for key, row in base_rows.items():
            if key not in seen:
                name = row.get("name") or row.get("title") or row.get("label", "")
                shown = f"{key} {name}" if entity == "lever" else name
                self.out.absent.append(f"{sheet.title} : {label} « {shown[:80]} »")

    def dates_in_order(
        self, name: str, r: int, key: Any, values: Mapping[str, Any], header: Mapping[str, int]
    ) -> list[str]:
        """The services' rule across two cells: an action cannot end before it starts."""
        now = self.now["action"].get(key, {}) if key is not None else {}
        start = values.get("start", now.get("start"))
        end = values.get("end", now.get("end"))
        if start and end and end < start:
            column = (
                header.get(ACTIONS.column("end").header) or header[ACTIONS.column("start").header]
            )
            return [f"{name}!{_cell(column, r)} : la fin ne peut pas précéder le début."]
        return []

    def refuse(self, sheet: str, row: int, problems: list[str]) -> None:
        if self.skip:
            self.out.skipped_rows.append(f"{sheet}, ligne {row} : " + " ; ".join(problems))
        else:
            self.out.errors += problems

    def new_row_problems(
        self, sheet: Sheet, name: str, r: int, values: Mapping[str, Any]
    ) -> list[str]:
        if sheet.entity == "lever":
            return [
                f"{name}, ligne {r} : on ne peut pas ajouter de levier depuis le cahier ; "
                "ajoutez-le dans essdesk."
            ]
        required = "name" if sheet.entity == "actor" else "title"
        if not values.get(required):
            header = sheet.column(required).header
            return [
                f"{name}, ligne {r} : la colonne « {header} » est obligatoire pour une nouvelle ligne."
            ]
        return []

    def converter(self, c: Column, entity: str) -> Callable[[Any], Any]:
        """The function giving a cell's value as the interchange data writes the field;
        ValueError or ValidationError (French) for a value the services would refuse."""
        spec = _SPECS[entity].get("budget_cents" if c.field == "budget" else c.field)
        assert spec is not None or c.kind in ("actor", "actors")
        if c.kind in ("text", "name"):
            # Required values are checked per row (_emptied, new_row_problems): an empty
            # row is no error.
            field = Field(spec.name, spec.label, spec.kind)
            if entity == "actor" and spec.name == "email":
                return lambda value: _checked_email(clean(field, _as_text(value)))
            return lambda value: clean(field, _as_text(value))
        if c.kind == "enum":
            return _enum_reader(c)
        if c.kind == "bool":
            return _bool
        if c.kind == "date":

            def day(value: Any) -> str | None:
                found = clean(spec, _as_date(value))
                return found.isoformat() if found else None

            return day
        if c.kind == "money":
            return lambda value: _money(spec, value)
        if c.kind == "actor":
            return self.actor
        if c.kind == "actors":

            def actors(value: Any) -> list[str]:
                parts = [p.strip() for p in re.split(r"[;\n]", _as_text(value))]
                return list(dict.fromkeys(self.actor(p) for p in parts if p))

            return actors
        raise AssertionError(c.kind)

    def actor(self, value: Any) -> str | None:
        name = _as_text(value).strip()
        if not name:
            return None
        found = self.by_name.get(name.casefold(), ())
        if not found:
            raise ValueError(
                f"« {name[:60]} » n'est pas un acteur du diagnostic ; choisissez-le dans la liste "
                "ou ajoutez-le dans la feuille Acteurs."
            )
        if len(found) > 1:
            raise ValueError(
                f"plusieurs acteurs s'appellent « {name[:60]} » ; renommez-les dans essdesk."
            )
        return found[0]

    def named(self, name: str, uid: str) -> None:
        key = name.casefold()
        known = self.by_name.get(key, ())
        if uid not in known:
            self.by_name[key] = (*known, uid)

    def compare(
        self,
        sheet: Sheet,
        name: str,
        r: int,
        key: Any,
        values: Mapping[str, Any],
        header: Mapping[str, int],
    ) -> None:
        entity = sheet.entity
        sent = self.base[entity][key]
        now = self.now[entity].get(key)
        for f, theirs in values.items():
            before = sent.get(f)  # absent from an anonymised cahier's state
            if _same(before, theirs):
                continue
            c = sheet.column(f)
            cell = _cell(header[c.header], r)
            shown = cell_text(before) if isinstance(before, str) and before else before
            if shown != before:  # too long for a cell: the cahier showed its start only
                if theirs != shown:
                    self.out.notices.append(
                        f"{name}!{cell} : ce texte est trop long pour une cellule de tableur ; "
                        "sa modification n'est pas reprise : faites-la dans essdesk."
                    )
                continue
            if now is None:
                self.out.notices.append(
                    f"{name}!{cell} : la ligne a été supprimée dans essdesk depuis l'envoi ; "
                    "sa modification n'est pas reprise."
                )
                continue
            if _same(now[f], theirs):
                continue
            if _same(now[f], before):
                self.out.changes.append(
                    Change(name, cell, entity, key, f, c.header, now[f], theirs)
                )
            else:
                self.out.conflicts.append(
                    Conflict(name, cell, entity, key, f, c.header, before, now[f], theirs)
                )


def _emptied(
    name: str, r: int, values: Mapping[str, Any], kept: Iterable[tuple[str, int, Column]]
) -> list[str]:
    """A required value (a name, a status…) the partner cleared: it cannot be taken back."""
    out = []
    for f, col, c in kept:
        if values.get(f, 0) in (None, ""):
            hint = (
                f" ; choisissez parmi : {', '.join(m.label for m in c.enum)}."
                if c.enum
                else " ; remplissez-la."
            )
            out.append(f"{name}!{_cell(col, r)} : la cellule « {c.header} » a été vidée{hint}")
    return out


def _checked_email(value: str) -> str:
    check_email(value)
    return value


def _same(a: Any, b: Any) -> bool:
    """Equal, an empty cell being the same as an empty text or list (but not as 0)."""
    empty = (None, "", [])
    return (a in empty and b in empty) if a in empty or b in empty else a == b


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return BOOL_LABELS[0] if value else BOOL_LABELS[1]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _enum_reader(c: Column) -> Callable[[Any], str | None]:
    """A cell's enum value, typed as its French label (any case) or as its stored value."""
    assert c.enum is not None
    known: dict[str, str] = {}
    for member in c.enum:
        known[member.value] = member.value
        known[member.label.casefold()] = member.value
    choices = ", ".join(m.label for m in c.enum)

    def read(value: Any) -> str | None:
        text = _as_text(value).strip()
        found = known.get(text) or known.get(text.casefold())
        if found is not None or not text:
            return found
        raise ValueError(
            f"« {text[:60]} » n'est pas {_NOUN.get(c.field, 'une valeur permise')} ; "
            f"choisissez parmi : {choices}."
        )

    return read


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _as_text(value).strip().casefold()
    if not text:
        return None
    if text in ("oui", "vrai", "true", "1", "o"):
        return True
    if text in ("non", "faux", "false", "0", "n"):
        return False
    raise ValueError(f"« {text[:60]} » : saisissez Oui ou Non.")


def _as_date(value: Any) -> Any:
    """Real dates, serial numbers (a date column that lost its format) and text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:
            raise ValueError("date invalide ; saisissez une date au format JJ/MM/AAAA.")
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    if isinstance(value, str):
        text = value.strip()
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if match:
            day, month, year = map(int, match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(
                    f"« {text[:40]} » n'est pas une date ; saisissez-la au format JJ/MM/AAAA."
                ) from None
        if text and not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
            raise ValueError(
                f"« {text[:40]} » n'est pas une date ; saisissez-la au format JJ/MM/AAAA."
            )
        return text or None
    return value


def _money(spec: Field | None, value: Any) -> int | float | None:
    assert spec is not None
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("saisissez un montant en euros.")
    if isinstance(value, (int, float)):
        amount = Decimal(str(value))
    else:
        text = re.sub(r"[\s\u00a0\u202f€]", "", str(value)).replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(
                f"« {str(value)[:40]} » n'est pas un montant ; saisissez-le en euros, "
                "par exemple 1500 ou 1500,50."
            ) from None
    if not amount.is_finite():
        raise ValueError("saisissez un montant en euros.")
    cents = clean(spec, int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    return euros(cents)


# -- applying -------------------------------------------------------------------------------


def apply_preview(
    services, preview: Preview, label: str, take: Iterable[int] = (), referential=None
) -> int:
    """Post a jalon (the state before the import), then apply the preview's changes as one
    change set; the jalon's number. Refused while the preview holds errors."""
    from essdesk.domain.changes import apply, diff
    from essdesk.exchange.interchange import to_dict

    if preview.errors:
        raise WorkbookError(
            "Le cahier contient des erreurs : corrigez-les (ou laissez de côté les lignes "
            "invalides), puis importez-le à nouveau. Rien n'a été modifié."
        )
    jalon = services.post_jalon(label, referential).created_id
    try:
        apply(services, preview.changeset(set(take)))
    except EssdeskError as exc:
        # A rule the preview could not see: put back what was applied, from the jalon.
        services.session.rollback()
        apply(services, diff(to_dict(services.session, referential), services.jalon_data(jalon)))
        raise WorkbookError(
            f"Le cahier n'a pas pu être repris ({exc}) ; le diagnostic est resté tel qu'il était."
        ) from None
    return jalon
