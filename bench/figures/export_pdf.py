"""PDF export of the large diagnostic vs raw reportlab: a LongTable of Paragraph cells per
table of essdesk's report, with the same text (and column widths), same run.

Whole processes, interleaved: `essdesk export large.essdesk --pdf P` vs `_raw.py pdf`, whose
text is taken once, untimed, from essdesk's own story (see _extract.py). One pair takes
about two minutes here, so `run.py` runs this figure with its own, smaller repeat count
(PDF_REPEATS; `--full` for 5).
"""

from __future__ import annotations

import _common as c
from export_xlsx import essdesk_export, export_ready, extract, raw

FIGURE = "PDF export of the large diagnostic"
TARGET = 1.5


def measure(repeats: int) -> c.Row:
    if not export_ready():
        return c.absent(FIGURE, f"≤ {TARGET}×", "essdesk/export/run.py absent")
    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    ours_out, raw_out, story = folder / "essdesk.pdf", folder / "raw.pdf", folder / "story.json"
    extract("pdf", large, story)
    fonts = str(c.ROOT / "resources" / "fonts")
    ours, base = c.alternate(repeats, lambda: essdesk_export(large, "--pdf", ours_out).seconds,
                             lambda: raw("pdf", story, raw_out, fonts).seconds)
    return c.ratio_row(FIGURE, c.median(ours), c.median(base), TARGET,
                       note=f"{repeats} run(s) each, no warm-up; "
                            f"{ours_out.stat().st_size / 2**20:.1f} MiB PDF")


if __name__ == "__main__":
    c.main(measure)
