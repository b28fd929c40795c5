"""A diagnostic document: one `.essdesk` file, edited through a working copy.

Users keep files on USB keys and network shares, where SQLite locking is unreliable. So the
file is copied (SQLite backup API) into a working copy in the user data folder when opened;
every edit is committed there at once; saving writes the file atomically (backup API into a
temporary file beside the target, integrity check, fsync, `os.replace`). A small JSON file
beside each working copy says whose it is, so that a working copy left by a dead process is
offered back at the next start, and a document open in a live process is not opened twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shutil
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session

from essdesk import paths
from essdesk.errors import DocumentError
from essdesk.store.atomic import (
    fsync_dir,
    remove_stale_temporaries,
    temporary_sibling,
    write_atomically,
)
from essdesk.store.content import first_problem
from essdesk.store.fileformat import (  # noqa: F401 (re-exported: the historical import path)
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    damaged_message,
    inspect_file,
    integrity_problems,
    is_wal,
    unreadable_message,
)
from essdesk.store.fileformat import quoted_name as _name
from essdesk.store.schema import create_schema, upgrade, working_engine
from essdesk.store.working import (  # noqa: F401 (re-exported: the historical import path)
    ABANDONED_AFTER_S,
    SUFFIX,
    WorkingCopy,
    _pid_alive,
    _remove_quietly,
    orphaned_working_copies,
    working_copies,
)

_open_in_this_process: set[Path] = set()


def os_error_message(exc: OSError, target: Path, action: str) -> str:
    """A French sentence for a failed write, saying what to do."""
    if exc.errno == errno.ENOSPC:
        return (
            f"Impossible {action} {_name(target)} : le disque est plein. "
            "Libérez de la place ou choisissez un autre emplacement ; vos modifications sont conservées."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Impossible {action} {_name(target)} : l'emplacement est en lecture seule ou le "
            "fichier est ouvert dans un autre programme. Fermez-le ou choisissez un autre "
            "emplacement ; vos modifications sont conservées."
        )
    if exc.errno == errno.ENOENT:
        return f"Impossible {action} {_name(target)} : le dossier {target.parent} n'existe pas."
    return (
        f"Impossible {action} {_name(target)} ({exc.strerror or exc}). "
        "Vos modifications sont conservées ; essayez un autre emplacement."
    )


def _copy_database(source: Path, target: Path, *, read_only_source: bool) -> None:
    """Consistent copy with the SQLite backup API (never a plain file copy of a live database).

    A file in WAL mode (left so by another tool) cannot be read in place without SQLite
    creating -wal and -shm files beside it: its bytes, and its -wal if one is there, are
    copied into the working folder first, and the copy is read.
    """
    if read_only_source and is_wal(source):
        staged = temporary_sibling(target)
        try:
            shutil.copyfile(source, staged)
            wal = source.with_name(source.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
            _copy_database(staged, target, read_only_source=False)
        finally:
            for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
                _remove_quietly(leftover)
        return
    uri = f"{source.resolve().as_uri()}?mode=ro" if read_only_source else str(source)
    src = sqlite3.connect(uri, uri=read_only_source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


class Document:
    """An open diagnostic. `session` is where services read and write."""

    def __init__(
        self,
        working_path: Path,
        target: Path | None,
        *,
        read_only: bool = False,
        modified: bool = False,
    ):
        self.working_path = working_path
        self.target = target
        self.read_only = read_only
        # Known before the sidecar is first written: a recovered copy must never be
        # described as unmodified, even for an instant (it would be discarded as such).
        self.modified = modified
        self.engine: Engine = working_engine(working_path)
        self.session = Session(self.engine, expire_on_commit=False)
        event.listen(self.session, "after_flush", self._after_flush)
        if target is not None:
            _open_in_this_process.add(target.resolve())
        self._write_meta()

    # -- creation -------------------------------------------------------------------------

    @staticmethod
    def _new_working_path() -> Path:
        return paths.working_dir() / f"{uuid.uuid4().hex}{SUFFIX}"

    @classmethod
    def create(cls, target: Path | None = None) -> Document:
        """An empty document (schema only); services fill the diagnostic."""
        working = cls._new_working_path()
        engine = working_engine(working)
        try:
            create_schema(engine)
        finally:
            engine.dispose()
        return cls(working, target)

    @classmethod
    def open(cls, path: Path) -> Document:
        path = Path(path).absolute()
        version = inspect_file(path)
        cls._refuse_if_open_elsewhere(path)
        working = cls._new_working_path()
        try:
            _copy_database(path, working, read_only_source=True)
            conn = sqlite3.connect(working)
            try:
                # Values first: SQLite's integrity check also fails on a CHECK constraint,
                # and "damaged" would hide which row another tool changed.
                problem = first_problem(conn, complete=version == SCHEMA_VERSION)
                damaged = not problem and integrity_problems(conn)
            finally:
                conn.close()
            if problem:
                raise DocumentError(unreadable_message(path, problem))
            if damaged:
                raise DocumentError(damaged_message(path))
            if version < SCHEMA_VERSION:
                upgrade(working)  # on the copy: the original stays as it was, as a backup
        except sqlite3.DatabaseError as exc:
            _remove_quietly(working)
            raise DocumentError(damaged_message(path)) from exc
        except DocumentError:
            _remove_quietly(working)
            raise
        except OSError as exc:
            _remove_quietly(working)
            raise DocumentError(os_error_message(exc, path, "d'ouvrir")) from exc
        except Exception as exc:  # a failed upgrade: the original is untouched
            _remove_quietly(working)
            raise DocumentError(
                f"La mise à jour du diagnostic {_name(path)} vers le nouveau format a échoué "
                f"({exc}). Le fichier n'a pas été modifié."
            ) from exc
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        return cls(working, path, read_only=not writable)

    @classmethod
    def recover(cls, copy: WorkingCopy) -> Document:
        """Adopt a working copy left by a dead process; its unsaved edits come back."""
        conn = sqlite3.connect(copy.path)
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise DocumentError(
                "La copie de travail récupérée est endommagée ; ouvrez le dernier fichier "
                "enregistré ou une sauvegarde."
            )
        return cls(copy.path, copy.target, modified=copy.modified)

    @staticmethod
    def _refuse_if_open_elsewhere(path: Path) -> None:
        resolved = path.resolve()
        if resolved in _open_in_this_process:
            raise DocumentError(
                f"Le diagnostic {_name(path)} est déjà ouvert dans cette fenêtre d'essdesk : "
                "revenez à son onglet pour le modifier, ou fermez-le avant de le rouvrir."
            )
        for copy in working_copies():
            if copy.target is not None and copy.target.resolve() == resolved and not copy.orphaned:
                raise DocumentError(
                    f"Le diagnostic {_name(path)} est déjà ouvert dans un autre essdesk "
                    f"(processus {copy.pid}). Fermez-le là-bas avant de l'ouvrir ici."
                )

    # -- state ---------------------------------------------------------------------------

    def _after_flush(self, _session: Session, _context: object) -> None:
        # Mark the sidecar "modified" before the commit, not after: a crash between the two
        # must still offer the edit back at the next start.
        if not self.modified:
            self.modified = True
            self._write_meta()

    def _write_meta(self) -> None:
        # Durable replace: after a power cut the sidecar is the old one or the new one.
        sidecar = {
            "target": str(self.target) if self.target else None,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "opened": dt.datetime.now().isoformat(timespec="seconds"),
            "modified": self.modified,
        }
        write_atomically(self.working_path.with_suffix(".json"),
                         json.dumps(sidecar, ensure_ascii=False, indent=1).encode("utf-8"))

    @property
    def display_name(self) -> str:
        return self.target.name if self.target else "Sans titre"

    #: The file store keeps edits in the working copy until "Enregistrer".
    saves_on_edit = False
    #: Set on a jalon opened read-only (`opening.jalon_document`): what the window names it.
    jalon: str | None = None

    @property
    def location(self) -> str:
        return str(self.target) if self.target else self.display_name

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read-only transaction on the working copy, through SQLAlchemy."""
        from essdesk.store.snapshot import reading

        self.session.commit()
        with reading(self.working_path) as conn:
            yield conn

    # -- saving --------------------------------------------------------------------------

    def as_jalon(self, name: str) -> None:
        """This working copy is a jalon's state, shown read-only: nothing to save or recover."""
        self.jalon = name
        self.modified = False
        self._write_meta()

    def save(self) -> Path:
        if self.target is None:
            raise DocumentError("Ce diagnostic n'a pas encore de fichier : utilisez « Enregistrer sous… ».")
        if self.read_only:
            raise DocumentError(
                f"Le diagnostic {_name(self.target)} est en lecture seule : utilisez "
                "« Enregistrer sous… » pour en faire une copie modifiable."
            )
        return self._write_to(self.target)

    def save_as(self, target: Path) -> Path:
        target = Path(target).absolute()
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if self.target is None or target.resolve() != self.target.resolve():
            self._refuse_if_open_elsewhere(target)
        self._write_to(target)
        if self.target is not None:
            _open_in_this_process.discard(self.target.resolve())
        self.target = target
        self.read_only = False
        _open_in_this_process.add(target.resolve())
        self._write_meta()
        return target

    def _write_to(self, target: Path) -> Path:
        self.session.commit()
        folder = target.parent
        if not folder.is_dir():
            raise DocumentError(f"Le dossier {folder} n'existe pas : choisissez un autre emplacement.")
        remove_stale_temporaries(target)
        tmp = temporary_sibling(target)
        try:
            _copy_database(self.working_path, tmp, read_only_source=False)
            conn = sqlite3.connect(tmp)
            try:
                if integrity_problems(conn):
                    raise DocumentError(
                        "La vérification du fichier écrit a échoué ; l'ancien fichier est "
                        "conservé. Réessayez, ou enregistrez ailleurs."
                    )
            finally:
                conn.close()
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            from essdesk.store import backups  # rotates copies of what is about to be replaced

            backups.keep_before_overwrite(target)
            os.replace(tmp, target)
            fsync_dir(folder)
        except OSError as exc:
            _remove_quietly(tmp)
            raise DocumentError(os_error_message(exc, target, "d'enregistrer")) from exc
        except sqlite3.Error as exc:
            _remove_quietly(tmp)
            if isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc).lower():
                raise DocumentError(
                    os_error_message(OSError(errno.ENOSPC, str(exc)), target, "d'enregistrer")
                ) from exc
            if isinstance(exc, sqlite3.OperationalError) and "disk i/o error" in str(exc).lower():
                raise DocumentError(
                    f"Impossible d'enregistrer {_name(target)} : erreur de lecture ou d'écriture "
                    "sur le support (clé USB retirée, disque réseau déconnecté ?). Vos "
                    "modifications sont conservées ; rebranchez le support ou enregistrez ailleurs."
                ) from exc
            if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc).lower():
                # SQLite could not create the temporary file: a read-only or locked folder
                raise DocumentError(
                    os_error_message(OSError(errno.EACCES, str(exc)), target, "d'enregistrer")
                ) from exc
            raise DocumentError(
                f"Impossible d'enregistrer {_name(target)} ({exc}). Vos modifications sont "
                "conservées ; essayez un autre emplacement."
            ) from exc
        except BaseException:
            _remove_quietly(tmp)
            raise
        self.modified = False
        self._write_meta()
        return target

    # -- closing -------------------------------------------------------------------------

    def close(self, *, keep_working_copy: bool = False) -> None:
        """Close; the working copy is removed unless asked to keep it (unsaved edits)."""
        self.session.close()
        self.engine.dispose()
        if self.target is not None:
            _open_in_this_process.discard(self.target.resolve())
        if not keep_working_copy:
            WorkingCopy(self.working_path, self.target, os.getpid(), "", "", False).discard()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection on the working copy (checks, bulk reads)."""
        conn = sqlite3.connect(self.working_path)
        try:
            yield conn
        finally:
            conn.close()

    def check(self) -> list[str]:
        """Integrity, foreign-key and content problems of the working copy (empty when sound)."""
        self.session.commit()
        with self.raw() as conn:
            problem = first_problem(conn)
            return [problem] if problem else integrity_problems(conn)


