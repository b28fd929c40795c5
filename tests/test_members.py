"""Who may see a server diagnostic, checked with plain SQL as each role (psycopg, no essdesk
code in between): a non-member sees no row of it in any table, not even its registry row."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from sqlalchemy import text

from essdesk.cli import main
from essdesk.domain.demo import build_demo
from essdesk.models.tables import Base
from essdesk.store.address import Server
from essdesk.store.server import ServerStore, engine_for


def _diagnostic(server, referential):
    store = ServerStore.create(server, str(uuid.uuid4()))
    build_demo(store.session, referential)
    address = store.address
    store.close()
    return address


def _role(server) -> str:
    role = f"cm{uuid.uuid4().hex[:8]}"
    engine = engine_for(server)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    engine.dispose()
    return role


def _as(server, role: str) -> str:
    parts = urlsplit(server.url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, ""))


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


TABLES = [t.name for t in Base.metadata.sorted_tables] + ["journal"]


def test_a_non_member_sees_no_row_of_the_diagnostic_in_any_table(server, referential, capsys):
    ours, theirs = _diagnostic(server, referential), _diagnostic(server, referential)
    role = _role(server)
    code, out = _run(capsys, "server", "grant", str(ours), role, "--write")
    assert code == 0 and "écriture" in out
    registry = f'"{server.schema}".diagnostics'
    hidden = f'"{server.schema_of(theirs.number)}"'
    with psycopg.connect(_as(server, role), autocommit=True) as conn:
        assert conn.execute(f"SELECT number FROM {registry}").fetchall() == [(ours.number,)]
        assert conn.execute(
            f"SELECT count(*) FROM {registry} WHERE number = %s", (theirs.number,)
        ).fetchone() == (0,)
        touched = conn.execute(
            f"UPDATE {registry} SET changed = now() WHERE number = %s", (theirs.number,)
        )
        assert touched.rowcount == 0
        for table in TABLES:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {hidden}.{table}")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"UPDATE {hidden}.{table} SET id = id")
        # Their own diagnostic: readable, and its journal is append-only for them.
        mine = f'"{server.schema_of(ours.number)}"'
        assert conn.execute(f"SELECT count(*) FROM {mine}.lever").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"DELETE FROM {mine}.journal")


def test_injection_through_the_role_name_stays_a_name(server, referential, capsys):
    address = _diagnostic(server, referential)
    code, out = _run(capsys, "server", "grant", str(address), 'x"; DROP SCHEMA public; --')
    assert code == 1 and "n'existe pas" in out


def test_a_reader_gets_a_read_only_store_members_lists_and_revoke_hides_again(
    server, referential, capsys
):
    address = _diagnostic(server, referential)
    reader, writer = _role(server), _role(server)
    assert _run(capsys, "server", "grant", str(address), reader)[0] == 0
    assert _run(capsys, "server", "grant", str(address), writer, "--write")[0] == 0
    code, out = _run(capsys, "server", "members", str(address))
    assert code == 0
    lines = {line.split()[0]: line.split()[1] for line in out.strip().splitlines()}
    assert lines[reader] == "lecture" and lines[writer] == "écriture"
    as_reader = Server(_as(server, reader), server.schema).diagnostic(address.number)
    with ServerStore.open(as_reader) as store:
        assert store.read_only
    as_writer = Server(_as(server, writer), server.schema).diagnostic(address.number)
    with ServerStore.open(as_writer) as store:
        assert not store.read_only
    assert _run(capsys, "server", "revoke", str(address), reader)[0] == 0
    code, out = _run(capsys, "server", "list", _as(server, reader), "--schema", server.schema)
    assert "Aucun diagnostic" in out
    with psycopg.connect(_as(server, reader), autocommit=True) as conn:
        assert conn.execute(f'SELECT count(*) FROM "{server.schema}".diagnostics').fetchone() == (
            0,
        )
