"""A referential written by hand in a spreadsheet (Excel, LibreOffice Calc) → referential JSON.

Three sheets (docs/referential-xlsx.md): "Référentiel" (label | value rows), "Parties" and
"Leviers" (a header row, then one row per part or lever). A hand-written file has blank
rows, trailing spaces, numbers typed as text, codes typed as numbers (1.1), merged title
rows and extra columns: all tolerated. Every problem is collected (not only the first) and
named by sheet and cell, in French. No Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from essdesk.domain.referential import Referential, ReferentialError, parse_referential
from essdesk.errors import EssdeskError
from essdesk.models.enums import ActorCategory
from essdesk.store.atomic import write_atomically

SHEET_META = "Référentiel"
SHEET_PARTS = "Parties"
SHEET_LEVERS = "Leviers"
SHEET_LISTS = "Listes"

# Label rows of the "Référentiel" sheet → JSON key (None: optional).
META_ROWS: dict[str, tuple[str, bool, str]] = {
    "nom": ("title", True, "le nom de la méthode, tel qu'il s'affiche (« Feuille de route ESS »)"),
    "identifiant": ("id", True, "en minuscules, sans espace ni accent (« feuille-route-ess »)"),
    "version": ("version", True, "X.Y.Z (« 1.0.0 ») ; augmentez-la à chaque nouvelle diffusion"),
    "auteur": ("author", False, "qui a écrit ou transcrit la méthode (par défaut : l'éditeur)"),
    "éditeur": ("publisher", True, "qui publie la méthode (réseau, collectivité, cabinet)"),
    "année": ("year", False, "année de publication (facultatif)"),
    "mot (singulier)": ("part", False, "comment la méthode nomme une partie : étape, axe, défi…"),
    "mot (pluriel)": ("parts", False, "le même mot au pluriel : étapes, axes, défis…"),
    "levier (singulier)": ("lever", False, "comment elle nomme un levier : levier, action…"),
    "levier (pluriel)": ("levers", False, "le même mot au pluriel : leviers, actions…"),
    "féminin": ("feminine", False, "oui si le mot des parties est féminin (« la première étape »)"),
}

# Columns: header → (key, required, comment shown in the template).
PART_COLUMNS: dict[str, tuple[str, bool, str]] = {
    "numéro": ("number", True, "1, 2, 3… dans l'ordre, sans trou"),
    "titre": ("title", True, "le titre de la partie"),
    "titre court": ("short_title", False, "pour les graphiques (facultatif : sinon le titre)"),
    "objectif": ("objective", False, "ce que la partie cherche à obtenir (facultatif)"),
    "repères": ("guidance", False, "conseils pour l'animateur (facultatif)"),
}
LEVER_COLUMNS: dict[str, tuple[str, bool, str]] = {
    "partie": ("part", True, "le numéro de la partie (feuille Parties) où range ce levier"),
    "code": (
        "code",
        True,
        "court, sans espace, unique : 1.1, A2… (tapez '1.10 avec une "
        "apostrophe pour qu'Excel ne l'écrive pas 1.1)",
    ),
    "libellé": ("label", True, "l'intitulé du levier"),
    "repères": ("guidance", False, "ce qui aide le groupe à choisir un statut (facultatif)"),
    "exemples": ("examples", False, "un par ligne (Alt+Entrée) : « Collectivité : description »"),
    "questions": ("questions", False, "une par ligne : ce que le groupe se demande"),
    "catégories d'acteurs": (
        "actor_categories",
        False,
        "qui porte d'habitude ce levier : une catégorie de la liste, plusieurs séparées par « ; »",
    ),
}
_ALIASES = {
    "n°": "numéro",
    "no": "numéro",
    "num": "numéro",
    "intitulé": "libellé",
    "exemple": "exemples",
    "question": "questions",
    "catégories": "catégories d'acteurs",
    "acteurs": "catégories d'acteurs",
    "titre abrégé": "titre court",
    "titre": "titre",
    "nom de la méthode": "nom",
    "id": "identifiant",
    "publié par": "éditeur",
    "editeur": "éditeur",
}

_VERSION_SHORT = re.compile(r"^\d+(\.\d+){0,2}$")
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s+")
_SPLIT_CATEGORIES = re.compile(r"[;\n,]+")


@dataclass(frozen=True)
class Problem:
    sheet: str
    cell: str  # "C7", or "" for the whole sheet
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{where} : {self.message}"


class ReferentialImportError(EssdeskError):
    """The spreadsheet cannot become a referential; `problems` names every one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        head = (
            f"Le tableur a {count} problème{'s' if count > 1 else ''} à corriger "
            "(rien n'a été écrit) :"
        )
        super().__init__("\n".join([head, *(f"  - {p}" for p in problems)]))


def _fold(text: str) -> str:
    """A header or label as compared: lower case, no accents, single spaces, no ':' or '*'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip().strip(":*").strip().lower()
    return text


def _canonical(names: dict[str, Any]) -> dict[str, str]:
    folded = {_fold(name): name for name in names}
    for alias, name in _ALIASES.items():
        if name in names:
            folded.setdefault(_fold(alias), name)
    return folded


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None
    return value


def _text(value: Any) -> str:
    """A cell as text: numbers typed in a text column read as they were typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _code(value: Any) -> str:
    """A lever code: 1.1 typed as a number stays "1.1"; one LibreOffice took for a date
    (1.10 → 1 October) reads back as day.month."""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.day}.{value.month}"
    return _text(value)


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\d+(?:[.,]0+)?", value):
        return int(re.split(r"[.,]", value)[0])
    return None


def _lines(value: Any) -> list[str]:
    return [line for raw in _text(value).split("\n") if (line := _BULLET.sub("", raw).strip())]


class _Sheet:
    """One worksheet's rows as cleaned values, skipping blank rows and merged title rows."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.name = ws.title
        self._merged_rows = set()
        for rng in ws.merged_cells.ranges:
            if rng.max_col > rng.min_col:  # a title spread over several columns
                self._merged_rows.update(range(rng.min_row, rng.max_row + 1))

    def rows(self, start: int = 1) -> list[tuple[int, list[Any]]]:
        found = []
        for row in self.ws.iter_rows(min_row=start):
            number = row[0].row
            values = [_clean(c.value) for c in row]
            if number in self._merged_rows or all(v is None for v in values):
                continue
            found.append((number, values))
        return found


def _cell(column: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column + 1)}{row}"


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places: dict[str, tuple[str, str]] = {}  # JSON place → (sheet, cell)
        self.numbering_ok = True
        self.unreadable: set[str] = set()  # sheets whose header row failed: no cascade

    def problem(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message))

    # -- "Référentiel" ---------------------------------------------------------------------

    def meta(self, sheet: _Sheet | None) -> dict[str, Any]:
        if sheet is None:
            self.problem(
                SHEET_META,
                "",
                f"la feuille « {SHEET_META} » est absente (nom, "
                "identifiant, version… de la méthode) : partez du modèle "
                "(essdesk referential template).",
            )
            return {}
        known = _canonical(META_ROWS)
        found: dict[str, tuple[Any, str]] = {}
        for number, values in sheet.rows():
            name = known.get(_fold(_text(values[0]))) if values else None
            if name is None:
                continue  # a heading, a note, an extra row: not ours
            value = values[1] if len(values) > 1 else None
            found[name] = (value, _cell(1, number))
        data: dict[str, Any] = {}
        words: dict[str, Any] = {}
        for name, (key, required, help_text) in META_ROWS.items():
            value, cell = found.get(name, (None, ""))
            where = cell or ""
            if value is None:
                if required:
                    what = "est vide" if cell else "est absente"
                    self.problem(SHEET_META, where, f"la ligne « {name} » {what} : {help_text}.")
                continue
            if key == "year":
                year = _integer(value)
                if year is None or not 1900 <= year <= 2100:
                    self.problem(
                        SHEET_META,
                        where,
                        f"l'année « {_text(value)} » n'est pas une année (ex. 2024).",
                    )
                else:
                    data["year"] = year
            elif key == "feminine":
                answer = _fold(_text(value))
                if answer in ("oui", "o", "vrai", "true", "1", "x", "f", "feminin"):
                    words["feminine"] = True
                elif answer in ("non", "n", "faux", "false", "0", "m", "masculin"):
                    words["feminine"] = False
                else:
                    self.problem(SHEET_META, where, f"« {_text(value)} » : écrivez oui ou non.")
            elif key in ("part", "parts", "lever", "levers"):
                words[key] = _text(value)
            elif key == "version":
                version = _text(value)
                if _VERSION_SHORT.match(version):
                    version = ".".join((version.split(".") + ["0", "0"])[:3])
                else:
                    self.problem(
                        SHEET_META,
                        where,
                        f"la version « {version} » n'est pas de la "
                        "forme 1.0.0 (tapez-la précédée d'une apostrophe : '1.0.0).",
                    )
                data["version"] = version
                self.places["version"] = (SHEET_META, where)
            elif key == "id":
                ident = _text(value)
                if not re.fullmatch(r"[a-z][a-z0-9_-]*", ident):
                    self.problem(
                        SHEET_META,
                        where,
                        f"l'identifiant « {ident} » doit être en "
                        f"minuscules, sans espace ni accent (ex. « {_slug(ident)} »).",
                    )
                data["id"] = ident
            else:
                data[key] = _text(value)
                self.places[key] = (SHEET_META, where)
        if words:
            given = [k for k in ("part", "parts", "lever", "levers") if k in words]
            if len(given) not in (0, 4):
                missing = [
                    n
                    for n, (k, _, _) in META_ROWS.items()
                    if k in ("part", "parts", "lever", "levers") and k not in words
                ]
                self.problem(
                    SHEET_META,
                    "",
                    "les mots de la méthode vont ensemble : remplissez "
                    "aussi " + ", ".join(f"« {m} »" for m in missing) + ".",
                )
            else:
                data["words"] = words
        return data

    # -- tables ----------------------------------------------------------------------------

    def table(
        self, sheet: _Sheet | None, name: str, columns: dict[str, tuple[str, bool, str]]
    ) -> list[tuple[int, dict[str, tuple[Any, str]]]]:
        """Rows of a table sheet as {key: (value, cell)}, after its header row."""
        if sheet is None:
            self.problem(
                name,
                "",
                f"la feuille « {name} » est absente : partez du modèle "
                "(essdesk referential template).",
            )
            return []
        known = _canonical(columns)
        rows = sheet.rows()
        header = None
        for index, (number, values) in enumerate(rows[:10]):
            mapping = {
                i: known[_fold(_text(v))]
                for i, v in enumerate(values)
                if v is not None and _fold(_text(v)) in known
            }
            if sum(columns[c][1] for c in mapping.values()) >= 2:  # the header row
                header = index, number, mapping
                break
        if header is None:
            heads = ", ".join(f"« {c} »" for c, (_, req, _) in columns.items() if req)
            self.problem(
                name, "", f"ligne d'en-têtes introuvable : il faut au moins les colonnes {heads}."
            )
            self.unreadable.add(name)
            return []
        index, number, mapping = header
        missing = [c for c, (_, req, _) in columns.items() if req and c not in mapping.values()]
        for column in missing:
            self.problem(
                name, f"A{number}", f"la colonne « {column} » est absente de la ligne d'en-têtes."
            )
        if missing:
            self.unreadable.add(name)
            return []
        found = []
        for row_number, values in rows[index + 1 :]:
            cells = {
                columns[col][0]: (values[i] if i < len(values) else None, _cell(i, row_number))
                for i, col in mapping.items()
            }
            found.append((row_number, cells))
        return found

    def parts(self, sheet: _Sheet | None) -> list[dict[str, Any]]:
        parts: list[dict[str, Any]] = []
        for _row, cells in self.table(sheet, SHEET_PARTS, PART_COLUMNS):
            value, cell = cells["number"]
            number = _integer(value)
            if number is None:
                shown = _text(value)
                self.problem(
                    SHEET_PARTS,
                    cell,
                    f"le numéro « {shown} » n'est pas un nombre entier."
                    if shown
                    else "le numéro est vide.",
                )
                continue
            if number != len(parts) + 1:
                self.numbering_ok = False  # then which part a lever names is unsure
                self.problem(
                    SHEET_PARTS,
                    cell,
                    f"{number} trouvé, {len(parts) + 1} attendu : "
                    "les parties sont numérotées 1, 2, 3… dans l'ordre.",
                )
            part: dict[str, Any] = {"number": number, "levers": [], "_cell": cell}
            title, title_cell = cells["title"]
            if title is None:
                self.problem(SHEET_PARTS, title_cell, "le titre est vide.")
            part["title"] = _text(title)
            for key in ("short_title", "objective", "guidance"):
                if key in cells and cells[key][0] is not None:
                    part[key] = _text(cells[key][0])
            parts.append(part)
        if sheet is not None and not parts and SHEET_PARTS not in self.unreadable:
            self.problem(SHEET_PARTS, "", "aucune partie : il en faut au moins une.")
        return parts

    def levers(self, sheet: _Sheet | None, parts: list[dict[str, Any]]) -> None:
        by_number = {p["number"]: p for p in parts}
        by_title = {_fold(p["title"]): p for p in parts if p["title"]}
        codes: dict[str, str] = {}
        categories = {_fold(label): value for value, label in ActorCategory.choices()}
        categories.update({_fold(value): value for value, _ in ActorCategory.choices()})
        for _row, cells in self.table(sheet, SHEET_LEVERS, LEVER_COLUMNS):
            value, cell = cells["part"]
            number = _integer(value)
            part = (
                by_number.get(number) if number is not None else by_title.get(_fold(_text(value)))
            )
            if part is None and self.numbering_ok:
                shown = _text(value)
                self.problem(
                    SHEET_LEVERS,
                    cell,
                    f"la partie « {shown} » n'existe pas dans la feuille {SHEET_PARTS}."
                    if shown
                    else "la partie est vide.",
                )
            code_value, code_cell = cells["code"]
            code = _code(code_value)
            if not code:
                self.problem(SHEET_LEVERS, code_cell, "le code est vide.")
            elif not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,19}", code):
                self.problem(
                    SHEET_LEVERS,
                    code_cell,
                    f"le code « {code} » doit être court, sans espace ni accent (ex. 1.2 ou A3).",
                )
            elif code in codes:
                hint = (
                    (
                        " (un code tapé comme un nombre perd ses zéros finaux : tapez '1.10 "
                        "avec une apostrophe)"
                    )
                    if isinstance(code_value, float)
                    else ""
                )
                self.problem(
                    SHEET_LEVERS,
                    code_cell,
                    f"le code « {code} » est déjà celui du "
                    f"levier de la cellule {codes[code]}{hint}.",
                )
            else:
                codes[code] = code_cell
            label, label_cell = cells["label"]
            if label is None:
                self.problem(SHEET_LEVERS, label_cell, "le libellé est vide.")
            lever: dict[str, Any] = {"code": code, "label": _text(label)}
            if "guidance" in cells and cells["guidance"][0] is not None:
                lever["guidance"] = _text(cells["guidance"][0])
            if "examples" in cells:
                lever["examples"] = self._examples(*cells["examples"])
            if "questions" in cells:
                lever["questions"] = _lines(cells["questions"][0])
            if "actor_categories" in cells:
                lever["actor_categories"] = self._categories(categories, *cells["actor_categories"])
            if part is not None:
                part["levers"].append(lever)
        for part in parts:
            if (
                not part["levers"]
                and sheet is not None
                and self.numbering_ok
                and SHEET_LEVERS not in self.unreadable
            ):
                self.problem(
                    SHEET_PARTS,
                    part["_cell"],
                    f"la partie {part['number']} n'a aucun levier dans la feuille {SHEET_LEVERS}.",
                )

    def _examples(self, value: Any, cell: str) -> list[dict[str, str]]:
        examples = []
        for n, line in enumerate(_lines(value), 1):
            who, sep, what = line.partition(":")
            if not sep or not who.strip() or not what.strip():
                self.problem(
                    SHEET_LEVERS,
                    cell,
                    f"exemple {n} « {line[:40]} » : écrivez "
                    "« Collectivité : description », un exemple par ligne.",
                )
                continue
            examples.append({"collectivite": who.strip(), "description": what.strip()})
        return examples

    def _categories(self, known: dict[str, str], value: Any, cell: str) -> list[str]:
        found: list[str] = []
        for item in _SPLIT_CATEGORIES.split(_text(value)):
            if not item.strip():
                continue
            category = known.get(_fold(item))
            if category is None:
                labels = ", ".join(label for _, label in ActorCategory.choices())
                self.problem(
                    SHEET_LEVERS,
                    cell,
                    f"« {item.strip()} » n'est pas une catégorie "
                    f"d'acteurs ; choisissez parmi : {labels}.",
                )
            elif category not in found:
                found.append(category)
        return found


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")
    return slug if slug[:1].isalpha() else f"methode-{slug}".rstrip("-")


#: A method is a few sheets of tens of rows (the largest shipped, ~60 levers); a sheet of
#: more is not one, and openpyxl would take minutes and gigabytes to load it whole.
MAX_METHOD_ROWS = 2_000


def _open(path: Path):
    """The method's workbook, after the cahier's checks of untrusted spreadsheets (zip
    bombs, DTDs, macros, renamed documents, encrypted files), or a French EssdeskError."""
    import openpyxl

    from essdesk.exchange.workbook_file import check_file

    if not path.is_file():
        raise EssdeskError(f"Le fichier « {path} » est introuvable.")
    checked = check_file(path)
    if checked.kind != "xlsx":
        raise EssdeskError(
            f"« {path.name} » est un classeur LibreOffice (.ods) : enregistrez-le au format "
            ".xlsx (Classeur Excel 2007-365) puis réessayez."
        )
    if checked.rows > MAX_METHOD_ROWS:
        raise EssdeskError(
            f"« {path.name} » a une feuille de plus de {MAX_METHOD_ROWS:,} lignes : une méthode "
            "en compte quelques dizaines. Vérifiez que c'est le bon fichier.".replace(",", "\u202f")
        )
    try:
        return openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise EssdeskError(
            f"« {path.name} » n'est pas un classeur Excel lisible ({exc}) : enregistrez-le au "
            "format .xlsx (Classeur Excel 2007-365) puis réessayez."
        ) from None


def read_xlsx(path: Path) -> dict[str, Any]:
    """The referential data of a spreadsheet, checked by `parse_referential`.

    Raises ReferentialImportError naming every problem by sheet and cell.
    """
    workbook = _open(Path(path))
    sheets = {_fold(ws.title): _Sheet(ws) for ws in workbook.worksheets}
    reader = _Reader()
    data = reader.meta(sheets.get(_fold(SHEET_META)))
    parts = reader.parts(sheets.get(_fold(SHEET_PARTS)))
    reader.levers(sheets.get(_fold(SHEET_LEVERS)), parts)
    if reader.problems:
        raise ReferentialImportError(reader.problems)
    for part in parts:
        part.pop("_cell")
    data["steps"] = parts
    try:
        parse_referential(data)
    except ReferentialError as exc:  # a check this reader missed: still say where, in French
        raise ReferentialImportError(
            [
                Problem(
                    *reader.places.get(exc.place, (SHEET_META, "")), f"{exc.reason} ({exc.place})"
                )
            ]
        ) from None
    return data


def import_xlsx(path: Path) -> Referential:
    return parse_referential(read_xlsx(path))


# --------------------------------------------------------------------------- the template


def write_template(target: Path) -> None:
    """An empty, commented spreadsheet to start a method from (one example row per sheet).

    As written it imports: a method of one part and one lever, to be replaced.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE8F0")
    wrap = Alignment(wrap_text=True, vertical="top")

    def comment(text: str) -> Comment:
        note = Comment(text, "essdesk")
        note.width, note.height = 260, 110
        return note

    wb = Workbook()
    meta = wb.active
    meta.title = SHEET_META
    meta.append(["Champ", "Valeur", "Aide"])
    example = {
        "nom": "Ma méthode",
        "identifiant": "ma-methode",
        "version": "1.0.0",
        "auteur": "Votre nom",
        "éditeur": "Votre structure",
        "année": 2025,
        "mot (singulier)": "étape",
        "mot (pluriel)": "étapes",
        "levier (singulier)": "levier",
        "levier (pluriel)": "leviers",
        "féminin": "oui",
    }
    for name, (key, required, help_text) in META_ROWS.items():
        meta.append([name, example[name], help_text])  # C: read by no one, for the writer
        meta.cell(meta.max_row, 1).comment = comment(
            ("Obligatoire. " if required else "Facultatif. ")
            + help_text[0].upper()
            + help_text[1:]
            + "."
        )
        if key == "version":
            meta.cell(meta.max_row, 2).number_format = "@"  # text, or 1.10 would be 1.1
    meta.column_dimensions["A"].width = 22
    meta.column_dimensions["B"].width = 40
    meta.column_dimensions["C"].width = 70

    def table(
        title: str, columns: dict[str, tuple[str, bool, str]], row: list[Any], widths: list[int]
    ):
        ws = wb.create_sheet(title)
        ws.append(list(columns))
        for i, (_, required, help_text) in enumerate(columns.values(), 1):
            head = ws.cell(1, i)
            head.font, head.fill = bold, fill
            head.comment = comment(
                ("Obligatoire. " if required else "Facultatif. ")
                + help_text[0].upper()
                + help_text[1:]
                + "."
            )
            ws.column_dimensions[head.column_letter].width = widths[i - 1]
        ws.append(row)
        for c in ws[2]:
            c.alignment = wrap
        ws.freeze_panes = "A2"
        return ws

    for c in meta[1]:
        c.font, c.fill = bold, fill
    table(
        SHEET_PARTS,
        PART_COLUMNS,
        [
            1,
            "Connaître la filière",
            "Connaître",
            "Partager un état des lieux",
            "Commencer par les acteurs déjà là",
        ],
        [10, 36, 18, 40, 40],
    )
    levers = table(
        SHEET_LEVERS,
        LEVER_COLUMNS,
        [
            1,
            "1.1",
            "Recenser les acteurs de la filière",
            "Qui fait quoi, où ?",
            "Ville de Exemple : cartographie des acteurs du réemploi",
            "Qui manque autour de la table ?\nQui finance déjà ?",
            "Association; Collectivité",
        ],
        [9, 9, 40, 36, 44, 40, 30],
    )
    for c in levers["B"]:
        c.number_format = "@"  # codes stay text: 1.10 is not 1.1
    lists = wb.create_sheet(SHEET_LISTS)
    lists.append(["Catégories d'acteurs (pour la liste déroulante de la feuille Leviers)"])
    for _, text in ActorCategory.choices():
        lists.append([text])
    lists.column_dimensions["A"].width = 40
    last = lists.max_row
    # A drop-down that still accepts several categories typed with « ; ».
    choice = DataValidation(
        type="list",
        formula1=f"=Listes!$A$2:$A${last}",
        allow_blank=True,
        showErrorMessage=False,
        promptTitle="Catégorie d'acteurs",
        prompt="Une catégorie de la liste ; plusieurs : séparez-les par « ; ».",
    )
    choice.showInputMessage = True
    levers.add_data_validation(choice)
    choice.add("G2:G500")
    buffer = io.BytesIO()
    wb.save(buffer)
    write_atomically(Path(target), buffer.getvalue())
