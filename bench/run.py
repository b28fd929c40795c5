"""Run every figure of the essdesk benchmark suite and print one table.

    python bench/run.py            # medians of 5 runs (more for the short ones: STEADY_REPEATS;
                                   # the large PDF: see PDF_REPEATS)
    python bench/run.py --quick    # 3 runs, no large PDF: a quick look
    python bench/run.py --full     # 5 runs everywhere, large PDF and core_open too (~15 min)
    python bench/run.py search sort  # only these figures

Each figure runs in its own process (bench/figures/NAME.py --json), so that no figure
inherits another's imports, Qt application or memory. Ratios are essdesk / baseline,
measured in the same run, interleaved: compare ratios, not milliseconds (see README.md).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FIGURES = BENCH / "figures"

#: In table order: (script, rows it prints).
ORDER = [
    "start",
    "open_demo",
    "open_large",  # also prints the peak-memory row
    "search",
    "sort",
    "lever_click",
    "export_xlsx",
    "export_pdf",
    "export_pdf_demo",
    "export_docx",
]
#: Run only when named (`python bench/run.py core_open`) or with --full.
EXTRA = ["core_open", "jalons", "phonevote", "workbook", "consolidate"]
#: One run of the large PDF (essdesk + raw reportlab) takes about two minutes on the
#: project's 2-core machines: 5 runs would not fit the five-minute budget.
PDF_REPEATS = 1
#: Short whole-process figures get more runs than the default: a start lasts ~0.3 s, and on
#: these shared machines the median of 5 moved by ±10 % from one run of the suite to the next
#: (more runs cost seconds here). Not with --quick or an explicit --repeats.
STEADY_REPEATS = {"start": 11, "open_demo": 9, "export_pdf_demo": 9}
COLUMNS = ("figure", "essdesk", "baseline", "ratio", "target", "holds")


def run_figure(name: str, repeats: int, env: dict[str, str]) -> list[dict]:
    cmd = [sys.executable, str(FIGURES / f"{name}.py"), "--repeats", str(repeats), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=BENCH.parent)
    rows = [json.loads(line[4:]) for line in proc.stdout.splitlines() if line.startswith("ROW ")]
    if not rows:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        rows = [{"figure": name, "essdesk": "n/a", "baseline": "n/a", "ratio": "", "target": "",
                 "holds": "error", "note": f"exit {proc.returncode}: {tail[:200]}"}]
    return rows


def table(rows: list[dict]) -> str:
    rows = [dict(r, figure=f"{r['figure']} [{i}]" if r.get("note") else r["figure"])
            for i, r in enumerate(rows, 1)]
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in COLUMNS}
    head = "| " + " | ".join(c.ljust(widths[c]) for c in COLUMNS) + " |"
    rule = "|" + "|".join("-" * (widths[c] + 2) for c in COLUMNS) + "|"
    body = ["| " + " | ".join(str(r.get(c, "")).ljust(widths[c]) for c in COLUMNS) + " |" for r in rows]
    notes = [f"[{i}] {r['note']}" for i, r in enumerate(rows, 1) if r.get("note")]
    return "\n".join([head, rule, *body, "", *notes])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("figures", nargs="*", help=f"subset of: {', '.join(ORDER + EXTRA)}")
    parser.add_argument("--quick", action="store_true", help="3 runs, large PDF skipped")
    parser.add_argument("--full", action="store_true", help="5 runs everywhere, large PDF too")
    parser.add_argument("--repeats", type=int, help="runs per figure (default 5, quick 3)")
    args = parser.parse_args()
    unknown = [f for f in args.figures if f not in ORDER + EXTRA]
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}")
    repeats = args.repeats or (3 if args.quick else 5)
    names = args.figures or (ORDER + EXTRA if args.full else ORDER)
    home = tempfile.mkdtemp(prefix="essdesk-bench-home-")
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    env = dict(os.environ, ESSDESK_HOME=home, QT_QPA_PLATFORM="offscreen",
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "essdesk-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode as users run it (see _common.py)

    t0 = time.perf_counter()
    # The generated documents first (cached across runs, keyed on the generator's source).
    subprocess.run([sys.executable, "-c", "import _common as c; c.large_path(); c.demo_path()"],
                   cwd=FIGURES, env=env, check=True)
    rows: list[dict] = []
    for name in names:
        n = repeats if args.quick or args.repeats else max(repeats, STEADY_REPEATS.get(name, 0))
        if name == "export_pdf" and not args.full:
            if args.quick and not args.figures:
                rows.append({"figure": "PDF export of the large diagnostic", "essdesk": "skipped",
                             "baseline": "skipped", "ratio": "", "target": "≤ 1.5×", "holds": "n/a",
                             "note": "--quick: run `python bench/run.py export_pdf` or --full"})
                continue
            n = min(repeats, PDF_REPEATS)
        started = time.perf_counter()
        figure_rows = run_figure(name, n, env)
        print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        rows += figure_rows
    print(table(rows))
    cpu = os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    steady = "" if args.quick or args.repeats else ", " + ", ".join(
        f"{n} for {name}" for name, n in STEADY_REPEATS.items() if name in names)
    print(f"\n{repeats} runs per figure{steady} (medians); {cpu} CPUs, load {load:.1f}; "
          f"total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
