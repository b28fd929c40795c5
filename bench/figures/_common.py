"""Shared helpers of the figure scripts: documents, timing, the result row.

Every figure script runs alone (`python bench/figures/NAME.py [--repeats N] [--json]`) and
prints one row; `bench/run.py` runs them one after the other and prints the table.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

FIGURES = Path(__file__).resolve().parent
BENCH = FIGURES.parent
ROOT = BENCH.parent
PYTHON = sys.executable
LAUNCH = FIGURES / "_launch.py"
DEFAULT_REPEATS = 5
QUICK_REPEATS = 3


def _throwaway(prefix: str) -> str:
    """A temporary folder removed when this process exits (runs leave nothing in /tmp)."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def ensure_home() -> Path:
    """ESSDESK_HOME in a throw-away folder: nothing touches the user's folders."""
    home = os.environ.get("ESSDESK_HOME")
    if not home:
        home = _throwaway("essdesk-bench-home-")
        os.environ["ESSDESK_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Users run compiled bytecode (the PyInstaller bundle ships it): let every process of
    # the suite write and reuse .pyc files, in a cache of its own outside the source tree,
    # even where the shell sets PYTHONDONTWRITEBYTECODE.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "essdesk-bench-pycache"))
    sys.dont_write_bytecode = False  # this process too (it may have started without them)
    sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
    return Path(home)


ensure_home()


def bench_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


# -- documents ------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Generated documents, keyed on the generator's source and the schema: reused by runs."""
    digest = hashlib.sha1((BENCH / "generate.py").read_bytes())
    digest.update((ROOT / "essdesk" / "domain" / "demo.py").read_bytes())
    digest.update((ROOT / "essdesk" / "store" / "schema.py").read_bytes())
    path = Path(tempfile.gettempdir()) / f"essdesk-bench-cache-{digest.hexdigest()[:12]}"
    path.mkdir(exist_ok=True)
    return path


def large_path() -> Path:
    path = cache_dir() / "large.essdesk"
    if not path.exists():
        subprocess.run([PYTHON, str(BENCH / "generate.py"), str(path)], check=True, env=bench_env())
    return path


def demo_path() -> Path:
    path = cache_dir() / "demo.essdesk"
    if not path.exists():
        tmp = path.with_name("demo-tmp.essdesk")
        if tmp.exists():
            tmp.unlink()
        subprocess.run([PYTHON, "-m", "essdesk", "demo", str(tmp)], check=True,
                       env=bench_env(), stdout=subprocess.DEVNULL)
        os.replace(tmp, path)
    return path


def copy_of(path: Path, folder: Path) -> Path:
    """A private copy (Document.open refuses a file already open in another live process)."""
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


@functools.cache
def _scratch_root() -> Path:
    return Path(_throwaway("essdesk-bench-"))


def scratch() -> Path:
    """A fresh folder for one measurement, inside this process's throw-away folder."""
    return Path(tempfile.mkdtemp(dir=_scratch_root()))


# -- timing ---------------------------------------------------------------------------------


@dataclass
class Process:
    seconds: float  # wall time, spawn to exit
    max_rss_kib: int  # peak resident memory of the process
    stdout: str


def run_process(argv: Sequence[str], *, env: dict[str, str] | None = None, timeout: float = 120) -> Process:
    """Run a whole process; wall time and peak RSS (os.wait4), raising on failure."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=out, stderr=err, env=env or bench_env(), cwd=ROOT)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise RuntimeError(f"timed out after {timeout:.0f} s: {' '.join(argv)}")
            time.sleep(0.002)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise RuntimeError(f"exit {proc.returncode}: {' '.join(argv)}\n" + "\n".join(tail))
    return Process(seconds, usage.ru_maxrss, stdout)


def soffice() -> str | None:
    """LibreOffice's command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(command: str, source: Path, kind: str, outdir: Path, profile: Path) -> Process:
    """`soffice --headless --convert-to KIND` of `source` into `outdir`, with a private profile
    (its first use creates it: warm it untimed before timing)."""
    return run_process(
        [
            command,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            kind,
            "--outdir",
            str(outdir),
            str(source),
        ],
        timeout=300,
    )


def alternate(repeats: int, *runs: Callable[[], float]) -> list[list[float]]:
    """Run each callable `repeats` times, interleaved (ABAB...), so drift hits all alike."""
    results: list[list[float]] = [[] for _ in runs]
    for _ in range(repeats):
        for i, run in enumerate(runs):
            results[i].append(run())
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def clock(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# -- result row -----------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    essdesk: str = "n/a"
    baseline: str = "n/a"
    ratio: str = ""
    target: str = ""
    holds: str = "n/a"
    note: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def ratio_row(figure: str, value: float, base: float, limit: float, fmt: Callable[[float], str] = ms,
              *, absolute: float | None = None, note: str = "") -> Row:
    """essdesk / baseline must be <= limit (and value <= absolute when given)."""
    r = value / base
    ok = r <= limit and (absolute is None or value <= absolute)
    target = f"≤ {limit:g}×" + (f", < {fmt(absolute)}" if absolute is not None else "")
    return Row(figure, fmt(value), fmt(base), f"{r:.2f}×", target, "yes" if ok else "NO", note)


def absent(figure: str, target: str, why: str) -> Row:
    return Row(figure, target=target, holds="n/a", note=why)


def main(measure: Callable[[int], Row | list[Row]]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_REPEATS} repeats")
    parser.add_argument("--json", action="store_true", help="one JSON row per line (for run.py)")
    args = parser.parse_args()
    repeats = QUICK_REPEATS if args.quick else args.repeats
    try:
        rows = measure(repeats)
    except Exception as exc:  # a broken figure is a row saying so, never a crash of run.py
        name = Path(sys.argv[0]).stem
        rows = Row(name, holds="error", note=f"{type(exc).__name__}: {str(exc)[:300]}")
    for row in rows if isinstance(rows, list) else [rows]:
        if args.json:
            print("ROW " + json.dumps(asdict(row), ensure_ascii=False), flush=True)
        else:
            print(" | ".join(f"{k}: {v}" for k, v in asdict(row).items() if v))
    # Skip interpreter finalisation: with PySide6 6.12.0 on Python 3.11 every Python-side
    # signal emit drops a reference to True, and finalisation then aborts ("bool_dealloc",
    # see bench/README.md). The figure is printed; nothing else is left to do.
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # the throw-away folders (os._exit skips atexit)
    os._exit(0)
