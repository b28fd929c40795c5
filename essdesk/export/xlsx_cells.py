"""Writing user text into an XlsxWriter cell so that it reads back exactly as typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the comparison and consolidation modules import XlsxWriter only to write
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet


def looks_like_rich_text(text: str) -> bool:
    """XlsxWriter writes a string that starts with <r> and ends with </r> as raw rich-text
    XML (that is how it stores the runs of write_rich_string): a note such as
    « <r>a & b</r> » would make the workbook unreadable, or lose its text."""
    return text.startswith("<r>") and text.endswith("</r>")


def write_text(ws: Worksheet, row: int, col: int, text: str, cell_format: Format | None = None) -> None:
    """`text` as a text cell (0-based row and column)."""
    if looks_like_rich_text(text):
        # Three plain runs (write_rich_string needs more than two fragments, none empty):
        # XlsxWriter escapes each one, and every reader joins the runs back into the text.
        runs = (text[0], text[1], text[2:])
        ws.write_rich_string(row, col, *runs, *([cell_format] if cell_format else []))
    else:
        ws.write_string(row, col, text, cell_format)
