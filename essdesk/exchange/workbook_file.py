"""Reading a returned cahier: untrusted input, checked before any parser sees it (issue 19).

The zip is checked first (member count, total uncompressed size, overall compression ratio,
member names, encryption, macros, what kind of document it really is), streaming every XML
member once to refuse any DTD (no spreadsheet needs one: entity expansion and external
entities cannot happen), to measure what the members really inflate to, and to find merged
cells and formulas (calamine reports no merged range for .ods: only this scan sees them).
Then each sheet is read when asked, row by row, never held whole:
- .xlsx with openpyxl in read-only mode, formulas kept as formulas (never evaluated, their
  cached values never read), external links not loaded; defusedxml is installed, so openpyxl
  parses through it as well;
- .ods with python-calamine (Rust, no entity expansion, no formula evaluation).
python-calamine would read .xlsx ~3× faster, but it cannot tell a formula from a value:
openpyxl's read-only reader is fast enough (bench in the commit) and can.
Every refusal is a French sentence saying what to do.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from essdesk.errors import EssdeskError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # the large diagnostic's cahier: 8 MB (ratio 3.9)
MAX_RATIO = 200  # over the whole archive: styles.xml alone often compresses 50:1
MAX_ROWS = 20_000
MAX_COLUMNS = 40
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# One pass over each worksheet finds both: <mergeCell …> and a formula (<f>, <f t="shared"/>, <x:f>).
_SHEET_MARK = re.compile(rb"<(?:\w+:)?(mergeCell\b|f[\s>/])")
# In content.xml: a formula, or a cell spanning more than one column or row (a merge).
_ODS_MARK = re.compile(rb"table:(formula)=|table:number-(?:columns|rows)-spanned=\"(?!1\")\d")
# How a row of a worksheet (prefixed or not) or of an .ods table starts: counted before any
# parser sees the sheet (bytes.count; a regex pass cost twice as much). `<rowBreaks` counts
# too: a bound, not a number shown.
_ROW_STARTS = {"xlsx": (b"<row", b":row"), "ods": (b"<table:table-row",)}


_NOT_A_WORKBOOK = (
    "ce n'est pas un classeur .xlsx ou .ods : ouvrez-le dans votre tableur et enregistrez-le "
    "au format .xlsx (Classeur Excel 2007-365), puis réessayez."
)


class WorkbookError(EssdeskError):
    """The file cannot be read as a cahier; nothing was changed."""


@dataclass(slots=True)  # one per cell: 70,000 in the large diagnostic's cahier
class RawCell:
    value: Any
    formula: bool = False


Row = tuple[int, dict[int, RawCell]]  # row number → column number → cell (1-based)


@dataclass(frozen=True)
class RawSheet:
    """One sheet of an open workbook. Each walk parses it again from the file: a preview of
    the large diagnostic's cahier never holds its 70,000 cells at once (issue 19's memory)."""

    name: str
    hidden: bool
    path: Path
    read: Callable[[int | None], Iterator[Row]]  # its non-empty rows up to a row number

    def rows(self, limit: int | None = None) -> Iterator[Row]:
        """The non-empty rows in order, up to row `limit`."""
        with _damaged(self.path):
            yield from self.read(limit)

    def header(self) -> dict[int, RawCell]:
        return next((cells for number, cells in self.rows(1) if number == 1), {})

    def has_values(self) -> bool:
        return next(self.rows(), None) is not None


@dataclass(frozen=True)
class Checked:
    kind: str  # xlsx | ods
    notices: list[str]
    formulas: bool  # some sheet holds a formula
    merged: bool  # some sheet holds merged cells
    rows: int  # the most rows any one sheet's XML declares (ods: repeated rows count once)


@dataclass
class RawWorkbook:
    kind: str  # xlsx | ods
    sheets: list[RawSheet]
    notices: list[str]


def _refuse(path: Path, why: str) -> WorkbookError:
    return WorkbookError(f"Le fichier « {path.name} » ne peut pas être importé : {why}")


def check_file(path: Path) -> Checked:
    """What the workbook is, or WorkbookError; reads in bounded time and memory whatever
    the file holds. Its merged cells, formulas and row count are for the caller to judge
    (the cahier refuses merges, a method's title rows are merged)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _refuse(path, f"il n'a pas pu être lu ({exc.strerror or exc}).") from None
    if size > MAX_FILE_BYTES:
        raise _refuse(
            path,
            f"il dépasse {MAX_FILE_BYTES // 1024 // 1024} Mo ; un cahier de saisie pèse bien moins.",
        )
    if head.startswith(_OLE):
        raise _refuse(
            path,
            "il est protégé par un mot de passe, ou au format Excel 97-2003 (.xls). "
            "Enregistrez-le sans mot de passe au format .xlsx, puis importez-le à nouveau.",
        )
    if not head.startswith(b"PK\x03\x04"):
        raise _refuse(path, _NOT_A_WORKBOOK)
    try:
        with zipfile.ZipFile(path) as zf:
            return _check_zip(path, zf)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        raise _refuse(
            path, "il est tronqué ou endommagé. Demandez à votre partenaire de vous le renvoyer."
        ) from None


def _check_zip(path: Path, zf: zipfile.ZipFile) -> Checked:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(
            path, f"il contient plus de {MAX_MEMBERS} parties ; ce n'est pas un cahier de saisie."
        )
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _refuse(path, "il contient deux parties du même nom (fichier falsifié).")
    for name in names:
        if (
            name.startswith(("/", "\\"))
            or "\\" in name
            or "\x00" in name
            or ".." in name.split("/")
            or ":" in name
        ):
            raise _refuse(path, f"il contient une partie au nom suspect (« {name[:80]} »).")
    if any(i.flag_bits & 0x1 for i in infos):
        raise _refuse(
            path, "il est chiffré. Enregistrez-le sans mot de passe, puis importez-le à nouveau."
        )
    declared = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if declared > MAX_UNCOMPRESSED:
        raise _refuse(
            path, f"une fois décompressé il dépasserait {MAX_UNCOMPRESSED // 1024 // 1024} Mo."
        )
    if declared / packed > MAX_RATIO:
        raise _refuse(path, "il se décompresse de façon anormale (bombe zip).")
    members = set(names)
    kind = _kind(path, zf, members)
    notices: list[str] = []
    if kind == "xlsx":
        if any(n.startswith("xl/externalLinks/") for n in members):
            notices.append(
                "Le classeur contient des liens vers d'autres fichiers : ils sont ignorés."
            )
        if any(n.startswith(("xl/embeddings/", "xl/activeX/")) for n in members):
            notices.append("Le classeur contient des objets incorporés : ils sont ignorés.")
    merged = formulas = False
    inflated = rows = 0
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        sheet = info.filename.startswith("xl/worksheets/") or (
            kind == "ods" and info.filename == "content.xml"
        )
        marks = _SHEET_MARK if kind == "xlsx" else _ODS_MARK
        starts = _ROW_STARTS[kind]
        tail = b""
        counted = 0
        with zf.open(info) as member:
            while chunk := member.read(1 << 20):
                inflated += len(chunk)
                if inflated > MAX_UNCOMPRESSED:
                    raise _refuse(path, "il se décompresse de façon anormale (bombe zip).")
                window = tail + chunk
                if _DTD.search(window):
                    raise _refuse(
                        path,
                        "il contient une déclaration XML interdite (DTD, entités) ; "
                        "il a peut-être été fabriqué pour nuire.",
                    )
                if sheet:
                    # What lies wholly in the overlap with the last chunk was counted there.
                    counted += sum(window.count(r) - tail.count(r) for r in starts)
                    if not (merged and formulas):
                        for mark in marks.finditer(window):
                            if mark.group(1) in (b"mergeCell", None):
                                merged = True
                            else:
                                formulas = True
                tail = chunk[-32:]
        rows = max(rows, counted)
    return Checked(kind, notices, formulas, merged, rows)


def _kind(path: Path, zf: zipfile.ZipFile, members: set[str]) -> str:
    if "word/document.xml" in members:
        raise _refuse(path, "c'est un document Word (.docx) renommé, pas un classeur.")
    if any(n.startswith("ppt/") for n in members):
        raise _refuse(path, "c'est une présentation PowerPoint renommée, pas un classeur.")
    if "xl/workbook.xml" in members or "xl/workbook.bin" in members:
        if "xl/workbook.bin" in members:
            raise _refuse(path, "il est au format binaire .xlsb ; enregistrez-le au format .xlsx.")
        types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in members else b""
        if any(n.endswith("vbaProject.bin") for n in members) or b"macroEnabled" in types:
            raise _refuse(
                path,
                "il contient des macros (.xlsm). Enregistrez-le au format .xlsx "
                "(classeur sans macros), puis importez-le à nouveau.",
            )
        return "xlsx"
    if "mimetype" in members and zf.read("mimetype").strip() == _ODS:
        if any(n.startswith(("Basic/", "Scripts/")) for n in members):
            raise _refuse(
                path,
                "il contient des macros. Enregistrez-en une copie sans macros, puis importez-la.",
            )
        return "ods"
    raise _refuse(path, _NOT_A_WORKBOOK)


@contextmanager
def open_workbook(path: Path) -> Iterator[RawWorkbook]:
    """The workbook's sheets, each read from the file when asked (after check_file), so that
    no more than one row of cells is held at a time; WorkbookError on any problem."""
    checked = check_file(path)
    if checked.merged:
        raise _refuse(
            path,
            "il contient des cellules fusionnées. Défusionnez-les (Format › Fusionner "
            "et centrer), enregistrez, puis importez-le à nouveau.",
        )
    if checked.formulas and checked.kind == "ods":  # calamine cannot tell them from values
        raise _refuse(
            path,
            "il contient des formules, qui ne sont pas importées. Remplacez-les par "
            "leurs valeurs (Copier, puis Collage spécial › Valeurs seulement), puis importez-le à nouveau.",
        )
    if checked.rows > MAX_ROWS:
        raise _refuse(
            path, f"une de ses feuilles dépasse {MAX_ROWS:,} lignes.".replace(",", "\u202f")
        )
    with _damaged(path):
        if checked.kind == "xlsx":
            from openpyxl import load_workbook

            book: Any = load_workbook(
                path, read_only=True, data_only=False, keep_links=False, keep_vba=False
            )
            sheets = [
                RawSheet(
                    ws.title,
                    ws.sheet_state != "visible",
                    path,
                    partial(_xlsx_rows, path, ws, checked.formulas),
                )
                for ws in book.worksheets
            ]
        else:
            from python_calamine import CalamineWorkbook

            book = CalamineWorkbook.from_path(str(path))
            sheets = [
                RawSheet(
                    meta.name,
                    str(meta.visible) != "SheetVisibleEnum.Visible",
                    path,
                    partial(_ods_rows, path, book, meta.name),
                )
                for meta in book.sheets_metadata
            ]
    try:
        yield RawWorkbook(checked.kind, sheets, checked.notices)
    finally:
        book.close()


@contextmanager
def _damaged(path: Path) -> Iterator[None]:
    """A parser's own refusal of a malformed part: the file is damaged."""
    try:
        yield
    except WorkbookError:
        raise
    except Exception:
        raise _refuse(
            path,
            "son contenu est endommagé. Ouvrez-le et enregistrez-le à nouveau, "
            "ou demandez à votre partenaire de vous le renvoyer.",
        ) from None


def _too_long(path: Path, sheet: str) -> WorkbookError:
    return _refuse(
        path, f"la feuille « {sheet} » dépasse {MAX_ROWS:,} lignes.".replace(",", "\u202f")
    )


def _xlsx_rows(path: Path, ws: Any, formulas: bool, limit: int | None) -> Iterator[Row]:
    """`formulas`: the scan saw a formula in some sheet. Without, values alone are read (a
    text cell starting with « = » cannot be one); with, each cell says what it holds."""
    ws.reset_dimensions()  # never trust the declared size: read the rows that exist
    # Rows come one per number from 1, rows missing between two far apart as filler rows:
    # counting them numbers the rows and bounds the walk whatever number a cell claims.
    rows = ws.iter_rows(max_row=limit, max_col=MAX_COLUMNS, values_only=not formulas)
    for number, row in enumerate(rows, 1):
        if number > MAX_ROWS:
            raise _too_long(path, ws.title)
        if formulas:
            cells = {
                c.column: RawCell(c.value, c.data_type == "f")
                for c in row
                if c.value is not None and c.value != ""
            }
        else:
            cells = {c: RawCell(v) for c, v in enumerate(row, 1) if v is not None and v != ""}
        if cells:
            yield number, cells


def _ods_rows(path: Path, book: Any, name: str, limit: int | None) -> Iterator[Row]:
    sheet = book.get_sheet_by_name(name)
    if sheet.total_height > MAX_ROWS:
        raise _too_long(path, name)
    top, left = sheet.start or (0, 0)
    for number, values in enumerate(sheet.iter_rows(), top + 1):
        if limit is not None and number > limit:
            break
        cells = {
            c: RawCell(v)
            for c, v in enumerate(values[: MAX_COLUMNS - left], left + 1)
            if v is not None and v != ""
        }
        if cells:
            yield number, cells
