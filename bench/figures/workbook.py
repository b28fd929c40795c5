"""The cahier de saisie on the large diagnostic (issue 19): preview time, memory.

In one process, on a private copy of the large diagnostic and the cahier essdesk writes for
it (untimed): the preview (`workbook_import.preview_workbook`, i.e. the zip checks, the
read, the diagnostic's state, the three-way comparison) against reading the same file with
openpyxl read-only alone (every cell, values only), interleaved; target ≤ 1.5× and < 5 s.
Memory: the process's peak RSS (open, then previews) against its RSS once the diagnostic is open.
"""

from __future__ import annotations

import resource
import subprocess
import sys

import _common as c

sys.path.insert(0, str(c.ROOT))  # this checkout's essdesk, in this process

FIGURE_PREVIEW = "preview a cahier of the large diagnostic vs openpyxl read-only read"
FIGURE_MEMORY = "peak RSS importing the large cahier vs diagnostic open"


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def measure(repeats: int) -> list[c.Row]:
    from openpyxl import load_workbook

    from essdesk.exchange.workbook_import import preview_workbook
    from essdesk.store.document import Document

    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    cahier = folder / "cahier.xlsx"
    # Written in another process: writing holds every cell, and this one's peak RSS is the
    # import's figure.
    subprocess.run(
        [sys.executable, "-m", "essdesk", "workbook", str(large), "--xlsx", str(cahier)],
        check=True,
        capture_output=True,
        cwd=c.ROOT,
    )
    doc = Document.open(large)
    try:
        opened = _rss()

        def read() -> None:
            wb = load_workbook(cahier, read_only=True)
            for ws in wb.worksheets:
                for _row in ws.iter_rows(values_only=True):
                    pass
            wb.close()

        def preview() -> None:
            preview_workbook(cahier, doc.session)

        read(), preview()  # warm: imports, mappers
        previews, reads = [], []
        for _ in range(repeats):
            previews.append(c.clock(preview))
            reads.append(c.clock(read))
        peak = _rss()
    finally:
        doc.close()
    return [
        c.ratio_row(
            FIGURE_PREVIEW,
            c.median(previews),
            c.median(reads),
            1.5,
            absolute=5.0,
            note="in one process; the preview includes reading the diagnostic's state",
        ),
        c.Row(
            FIGURE_MEMORY,
            f"{peak / 2**20:.0f} MiB",
            f"{opened / 2**20:.0f} MiB",
            f"{peak / opened:.2f}×",
            "≤ 1.5×",
            "yes" if peak / opened <= 1.5 else "NO",
            note="peak RSS of the process: open, then the previews",
        ),
    ]


if __name__ == "__main__":
    c.main(measure)
