"""The large diagnostic on a local PostgreSQL server vs in its file, same run (issue 15).

A throw-away cluster (tests/pgserver.py: Unix socket, fsync off as for the tests; a real
server syncs, which this figure does not claim to measure) holds the large diagnostic,
published once, untimed. Then, interleaved:
- `essdesk export ADDRESS --xlsx` vs `essdesk export LARGE --xlsx` (whole processes; target
  ≤ 1.3×);
- `essdesk export-json` of each (the same bytes: checked);
- a lever status edit through the services and the maturity read back, on the server vs on
  the file's working copy (in process; target < 50 ms absolute).
"""

from __future__ import annotations

import sys

import _common as c

sys.path.insert(0, str(c.ROOT / "tests"))


def measure(repeats: int) -> list[c.Row]:
    import pgserver

    if not pgserver.available():
        return [c.absent("server figures", "≤ 1.3×", pgserver.SKIP_REASON)]
    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    rows = []
    with pgserver.cluster() as url:
        env = c.bench_env(ESSDESK_HOME=str(c.ensure_home()))

        def essdesk(*argv: str) -> c.Process:
            return c.run_process([c.PYTHON, "-m", "essdesk", *argv], env=env, timeout=900)

        essdesk("server", "init", url)
        published = essdesk("publish", str(large), url)
        address = published.stdout.strip().rsplit(" ", 1)[-1]

        def export(source: str, out) -> float:
            out.unlink(missing_ok=True)
            return essdesk("export", source, "--xlsx", str(out)).seconds

        on_server, on_file = c.alternate(repeats, lambda: export(address, folder / "s.xlsx"),
                                         lambda: export(str(large), folder / "f.xlsx"))
        rows.append(c.ratio_row("xlsx export of the large diagnostic: server / file",
                                c.median(on_server), c.median(on_file), 1.3))

        def export_json(source: str, out) -> float:
            out.unlink(missing_ok=True)
            return essdesk("export-json", source, str(out)).seconds

        on_server, on_file = c.alternate(repeats, lambda: export_json(address, folder / "s.json"),
                                         lambda: export_json(str(large), folder / "f.json"))
        same = (folder / "s.json").read_bytes() == (folder / "f.json").read_bytes()
        rows.append(c.ratio_row("export-json of the large diagnostic: server / file",
                                c.median(on_server), c.median(on_file), 1.3,
                                note="same bytes" if same else "BYTES DIFFER"))
        rows.append(_lever_edit(address, large, repeats))
    return rows


def _lever_edit(address: str, large, repeats: int) -> c.Row:
    import os

    os.environ["ESSDESK_HOME"] = str(c.ensure_home())
    from essdesk.domain.services import Services
    from essdesk.models.enums import LeverStatus
    from essdesk.store.opening import open_store

    statuses = [LeverStatus.DONE, LeverStatus.IN_PROGRESS]
    timings = {}
    for name, location in (("server", address), ("file", str(large))):
        with open_store(location) as store:
            services = Services(store.session)
            lever = services.diagnostic().steps[2].levers[0].id
            services.scores()

            def click(n=[0], services=services, lever=lever) -> None:  # noqa: B006 (a counter)
                n[0] += 1
                services.update_lever(lever, status=statuses[n[0] % 2])
                services.scores()

            click()
            timings[name] = c.median([c.clock(click) for _ in range(max(repeats, 5) * 4)])
    return c.ratio_row("lever status edit + maturity, large diagnostic: server / file",
                       timings["server"], timings["file"], 3.0, absolute=0.05,
                       note="services only (the window on a server is not built yet)")


if __name__ == "__main__":
    c.main(measure)
