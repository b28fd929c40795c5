"""The cahier de saisie: a workbook partners fill in offline (issue 19), written here.

Written with openpyxl: it is already a dependency (no new package for a feature the
exports' rewrite may move off it), and it writes everything the cahier needs through its
public API (data validations, sheet and cell protection, hidden columns and sheets, date
formats). The cahier of the large diagnostic (5,000 actors) is written in ~3.6 s here.

What the importer relies on is only what it can check: each sheet starts with a header
row of known labels (columns may move, sheets may be renamed), each row carries its uid in
a hidden column, and a hidden sheet carries the diagnostic's uid and the state the cahier
was made from (compact JSON, compressed, with its hash), so that a change made in essdesk
since the sending is told apart from one made in the cahier (three-way comparison).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from essdesk.exchange.workbook_base import encode_base
from essdesk.export.text import EXCEL_CELL_LIMIT, excel_length, fit_for_excel, fits_in_excel
from essdesk.models.enums import ActionStatus, ActorCategory, ChainLink, LeverStatus, Priority

FORMAT = "essdesk-cahier"
FORMAT_VERSION = 2  # 2: the hidden base as JSON lines (workbook_base)
READABLE_VERSIONS = (1, 2)  # cahiers sent by earlier versions still import
IDENTITY_SHEET = "essdesk"
LISTS_SHEET = "Listes"
UID_HEADER = "uid (ne pas modifier)"
#: Empty rows offered for new actors and actions.
NEW_ROWS = 30
_CHUNK = 30_000  # a cell holds at most 32,767 characters
_DATE_FORMAT = "DD/MM/YYYY"
_EURO_FORMAT = '#,##0.00 "€"'


@dataclass(frozen=True)
class Column:
    field: str  # the field in workbook_state's rows, as changes.entities names it ("" if shown only)
    header: str
    kind: str  # text | name | enum | bool | date | money | actor | actors | shown
    enum: type | None = None
    width: int = 18
    personal: bool = False  # left out by --anonymise


@dataclass(frozen=True)
class Sheet:
    key: str  # leviers | acteurs | actions
    entity: str
    title: str
    columns: tuple[Column, ...]
    new_rows: bool

    def column(self, field: str) -> Column:
        return self._by_field[field]

    @cached_property
    def _by_field(self) -> dict[str, Column]:
        return {c.field: c for c in self.columns}


LEVERS = Sheet(
    "leviers",
    "lever",
    "Leviers",
    (
        Column("", "Code", "shown", width=8),
        Column("", "Étape", "shown", width=7),
        Column("label", "Levier", "shown", width=50),
        Column("status", "Statut", "enum", LeverStatus, 16),
        Column("priority", "Priorité", "enum", Priority, 11),
        Column("notes", "Notes", "text", width=45),
        Column("owner", "Qui", "name", width=20),
        Column("due", "Échéance", "date", width=12),
    ),
    new_rows=False,
)
ACTORS = Sheet(
    "acteurs",
    "actor",
    "Acteurs",
    (
        Column("name", "Nom", "name", width=36),
        Column("ess", "Acteur de l'ESS", "bool", width=15),
        Column("category", "Catégorie", "enum", ActorCategory, 22),
        Column("chain_link", "Maillon", "enum", ChainLink, 22),
        Column("role", "Rôle", "text", width=30),
        Column("commune", "Commune", "name"),
        Column("contact", "Personne de contact", "name", width=22, personal=True),
        Column("email", "Courriel", "name", width=26, personal=True),
        Column("phone", "Téléphone", "name", width=15, personal=True),
        Column("notes", "Notes", "text", width=40),
    ),
    new_rows=True,
)
ACTIONS = Sheet(
    "actions",
    "action",
    "Plan d'action",
    (
        Column("title", "Action", "name", width=36),
        Column("pilot", "Pilote", "actor", width=26),
        Column("partners", "Partenaires (séparés par ;)", "actors", width=36),
        Column("start", "Début", "date", width=12),
        Column("end", "Fin", "date", width=12),
        Column("budget", "Budget (€)", "money", width=14),
        Column("funding", "Financement", "name", width=22),
        Column("status", "Statut", "enum", ActionStatus, 14),
        Column("priority", "Priorité", "enum", Priority, 11),
        Column("indicator", "Indicateur", "text", width=30),
        Column("notes", "Notes", "text", width=40),
    ),
    new_rows=True,
)
SHEETS = {s.key: s for s in (LEVERS, ACTORS, ACTIONS)}

HOW_TO = (
    "Complétez les cellules blanches : statuts, priorités, notes, échéances, acteurs et actions.",
    "Ajoutez un acteur ou une action sur une ligne vide en bas de sa feuille ; une ligne "
    "supprimée ne supprime rien dans essdesk.",
    "Ne touchez pas aux colonnes grisées ni à la feuille cachée « essdesk » : elles "
    "permettent de reprendre vos réponses sans rien écraser.",
)
BOOL_LABELS = ("Oui", "Non")
TOO_LONG = (
    " […] (texte trop long pour une cellule de tableur : lisez-le et modifiez-le dans essdesk)"
)


def chosen_sheets(names: Iterable[str] | None) -> list[Sheet]:
    from essdesk.errors import EssdeskError

    if names is None:
        return list(SHEETS.values())
    wanted = [n.strip().lower() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in SHEETS]
    if unknown or not wanted:
        raise EssdeskError(
            f"Feuille inconnue : {', '.join(unknown) or '(aucune)'} ; choisissez parmi : "
            f"{', '.join(SHEETS)}."
        )
    return [SHEETS[k] for k in SHEETS if k in wanted]


def columns_of(sheet: Sheet, anonymise: bool) -> list[Column]:
    return [c for c in sheet.columns if not (anonymise and c.personal)]


def write_workbook(
    session: Session,
    target: Path,
    sheets: Sequence[Sheet] | None = None,
    anonymise: bool = False,
) -> None:
    """Write the cahier of the diagnostic of `session` to `target`, atomically."""
    from io import BytesIO

    from openpyxl import Workbook

    from essdesk.exchange.workbook_state import cahier_state
    from essdesk.models.tables import Diagnostic
    from essdesk.store.atomic import write_atomically

    sheets = list(sheets or SHEETS.values())
    base = cahier_state(session)
    if anonymise:  # not even in the hidden sheet: what is not sent cannot be compared either
        personal = [c.field for c in ACTORS.columns if c.personal]
        for row in base["actor"].values():
            for name in personal:
                del row[name]
    wb = Workbook()
    how = wb.active
    how.title = "Mode d'emploi"
    _how_to(how, session.execute(select(Diagnostic.title)).scalar_one())
    lists = wb.create_sheet(LISTS_SHEET)
    ranges = _lists(lists, base, sheets)
    for sheet in sheets:
        _sheet(wb.create_sheet(sheet.title), sheet, base, columns_of(sheet, anonymise), ranges)
    lists.sheet_state = "hidden"
    _identity(wb.create_sheet(IDENTITY_SHEET), base, sheets, anonymise)
    out = BytesIO()
    wb.save(out)
    write_atomically(target, out.getvalue())


def _how_to(ws, title: str) -> None:
    from openpyxl.styles import Font

    ws["A1"] = f"Cahier de saisie — {title}"
    ws["A1"].font = Font(bold=True, size=14)
    for row, line in enumerate(HOW_TO, 3):
        ws.cell(row, 1, f"{row - 2}. {line}")
    ws.column_dimensions["A"].width = 120


def _lists(ws, base: Mapping[str, Any], sheets: Sequence[Sheet]) -> dict[str, str]:
    """Drop-down choices on the hidden Listes sheet; their ranges by list name."""
    from openpyxl.utils import get_column_letter, quote_sheetname

    columns: dict[str, list[str]] = {"bool": list(BOOL_LABELS)}
    for sheet in sheets:
        for c in sheet.columns:
            if c.kind == "enum":
                columns[c.enum.__name__] = [m.label for m in c.enum]
    names = [a["name"] for a in base["actor"].values() if a["name"]]
    columns["actors"] = names or [""]
    ranges = {}
    for index, (name, values) in enumerate(columns.items(), 1):
        letter = get_column_letter(index)
        ws.cell(1, index, name)
        for row, value in enumerate(values, 2):
            ws.cell(row, index, value)
        ranges[name] = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _sheet(
    ws, sheet: Sheet, base: Mapping[str, Any], columns: list[Column], ranges: dict[str, str]
) -> None:
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    grey = PatternFill("solid", fgColor="E7E6E6")
    ws.append([UID_HEADER, *(c.header for c in columns)])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = grey
    rows = base[sheet.entity]
    actor_name = {uid: a["name"] for uid, a in base["actor"].items()}
    cut: set[tuple[int, int]] = set()  # cells showing only the start of a text: locked
    for row_number, (key, row) in enumerate(rows.items(), 2):
        uid = row["uid"] if sheet.entity == "lever" else key
        values = [uid]
        for c in columns:
            if c.header == "Code":
                values.append(key)
            elif c.header == "Étape":
                values.append(row["step"])
            else:
                values.append(_cell_value(c, row[c.field], actor_name))
                if c.kind == "text" and row[c.field] and values[-1] != row[c.field]:
                    cut.add((row_number, len(values)))
        ws.append(values)
        for index, value in enumerate(values, 1):
            if isinstance(value, str) and value.startswith("="):
                ws.cell(row_number, index).data_type = "s"  # text the user typed, never a formula
    last = len(rows) + 1 + (NEW_ROWS if sheet.new_rows else 0)
    unlocked = Protection(locked=False)
    for index, c in enumerate(columns, 2):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = c.width
        editable = c.kind != "shown"
        for r in range(2, last + 1):
            cell = ws.cell(r, index)
            if editable and (r, index) not in cut:
                cell.protection = unlocked
            else:
                cell.fill = grey
            if c.kind == "date":
                cell.number_format = _DATE_FORMAT
            elif c.kind == "money":
                cell.number_format = _EURO_FORMAT

        source = {"enum": c.enum.__name__ if c.enum else "", "bool": "bool", "actor": "actors"}.get(
            c.kind
        )
        if source and last >= 2:
            dv = DataValidation(type="list", formula1=ranges[source], allow_blank=True)
            dv.error = "Choisissez une valeur dans la liste."
            dv.errorTitle = c.header
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "B2"
    # Protected without a password: it keeps honest hands off the uid and shown columns;
    # the import checks them anyway. Rows may be sorted, filtered, added or deleted.
    p = ws.protection
    p.sheet = True
    p.sort = p.autoFilter = p.insertRows = p.deleteRows = p.formatColumns = False


def _cell_value(c: Column, value: Any, actor_name: Mapping[str, str]) -> Any:
    if c.kind == "enum":
        return c.enum(value).label
    if c.kind == "bool":
        return BOOL_LABELS[0] if value else BOOL_LABELS[1]
    if c.kind == "date":
        return dt.date.fromisoformat(value) if value else None
    if c.kind == "actor":
        return actor_name.get(value) if value else None
    if c.kind == "actors":
        return " ; ".join(actor_name[u] for u in value) or None
    if c.kind == "text" and value:
        return cell_text(value)
    return value if value != "" else None


def cell_text(text: str) -> str:
    """A text as the cahier shows it: whole when a cell can hold it (32,767 UTF-16 units),
    else its start and TOO_LONG. The import never takes such a cell back: a spreadsheet
    would have cut the text, and applying the cut one would lose the rest."""
    if fits_in_excel(text):
        return text
    return fit_for_excel(text, EXCEL_CELL_LIMIT - excel_length(TOO_LONG)) + TOO_LONG


def _identity(ws, base: Mapping[str, Any], sheets: Sequence[Sheet], anonymise: bool) -> None:
    digest, blob = encode_base(base)
    ws.append(["format", FORMAT])
    ws.append(["format_version", FORMAT_VERSION])
    ws.append(["diagnostic", base["diagnostic"]])
    ws.append(["sheets", ",".join(s.key for s in sheets)])
    ws.append(["anonymise", "oui" if anonymise else "non"])
    ws.append(["sha256", digest])
    ws.append(["chunks", (len(blob) + _CHUNK - 1) // _CHUNK])
    for start in range(0, len(blob), _CHUNK):
        ws.append(["base", blob[start : start + _CHUNK]])
    ws.protection.sheet = True
    ws.sheet_state = "veryHidden"
