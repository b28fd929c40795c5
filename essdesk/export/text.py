"""User text, made safe for each output format while staying exactly as typed.

Policy (the same for every export):
- Control characters (C0 except tab and line feed, DEL, C1, lone surrogates, U+FFFE/U+FFFF)
  are dropped; CR and CRLF become a line feed. Everything else is kept.
- Excel: text is always written as a text cell, never as a formula or an error value; text
  starting with = + - @ or a tab also gets Excel's "quote prefix", so that editing the cell
  later does not turn it into a formula either. Text longer than Excel's cell limit
  (32,767 UTF-16 units: an emoji counts two) is split: the cell says where the rest is
  (see xlsx.py). Text that looks like XlsxWriter's rich-text markup is written as text.
- PDF: < > & are escaped, so user text is never markup; line feeds become line breaks.
  Characters the embedded DejaVu Sans font cannot draw (rare scripts, emoji and anything
  beyond the Basic Multilingual Plane, whose text reportlab cannot map for copy/paste) are
  replaced by U+FFFD "�", visibly, rather than by an empty box or nothing at all.
  Text is NFC-normalised (a combining accent is drawn on its letter). French typography is
  kept on one line: the space inside a number ("110 500"), before € and %, after « and before
  » becomes a no-break space, so an amount or a quotation mark never ends up alone on a line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

#: What the PDF shows in place of a character the font cannot draw.
MISSING_GLYPH = "\ufffd"
#: Excel's limit on the length of one cell, in UTF-16 code units (see excel_length).
EXCEL_CELL_LIMIT = 32_767
#: Text starting with one of these is a formula (or DDE) trigger in spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """The text as typed, minus control characters, with line feeds as line ends."""
    if not text:
        return ""
    if text.isprintable():  # no control character, surrogate or line end: most fields, fast
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def abridged(text: str, limit: int) -> str:
    """`text` cut to about `limit` characters, saying so; unchanged when it fits.

    The PDF shows a field in a table cell or a title within bounds, whatever a file holds
    (a 200,000-character word made 478 pages, issue 14); the workbook keeps every text."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]} […] (texte abrégé : {len(text):,} caractères en tout)".replace(
        ",", "\u00a0"
    )


def paragraphs(text: str, size: int) -> list[str]:
    """`text`'s lines, each cut into pieces of at most `size` characters (at a space near the
    end when there is one). reportlab lays out a paragraph split over pages again on each
    page: one piece per paragraph keeps a very long line linear, not quadratic."""
    pieces = []
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(" ", size - size // 10, size)
            cut = size if cut < 0 else cut
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    return [piece for piece in pieces if piece.strip()]


def needs_quote_prefix(text: str) -> bool:
    """True when a spreadsheet would read this text as a formula if it were retyped."""
    return text.startswith(FORMULA_TRIGGERS)


def excel_length(text: str) -> int:
    """The length Excel counts: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def fits_in_excel(text: str, limit: int = EXCEL_CELL_LIMIT) -> bool:
    # No text of at most limit // 2 characters can exceed the limit: skip the encoding.
    return len(text) <= limit // 2 or excel_length(text) <= limit


def _excel_prefix(text: str, limit: int) -> str:
    """The longest start of `text` within `limit` UTF-16 units, never half a character."""
    piece = text[:limit]
    while (excess := excel_length(piece) - limit) > 0:
        piece = piece[: len(piece) - (excess + 1) // 2]
    while len(piece) < len(text) and excel_length(piece + text[len(piece)]) <= limit:
        piece += text[len(piece)]
    return piece


def split_for_excel(text: str, limit: int = EXCEL_CELL_LIMIT) -> list[str]:
    """`text` in pieces that each fit in an Excel cell (one piece when it fits)."""
    pieces = []
    while not fits_in_excel(text, limit):
        piece = _excel_prefix(text, limit)
        pieces.append(piece)
        text = text[len(piece) :]
    return [*pieces, text]


def fit_for_excel(text: str, room: int) -> str:
    """The start of `text` that takes at most `room` UTF-16 units."""
    return _excel_prefix(text, room)


class GlyphFilter:
    """Replaces the characters a font cannot draw by MISSING_GLYPH.

    A set of characters rather than a compiled character class: the class of DejaVu's
    ~5,900 characters took 3 ms to compile on every export, and nearly every text passes
    the one C-level `issuperset` test unchanged.
    """

    def __init__(self, codepoints: Iterable[int]) -> None:
        self._drawable = frozenset(map(chr, codepoints)) | {"\t", "\n"}

    def __call__(self, text: str) -> str:
        drawable = self._drawable
        if drawable.issuperset(text):
            return text
        return "".join(ch if ch in drawable else MISSING_GLYPH for ch in text)


#: Spaces a line must not break at: "110 500,50 €", "« laine »" (a narrow no-break space
#: too: reportlab breaks lines at U+202F).
_UNBREAKABLE = re.compile(
    r"(?<=\d)[ \u202f](?=\d{3}(?!\d)|[€%])|(?<=«)[ \u202f]|[ \u202f](?=[»:;!?])"
)


def unbreakable_spaces(text: str) -> str:
    """`text` with French no-break spaces where a line must not break (see above)."""
    return _UNBREAKABLE.sub("\u00a0", text)


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\t": "    ", "\n": "<br/>"})


def pdf_markup(text: str | None, glyphs: GlyphFilter | None = None) -> str:
    """reportlab Paragraph markup that shows `text` literally."""
    text = clean(text)
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if glyphs is not None:
            text = glyphs(text)
    if " " in text or "\u202f" in text:
        text = unbreakable_spaces(text)
    return text.translate(_ESCAPES)


def pdf_plain(text: str | None, glyphs: GlyphFilter | None = None) -> str:
    """Plain text for canvas drawString (no markup): cleaned, one line, glyph-checked."""
    text = clean(text).replace("\n", " ").replace("\t", " ")
    if text and not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if glyphs is not None:
            text = glyphs(text)
    return text


#: Month names for dates written out in the reports (« 4 décembre 2026 »).
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def long_date(value: dt.date | None) -> str:
    """« 1er juillet 2026 », « 14 novembre 2026 »; a dash when there is no date."""
    if value is None:
        return "—"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    return "—" if value is None else value.strftime("%d/%m/%Y")
