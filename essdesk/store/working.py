"""Working copies on disk and their sidecars, without SQLAlchemy.

The Accueil screen lists working copies left by a dead process before any document is
opened: this module keeps that cheap (no database library imported). `core.document`
imports and re-exports everything here.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from essdesk import paths

SUFFIX = ".essdesk"
ABANDONED_AFTER_S = 3600


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


@dataclass(frozen=True)
class WorkingCopy:
    """A working copy on disk and what its sidecar says about it."""

    path: Path
    target: Path | None
    pid: int
    host: str
    opened: str
    modified: bool

    @property
    def meta_path(self) -> Path:
        return self.path.with_suffix(".json")

    @property
    def orphaned(self) -> bool:
        import socket  # 15 ms: only when there is a working copy to look at

        return self.host != socket.gethostname() or not _pid_alive(self.pid)

    @classmethod
    def read(cls, meta_path: Path) -> WorkingCopy | None:
        try:
            data = json.loads(meta_path.read_text(encoding="utf-8"))
            target = data.get("target")
            return cls(
                path=meta_path.with_suffix(SUFFIX),
                target=Path(target) if target else None,
                pid=int(data["pid"]),
                host=str(data.get("host", "")),
                opened=str(data.get("opened", "")),
                modified=bool(data.get("modified", False)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self) -> None:
        for p in (self.path, self.meta_path, *self._sidecars()):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    def _sidecars(self) -> tuple[Path, ...]:
        return (Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))


def working_copies() -> list[WorkingCopy]:
    folder = paths.working_dir()
    now = time.time()
    for copy in folder.glob(f"*{SUFFIX}"):
        # A copy with no sidecar was being made when essdesk died: it holds no edit yet.
        if not copy.with_suffix(".json").exists():
            with contextlib.suppress(OSError):
                if now - copy.stat().st_mtime > ABANDONED_AFTER_S:
                    _remove_quietly(copy)
    found = []
    for meta in sorted(folder.glob("*.json")):
        copy = WorkingCopy.read(meta)
        if copy is not None and copy.path.exists():
            found.append(copy)
    return found


def orphaned_working_copies() -> list[WorkingCopy]:
    """Working copies left by a process that died with unsaved edits: offered back at start.

    A dead process's copy without edits is the saved file again: it is removed quietly.
    """
    offered = []
    for copy in working_copies():
        if not copy.orphaned or copy.pid == os.getpid():
            continue
        if copy.modified:
            offered.append(copy)
        else:
            copy.discard()
    return offered
