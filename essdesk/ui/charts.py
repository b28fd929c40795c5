"""Maturity charts drawn with QPainter: a radar over the parts of the method and per-part bars.

Both are clickable: clicking a step's axis or bar emits `stepClicked(number)`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from essdesk.domain import palette
from essdesk.domain.scoring import format_percent

PRIMARY = QColor(palette.PRIMARY)
PRIMARY_FILL = QColor(PRIMARY.red(), PRIMARY.green(), PRIMARY.blue(), 70)
COMPLETION = QColor(palette.SECONDARY)
GRID = QColor(palette.GRID)
BEFORE = QColor("#b4572e")  # an earlier jalon, drawn dashed under today's polygon


class RadarChart(QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[int, str, float | None]] = []  # (number, short title, maturity)
        self.before: list[float | None] | None = None  # the same steps at an earlier jalon
        self.word = "Étape"  # what the referential calls a part, shown on a narrow card
        self.setMinimumSize(260, 300)  # two charts side by side in a 1024 px window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._hot: list[tuple[QRectF, int]] = []

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def set_values(self, values: list[tuple[int, str, float | None]],
                   before: list[float | None] | None = None) -> None:
        """Maturity per step; with `before`, a second (dashed) polygon: where it was."""
        self.values = values
        self.before = before
        described = [f"{n} {t} {format_percent(v)}" for n, t, v in values]
        if before is not None:
            described = [f"{d} ({format_percent(b)})" for d, b in zip(described, before, strict=True)]
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def _point(self, centre: QPointF, radius: float, i: int, fraction: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(self.values), 1)
        return QPointF(centre.x() + radius * fraction * math.cos(angle),
                       centre.y() + radius * fraction * math.sin(angle))

    def paintEvent(self, _event) -> None:
        if not self.values:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        by_height = self.height() / 2 - fm.height() * 2.2

        def width_radius(names: list[str]) -> float:
            widest = max((bfm.horizontalAdvance(name) for name in names), default=80)
            return self.width() / 2 - (widest * 0.75 + 12)

        # Full names when they leave room for the chart; on a narrow card (a 1024×768
        # projector) "Étape N", as in the PDF: the bars beside it name each step.
        names = [f"{n}. {t}" for n, t, _v in self.values]
        if width_radius(names) < 0.75 * by_height:
            names = [self.tr("%1 %2").replace("%1", self.word).replace("%2", str(n))
                     for n, _t, _v in self.values]
        radius = max(min(width_radius(names), by_height), 40)
        centre = QPointF(self.width() / 2, self.height() / 2 + fm.height() * 0.3)
        n = len(self.values)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(GRID, 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            p.drawPolygon(QPolygonF([self._point(centre, radius, i, ring) for i in range(n)]))
        for i in range(n):
            p.drawLine(centre, self._point(centre, radius, i, 1.0))
        small = QFont(p.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        p.setFont(small)
        p.setPen(QColor("#7a8a8a"))
        for ring in (0.5, 1.0):
            pt = self._point(centre, radius, 0, ring)
            p.drawText(QPointF(pt.x() + 4, pt.y() + fm.ascent() * 0.8), f"{int(ring * 100)}\u202f%")
        p.setFont(self.font())
        if self.before is not None:
            earlier = QPolygonF([self._point(centre, radius, i, (v or 0) / 100) for i, v in enumerate(self.before)])
            p.setPen(QPen(BEFORE, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(earlier)
        poly = QPolygonF([self._point(centre, radius, i, (v or 0) / 100) for i, (_n, _t, v) in enumerate(self.values)])
        path = QPainterPath()
        path.addPolygon(poly)
        path.closeSubpath()
        p.fillPath(path, PRIMARY_FILL)
        p.setPen(QPen(PRIMARY, 2.5))
        p.drawPath(path)
        p.setBrush(PRIMARY)
        for pt in poly:
            p.drawEllipse(pt, 3.5, 3.5)
        self._hot = []
        for i, (number, _title, value) in enumerate(self.values):
            anchor = self._point(centre, radius + fm.height() * 0.9, i, 1.0)
            lines = [names[i], format_percent(value)]
            width = max(bfm.horizontalAdvance(lines[0]), fm.horizontalAdvance(lines[1])) + 8
            height = fm.height() * 2
            dx = anchor.x() - centre.x()
            if abs(dx) < 5:
                x = anchor.x() - width / 2
            elif dx > 0:
                x = anchor.x()
            else:
                x = anchor.x() - width
            x = min(max(x, 2), self.width() - width - 2)
            y = anchor.y() - height / 2
            if anchor.y() < centre.y() - radius * 0.9:
                y = anchor.y() - height + fm.height() * 0.3
            rect = QRectF(x, y, width, height)
            self._hot.append((rect, number))
            p.setFont(bold)
            p.setPen(text_color)
            # TextDontClip: the accent of "É" rises above the line box and must not be cut.
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip
            p.drawText(QRectF(x, y, width, fm.height()), flags, lines[0])
            p.setFont(self.font())
            p.setPen(PRIMARY)
            p.drawText(QRectF(x, y + fm.height(), width, fm.height()), flags, lines[1])
        p.end()

    def mouseReleaseEvent(self, event) -> None:
        for rect, number in self._hot:
            if rect.adjusted(-6, -6, 6, 6).contains(event.position()):
                self.stepClicked.emit(number)
                return
        super().mouseReleaseEvent(event)


class StepBars(QWidget):
    """One row per step: maturity bar (teal) and completion bar (amber)."""

    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[int, str, float | None, float | None]] = []
        self.word = "Étape"
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_values(self, values: list[tuple[int, str, float | None, float | None]]) -> None:
        self.values = values
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 2.6

    def sizeHint(self) -> QSize:
        return QSize(420, int(self._row_height() * max(len(self.values), 1) + self.fontMetrics().height() * 2))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        row_h = self._row_height()
        value_w = fm.horizontalAdvance("100 %") + 12
        # + 16: the label is elided to label_w - 12, which must leave the widest one whole.
        wanted = max((fm.horizontalAdvance(f"{n}. {t}") for n, t, *_ in self.values), default=100) + 16
        # A narrow card (1024 px window) puts each step's name above its bars, whole,
        # rather than cutting it beside them.
        stacked = wanted > self.width() * 0.45
        label_w = 0 if stacked else wanted
        bar_w = max(self.width() - label_w - value_w, 40)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        bar_h = fm.height() * 0.55
        for i, (number, title, maturity, completion) in enumerate(self.values):
            y = i * row_h
            p.setPen(text_color)
            name = f"{number}. {title}"
            if stacked:
                label = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(self.width()))
                p.drawText(QRectF(0, y, self.width(), fm.height()), Qt.AlignmentFlag.AlignVCenter, label)
                bars_top = y + fm.height() + 2
            else:
                label = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 12))
                p.drawText(QRectF(0, y, label_w, row_h * 0.6), Qt.AlignmentFlag.AlignVCenter, label)
                bars_top = y + row_h * 0.15
            for k, (value, colour) in enumerate(((maturity, PRIMARY), (completion, COMPLETION))):
                top = bars_top + k * (bar_h + 3)
                back = QRectF(label_w, top, bar_w, bar_h)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#e8eeee"))
                p.drawRoundedRect(back, 3, 3)
                if value:
                    p.setBrush(colour)
                    p.drawRoundedRect(QRectF(label_w, top, bar_w * value / 100, bar_h), 3, 3)
            p.setPen(PRIMARY)
            p.drawText(QRectF(label_w + bar_w + 6, bars_top - bar_h * 0.5, value_w, bar_h * 2 + 3),
                       Qt.AlignmentFlag.AlignVCenter, format_percent(maturity))
        y = len(self.values) * row_h + 4
        legend = ((self.tr("Maturité"), PRIMARY), (self.tr("Complétude"), COMPLETION))
        # Under the bars when both entries fit there, else from the left edge: never cut.
        needed = sum(fm.horizontalAdvance(text) + 40 for text, _c in legend)
        start = label_w if label_w + needed <= self.width() else 0
        for k, (text, colour) in enumerate(legend):
            x = start + k * (fm.horizontalAdvance(legend[0][0]) + 40)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y + fm.height() * 0.25, 14, fm.height() * 0.5), 2, 2)
            p.setPen(text_color)
            p.drawText(QPointF(x + 20, y + fm.ascent()), text)
        p.end()

    def mouseReleaseEvent(self, event) -> None:
        index = int(event.position().y() // self._row_height())
        if 0 <= index < len(self.values):
            self.stepClicked.emit(self.values[index][0])


class EvolutionChart(QWidget):
    """Maturity per step (and overall, thicker) across the jalons, then today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []
        self.setMinimumSize(300, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_series(self, points: list[str], series: list[tuple[str, list[float | None]]]) -> None:
        self.points, self.series = points, series
        self.setAccessibleDescription("; ".join(
            f"{name} : " + ", ".join(format_percent(v) for v in values) for name, values in series))
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.points:
            return
        from essdesk.export.report import STEP_COLOURS  # plain strings; no export library

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        legend_w = max(fm.horizontalAdvance(name) for name, _v in self.series) + 30
        left = fm.horizontalAdvance("100 %") + 8
        top, bottom = fm.height() * 0.6, fm.height() * 2.4
        plot_w = max(self.width() - left - legend_w - 12, 40)
        plot_h = max(self.height() - top - bottom, 40)
        step = plot_w / max(len(self.points) - 1, 1)

        def x(i: int) -> float:
            return left + (i * step if len(self.points) > 1 else plot_w / 2)

        def y(value: float) -> float:
            return top + plot_h * (1 - value / 100)

        for ring in (0, 25, 50, 75, 100):
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y(ring)), QPointF(left + plot_w, y(ring)))
            p.setPen(QColor("#7a8a8a"))
            p.drawText(QRectF(0, y(ring) - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{ring}\u202f%")
        p.setPen(text_color)
        for i, name in enumerate(self.points):
            room = int(step * (0.95 if i in (0, len(self.points) - 1) else 1.8)) if len(self.points) > 1 else int(plot_w)
            label = fm.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 30))
            width = fm.horizontalAdvance(label)
            lx = x(i) - width / 2
            if len(self.points) > 1 and i == 0:
                lx = x(i)
            elif len(self.points) > 1 and i == len(self.points) - 1:
                lx = x(i) - width
            p.drawText(QPointF(lx, top + plot_h + fm.height() * (1.1 + (i % 2))), label)
        for index, (name, values) in enumerate(self.series):
            overall = index == len(self.series) - 1
            colour = text_color if overall else QColor(STEP_COLOURS[index % len(STEP_COLOURS)])
            p.setPen(QPen(colour, 3 if overall else 1.6))
            previous: QPointF | None = None
            for i, value in enumerate(values):
                if value is None:
                    previous = None
                    continue
                here = QPointF(x(i), y(value))
                if previous is not None:
                    p.drawLine(previous, here)
                p.setBrush(colour)
                p.drawEllipse(here, 2.5, 2.5)
                previous = here
            ly = top + index * fm.height() * 1.15
            lx = left + plot_w + 14
            p.drawLine(QPointF(lx, ly + fm.height() / 2), QPointF(lx + 16, ly + fm.height() / 2))
            p.setPen(text_color)
            p.drawText(QPointF(lx + 22, ly + fm.ascent()), name)
        p.end()
