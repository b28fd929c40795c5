"""DOCX export of the large diagnostic vs raw python-docx writing the same content, same run.

Whole processes, interleaved: `essdesk export large.essdesk --docx D` (open, report model,
document on essdesk's template, charts as pictures, atomic write, read back) vs `_raw.py
docx` (python-docx's default document: the same paragraphs, and the same tables written
with add_table / add_row / `cell.text`), whose content is read once, untimed, from
essdesk's own DOCX.
"""

from __future__ import annotations

import _common as c
from export_xlsx import essdesk_export, extract, raw

FIGURE = "DOCX export of the large diagnostic"
TARGET = 1.5


def measure(repeats: int) -> c.Row:
    if not (c.ROOT / "essdesk" / "export" / "word.py").exists():
        return c.absent(FIGURE, f"≤ {TARGET}×", "essdesk/export/word.py absent")
    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    ours_out, raw_out, blocks = folder / "essdesk.docx", folder / "raw.docx", folder / "blocks.json"
    essdesk_export(large, "--docx", ours_out)
    extract("docx", ours_out, blocks)
    raw("docx", blocks, raw_out)
    ours, base = c.alternate(
        repeats,
        lambda: essdesk_export(large, "--docx", ours_out).seconds,
        lambda: raw("docx", blocks, raw_out).seconds,
    )
    return c.ratio_row(
        FIGURE,
        c.median(ours),
        c.median(base),
        TARGET,
        note=f"{ours_out.stat().st_size / 2**20:.1f} MiB document",
    )


if __name__ == "__main__":
    c.main(measure)
