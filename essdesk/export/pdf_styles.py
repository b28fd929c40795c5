"""The paragraph styles the small PDF reports share (minutes, comparison, consolidation):
DejaVu Sans, the app's ink and accent colours. No Qt."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from essdesk.domain import palette
from essdesk.export.pdf import FONT, FONT_BOLD

INK = colors.HexColor(palette.INK)
ACCENT = colors.HexColor(palette.PRIMARY)
MUTED = colors.HexColor(palette.MUTED)


def report_styles(size: float = 10.0, title: float = 18.0) -> dict[str, ParagraphStyle]:
    """base, title, subtitle, h2 (kept with what follows), h3, cell, cellb, small, muted."""
    base = ParagraphStyle("base", fontName=FONT, fontSize=size, leading=size * 1.35,
                          textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=title,
                                leading=title * 1.22, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, textColor=MUTED),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=4, textColor=ACCENT,
                             keepWithNext=1),  # never a heading alone at the foot of a page
        "h3": ParagraphStyle("h3", base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3, textColor=INK, keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "cellb": ParagraphStyle("cellb", base, fontName=FONT_BOLD, fontSize=size - 1,
                                leading=(size - 1) * 1.28),
        "small": ParagraphStyle("small", base, fontSize=7, leading=8.5),
        "muted": ParagraphStyle("muted", base, fontSize=9, leading=12, textColor=MUTED),
    }
