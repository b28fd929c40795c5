"""The on-disk schema of a `.essdesk` file: identity stamps, creation and upgrades.

A document is a SQLite database stamped with `PRAGMA application_id` (so that essdesk can
tell its files from any other SQLite file) and `PRAGMA user_version` (the schema version).
Each schema version maps to one Alembic revision; upgrades run with Alembic in batch mode,
inside one explicit transaction, so a failing upgrade leaves nothing half-migrated.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from essdesk.store.fileformat import APPLICATION_ID, SCHEMA_VERSION

#: Alembic revision of each schema version.
REVISIONS = {1: "0001", 2: "0002", 3: "0003", 4: "0004"}
HEAD_REVISION = REVISIONS[SCHEMA_VERSION]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def working_engine(path: Path) -> Engine:
    """Engine on a working copy: WAL journal, foreign keys on, durable commits."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", configure_connection)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    return engine


def create_schema(engine: Engine) -> None:
    from essdesk.models.tables import Base

    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql(f"INSERT INTO alembic_version VALUES ('{HEAD_REVISION}')")
        stamp(conn.connection.driver_connection, SCHEMA_VERSION)


def stamp(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(version)}")


def upgrade(path: Path) -> None:
    """Bring the database at `path` to the current schema, in one transaction."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(f"sqlite:///{path}")

    # pysqlite commits DDL on its own; take over BEGIN so the whole upgrade is atomic.
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, HEAD_REVISION)
            stamp(conn.connection.driver_connection, SCHEMA_VERSION)
    finally:
        engine.dispose()
