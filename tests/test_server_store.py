"""The PostgreSQL store, against a real server: addresses, the registry, publish and copy,
the commands on an address, and the French messages when the server says no."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import text

from essdesk.cli import main
from essdesk.domain.demo import build_demo
from essdesk.domain.services import Services
from essdesk.errors import EssdeskError
from essdesk.export.report import build_report
from essdesk.store.address import Address, Server
from essdesk.store.document import Document
from essdesk.store.opening import open_store, publish, take_copy
from essdesk.store.server import ServerStore, engine_for, list_diagnostics
from essdesk.store.snapshot import read_document


@pytest.fixture
def demo_file(tmp_path, referential) -> Path:
    doc = Document.create()
    try:
        build_demo(doc.session, referential)
        return doc.save_as(tmp_path / "laine.essdesk")
    finally:
        doc.close()


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- addresses ------------------------------------------------------------------------------


def test_an_address_keeps_libpq_parameters_and_names_the_diagnostic():
    address = Address.parse("postgresql://anne@db.cress.fr:5433/essdesk?sslmode=verify-full#12")
    assert address.number == 12 and address.server.schema == "essdesk"
    assert address.server.engine_url == "postgresql+psycopg://anne@db.cress.fr:5433/essdesk?sslmode=verify-full"
    assert str(address) == "postgresql://anne@db.cress.fr:5433/essdesk?sslmode=verify-full#12"
    assert str(Address.parse("postgresql://anne@h/b#equipe/3")) == "postgresql://anne@h/b#equipe/3"


@pytest.mark.parametrize(("text", "words"), [
    ("postgresql://anne:secret@h/b#1", "mot de passe"),
    ("postgresql://anne@h/b", "numéro du diagnostic"),
    ("postgresql://anne@h/b#trois", "numéro de diagnostic"),
    ("postgresql://anne@h/b#Équipe/1", "Nom de schéma invalide"),
])
def test_a_bad_address_is_refused_in_french(text, words):
    with pytest.raises(EssdeskError, match=words):
        Address.parse(text)


# -- the registry ---------------------------------------------------------------------------


def test_server_init_is_idempotent_and_refuses_a_database_of_another_application(pg_url, capsys):
    engine = engine_for(Server.parse(pg_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS public.factures (n integer)"))
    engine.dispose()
    code, _, err = _run(capsys, "server", "init", pg_url)
    assert code == 1 and "autres tables" in err and "--schema" in err
    schema = f"s{uuid.uuid4().hex[:8]}"
    for _ in range(2):
        code, out, _ = _run(capsys, "server", "init", pg_url, "--schema", schema)
        assert code == 0 and "0 diagnostic(s)" in out


def test_publish_then_list_then_copy_keeps_every_byte_of_the_json(demo_file, server, tmp_path, capsys):
    code, out, _ = _run(capsys, "publish", str(demo_file), server.url, "--schema", server.schema)
    assert code == 0
    address = out.strip().removeprefix("Publié : ")
    assert address.endswith(f"#{server.schema}/1")
    code, out, _ = _run(capsys, "server", "list", server.url, "--schema", server.schema)
    assert "n° 1" in out and "Filière laine" in out and address in out

    assert _run(capsys, "export-json", str(demo_file), str(tmp_path / "fichier.json"))[0] == 0
    assert _run(capsys, "export-json", address, str(tmp_path / "serveur.json"))[0] == 0
    assert _run(capsys, "copy", address, str(tmp_path / "copie.essdesk"))[0] == 0
    assert _run(capsys, "export-json", str(tmp_path / "copie.essdesk"), str(tmp_path / "copie.json"))[0] == 0
    original = (tmp_path / "fichier.json").read_bytes()
    assert (tmp_path / "serveur.json").read_bytes() == original
    assert (tmp_path / "copie.json").read_bytes() == original


def test_publishing_twice_points_to_the_first_copy(demo_file, server):
    first = publish(demo_file, server)
    with pytest.raises(EssdeskError, match=str(first).replace("?", r"\?")):
        publish(demo_file, server)
    assert [row["number"] for row in list_diagnostics(server)] == [first.number]


def test_every_reading_command_accepts_an_address(demo_file, server, tmp_path, capsys):
    address = str(publish(demo_file, server))
    code, out, _ = _run(capsys, "info", address)
    assert code == 0 and "Filière laine" in out and "Sur le serveur" in out
    assert _run(capsys, "check", address)[0] == 0
    code, _, err = _run(capsys, "export", address, "--xlsx", str(tmp_path / "s.xlsx"),
                        "--pdf", str(tmp_path / "r.pdf"))
    assert code == 0, err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = _run(capsys, "minutes", address, "--session", "1", "--pdf", str(tmp_path / "cr.pdf"))
    assert code == 0, err


def test_the_report_reads_the_same_model_from_the_file_and_the_server(demo_file, server, referential):
    address = publish(demo_file, server)
    with read_document(demo_file) as conn:
        from_file = build_report(conn, referential)
    with ServerStore.open(address) as store, store.reading() as conn:
        from_server = build_report(conn, referential)
    assert from_server == from_file


# -- editing on the server ------------------------------------------------------------------------


def test_an_edit_is_on_the_server_at_once_for_everyone(demo_file, server):
    address = publish(demo_file, server)
    with open_store(str(address)) as ours, open_store(str(address)) as theirs:
        lever = Services(ours.session).diagnostic().steps[0].levers[0]
        Services(ours.session).update_lever(lever.id, notes="Décidé en atelier à Hirschland")
        again = Services(theirs.session).lever(lever.id)
        assert again.notes == "Décidé en atelier à Hirschland"
    listed = {row["number"]: row for row in list_diagnostics(server)}
    assert listed[address.number]["changed"] is not None


def test_an_offline_copy_is_a_normal_file(demo_file, server, tmp_path, referential):
    address = publish(demo_file, server)
    copy = take_copy(address, tmp_path / "hors-ligne.essdesk")
    with Document.open(copy) as doc:
        assert doc.check() == []
        Services(doc.session).add_actor(name="Lainamac")  # new ids do not collide
        doc.save()
    with pytest.raises(EssdeskError, match="existe déjà"):
        take_copy(address, copy)


def test_new_rows_on_the_server_after_a_publish_get_fresh_ids(demo_file, server):
    address = publish(demo_file, server)
    with open_store(str(address)) as store:
        services = Services(store.session)
        before = len(services.diagnostic().actors)
        services.add_actor(name="Filature de Chaumont")
        assert len(services.diagnostic().actors) == before + 1


# -- when the server says no ---------------------------------------------------------------------


def test_an_unreachable_server_is_one_french_sentence(capsys):
    code, _, err = _run(capsys, "info", "postgresql://anne@127.0.0.1:9/essdesk#1")
    assert code == 1 and "ne répond pas" in err and err.count("\n") == 1


def test_a_server_without_essdesk_says_to_run_init(pg_url, capsys):
    code, _, err = _run(capsys, "server", "list", pg_url, "--schema", "jamais_installe")
    assert code == 1 and "server init" in err


def test_an_unknown_diagnostic_number_points_to_the_list(server, capsys):
    code, _, err = _run(capsys, "info", str(server.diagnostic(404)))
    assert code == 1 and "n° 404" in err and "server list" in err


def test_a_missing_database_is_named(pg_url, capsys):
    other = pg_url.replace("/essdesk_test", "/base_qui_n_existe_pas")
    code, _, err = _run(capsys, "server", "list", other)
    assert code == 1 and "n'existe pas" in err


def test_a_diagnostic_not_granted_to_a_user_is_refused_and_not_listed(demo_file, server, pg_url, capsys):
    address = publish(demo_file, server)
    role = f"intrus{uuid.uuid4().hex[:6]}"
    engine = engine_for(server)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{server.schema}" TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON "{server.schema}".diagnostics TO "{role}"'))
    engine.dispose()
    parts = urlsplit(server.url)
    host = parts.netloc.rpartition("@")[2]
    as_intruder = Server(urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, "")),
                         server.schema)
    assert list_diagnostics(as_intruder) == []
    code, _, err = _run(capsys, "info", str(as_intruder.diagnostic(address.number)))
    assert code == 1 and "droit" in err, err


def test_the_command_line_help_names_the_server_commands():
    done = subprocess.run([sys.executable, "-m", "essdesk", "--help"], capture_output=True, text=True)
    for word in ("server", "publish", "copy"):
        assert word in done.stdout


def test_a_server_diagnostic_carries_its_alembic_revision_and_init_upgrades_older_ones(
        demo_file, server, capsys):
    """Each diagnostic schema is stamped with Alembic's head; a diagnostic the registry says is
    older goes through Alembic at the next `server init` (here: already at head, so the
    upgrade is Alembic's no-op and only the registry moves)."""
    from essdesk.store.schema import HEAD_REVISION

    address = publish(demo_file, server)
    engine = engine_for(server, server.schema_of(address.number))
    with engine.begin() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        conn.execute(text(f'UPDATE "{server.schema}".diagnostics SET schema_version = 1'))
    code, out, _ = _run(capsys, "server", "init", server.url, "--schema", server.schema)
    assert code == 0 and "dont 1 mis à jour" in out
    with engine.connect() as conn:
        from essdesk.store.fileformat import SCHEMA_VERSION

        assert conn.execute(text(f'SELECT schema_version FROM "{server.schema}".diagnostics')).scalar() \
            == SCHEMA_VERSION
    engine.dispose()
