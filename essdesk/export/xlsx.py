"""The Excel workbook of a diagnostic (XlsxWriter), from the shared report model.

Sheets: Synthèse (identity, scores per step, native radar chart), Leviers, Acteurs,
Plan d'action, Ateliers, and « Textes longs » only when a text exceeds Excel's cell limit.
Every user text goes through `essdesk.export.text`: it is written as a text cell, never a
formula, and a text too long for one cell is continued in « Textes longs », never cut.

XlsxWriter rather than openpyxl for writing (issue 16): its public API writes formulas
with their computed value, native charts, validations and conditional formats, and it
wrote the large diagnostic faster than openpyxl's public writer (bench/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from essdesk.domain import palette
from essdesk.domain.scoring import CONTRIBUTION
from essdesk.export.advice import advice
from essdesk.export.base import RenderHooks
from essdesk.export.report import OPEN_STATUSES, SECTIONS, STEP_COLOURS, Report, StepSection
from essdesk.export.text import (
    EXCEL_CELL_LIMIT,
    clean,
    excel_length,
    fit_for_excel,
    fits_in_excel,
    needs_quote_prefix,
    split_for_excel,
)
from essdesk.export.xlsx_cells import write_text
from essdesk.models.enums import ActionStatus, LeverStatus, Priority

HALF_LIMIT = EXCEL_CELL_LIMIT // 2  # a text this short fits whatever its characters
DATE_FORMAT = "dd/mm/yyyy"
EURO_FORMAT = '#,##0.00\\ "€"'
PERCENT_FORMAT = "0\\ %"
LONG_TEXT_SHEET = "Textes longs"

INK = palette.INK
ACCENT = palette.PRIMARY
FONT_NAME = "Calibri"
#: Format properties (XlsxWriter's names) shared by the sheets.
HEADER = {
    "bold": True,
    "font_color": "#FFFFFF",
    "bg_color": ACCENT,
    "pattern": 1,
    "text_wrap": True,
    "valign": "vcenter",
    "bottom": 2,
    "bottom_color": INK,
}
BOLD = {"bold": True, "font_color": INK}
TITLE = {"bold": True, "font_size": 16, "font_color": INK}
SUBTITLE = {"italic": True, "font_color": palette.MUTED}
TOP = {"valign": "top"}
WRAP = {"valign": "top", "text_wrap": True}
THIN = {"color": palette.GRID}  # a thin border's colour (border style 1)

#: Fill colours of the lever statuses (conditional formatting: they follow later edits):
#: the light tints of the app's status colours.
STATUS_COLOURS = {s: c.tint for s, c in palette.LEVER_STATUS.items()}
ACTION_STATUS_COLOURS = {s: c.tint for s, c in palette.ACTION_STATUS.items()}


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
MOMENT = "moment"  # a date and a time
_KIND_FORMATS: dict[str, dict[str, Any]] = {
    TEXT: TOP,
    WRAPPED: WRAP,
    DATE: {**TOP, "num_format": DATE_FORMAT},
    MOMENT: {**TOP, "num_format": f"{DATE_FORMAT} hh:mm"},
    INT: TOP,
    EURO: {**TOP, "num_format": EURO_FORMAT},
    PERCENT: {**TOP, "num_format": PERCENT_FORMAT},
}


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


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else round(percent / 100, 4)


class XlsxRenderer:
    """Renders a Report as an Excel workbook; `render(path)` writes it."""

    #: Report section → the method that writes its sheet (tests/test_export_sections.py):
    #: « Leviers » lists every lever of every part with its priority and status, the
    #: priority levers included (a filter on « Priorité »).
    SECTIONS = {
        "synthese": "_synthesis",
        "evolution": "_evolution",
        "prioritaires": "_levers",
        "etapes": "_levers",
        "acteurs": "_actors",
        "plan": "_actions",
        "indicateurs": "_indicators",
        "ateliers": "_workshops",
        "recommandations": "_recommendations",
        "suites": "_follow_ups",
    }

    def __init__(self, report: Report, hooks: RenderHooks | None = None) -> None:
        self.report = report
        self.hooks = hooks or RenderHooks()
        self.workbook: Workbook | None = None
        self._formats: dict[tuple, Format] = {}
        self._long_texts: list[tuple[str, str, str, list[str]]] = []
        self._advice = advice(report)
        end = len(report.levers) + 1 + EXTRA_ROWS
        ranges = {key: f"Leviers!${c}$2:${c}${end}" for key, c in LEVER_COLUMNS.items()}
        self._step, self._status = ranges["step"], ranges["status"]
        self._priority, self._weight = ranges["priority"], ranges["weight"]

    # -- entry point -------------------------------------------------------------------

    def render(self, path: Path) -> None:
        # User text is never read as a formula, a number or a link: each cell is written
        # with the method of its type (write_string, write_number, write_formula…).
        self.workbook = Workbook(
            str(path),
            {
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                # Rows are written in order and flushed: less memory, inline strings (no
                # shared-string table to build, or to parse when the file is read back).
                "constant_memory": True,
            },
        )
        try:
            # one sheet per method, in the report's order (a sheet may hold two sections)
            names = dict.fromkeys(self.SECTIONS[key] for key in SECTIONS)
            sheets: list[Callable[[], None]] = [getattr(self, name) for name in names]
            for index, build in enumerate(sheets):
                self.hooks.check()
                build()
                self.hooks.advance((index + 1) / (len(sheets) + 1))
            if self.report.journal:
                self._journal()
            if self._long_texts:
                self._long_text_sheet()
            self.hooks.check()
            self.workbook.set_properties(
                {"title": clean(self.report.identity.title)[:255], "author": "essdesk"}
            )
            # XlsxWriter marks the workbook for a full calculation on opening (Excel);
            # LibreOffice follows its own setting and shows the stored values until then.
        finally:
            self.workbook.close()
        self.hooks.advance(1.0)

    # -- formats and cells -------------------------------------------------------------

    def fmt(self, *parts: dict[str, Any], **extra: Any) -> Format:
        """One registered format per combination of properties (XlsxWriter formats are
        workbook objects: a format per cell would bloat the file's styles)."""
        properties: dict[str, Any] = {"font_name": FONT_NAME}
        for part in parts:
            properties.update(part)
        properties.update(extra)
        key = tuple(sorted(properties.items()))
        found = self._formats.get(key)
        if found is None:
            assert self.workbook is not None
            found = self._formats[key] = self.workbook.add_format(properties)
        return found

    def _kind_format(self, kind: str, quoted: bool = False) -> Format:
        return (
            self.fmt(_KIND_FORMATS[kind], quote_prefix=True)
            if quoted
            else self.fmt(_KIND_FORMATS[kind])
        )

    def _text(
        self, ws: Worksheet, row: int, column: int, value: str | None, *formats: dict[str, Any]
    ) -> None:
        """A text cell (1-based row and column), continued elsewhere when too long."""
        text = clean(value)
        if not text:
            if formats:
                ws.write_blank(row - 1, column - 1, None, self.fmt(*formats))
            return
        if not fits_in_excel(text):
            text = self._continued(ws, row, column, text)
        extra = {"quote_prefix": True} if needs_quote_prefix(text) else {}
        write_text(ws, row - 1, column - 1, text, self.fmt(*formats, **extra))

    def _continued(self, ws: Worksheet, row: int, column: int, text: str) -> str:
        """Keep what fits in the cell, with a pointer to the rest in « Textes longs »."""
        number = len(self._long_texts) + 1
        coordinate = xl_rowcol_to_cell(row - 1, column - 1)
        marker = (
            f" […] (texte de {len(text)} caractères, trop long pour une cellule Excel : "
            f"texte complet dans la feuille « {LONG_TEXT_SHEET} », n° {number})"
        )
        self._long_texts.append((ws.name, coordinate, marker, split_for_excel(text)))
        return fit_for_excel(text, EXCEL_CELL_LIMIT - excel_length(marker)) + marker

    def _value(self, ws: Worksheet, row: int, column: int, value: Any, cell_format: Format) -> None:
        """A number, a date or a formula stored with its computed value (1-based)."""
        r, c = row - 1, column - 1
        if isinstance(value, Formula):
            cached = "" if value.cached is None else value.cached
            ws.write_formula(r, c, value.text, cell_format, cached)
        elif isinstance(value, str):
            self._text(ws, row, column, value)
        elif value is None:
            ws.write_blank(r, c, None, cell_format)
        elif hasattr(value, "year"):
            ws.write_datetime(r, c, value, cell_format)
        else:
            ws.write_number(r, c, value, cell_format)

    def _table(
        self, ws: Worksheet, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
    ) -> int:
        """A header row and the data rows below; returns the last row written (1-based).

        The workbook is written row by row (constant_memory): the column widths and the row
        heights are measured first, each row is written with its height, then flushed."""
        rows = list(rows)
        widths = self._column_widths(columns, rows)
        for index, width in enumerate(widths):
            ws.set_column(index, index, width)
        heights = self._row_heights(
            {i: widths[i] for i, column in enumerate(columns) if column.kind == WRAPPED}, rows
        )
        ws.set_row(0, 30)
        header = self.fmt(HEADER)
        for index, column in enumerate(columns):
            ws.write_string(0, index, column.title, header)
        kinds = [column.kind for column in columns]
        plain = [self._kind_format(kind) for kind in kinds]
        quoted = [self._kind_format(kind, True) for kind in kinds]
        write_string, write_number, write_datetime = (
            ws.write_string,
            ws.write_number,
            ws.write_datetime,
        )
        for r, values in enumerate(rows, start=1):
            height = heights[r - 1]
            if height:
                ws.set_row(r, height)
            for c, (kind, value) in enumerate(zip(kinds, values, strict=True)):
                if value is None or value == "":
                    continue
                if kind in (TEXT, WRAPPED):
                    text = clean(value)
                    if len(text) > HALF_LIMIT and not fits_in_excel(text):
                        text = self._continued(ws, r + 1, c + 1, text)
                    text_format = quoted[c] if needs_quote_prefix(text) else plain[c]
                    if text.startswith("<r>"):  # write_text's case; this loop writes most cells
                        write_text(ws, r, c, text, text_format)
                    else:
                        write_string(r, c, text, text_format)
                elif kind in (DATE, MOMENT):
                    write_datetime(r, c, value, plain[c])
                else:
                    write_number(r, c, value, plain[c])
            if r % 500 == 0:
                self.hooks.check()
        return len(rows) + 1

    @staticmethod
    def _column_widths(columns: Sequence[Column], rows: list[Sequence[Any]]) -> list[float]:
        """Each column's width; those with a `max_width` grow to their longest line."""
        widths = []
        for index, column in enumerate(columns):
            width = column.width
            if column.max_width:
                longest = len(column.title) + 2
                for values in rows:
                    value = values[index]
                    if value and isinstance(value, str):
                        length = max(map(len, value.split("\n"))) if "\n" in value else len(value)
                        if length > longest:
                            longest = length
                width = min(max(width, longest + 1), column.max_width)
            widths.append(width)
        return widths

    @staticmethod
    def _row_heights(widths: dict[int, float], rows: list[Sequence[Any]]) -> list[float]:
        """Heights (0: the default) for rows with wrapped text (`widths`: column index →
        width): Excel and LibreOffice do not fit the rows of a generated file on opening, so
        long text would be hidden or overlap the next row."""
        per_line = [(index, max(1, int(width))) for index, width in widths.items()]
        heights = []
        for values in rows:
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
            heights.append(min(409, 15 * lines) if lines > 1 else 0)
        return heights

    def _finish_list(self, ws: Worksheet, columns: Sequence[Column], last_row: int) -> None:
        """Frozen header, auto-filter and print set-up of a list sheet."""
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(last_row, 2) - 1, len(columns) - 1)
        self._print_setup(ws)
        ws.repeat_rows(0)

    def _print_setup(self, ws: Worksheet) -> None:
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_header(f"&L{_header_text(self.report.identity.title)}&R&A")
        ws.set_footer("&Lessdesk — diagnostic de filière&RPage &P / &N")

    def _validation(
        self, ws: Worksheet, labels: Sequence[str], column: int, last_row: int, what: str
    ) -> None:
        c = column - 1
        ws.data_validation(
            1,
            c,
            max(last_row, 2) + EXTRA_ROWS - 1,
            c,
            {
                "validate": "list",
                "source": list(labels),
                "ignore_blank": True,
                "show_error": True,
                "error_title": f"{what.capitalize()} inconnu",
                "error_message": f"Choisissez un {what} dans la liste.",
                "input_title": what.capitalize(),
                "input_message": f"Choisissez un {what} dans la liste.",
            },
        )

    def _colour_rules(
        self, ws: Worksheet, column: int, last_row: int, colours: dict[Any, str]
    ) -> None:
        c = column - 1
        for member, colour in colours.items():
            ws.conditional_format(
                1,
                c,
                max(last_row, 2) + EXTRA_ROWS - 1,
                c,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": f'"{member.label}"',
                    # Excel paints a rule's solid fill with bgColor, other readers with
                    # fgColor: both are given.
                    "format": self.workbook.add_format(
                        {"bg_color": colour, "fg_color": colour, "pattern": 1}
                    ),
                },
            )

    def _priority_rule(self, ws: Worksheet, column: int, last_row: int) -> None:
        c = column - 1
        ws.conditional_format(
            1,
            c,
            max(last_row, 2) + EXTRA_ROWS - 1,
            c,
            {
                "type": "cell",
                "criteria": "==",
                "value": f'"{Priority.HIGH.label}"',
                "format": self.workbook.add_format({"bold": True, "font_color": palette.ALERT}),
            },
        )

    # -- sheets ------------------------------------------------------------------------

    def _synthesis(self) -> None:
        ws = self.workbook.add_worksheet("Synthèse")
        report = self.report
        identity = report.identity
        self._text(ws, 1, 1, identity.title or "Diagnostic de filière", TITLE)
        ws.set_row(0, 26)
        self._text(ws, 2, 1, f"Diagnostic de filière — {identity.method}", SUBTITLE)
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
            self._text(ws, row, 1, label, BOLD)
            if kind == DATE and value is not None:
                self._value(ws, row, 2, value, self.fmt(TOP, num_format=DATE_FORMAT, align="left"))
            elif kind == TEXT:
                self._text(ws, row, 2, value, TOP)
            row += 1
        table_top = row + 1
        self._score_table(ws, table_top)
        figures_top = table_top + len(report.steps) + 3
        self._key_figures(ws, figures_top)
        if identity.context:
            context_row = figures_top + 6
            self._text(ws, context_row, 1, "Contexte", BOLD, TOP)
            ws.merge_range(context_row - 1, 1, context_row - 1, 6, "", self.fmt(WRAP))
            self._text(ws, context_row, 2, identity.context, WRAP)
            ws.set_row(context_row - 1, min(409, 15 * (1 + len(clean(identity.context)) // 110)))
        self._radar(ws, table_top)
        # Column A holds "Acteurs recensés (dont ESS / hors ESS)" in full.
        for index, width in enumerate((38, 46, 12, 13, 10, 10, 16)):
            ws.set_column(index, index, width)
        ws.hide_gridlines(2)
        self._print_setup(ws)
        ws.set_portrait()

    def _score_table(self, ws: Worksheet, top: int) -> None:
        columns = (
            self.report.part_word,
            "Intitulé",
            "Maturité",
            "Complétude",
            self.report.levers_word,
            "Avec un statut",
            "Priorité haute à traiter",
        )
        header = self.fmt(HEADER, bottom=0)
        for index, title in enumerate(columns):
            ws.write_string(top - 1, index, title, header)
        ws.set_row(top - 1, 30)
        for offset, step in enumerate(self.report.steps, start=1):
            self._score_row(ws, top + offset, self.report.part(step.number), step.title, step)
        total_row = top + len(self.report.steps) + 1
        overall = self.report.overall
        first, last = top + 1, total_row - 1
        values = (
            "Ensemble",
            f"Tous : {self.report.words.levers}",
            Formula(self._maturity_formula(None), _fraction(overall.maturity)),
            Formula(
                f'=IF(E{total_row}=0,"",F{total_row}/E{total_row})', _fraction(overall.completion)
            ),
            Formula(f"=SUM(E{first}:E{last})", overall.total),
            Formula(f"=SUM(F{first}:F{last})", overall.assessed),
            Formula(f"=SUM(G{first}:G{last})", len(self.report.priority_levers)),
        )
        band = {
            **BOLD,
            "bg_color": palette.TINT,
            "pattern": 1,
            "top": 1,
            "top_color": THIN["color"],
        }
        for index, value in enumerate(values, start=1):
            percent = {"num_format": PERCENT_FORMAT} if index in (3, 4) else {}
            if isinstance(value, str):
                self._text(ws, total_row, index, value, band)
            else:
                self._value(ws, total_row, index, value, self.fmt(band, percent))
        note = (
            "Maturité : moyenne pondérée de l'avancement des leviers (réalisé 100\u202f%, en "
            "cours 50\u202f%, prévu 25\u202f%) ; «\u00a0Non concerné\u00a0» est exclu. Vide : "
            "aucun levier mesurable. Calculé depuis la feuille « Leviers » : changer un statut "
            "y met ces chiffres à jour."
        )
        self._text(ws, total_row + 1, 1, note, SUBTITLE)

    def _score_row(self, ws: Worksheet, row: int, name: str, title: str, step: StepSection) -> None:
        score = step.score
        n = step.number
        values = (
            name,
            title,
            Formula(self._maturity_formula(n), _fraction(score.maturity)),
            Formula(f'=IF(E{row}=0,"",F{row}/E{row})', _fraction(score.completion)),
            Formula(f"=COUNTIFS({self._step},{n})", score.total),
            Formula(
                f'=COUNTIFS({self._step},{n},{self._status},"<>{LeverStatus.NOT_ASSESSED.label}")',
                score.assessed,
            ),
            Formula(self._priority_formula(n), step.high_priority_open),
        )
        if len(title) > 44:  # wraps in the 46-character column
            ws.set_row(row - 1, 30)
        ruled = {"bottom": 1, "bottom_color": THIN["color"]}
        for index, value in enumerate(values, start=1):
            if index == 1:
                self._text(ws, row, index, value, TOP, ruled)
            elif index == 2:
                self._text(ws, row, index, value, WRAP, ruled)
            else:
                percent = {"num_format": PERCENT_FORMAT} if index in (3, 4) else {}
                self._value(ws, row, index, value, self.fmt(TOP, ruled, percent))

    # -- formulas over the Leviers sheet (issue 14) ----------------------------------
    # A user who changes a status in « Leviers » sees the maturity move; the values computed
    # here are stored with the formulas, for readers that do not calculate.

    def _maturity_formula(self, step: int | None) -> str:
        """Weighted progress (essdesk.domain.scoring) of a step's levers, or of all."""
        where = f",{self._step},{step}" if step is not None else ""
        done = "+".join(
            f'{weight:g}*SUMIFS({self._weight}{where},{self._status},"{status.label}")'
            for status, weight in CONTRIBUTION.items()
            if weight
        )
        applicable = (
            f'SUMIFS({self._weight}{where},{self._status},"<>{LeverStatus.NOT_APPLICABLE.label}")'
        )
        return f'=IFERROR(({done})/{applicable},"")'

    def _priority_formula(self, step: int) -> str:
        """High-priority levers of the step still open (export.report.OPEN_STATUSES)."""
        closed = [s for s in LeverStatus if s not in OPEN_STATUSES]
        return (
            f'=COUNTIFS({self._step},{step},{self._priority},"{Priority.HIGH.label}"'
            + "".join(f',{self._status},"<>{s.label}"' for s in closed)
            + ")"
        )

    def _key_figures(self, ws: Worksheet, top: int) -> None:
        report = self.report
        ess = report.ess_count
        self._text(ws, top, 1, "Chiffres clés", BOLD)
        figures: list[tuple[str, Any, str | None]] = [
            (
                "Acteurs recensés (dont ESS / hors ESS)",
                f"{len(report.actors)} ({ess} ESS / {len(report.actors) - ess} hors ESS)",
                None,
            ),
            ("Actions du plan", len(report.actions), None),
            ("Budget total du plan d'action", report.total_budget_cents / 100, EURO_FORMAT),
            ("Ateliers tenus", len(report.workshops), None),
        ]
        left = {"align": "left"}
        for offset, (label, value, positionformat) in enumerate(figures, start=1):
            self._text(ws, top + offset, 1, label)
            if isinstance(value, str):
                self._text(ws, top + offset, 2, value, left)
            else:
                extra = {"num_format": positionformat} if positionformat else {}
                self._value(ws, top + offset, 2, value, self.fmt(left, extra))

    def _radar(self, ws: Worksheet, table_top: int) -> None:
        first, last = table_top + 1, table_top + len(self.report.steps)
        sheet = "'Synthèse'"
        # A radar needs three parts; below that, bars say the same without a degenerate shape.
        kind = {"type": "radar", "subtype": "with_markers"} if self.report.radar else {"type": "bar"}
        chart = self.workbook.add_chart(kind)
        chart.set_title({"name": f"Maturité et complétude par {self.report.words.part}"})
        # The app's colours: maturity in the primary colour, completion in the secondary.
        for column, colour in zip("CD", (palette.PRIMARY, palette.SECONDARY), strict=True):
            marks = (
                {"line": {"color": colour, "width": 2.25},
                 "marker": {"type": "circle", "size": 5, "border": {"color": colour},
                            "fill": {"color": colour}}}
                if self.report.radar else {"fill": {"color": colour}, "border": {"none": True}}
            )
            chart.add_series(
                {
                    "name": f"={sheet}!${column}${table_top}",
                    "categories": f"={sheet}!$A${first}:$A${last}",
                    "values": f"={sheet}!${column}${first}:${column}${last}",
                    **marks,
                }
            )
        # Small tick labels on a taller chart: 0 % to 100 % no longer pile up on the axis.
        percent = {"min": 0, "max": 1, "major_unit": 0.25, "num_format": "0%", "num_font": {"size": 7}}
        names = {"num_font": {"size": 8}}
        if self.report.radar:
            chart.set_y_axis(percent)
            chart.set_x_axis(names)
        else:  # a bar chart lays the values along x, the parts along y (first on top)
            chart.set_x_axis(percent)
            chart.set_y_axis({**names, "reverse": True})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 567, "height": 454})  # 15 × 12 cm
        ws.insert_chart("I4", chart)

    def _evolution(self) -> None:
        """Maturity per step at each jalon, then today, and its native line chart (only when
        the diagnostic has jalons)."""
        milestones = self.report.milestones
        if not milestones:
            return
        ws = self.workbook.add_worksheet("Évolution")
        ws.hide_gridlines(2)
        parts = len(self.report.steps)
        for index, width in enumerate((34, 17, *([9] * parts), 11)):
            ws.set_column(index, index, width)
        self._text(ws, 1, 1, "Évolution de la maturité, jalon après jalon", TITLE)
        self._text(ws, 2, 1, "Maturité telle que calculée à chaque jalon (jamais recalculée), "
                   "puis aujourd'hui.", SUBTITLE)
        top = 4
        header = ["Jalon", "Date", *(self.report.part(s.number) for s in self.report.steps), "Ensemble"]
        for index, title in enumerate(header, start=1):
            self._text(ws, top, index, title, HEADER)
        ruled = {"bottom": 1, "bottom_color": THIN["color"]}
        for offset, m in enumerate(milestones, start=1):
            row = top + offset
            self._text(ws, row, 1, m.label, TOP, ruled)
            when = m.taken_at if m.taken_at is not None else self.report.identity.exported_on
            shown = "dd/mm/yyyy hh:mm" if m.taken_at is not None else DATE_FORMAT
            self._value(ws, row, 2, when, self.fmt(TOP, ruled, num_format=shown, align="left"))
            for index, value in enumerate((*m.steps, m.overall), start=3):
                bold = BOLD if index == len(header) else {}
                self._value(ws, row, index, _fraction(value),
                            self.fmt(TOP, ruled, bold, num_format=PERCENT_FORMAT))
        first, last = top + 1, top + len(milestones)
        sheet = "'Évolution'"
        chart = self.workbook.add_chart({"type": "line"})
        chart.set_title({"name": f"Maturité par {self.report.words.part}"})
        # The PDF's colours, straight lines; the overall maturity thicker, in ink.
        for index in range(len(header) - 2):
            column = xl_col_to_name(index + 2)
            overall = index == len(header) - 3
            colour = INK if overall else STEP_COLOURS[index % len(STEP_COLOURS)]
            chart.add_series({
                "name": f"={sheet}!${column}${top}",
                "categories": f"={sheet}!$A${first}:$A${last}",
                "values": f"={sheet}!${column}${first}:${column}${last}",
                "line": {"color": colour, "width": 3 if overall else 1.5},
                "marker": {"type": "circle", "size": 5, "border": {"color": colour},
                           "fill": {"color": colour}},
            })
        chart.set_y_axis({"min": 0, "max": 1, "major_unit": 0.25, "num_format": "0%"})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 900, "height": 380})
        ws.insert_chart(f"A{last + 3}", chart)
        self._print_setup(ws)

    def _indicators(self) -> None:
        """Each indicator against its target, its measures by date, and one native line chart
        per indicator (values and target); no sheet without indicators. Rows are written in
        order (the workbook is in constant-memory mode)."""
        found = self.report.indicators
        if not found:
            return
        ws = self.workbook.add_worksheet("Indicateurs")
        ws.hide_gridlines(2)
        for index, width in enumerate((40, 12, 14, 12, 12, 12, 12, 40)):
            ws.set_column(index, index, width)
        self._text(ws, 1, 1, "Indicateurs d'impact : valeurs et cible", TITLE)
        self._text(ws, 2, 1, "L'avancement est la part du chemin parcourue de la valeur de départ "
                   "vers la cible par la dernière valeur mesurée.", SUBTITLE)
        ruled = {"bottom": 1, "bottom_color": THIN["color"]}
        number = self.fmt(TOP, ruled, num_format="#,##0.##")
        top = 4
        header = ("Indicateur", "Unité", "Départ", "Dernière valeur", "Date", "Cible",
                  "Avancement", "Suit")
        for index, title in enumerate(header, start=1):
            self._text(ws, top, index, title, HEADER)
        for offset, c in enumerate(found, start=1):
            row = top + offset
            self._text(ws, row, 1, c.name, TOP, ruled)
            self._text(ws, row, 2, c.unit, TOP, ruled)
            self._value(ws, row, 3, c.baseline, number)
            self._value(ws, row, 4, c.latest, number)
            self._value(ws, row, 5, c.points[-1][0] if c.points else None,
                        self.fmt(TOP, ruled, num_format=DATE_FORMAT, align="left"))
            self._value(ws, row, 6, c.target, number)
            self._value(ws, row, 7, _fraction(c.progress()),
                        self.fmt(TOP, ruled, BOLD, num_format=PERCENT_FORMAT))
            self._text(ws, row, 8, c.link, TOP, ruled)
        row = top + len(found) + 2
        self._text(ws, row, 1, "Mesures", BOLD)
        row += 1
        for index, title in enumerate(("Indicateur", "Date", "Valeur", "Cible"), start=1):
            self._text(ws, row, index, title, HEADER)
        sheet = "'Indicateurs'"
        for position, c in enumerate(found):
            first = row + 1
            for day, value in c.points:
                row += 1
                self._text(ws, row, 1, c.name, TOP)
                self._value(ws, row, 2, day, self.fmt(TOP, num_format=DATE_FORMAT, align="left"))
                self._value(ws, row, 3, value, self.fmt(TOP, num_format="#,##0.##"))
                self._value(ws, row, 4, c.target, self.fmt(TOP, num_format="#,##0.##"))
            if not c.points:
                continue
            chart = self.workbook.add_chart({"type": "line"})
            chart.set_title({"name": f"{clean(c.name)[:80]}" + (f" ({clean(c.unit)[:20]})" if c.unit else ""),
                             "name_font": {"size": 10}})
            for column, name, colour, dash in (("C", "Valeur", INK, "solid"),
                                               ("D", "Cible", STEP_COLOURS[0], "dash")):
                chart.add_series({
                    "name": name,
                    "categories": f"={sheet}!$B${first}:$B${row}",
                    "values": f"={sheet}!${column}${first}:${column}${row}",
                    "line": {"color": colour, "width": 2 if dash == "solid" else 1.25,
                             "dash_type": dash},
                    "marker": {"type": "circle" if dash == "solid" else "none", "size": 5,
                               "border": {"color": colour}, "fill": {"color": colour}},
                })
            chart.set_x_axis({"date_axis": True, "num_format": "dd/mm/yyyy",
                              "num_font": {"size": 8}})
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": 480, "height": 240})
            ws.insert_chart(f"J{top + position * 13}", chart)
        self._print_setup(ws)

    def _levers(self) -> None:
        ws = self.workbook.add_worksheet("Leviers")
        columns = (
            Column(self.report.part_word, INT, 7),
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
            (
                r.step,
                r.code,
                r.label,
                _bool(r.custom),
                r.status_label,
                r.priority_label,
                r.weight,
                r.notes,
                r.owner,
                r.due,
                _joined(r.actors),
                _joined(r.actions),
            )
            for r in self.report.levers
        )
        last = self._table(ws, columns, rows)
        self._validation(ws, [s.label for s in LeverStatus], 5, last, "statut")
        self._validation(ws, [p.label for p in Priority], 6, last, "niveau de priorité")
        self._colour_rules(ws, 5, last, STATUS_COLOURS)
        self._priority_rule(ws, 6, last)
        self._finish_list(ws, columns, last)
        self._name_range("Leviers", ws, columns, last)

    def _actors(self) -> None:
        ws = self.workbook.add_worksheet("Acteurs")
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
        ws = self.workbook.add_worksheet("Plan d'action")
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
            (
                a.title,
                a.pilot,
                _joined(a.partners),
                ", ".join(a.levers),
                a.start,
                a.end,
                a.budget_euros,
                a.funding,
                a.status.label,
                a.priority.label,
                a.indicator,
                a.notes,
            )
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
        ws = self.workbook.add_worksheet("Ateliers")
        anonymised = self.report.identity.anonymised
        people_title = "Organisations représentées" if anonymised else "Participants"
        columns = (
            Column("Date", DATE, 12),
            Column("Lieu", WRAPPED, 22, max_width=34),
            Column(f"{self.report.parts_word} abordé{'es' if self.report.words.feminine else 's'}",
                   TEXT, 14),
            Column("Nombre de participants", INT, 13),
            Column(people_title, WRAPPED, 36),
            Column("Décisions", WRAPPED, 40),
            Column("Notes", WRAPPED, 40),
            Column("Votes (points par levier)", WRAPPED, 26),
        )
        rows = (
            (
                w.date,
                w.place,
                ", ".join(str(n) for n in w.steps),
                w.participant_count,
                self._people(w, anonymised),
                w.decisions,
                w.notes,
                _joined(f"{v.code} : {v.dots}" for v in w.votes),
            )
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

    def _recommendations(self) -> None:
        ws = self.workbook.add_worksheet("Recommandations")
        columns = (
            Column("Code", TEXT, 7),
            Column("Levier", WRAPPED, 44),
            Column(self.report.part_word, INT, 7),
            Column("Statut", TEXT, 15),
            Column("Responsable", WRAPPED, 18, max_width=30),
            Column("Échéance", DATE, 12),
            Column("Recommandation", WRAPPED, 60),
        )
        rows = (
            (
                r.lever.code,
                r.lever.label,
                r.lever.step,
                r.lever.status_label,
                r.lever.owner,
                r.lever.due,
                r.advice,
            )
            for r in self._advice.recommendations
        )
        last = self._table(ws, columns, rows)
        self._finish_list(ws, columns, last)

    def _follow_ups(self) -> None:
        ws = self.workbook.add_worksheet("Suites proposées")
        columns = (
            Column("Action", WRAPPED, 40),
            Column("Début", DATE, 12),
            Column("Fin", DATE, 12),
            Column("Pilote", WRAPPED, 20, max_width=32),
            Column("Statut", TEXT, 12),
            Column("Priorité", TEXT, 11),
            Column("En retard", TEXT, 10),
        )
        rows = (
            (
                f.action.title,
                f.action.start,
                f.action.end,
                f.action.pilot or "à désigner",
                f.action.status.label,
                f.action.priority.label,
                _bool(f.late),
            )
            for f in self._advice.follow_ups
        )
        last = self._table(ws, columns, rows)
        self._finish_list(ws, columns, last)

    def _journal(self) -> None:
        """Who changed what on the server (issue 20): not a report section — the PDF and
        the DOCX are read by people outside the team, the workbook is the team's record."""
        ws = self.workbook.add_worksheet("Historique")
        columns = (
            Column("Quand", MOMENT, 17),
            Column("Qui", TEXT, 14, max_width=30),
            Column("Étape", INT, 7),
            Column("Élément", WRAPPED, 28, max_width=40),
            Column("Champ", TEXT, 16, max_width=24),
            Column("Avant", WRAPPED, 40),
            Column("Après", WRAPPED, 40),
        )
        rows = [
            (j.at, j.who, j.step, j.element, j.field, j.before, j.after)
            for j in self.report.journal
        ]
        last = self._table(ws, columns, rows)
        self._finish_list(ws, columns, last)

    def _long_text_sheet(self) -> None:
        ws = self.workbook.add_worksheet(LONG_TEXT_SHEET)
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
        title = ws.name.replace("'", "''")
        last_column = xl_col_to_name(len(columns) - 1)
        self.workbook.define_name(name, f"='{title}'!$A$1:${last_column}${max(last, 1)}")
