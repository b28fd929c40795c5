"""Core only (no Qt): open a document and read everything the views show, large vs demo.

Whole process: `Document.open` (copy + integrity check), every row query of
essdesk.domain.queries, the scores; then close. Shows whether the core's open cost grows
with the data, before any widget is involved (target as for the window: ≤ 2×).
"""

from __future__ import annotations

import _common as c

FIGURE = "core: open + read every view's rows, large vs demo"
TARGET = 2.0
SCRIPT = """
import sys
from pathlib import Path
from essdesk.store.document import Document
from essdesk.domain.services import Services
from essdesk.domain import queries
doc = Document.open(Path(sys.argv[1]))
s = Services(doc.session)
d = s.diagnostic().id
queries.actor_rows(doc.session, d); queries.action_rows(doc.session, d)
queries.workshop_rows(doc.session, d); queries.lever_rows(doc.session, d)
s.scores()
doc.close()
"""


def run(path) -> c.Process:
    return c.run_process([c.PYTHON, "-c", SCRIPT, str(path)],
                         env=c.bench_env(ESSDESK_HOME=str(c.scratch())))


def measure(repeats: int) -> list[c.Row]:
    folder = c.scratch()
    large, demo = c.copy_of(c.large_path(), folder), c.copy_of(c.demo_path(), folder)
    run(large), run(demo)
    t_large, t_demo = c.alternate(repeats, lambda: run(large).seconds, lambda: run(demo).seconds)
    return c.ratio_row(FIGURE, c.median(t_large), c.median(t_demo), TARGET,
                       note="info: no Qt; whole process")


if __name__ == "__main__":
    c.main(measure)
