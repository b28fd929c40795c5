"""What the raw-library baselines write: the same cells and the same text as essdesk's exports.

    python bench/figures/_extract.py xlsx WORKBOOK.xlsx OUT.json  # every sheet's cell values
    python bench/figures/_extract.py pdf DOCUMENT.essdesk OUT.json  # essdesk's PDF story text
    python bench/figures/_extract.py docx REPORT.docx OUT.json  # its paragraphs and tables

The PDF text comes from essdesk's own story (PdfRenderer.story on the report model): every
table as its rows of cell texts and column widths, every other paragraph as its text.
Run once per figure, untimed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def xlsx_cells(workbook: Path) -> list[dict]:
    from openpyxl import load_workbook

    wb = load_workbook(workbook, read_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [
            ["" if v is None else (v if isinstance(v, int | float | str) else str(v)) for v in row]
            for row in ws.iter_rows(values_only=True)
        ]
        sheets.append({"title": ws.title, "rows": rows})
    wb.close()
    return sheets


def _text(cell) -> str:
    from reportlab.platypus import Paragraph

    if cell is None:
        return ""
    if isinstance(cell, Paragraph):
        return cell.text
    if isinstance(cell, str):
        return escape(cell).replace("\n", "<br/>")
    if isinstance(cell, list | tuple):
        return "<br/>".join(_text(c) for c in cell)
    return escape(str(cell))


def pdf_story(document: Path) -> list[dict]:
    from reportlab.platypus import Paragraph, Table

    from essdesk.domain.referential import load_referential
    from essdesk.export.pdf import PdfRenderer
    from essdesk.export.report import build_report
    from essdesk.store.snapshot import read_document

    with read_document(document) as conn:
        report = build_report(conn, load_referential())
    items: list[dict] = []

    def walk(flowables) -> None:
        for f in flowables:
            if isinstance(f, Table):
                widths = [float(w) if isinstance(w, int | float) else None for w in f._argW]
                items.append(
                    {
                        "kind": "table",
                        "widths": widths,
                        "rows": [[_text(c) for c in row] for row in f._cellvalues],
                    }
                )
            elif isinstance(f, Paragraph):
                items.append({"kind": "para", "text": f.text})
            elif hasattr(f, "_content"):  # KeepTogether and friends
                walk(f._content)

    walk(PdfRenderer(report).story())
    return items


def docx_blocks(report: Path) -> list[dict]:
    """The body of essdesk's DOCX in order: each paragraph's text, each table's cell texts."""
    import docx
    from docx.table import Table

    blocks: list[dict] = []
    for block in docx.Document(str(report)).iter_inner_content():
        if isinstance(block, Table):
            blocks.append(
                {"kind": "table", "rows": [[c.text for c in row.cells] for row in block.rows]}
            )
        else:
            blocks.append({"kind": "para", "text": block.text})
    return blocks


def main() -> int:
    kind, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    readers = {"xlsx": xlsx_cells, "pdf": pdf_story, "docx": docx_blocks}
    data = readers[kind](source)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
