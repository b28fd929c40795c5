"""Fitting a lever's label in the room a screen gives it: whole words, "…" only when needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF


def two_lines(fm: QFontMetricsF, text: str, width: float) -> list[str]:
    """`text` on at most two lines of `width`: words kept whole, "…" ends a cut second line."""
    words = " ".join(text.split()).split(" ")
    first: list[str] = []
    while words and fm.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one word wider than the line
        return [fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    if not rest:
        return [" ".join(first)]
    return [" ".join(first), fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def fit_lines(fm: QFontMetricsF, text: str, width: float, lines: int) -> str:
    """`text` shortened to what `lines` (1 or 2) lines of `width` hold, as one string."""
    text = " ".join(text.split())
    if lines <= 1:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return " ".join(two_lines(fm, text, width))
