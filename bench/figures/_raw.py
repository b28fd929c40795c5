"""The raw-library baselines, as whole processes: XlsxWriter, openpyxl or reportlab writing
the same content as essdesk's export, with nothing of essdesk imported.

    python bench/figures/_raw.py xlsx CELLS.json OUT.xlsx      # XlsxWriter (essdesk's writer)
    python bench/figures/_raw.py openpyxl CELLS.json OUT.xlsx  # openpyxl (the former one)
    python bench/figures/_raw.py docx BLOCKS.json OUT.docx     # python-docx
    python bench/figures/_raw.py pdf STORY.json OUT.pdf FONTS_DIR

xlsx: an XlsxWriter Workbook, one sheet per essdesk sheet, `write_row` of the same values.
openpyxl: a Workbook, one sheet per essdesk sheet, `ws.append` of the same values, saved.
pdf: A4 SimpleDocTemplate; every table of essdesk's report as a LongTable of Paragraph
cells (repeatRows=1, splitInRow) with the same text and column widths, every other
paragraph as a Paragraph; DejaVu Sans embedded as essdesk does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def xlsx(cells: Path, out: Path) -> None:
    from xlsxwriter import Workbook

    wb = Workbook(str(out))
    for sheet in json.loads(cells.read_text(encoding="utf-8")):
        ws = wb.add_worksheet(sheet["title"])
        for number, row in enumerate(sheet["rows"]):
            ws.write_row(number, 0, row)
    wb.close()


def openpyxl(cells: Path, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in json.loads(cells.read_text(encoding="utf-8")):
        ws = wb.create_sheet(sheet["title"])
        for row in sheet["rows"]:
            ws.append(row)
    wb.save(out)


def word(blocks: Path, out: Path) -> None:
    """python-docx's default document; each paragraph added, each table as add_table with
    its header row, then add_row and `cell.text` for every cell."""
    import docx

    document = docx.Document()
    for block in json.loads(blocks.read_text(encoding="utf-8")):
        if block["kind"] == "para":
            document.add_paragraph(block["text"])
            continue
        header, *rows = block["rows"]
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    document.save(str(out))


def pdf(story: Path, out: Path, fonts: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold"
    )
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10)
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.25, "#c5d0d0"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    flowables = []
    for item in json.loads(story.read_text(encoding="utf-8")):
        if item["kind"] == "para":
            flowables.append(Paragraph(item["text"], body))
        else:
            rows = [[Paragraph(text, cell) for text in row] for row in item["rows"]]
            table = LongTable(rows, colWidths=item["widths"], repeatRows=1, splitInRow=1)
            table.setStyle(grid)
            flowables.append(table)
    SimpleDocTemplate(str(out), pagesize=A4).build(flowables)


def main() -> int:
    kind, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if kind == "xlsx":
        xlsx(source, out)
    elif kind == "openpyxl":
        openpyxl(source, out)
    elif kind == "docx":
        word(source, out)
    else:
        pdf(source, out, Path(sys.argv[4]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
