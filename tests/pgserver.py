"""A throw-away PostgreSQL cluster for the store tests: a real server, never a stand-in.

`ESSDESK_TEST_PG` (a libpq URL, e.g. postgresql://essdesk@127.0.0.1:5432/essdesk_test)
names a server to use instead. Otherwise, when Debian's `postgresql` binaries exist, a
cluster is created in a temporary folder (initdb as an unprivileged user when the suite
runs as root, as PostgreSQL refuses root), listens on a Unix socket only, and is stopped
and removed when the tests end. Without binaries, server tests are skipped with a reason.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SKIP_REASON = (
    "pas de serveur PostgreSQL : installez le paquet Debian « postgresql » "
    "(ou donnez ESSDESK_TEST_PG=postgresql://…)"
)


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> bool:
    return bool(os.environ.get("ESSDESK_TEST_PG")) or _binaries() is not None


def _as_user(user: str | None, *command: str) -> list[str]:
    return ["runuser", "-u", user, "--", *command] if user else list(command)


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """A server URL (a database in which tests create and drop what they need)."""
    given = os.environ.get("ESSDESK_TEST_PG")
    if given:
        yield given
        return
    bin_dir = _binaries()
    assert bin_dir is not None, SKIP_REASON
    user = None
    if os.geteuid() == 0:
        user = "nobody"
    folder = Path(tempfile.mkdtemp(prefix="essdesk-pg-"))
    data, socket_dir = folder / "data", folder / "run"
    socket_dir.mkdir()
    if user:
        uid = pwd.getpwnam(user).pw_uid
        for path in (folder, socket_dir):
            os.chown(path, uid, -1)
    role = user or pwd.getpwuid(os.geteuid()).pw_name
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    run = dict(check=True, capture_output=True, env=env, cwd=folder)
    subprocess.run(_as_user(user, str(bin_dir / "initdb"), "-D", str(data), "-U", role,
                            "--auth=trust", "-E", "UTF8", "--no-sync"), **run)
    options = f"-c listen_addresses='' -k {socket_dir} -c fsync=off -c full_page_writes=off"
    try:
        subprocess.run(_as_user(user, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                                "-l", str(folder / "server.log"), "-w", "start"), **run)
        subprocess.run(_as_user(user, str(bin_dir / "createdb"), "-h", str(socket_dir), "-U", role,
                                "essdesk_test"), **run)
        yield f"postgresql://{role}@/essdesk_test?host={socket_dir}"
    finally:
        subprocess.run(_as_user(user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                "stop"), capture_output=True, env=env, cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)
