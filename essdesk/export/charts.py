"""Vector charts of the PDF report (reportlab graphics), drawn from plain numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent
from essdesk.export.report import STEP_COLOURS

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
    font: str = "DejaVuSans",
    bold: str = "DejaVuSans-Bold",
) -> Drawing:
    """A radar of percentages (0–100) per axis; None is drawn at the centre.

    A label may hold several lines ("\\n"): they stack away from the radar, so that long
    step names stay readable beside their axis."""
    label_size, line = 6.8, 8.0
    width, height = size * 1.5, size
    drawing = Drawing(width, height, initialFontName=font)
    cx, cy = width / 2, height / 2
    tallest = max((label.count("\n") + 1 for label in labels), default=1)
    radius = size / 2 - 8 - line * min(tallest, 3)
    count = len(labels)

    def point(index: int, fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    for ring in (0.25, 0.5, 0.75, 1.0):
        ring_points = [coord for i in range(count) for coord in point(i, ring)]
        drawing.add(Polygon(ring_points, strokeColor=GRID, strokeWidth=0.6, fillColor=None))
        x, y = point(0, ring)
        drawing.add(String(x + 3, y - 3, f"{int(ring * 100)}\u00a0%", fontName=font,
                           fontSize=6, fillColor=MUTED))
    for index, label in enumerate(labels):
        x, y = point(index, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.6))
        lx, ly = point(index, 1.07)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        lines = label.split("\n")
        block = line * len(lines)
        if ly > cy + radius * 0.5:  # above: the block ends at the axis
            top = ly + block - 1
        elif ly < cy - radius * 0.5:  # below: the block starts at the axis
            top = ly + 1
        else:  # beside: centred on the axis
            top = ly + block / 2
        for number, text in enumerate(lines):
            drawing.add(String(lx, top - line * (number + 1) + 1.5, text, fontName=bold,
                               fontSize=label_size, fillColor=INK, textAnchor=anchor))
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
    font: str = "DejaVuSans",
    bold: str = "DejaVuSans-Bold",
) -> Drawing:
    """Per step: a maturity bar and a thinner completion bar, with their percentages."""
    row_height = 24
    label_width = max(stringWidth(label, bold, 8) for label, _, _ in rows) + 6
    value_width = stringWidth("100\u202f% · 100\u202f%", font, 7.5) + 4
    track = width - label_width - value_width
    height = row_height * len(rows) + 26
    drawing = Drawing(width, height, initialFontName=font)
    for index, (label, maturity, completion) in enumerate(rows):
        y = height - 26 - (index + 1) * row_height + 6
        drawing.add(String(0, y + 5, label, fontName=bold, fontSize=8, fillColor=INK))
        drawing.add(Rect(label_width, y + 3, track, 9, fillColor=TRACK, strokeColor=None))
        drawing.add(Rect(label_width, y + 3, track * (maturity or 0) / 100, 9,
                         fillColor=ACCENT, strokeColor=None))
        drawing.add(Rect(label_width, y - 2, track * (completion or 0) / 100, 3,
                         fillColor=ACCENT_LIGHT, strokeColor=None))
        text = f"{format_percent(maturity)} · {format_percent(completion)}"
        drawing.add(String(width, y + 4, text, fontName=font, fontSize=7.5, fillColor=INK,
                           textAnchor="end"))
    # The legend on two lines: it fits beside a radar naming the steps.
    top = height - 9
    drawing.add(Rect(label_width, top, 10, 7, fillColor=ACCENT, strokeColor=None))
    drawing.add(String(label_width + 14, top + 1, "Maturité", fontName=font, fontSize=7.5,
                       fillColor=MUTED))
    drawing.add(Rect(label_width, top - 9, 10, 3, fillColor=ACCENT_LIGHT, strokeColor=None))
    drawing.add(String(label_width + 14, top - 10, "Complétude (leviers évalués)",
                       fontName=font, fontSize=7.5, fillColor=MUTED))
    return drawing


def evolution(
    points: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    width: float,
    height: float = 190,
    font: str = "Helvetica",
    bold: str = "Helvetica-Bold",
) -> Drawing:
    """Maturity (0–100 %) of each series across `points` (jalons, then today).

    The last series is drawn thicker, in ink (the overall maturity); a missing value (None)
    breaks its line.
    """
    legend_width = max(stringWidth(name, bold, 7) for name, _ in series) + 22
    left, bottom, top = 30, 30, 8
    plot_w = width - left - legend_width - 8
    plot_h = height - bottom - top
    drawing = Drawing(width, height)
    for ring in (0, 25, 50, 75, 100):
        y = bottom + plot_h * ring / 100
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(left - 4, y - 2.5, f"{ring}\u00a0%", fontName=font, fontSize=6.5,
                           fillColor=MUTED, textAnchor="end"))
    step = plot_w / max(len(points) - 1, 1)

    def x(i: int) -> float:
        return left + (i * step if len(points) > 1 else plot_w / 2)

    for i, name in enumerate(points):
        # Labels alternate between two lines: each may take nearly two steps; the first and
        # the last lean inwards so that none leaves the drawing.
        room = plot_w if len(points) == 1 else step * (0.95 if i in (0, len(points) - 1) else 1.8)
        label = name
        while len(label) > 4 and stringWidth(label, font, 6.5) > room:
            label = label[:-2] + "…"
        anchor = "middle" if len(points) == 1 else ("start" if i == 0 else "end" if i == len(points) - 1 else "middle")
        drawing.add(String(x(i), bottom - 11 - (i % 2) * 8, label, fontName=font, fontSize=6.5,
                           fillColor=INK, textAnchor=anchor))
    for index, (name, values) in enumerate(series):
        overall = index == len(series) - 1
        colour = INK if overall else colors.HexColor(STEP_COLOURS[index % len(STEP_COLOURS)])
        stroke = 2 if overall else 1
        previous = None
        for i, value in enumerate(values):
            if value is None:
                previous = None
                continue
            here = (x(i), bottom + plot_h * value / 100)
            if previous is not None:
                drawing.add(Line(*previous, *here, strokeColor=colour, strokeWidth=stroke))
            drawing.add(Rect(here[0] - 1.6, here[1] - 1.6, 3.2, 3.2, fillColor=colour, strokeColor=None))
            previous = here
        ly = height - top - 4 - index * 11
        lx = left + plot_w + 12
        drawing.add(Line(lx, ly + 2.5, lx + 12, ly + 2.5, strokeColor=colour, strokeWidth=stroke))
        drawing.add(String(lx + 16, ly, name, fontName=bold if overall else font, fontSize=7, fillColor=INK))
    return drawing


def indicator_course(
    course,
    *,
    width: float,
    height: float = 110,
    font: str = "Helvetica",
    bold: str = "Helvetica-Bold",
) -> Drawing:
    """One indicator (a `domain.indicator_course.Course`): its values by date as a line,
    the baseline and the target as dashed lines, its name and progress as the title."""
    from essdesk.domain.indicator_course import format_progress, format_quantity

    drawing = Drawing(width, height, initialFontName=font)  # no Helvetica left in the PDF
    progress = course.progress()
    title = course.name + (f" — {format_progress(progress)} de la cible" if progress is not None else "")
    while len(title) > 8 and stringWidth(title, bold, 7.5) > width:
        title = title[:-2] + "…"
    drawing.add(String(0, height - 9, title, fontName=bold, fontSize=7.5, fillColor=INK))
    levels = [v for _d, v in course.points] + [x for x in (course.baseline, course.target) if x is not None]
    if not course.points:
        drawing.add(String(0, height / 2, "Aucune valeur saisie.", fontName=font, fontSize=7,
                           fillColor=MUTED))
        return drawing
    low, high = min([*levels, 0.0]), max(levels)
    high = high if high > low else low + 1
    # Room for the longest axis label (a target of 10¹⁴ is 19 characters).
    left = max(stringWidth(format_quantity(v), font, 6.5) for v in (low, high)) + 8
    right, bottom, top = 30, 16, 16
    plot_w, plot_h = width - left - right, height - bottom - top
    first, last = course.points[0][0], course.points[-1][0]
    span = max((last - first).days, 1)

    def x(day) -> float:
        return left + (plot_w / 2 if first == last else plot_w * (day - first).days / span)

    def y(value: float) -> float:
        return bottom + plot_h * (value - low) / (high - low)

    drawing.add(Line(left, y(low), left + plot_w, y(low), strokeColor=GRID, strokeWidth=0.5))
    for value in (low, high):
        drawing.add(String(left - 4, y(value) - 2.5, format_quantity(value), fontName=font,
                           fontSize=6.5, fillColor=MUTED, textAnchor="end"))
    drawing.add(String(x(first), 4, f"{first:%d/%m/%Y}", fontName=font, fontSize=6.5,
                       fillColor=INK, textAnchor="middle" if first == last else "start"))
    if last != first:
        drawing.add(String(left + plot_w, 4, f"{last:%d/%m/%Y}", fontName=font, fontSize=6.5,
                           fillColor=INK, textAnchor="end"))
    for value, colour, name in ((course.target, ACCENT, "cible"),
                                (course.baseline, colors.HexColor(STEP_COLOURS[1]), "départ")):
        if value is not None:
            drawing.add(Line(left, y(value), left + plot_w, y(value), strokeColor=colour,
                             strokeWidth=0.8, strokeDashArray=[3, 2]))
            drawing.add(String(left + plot_w + 3, y(value) - 2.5, name, fontName=font,
                               fontSize=6.5, fillColor=colour))
    previous = None
    for day, value in course.points:
        here = (x(day), y(value))
        if previous is not None:
            drawing.add(Line(*previous, *here, strokeColor=INK, strokeWidth=1.4))
        drawing.add(Rect(here[0] - 1.8, here[1] - 1.8, 3.6, 3.6, fillColor=INK, strokeColor=None))
        previous = here
    return drawing
