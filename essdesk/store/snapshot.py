"""Read-only snapshots of a `.essdesk` database for reports, through SQLAlchemy.

An export only reads: it needs no working copy. A snapshot is a SQLAlchemy connection
inside one SQLite read transaction, so every query of a report sees the same state even
while the application keeps committing edits to its working copy (WAL readers see a fixed
snapshot). The report model reads it with Core selects, the same way it reads a server
(`ServerStore.reading`): one read path for both stores.

Saved files are opened with `mode=ro`: not a byte of them changes. A file in an older
schema, or in WAL mode (reading it in place would leave -wal/-shm files beside it), goes
through `Document.open` instead, which reads a copy and leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

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
def reading(database: Path, *, check: bool = False) -> Iterator[Connection]:
    """One read transaction on an essdesk database of the current schema.

    `check` runs the content and SQLite integrity checks first (for files that did not
    come through `Document.open`). Read errors become a French DocumentError.
    """
    database = Path(database).absolute()
    uri = f"{database.as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        # isolation_level=None: the transaction below is ours (BEGIN … ROLLBACK), so all the
        # report's SELECTs share one snapshot; the connection may serve an export thread.
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise DocumentError(
                f"Impossible de lire « {database.name} » ({exc.orig}). Vérifiez vos droits sur ce fichier."
            ) from exc
        with conn:
            try:
                conn.exec_driver_sql("BEGIN")
                if check:
                    _refuse_unreadable(conn, database)
            except (DBAPIError, sqlite3.DatabaseError) as exc:
                raise DocumentError(damaged_message(database)) from exc
            try:
                yield conn
            except DBAPIError as exc:
                raise DocumentError(damaged_message(database)) from exc
            finally:
                with contextlib.suppress(DBAPIError):
                    conn.exec_driver_sql("ROLLBACK")
    finally:
        engine.dispose()


def _refuse_unreadable(conn: Connection, database: Path) -> None:
    from essdesk.store.content import first_problem

    raw = conn.connection.driver_connection
    if problem := first_problem(raw):
        raise DocumentError(unreadable_message(database, problem))
    if integrity_problems(raw):
        raise DocumentError(damaged_message(database))


@contextlib.contextmanager
def read_document(path: Path) -> Iterator[Connection]:
    """The saved state of the document at `path`, read-only, whatever its schema version."""
    path = Path(path).absolute()
    if inspect_file(path) < SCHEMA_VERSION or is_wal(path):
        from essdesk.store.document import Document  # reads a copy; the file stays as it was

        with Document.open(path) as document, reading(document.working_path) as conn:
            yield conn
        return
    with reading(path, check=True) as conn:
        yield conn
