"""Read-only snapshots of a document for reports, without SQLAlchemy.

An export only reads: it needs neither a working copy nor the ORM, whose import alone cost
more than the whole PDF of the demo (issue 6). A snapshot is a plain `sqlite3` connection
inside one read transaction, so every query of a report sees the same state even while the
application keeps committing edits to its working copy (WAL readers see a fixed snapshot).

Saved files are opened with `mode=ro`: not a byte of them changes. A file in an older
schema, or in WAL mode (reading it in place would leave -wal/-shm files beside it), goes
through `Document.open` instead, which reads a copy and leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from essdesk.errors import DocumentError
from essdesk.store.fileformat import (
    SCHEMA_VERSION,
    damaged_message,
    inspect_file,
    integrity_problems,
    is_wal,
    unreadable_message,
)


@contextlib.contextmanager
def reading(database: Path, *, check: bool = False) -> Iterator[sqlite3.Connection]:
    """One read transaction on an essdesk database of the current schema.

    `check` runs SQLite's integrity and foreign-key checks first (for files that did not
    come through `Document.open`). Read errors become a French DocumentError.
    """
    database = Path(database).absolute()
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=True)
    except sqlite3.Error as exc:
        raise DocumentError(
            f"Impossible de lire « {database.name} » ({exc}). Vérifiez vos droits sur ce fichier."
        ) from exc
    try:
        try:
            conn.execute("BEGIN")
            if check:
                from essdesk.store.content import first_problem

                if problem := first_problem(conn):
                    raise DocumentError(unreadable_message(database, problem))
                if integrity_problems(conn):
                    raise DocumentError(damaged_message(database))
        except sqlite3.DatabaseError as exc:
            raise DocumentError(damaged_message(database)) from exc
        yield conn
    except sqlite3.DatabaseError as exc:
        raise DocumentError(damaged_message(database)) from exc
    finally:
        conn.close()


@contextlib.contextmanager
def read_document(path: Path) -> Iterator[sqlite3.Connection]:
    """The saved state of the document at `path`, read-only, whatever its schema version."""
    path = Path(path).absolute()
    if inspect_file(path) < SCHEMA_VERSION or is_wal(path):
        from essdesk.store.document import Document  # upgrades a copy; the file stays as it was

        with Document.open(path) as document, reading(document.working_path) as conn:
            yield conn
        return
    with reading(path, check=True) as conn:
        yield conn
