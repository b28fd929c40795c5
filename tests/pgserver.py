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


class Cluster:
    """A cluster of our own: its URL, and the means to stop it and start it again."""

    def __init__(self, bin_dir: Path, folder: Path, user: str | None, role: str) -> None:
        self.bin_dir, self.folder, self.user = bin_dir, folder, user
        self.data, self.socket_dir = folder / "data", folder / "run"
        self.url = f"postgresql://{role}@/essdesk_test?host={self.socket_dir}"
        self._env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        subprocess.run(_as_user(self.user, str(self.bin_dir / "pg_ctl"), "-D", str(self.data),
                                *args), check=check, capture_output=True, env=self._env,
                       cwd=self.folder)

    def start(self) -> None:
        options = (f"-c listen_addresses='' -k {self.socket_dir} -c fsync=off "
                   "-c full_page_writes=off")
        self._pg_ctl("-o", options, "-l", str(self.folder / "server.log"), "-w", "start")

    def crash(self) -> None:
        """Stop as a power cut would: no shutdown checkpoint, every backend killed."""
        self._pg_ctl("-m", "immediate", "stop", check=False)


@contextlib.contextmanager
def own_cluster() -> Iterator[Cluster]:
    """A new cluster in a temporary folder, removed when the block ends."""
    bin_dir = _binaries()
    assert bin_dir is not None, SKIP_REASON
    user = None
    if os.geteuid() == 0:
        user = "nobody"
    folder = Path(tempfile.mkdtemp(prefix="essdesk-pg-"))
    (folder / "run").mkdir()
    if user:
        uid = pwd.getpwnam(user).pw_uid
        for path in (folder, folder / "run"):
            os.chown(path, uid, -1)
    role = user or pwd.getpwuid(os.geteuid()).pw_name
    made = Cluster(bin_dir, folder, user, role)
    run = dict(check=True, capture_output=True, env=made._env, cwd=folder)
    subprocess.run(_as_user(user, str(bin_dir / "initdb"), "-D", str(made.data), "-U", role,
                            "--auth=trust", "-E", "UTF8", "--no-sync"), **run)
    try:
        made.start()
        subprocess.run(_as_user(user, str(bin_dir / "createdb"), "-h", str(made.socket_dir),
                                "-U", role, "essdesk_test"), **run)
        yield made
    finally:
        made.crash()
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """A server URL (a database in which tests create and drop what they need)."""
    given = os.environ.get("ESSDESK_TEST_PG")
    if given:
        yield given
        return
    with own_cluster() as made:
        yield made.url
