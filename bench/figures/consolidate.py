"""Consolidating 100 demo-sized diagnostics (issue 18 §3) vs reading the same 100 files once
each, in one process, interleaved.

essdesk: `consolidate(folder)` — each file opened read-only (checks included), its report
model built, the rows, heat map, priorities and "pratiques inspirantes" derived. Baseline:
each file opened through the same read path (`store.snapshot.read_document`: SQLAlchemy on
a read-only SQLite snapshot, the same checks) and every row of every table fetched.
Target ≤ 2×.
"""

from __future__ import annotations

import shutil
import sys

import _common as c

sys.path.insert(0, str(c.ROOT))  # this checkout's essdesk, in this process

FIGURE = "consolidate 100 demo diagnostics vs reading them once each"
COUNT = 100


def measure(repeats: int) -> c.Row:
    from sqlalchemy import select

    from essdesk.export.consolidation import consolidate
    from essdesk.models.tables import Base
    from essdesk.store.snapshot import read_document

    folder = c.scratch()
    demo = c.demo_path()
    paths = []
    for i in range(COUNT):
        path = folder / f"d{i:03d}.essdesk"
        shutil.copyfile(demo, path)
        paths.append(path)
    tables = list(Base.metadata.sorted_tables)

    def read() -> None:
        for path in paths:
            with read_document(path) as conn:
                for table in tables:
                    conn.execute(select(table)).all()

    def together() -> None:
        result = consolidate([folder])
        result.heat(), result.most_prioritised(), result.inspiring(), result.indicator_totals()

    read(), together()  # warm: imports, mappers, the font cache
    ours, base = c.alternate(repeats, lambda: c.clock(together), lambda: c.clock(read))
    return c.ratio_row(
        FIGURE, c.median(ours), c.median(base), 2.0, note=f"{COUNT} copies of the demo, one process"
    )


if __name__ == "__main__":
    c.main(measure)
