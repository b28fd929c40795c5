"""The .essdesk document: working copy, atomic save, recovery, migrations."""

import hashlib
import json
import os
import sqlite3

import pytest
from sqlalchemy import create_engine, inspect

from essdesk.domain.services import Services
from essdesk.errors import DocumentError
from essdesk.exchange.interchange import to_dict
from essdesk.store import backups
from essdesk.store.document import Document, orphaned_working_copies
from essdesk.store.schema import APPLICATION_ID, HEAD_REVISION, SCHEMA_VERSION, upgrade


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saved_file_is_stamped_and_reopens_with_every_edit(document, tmp_path):
    services = Services(document.session)
    services.update_lever(services.lever_by_code("1.1").id, status="done", notes="Fait")
    assert document.modified
    target = document.save_as(tmp_path / "diag")
    assert target.name == "diag.essdesk" and not document.modified
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    conn.close()
    before = to_dict(document.session)
    document.close()
    with Document.open(target) as reopened:
        assert to_dict(reopened.session) == before
        assert not reopened.modified


def test_opening_never_changes_the_file(tmp_path, referential):
    source = tmp_path / "d.essdesk"
    source.write_bytes((__import__("pathlib").Path(__file__).parent / "fixtures/schema-v1.essdesk").read_bytes())
    digest = sha(source)
    with Document.open(source) as doc:
        services = Services(doc.session)
        services.update_diagnostic(title="Modifié sans enregistrer")
    assert sha(source) == digest
    assert not list(tmp_path.glob(".*tmp"))


def test_save_leaves_no_temporary_file_and_backs_up_the_previous_version(document, tmp_path):
    target = document.save_as(tmp_path / "d.essdesk")
    Services(document.session).update_diagnostic(title="Deuxième version")
    document.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.essdesk"]
    kept = backups.list_backups(target)
    assert len(kept) == 1
    with Document.open(kept[0].path) as old:
        assert Services(old.session).diagnostic().title == "Diagnostic de test"


def test_backups_rotate_but_keep_recent_and_daily(document, tmp_path):
    import datetime as dt

    target = document.save_as(tmp_path / "d.essdesk")
    start = dt.datetime(2024, 1, 1, 9)
    for i in range(12):  # 12 saves over 6 days, two a day
        backups.keep_before_overwrite(target, now=start + dt.timedelta(hours=12 * i))
    kept = backups.list_backups(target)
    days = {b.taken.date() for b in kept}
    assert len(days) == 6  # one per day survives
    assert kept[0].taken == start + dt.timedelta(hours=12 * 11)  # newest first
    assert len(kept) <= backups.KEEP_RECENT + 6


def test_a_dead_process_working_copy_is_offered_back_with_its_edits(document, tmp_path):
    target = document.save_as(tmp_path / "d.essdesk")
    Services(document.session).update_diagnostic(title="Édité puis crash")
    meta = document.working_path.with_suffix(".json")
    data = json.loads(meta.read_text())
    data["pid"] = 2**22 + 12345  # no such process: as if essdesk had died
    meta.write_text(json.dumps(data))
    document.session.close()
    document.engine.dispose()
    from essdesk.store import document as docmod

    docmod._open_in_this_process.clear()

    orphans = orphaned_working_copies()
    assert [o.target for o in orphans] == [target] and orphans[0].modified
    recovered = Document.recover(orphans[0])
    assert Services(recovered.session).diagnostic().title == "Édité puis crash"
    assert recovered.modified and recovered.target == target
    assert orphaned_working_copies() == []
    recovered.close()


def test_the_same_file_cannot_be_opened_twice(document, tmp_path):
    target = document.save_as(tmp_path / "d.essdesk")
    with pytest.raises(DocumentError, match="déjà ouvert"):
        Document.open(target)


def test_newer_documents_are_refused_untouched(tmp_path):
    path = tmp_path / "future.essdesk"
    path.write_bytes((__import__("pathlib").Path(__file__).parent / "fixtures/schema-v1.essdesk").read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    digest = sha(path)
    with pytest.raises(DocumentError, match="version plus récente d'essdesk"):
        Document.open(path)
    assert sha(path) == digest


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    """The Alembic chain from an empty database gives exactly the tables the ORM declares."""
    from essdesk.store.schema import create_schema, working_engine

    migrated = tmp_path / "migrated.db"
    sqlite3.connect(migrated).close()
    upgrade(migrated)
    declared = tmp_path / "declared.db"
    engine = working_engine(declared)
    create_schema(engine)
    engine.dispose()

    def shape(path):
        insp = inspect(create_engine(f"sqlite:///{path}"))
        return {
            t: (sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(t)),
                sorted(str(fk["referred_table"]) + fk["options"].get("ondelete", "") for fk in insp.get_foreign_keys(t)),
                sorted((c["name"], " ".join(c["sqltext"].split())) for c in insp.get_check_constraints(t)),
                sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(t)),
                sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(t)))
            for t in insp.get_table_names()
        }

    assert shape(migrated) == shape(declared)
    conn = sqlite3.connect(migrated)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


@pytest.mark.parametrize("version", [1, 2, 3])
def test_released_schema_fixture_opens_with_its_content(version):
    """Each released schema has a committed file; the current essdesk must read it."""
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / f"schema-v{version}.essdesk"
    stored = sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True)
    try:
        uids = stored.execute("SELECT uid FROM actor ORDER BY id").fetchall() if version >= 2 else None
    finally:
        stored.close()
    with Document.open(fixture) as doc:
        if uids is not None:  # identity never changes on the way in
            assert [(a.uid,) for a in sorted(Services(doc.session).actors(), key=lambda a: a.id)] == uids
        services = Services(doc.session)
        assert services.diagnostic().title == "Filière laine du Parc naturel régional de Lorraine"
        assert len(services.actors()) == 18 and len(services.actions()) == 8
        assert services.scores().overall.maturity == pytest.approx(46, abs=1)
        assert doc.check() == []


def test_failed_upgrade_leaves_the_original_untouched(tmp_path, monkeypatch):
    path = tmp_path / "old.essdesk"
    path.write_bytes((__import__("pathlib").Path(__file__).parent / "fixtures/schema-v1.essdesk").read_bytes())
    digest = sha(path)
    from essdesk.store import document as docmod

    monkeypatch.setattr(docmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)  # the file is now "old"

    def broken(_path):
        raise RuntimeError("colonne manquante")

    monkeypatch.setattr(docmod, "upgrade", broken)
    with pytest.raises(DocumentError, match="mise à jour .* a échoué .*n'a pas été modifié"):
        Document.open(path)
    assert sha(path) == digest
    assert not [p for p in os.listdir(tmp_path) if p != "old.essdesk"]


def test_a_dead_process_copy_without_edits_is_not_offered_and_is_cleaned(document, tmp_path):
    document.save_as(tmp_path / "d.essdesk")  # saved: nothing left to recover
    meta = document.working_path.with_suffix(".json")
    data = json.loads(meta.read_text())
    data["pid"] = 2**22 + 12346
    meta.write_text(json.dumps(data))
    document.session.close()
    document.engine.dispose()
    assert orphaned_working_copies() == []
    assert not document.working_path.exists() and not meta.exists()
