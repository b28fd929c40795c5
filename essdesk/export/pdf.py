"""The PDF report of a diagnostic (reportlab, A4, French), from the shared report model.

Built like pretix's invoice renderers: a class holding the stylesheet, the fonts and the page
templates, with one method per section of the story. "Page X / Y" and the page numbers of the
table of contents are only known at the end: each page draws them as a named form XObject
(`Canvas.doForm`) that `_ReportCanvas.save` defines once the page count is known, so a large
report is laid out once, through reportlab's documented API only (issue 16).

User text only reaches a Paragraph through `pdf_markup` (escaped, never markup) and tables
may split inside a row, so a note longer than a page flows on to the next one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent
from essdesk.export import charts
from essdesk.export.advice import Advice, advice
from essdesk.export.base import ExportError, RenderHooks
from essdesk.export.fontcache import load_font
from essdesk.export.report import (
    SECTIONS,
    ActionRow,
    ActorGroup,
    LeverRow,
    Report,
    StepSection,
    WorkshopRow,
)
from essdesk.export.text import (
    GlyphFilter,
    abridged,
    clean,
    long_date,
    paragraphs,
    pdf_markup,
    pdf_plain,
    short_date,
)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor(palette.INK)
ACCENT = colors.HexColor(palette.PRIMARY)
TINT = colors.HexColor(palette.TINT)
GRID = colors.HexColor(palette.GRID)
MUTED = colors.HexColor(palette.MUTED)
ZEBRA = colors.HexColor(palette.ZEBRA)

#: Badge backgrounds: the light tints of the app's status colours.
STATUS_COLOURS = {status: colour.tint for status, colour in palette.LEVER_STATUS.items()}
ACTION_COLOURS = {status: colour.tint for status, colour in palette.ACTION_STATUS.items()}


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 50
MARGIN_TOP = 62
MARGIN_BOTTOM = 52
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
#: A section starts on a new page unless this much of the page is still free.
SECTION_ROOM = 0.3 * (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)
#: A lever whose notes are shorter than this is kept on one page.
LEVER_KEPT_TOGETHER = 1500
#: What one field can take in the PDF (issue 14): a title on the cover, a name (NAME_LIMIT,
#: the input limit: names are repeated in lists), a text in a table cell, and notes in a
#: section of their own (full, up to the input limit, in paragraphs of at most PIECE
#: characters).
TITLE_LIMIT = 120
#: The input limits of essdesk.domain.fields (MAX_NAME, MAX_TEXT), not imported from there:
#: its dataclasses would cost every export's start (tests/test_export_bounded.py compares).
NAME_LIMIT = 300
TEXT_LIMIT = 50_000
CELL_LIMIT = 1500
PIECE = 1500
CELL_SIZE = 8.5
CELL_LEADING = 11
#: First command of every table style: reportlab draws a cell in Helvetica unless told.
_BODY_FONT = ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING)


# --------------------------------------------------------------------------- formatting


#: reportlab breaks lines at U+202F (the narrow no-break space): numbers use U+00A0.
NBSP = "\u00a0"


def euros(cents: int | None) -> str:
    """French money: '45 000,00 €', never split across lines (no-break spaces)."""
    if cents is None:
        return "—"
    units, rest = divmod(abs(cents), 100)
    grouped = f"{units:,}".replace(",", NBSP)
    sign = "-" if cents < 0 else ""
    return f"{sign}{grouped},{rest:02d}{NBSP}€"


def number(count: int) -> str:
    """French grouping of an integer: '5 000', never split across lines."""
    return f"{count:,}".replace(",", NBSP)


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{number(count)} {one if count < 2 else (many or one + 's')}"


# --------------------------------------------------------------------------- fonts


@functools.cache
def register_fonts() -> GlyphFilter:
    """Register DejaVu Sans (regular and bold) once; return the filter of drawable text."""
    from essdesk.domain.referential import resources_dir

    folder = resources_dir() / "fonts"
    try:
        regular = load_font(FONT, folder / "DejaVuSans.ttf")
        bold = load_font(FONT_BOLD, folder / "DejaVuSans-Bold.ttf")
    except OSError as exc:
        raise ExportError(
            f"La police DejaVu Sans est introuvable dans {folder} : réinstallez essdesk."
        ) from exc
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    # Text must be drawable in both weights: a bold label uses the same characters.
    # Beyond the BMP (most emoji) reportlab writes a ToUnicode map that readers cannot
    # decode (copy/paste and search would break): those characters get the placeholder too.
    drawable = {cp for cp in regular.face.charToGlyph if cp <= 0xFFFF}
    drawable &= set(bold.face.charToGlyph)
    return GlyphFilter(drawable)


# --------------------------------------------------------------------------- canvas


class _ReportCanvas(Canvas):
    """Bookmarks and outline entries as headings are drawn; at `save()`, the forms that show
    what needed the page count: "Page X / Y" and the page numbers of the table of contents."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.footer = footer
        self.heading_pages: dict[str, int] = {}
        self._footed: list[int] = []
        self._toc_keys: list[str] = []

    def mark_heading(self, key: str, title: str, level: int, top: float) -> None:
        if key in self.heading_pages:
            return
        self.heading_pages[key] = self.getPageNumber()
        self.bookmarkPage(key, fit="XYZ", left=0, top=top + 12)
        self.addOutlineEntry(title, key, level=level)

    def toc_number(self, key: str, x: float, y: float) -> None:
        """The page of heading `key`, right-aligned at (x, y) of the current coordinates."""
        self.saveState()
        self.translate(x, y)
        self.doForm(f"toc_{key}")
        self.restoreState()
        self._toc_keys.append(key)

    def footer_here(self) -> None:
        """The footer of the current page; its "Page X / Y" is written at save time."""
        self.setStrokeColor(GRID)
        self.setLineWidth(0.6)
        self.line(MARGIN_X, MARGIN_BOTTOM - 16, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 16)
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, MARGIN_BOTTOM - 28, self.footer)
        number = self.getPageNumber()
        self.doForm(f"page_{number}")
        self._footed.append(number)

    def save(self) -> None:
        total = max(self._footed, default=1)  # the last page is a body page
        for number in self._footed:
            self.beginForm(f"page_{number}")
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 28, f"Page {number} / {total}"
            )
            self.endForm()
        for key in dict.fromkeys(self._toc_keys):
            # a form's box must hold the number, drawn to the left of its origin
            self.beginForm(f"toc_{key}", lowerx=-60, lowery=-5, upperx=5, uppery=15)
            page = self.heading_pages.get(key)
            if page is not None:
                self.setFont(FONT_BOLD, 10.5)
                self.setFillColor(INK)
                self.drawRightString(0, 0, str(page))
            self.endForm()
        self.showOutline()
        super().save()


# --------------------------------------------------------------------------- flowables


class _Para(Paragraph):
    """A Paragraph that remembers its line breaks for a given width: a table that splits over
    many pages is re-measured at each split (reportlab wraps every remaining cell again),
    which made long tables quadratic; wrapping depends only on the width, so a repeated wrap
    at the same width reuses the first result."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_at:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._wrapped_at = None  # the parts are new paragraphs; this one is wrapped again
        return super().split(availWidth, availHeight)


#: Where a Paragraph breaks lines: white space but the no-break space.
_BREAKS = re.compile(r"[^\S\u00a0]+")


class _Line(Flowable):
    """Plain text (no markup) drawn with one `drawString` when it fits on one line.

    Most paragraphs of a report are short labels, numbers and table cells; reportlab's markup
    parser and line breaker cost ~0.2 ms for each, a sixth of the demo's PDF (issue 6). The
    words are split and joined as a Paragraph would, and drawn at the same baseline; text
    that does not fit becomes an ordinary wrapping Paragraph, created only then."""

    def __init__(self, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.markup, self.style = markup, style
        self.text = " ".join(word for word in _BREAKS.split(markup) if word)
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._para: _Para | None = None
        self._text_width = stringWidth(self.text, style.fontName, style.fontSize)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._para is None and self._text_width <= availWidth:
            self.width, self.height = availWidth, self.style.leading
            return self.width, self.height
        if self._para is None:
            self._para = _Para(self.markup, self.style)
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        return [] if self._para is None else self._para.split(availWidth, availHeight)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = self.height - style.fontSize  # reportlab's paraFontSizeHeightOffset
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        elif style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


class _Heading(Paragraph):
    """A section title that becomes a bookmark, an outline entry and a TOC target."""

    def __init__(
        self, markup: str, style: ParagraphStyle, *, key: str, title: str, level: int = 0
    ) -> None:
        super().__init__(markup, style)
        self.key, self.title, self.level = key, title, level

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if isinstance(canvas, _ReportCanvas):
            canvas.mark_heading(self.key, self.title, self.level, y + self.height)
        super().drawOn(canvas, x, y, _sW)


class _TableOfContents(Flowable):
    """Titles with dot leaders; the page numbers are written by the canvas at save time."""

    leading = 21
    size = 10.5

    def __init__(self, entries: Sequence[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = entries
        self._lines: list[tuple[str, list[str], int]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self._lines = []
        for key, title, level in self.entries:
            indent = 16 * level
            lines = simpleSplit(
                title, FONT_BOLD if level == 0 else FONT, self.size, availWidth - indent - 50
            )
            self._lines.append((key, lines, level))
        self.height = sum(len(lines) for _, lines, _ in self._lines) * self.leading
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for key, lines, level in self._lines:
            top = y
            font = FONT_BOLD if level == 0 else FONT
            for line in lines:
                y -= self.leading
                canvas.setFont(font, self.size)
                canvas.setFillColor(INK)
                canvas.drawString(16 * level, y + 6, line)
            start = 16 * level + stringWidth(lines[-1], font, self.size) + 6
            canvas.setFillColor(GRID)
            canvas.setFont(FONT, self.size)
            dots = int(max(0, self.width - 34 - start) / 4)
            if dots:
                canvas.drawRightString(self.width - 30, y + 6, " ." * (dots // 2))
            if isinstance(canvas, _ReportCanvas):
                canvas.toc_number(key, self.width, y + 6)
                canvas.linkRect("", key, (0, y + 2, self.width, top), relative=1, thickness=0)


class _DocTemplate(BaseDocTemplate):
    """Reports progress and honours cancellation between flowables."""

    def __init__(self, target: Any, hooks: RenderHooks, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self._hooks = hooks
        self._story: list = []
        self._total = 1
        self._reported = -1

    def build(self, flowables: list, **kwargs: Any) -> None:
        self._story = flowables
        self._total = max(1, len(flowables))
        super().build(flowables, **kwargs)

    def handle_flowable(self, flowables: list) -> None:
        self._hooks.check()
        if flowables is self._story:  # not the inner lists of KeepTogether and the like
            percent = int(100 * (1 - len(flowables) / self._total))
            if percent > self._reported:  # split tables grow the list: never go back
                self._reported = percent
                self._hooks.advance(percent / 100 * 0.95)
        super().handle_flowable(flowables)


# --------------------------------------------------------------------------- renderer


class PdfRenderer:
    """Renders a Report as an A4 PDF; `render(path)` writes it."""

    def __init__(
        self, report: Report, hooks: RenderHooks | None = None, *, emails: bool = False
    ) -> None:
        """`emails`: show the actors' e-mail addresses (left out unless asked, issue 14)."""
        self.report = report
        self.emails = emails
        self.hooks = hooks or RenderHooks()
        self.glyphs = register_fonts()
        self.styles = self._stylesheet()

    # -- text helpers ------------------------------------------------------------------

    def m(self, text: str | None, limit: int = NAME_LIMIT) -> str:
        """User text as safe Paragraph markup, abridged beyond `limit` characters."""
        return pdf_markup(abridged(clean(text), limit), self.glyphs)

    def plain(self, text: str | None) -> str:
        return pdf_plain(text, self.glyphs)

    def para(self, markup: str, style: str = "body") -> Flowable:
        if "\u202f" in markup:  # "46 %" from format_percent: keep it on one line
            markup = markup.replace("\u202f", NBSP)
        if "<" in markup or "&" in markup:  # markup, or text with an escaped character
            return _Para(markup, self.styles[style])
        return _Line(markup, self.styles[style])

    def cell(self, text: str | None, width: float, empty: str = "—") -> str | Paragraph:
        """A table cell of user text: a plain string when every line fits the column (drawn
        directly, several times cheaper than a Paragraph), else a wrapping Paragraph."""
        lines = [self.plain(line) for line in clean(text).split("\n") if line.strip()]
        if not lines:
            return empty
        room = width - 8
        if all(stringWidth(line, FONT, CELL_SIZE) <= room for line in lines):
            return "\n".join(lines)
        return self.para(self.m(text), "cell")

    # -- stylesheet and page templates -------------------------------------------------

    @staticmethod
    def _stylesheet() -> dict[str, ParagraphStyle]:
        body = ParagraphStyle(
            "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=4
        )
        styles = {
            "body": body,
            "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, spaceAfter=0),
            "muted": ParagraphStyle(
                "muted", body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0
            ),
            "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=11, spaceAfter=0),
            "cell_right": ParagraphStyle(
                "cell_right", body, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT
            ),
            "head": ParagraphStyle(
                "head",
                body,
                fontName=FONT_BOLD,
                fontSize=8.5,
                leading=11,
                textColor=colors.white,
                spaceAfter=0,
            ),
            "head_right": ParagraphStyle(
                "head_right",
                body,
                fontName=FONT_BOLD,
                fontSize=8.5,
                leading=11,
                textColor=colors.white,
                spaceAfter=0,
                alignment=TA_RIGHT,
            ),
            "h1": ParagraphStyle(
                "h1",
                body,
                fontName=FONT_BOLD,
                fontSize=19,
                leading=24,
                textColor=ACCENT,
                spaceBefore=14,
                spaceAfter=4,
            ),
            "h2": ParagraphStyle(
                "h2",
                body,
                fontName=FONT_BOLD,
                fontSize=12.5,
                leading=16,
                textColor=INK,
                spaceBefore=12,
                spaceAfter=5,
            ),
            "lever": ParagraphStyle(
                "lever",
                body,
                fontName=FONT_BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=8,
                spaceAfter=2,
            ),
            "meta": ParagraphStyle(
                "meta", body, fontSize=8.5, leading=13, textColor=INK, spaceAfter=2
            ),
            "label": ParagraphStyle(
                "label",
                body,
                fontName=FONT_BOLD,
                fontSize=8.5,
                leading=12,
                textColor=ACCENT,
                spaceBefore=5,
                spaceAfter=1,
            ),
            "figure": ParagraphStyle(
                "figure",
                body,
                fontName=FONT_BOLD,
                fontSize=20,
                leading=24,
                textColor=ACCENT,
                alignment=TA_CENTER,
                spaceAfter=0,
            ),
            "caption": ParagraphStyle(
                "caption",
                body,
                fontSize=7.5,
                leading=9.5,
                textColor=MUTED,
                alignment=TA_CENTER,
                spaceAfter=0,
            ),
            "cover_title": ParagraphStyle(
                "cover_title",
                body,
                fontName=FONT_BOLD,
                fontSize=26,
                leading=32,
                textColor=INK,
                spaceAfter=10,
            ),
            "cover_title_long": ParagraphStyle(
                "cover_title_long",
                body,
                fontName=FONT_BOLD,
                fontSize=17,
                leading=21,
                textColor=INK,
                spaceAfter=10,
            ),
            "cover_sub": ParagraphStyle(
                "cover_sub", body, fontSize=13, leading=18, textColor=ACCENT, spaceAfter=24
            ),
            "cover_key": ParagraphStyle(
                "cover_key",
                body,
                fontName=FONT_BOLD,
                fontSize=10,
                leading=14,
                textColor=MUTED,
                spaceAfter=0,
            ),
            "item": ParagraphStyle("item", body, leftIndent=16, firstLineIndent=-16, spaceAfter=5),
            "cover_value": ParagraphStyle(
                "cover_value", body, fontSize=11, leading=15, spaceAfter=0
            ),
        }
        return styles

    def _templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        cover_frame = Frame(
            MARGIN_X + 10,
            80,
            CONTENT_WIDTH - 20,
            PAGE_HEIGHT - 280,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body_frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [
            PageTemplate(id="cover", frames=[cover_frame], onPage=self._draw_cover_page),
            PageTemplate(id="body", frames=[body_frame], onPage=self._draw_body_page),
        ]

    def _draw_cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 170, PAGE_WIDTH, 170, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawString(MARGIN_X + 10, PAGE_HEIGHT - 70, "DIAGNOSTIC DE FILIÈRE")
        canvas.setFont(FONT, 10)
        method, counts = self._method_lines()
        canvas.drawString(MARGIN_X + 10, PAGE_HEIGHT - 90, _fit(method, FONT, 10, CONTENT_WIDTH - 20))
        canvas.drawString(MARGIN_X + 10, PAGE_HEIGHT - 104, counts)
        canvas.setFillColor(TINT)
        canvas.rect(0, 0, PAGE_WIDTH, 56, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN_X + 10, 24, self._footer_text())
        canvas.restoreState()

    def _method_lines(self) -> tuple[str, str]:
        """ "Méthode …", then "4 axes, 11 actions": the diagnostic's own referential."""
        report = self.report
        count = sum(1 for lever in report.levers if not lever.custom)
        return (self.plain(f"Méthode {report.identity.method}"),
                f"{len(report.steps)} {report.words.parts}, {count} {report.words.levers}")

    def _draw_body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        identity = self.report.identity
        left = " — ".join(
            part
            for part in (
                f"Filière {self.plain(identity.filiere_name)}" if identity.filiere_name else "",
                self.plain(identity.territory_name),
            )
            if part
        )
        right = "Diagnostic de filière"
        room = CONTENT_WIDTH - stringWidth(right, FONT, 8) - 20
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 36, _fit(left, FONT, 8, room))
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 36, right)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, PAGE_HEIGHT - 42, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 42)
        if isinstance(canvas, _ReportCanvas):
            canvas.footer_here()
        canvas.restoreState()

    def _footer_text(self) -> str:
        identity = self.report.identity
        text = f"Document produit avec essdesk le {long_date(identity.exported_on)}"
        if identity.anonymised:
            text += " · version anonymisée (sans données personnelles)"
        return text

    # -- entry point -------------------------------------------------------------------

    def render(self, path: Path) -> None:
        identity = self.report.identity
        doc = _DocTemplate(
            str(path),
            self.hooks,
            pagesize=A4,
            title=self.plain(abridged(identity.title, TITLE_LIMIT)) or "Diagnostic de filière",
            author=self.plain(identity.facilitator),
            subject=f"Diagnostic de filière — méthode {self.plain(identity.method)}",
            keywords=f"ESS, filière, diagnostic, {self.plain(identity.method)}",
            creator="essdesk",
            lang="fr-FR",
            # reportlab starts every page in Helvetica, a font it cannot embed: the PDF
            # would reference it even though no text uses it.
            initialFontName=FONT,
        )
        doc.addPageTemplates(self._templates(doc))
        story = self.story()
        canvasmaker = functools.partial(_ReportCanvas, footer=self._footer_text())
        doc.build(story, canvasmaker=canvasmaker)
        self.hooks.advance(1.0)

    #: Report section → the method that writes it (tests/test_export_sections.py).
    SECTIONS = {
        "synthese": "_synthesis",
        "evolution": "_evolution",
        "prioritaires": "_priority_levers",
        "etapes": "_steps",
        "acteurs": "_actors",
        "plan": "_actions",
        "indicateurs": "_indicators",
        "ateliers": "_workshops",
        "recommandations": "_recommendations",
        "suites": "_follow_ups",
    }

    def story(self) -> list[Flowable]:
        toc = []
        for key in SECTIONS:
            if key == "evolution" and not self.report.milestones:
                continue  # the section is there only when the diagnostic has jalons
            if key == "indicateurs" and not self.report.indicators:
                continue
            if key == "etapes":  # each step is an entry, below « Leviers prioritaires »
                toc += [
                    (f"etape{s.number}", f"{self.report.part(s.number)} — {s.title}", 1)
                    for s in self.report.steps
                ]
            else:
                toc.append((key, self.report.section(key), 0))
        story: list[Flowable] = []
        story += self._cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += [
            self.para("Sommaire", "h1"),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=18),
            _TableOfContents(toc),
            PageBreak(),
        ]
        found = advice(self.report)
        for key in SECTIONS:
            method = getattr(self, self.SECTIONS[key])
            story += method(found) if key in ("recommandations", "suites") else method()
        return story

    def _steps(self) -> list[Flowable]:
        story: list[Flowable] = []
        for step in self.report.steps:
            story += self._step(step)
        return story

    def _h1(self, key: str, title: str, level: int = 0) -> list[Flowable]:
        """A section title. Sections follow each other on the same page when there is room
        (a new page for each left pages holding one lever or a few lines, issue 14)."""
        heading = _Heading(self.m(title), self.styles["h1"], key=key, title=title, level=level)
        heading.keepWithNext = True
        rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=10)
        rule.keepWithNext = True
        return [CondPageBreak(SECTION_ROOM), heading, rule]

    # -- sections ----------------------------------------------------------------------

    def _cover(self) -> list[Flowable]:
        identity = self.report.identity
        title = identity.title or f"Diagnostic de la filière {identity.filiere_name}"
        subtitle = " — ".join(p for p in (identity.territory_name, identity.territory_kind) if p)
        facts = [
            # Not "name (kind)": a kind holds brackets of its own, "(…régional (PNR))".
            ("Territoire", identity.territory_name),
            ("Type de territoire", identity.territory_kind),
            ("Filière", identity.filiere_name),
            ("Acception", identity.filiere_meaning),
            ("Secteur", identity.filiere_sector),
            ("Scénario", identity.scenario),
            ("Début du diagnostic", long_date(identity.start_date)),
            ("Animation", identity.facilitator),
            ("Maturité globale", self._cover_maturity()),
            ("Ateliers", self._cover_workshops()),
            ("Document établi le", long_date(identity.exported_on)),
            ("Méthode", identity.method),
        ]
        if identity.anonymised:
            facts.append(
                (
                    "Diffusion",
                    "Version anonymisée : coordonnées des acteurs et noms des participants retirés",
                )
            )
        rows = [
            [self.para(self.m(k), "cover_key"), self.para(self.m(v) or "—", "cover_value")]
            for k, v in facts
            if v
        ]
        table = Table(rows, colWidths=[130, CONTENT_WIDTH - 150])
        table.setStyle(
            TableStyle(
                [
                    _BODY_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        # a long title in a smaller size, so that the cover stays one page
        style = "cover_title" if len(title) <= 80 else "cover_title_long"
        return [
            self.para(self.m(title, TITLE_LIMIT), style),
            self.para(self.m(subtitle, TITLE_LIMIT), "cover_sub"),
            table,
        ]

    def _cover_maturity(self) -> str:
        overall = self.report.overall
        return (
            f"{format_percent(overall.maturity)} (complétude {format_percent(overall.completion)}"
            f" : {self.report.assessed(overall)})"
        )

    def _cover_workshops(self) -> str:
        workshops = self.report.workshops
        if not workshops:
            return ""
        dates = [w.date for w in workshops if w.date]
        text = plural(len(workshops), "atelier")
        if len(dates) == 1:
            text += f", le {long_date(dates[0])}"
        elif dates:
            text += f", du {long_date(min(dates))} au {long_date(max(dates))}"
        return text

    def _synthesis(self) -> list[Flowable]:
        report = self.report
        overall = report.overall
        ess = report.ess_count
        figures = [
            (format_percent(overall.maturity), "maturité globale"),
            (
                format_percent(overall.completion),
                f"complétude ({report.assessed(overall)})",
            ),
            (
                number(len(report.actors)),
                f"acteurs ({number(ess)} ESS, {number(len(report.actors) - ess)} hors ESS)",
            ),
            (number(len(report.actions)), f"actions, budget {euros(report.total_budget_cents)}"),
            (number(len(report.workshops)), "ateliers"),
        ]
        cells = [
            [self.para(self.m(value), "figure") for value, _ in figures],
            [self.para(self.m(caption), "caption") for _, caption in figures],
        ]
        key_figures = Table(cells, colWidths=[CONTENT_WIDTH / len(figures)] * len(figures))
        key_figures.setStyle(
            TableStyle(
                [
                    _BODY_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                    ("TOPPADDING", (0, 0), (-1, 0), 10),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        # The radar names the steps (issue 14): "3. Animation du collectif d'acteurs" wrapped.
        names = [
            "\n".join(simpleSplit(self.plain(f"{s.number}. {s.title}"), FONT_BOLD, 6.8, 80))
            for s in report.steps
        ]
        radar = charts.radar(
            names, [s.score.maturity for s in report.steps], size=215, font=FONT, bold=FONT_BOLD
        ) if report.radar else None  # fewer than three parts: the bars alone
        beside = radar.width + 12 if radar is not None else 0
        bars = charts.step_bars(
            [(report.part(s.number), s.score.maturity, s.score.completion) for s in report.steps],
            width=CONTENT_WIDTH - beside,
            font=FONT,
            bold=FONT_BOLD,
        )
        cells, widths = ([[radar, bars]], [beside, bars.width]) if radar else ([[bars]], [bars.width])
        chart_row = Table(cells, colWidths=widths)
        chart_row.setStyle(
            TableStyle(
                [
                    _BODY_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story: list[Flowable] = [
            *self._h1("synthese", "Synthèse"),
            key_figures,
            Spacer(1, 14),
            self.para(f"Maturité par {report.words.part}", "h2"),
            chart_row,
            # The charts' text alternative, read in order by assistive tools and pdftotext
            # (an untagged PDF has no alt attribute): what they show, and where the figures are.
            self.para(
                ("Figure : radar de la maturité de chaque {w} et barres" if radar else
                 "Figure : barres").replace("{w}", report.words.part)
                + f" de maturité et de complétude par {report.words.part} ; les valeurs sont "
                "celles du tableau ci-dessous.",
                "caption",
            ),
            Spacer(1, 6),
            self._score_table(),
            Spacer(1, 4),
        ]
        story.append(
            self.para(
                # No-break spaces (U+00A0): reportlab breaks lines at U+202F, the narrow one.
                "Maturité : moyenne, pondérée par le poids de chaque levier, de son avancement "
                "(réalisé 100\u00a0%, en cours 50\u00a0%, prévu 25\u00a0%, pas commencé ou non évalué "
                "0\u00a0%) ; les leviers «\u00a0non concernés\u00a0» en sont exclus. Complétude : part "
                "des leviers évalués. «\u00a0—\u00a0» : rien à mesurer.",
                "muted",
            )
        )
        counts = [f"{n} {status.label.lower()}" for status, n in overall.by_status if n]
        if counts:
            story.append(
                self.para(self.m(f"Répartition des {self.report.words.levers} : " + ", ".join(counts)
                                 + "."), "small")
            )
        if report.identity.context:
            story += [self.para("Contexte", "h2"), *self._text_block(report.identity.context)]
        story.append(PageBreak())
        return story

    def _evolution(self) -> list[Flowable]:
        """Maturity at each jalon (as stored then), then today: a line chart and its table;
        nothing when the diagnostic has no jalon."""
        milestones = self.report.milestones
        if not milestones:
            return []
        points = [m.label for m in milestones]
        today = f"{self.report.identity.exported_on:%d/%m/%Y}"
        numbers = [s.number for s in self.report.steps]
        series = [(self.report.part(n), [m.steps[i] for m in milestones]) for i, n in enumerate(numbers)]
        series.append(("Ensemble", [m.overall for m in milestones]))
        chart = charts.evolution(points, series, width=CONTENT_WIDTH, font=FONT, bold=FONT_BOLD)
        header = ["Jalon", "Date", *(str(n) for n in numbers), "Ensemble"]
        rows: list[list[Any]] = [[self.para(h, "head" if i < 2 else "head_right")
                                  for i, h in enumerate(header)]]
        for m in milestones:
            rows.append([
                self.para(self.m(m.label), "cell"),
                self.para(today if m.taken_at is None else f"{m.taken_at:%d/%m/%Y}", "cell"),
                *(self.para(format_percent(v), "cell_right") for v in m.steps),
                self.para(f"<b>{format_percent(m.overall)}</b>", "cell_right"),
            ])
        # Each part's column: 36 pt, or what is left beside the jalon's name (80 pt at least);
        # many parts keep "100 %" on one line with thinner paddings.
        step_width = min(36, (CONTENT_WIDTH - 62 - 62 - 80) / len(numbers))
        widths = [CONTENT_WIDTH - 62 - len(numbers) * step_width - 62, 62,
                  *[step_width] * len(numbers), 62]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self._table_style(len(rows)))
        if step_width < 36:
            table.setStyle(TableStyle([("LEFTPADDING", (2, 0), (-2, -1), 1),
                                       ("RIGHTPADDING", (2, 0), (-2, -1), 1)]))
        return [*self._h1("evolution", "Évolution"),
                self.para(f"Maturité par {self.report.words.part} à chaque jalon, telle que calculée le jour où il a "
                          "été posé (un jalon n'est jamais recalculé), puis aujourd'hui.", "muted"),
                Spacer(1, 6), chart, Spacer(1, 8), table, PageBreak()]

    def _score_table(self) -> Table:
        header = [
            self.report.part_word,
            "Intitulé",
            "Maturité",
            "Complétude",
            f"{self.report.levers_word} (évaluation)",
            "Priorité haute à traiter",
        ]
        rows: list[list[Any]] = [
            [self.para(h, "head" if i < 2 else "head_right") for i, h in enumerate(header)]
        ]
        for step in self.report.steps:
            rows.append(
                [
                    self.para(str(step.number), "cell"),
                    self.para(self.m(step.title), "cell"),
                    self.para(format_percent(step.score.maturity), "cell_right"),
                    self.para(format_percent(step.score.completion), "cell_right"),
                    self.para(f"{step.score.assessed} / {step.score.total}", "cell_right"),
                    self.para(str(step.high_priority_open), "cell_right"),
                ]
            )
        overall = self.report.overall
        rows.append(
            [
                self.para("", "cell"),
                self.para("<b>Ensemble</b>", "cell"),
                self.para(f"<b>{format_percent(overall.maturity)}</b>", "cell_right"),
                self.para(f"<b>{format_percent(overall.completion)}</b>", "cell_right"),
                self.para(f"<b>{overall.assessed} / {overall.total}</b>", "cell_right"),
                self.para(f"<b>{len(self.report.priority_levers)}</b>", "cell_right"),
            ]
        )
        widths = [38, 200, 55, 67, 62, 73]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self._table_style(len(rows), total_row=True))
        return table

    @staticmethod
    def _table_style(count: int, *, total_row: bool = False) -> TableStyle:
        commands: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            # plain-string cells (see `cell`) in the body font; empty cells too, or reportlab
            # would select its Helvetica default for them (a font the PDF cannot embed)
            ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ]
        if total_row:
            commands += [
                ("BACKGROUND", (0, count - 1), (-1, count - 1), TINT),
                ("LINEABOVE", (0, count - 1), (-1, count - 1), 0.8, ACCENT),
            ]
        return TableStyle(commands)

    def _some(self, names: Sequence[str], what: str, limit: int = 6) -> str:
        """Up to `limit` names, one per line, then how many more."""
        if not names:
            return "—"
        shown = [self.m(n) for n in names[:limit]]
        if len(names) > limit:
            rest = len(names) - limit
            shown.append(
                f'<font color="{palette.MUTED}">… et {plural(rest, what + " de plus", what + "s de plus")}</font>'
            )
        return "<br/>".join(shown)

    def _badge(self, label: str, colour: str) -> str:
        return f'<font backColor="{colour}">\u00a0{label}\u00a0</font>'

    def _priority_levers(self) -> list[Flowable]:
        levers = self.report.priority_levers
        story = self._h1("prioritaires", self.report.section("prioritaires"))
        if not levers:
            story += [
                self.para(
                    "Aucun levier de priorité haute n'est en attente : tous ceux "
                    "jugés prioritaires sont réalisés ou non concernés."
                )
            ]
            return story
        story.append(
            self.para(
                f"{plural(len(levers), 'levier')} de priorité haute "
                f"{'ne sont' if len(levers) > 1 else 'n’est'} pas encore "
                f"{'réalisés' if len(levers) > 1 else 'réalisé'}, dans l'ordre des "
                f"{self.report.words.parts}."
            )
        )
        header = [self.report.lever_word, "Statut", "Responsable, échéance", "Actions liées"]
        rows: list[list[Any]] = [[self.para(h, "head") for h in header]]
        for lever in levers:
            text = f"<b>{self.m(lever.code)}</b>\u2002{self.m(lever.label, CELL_LIMIT)}"
            if lever.notes:
                text += f'<br/><font size="7.5" color="{palette.MUTED}">{self.m(lever.notes, CELL_LIMIT)}</font>'
            owner = self.m(lever.owner) or "—"
            due = f"<br/>échéance : {short_date(lever.due)}" if lever.due else ""
            rows.append(
                [
                    self.para(text, "cell"),
                    self.para(
                        self._badge(lever.status_label, STATUS_COLOURS[lever.status]), "cell"
                    ),
                    self.para(owner + due, "cell"),
                    self.para(self._some(lever.actions, "action"), "cell"),
                ]
            )
        table = LongTable(rows, colWidths=[255, 70, 85, 85], repeatRows=1, splitInRow=1)
        table.setStyle(self._table_style(len(rows)))
        story.append(table)
        return story

    def _step(self, step: StepSection) -> list[Flowable]:
        title = f"{self.report.part(step.number)} — {step.title}"
        story = self._h1(f"etape{step.number}", title)
        score = step.score
        if step.objective:
            box = Table(
                [[self.para(f"<b>Objectif</b>\u2003{self.m(step.objective)}", "body")]],
                colWidths=[CONTENT_WIDTH],
            )
            box.setStyle(
                TableStyle(
                    [
                        _BODY_FONT,
                        ("BACKGROUND", (0, 0), (-1, -1), TINT),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 7),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            story.append(box)
        story.append(Spacer(1, 6))
        story.append(
            self.para(
                f"Maturité <b>{format_percent(score.maturity)}</b>\u2003·\u2003Complétude "
                f"<b>{format_percent(score.completion)}</b> ({self.report.assessed(score)})"
                f"\u2003·\u2003Priorité haute à traiter : {step.high_priority_open}",
                "meta",
            )
        )
        if step.notes:
            story += [self.para("Notes", "label"), *self._text_block(step.notes)]
        if not step.levers:
            story.append(self.para(f"Rien à évaluer ici ({self.report.words.levers} : aucun).", "muted"))
        for lever in step.levers:
            story += self._lever(lever)
        return story

    def _lever(self, lever: LeverRow) -> list[Flowable]:
        added = (
            f' <font size="8" color="{palette.MUTED}">(levier ajouté)</font>'
            if lever.custom
            else ""
        )
        title = self.para(
            f"{self.m(lever.code)}\u2002{self.m(lever.label, CELL_LIMIT)}{added}", "lever"
        )
        meta_parts = [
            self._badge(lever.status_label, STATUS_COLOURS[lever.status]),
            f"Priorité : <b>{lever.priority_label}</b>",
            f"Poids : {lever.weight}",
        ]
        if lever.owner:
            meta_parts.append(f"Responsable : {self.m(lever.owner)}")
        if lever.due:
            meta_parts.append(f"Échéance : {short_date(lever.due)}")
        meta = self.para("\u2003·\u2003".join(meta_parts), "meta")
        head = [title, meta]
        if lever.actors:
            head.append(
                self.para(
                    "<b>Acteurs impliqués :</b> " + ", ".join(self.m(a) for a in lever.actors),
                    "small",
                )
            )
        if lever.actions:
            head.append(
                self.para(
                    "<b>Actions liées :</b> " + " ; ".join(self.m(a) for a in lever.actions),
                    "small",
                )
            )
        rule = HRFlowable(width="100%", thickness=0.4, color=GRID, spaceBefore=4, spaceAfter=0)
        notes = self._text_block(lever.notes) if lever.notes else []
        if len(lever.notes) < LEVER_KEPT_TOGETHER:
            return [KeepTogether([*head, *notes, rule])]
        # Longer notes flow on: the title, facts and first paragraph stay together.
        return [CondPageBreak(90), KeepTogether([*head, notes[0]]), *notes[1:], rule]

    def _text_block(self, text: str, style: str = "body") -> list[Flowable]:
        """Long user text (notes, decisions, context) in full up to the input limit, as one
        paragraph per line or piece of a long line, so that it splits across pages."""
        text = abridged(clean(text), TEXT_LIMIT)
        return [self.para(self.m(piece, PIECE), style) for piece in paragraphs(text, PIECE)]

    def _actors(self) -> list[Flowable]:
        report = self.report
        story = self._h1("acteurs", "Cartographie des acteurs")
        if not report.actors:
            story.append(self.para("Aucun acteur n'a encore été recensé."))
            return story
        ess = report.ess_count
        story.append(
            self.para(
                f"{plural(len(report.actors), 'acteur recensé', 'acteurs recensés')} : "
                f"<b>{ess} de l'ESS</b> et <b>{len(report.actors) - ess} hors ESS</b>, "
                "par maillon de la chaîne de valeur."
            )
        )
        rows: list[list[Any]] = [
            [self.para("Maillon", "head")]
            + [self.para(h, "head_right") for h in ("ESS", "Hors ESS", "Total")]
        ]
        for group in report.actor_groups:
            rows.append(
                [
                    self.para(self.m(group.label), "cell"),
                    self.para(str(group.ess_count), "cell_right"),
                    self.para(str(group.non_ess_count), "cell_right"),
                    self.para(str(len(group.actors)), "cell_right"),
                ]
            )
        rows.append(
            [
                self.para("<b>Ensemble</b>", "cell"),
                self.para(f"<b>{ess}</b>", "cell_right"),
                self.para(f"<b>{len(report.actors) - ess}</b>", "cell_right"),
                self.para(f"<b>{len(report.actors)}</b>", "cell_right"),
            ]
        )
        summary = Table(rows, colWidths=[220, 70, 70, 70], hAlign="LEFT")
        summary.setStyle(self._table_style(len(rows), total_row=True))
        story += [summary, Spacer(1, 6)]
        for group in report.actor_groups:
            story += self._actor_group(group)
        return story

    def _actor_group(self, group: ActorGroup) -> list[Flowable]:
        anonymised = self.report.identity.anonymised
        heading = self.para(
            f"{self.m(group.label)} "
            f'<font size="9" color="{palette.MUTED}">— {plural(len(group.actors), "acteur")} '
            f"({group.ess_count} ESS, {group.non_ess_count} hors ESS)</font>",
            "h2",
        )
        heading.keepWithNext = True
        header = ["Acteur", "ESS", "Rôle dans la filière", "Commune"]
        widths = [150, 32, 213, 100]
        if not anonymised:
            header.append("Contact")
            widths = [118, 28, 140, 74, 135]
        rows: list[list[Any]] = [[self.para(h, "head") for h in header]]
        for actor in group.actors:
            name = (
                f"<b>{self.m(actor.name)}</b><br/>"
                f'<font size="7.5" color="{palette.MUTED}">{actor.category.label}</font>'
            )
            role = self.m(actor.role, CELL_LIMIT)
            extra = []
            if actor.levers:
                extra.append("Leviers : " + ", ".join(self.m(c) for c in actor.levers))
            if actor.notes:
                extra.append(self.m(actor.notes, CELL_LIMIT))
            if extra:
                role += (
                    "<br/>" if role else ""
                ) + f'<font size="7.5" color="{palette.MUTED}">{"<br/>".join(extra)}</font>'
            row = [
                self.para(name, "cell"),
                "Oui" if actor.ess else "Non",
                self.para(role, "cell") if role else "—",
                self.cell(actor.commune, widths[3]),
            ]
            if not anonymised:
                email = actor.email if self.emails else ""
                contact = "\n".join(v for v in (actor.contact, email, actor.phone) if v)
                row.append(self.cell(contact, widths[4]))
            rows.append(row)
        table = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(self._table_style(len(rows)))
        return [heading, table]

    def _actions(self) -> list[Flowable]:
        actions = self.report.actions
        story = self._h1("plan", "Plan d'action")
        if not actions:
            story.append(self.para("Le plan d'action est vide."))
            return story
        story.append(
            self.para(
                f"{plural(len(actions), 'action')}, par date de début, pour un budget total de "
                f"<b>{euros(self.report.total_budget_cents)}</b>."
            )
        )
        header = ["Période", "Action", "Pilote, partenaires", "Budget", "Statut"]
        rows: list[list[Any]] = [
            [self.para(h, "head_right" if h == "Budget" else "head") for h in header]
        ]
        for action in actions:
            rows.append(self._action_row(action))
        rows.append(
            [
                self.para("", "cell"),
                self.para("<b>Total</b>", "cell"),
                self.para("", "cell"),
                self.para(f"<b>{euros(self.report.total_budget_cents)}</b>", "cell_right"),
                self.para("", "cell"),
            ]
        )
        table = LongTable(rows, colWidths=[66, 184, 105, 76, 64], repeatRows=1, splitInRow=1)
        table.setStyle(self._table_style(len(rows), total_row=True))
        table.setStyle(
            TableStyle(
                [("ALIGN", (3, 1), (3, -1), "RIGHT"), ("NOSPLIT", (0, len(rows) - 2), (-1, -1))]
            )
        )
        story.append(table)
        return story

    def _indicators(self) -> list[Flowable]:
        """Each indicator's course against its target: a table, then one small chart each
        (values by date, baseline and target dashed); nothing without indicators."""
        from essdesk.domain.indicator_course import format_progress, format_quantity

        found = self.report.indicators
        if not found:
            return []
        header = ["Indicateur", "Départ", "Dernière valeur", "Cible", "Avancement"]
        rows: list[list[Any]] = [
            [self.para(h, "head" if i == 0 else "head_right") for i, h in enumerate(header)]
        ]
        for c in found:
            text = f"<b>{self.m(c.name)}</b>" + (f" ({self.m(c.unit)})" if c.unit else "")
            if c.link:
                text += f'<br/><font size="7.5" color="{palette.MUTED}">Suit : {self.m(c.link)}</font>'
            latest = format_quantity(c.latest)
            if c.points:
                latest += f'<br/><font size="7.5" color="{palette.MUTED}">{c.points[-1][0]:%d/%m/%Y}</font>'
            rows.append([
                self.para(text, "cell"),
                self.para(self.m(format_quantity(c.baseline)), "cell_right"),
                self.para(latest, "cell_right"),
                self.para(self.m(format_quantity(c.target)), "cell_right"),
                self.para(f"<b>{format_progress(c.progress())}</b>", "cell_right"),
            ])
        table = LongTable(rows, colWidths=[CONTENT_WIDTH - 4 * 76, 76, 76, 76, 76], repeatRows=1,
                          splitInRow=1)
        table.setStyle(self._table_style(len(rows)))
        half = CONTENT_WIDTH / 2 - 6
        drawings = [charts.indicator_course(c, width=half, font=FONT, bold=FONT_BOLD) for c in found]
        grid = [drawings[i:i + 2] + [Spacer(1, 1)] * (2 - len(drawings[i:i + 2]))
                for i in range(0, len(drawings), 2)]
        plots = Table(grid, colWidths=[half + 6, half + 6])
        plots.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        return [*self._h1("indicateurs", "Indicateurs"),
                self.para("Chaque indicateur d'impact, de sa valeur de départ vers sa cible : "
                          "l'avancement est la part du chemin parcourue par la dernière valeur "
                          "mesurée.", "muted"),
                Spacer(1, 6), table, Spacer(1, 10), plots]

    def _action_row(self, action: ActionRow) -> list[Paragraph]:
        period = short_date(action.start)
        if action.end and action.end != action.start:
            period += f"\n→ {short_date(action.end)}"
        if not action.start and not action.end:
            period = "non daté"
        text = f"<b>{self.m(action.title)}</b>"
        details = []
        if action.levers:
            details.append("Leviers : " + ", ".join(self.m(c) for c in action.levers))
        if action.indicator:
            details.append("Indicateur : " + self.m(action.indicator, CELL_LIMIT))
        if action.funding:
            details.append("Financement : " + self.m(action.funding))
        if action.notes:
            details.append(self.m(action.notes, CELL_LIMIT))
        if details:
            text += (
                f'<br/><font size="7.5" color="{palette.MUTED}">'
                + "<br/>".join(details)
                + "</font>"
            )
        people = self.m(action.pilot) or "—"
        if action.partners:
            people += (
                f'<br/><font size="7.5" color="{palette.MUTED}">'
                + ", ".join(self.m(p) for p in action.partners)
                + "</font>"
            )
        status = self._badge(action.status.label, ACTION_COLOURS[action.status])
        status += f"<br/>priorité {action.priority.label.lower()}"
        return [
            period,
            self.para(text, "cell"),
            self.para(people, "cell"),
            euros(action.budget_cents),
            self.para(status, "cell"),
        ]

    def _workshops(self) -> list[Flowable]:
        workshops = self.report.workshops
        story = self._h1("ateliers", "Ateliers")
        if not workshops:
            return [*story, self.para("Aucun atelier n'a encore été tenu.")]
        story.append(
            self.para(f"{plural(len(workshops), 'atelier')}, du plus ancien au plus récent.")
        )
        for workshop in workshops:
            story += self._workshop(workshop)
        return story

    def _workshop(self, workshop: WorkshopRow) -> list[Flowable]:
        title = f"Atelier du {long_date(workshop.date)}" if workshop.date else "Atelier non daté"
        if workshop.place:
            title += f" — {workshop.place}"
        heading = self.para(self.m(title), "h2")
        heading.keepWithNext = True
        facts = []
        if workshop.steps:
            facts.append(f"{self.report.parts_word} abordé{'es' if self.report.words.feminine else 's'} : "
                         + ", ".join(str(n) for n in workshop.steps))
        facts.append(plural(workshop.participant_count, "participant"))
        story: list[Flowable] = [
            CondPageBreak(80),
            heading,
            self.para("\u2003·\u2003".join(facts), "meta"),
        ]
        if workshop.participants:
            if self.report.identity.anonymised:
                label = "Organisations représentées"
                people = [f"{self.m(name)} ({count})" for name, count in workshop.organisations]
            else:
                label = "Participants"
                people = [
                    self.m(p.name) + (f" ({self.m(p.organisation)})" if p.organisation else "")
                    for p in workshop.participants
                ]
            story += [self.para(label, "label"), self.para(" ; ".join(people), "small")]
        if workshop.decisions:
            story += [self.para("Décisions", "label"), *self._text_block(workshop.decisions)]
        if workshop.notes:
            story += [self.para("Notes", "label"), *self._text_block(workshop.notes)]
        if workshop.votes:
            story.append(self.para("Votes (points par levier)", "label"))
            story += [
                self.para(f"<b>{v.dots}</b>\u2002{self.m(v.code)} {self.m(v.label)}", "small")
                for v in workshop.votes
            ]
        story.append(HRFlowable(width="100%", thickness=0.4, color=GRID, spaceBefore=8))
        return story

    def _recommendations(self, found: Advice) -> list[Flowable]:
        story = self._h1("recommandations", "Recommandations")
        story.append(self.para(self.m(found.summary, CELL_LIMIT)))
        if found.recommendations:
            story.append(
                self.para(
                    f"Traiter en premier les {self.report.words.levers} de priorité haute, dans l'ordre "
                    f"des {self.report.words.parts} :"
                )
            )
            for lever, text in found.recommendations:
                story.append(
                    self.para(
                        f"•\u2002<b>{self.m(lever.code)} {self.m(lever.label, CELL_LIMIT)}</b> "
                        f'<font color="{palette.MUTED}">({self.report.words.part} {lever.step}, '
                        f"{lever.status_label.lower()})</font> : {self.m(text, CELL_LIMIT)}",
                        "item",
                    )
                )
            if found.more_levers:
                words = self.report.words
                more = plural(found.more_levers, f"autre {words.lever} de priorité haute",
                              f"autres {words.levers} de priorité haute")
                story.append(self.para(f"… et {more} : voir « Leviers prioritaires ».", "item"))
        else:
            story.append(
                self.para(
                    "Aucun levier de priorité haute n'est en attente : choisir au "
                    "prochain atelier les leviers sur lesquels porter l'effort."
                )
            )
        if found.to_assess:
            story.append(self.para(self.m(found.to_assess, CELL_LIMIT)))
        return story

    def _follow_ups(self, found: Advice) -> list[Flowable]:
        story = self._h1("suites", "Suites proposées")
        if not found.follow_ups:
            story.append(
                self.para(
                    "Aucune action du plan n'est en attente : définir avec le "
                    "collectif les prochaines actions à partir des "
                    "recommandations."
                )
            )
        else:
            count = len(found.follow_ups) + found.more_actions
            story.append(
                self.para(
                    f"{plural(count, 'action')} du plan {'reste' if count == 1 else 'restent'} à "
                    "mener, par date de début :"
                )
            )
            rows: list[list[Any]] = [
                [self.para(h, "head") for h in ("Période", "Action", "Pilote", "Statut")]
            ]
            for action, late in found.follow_ups:
                period = self._action_row(action)[0]
                status = self._badge(action.status.label, ACTION_COLOURS[action.status])
                if late:
                    status += f'<br/><font color="{palette.ALERT}">en retard</font>'
                rows.append(
                    [
                        period,
                        self.para(f"<b>{self.m(action.title)}</b>", "cell"),
                        self.para(self.m(action.pilot) or "à désigner", "cell"),
                        self.para(status, "cell"),
                    ]
                )
            table = LongTable(rows, colWidths=[70, 255, 100, 70], repeatRows=1, splitInRow=1)
            table.setStyle(self._table_style(len(rows)))
            story.append(table)
            if found.more_actions:
                more = plural(found.more_actions, "autre action", "autres actions")
                story.append(self.para(f"… et {more} : voir « Plan d'action ».", "muted"))
        if found.without_pilot:
            names = " ; ".join(f"« {self.m(t)} »" for t in found.without_pilot[:8])
            if len(found.without_pilot) > 8:
                names += f" et {plural(len(found.without_pilot) - 8, 'autre')}"
            story += [Spacer(1, 6), self.para(f"Désigner un pilote pour : {names}.")]
        story += [
            Spacer(1, 6),
            self.para(
                "Prochain rendez-vous : faire le point en atelier sur ces actions et sur les "
                f"{self.report.words.levers} de priorité haute, puis mettre à jour le diagnostic dans essdesk avant le prochain "
                "rapport.",
                "muted",
            ),
        ]
        return story


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it fits in `width` points."""
    # No glyph is narrower than a fifth of the size: beyond that many, nothing fits.
    text = text[: int(width / (size * 0.2)) + 1]
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
