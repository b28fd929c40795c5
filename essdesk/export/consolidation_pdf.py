"""The consolidation report (reportlab, A4 landscape: the heat map needs the width), in the
fonts, colours and styles of the diagnostic's PDF report (export/pdf.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from essdesk.domain import palette
from essdesk.domain.consolidation import Consolidation, percent
from essdesk.export import pdf
from essdesk.export.text import abridged, clean, pdf_markup
from essdesk.models.enums import LeverStatus

PAGE = landscape(A4)
MARGIN = 40
WIDTH = PAGE[0] - 2 * MARGIN
#: Lever columns per heat-map table; more levers continue in a second table.
HEAT_COLUMNS = 40


def _grid(header_rows: int = 1) -> list[tuple]:
    return [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8, 10),
        ("FONT", (0, 0), (-1, header_rows - 1), pdf.FONT_BOLD, 8, 10),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), pdf.ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, pdf.GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, pdf.ZEBRA]),
    ]


class ConsolidationPdf:
    def __init__(self, c: Consolidation) -> None:
        self.c = c
        self.glyphs = pdf._register_fonts()
        self.styles = pdf.PdfRenderer._stylesheet()

    def p(self, text: str | None, style: str = "cell", limit: int = 600) -> Paragraph:
        return Paragraph(pdf_markup(abridged(clean(text or ""), limit), self.glyphs), self.styles[style])

    def render(self, path: Path) -> None:
        c = self.c
        doc = SimpleDocTemplate(
            str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=f"Comparaison de {len(c.rows)} diagnostics",
            author="essdesk", creator="essdesk", lang="fr-FR", initialFontName=pdf.FONT,
        )
        doc.build(self.story(), onFirstPage=self._footer, onLaterPages=self._footer)

    def _footer(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(pdf.FONT, 7.5)
        canvas.setFillColor(pdf.MUTED)
        canvas.drawString(MARGIN, MARGIN - 22, f"essdesk — comparaison de diagnostics — {self.c.referential.title}")
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 22, f"Page {doc.page}")
        canvas.restoreState()

    def story(self) -> list:
        c = self.c
        words = c.referential.words
        story = [
            self.p(f"Comparaison de {len(c.rows)} diagnostics", "h1"),
            self.p(f"Référentiel « {c.referential.title} », version {c.referential.version}"
                   + (" — sans données personnelles" if c.anonymised else ""), "muted"),
            self.p(f"Maturité par {words.part}", "h2"),
            *self._summary(),
            self.p(f"Carte des {words.levers} (statut par territoire)", "h2"),
            *self._heat(),
            self.p(f"{words.levers.capitalize()} le plus souvent prioritaires", "h2"),
            self._prioritised(),
            self.p("Pratiques inspirantes : réalisé ici, encore ouvert ailleurs", "h2"),
            self._practices(),
        ]
        if c.indicators:
            story += [self.p("Indicateurs (dernières valeurs, même nom et même unité)", "h2"),
                      self._indicators()]
        return story

    def _summary(self) -> list:
        c = self.c
        parts = len(c.parts)
        head = ["Territoire", "Filière", "Date", *(self.p(str(n), "head_right") for n, _ in c.parts),
                self.p("Ensemble", "head_right")]
        rows = [head]
        for r in c.rows:
            day = f"{r.date:%d/%m/%Y}" if r.date else "—"
            rows.append([self.p(r.label), self.p(r.filiere), day,
                         *(percent(m) for m in r.maturity), percent(r.overall)])
        fixed = 170 + 120 + 60
        number = min(55.0, (WIDTH - fixed) / (parts + 1))
        table = LongTable(rows, colWidths=[170, 120, 60, *([number] * (parts + 1))], repeatRows=1)
        table.setStyle(TableStyle([*_grid(), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                                   ("FONT", (-1, 1), (-1, -1), pdf.FONT_BOLD, 8, 10)]))
        legend = "   ".join(f"{n}. {t}" for n, t in c.parts)
        return [table, Spacer(1, 3), self.p(legend, "muted")]

    def _heat(self) -> list:
        c = self.c
        out = []
        for start in range(0, len(c.levers), HEAT_COLUMNS):
            chunk = c.levers[start : start + HEAT_COLUMNS]
            cell = (WIDTH - 150) / HEAT_COLUMNS
            rows = [["", *(code for code, _, _ in chunk)]]
            style = [*_grid(), ("FONT", (1, 0), (-1, 0), pdf.FONT_BOLD, 5.5, 7),
                     ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white])]
            for i, (r, statuses) in enumerate(zip(c.rows, c.heat, strict=True), 1):
                rows.append([self.p(r.label, limit=60), *([""] * len(chunk))])
                for j, status in enumerate(statuses[start : start + HEAT_COLUMNS], 1):
                    if status is not None:
                        colour = colors.HexColor(palette.LEVER_STATUS[status].strong
                                                 if status is LeverStatus.DONE
                                                 else palette.LEVER_STATUS[status].tint)
                        style.append(("BACKGROUND", (j, i), (j, i), colour))
            table = LongTable(rows, colWidths=[150, *([cell] * len(chunk))], repeatRows=1)
            table.setStyle(TableStyle(style))
            out += [table, Spacer(1, 4)]
        legend = [[self.p(s.label, "small") for s in LeverStatus]]
        key = LongTable(legend, colWidths=[WIDTH / len(LeverStatus)] * len(LeverStatus))
        key.setStyle(TableStyle([
            ("BACKGROUND", (k, 0), (k, 0), colors.HexColor(
                palette.LEVER_STATUS[s].strong if s is LeverStatus.DONE else palette.LEVER_STATUS[s].tint))
            for k, s in enumerate(LeverStatus)
        ] + [("GRID", (0, 0), (-1, -1), 0.4, pdf.GRID)]))
        return [*out, key]

    def _prioritised(self) -> LongTable:
        c = self.c
        rows = [["Code", c.referential.words.lever.capitalize(), "Haute", "Moyenne", "Territoires (haute)"]]
        for p in c.prioritised[:15]:
            rows.append([p.code, self.p(p.label), str(len(p.high)), str(len(p.medium)),
                         self.p(", ".join(p.high))])
        if len(rows) == 1:
            rows.append(["", "aucun", "", "", ""])
        table = LongTable(rows, colWidths=[40, 300, 45, 55, WIDTH - 440], repeatRows=1)
        table.setStyle(TableStyle([*_grid(), ("ALIGN", (2, 1), (3, -1), "RIGHT")]))
        return table

    def _practices(self) -> LongTable:
        c = self.c
        rows = [["Code", c.referential.words.lever.capitalize(), "Réalisé par", "Encore ouvert dans"]]
        for p in c.practices:
            done = ", ".join(f"{t} ({o})" if o else t for t, o in p.done_by)
            rows.append([p.code, self.p(p.label), self.p(done), self.p(", ".join(p.open_in))])
        if len(rows) == 1:
            rows.append(["", "aucune", "", ""])
        table = LongTable(rows, colWidths=[40, 250, 200, WIDTH - 490], repeatRows=1)
        table.setStyle(TableStyle(_grid()))
        return table

    def _indicators(self) -> LongTable:
        rows = [["Indicateur", "Unité", "Total", "Diagnostics"]]
        for t in self.c.indicators:
            rows.append([self.p(t.name), self.p(t.unit), f"{t.total:g}", self.p(", ".join(t.rows))])
        table = LongTable(rows, colWidths=[220, 80, 70, WIDTH - 370], repeatRows=1)
        table.setStyle(TableStyle([*_grid(), ("ALIGN", (2, 1), (2, -1), "RIGHT")]))
        return table


def write_pdf(c: Consolidation, path: Path) -> None:
    ConsolidationPdf(c).render(path)
