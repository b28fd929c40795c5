"""Open the large diagnostic to an interactive main window vs open the demo; and the peak
memory of both processes (two rows from the same runs).

Whole-process timings, interleaved; peak RSS from os.wait4 of each process.
"""

from __future__ import annotations

import _common as c
from start import launch, ui_ready

FIGURE = "open the large diagnostic to an interactive main window"
MEMORY = "peak memory with the large diagnostic open"
TARGET = 2.0
MEMORY_TARGET = 1.5


def measure(repeats: int) -> list[c.Row]:
    if not ui_ready():
        return [c.absent(FIGURE, f"≤ {TARGET:g}×", "essdesk/ui/app.py absent"),
                c.absent(MEMORY, f"≤ {MEMORY_TARGET}×", "essdesk/ui/app.py absent")]
    folder = c.scratch()
    large, demo = c.copy_of(c.large_path(), folder), c.copy_of(c.demo_path(), folder)
    runs: dict[str, list[c.Process]] = {"large": [], "demo": []}

    def run(name, path):
        p = launch("app", str(path))
        runs[name].append(p)
        return p.seconds

    launch("app", str(large))
    launch("app", str(demo))
    c.alternate(repeats, lambda: run("large", large), lambda: run("demo", demo))
    t_large = c.median([p.seconds for p in runs["large"]])
    t_demo = c.median([p.seconds for p in runs["demo"]])
    m_large = c.median([p.max_rss_kib for p in runs["large"]])
    m_demo = c.median([p.max_rss_kib for p in runs["demo"]])
    return [c.ratio_row(FIGURE, t_large, t_demo, TARGET),
            c.ratio_row(MEMORY, m_large, m_demo, MEMORY_TARGET, c.mib)]


if __name__ == "__main__":
    c.main(measure)
