"""Rotating automatic backups of each document.

Before a save replaces a document, the version on disk is copied (SQLite backup API) into
the backups folder, checked, and only then allowed to push out older backups. We keep the
last KEEP_RECENT copies plus the newest copy of each of the last KEEP_DAYS days.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from essdesk import paths
from essdesk.errors import DocumentError

KEEP_RECENT = 5
KEEP_DAYS = 14
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime

    @property
    def label(self) -> str:
        return self.taken.strftime("%d/%m/%Y à %H:%M:%S")


def folder_for(document: Path) -> Path:
    """One folder per document, named after it and a hash of its full path."""
    digest = hashlib.sha1(str(document.resolve()).encode()).hexdigest()[:10]
    folder = paths.backups_dir() / f"{document.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_backups(document: Path) -> list[Backup]:
    """Backups of `document`, newest first."""
    found = []
    for file in folder_for(document).glob("*.essdesk"):
        try:
            taken = dt.datetime.strptime(file.stem, _STAMP)
        except ValueError:
            continue
        found.append(Backup(file, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _verified_copy(source: Path, target: Path) -> bool:
    from essdesk.store.document import integrity_problems

    tmp = target.with_suffix(".tmp")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                ok = not integrity_problems(dst)
            finally:
                dst.close()
        finally:
            src.close()
        if ok:
            tmp.replace(target)
        return ok
    except (OSError, sqlite3.Error):
        return False
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def keep_before_overwrite(document: Path, now: dt.datetime | None = None) -> Backup | None:
    """Back up the version of `document` on disk, if any; never fails the save itself."""
    if not document.exists():
        return None
    now = now or dt.datetime.now()
    try:
        target = folder_for(document) / f"{now.strftime(_STAMP)}.essdesk"
    except OSError:
        return None
    if not _verified_copy(document, target):
        return None
    prune(document)
    return Backup(target, now)


def prune(document: Path) -> None:
    backups = list_backups(document)
    keep = set(b.path for b in backups[:KEEP_RECENT])
    days_seen: set[dt.date] = set()
    for b in backups:  # newest first: the first of each day is that day's newest
        day = b.taken.date()
        if day not in days_seen and len(days_seen) < KEEP_DAYS:
            days_seen.add(day)
            keep.add(b.path)
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()


def restore(backup: Path, document: Path) -> None:
    """Put a backup back in place of `document` (the current version is backed up first)."""
    from essdesk.store.document import inspect_file

    inspect_file(backup)
    keep_before_overwrite(document)
    tmp = document.with_name(f".{document.name}.restore")
    if not _verified_copy(backup, tmp):
        raise DocumentError(
            "La sauvegarde choisie est endommagée ; choisissez-en une autre."
        )
    try:
        tmp.replace(document)
    except OSError as exc:
        from essdesk.store.document import os_error_message

        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DocumentError(os_error_message(exc, document, "de restaurer")) from exc
