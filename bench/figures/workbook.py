"""The cahier de saisie on the large diagnostic (issue 19): preview time, memory.

On a private copy of the large diagnostic and the cahier essdesk writes for it (untimed):
- time, in one process: the preview (`workbook_import.preview_workbook`, i.e. the zip
  checks, the read, the diagnostic's state, the three-way comparison) against reading the
  same file with openpyxl read-only alone (every cell, values only), interleaved; target
  ≤ 1.5× and < 5 s;
- memory, each in a process of its own: peak RSS over `repeats` previews, then one change
  previewed and applied (applying posts a jalon first), against the RSS once the diagnostic
  is open (openpyxl imported); target ≤ 1.5×. Twice: the cahier as
  essdesk wrote it, and the same re-saved by LibreOffice (as partners send it back: shared
  strings, which openpyxl holds as one Python string each), when soffice is installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import _common as c

sys.path.insert(0, str(c.ROOT))  # this checkout's essdesk, in this process

FIGURE_PREVIEW = "preview a cahier of the large diagnostic vs openpyxl read-only read"
FIGURE_MEMORY = "peak RSS importing the large cahier vs diagnostic open"
FIGURE_MEMORY_LO = "peak RSS importing the large cahier re-saved by LibreOffice vs diagnostic open"
_CHILD = "--memory-of"


def _rss() -> float:
    """Peak RSS of this process, in bytes. VmHWM, not getrusage's ru_maxrss: that one keeps
    the parent's peak across fork and exec, and the child would measure the parent."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise OSError("/proc/self/status has no VmHWM")


def _memory(large: Path, cahier: Path, repeats: int) -> list[float]:
    """[RSS once open, peak over `repeats` previews, peak once one change of the cahier is
    applied (with the jalon applying posts first)], each in a new process on a copy."""
    out = subprocess.run(
        [sys.executable, __file__, _CHILD, str(large), str(cahier), str(repeats)],
        check=True,
        capture_output=True,
        text=True,
        cwd=c.ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _child(large: str, cahier: str, repeats: str) -> None:
    import shutil as sh
    import tempfile

    import openpyxl  # noqa: F401  (in the baseline too: the reader's own weight)

    from essdesk.domain.services import Services
    from essdesk.exchange.workbook_import import apply_preview, preview_workbook
    from essdesk.store.document import Document

    folder = Path(tempfile.mkdtemp(prefix="essdesk-bench-import-"))
    doc = Document.open(Path(sh.copy(large, folder / "large.essdesk")))
    try:
        opened = _rss()
        for _ in range(int(repeats)):
            preview = preview_workbook(Path(cahier), doc.session)
        previews = _rss()
        assert len(preview.changes) == 1, preview.lines()
        apply_preview(Services(doc.session), preview, "Avant l'import")
        print(json.dumps([opened, previews, _rss()]))
    finally:
        doc.close()
        sh.rmtree(folder, ignore_errors=True)


def _edited(cahier: Path, folder: Path) -> Path:
    """The cahier with one value changed by the partner (written here, not in the child)."""
    from openpyxl import load_workbook

    wb = load_workbook(cahier)
    wb["Acteurs"]["G2"] = "Commune changée par le partenaire"
    wb.save(folder / "rempli.xlsx")
    return folder / "rempli.xlsx"


def _resaved(cahier: Path, folder: Path) -> Path | None:
    soffice = c.soffice()
    if soffice is None:
        return None
    out = folder / "libreoffice"
    c.libreoffice_convert(soffice, cahier, "xlsx", out, folder / "profile")
    return out / cahier.name


def _memory_row(figure: str, measured: list[float], repeats: int) -> c.Row:
    opened, previews, imported = measured
    ratio = imported / opened
    return c.Row(
        figure,
        f"{imported / 2**20:.0f} MiB",
        f"{opened / 2**20:.0f} MiB",
        f"{ratio:.2f}×",
        "≤ 1.5×",
        "yes" if ratio <= 1.5 else "NO",
        note=f"own process: {repeats} previews ({previews / opened:.2f}×), then one change "
        "previewed and applied with its jalon",
    )


def measure(repeats: int) -> list[c.Row]:
    from openpyxl import load_workbook

    from essdesk.exchange.workbook_import import preview_workbook
    from essdesk.store.document import Document

    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    cahier = folder / "cahier.xlsx"
    subprocess.run(
        [sys.executable, "-m", "essdesk", "workbook", str(large), "--xlsx", str(cahier)],
        check=True,
        capture_output=True,
        cwd=c.ROOT,
    )
    edited = _edited(cahier, folder)
    doc = Document.open(large)
    try:

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
    finally:
        doc.close()
    rows = [
        c.ratio_row(
            FIGURE_PREVIEW,
            c.median(previews),
            c.median(reads),
            1.5,
            absolute=5.0,
            note="in one process; the preview includes reading the diagnostic's state",
        ),
        _memory_row(FIGURE_MEMORY, _memory(large, edited, repeats), repeats),
    ]
    resaved = _resaved(edited, folder)
    if resaved is None:
        rows.append(c.absent(FIGURE_MEMORY_LO, "≤ 1.5×", "soffice is not installed"))
    else:
        rows.append(_memory_row(FIGURE_MEMORY_LO, _memory(large, resaved, repeats), repeats))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == _CHILD:
        _child(*sys.argv[2:])
    else:
        c.main(measure)
