"""Vector charts of the PDF report (reportlab graphics), drawn from plain numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent

INK = colors.HexColor(palette.INK)
ACCENT = colors.HexColor(palette.PRIMARY)
#: Completion, as on the app's dashboard.
ACCENT_LIGHT = colors.HexColor(palette.SECONDARY)
GRID = colors.HexColor(palette.GRID)
TRACK = colors.HexColor(palette.TRACK)
MUTED = colors.HexColor(palette.MUTED)


def radar(
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    size: float = 220,
    font: str = "Helvetica",
    bold: str = "Helvetica-Bold",
) -> Drawing:
    """A radar of percentages (0–100) per axis; None is drawn at the centre."""
    width, height = size * 1.25, size
    drawing = Drawing(width, height)
    cx, cy = width / 2, height / 2
    radius = size / 2 - 22
    count = len(labels)

    def point(index: int, fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    for ring in (0.25, 0.5, 0.75, 1.0):
        ring_points = [coord for i in range(count) for coord in point(i, ring)]
        drawing.add(Polygon(ring_points, strokeColor=GRID, strokeWidth=0.6, fillColor=None))
        x, y = point(0, ring)
        drawing.add(String(x + 3, y - 3, f"{int(ring * 100)}\u202f%", fontName=font,
                           fontSize=6, fillColor=MUTED))
    for index, label in enumerate(labels):
        x, y = point(index, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.6))
        lx, ly = point(index, 1.13)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        drawing.add(String(lx, ly - 3, label, fontName=bold, fontSize=8, fillColor=INK,
                           textAnchor=anchor))
    shape = [coord for i, v in enumerate(values) for coord in point(i, (v or 0) / 100)]
    fill = colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.28)
    drawing.add(Polygon(shape, strokeColor=ACCENT, strokeWidth=1.6, fillColor=fill))
    for i, v in enumerate(values):
        x, y = point(i, (v or 0) / 100)
        drawing.add(Rect(x - 2, y - 2, 4, 4, fillColor=ACCENT, strokeColor=colors.white,
                         strokeWidth=0.5))
    return drawing


def step_bars(
    rows: Sequence[tuple[str, float | None, float | None]],
    *,
    width: float,
    font: str = "Helvetica",
    bold: str = "Helvetica-Bold",
) -> Drawing:
    """Per step: a maturity bar and a thinner completion bar, with their percentages."""
    row_height = 24
    label_width = max(stringWidth(label, bold, 8) for label, _, _ in rows) + 8
    value_width = 78
    track = width - label_width - value_width
    height = row_height * len(rows) + 22
    drawing = Drawing(width, height)
    for index, (label, maturity, completion) in enumerate(rows):
        y = height - 22 - (index + 1) * row_height + 6
        drawing.add(String(0, y + 5, label, fontName=bold, fontSize=8, fillColor=INK))
        drawing.add(Rect(label_width, y + 3, track, 9, fillColor=TRACK, strokeColor=None))
        drawing.add(Rect(label_width, y + 3, track * (maturity or 0) / 100, 9,
                         fillColor=ACCENT, strokeColor=None))
        drawing.add(Rect(label_width, y - 2, track * (completion or 0) / 100, 3,
                         fillColor=ACCENT_LIGHT, strokeColor=None))
        text = f"{format_percent(maturity)} · {format_percent(completion)}"
        drawing.add(String(width, y + 4, text, fontName=font, fontSize=8, fillColor=INK,
                           textAnchor="end"))
    legend_y = height - 10
    drawing.add(Rect(label_width, legend_y, 10, 7, fillColor=ACCENT, strokeColor=None))
    drawing.add(String(label_width + 14, legend_y + 1, "Maturité", fontName=font, fontSize=7.5,
                       fillColor=MUTED))
    drawing.add(Rect(label_width + 70, legend_y + 2, 10, 3, fillColor=ACCENT_LIGHT,
                     strokeColor=None))
    drawing.add(String(label_width + 84, legend_y + 1, "Complétude (leviers évalués)",
                       fontName=font, fontSize=7.5, fillColor=MUTED))
    return drawing
