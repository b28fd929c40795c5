"""The live dot-vote chart: one horizontal bar per lever, drawn with QPainter.

Readable from the back of a room when large (text follows the widget's height), usable as a
small chart in the vote dialog. Clicking a bar emits `leverClicked(lever_id, +1)`, a right
click `(lever_id, -1)`: votes can be entered with the mouse on the chart itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from essdesk.ui.textfit import two_lines

INK = QColor("#0d2227")
MUTED = QColor("#4a5e62")
BAR = QColor("#0f6e6e")
TOP = QColor("#c25e00")
TRACK = QColor("#e6eded")
FOCUS = QColor("#1d6fb8")


@dataclass(frozen=True, slots=True)
class VoteBar:
    lever_id: int
    code: str
    label: str
    dots: int


class VoteChart(QWidget):
    leverClicked = Signal(int, int)  # lever id, +1 or -1

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 12, large: bool = False) -> None:
        super().__init__(parent)
        self.bars: list[VoteBar] = []
        self.current: int | None = None
        self.max_rows = max_rows
        self.large = large
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hot: list[tuple[QRectF, int]] = []
        self.empty_text = self.tr("Aucun vote pour l'instant")

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def set_bars(self, bars: list[VoteBar], current: int | None = None) -> None:
        """Bars in the order to draw (most voted first); `current` is framed."""
        self.bars = bars
        self.current = current
        self.setAccessibleDescription("; ".join(f"{b.code} : {b.dots}" for b in bars))
        self.update()

    def visible_bars(self) -> list[VoteBar]:
        shown = self.bars[: self.max_rows]
        if self.current is not None and all(b.lever_id != self.current for b in shown):
            extra = [b for b in self.bars if b.lever_id == self.current]
            shown = shown[: self.max_rows - 1] + extra
        return shown

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hot = []
        bars = self.visible_bars()
        w, h = self.width(), self.height()
        if not bars or all(b.dots == 0 for b in bars) and self.current is None:
            font = QFont(self.font())
            font.setPixelSize(max(int(h / 12), 14) if self.large else max(self.font().pixelSize(), 13))
            p.setFont(font)
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        rows = max(len(bars), 5 if self.large else 3)
        row_h = h / rows
        font = QFont(self.font())
        size = row_h * 0.42 if self.large else min(row_h * 0.5, QFontMetricsF(self.font()).height() * 1.1)
        font.setPixelSize(max(int(size), 11))  # in a dialog: the dialog's text size, not more
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetricsF(font)
        bfm = QFontMetricsF(bold)
        top = max((b.dots for b in bars), default=0) or 1
        code_w = max(bfm.horizontalAdvance(b.code) for b in bars) + fm.height() * 0.6
        label_w = w * (0.5 if self.large else 0.46)  # labels on two lines need the room
        count_w = bfm.horizontalAdvance("000") + fm.height() * 0.5
        bar_x = code_w + label_w + fm.height() * 0.4
        bar_room = max(w - bar_x - count_w, 20)
        ranked = sorted((b.dots for b in self.bars if b.dots > 0), reverse=True)
        podium = ranked[2] if len(ranked) >= 3 else (ranked[-1] if ranked else 1)
        for i, b in enumerate(bars):
            y = i * row_h
            mid = y + row_h / 2
            text_rect = QRectF(0, y, code_w, row_h)
            p.setFont(bold)
            p.setPen(INK)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, b.code)
            p.setPen(INK if self.large else MUTED)
            self._draw_label(p, font, QRectF(code_w, y, label_w, row_h), b.label)
            bar_h = row_h * 0.62
            track = QRectF(bar_x, mid - bar_h / 2, bar_room, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 4, 4)
            length = bar_room * b.dots / top
            if b.dots:
                p.setBrush(TOP if b.dots >= podium and b.dots > 0 else BAR)
                p.drawRoundedRect(QRectF(bar_x, mid - bar_h / 2, max(length, 6), bar_h), 4, 4)
            p.setFont(bold)
            p.setPen(INK)
            p.drawText(QRectF(bar_x + max(length, 6) + fm.height() * 0.25, y, count_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(b.dots))
            if b.lever_id == self.current:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(FOCUS, max(row_h * 0.06, 2)))
                p.drawRoundedRect(QRectF(1, y + 1, w - 2, row_h - 2), 6, 6)
            self._hot.append((QRectF(0, y, w, row_h), b.lever_id))

    @staticmethod
    def _draw_label(p: QPainter, font: QFont, rect: QRectF, text: str) -> None:
        """One line when it fits; else two lines in a font that fits two in the row (a long
        label stays whole wherever two lines hold it); "…" only past the second line."""
        fm = QFontMetricsF(font)
        text = " ".join(text.split())
        if fm.horizontalAdvance(text) <= rect.width():
            p.setFont(font)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
            return
        small = QFont(font)
        small.setPixelSize(max(min(font.pixelSize(), int(rect.height() / 2.5)), 9))
        p.setFont(small)
        lines = two_lines(QFontMetricsF(small), text, rect.width())
        p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))

    def mousePressEvent(self, event) -> None:
        for rect, lever_id in self._hot:
            if rect.contains(event.position()):
                delta = -1 if event.button() == Qt.MouseButton.RightButton else +1
                self.leverClicked.emit(lever_id, delta)
                return
        super().mousePressEvent(event)

