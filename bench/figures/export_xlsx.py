"""xlsx export of the large diagnostic vs raw XlsxWriter writing the same cells, same run.

Whole processes, interleaved: `essdesk export large.essdesk --xlsx X` (open, report model,
workbook, atomic write) vs `_raw.py xlsx` (an XlsxWriter Workbook with the same cell values,
`write_row`), whose cells are read once, untimed, from essdesk's own workbook. The note
gives raw openpyxl (`ws.append`, saved) too: the writer essdesk used before issue 16.
"""

from __future__ import annotations

import _common as c

FIGURE = "xlsx export of the large diagnostic"
TARGET = 1.5


def export_ready() -> bool:
    return (c.ROOT / "essdesk" / "export" / "run.py").exists()


def essdesk_export(document, flag: str, out, *, home=None) -> c.Process:
    """`essdesk export`, in this figure's ESSDESK_HOME unless `home` is given: like a user's
    installation (and LibreOffice's profile on the other side), its caches are warmed by
    the figure's untimed first export. `home=c.scratch()` gives a first export ever."""
    out.unlink(missing_ok=True)
    return c.run_process(
        [c.PYTHON, "-m", "essdesk", "export", str(document), flag, str(out)],
        env=c.bench_env(ESSDESK_HOME=str(home or c.ensure_home())),
        timeout=600,
    )


def raw(kind: str, source, out, *extra: str) -> c.Process:
    out.unlink(missing_ok=True)
    return c.run_process(
        [c.PYTHON, str(c.FIGURES / "_raw.py"), kind, str(source), str(out), *extra], timeout=600
    )


def extract(kind: str, source, out) -> None:
    c.run_process(
        [c.PYTHON, str(c.FIGURES / "_extract.py"), kind, str(source), str(out)], timeout=600
    )


def measure(repeats: int) -> c.Row:
    if not export_ready():
        return c.absent(FIGURE, f"≤ {TARGET}×", "essdesk/export/run.py absent")
    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    ours_out, raw_out, cells = folder / "essdesk.xlsx", folder / "raw.xlsx", folder / "cells.json"
    essdesk_export(large, "--xlsx", ours_out)
    extract("xlsx", ours_out, cells)
    raw("xlsx", cells, raw_out)
    ours, base = c.alternate(
        repeats,
        lambda: essdesk_export(large, "--xlsx", ours_out).seconds,
        lambda: raw("xlsx", cells, raw_out).seconds,
    )
    former = [raw("openpyxl", cells, raw_out).seconds for _ in range(max(1, repeats // 2))]
    return c.ratio_row(
        FIGURE,
        c.median(ours),
        c.median(base),
        TARGET,
        note=f"{ours_out.stat().st_size / 2**20:.1f} MiB workbook; raw openpyxl "
        f"{c.median(former) * 1000:.0f} ms",
    )


if __name__ == "__main__":
    c.main(measure)
