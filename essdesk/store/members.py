"""Who may see a server diagnostic: PostgreSQL's own roles, privileges and row-level security.

A member of diagnostic N is a role with USAGE on its schema `<registry>_dN` ("lecture":
SELECT on its tables; "écriture": also INSERT, UPDATE, DELETE, and INSERT only on its journal,
which nobody but the owner may rewrite). The schema privileges already hide the diagnostic's
tables from anyone else (permission denied on each); row-level security on the registry
hides its row too: a non-member does not even see that a diagnostic n° N exists, nor its
title. The roles stay PostgreSQL's: `essdesk server grant/revoke/members` only run GRANT and
REVOKE, so an administrator may do the same in psql. The schema owner (who ran `server
init` and `publish`) should not be the role people work with: the owner bypasses RLS.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from essdesk.errors import DocumentError
from essdesk.store.address import Address, Server
from essdesk.store.server import _REGISTRY, _q, connected, talking_to


def secure_registry(conn: Connection, server: Server) -> None:
    """Row-level security on the registry (idempotent; run by `server init`)."""
    registry = f"{_q(server.schema)}.{_REGISTRY}"
    prefix = server.schema + "_d"
    # CASE first checks the schema exists: has_schema_privilege raises on a missing one.
    visible = (
        f"CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{prefix}' || number) "
        f"THEN has_schema_privilege('{prefix}' || number, 'USAGE') ELSE false END"
    )
    conn.execute(text(f"ALTER TABLE {registry} ENABLE ROW LEVEL SECURITY"))
    for name in ("members_see", "writers_stamp"):
        conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {registry}"))
    conn.execute(text(f"CREATE POLICY members_see ON {registry} FOR SELECT USING ({visible})"))
    conn.execute(text(f"CREATE POLICY writers_stamp ON {registry} FOR UPDATE USING ({visible})"))


def grant_new_tables(conn: Connection, schema: str) -> None:
    """After an upgrade added tables (jalons, indicators), each member gets on them what it
    has on the others: GRANT … ON ALL TABLES only reached the tables of its day."""
    rows = conn.execute(
        text(
            "SELECT rolname, has_table_privilege(oid, :lever, 'UPDATE') FROM pg_roles "
            "WHERE NOT rolsuper AND rolname NOT LIKE 'pg\\_%' AND rolname <> current_user "
            "AND has_schema_privilege(oid, :schema, 'USAGE')"
        ),
        {"lever": f"{_q(schema)}.lever", "schema": schema},
    ).all()
    for role, write in rows:
        who, where = _q(role), _q(schema)
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {where} TO {who}"))
        if write:
            conn.execute(
                text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {who}")
            )
            if conn.execute(text("SELECT to_regclass(:j)"), {"j": f"{where}.journal"}).scalar():
                conn.execute(text(f"REVOKE UPDATE, DELETE ON {where}.journal FROM {who}"))
            conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {where} TO {who}"))


def _role(conn: Connection, role: str) -> str:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    if not exists:
        raise DocumentError(
            f"Le rôle « {role} » n'existe pas sur ce serveur : créez-le d'abord "
            f"(createuser {role}, ou CREATE ROLE dans psql)."
        )
    return _q(role)


def _schema(conn: Connection, address: Address) -> str:
    server = address.server
    found = conn.execute(
        text(f"SELECT 1 FROM {_q(server.schema)}.{_REGISTRY} WHERE number = :n"),
        {"n": address.number},
    ).scalar()
    if not found:
        raise DocumentError(
            f"Il n'y a pas de diagnostic n° {address.number} sur ce serveur : "
            f"« essdesk server list {server.url} » liste ceux qui existent."
        )
    return _q(server.schema_of(address.number))


def grant(address: Address, role: str, *, write: bool) -> str:
    """Make `role` a member of the diagnostic (reading, or writing too); a French line."""

    def work() -> str:
        server = address.server
        with connected(server, begin=True) as conn:
            who, schema = _role(conn, role), _schema(conn, address)
            registry = f"{_q(server.schema)}.{_REGISTRY}"
            conn.execute(text(f"GRANT USAGE ON SCHEMA {_q(server.schema)} TO {who}"))
            conn.execute(text(f"GRANT SELECT ON {registry} TO {who}"))
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {who}"))
            conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {who}"))
            conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {who}"))
            if write:
                conn.execute(text(f"GRANT UPDATE (changed) ON {registry} TO {who}"))
                conn.execute(
                    text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {who}")
                )
                conn.execute(text(f"REVOKE UPDATE, DELETE ON {schema}.journal FROM {who}"))
                conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {who}"))
        what = "lecture et écriture" if write else "lecture seule"
        return f"« {role} » est membre du diagnostic n° {address.number} ({what})."

    return talking_to(address.server, work)


def revoke(address: Address, role: str) -> str:
    def work() -> str:
        with connected(address.server, begin=True) as conn:
            who, schema = _role(conn, role), _schema(conn, address)
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {who}"))
            conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {who}"))
            conn.execute(text(f"REVOKE ALL ON SCHEMA {schema} FROM {who}"))
        return f"« {role} » n'a plus accès au diagnostic n° {address.number}."

    return talking_to(address.server, work)


def members(address: Address) -> list[tuple[str, bool]]:
    """(role, may write) of each member (superusers, who see everything, left out)."""

    def work() -> list[tuple[str, bool]]:
        with connected(address.server) as conn:
            _schema(conn, address)
            schema = address.server.schema_of(address.number)
            rows = conn.execute(
                text(
                    "SELECT rolname, has_table_privilege(oid, :lever, 'UPDATE') FROM pg_roles "
                    "WHERE NOT rolsuper AND rolname NOT LIKE 'pg\\_%' "
                    "AND has_schema_privilege(oid, :schema, 'USAGE') ORDER BY rolname"
                ),
                {"lever": f"{_q(schema)}.lever", "schema": schema},
            ).all()
            return [(name, bool(write)) for name, write in rows]

    return talking_to(address.server, work)
