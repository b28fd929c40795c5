"""The window on the large diagnostic on a local PostgreSQL server vs on its file (issue 15).

A throw-away cluster (tests/pgserver.py: Unix socket, fsync off) holds the large diagnostic,
published once, untimed. Then:
- open to an interactive main window (the `_launch.py` wrapper, whole processes,
  interleaved): `essdesk ADDRESS` vs `essdesk LARGE` (target ≤ 1.5×);
- one lever status click to the new maturity on the dashboard (lever_click.clicks) in a
  window on the server (absolute target < 50 ms), the same clicks on the file beside it.
"""

from __future__ import annotations

import os
import sys

import _common as c
import _ui
from lever_click import clicks
from start import launch

sys.path.insert(0, str(c.ROOT / "tests"))


def measure(repeats: int) -> list[c.Row]:
    import pgserver

    if not pgserver.available():
        return [c.absent("server window figures", "≤ 1.5×", pgserver.SKIP_REASON)]
    folder = c.scratch()
    large = c.copy_of(c.large_path(), folder)
    with pgserver.cluster() as url:
        env = c.bench_env(ESSDESK_HOME=str(c.ensure_home()))
        c.run_process([c.PYTHON, "-m", "essdesk", "server", "init", url], env=env)
        published = c.run_process([c.PYTHON, "-m", "essdesk", "publish", str(large), url],
                                  env=env, timeout=900)
        address = published.stdout.strip().rsplit(" ", 1)[-1]
        launch("app", address)
        launch("app", str(large))
        server, file = c.alternate(repeats, lambda: launch("app", address).seconds,
                                   lambda: launch("app", str(large)).seconds)
        rows = [c.ratio_row("open the large diagnostic to an interactive window: server / file",
                            c.median(server), c.median(file), 1.5)]
        os.environ["ESSDESK_HOME"] = str(c.scratch())
        _ui.app()
        on_server = _ui.main_window_on(address)
        server_clicks = c.median(clicks(on_server, repeats))
        on_server.close()
        on_file = _ui.main_window_on(large)
        file_clicks = c.median(clicks(on_file, repeats))
        rows.append(c.ratio_row("lever status click to the new maturity, large diagnostic: "
                                "server / file", server_clicks, file_clicks, 3.0, absolute=0.050))
        on_file.hide()  # its clicks are unsaved edits of a throw-away copy: no save question
    return rows


if __name__ == "__main__":
    c.main(measure)
