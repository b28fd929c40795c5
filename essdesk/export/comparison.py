"""`essdesk compare … --xlsx/--pdf` (issue 18): what changed between two jalons, or a jalon
and now, as a workbook and a PDF report. No Qt.

One model (`ComparisonReport`: maturity per part before → after, the actions that became
late, every change in French words, grouped by part) and two small renderers; both write
atomically and are read back before they are announced, like the diagnostic's exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from essdesk.domain.comparison import ENTITY_NAMES, Comparison, Side
from essdesk.domain.history import field_label, readable
from essdesk.domain.scoring import format_percent
from essdesk.export.readback import write_checked
from essdesk.export.xlsx_cells import write_text


@dataclass(frozen=True)
class MaturityRow:
    number: int | None  # None: the whole diagnostic
    title: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class ChangeRow:
    part: str  # "Étape 3 — Animation…", or "Ensemble du diagnostic"
    element: str  # "Levier 3.2", "Acteur « Scierie du Haut »"
    field: str  # the field's French label, or "ajouté" / "retiré"
    before: str
    after: str


@dataclass(frozen=True)
class ComparisonReport:
    title: str
    before: str  # "jalon « Printemps » (12/03/2026)"
    after: str
    maturity: tuple[MaturityRow, ...]
    late: tuple[tuple[str, dt.date], ...]  # actions that became late: title, planned end
    changes: tuple[ChangeRow, ...]


def _side_text(side: Side) -> str:
    if side.number is None:
        return f"aujourd'hui ({side.day:%d/%m/%Y})"
    return f"jalon « {side.label} » ({side.day:%d/%m/%Y})"


def _part_title(referential: Any, number: int, *, short: bool = False) -> str:
    word = referential.words.part.capitalize() if referential is not None else "Étape"
    try:
        part = referential.step(number)
    except (AttributeError, KeyError, IndexError):
        return f"{word} {number}"
    return f"{word} {number} — {part.short_title if short else part.title}"


def build(comparison: Comparison, referential: Any = None) -> ComparisonReport:
    names: dict[tuple[str, str], str] = {}
    for data in (comparison.before.data, comparison.after.data):
        for key, section, name in (
            ("actor", "actors", "name"),
            ("action", "actions", "title"),
            ("workshop", "workshops", "place"),
        ):
            for item in data.get(section, ()):
                if item.get(name):
                    names[(key, item["uid"])] = f"« {item[name]} »"
    lever_word = referential.words.lever.capitalize() if referential is not None else "Levier"

    def element(item: Any) -> str:
        if item.entity == "lever":
            return f"{lever_word} {item.key}"
        if item.entity == "step":
            return _part_title(referential, item.key).split(" — ")[0]
        if item.entity == "diagnostic":
            return ENTITY_NAMES["diagnostic"]
        values = getattr(item, "values", None) or {}
        name = names.get((item.entity, item.key)) or next(
            (f"« {values[k]} »" for k in ("title", "name", "place") if values.get(k)), ""
        )
        return f"{ENTITY_NAMES.get(item.entity, item.entity)} {name}".strip()

    rows = []
    for number, items in comparison.by_step().items():
        part = "Ensemble du diagnostic" if number is None else _part_title(referential, number)
        for kind, item in items:
            if kind == "change":
                rows.append(
                    ChangeRow(
                        part,
                        element(item),
                        field_label(item.entity, item.field),
                        readable(item.entity, item.field, item.before),
                        readable(item.entity, item.field, item.after),
                    )
                )
            else:
                rows.append(
                    ChangeRow(
                        part, element(item), "ajouté" if kind == "created" else "retiré", "", ""
                    )
                )
    m = comparison.maturity()
    maturity = [
        MaturityRow(
            r["number"], _part_title(referential, r["number"], short=True), r["before"], r["after"]
        )
        for r in m["steps"]
    ]
    maturity.append(MaturityRow(None, "Ensemble", m["overall"]["before"], m["overall"]["after"]))
    late = tuple((x["title"], dt.date.fromisoformat(x["end"])) for x in comparison.became_late())
    title = comparison.after.data.get("diagnostic", {}).get("title", "") or "Diagnostic"
    return ComparisonReport(
        title,
        _side_text(comparison.before),
        _side_text(comparison.after),
        tuple(maturity),
        late,
        tuple(rows),
    )


def _delta(row: MaturityRow) -> str:
    if row.before is None or row.after is None:
        return ""
    points = round(row.after - row.before)
    return f"{points:+d} pts" if points else "="


# --------------------------------------------------------------------------- xlsx


def _render_xlsx(report: ComparisonReport, path: Path) -> None:
    from xlsxwriter import Workbook

    from essdesk.export.xlsx import HEADER

    wb = Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    try:
        header = wb.add_format({**HEADER, "font_name": "Calibri"})
        title = wb.add_format({"bold": True, "font_size": 14, "font_name": "Calibri"})
        wrap = wb.add_format({"text_wrap": True, "valign": "top", "font_name": "Calibri"})
        percent = wb.add_format({"num_format": "0 %", "valign": "top", "font_name": "Calibri"})
        ws = wb.add_worksheet("Maturité")
        write_text(ws, 0, 0, f"{report.title} : évolution", title)
        write_text(ws, 1, 0, f"Du {report.before} à {report.after}")
        ws.write_row(3, 0, ("Partie", "Avant", "Après", "Écart"), header)
        for i, row in enumerate(report.maturity, start=4):
            write_text(ws, i, 0, row.title, wrap)
            for column, value in ((1, row.before), (2, row.after)):
                if value is None:
                    ws.write_blank(i, column, None, percent)
                else:
                    ws.write_number(i, column, value / 100, percent)
            write_text(ws, i, 3, _delta(row))
        last = 3 + len(report.maturity) - 1  # the parts, without "Ensemble"
        ws.set_column(0, 0, 40)
        ws.set_column(1, 3, 9)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        chart = wb.add_chart({"type": "bar"})
        for column, name in ((1, "Avant"), (2, "Après")):
            chart.add_series(
                {
                    "name": name,
                    "categories": ["Maturité", 4, 0, last, 0],
                    "values": ["Maturité", 4, column, last, column],
                }
            )
        chart.set_title({"name": "Maturité par partie"})
        chart.set_x_axis({"min": 0, "max": 1, "num_format": "0 %"})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 560, "height": 90 + 34 * (last - 3)})
        ws.insert_chart(3, 5, chart)

        ws = wb.add_worksheet("Changements")
        columns = (("Partie", 34), ("Élément", 30), ("Champ", 18), ("Avant", 40), ("Après", 40))
        for c, (name, width) in enumerate(columns):
            write_text(ws, 0, c, name, header)
            ws.set_column(c, c, width)
        for r, row in enumerate(report.changes, start=1):
            for c, value in enumerate((row.part, row.element, row.field, row.before, row.after)):
                write_text(ws, r, c, value, wrap)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(report.changes), 1), len(columns) - 1)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)
        if report.late:
            ws = wb.add_worksheet("En retard")
            ws.write_row(0, 0, ("Action passée en retard", "Fin prévue"), header)
            day = wb.add_format({"num_format": "dd/mm/yyyy", "font_name": "Calibri"})
            for r, (name, end) in enumerate(report.late, start=1):
                write_text(ws, r, 0, name, wrap)
                ws.write_datetime(r, 1, dt.datetime.combine(end, dt.time()), day)
            ws.set_column(0, 0, 60)
            ws.set_column(1, 1, 12)
        wb.set_properties({"title": f"{report.title} : évolution", "author": "essdesk"})
    finally:
        wb.close()


# --------------------------------------------------------------------------- PDF


def _render_pdf(report: ComparisonReport, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from essdesk.domain import palette
    from essdesk.export.minutes import MARGIN, _footer
    from essdesk.export.pdf import FONT, register_fonts
    from essdesk.export.pdf_styles import report_styles
    from essdesk.export.text import abridged, clean, pdf_markup, pdf_plain

    glyphs = register_fonts()
    tint, grid = colors.HexColor(palette.TINT), colors.HexColor(palette.GRID)
    styles = report_styles(10, 18)

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(pdf_markup(abridged(clean(text), 600), glyphs), styles[style])

    def table(rows: list[list], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, grid),
                    ("BACKGROUND", (0, 0), (-1, 0), tint),
                ]
            )
        )
        return t

    width = A4[0] - 2 * MARGIN
    story: list = [
        p(f"{report.title} : évolution", "title"),
        p(f"Du {report.before} à {report.after}.", "base"),
        Spacer(1, 6),
        p("Maturité par partie", "h2"),
    ]
    rows = [[p("Partie"), p("Avant"), p("Après"), p("Écart")]]
    rows += [
        [p(r.title), format_percent(r.before), format_percent(r.after), _delta(r)]
        for r in report.maturity
    ]
    story.append(table(rows, [width - 3 * 60, 60, 60, 60]))
    if report.late:
        story.append(p("Actions passées en retard", "h2"))
        story.append(
            table(
                [[p("Action"), p("Fin prévue")]]
                + [[p(name), f"{end:%d/%m/%Y}"] for name, end in report.late],
                [width - 80, 80],
            )
        )
    story.append(p("Ce qui a changé", "h2"))
    if not report.changes:
        story.append(p("Aucune modification.", "base"))
    part = None
    for row in report.changes:
        if row.part != part:
            part = row.part
            story.append(p(part, "h3"))
            story.append(
                table(
                    [[p("Élément"), p("Champ"), p("Avant"), p("Après")]]
                    + [
                        [p(r.element), p(r.field), p(r.before), p(r.after)]
                        for r in report.changes
                        if r.part == part
                    ],
                    [100, 80, (width - 180) / 2, (width - 180) / 2],
                )
            )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=44,
        bottomMargin=48,
        title=pdf_plain(f"{report.title} : évolution", glyphs),
        subject=pdf_plain(f"Du {report.before} à {report.after}", glyphs),
        author="essdesk",
        creator="essdesk",
        lang="fr-FR",
        initialFontName=FONT,
    )
    draw = _footer(pdf_plain(f"essdesk — évolution du {report.before} à {report.after}", glyphs))
    doc.build(story, onFirstPage=draw, onLaterPages=draw)


# --------------------------------------------------------------------------- writing


def write_comparison(report: ComparisonReport, target: Path) -> Path:
    """Write the workbook (.xlsx) or the PDF (.pdf) at `target`, atomically, read back."""
    kind = "xlsx" if Path(target).suffix.lower() == ".xlsx" else "pdf"
    render = _render_xlsx if kind == "xlsx" else _render_pdf
    return write_checked(Path(target), kind, lambda tmp: render(report, tmp))
