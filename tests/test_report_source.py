"""The exports read documents with plain SQL (core.snapshot, core.report), not the ORM.

These tests keep the two readings in step: every column of every table, as the report's
loader reads it, equals what the ORM reads from the same file (types included: enums, dates,
booleans). A column added to a model without its conversion in the report fails here.
"""

from __future__ import annotations

from pathlib import Path

import export_data as data
import pytest
from sqlalchemy import Connection
from sqlalchemy import inspect as sa_inspect

from essdesk.domain.demo import build_demo
from essdesk.domain.referential import load_referential
from essdesk.errors import DocumentError
from essdesk.export.report import _load, build_report
from essdesk.models.tables import Diagnostic
from essdesk.store.document import Document
from essdesk.store.snapshot import read_document, reading


def _columns(obj) -> dict[str, object]:
    return {attr.key: getattr(obj, attr.key) for attr in sa_inspect(type(obj)).column_attrs}


def _assert_same(record, orm_object) -> None:
    for key, value in _columns(orm_object).items():
        assert getattr(record, key) == value, (type(orm_object).__name__, key)
        assert type(getattr(record, key)) is type(value), (type(orm_object).__name__, key)


@pytest.fixture()
def demo_path(tmp_path: Path) -> Path:
    doc = Document.create()
    build_demo(doc.session, load_referential())
    doc.save_as(tmp_path / "demo.essdesk")
    doc.close()
    return tmp_path / "demo.essdesk"


def test_the_report_loader_reads_every_column_as_the_orm_does(demo_path: Path):
    with read_document(demo_path) as conn:
        loaded = _load(conn)
    with Document.open(demo_path) as doc:
        diagnostic = doc.session.query(Diagnostic).one()
        _assert_same(loaded, diagnostic)
        for step, step_record in zip(diagnostic.steps, loaded.steps, strict=True):
            _assert_same(step_record, step)
            by_id = {lever.id: lever for lever in step.levers}
            assert sorted(by_id) == sorted(r.id for r in step_record.levers)
            for lever_record in step_record.levers:
                _assert_same(lever_record, by_id[lever_record.id])
        for actor, record in zip(sorted(diagnostic.actors, key=lambda a: a.id), loaded.actors,
                                 strict=True):
            _assert_same(record, actor)
        for action, record in zip(sorted(diagnostic.actions, key=lambda a: a.id),
                                  loaded.actions, strict=True):
            _assert_same(record, action)
            assert [lever.id for lever in record.levers] == [lever.id for lever in action.levers]
            assert [a.id for a in record.partners] == [a.id for a in action.partners]
        for workshop, record in zip(sorted(diagnostic.workshops, key=lambda w: w.id),
                                    loaded.workshops, strict=True):
            _assert_same(record, workshop)
            assert [s.number for s in record.steps] == [s.number for s in workshop.steps]
            assert len(record.participants) == len(workshop.participants) > 0
            for p_record, participant in zip(record.participants, workshop.participants, strict=True):
                _assert_same(p_record, participant)
            votes = {vote.id: vote for vote in workshop.votes}
            assert sorted(votes) == [v.id for v in record.votes]
            for v_record in record.votes:
                _assert_same(v_record, votes[v_record.id])


def test_a_snapshot_reads_the_saved_file_without_changing_it(demo_path: Path):
    before = demo_path.read_bytes()
    with read_document(demo_path) as conn:
        report = build_report(conn, load_referential())
    assert report.identity.filiere_name == "Laine"
    assert len(report.actors) == 18
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.essdesk"]


def test_a_snapshot_does_not_see_edits_committed_while_it_reads(demo_path: Path):
    from essdesk.domain.services import Services

    with Document.open(demo_path) as doc:
        services = Services(doc.session)
        with reading(doc.working_path) as conn:
            first = conn.exec_driver_sql("SELECT count(*) FROM actor").scalar()
            services.add_actor(name="Coopérative arrivée pendant l'export")
            assert conn.exec_driver_sql("SELECT count(*) FROM actor").scalar() == first
        with reading(doc.working_path) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM actor").scalar() == first + 1


def test_a_damaged_file_gets_a_french_message(demo_path: Path):
    raw = bytearray(demo_path.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # a page of the tables, header intact
    demo_path.write_bytes(bytes(raw))
    with pytest.raises(DocumentError, match="endommagé"), read_document(demo_path) as conn:
        build_report(conn, load_referential())


def test_an_older_schema_is_read_through_an_upgraded_copy(demo_path: Path, monkeypatch):
    import essdesk.store.snapshot as snapshot

    before = demo_path.read_bytes()
    monkeypatch.setattr(snapshot, "SCHEMA_VERSION", snapshot.SCHEMA_VERSION + 1)  # the file now looks old
    opened = []
    original = Document.open
    monkeypatch.setattr(Document, "open", classmethod(
        lambda cls, path: opened.append(path) or original.__func__(cls, path)))
    with read_document(demo_path) as conn:
        assert isinstance(conn, Connection)
        assert build_report(conn, load_referential()).identity.filiere_name == "Laine"
    assert opened == [demo_path]
    assert demo_path.read_bytes() == before


def test_sample_with_hostile_text_reads_the_same(tmp_path: Path):
    ref = data.referential()
    with data.session_scope() as session:
        data.hostile(session, ref)
        report = build_report(data.connection(session), ref)
        assert report.actors and report.levers
        orm_names = sorted(a.name for a in session.query(Diagnostic).one().actors)
    assert sorted(a.name for a in report.actors) == orm_names
