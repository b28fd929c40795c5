"""The PostgreSQL store: one database, many diagnostics, shared by a team.

Layout. essdesk lives in its own PostgreSQL schemas, so that it never mixes with another
application's tables: a registry schema (`essdesk` by default, `--schema NAME` otherwise)
lists the diagnostics, and diagnostic N has a schema of its own, `essdesk_dN`, holding the
same tables as a `.essdesk` file. A session on diagnostic N runs with `search_path` set to
that schema, so the services, queries, report model and JSON interchange run on it
unchanged, and PostgreSQL's own GRANTs on a schema decide who may see a diagnostic.

Every edit is committed when made (there is no "Enregistrer" on a server). Each commit
also stamps the registry's `changed`, which `essdesk server list` shows.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from essdesk.errors import ConnectionLost, DocumentError, EssdeskError, PasswordNeeded
from essdesk.store import journal
from essdesk.store.address import Address, Server
from essdesk.store.fileformat import SCHEMA_VERSION

T = TypeVar("T")

_REGISTRY = "diagnostics"


# -- errors -------------------------------------------------------------------------------


def server_error(exc: BaseException, server: Server) -> EssdeskError:
    """One French sentence for what went wrong talking to the server, and what to do."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig)
    where = server.url.split("?", 1)[0]
    if state == "28P01" or "password" in message:
        # "no password supplied": libpq found none; otherwise the one given was refused.
        return PasswordNeeded(
            f"Le serveur {where} refuse la connexion (mot de passe ou utilisateur refusé). "
            "Vérifiez l'utilisateur de l'adresse et le mot de passe enregistré dans ~/.pgpass "
            "(ou PGPASSFILE).",
            refused="no password supplied" not in message,
        )
    if state == "28000" or ("role" in message and "does not exist" in message):
        return DocumentError(
            f"Le serveur {where} ne connaît pas cet utilisateur : vérifiez le nom avant « @ » "
            "dans l'adresse, ou demandez à l'administrateur de vous créer un compte (createuser)."
        )
    if state == "3D000" or ("database" in message and "does not exist" in message):
        return DocumentError(
            f"La base de données de {where} n'existe pas sur ce serveur : vérifiez son nom, ou "
            "demandez à l'administrateur de la créer (createdb)."
        )
    if state == "42501":
        return DocumentError(
            f"Vous n'avez pas le droit d'accéder à ce diagnostic sur {where} : demandez à "
            "l'administrateur du serveur de vous l'ouvrir (GRANT)."
        )
    if state == "42P01" or state == "3F000":
        return DocumentError(
            f"essdesk n'est pas installé sur la base {where} : lancez "
            f"« essdesk server init {server.url} » une fois."
        )
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return DocumentError(
            f"La connexion au serveur {where} a été perdue. Vérifiez le réseau ; ce qui n'était "
            "pas encore enregistré sur le serveur n'y est pas."
        )
    if state.startswith("08") or not state:
        return DocumentError(
            f"Le serveur {where} ne répond pas. Vérifiez l'adresse, le réseau, et que PostgreSQL "
            "y fonctionne ; le fichier hors ligne reste utilisable."
        )
    return DocumentError(f"Le serveur {where} a refusé l'opération ({message.strip()}).")


def talking_to(server: Server, work: Callable[[], T]) -> T:
    try:
        return work()
    except EssdeskError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        raise server_error(exc, server) from exc


# Passwords typed in the application's prompt: in memory for this process only, never
# written anywhere (libpq's own means, ~/.pgpass or a service file, are the lasting ones).
_passwords: dict[str, str] = {}


def remember_password(server: Server, password: str) -> None:
    """Use `password` for this server until the process ends (the application's prompt)."""
    _passwords[server.url] = password


def forget_password(server: Server) -> None:
    _passwords.pop(server.url, None)


def engine_for(server: Server, schema: str | None = None) -> Engine:
    """An engine on the server; with `schema`, every connection works inside it."""
    args: dict[str, Any] = {"connect_timeout": 10, "application_name": "essdesk"}
    if server.url in _passwords:
        args["password"] = _passwords[server.url]
    if schema is None:  # the registry's short connections: nothing to keep
        return create_engine(server.engine_url, connect_args=args, poolclass=NullPool)
    args["options"] = f"-c search_path={schema}"
    # A diagnostic's store keeps its connection between edits (a libpq connection per click
    # doubled a click's time); pre-ping finds one the server ended and makes a new one.
    return create_engine(server.engine_url, connect_args=args, pool_size=2, max_overflow=4,
                         pool_pre_ping=True)


@contextlib.contextmanager
def connected(server: Server, *, begin: bool = False) -> Iterator[Connection]:
    """One connection to the server's database (in a transaction with `begin`)."""
    engine = engine_for(server)
    try:
        with engine.begin() if begin else engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the registry ---------------------------------------------------------------------------


def init_server(server: Server, *, schema_given: bool) -> str:
    """Create (or check) essdesk's registry on a database; idempotent. Returns a French line."""

    def work() -> str:
        with connected(server, begin=True) as conn:
            others = conn.execute(text(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                "AND table_schema <> :schema AND table_schema NOT LIKE :diagnostics "
                "ORDER BY 1 LIMIT 3"),
                {"schema": server.schema, "diagnostics": server.schema + r"\_d%"}).scalars().all()
            if others and not schema_given:
                raise EssdeskError(
                    f"La base contient déjà d'autres tables ({', '.join(others)}…) : pour y "
                    "ranger essdesk à part, indiquez un schéma avec --schema NOM."
                )
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {_q(server.schema)}"))
            conn.execute(text(
                f"CREATE TABLE IF NOT EXISTS {_q(server.schema)}.{_REGISTRY} ("
                "number SERIAL PRIMARY KEY, uid VARCHAR(36) NOT NULL UNIQUE, "
                "schema_version INTEGER NOT NULL, "
                "created TIMESTAMPTZ NOT NULL DEFAULT now(), "
                "changed TIMESTAMPTZ NOT NULL DEFAULT now())"))
            newest = conn.execute(text(
                f"SELECT max(schema_version) FROM {_q(server.schema)}.{_REGISTRY}")).scalar()
            count = conn.execute(text(
                f"SELECT count(*) FROM {_q(server.schema)}.{_REGISTRY}")).scalar()
            from essdesk.store.members import secure_registry

            secure_registry(conn, server)  # a non-member does not even see the row
        if newest is not None and newest > SCHEMA_VERSION:
            raise EssdeskError(_too_new(server, newest))
        upgraded = _upgrade_older_diagnostics(server)
        _add_journals(server)
        return (f"essdesk est prêt sur {server.url} (schéma « {server.schema} », format "
                f"{SCHEMA_VERSION}, {count} diagnostic(s)"
                + (f", dont {upgraded} mis à jour" if upgraded else "") + ").")

    return talking_to(server, work)


def _upgrade_older_diagnostics(server: Server) -> int:
    """Bring each diagnostic schema to the current version with Alembic, one transaction each.

    Alembic's batch operations run as plain ALTERs on PostgreSQL (they recreate tables only
    on SQLite), and each schema keeps its own alembic_version table.
    """
    with connected(server) as conn:
        older = conn.execute(text(
            f"SELECT number FROM {_q(server.schema)}.{_REGISTRY} WHERE schema_version < :v "
            "ORDER BY number"), {"v": SCHEMA_VERSION}).scalars().all()
    for number in older:
        with connected(server, begin=True) as conn:
            conn.execute(text(f"SET LOCAL search_path TO {_q(server.schema_of(number))}"))
            migrate(conn)
            from essdesk.store.members import grant_new_tables

            grant_new_tables(conn, server.schema_of(number))
            conn.execute(text(f"UPDATE {_q(server.schema)}.{_REGISTRY} SET schema_version = :v "
                              "WHERE number = :n"), {"v": SCHEMA_VERSION, "n": number})
    return len(older)


def _add_journals(server: Server) -> None:
    """Diagnostics created before the journal get theirs (idempotent)."""
    with connected(server, begin=True) as conn:
        numbers = conn.execute(text(
            f"SELECT number FROM {_q(server.schema)}.{_REGISTRY} ORDER BY number")).scalars().all()
        for number in numbers:
            conn.execute(text(f"SET LOCAL search_path TO {_q(server.schema_of(number))}"))
            journal.metadata.create_all(conn)


def channel_of(address: Address) -> str:
    """The NOTIFY channel of one diagnostic (its schema is unique on the database)."""
    return address.server.schema_of(address.number)


def migrate(conn: Connection) -> None:
    """Alembic upgrade to the head revision on `conn` (inside the caller's transaction)."""
    from alembic import command
    from alembic.config import Config

    from essdesk.store.schema import HEAD_REVISION, MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    command.upgrade(config, HEAD_REVISION)


def _stamp_head(conn: Connection) -> None:
    from essdesk.store.schema import HEAD_REVISION

    conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
    conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": HEAD_REVISION})


def _too_new(server: Server, version: int) -> str:
    return (
        f"Les diagnostics de {server.url} sont au format {version}, plus récent que cet essdesk "
        f"(format {SCHEMA_VERSION}) : mettez essdesk à jour."
    )


def list_diagnostics(server: Server) -> list[dict[str, Any]]:
    """Number, title, territory and last change of each diagnostic the user may read."""

    def work() -> list[dict[str, Any]]:
        with connected(server) as conn:
            rows = conn.execute(text(
                f"SELECT number, changed FROM {_q(server.schema)}.{_REGISTRY} ORDER BY number"
            )).all()
            out = []
            for number, changed in rows:
                schema = _q(server.schema_of(number))
                try:
                    with conn.begin_nested():
                        title, territory = conn.execute(text(
                            f"SELECT title, territory_name FROM {schema}.diagnostic LIMIT 1")).one()
                except DBAPIError as exc:
                    if getattr(exc.orig, "sqlstate", "") != "42501":
                        raise
                    continue  # not granted to this user: not listed
                out.append({"number": number, "title": title, "territory": territory,
                            "changed": changed, "address": str(server.diagnostic(number))})
            conn.rollback()
            return out

    return talking_to(server, work)


# -- one diagnostic -----------------------------------------------------------------------------


class ServerStore:
    """An open diagnostic on a server: `session` is where services read and write."""

    saves_on_edit = True
    read_only = False
    jalon: str | None = None  # a server diagnostic is never a jalon opened read-only
    modified = False
    target = None

    def __init__(self, address: Address):
        self.address = address
        self.engine = engine_for(address.server, address.server.schema_of(address.number))
        self.session = Session(self.engine, expire_on_commit=False)
        self.session.info["store"] = self
        registry = f"{_q(address.server.schema)}.{_REGISTRY}"
        stamp = text(f"UPDATE {registry} SET changed = now() WHERE number = :n")

        self.client = uuid.uuid4().hex  # this window's NOTIFYs, which it skips
        self.channel = channel_of(address)
        notify = text("SELECT pg_notify(:c, :p)")

        @event.listens_for(self.session, "before_commit")
        def _stamp(session: Session) -> None:
            session.execute(stamp, {"n": address.number})

        @event.listens_for(self.session, "after_flush")
        def _journal(session: Session, _context: Any) -> None:
            # Same transaction as the edit: no edit without its line, no line without it.
            lines = journal.record(session)
            if lines:
                session.connection().execute(
                    notify, {"c": self.channel, "p": journal.payload(self.client, lines)})

        @event.listens_for(self.engine, "handle_error", retval=True)
        def _lost(context: Any) -> BaseException | None:
            # The server stopped answering (backend ended, network down, server stopped): one
            # French sentence the window can act on, whatever read or write was running.
            import psycopg

            if context.is_disconnect:
                return ConnectionLost(
                    f"La connexion au serveur a été perdue ({address.display}) : la "
                    "dernière modification n'y est pas enregistrée. essdesk se reconnecte dès que le "
                    "serveur répond."
                )
            original = context.original_exception
            if isinstance(original, psycopg.OperationalError):
                return ConnectionLost(str(server_error(original, address.server)))
            if getattr(original, "sqlstate", None) == "42501":  # a right taken back meanwhile
                return server_error(original, address.server)
            return None

    @classmethod
    def open(cls, address: Address) -> ServerStore:
        server = address.server

        def work() -> ServerStore:
            with connected(server) as conn:
                version = conn.execute(text(
                    f"SELECT schema_version FROM {_q(server.schema)}.{_REGISTRY} "
                    "WHERE number = :n"), {"n": address.number}).scalar()
                # Without USAGE the search path would skip the schema silently.
                granted = version is None or conn.execute(
                    text("SELECT has_schema_privilege(:s, 'USAGE')"),
                    {"s": server.schema_of(address.number)}).scalar()
            if not granted:
                raise DocumentError(
                    f"Vous n'avez pas le droit d'ouvrir le diagnostic n° {address.number} de ce "
                    "serveur : demandez à son administrateur de vous l'ouvrir (GRANT)."
                )
            if version is None:  # row-level security hides what is not granted: one message
                raise DocumentError(
                    f"Il n'y a pas de diagnostic n° {address.number} sur ce serveur, ou vous n'avez "
                    f"pas le droit de le voir : « essdesk server list {server.url} » liste ceux qui "
                    "vous sont ouverts ; son administrateur peut vous l'ouvrir (essdesk server grant, "
                    "un GRANT de PostgreSQL)."
                )
            if version > SCHEMA_VERSION:
                raise DocumentError(_too_new(server, version))
            if version < SCHEMA_VERSION:
                raise DocumentError(
                    f"Le diagnostic n° {address.number} est à un format plus ancien (format "
                    f"{version}) : lancez une fois « essdesk server init {server.url} » pour "
                    "mettre le serveur à jour."
                )
            store = cls(address)
            try:
                # A member "en lecture" gets a read-only window (PostgreSQL refuses the rest).
                store.read_only = not store.session.execute(
                    text("SELECT has_table_privilege('lever', 'UPDATE')")).scalar()
                store.forget_transaction()
            except BaseException:
                store.close()
                raise
            return store

        return talking_to(server, work)

    @classmethod
    def create(cls, server: Server, uid: str) -> ServerStore:
        """A new, empty diagnostic schema (tables only); the caller fills it."""
        from essdesk.models.tables import Base

        def work() -> ServerStore:
            with connected(server, begin=True) as conn:
                number = conn.execute(text(
                    f"INSERT INTO {_q(server.schema)}.{_REGISTRY} (uid, schema_version) "
                    "VALUES (:uid, :v) RETURNING number"), {"uid": uid, "v": SCHEMA_VERSION}).scalar_one()
                schema = server.schema_of(number)
                conn.execute(text(f"CREATE SCHEMA {_q(schema)}"))
                conn.execute(text(f"SET LOCAL search_path TO {_q(schema)}"))
                Base.metadata.create_all(conn)
                journal.metadata.create_all(conn)
                _stamp_head(conn)  # later versions upgrade it with Alembic (server init)
            return cls(server.diagnostic(number))

        return talking_to(server, work)

    # -- what every store offers -----------------------------------------------------------

    @property
    def location(self) -> str:
        return str(self.address)

    @property
    def display_name(self) -> str:
        return self.address.display

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read-only transaction: every query of an export sees the same state."""
        conn = self.engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True)
        try:
            with conn.begin():
                yield conn
        except SQLAlchemyError as exc:
            raise server_error(exc, self.address.server) from exc
        finally:
            conn.close()

    def ping(self) -> None:
        """Raise ConnectionLost unless the server answers the session now. The session
        starts afresh (a connection the server ended is dropped) and keeps no transaction."""
        self.forget_transaction()
        try:
            self.session.execute(text("SELECT 1"))
        finally:
            self.forget_transaction()

    def probe(self) -> None:
        """Raise ConnectionLost unless the server answers a connection of its own (safe on
        a worker thread: the session is not touched)."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def notifications(self, stopped: Callable[[], bool], wait: float = 0.25) -> Iterator[dict[str, Any]]:
        """Colleagues' changes as they commit (LISTEN on the diagnostic's channel, on a
        connection of its own, so it may run on a worker thread): the decoded NOTIFY
        payloads (see journal.payload), this store's own skipped. Where NOTIFY does not come
        through (a pooler in transaction mode, a server that refuses LISTEN), the journal is
        polled instead (`polled`). Ends once `stopped()`; raises ConnectionLost when the
        server goes away (the caller listens again later)."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if self.notify_comes_through(conn):
                yield from self._listened(conn, stopped, wait)
                return
        yield from self.polled(stopped)

    def notify_comes_through(self, conn: Connection, timeout: float = 2.0) -> bool:
        """LISTEN, then NOTIFY a probe to ourselves: True once it arrives."""
        import json

        probe = json.dumps({"client": self.client, "probe": uuid.uuid4().hex})
        try:
            conn.exec_driver_sql(f"LISTEN {_q(self.channel)}")
            conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": self.channel, "p": probe})
            raw = conn.connection.dbapi_connection
            assert raw is not None
            for note in raw.notifies(timeout=timeout, stop_after=1):  # type: ignore[attr-defined]
                if note.payload == probe:
                    return True
        except SQLAlchemyError:
            return False
        except Exception as exc:  # psycopg's OperationalError: the server went away
            raise ConnectionLost(str(server_error(exc, self.address.server))) from exc
        return False

    def _listened(
        self, conn: Connection, stopped: Callable[[], bool], wait: float
    ) -> Iterator[dict[str, Any]]:
        import json

        raw = conn.connection.dbapi_connection
        assert raw is not None
        while not stopped():
            try:
                for note in raw.notifies(timeout=wait):  # type: ignore[attr-defined]
                    body = json.loads(note.payload)
                    if body.get("client") != self.client and "probe" not in body:
                        yield body
                    if stopped():
                        return
            except Exception as exc:  # psycopg's OperationalError: the server went away
                raise ConnectionLost(str(server_error(exc, self.address.server))) from exc

    def polled(
        self, stopped: Callable[[], bool], every: float = 1.0
    ) -> Iterator[dict[str, Any]]:
        """The same payloads as NOTIFY's, read from the journal's new lines every `every`
        seconds. The journal does not know which window wrote a line, so one's own edits
        come back too (the views redraw them unchanged)."""
        import json

        lines = journal.journal
        try:
            with self.engine.connect() as conn:
                last = conn.execute(select(func.coalesce(func.max(lines.c.id), 0))).scalar_one()
                conn.rollback()
                while not stopped():
                    deadline = time.monotonic() + every
                    while not stopped() and time.monotonic() < deadline:
                        time.sleep(min(0.05, every))
                    found = conn.execute(
                        select(lines.c.id, lines.c.entity, lines.c.row_id, lines.c.step)
                        .where(lines.c.id > last).order_by(lines.c.id)
                    ).all()
                    conn.rollback()  # no transaction kept open between two polls
                    if found:
                        last = found[-1].id
                        yield json.loads(journal.payload("", [row._asdict() for row in found]))
        except SQLAlchemyError as exc:
            raise ConnectionLost(str(server_error(exc, self.address.server))) from exc

    def forget_transaction(self) -> None:
        """Roll the session back, whatever state a lost connection left it in."""
        with contextlib.suppress(SQLAlchemyError, EssdeskError):
            self.session.rollback()

    def check(self) -> list[str]:
        """PostgreSQL enforces every constraint of the schema: what is stored is sound."""
        with self.reading() as conn:
            conn.execute(select(text("1")))
        return []

    def close(self) -> None:
        # Every edit is committed already: a connection the server ended has nothing to
        # roll back, and closing must not fail on it.
        self.forget_transaction()
        with contextlib.suppress(SQLAlchemyError, EssdeskError):
            self.session.close()
        self.engine.dispose()

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def copy_rows(source: Connection, target: Connection) -> None:
    """Every row of every table, ids, uids and versions included, in dependency order."""
    from essdesk.models.tables import Base

    for table in Base.metadata.sorted_tables:
        rows = [dict(row) for row in source.execute(select(table)).mappings()]
        if rows:
            target.execute(insert(table), rows)
    if target.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in Base.metadata.sorted_tables:
            if "id" in table.columns and table.columns["id"].primary_key:
                target.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {_q(table.name)}), 0) + 1, false)"))
