"""The consolidation (export/consolidation.py) as a workbook and a PDF, both written
atomically and read back before they are announced. No Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent
from essdesk.export.consolidation import Consolidation
from essdesk.export.readback import write_checked
from essdesk.export.xlsx_cells import write_text

#: One letter per status in the PDF heat map, beside its colour (readable in black and white).
LETTERS = {
    "not_assessed": "·",
    "not_started": "P",
    "planned": "V",
    "in_progress": "E",
    "done": "R",
    "not_applicable": "N",
}


def _title(c: Consolidation) -> str:
    return f"{len(c.territories)} diagnostics comparés — {c.referential.title}"


def _total(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") if value == int(value) else f"{value:,.2f}"


# --------------------------------------------------------------------------- xlsx


def _render_xlsx(c: Consolidation, path: Path) -> None:
    from xlsxwriter import Workbook

    from essdesk.export.xlsx import HEADER

    lever_word = c.referential.words.lever.capitalize()
    wb = Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    try:

        def fmt(**props):
            return wb.add_format({"font_name": "Calibri", "valign": "top", **props})

        header, wrap, pct = fmt(**HEADER), fmt(text_wrap=True), fmt(num_format="0 %")
        day, bold = fmt(num_format="dd/mm/yyyy"), fmt(bold=True, font_size=14)
        statuses = {
            s: fmt(bg_color=colour.tint, pattern=1, border=1, border_color="#FFFFFF")
            for s, colour in palette.LEVER_STATUS.items()
        }

        ws = wb.add_worksheet("Diagnostics")
        write_text(ws, 0, 0, _title(c), bold)
        parts = c.parts
        word = c.referential.words.part.capitalize()
        head = ["Territoire", "Filière", "Début", *(f"{word} {n}" for n, _ in parts), "Ensemble"]
        ws.write_row(2, 0, head, header)
        for r, t in enumerate(c.territories, start=3):
            write_text(ws, r, 0, t.territory, wrap)
            write_text(ws, r, 1, t.filiere, wrap)
            if t.start:
                ws.write_datetime(r, 2, dt.datetime.combine(t.start, dt.time()), day)
            for k, value in enumerate((*t.maturity, t.overall), start=3):
                if value is not None:
                    ws.write_number(r, k, value / 100, pct)
        last = 2 + len(c.territories)
        ws.set_column(0, 1, 26)
        ws.set_column(2, 2, 11)
        ws.set_column(3, 3 + len(parts), 9)
        ws.freeze_panes(3, 1)
        chart = wb.add_chart({"type": "bar"})
        chart.add_series(
            {
                "name": "Ensemble",
                "categories": ["Diagnostics", 3, 0, last, 0],
                "values": ["Diagnostics", 3, 3 + len(parts), last, 3 + len(parts)],
            }
        )
        chart.set_title({"name": "Maturité d'ensemble par territoire"})
        chart.set_x_axis({"min": 0, "max": 1, "num_format": "0 %"})
        chart.set_y_axis({"reverse": True})
        chart.set_legend({"none": True})
        chart.set_size({"width": 620, "height": 90 + 26 * len(c.territories)})
        ws.insert_chart(last + 2, 0, chart)

        ws = wb.add_worksheet("Carte des leviers")
        ws.write_row(
            0,
            0,
            ["Code", c.referential.words.lever.capitalize(), *(t.territory for t in c.territories)],
            header,
        )
        for r, (lever, cells) in enumerate(c.heat(), start=1):
            write_text(ws, r, 0, lever.code)
            write_text(ws, r, 1, lever.label, wrap)
            for k, status in enumerate(cells, start=2):
                if status is None:
                    ws.write_blank(r, k, None)
                else:
                    write_text(ws, r, k, status.label, statuses[status])
        ws.set_column(0, 0, 7)
        ws.set_column(1, 1, 54)
        ws.set_column(2, 1 + len(c.territories), 14)
        ws.freeze_panes(1, 2)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)

        ws = wb.add_worksheet("Priorités")
        ws.write_row(0, 0, ["Code", lever_word, "Prioritaire dans"], header)
        for r, (lever, count) in enumerate(c.most_prioritised(), start=1):
            write_text(ws, r, 0, lever.code)
            write_text(ws, r, 1, lever.label, wrap)
            ws.write_number(r, 2, count)
        ws.set_column(1, 1, 70)
        ws.set_column(2, 2, 16)

        ws = wb.add_worksheet("Pratiques inspirantes")
        ws.write_row(0, 0, ["Code", lever_word, "Réalisé à", "Encore ouvert à"], header)
        for r, (lever, done, still) in enumerate(c.inspiring(), start=1):
            write_text(ws, r, 0, lever.code)
            write_text(ws, r, 1, lever.label, wrap)
            write_text(ws, r, 2, ", ".join(done), wrap)
            write_text(ws, r, 3, ", ".join(still), wrap)
        ws.set_column(1, 1, 54)
        ws.set_column(2, 3, 36)

        totals = c.indicator_totals()
        if totals:
            ws = wb.add_worksheet("Indicateurs")
            ws.write_row(
                0, 0, ["Indicateur", "Unité", "Total (dernières valeurs)", "Diagnostics"], header
            )
            for r, (name, unit, total, count) in enumerate(totals, start=1):
                ws.write_row(r, 0, [name, unit])
                ws.write_number(r, 2, total)
                ws.write_number(r, 3, count)
            ws.set_column(0, 0, 40)
            ws.set_column(2, 3, 20)
        wb.set_properties({"title": _title(c), "author": "essdesk"})
    finally:
        wb.close()


# --------------------------------------------------------------------------- PDF


def _render_pdf(c: Consolidation, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from essdesk.export.pdf import FONT, register_fonts
    from essdesk.export.pdf_styles import report_styles
    from essdesk.export.text import abridged, clean, pdf_markup, pdf_plain

    glyphs = register_fonts()
    tint, grid = colors.HexColor(palette.TINT), colors.HexColor(palette.GRID)
    styles = report_styles(9.5, 17)

    def p(text: str, style: str = "cell", limit: int = 300) -> Paragraph:
        return Paragraph(pdf_markup(abridged(clean(text), limit), glyphs), styles[style])

    def table(rows: list[list], widths: list[float], extra: list | None = None) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, grid),
                    ("BACKGROUND", (0, 0), (-1, 0), tint),
                    *(extra or []),
                ]
            )
        )
        return t

    page = landscape(A4)
    margin = 36
    width = page[0] - 2 * margin
    parts = c.parts
    word = c.referential.words.part.capitalize()
    story: list = [p(_title(c), "title", 200), Spacer(1, 4)]

    story.append(p("Maturité par territoire", "h2"))
    step_w = min(52.0, (width - 250) / (len(parts) + 1))
    rows = [
        [
            p("Territoire"),
            p("Filière"),
            p("Début"),
            *(p(f"{word} {n}", "small") for n, _ in parts),
            p("Ensemble", "small"),
        ]
    ]
    for t in c.territories:
        rows.append(
            [
                p(t.territory),
                p(t.filiere),
                f"{t.start:%d/%m/%Y}" if t.start else "—",
                *(format_percent(m) for m in t.maturity),
                format_percent(t.overall),
            ]
        )
    widths = [0.0, 120.0, 60.0, *[step_w] * (len(parts) + 1)]
    widths[0] = width - sum(widths[1:])
    story.append(table(rows, widths))

    story.append(PageBreak())
    words = c.referential.words
    story.append(p(f"Carte des {words.levers}", "h2"))
    legend = " · ".join(f"{LETTERS[s.value]} {s.label}" for s in palette.LEVER_STATUS)
    story.append(p(f"Chaque case : le statut dans ce diagnostic ({legend}).", "base"))
    cell_w = min(34.0, (width - 240) / max(len(c.territories), 1))
    rows = [
        [
            p("Code"),
            p(c.referential.words.lever.capitalize()),
            *(_upright(pdf_plain(abridged(clean(t.territory), 40), glyphs)) for t in c.territories),
        ]
    ]
    extra = []
    for r, (lever, cells) in enumerate(c.heat(), start=1):
        rows.append(
            [
                lever.code,
                p(lever.label, "small", 160),
                *(LETTERS[s.value] if s else "" for s in cells),
            ]
        )
        for k, s in enumerate(cells, start=2):
            if s is not None:
                extra.append(
                    ("BACKGROUND", (k, r), (k, r), colors.HexColor(palette.LEVER_STATUS[s].tint))
                )
    extra.append(("ALIGN", (2, 1), (-1, -1), "CENTER"))
    extra.append(("VALIGN", (2, 0), (-1, 0), "BOTTOM"))
    story.append(
        table(
            rows,
            [36, width - 36 - cell_w * len(c.territories), *[cell_w] * len(c.territories)],
            extra,
        )
    )

    story.append(p(f"Les {words.levers} le plus souvent prioritaires", "h2"))
    ranked = c.most_prioritised()
    if ranked:
        story.append(
            table(
                [[p("Code"), p(words.lever.capitalize()), p("Prioritaire dans")]]
                + [[lv.code, p(lv.label), f"{n} / {len(c.territories)}"] for lv, n in ranked],
                [40, width - 140, 100],
            )
        )
    else:
        story.append(p(f"Aucune priorité haute parmi les {words.levers}.", "base"))

    story.append(p("Pratiques inspirantes : réalisé ici, encore ouvert ailleurs", "h2"))
    found = c.inspiring()
    if found:
        story.append(
            table(
                [[p("Code"), p(words.lever.capitalize()), p("Réalisé à"), p("Encore ouvert à")]]
                + [
                    [lv.code, p(lv.label), p(", ".join(done)), p(", ".join(still))]
                    for lv, done, still in found
                ],
                [40, width * 0.42, (width * 0.58 - 40) / 2, (width * 0.58 - 40) / 2],
            )
        )
    else:
        story.append(
            p(
                "Rien de ce qui est réalisé dans un territoire n'est encore ouvert dans un autre.",
                "base",
            )
        )
    totals = c.indicator_totals()
    if totals:
        story.append(p("Indicateurs", "h2"))
        story.append(
            table(
                [[p("Indicateur"), p("Unité"), p("Total"), p("Diagnostics")]]
                + [[p(name), p(unit), _total(total), str(n)] for name, unit, total, n in totals],
                [width - 300, 100, 100, 100],
            )
        )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=36,
        bottomMargin=44,
        title=pdf_plain(_title(c), glyphs),
        author="essdesk",
        subject=pdf_plain(c.referential.title, glyphs),
        creator="essdesk",
        lang="fr-FR",
        initialFontName=FONT,
    )
    footer = pdf_plain(f"essdesk — {_title(c)}", glyphs)

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor(palette.MUTED))
        canvas.drawString(margin, 24, footer)
        canvas.drawRightString(page[0] - margin, 24, f"Page {doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=draw, onLaterPages=draw)


def _upright(text: str):
    """A territory's name written bottom to top: in a column a few letters wide, a name laid
    flat broke inside its words ("Pays de Br / océlia / nde")."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    from essdesk.export.pdf import FONT

    size = 7.5

    class Upright(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width, self.height = available_width, stringWidth(text, FONT, size) + 2
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setFont(FONT, size)
            canvas.setFillColor(colors.HexColor(palette.INK))
            canvas.translate(self.width / 2 + size / 3, 0)
            canvas.rotate(90)
            canvas.drawString(0, 0, text)
            canvas.restoreState()

    return Upright()


def write_consolidation(c: Consolidation, target: Path) -> Path:
    """The workbook (.xlsx) or the PDF (.pdf) at `target`, atomically, read back."""
    kind = "xlsx" if Path(target).suffix.lower() == ".xlsx" else "pdf"
    render = _render_xlsx if kind == "xlsx" else _render_pdf
    return write_checked(Path(target), kind, lambda tmp: render(c, tmp))
