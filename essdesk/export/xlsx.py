"""The Excel workbook of a diagnostic (openpyxl), from the shared report model.

Sheets: Synthèse (identity, scores per step, native radar chart), Leviers, Acteurs,
Plan d'action, Ateliers, and « Textes longs » only when a text exceeds Excel's cell limit.
Every user text goes through `essdesk.export.text`: it is written as a text cell, never a
formula, and a text too long for one cell is continued in « Textes longs », never cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import LXML, Workbook
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.chart import LineChart, RadarChart, Reference
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from essdesk.domain import palette
from essdesk.domain.palette import hex6
from essdesk.domain.scoring import CONTRIBUTION
from essdesk.export.base import RenderHooks
from essdesk.export.report import OPEN_STATUSES, STEP_COLOURS, Report, StepSection
from essdesk.export.text import EXCEL_CELL_LIMIT, clean, needs_quote_prefix, split_for_excel
from essdesk.models.enums import ActionStatus, LeverStatus, Priority

DATE_FORMAT = "dd/mm/yyyy"
EURO_FORMAT = '#,##0.00\\ "€"'
PERCENT_FORMAT = "0\\ %"
LONG_TEXT_SHEET = "Textes longs"

INK = hex6(palette.INK)
ACCENT = hex6(palette.PRIMARY)
HEADER_FILL = PatternFill("solid", start_color=ACCENT, end_color=ACCENT)
BAND_FILL = PatternFill("solid", start_color=hex6(palette.TINT), end_color=hex6(palette.TINT))
FONT_NAME = "Calibri"
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
BOLD = Font(name=FONT_NAME, bold=True, color=INK)
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=16, color=INK)
SUBTITLE_FONT = Font(name=FONT_NAME, italic=True, color=hex6(palette.MUTED))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
THIN = Side(style="thin", color=hex6(palette.GRID))
HEADER_BORDER = Border(bottom=Side(style="medium", color=INK))

#: Fill colours of the lever statuses (conditional formatting: they follow later edits):
#: the light tints of the app's status colours.
STATUS_COLOURS = {s: hex6(c.tint) for s, c in palette.LEVER_STATUS.items()}
ACTION_STATUS_COLOURS = {s: hex6(c.tint) for s, c in palette.ACTION_STATUS.items()}


class Formula(NamedTuple):
    text: str
    cached: Any


#: Rows below the last lever that the drop-downs and the Synthèse formulas cover, for the
#: levers a user adds.
EXTRA_ROWS = 200
#: The Leviers sheet's columns the Synthèse formulas read (see `_levers`).
LEVER_COLUMNS = {"step": "A", "status": "E", "priority": "F", "weight": "G"}


# Column kinds: how a value is written and styled.
TEXT, WRAPPED, DATE, INT, EURO, PERCENT = "text", "wrap", "date", "int", "euro", "percent"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 14
    #: Widest the column may grow to fit its content (characters).
    max_width: float = 0


def _bool(value: bool) -> str:
    return "Oui" if value else "Non"


def _joined(values: Iterable[str], sep: str = "\n") -> str:
    return sep.join(values)


def _header_text(text: str) -> str:
    """Text for an Excel page header, where '&' starts a control code."""
    return clean(text).replace("\n", " ").replace("&", "&&")[:80]


class XlsxRenderer:
    """Renders a Report as an Excel workbook; `render(path)` writes it."""

    def __init__(self, report: Report, hooks: RenderHooks | None = None) -> None:
        self.report = report
        self.hooks = hooks or RenderHooks()
        self.workbook = Workbook()
        self._long_texts: list[tuple[str, str, str, list[str]]] = []
        #: Sheet title → (row, column) → the value a formula cell shows until recalculated.
        self.cached: dict[str, dict[tuple[int, int], Any]] = {}
        end = len(report.levers) + 1 + EXTRA_ROWS
        ranges = {key: f"Leviers!${c}$2:${c}${end}" for key, c in LEVER_COLUMNS.items()}
        self._step, self._status = ranges["step"], ranges["status"]
        self._priority, self._weight = ranges["priority"], ranges["weight"]

    # -- entry point -------------------------------------------------------------------

    def render(self, path: Path) -> None:
        sheets: list[Callable[[], None]] = [
            self._synthesis,
            self._levers,
            self._actors,
            self._actions,
            self._workshops,
        ]
        if self.report.milestones:
            sheets.insert(1, self._evolution)
        for index, build in enumerate(sheets):
            self.hooks.check()
            build()
            self.hooks.advance((index + 1) / (len(sheets) + 1))
        if self._long_texts:
            self._long_text_sheet()
        self.hooks.check()
        self.workbook.properties.title = clean(self.report.identity.title)[:255]
        self.workbook.properties.creator = "essdesk"
        # Excel recalculates on opening; LibreOffice follows its own setting (the cached
        # values above are what it shows until then).
        self.workbook.calculation.fullCalcOnLoad = True
        save_workbook(self.workbook, path, self.cached)
        self.hooks.advance(1.0)

    # -- cells -------------------------------------------------------------------------

    def _text_cell(self, ws: Worksheet, row: int, column: int, value: str) -> Cell:
        text = clean(value)
        if len(text) > EXCEL_CELL_LIMIT:
            text = self._continued(ws, row, column, text)
        cell = ws.cell(row=row, column=column, value=text)
        # openpyxl would store "=…" as a formula and "#N/A" as an error: force text.
        cell.data_type = "s"
        if needs_quote_prefix(text):
            cell.quotePrefix = True
        return cell

    def _continued(self, ws: Worksheet, row: int, column: int, text: str) -> str:
        """Keep what fits in the cell, with a pointer to the rest in « Textes longs »."""
        number = len(self._long_texts) + 1
        coordinate = f"{get_column_letter(column)}{row}"
        marker = (
            f" […] (texte de {len(text)} caractères, trop long pour une cellule Excel : "
            f"texte complet dans la feuille « {LONG_TEXT_SHEET} », n° {number})"
        )
        self._long_texts.append((ws.title, coordinate, marker, split_for_excel(text)))
        return text[: EXCEL_CELL_LIMIT - len(marker)] + marker

    def _write(self, ws: Worksheet, row: int, column: int, kind: str, value: Any) -> None:
        if value is None or value == "":
            return
        if kind in (TEXT, WRAPPED):
            cell = self._text_cell(ws, row, column, value)
            cell.alignment = WRAP if kind == WRAPPED else TOP
            return
        cell = ws.cell(row=row, column=column, value=value)
        cell.alignment = TOP
        if kind == DATE:
            cell.number_format = DATE_FORMAT
        elif kind == EURO:
            cell.number_format = EURO_FORMAT
        elif kind == PERCENT:
            cell.number_format = PERCENT_FORMAT

    def _prototypes(self, ws: Worksheet) -> dict[tuple[str, bool], StyleArray]:
        """The style of each column kind, plain and quote-prefixed, registered once.

        The data cells of a table share these arrays instead of each getting a copy (or
        being styled through openpyxl's setters, which costs more than writing the cell):
        a table's data cells are never restyled afterwards, so no array is modified in
        place."""
        formats = {DATE: DATE_FORMAT, EURO: EURO_FORMAT, PERCENT: PERCENT_FORMAT}
        prototypes = {}
        for kind in (TEXT, WRAPPED, DATE, INT, EURO, PERCENT):
            scratch = Cell(ws)  # detached: never written to the sheet
            scratch.alignment = WRAP if kind == WRAPPED else TOP
            if kind in formats:
                scratch.number_format = formats[kind]
            prototypes[kind, False] = StyleArray(scratch._style)
            scratch.quotePrefix = True
            prototypes[kind, True] = StyleArray(scratch._style)
        return prototypes

    def _table(
        self,
        ws: Worksheet,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
    ) -> int:
        """A header row and the data rows below; returns the last row written."""
        ws.append([column.title for column in columns])
        for cell in ws[1]:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGN
            cell.border = HEADER_BORDER
        prototypes = self._prototypes(ws)
        kinds = [column.kind for column in columns]
        numbers = range(1, len(columns) + 1)
        measured = [index for index, column in enumerate(columns) if column.max_width]
        wrapped = [index for index, column in enumerate(columns) if column.kind == WRAPPED]
        widths = [len(c.title) + 2 for c in columns]
        written: list[Sequence[Any]] = []  # the rows' values, for their heights
        row_number = 1
        for row_number, values in enumerate(rows, start=2):
            cells: list[Cell | None] = []
            for column, kind, value in zip(numbers, kinds, values, strict=True):
                if value is None or value == "":
                    cells.append(None)
                    continue
                cell = Cell(ws)
                if kind in (TEXT, WRAPPED):
                    text = clean(value)
                    if len(text) > EXCEL_CELL_LIMIT:
                        text = self._continued(ws, row_number, column, text)
                    # Always a text cell: openpyxl would store "=…" as a formula and "#N/A"
                    # as an error. Its own checks (illegal characters, length) are what
                    # clean() and the split above already guarantee, so the value is set
                    # directly (issue 6).
                    cell._value = text
                    cell.data_type = "s"
                    cell._style = prototypes[kind, needs_quote_prefix(text)]
                else:
                    cell.value = value  # openpyxl's setter: numbers, dates
                    cell._style = prototypes[kind, False]
                cells.append(cell)
            ws.append(cells)
            for index in measured:
                value = values[index]
                if value and isinstance(value, str):
                    longest = max(map(len, value.split("\n"))) if "\n" in value else len(value)
                    if longest > widths[index]:
                        widths[index] = longest
            written.append(values)
            if row_number % 500 == 0:
                self.hooks.check()
        final = []
        for index, column in enumerate(columns, start=1):
            width = column.width
            if column.max_width:
                width = min(max(width, widths[index - 1] + 1), column.max_width)
            ws.column_dimensions[get_column_letter(index)].width = width
            final.append(width)
        ws.row_dimensions[1].height = 30
        self._row_heights(ws, {index: final[index] for index in wrapped}, written)
        return row_number

    @staticmethod
    def _row_heights(
        ws: Worksheet, widths: dict[int, float], rows: list[Sequence[Any]]
    ) -> None:
        """Heights for rows with wrapped text (`widths`: column index → width): Excel and
        LibreOffice do not fit the rows of a generated file on opening, so long text would
        be hidden or overlap the next row."""
        per_line = [(index, max(1, int(width))) for index, width in widths.items()]
        dimensions = ws.row_dimensions
        for row_number, values in enumerate(rows, start=2):
            lines = 1
            for index, capacity in per_line:
                text = values[index]
                if text and isinstance(text, str):
                    if "\n" in text:
                        count = sum(len(part) // capacity + 1 for part in text.split("\n"))
                    else:
                        count = len(text) // capacity + 1
                    if count > lines:
                        lines = count
            if lines > 1:
                dimensions[row_number].height = min(409, 15 * lines)

    def _finish_list(self, ws: Worksheet, columns: Sequence[Column], last_row: int) -> None:
        """Frozen header, auto-filter and print set-up of a list sheet."""
        last_column = get_column_letter(len(columns))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last_column}{max(last_row, 2)}"
        self._print_setup(ws, title_rows="1:1")

    def _print_setup(self, ws: Worksheet, *, title_rows: str | None = None) -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddHeader.left.text = _header_text(self.report.identity.title)
        ws.oddHeader.right.text = "&A"
        ws.oddFooter.left.text = "essdesk — RepèrESS Filières && ESS"
        ws.oddFooter.right.text = "Page &P / &N"

    def _validation(
        self, ws: Worksheet, labels: Sequence[str], column: int, last_row: int, what: str
    ) -> None:
        letter = get_column_letter(column)
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(labels) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=f"{what.capitalize()} inconnu",
            error=f"Choisissez un {what} dans la liste.",
            promptTitle=what.capitalize(),
            prompt=f"Choisissez un {what} dans la liste.",
        )
        validation.add(f"{letter}2:{letter}{max(last_row, 2) + EXTRA_ROWS}")
        ws.add_data_validation(validation)

    @staticmethod
    def _colour_rules(
        ws: Worksheet, column: int, last_row: int, colours: dict[Any, str]
    ) -> None:
        letter = get_column_letter(column)
        cells = f"{letter}2:{letter}{max(last_row, 2) + 200}"
        for member, colour in colours.items():
            fill = PatternFill("solid", start_color=colour, end_color=colour)
            rule = CellIsRule(operator="equal", formula=[f'"{member.label}"'], fill=fill)
            ws.conditional_formatting.add(cells, rule)

    # -- sheets ------------------------------------------------------------------------

    def _synthesis(self) -> None:
        ws = self.workbook.active
        ws.title = "Synthèse"
        report = self.report
        identity = report.identity
        self._text_cell(ws, 1, 1, identity.title or "Diagnostic de filière").font = TITLE_FONT
        ws.row_dimensions[1].height = 26
        subtitle = f"Diagnostic de filière — {identity.method}"
        self._text_cell(ws, 2, 1, subtitle).font = SUBTITLE_FONT
        facts: list[tuple[str, Any, str]] = [
            ("Territoire", identity.territory_name, TEXT),
            ("Type de territoire", identity.territory_kind, TEXT),
            ("Filière", identity.filiere_name, TEXT),
            ("Acception de la filière", identity.filiere_meaning, TEXT),
            ("Secteur", identity.filiere_sector, TEXT),
            ("Scénario", identity.scenario, TEXT),
            ("Animation", identity.facilitator, TEXT),
            ("Début du diagnostic", identity.start_date, DATE),
            ("Exporté le", identity.exported_on, DATE),
        ]
        if identity.anonymised:
            facts.append(("Données personnelles", "Retirées (document anonymisé)", TEXT))
        row = 4
        for label, value, kind in facts:
            ws.cell(row=row, column=1, value=label).font = BOLD
            self._write(ws, row, 2, kind, value)
            if kind == DATE:
                ws.cell(row=row, column=2).alignment = Alignment(horizontal="left")
            row += 1
        table_top = row + 1
        self._score_table(ws, table_top)
        figures_top = table_top + len(report.steps) + 3
        self._key_figures(ws, figures_top)
        if identity.context:
            context_row = figures_top + 6
            label = ws.cell(row=context_row, column=1, value="Contexte")
            label.font = BOLD
            label.alignment = TOP
            ws.merge_cells(
                start_row=context_row, start_column=2, end_row=context_row, end_column=7
            )
            self._text_cell(ws, context_row, 2, identity.context).alignment = WRAP
            ws.row_dimensions[context_row].height = min(
                409, 15 * (1 + len(clean(identity.context)) // 110)
            )
        self._radar(ws, table_top)
        # Column A holds "Acteurs recensés (dont ESS / hors ESS)" in full.
        for letter, width in zip("ABCDEFG", (38, 46, 12, 13, 10, 10, 16), strict=True):
            ws.column_dimensions[letter].width = width
        ws.sheet_view.showGridLines = False
        self._print_setup(ws)
        ws.page_setup.orientation = "portrait"

    def _score_table(self, ws: Worksheet, top: int) -> None:
        columns = ("Étape", "Intitulé", "Maturité", "Complétude", "Leviers", "Évalués",
                   "Priorité haute à traiter")
        for index, title in enumerate(columns, start=1):
            cell = ws.cell(row=top, column=index, value=title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGN
        ws.row_dimensions[top].height = 30
        for offset, step in enumerate(self.report.steps, start=1):
            self._score_row(ws, top + offset, f"Étape {step.number}", step.title, step)
        total_row = top + len(self.report.steps) + 1
        overall = self.report.overall
        first, last = top + 1, total_row - 1
        values = (
            "Ensemble",
            "Tous les leviers",
            Formula(self._maturity_formula(None), _fraction(overall.maturity)),
            Formula(f'=IF(E{total_row}=0,"",F{total_row}/E{total_row})',
                    _fraction(overall.completion)),
            Formula(f"=SUM(E{first}:E{last})", overall.total),
            Formula(f"=SUM(F{first}:F{last})", overall.assessed),
            Formula(f"=SUM(G{first}:G{last})", len(self.report.priority_levers)),
        )
        for index, value in enumerate(values, start=1):
            cell = self._value_cell(ws, total_row, index, value)
            cell.font = BOLD
            cell.fill = BAND_FILL
            cell.border = Border(top=THIN)
            if index in (3, 4):
                cell.number_format = PERCENT_FORMAT
        note = ("Maturité : moyenne pondérée de l'avancement des leviers (réalisé 100\u202f%, en "
                "cours 50\u202f%, prévu 25\u202f%) ; «\u00a0Non concerné\u00a0» est exclu. Vide : "
                "aucun levier mesurable. Calculé depuis la feuille « Leviers » : changer un statut "
                "y met ces chiffres à jour.")
        ws.cell(row=total_row + 1, column=1, value=note).font = SUBTITLE_FONT

    def _score_row(self, ws: Worksheet, row: int, name: str, title: str, step: StepSection) -> None:
        score = step.score
        n = step.number
        values = (
            name,
            title,
            Formula(self._maturity_formula(n), _fraction(score.maturity)),
            Formula(f'=IF(E{row}=0,"",F{row}/E{row})', _fraction(score.completion)),
            Formula(f"=COUNTIFS({self._step},{n})", score.total),
            Formula(f'=COUNTIFS({self._step},{n},{self._status},"<>{LeverStatus.NOT_ASSESSED.label}")',
                    score.assessed),
            Formula(self._priority_formula(n), step.high_priority_open),
        )
        if len(title) > 44:  # wraps in the 46-character column
            ws.row_dimensions[row].height = 30
        for index, value in enumerate(values, start=1):
            if index == 2:
                self._text_cell(ws, row, index, value).alignment = WRAP
                continue
            cell = self._value_cell(ws, row, index, value)
            if index in (3, 4):
                cell.number_format = PERCENT_FORMAT
            cell.border = Border(bottom=THIN)
            cell.alignment = TOP
        ws.cell(row=row, column=2).border = Border(bottom=THIN)

    # -- formulas over the Leviers sheet (issue 14) ----------------------------------
    # A user who changes a status in « Leviers » sees the maturity move; the values computed
    # here are stored with the formulas, for readers that do not calculate.

    def _value_cell(self, ws: Worksheet, row: int, column: int, value: Any) -> Cell:
        if not isinstance(value, Formula):
            return ws.cell(row=row, column=column, value=value)
        cell = ws.cell(row=row, column=column, value=value.text)
        self.cached.setdefault(ws.title, {})[row, column] = value.cached
        return cell

    def _maturity_formula(self, step: int | None) -> str:
        """Weighted progress (essdesk.domain.scoring) of a step's levers, or of all."""
        where = f",{self._step},{step}" if step is not None else ""
        done = "+".join(
            f'{weight:g}*SUMIFS({self._weight}{where},{self._status},"{status.label}")'
            for status, weight in CONTRIBUTION.items() if weight
        )
        applicable = (f"SUMIFS({self._weight}{where},{self._status},"
                      f'"<>{LeverStatus.NOT_APPLICABLE.label}")')
        return f'=IFERROR(({done})/{applicable},"")'

    def _priority_formula(self, step: int) -> str:
        """High-priority levers of the step still open (export.report.OPEN_STATUSES)."""
        closed = [s for s in LeverStatus if s not in OPEN_STATUSES]
        return (f'=COUNTIFS({self._step},{step},{self._priority},"{Priority.HIGH.label}"'
                + "".join(f',{self._status},"<>{s.label}"' for s in closed) + ")")

    def _key_figures(self, ws: Worksheet, top: int) -> None:
        report = self.report
        ess = report.ess_count
        ws.cell(row=top, column=1, value="Chiffres clés").font = BOLD
        figures: list[tuple[str, Any, str | None]] = [
            ("Acteurs recensés (dont ESS / hors ESS)",
             f"{len(report.actors)} ({ess} ESS / {len(report.actors) - ess} hors ESS)", None),
            ("Actions du plan", len(report.actions), None),
            ("Budget total du plan d'action", report.total_budget_cents / 100, EURO_FORMAT),
            ("Ateliers tenus", len(report.workshops), None),
        ]
        for offset, (label, value, number_format) in enumerate(figures, start=1):
            ws.cell(row=top + offset, column=1, value=label)
            cell = ws.cell(row=top + offset, column=2, value=value)
            cell.alignment = Alignment(horizontal="left")
            if number_format:
                cell.number_format = number_format

    def _radar(self, ws: Worksheet, table_top: int) -> None:
        first, last = table_top + 1, table_top + len(self.report.steps)
        chart = RadarChart()
        chart.type = "marker"
        chart.title = "Maturité et complétude par étape"
        data = Reference(ws, min_col=3, max_col=4, min_row=table_top, max_row=last)
        chart.add_data(data, titles_from_data=True)
        # The app's colours: maturity in the primary colour, completion in the secondary.
        for series, colour in zip(chart.series, (palette.PRIMARY, palette.SECONDARY),
                                  strict=True):
            series.graphicalProperties.line.solidFill = hex6(colour)
            series.graphicalProperties.line.width = 28575  # 2.25 pt
            series.marker.symbol = "circle"
            series.marker.size = 5
            series.marker.graphicalProperties = GraphicalProperties(solidFill=hex6(colour))
            series.marker.graphicalProperties.line.solidFill = hex6(colour)
        # Small tick labels on a taller chart: 0 % to 100 % no longer pile up on the axis.
        chart.y_axis.txPr = _text_size(700)
        chart.x_axis.txPr = _text_size(800)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        chart.y_axis.majorUnit = 0.25
        chart.y_axis.number_format = "0%"
        chart.y_axis.delete = False
        chart.legend.position = "b"
        chart.height = 12
        chart.width = 15
        ws.add_chart(chart, "I4")

    def _evolution(self) -> None:
        """Maturity per step at each jalon, then today, and its native line chart."""
        ws = self.workbook.create_sheet("Évolution")
        milestones = self.report.milestones
        self._text_cell(ws, 1, 1, "Évolution de la maturité, jalon après jalon").font = TITLE_FONT
        ws.row_dimensions[1].height = 26
        ws.cell(row=2, column=1, value="Maturité telle que calculée à chaque jalon (jamais recalculée), "
                "puis aujourd'hui.").font = SUBTITLE_FONT
        top = 4
        header = ["Jalon", "Date", *(f"Étape {n}" for n in range(1, 8)), "Ensemble"]
        for index, title in enumerate(header, start=1):
            cell = ws.cell(row=top, column=index, value=title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGN
        for offset, m in enumerate(milestones, start=1):
            row = top + offset
            self._text_cell(ws, row, 1, m.label)
            when = m.taken_at if m.taken_at is not None else self.report.identity.exported_on
            ws.cell(row=row, column=2, value=when).number_format = (
                "dd/mm/yyyy hh:mm" if m.taken_at is not None else DATE_FORMAT)
            for index, value in enumerate((*m.steps, m.overall), start=3):
                cell = ws.cell(row=row, column=index, value=_fraction(value))
                cell.number_format = PERCENT_FORMAT
                cell.border = Border(bottom=THIN)
            ws.cell(row=row, column=len(header)).font = BOLD
        last = top + len(milestones)
        chart = LineChart()
        chart.title = "Maturité par étape"
        chart.add_data(Reference(ws, min_col=3, max_col=len(header), min_row=top, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
        # The PDF's colours, straight lines; the overall maturity thicker, in ink.
        for index, series in enumerate(chart.series):
            overall = index == len(chart.series) - 1
            series.smooth = False
            series.graphicalProperties.line.solidFill = INK if overall else STEP_COLOURS[index].lstrip("#")
            series.graphicalProperties.line.width = 38100 if overall else 19050  # EMU: 3 / 1.5 pt
            series.marker.symbol = "circle"
            series.marker.size = 5
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        chart.y_axis.majorUnit = 0.25
        chart.y_axis.number_format = "0%"
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.legend.position = "b"
        chart.height = 10
        chart.width = 24
        ws.add_chart(chart, f"A{last + 3}")
        for letter, width in zip("ABCDEFGHIJ", (34, 17, 9, 9, 9, 9, 9, 9, 9, 11), strict=True):
            ws.column_dimensions[letter].width = width
        ws.sheet_view.showGridLines = False
        self._print_setup(ws)

    def _levers(self) -> None:
        ws = self.workbook.create_sheet("Leviers")
        columns = (
            Column("Étape", INT, 7),
            Column("Code", TEXT, 7),
            Column("Levier", WRAPPED, 50),
            Column("Personnalisé", TEXT, 13),
            Column("Statut", TEXT, 15),
            Column("Priorité", TEXT, 11),
            Column("Poids", INT, 7),
            Column("Notes", WRAPPED, 60),
            Column("Responsable", WRAPPED, 18, max_width=30),
            Column("Échéance", DATE, 12),
            Column("Acteurs impliqués", WRAPPED, 24, max_width=40),
            Column("Actions liées", WRAPPED, 24, max_width=40),
        )
        rows = (
            (r.step, r.code, r.label, _bool(r.custom), r.status_label, r.priority_label,
             r.weight, r.notes, r.owner, r.due, _joined(r.actors), _joined(r.actions))
            for r in self.report.levers
        )
        last = self._table(ws, columns, rows)
        self._validation(ws, [s.label for s in LeverStatus], 5, last, "statut")
        self._validation(ws, [p.label for p in Priority], 6, last, "niveau de priorité")
        self._colour_rules(ws, 5, last, STATUS_COLOURS)
        self._priority_rule(ws, 6, last)
        self._finish_list(ws, columns, last)
        self._name_range("Leviers", ws, columns, last)

    def _priority_rule(self, ws: Worksheet, column: int, last_row: int) -> None:
        letter = get_column_letter(column)
        rule = CellIsRule(operator="equal", formula=[f'"{Priority.HIGH.label}"'],
                          font=Font(name=FONT_NAME, bold=True, color=hex6(palette.ALERT)))
        ws.conditional_formatting.add(f"{letter}2:{letter}{max(last_row, 2) + 200}", rule)

    def _actors(self) -> None:
        ws = self.workbook.create_sheet("Acteurs")
        anonymised = self.report.identity.anonymised
        columns = [
            Column("Nom", WRAPPED, 24, max_width=40),
            Column("ESS", TEXT, 6),
            Column("Catégorie", TEXT, 18, max_width=26),
            Column("Maillon de la chaîne", TEXT, 18, max_width=30),
            Column("Rôle dans la filière", WRAPPED, 30, max_width=45),
            Column("Commune", TEXT, 14, max_width=24),
        ]
        if not anonymised:
            columns += [
                Column("Personne contact", TEXT, 18, max_width=28),
                Column("Courriel", TEXT, 22, max_width=36),
                Column("Téléphone", TEXT, 15, max_width=20),
            ]
        columns += [Column("Notes", WRAPPED, 40), Column("Leviers", TEXT, 12, max_width=24)]

        def row(a: Any) -> tuple:
            head = (a.name, _bool(a.ess), a.category.label, a.chain_link.label, a.role, a.commune)
            contact = () if anonymised else (a.contact, a.email, a.phone)
            return (*head, *contact, a.notes, ", ".join(a.levers))

        last = self._table(ws, columns, (row(a) for a in self.report.actors))
        self._finish_list(ws, columns, last)
        self._name_range("Acteurs", ws, columns, last)

    def _actions(self) -> None:
        ws = self.workbook.create_sheet("Plan d'action")
        columns = (
            Column("Action", WRAPPED, 36),
            Column("Pilote", WRAPPED, 20, max_width=32),
            Column("Partenaires", WRAPPED, 24, max_width=36),
            Column("Leviers", TEXT, 10, max_width=20),
            Column("Début", DATE, 12),
            Column("Fin", DATE, 12),
            Column("Budget (€)", EURO, 14),
            Column("Financement", WRAPPED, 20, max_width=32),
            Column("Statut", TEXT, 12),
            Column("Priorité", TEXT, 11),
            Column("Indicateur de suivi", WRAPPED, 28),
            Column("Notes", WRAPPED, 36),
        )
        rows = (
            (a.title, a.pilot, _joined(a.partners), ", ".join(a.levers), a.start, a.end,
             a.budget_euros, a.funding, a.status.label, a.priority.label, a.indicator, a.notes)
            for a in self.report.actions
        )
        last = self._table(ws, columns, rows)
        self._validation(ws, [s.label for s in ActionStatus], 9, last, "statut")
        self._validation(ws, [p.label for p in Priority], 10, last, "niveau de priorité")
        self._colour_rules(ws, 9, last, ACTION_STATUS_COLOURS)
        self._priority_rule(ws, 10, last)
        self._finish_list(ws, columns, last)
        self._name_range("Plan_action", ws, columns, last)

    def _workshops(self) -> None:
        ws = self.workbook.create_sheet("Ateliers")
        anonymised = self.report.identity.anonymised
        people_title = "Organisations représentées" if anonymised else "Participants"
        columns = (
            Column("Date", DATE, 12),
            Column("Lieu", WRAPPED, 22, max_width=34),
            Column("Étapes abordées", TEXT, 14),
            Column("Nombre de participants", INT, 13),
            Column(people_title, WRAPPED, 36),
            Column("Décisions", WRAPPED, 40),
            Column("Notes", WRAPPED, 40),
            Column("Votes (points par levier)", WRAPPED, 26),
        )
        rows = (
            (w.date, w.place, ", ".join(str(n) for n in w.steps), w.participant_count,
             self._people(w, anonymised), w.decisions, w.notes,
             _joined(f"{v.code} : {v.dots}" for v in w.votes))
            for w in self.report.workshops
        )
        last = self._table(ws, columns, rows)
        self._finish_list(ws, columns, last)
        self._name_range("Ateliers", ws, columns, last)

    @staticmethod
    def _people(workshop: Any, anonymised: bool) -> str:
        if anonymised:
            return _joined(f"{name} ({count})" for name, count in workshop.organisations)
        return _joined(
            f"{p.name} ({p.organisation})" if p.organisation else p.name
            for p in workshop.participants
        )

    def _long_text_sheet(self) -> None:
        ws = self.workbook.create_sheet(LONG_TEXT_SHEET)
        columns = (
            Column("N°", INT, 6),
            Column("Feuille", TEXT, 14),
            Column("Cellule", TEXT, 9),
            Column("Partie", TEXT, 9),
            Column("Texte", WRAPPED, 100),
        )
        rows = [
            (number, sheet, coordinate, f"{part}/{len(pieces)}", piece)
            for number, (sheet, coordinate, _marker, pieces) in enumerate(self._long_texts, 1)
            for part, piece in enumerate(pieces, start=1)
        ]
        last = self._table(ws, columns, rows)
        self._finish_list(ws, columns, last)

    def _name_range(self, name: str, ws: Worksheet, columns: Sequence[Column], last: int) -> None:
        """A workbook name for each list, handy for pivot tables."""
        ref = f"'{ws.title}'!$A$1:${get_column_letter(len(columns))}${max(last, 1)}"
        self.workbook.defined_names[name] = DefinedName(name, attr_text=ref)


def _text_size(hundredths: int) -> RichText:
    """Chart text of the given size (in hundredths of a point)."""
    size = CharacterProperties(sz=hundredths)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=size), endParaRPr=size)])


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else round(percent / 100, 4)


# -- writing -------------------------------------------------------------------------------
# openpyxl serialises every cell through a generic element writer in pure Python (et_xmlfile;
# lxml is not a dependency): for the large diagnostic that is most of the export time. The
# rows below are written as the same XML text, byte for byte, with the text cells (nearly all
# of a diagnostic's cells) formatted directly; every other cell, and everything outside the
# rows (styles, validations, conditional formats, chart, print set-up), is openpyxl's own
# code. tests/test_export_xlsx.py compares the parts with openpyxl's writer (issue 6).


def _escape_text(text: str) -> str:
    """XML character data, escaped as xml.etree (hence openpyxl) escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attribute(text: str) -> str:
    text = _escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


class _SheetWriter(WorksheetWriter):
    """openpyxl's worksheet writer with a direct path for rows and their text cells, and
    formulas written with their computed value (openpyxl writes formulas without one, which
    readers that do not calculate, previews and parsers, show as empty or 0)."""

    def __init__(self, ws: Worksheet, cached: dict[tuple[int, int], Any]) -> None:
        super().__init__(ws)
        self._cached = cached

    def write_row(self, xf: Any, row: list[Cell], row_idx: int) -> None:
        out = xf._file  # the text writer under the incremental XML file
        ws = self.ws
        dimension = ws.row_dimensions.get(row_idx)
        if dimension is None:
            out(f'<row r="{row_idx}">')
        else:
            attributes = "".join(f' {k}="{_escape_attribute(v)}"' for k, v in dimension)
            out(f'<row r="{row_idx}"{attributes}>')
        styles = ws.parent._cell_styles
        style_ids = self._style_ids
        for cell in row:
            if cell._comment is not None:
                ws._comments.append(CommentRecord.from_cell(cell))
            value = cell._value
            if cell.data_type == "s" and type(value) is str and value and cell._hyperlink is None:
                style = cell._style
                if style is not None and any(style):
                    key = style.tobytes()
                    style_id = style_ids.get(key)
                    if style_id is None:
                        style_id = style_ids[key] = styles.add(style)
                    start = f'<c r="{get_column_letter(cell.column)}{row_idx}" s="{style_id}" t="inlineStr">'
                else:
                    start = f'<c r="{get_column_letter(cell.column)}{row_idx}" t="inlineStr">'
                stripped = value.strip()
                if stripped and value != stripped:  # openpyxl's whitespace()
                    out(f'{start}<is><t xml:space="preserve">{_escape_text(value)}</t></is></c>')
                else:
                    out(f"{start}<is><t>{_escape_text(value)}</t></is></c>")
                continue
            if value is None and not cell.has_style and not cell._comment:
                continue
            if cell.data_type == "f" and (row_idx, cell.column) in self._cached:
                out(_formula_xml(cell, row_idx, self._cached[row_idx, cell.column]))
                continue
            write_cell(xf, ws, cell, cell.has_style)
        out("</row>")

    def write_rows(self) -> None:
        self._style_ids: dict[bytes, int] = {}  # style array → id in the workbook's styles
        super().write_rows()


def _formula_xml(cell: Cell, row_idx: int, cached: Any) -> str:
    """A formula cell as openpyxl writes it, plus its value: a number, or "" as text."""
    coordinate = f"{get_column_letter(cell.column)}{row_idx}"
    style = f' s="{cell.style_id}"' if cell.has_style else ""
    formula = _escape_text(cell._value[1:])
    if isinstance(cached, bool) or not isinstance(cached, int | float):
        text = "" if cached is None else _escape_text(str(cached))
        return f'<c r="{coordinate}"{style} t="str"><f>{formula}</f><v>{text}</v></c>'
    return f'<c r="{coordinate}"{style}><f>{formula}</f><v>{cached!r}</v></c>'


class _ExcelWriter(ExcelWriter):
    """openpyxl's workbook writer, with `_SheetWriter` for the worksheets."""

    def __init__(self, workbook: Workbook, archive: ZipFile,
                 cached: dict[str, dict[tuple[int, int], Any]]) -> None:
        super().__init__(workbook, archive)
        self._cached = cached

    def write_worksheet(self, ws: Worksheet) -> None:
        # openpyxl.writer.excel.ExcelWriter.write_worksheet (3.1), minus write-only sheets
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, self._cached.get(ws.title, {}))
        writer.write()
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


def save_workbook(workbook: Workbook, path: Path,
                  cached: dict[str, dict[tuple[int, int], Any]] | None = None) -> None:
    """`workbook.save(path)`, with the faster rows when openpyxl writes through et_xmlfile;
    `cached`: sheet title → (row, column) → the value of a formula cell, stored with it
    (with lxml, openpyxl's own writer stores none: readers that calculate still show it)."""
    if LXML or workbook.write_only:
        workbook.save(path)
        return
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        _ExcelWriter(workbook, archive, cached or {}).save()  # closes the archive
    finally:
        archive.close()
