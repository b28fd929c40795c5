"""Jalons: snapshots kept inside the diagnostic, never recomputed (issue 18 §1)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from essdesk.domain.services import Services
from essdesk.errors import NotFoundError, ValidationError
from essdesk.exchange.interchange import dumps, export_json, load_into, read_json, to_dict
from essdesk.store.document import Document
from essdesk.store.fileformat import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def essdesk(*args):
    return subprocess.run(
        [sys.executable, "-m", "essdesk", *map(str, args)], capture_output=True, text=True
    )


def test_a_jalon_keeps_the_diagnostic_and_its_scores_as_they_were(demo_document, referential):
    s = Services(demo_document.session)
    then = dumps(to_dict(demo_document.session, referential))
    maturity = s.scores().overall.maturity
    number = s.post_jalon("Fin du premier atelier", referential).created_id
    for step in s.steps():
        for lever in step.levers:
            s.update_lever(lever.id, status="done")
    assert s.scores().overall.maturity == 100
    (jalon,) = s.jalons()
    assert (jalon.id, jalon.label) == (number, "Fin du premier atelier")
    assert jalon.scores.maturity() == pytest.approx(maturity)
    assert (
        jalon.referential_id == referential.id and jalon.referential_version == referential.version
    )
    assert dumps(s.jalon_data(number)) == then


def test_two_jalons_the_same_minute_are_two_jalons_in_order(services, referential):
    first = services.post_jalon("Matin", referential).created_id
    second = services.post_jalon("Matin", referential).created_id
    listed = services.jalons()
    assert [j.id for j in listed] == [first, second]
    assert listed[0].uid != listed[1].uid and listed[0].taken_at <= listed[1].taken_at


def test_rename_remove_and_restore_keep_the_jalon_itself(services, referential):
    number = services.post_jalon("Avant", referential).created_id
    services.update_jalon(number, label="  Printemps 2026 ")
    assert services.jalons()[0].label == "Printemps 2026"
    with pytest.raises(ValidationError, match="obligatoire"):
        services.update_jalon(number, label="   ")
    snap = services.snapshot_jalon(number)
    content = services.jalon_data(number)
    services.remove_jalon(number)
    assert services.jalons() == []
    with pytest.raises(NotFoundError, match="n'existe pas"):
        services.jalon_data(number)
    services.restore_jalon(snap)
    (back,) = services.jalons()
    assert (back.id, back.uid, back.label) == (number, snap["uid"], "Printemps 2026")
    assert services.jalon_data(number) == content


def test_jalons_stay_out_of_the_interchange_and_of_each_other(demo_document, referential, tmp_path):
    s = Services(demo_document.session)
    s.post_jalon("Un", referential)
    second = s.post_jalon("Deux", referential).created_id
    assert "jalon" not in json.dumps(s.jalon_data(second))
    out = tmp_path / "d.json"
    export_json(demo_document.session, out, referential)
    assert "jalon" not in out.read_text(encoding="utf-8")
    # The byte-identical round trip still holds with jalons in the document.
    other = Document.create()
    try:
        load_into(other.session, read_json(out), referential)
        again = tmp_path / "again.json"
        export_json(other.session, again, referential)
        assert again.read_bytes() == out.read_bytes()
    finally:
        other.close()


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_open_and_take_jalons(version, tmp_path, referential):
    path = tmp_path / f"v{version}.essdesk"
    path.write_bytes((FIXTURES / f"schema-v{version}.essdesk").read_bytes())
    with Document.open(path) as doc:
        Services(doc.session).post_jalon("Après mise à jour", referential)
        doc.save()
    with Document.open(path) as doc:
        assert [j.label for j in Services(doc.session).jalons()] == ["Après mise à jour"]
        assert doc.check() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_cli_posts_lists_compares_and_deletes_jalons(tmp_path):
    path = tmp_path / "d.essdesk"
    assert essdesk("demo", path).returncode == 0
    added = essdesk("jalon", path, "--add", "Printemps")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"
    assert essdesk("jalon", path, "--add", "Été").stdout.strip() == "2"
    listed = essdesk("jalons", path).stdout.splitlines()
    assert len(listed) == 2 and listed[0].split()[1] == "1" and listed[0].endswith("Printemps")
    assert "46\u202f%" in listed[0]
    with Document.open(path) as doc:  # something moves after the jalons
        s = Services(doc.session)
        s.update_lever(s.lever_by_code("7.1").id, status="done", owner="Léa")
        s.update_action(s.actions()[0].id, start=None, end="2020-01-31", status="todo")
        doc.save()
    out = tmp_path / "c.json"
    compared = essdesk("compare", path, "--from", "1", "--json", out)
    assert compared.returncode == 0, compared.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["from"]["jalon"] == 1 and data["to"]["jalon"] is None
    lever = [c for c in data["changes"] if c["entity"] == "lever"]
    assert {(c["code"], c["field"], c["after"]) for c in lever} == {
        ("7.1", "status", "done"),
        ("7.1", "owner", "Léa"),
    }
    step7 = next(row for row in data["maturity"]["steps"] if row["number"] == 7)
    assert step7["after"] > step7["before"]
    assert [x["end"] for x in data["became_late"]] == ["2020-01-31"]
    between = essdesk("compare", path, "--from", "1", "--to", "2")
    assert between.returncode == 0 and "Aucune modification" in between.stdout
    text = essdesk("compare", path, "--from", "2").stdout
    assert "Étape 7" in text and "Actions passées en retard" in text
    assert essdesk("jalon", path, "--delete", "1").returncode == 0
    assert [line.split()[1] for line in essdesk("jalons", path).stdout.splitlines()] == ["2"]
    missing = essdesk("compare", path, "--from", "1")
    assert missing.returncode == 1 and "jalon n° 1 n'existe pas" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_compare_writes_a_workbook_and_a_pdf_in_french_words(tmp_path):
    import zipfile

    import openpyxl
    from pypdf import PdfReader

    path = tmp_path / "d.essdesk"
    assert essdesk("demo", path).returncode == 0
    assert essdesk("jalon", path, "--add", "Printemps").returncode == 0
    with Document.open(path) as doc:
        s = Services(doc.session)
        s.update_lever(s.lever_by_code("7.1").id, status="done", owner="Léa")
        s.update_action(s.actions()[0].id, start=None, end="2020-01-31", status="todo")
        s.add_actor(name="Scierie du Haut")
        doc.save()
    xlsx, pdf = tmp_path / "evolution.xlsx", tmp_path / "evolution.pdf"
    run = essdesk("compare", path, "--from", "1", "--xlsx", xlsx, "--pdf", pdf)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [f"Exporté : {xlsx}", f"Exporté : {pdf}"]
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames == ["Maturité", "Changements", "En retard"]
    maturity = {r[0]: r[1:4] for r in workbook["Maturité"].iter_rows(min_row=5, values_only=True)}
    step7 = next(v for k, v in maturity.items() if k.startswith("Étape 7"))
    assert step7[1] > step7[0] and step7[2].startswith("+")
    with zipfile.ZipFile(xlsx) as archive:  # the native bar chart, before → after
        assert "xl/charts/chart1.xml" in archive.namelist()
    changes = list(workbook["Changements"].iter_rows(min_row=2, values_only=True))
    assert any(r[1] == "Levier 7.1" and r[2] == "Statut" and r[4] == "Réalisé" for r in changes)
    assert any(r[1] == "Levier 7.1" and r[2] == "Qui" and r[4] == "Léa" for r in changes)
    assert any(r[1] == "Acteur « Scierie du Haut »" and r[2] == "ajouté" for r in changes)
    late = list(workbook["En retard"].iter_rows(min_row=2, values_only=True))
    assert [r[1].date() for r in late] == [dt.date(2020, 1, 31)]
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "évolution" in text and "jalon « Printemps »" in text
    assert "Levier 7.1" in text and "Réalisé" in text and "Actions passées en retard" in text


def test_a_server_diagnostic_of_schema_2_is_upgraded_by_server_init(pg_server, referential):
    from sqlalchemy import text

    from essdesk.domain.services import create_diagnostic
    from essdesk.errors import DocumentError
    from essdesk.store.server import ServerStore, engine_for, init_server

    store = ServerStore.create(pg_server, "b3a1c5d2-0000-4000-8000-000000000002")
    create_diagnostic(store.session, referential, title="Ancien format")
    address = store.address
    store.close()
    engine = engine_for(pg_server)
    with engine.begin() as conn:  # as a schema-2 essdesk left it
        for table in ("indicator_value", "indicator", "jalon"):  # tables of versions 3 and 4
            conn.execute(text(f'DROP TABLE "{pg_server.schema_of(address.number)}".{table}'))
        conn.execute(text(  # and Alembic's stamp of that version: init upgrades with Alembic
            f'UPDATE "{pg_server.schema_of(address.number)}".alembic_version SET version_num = \'0002\''))
        conn.execute(
            text(
                f'UPDATE "{pg_server.schema}".diagnostics SET schema_version = 2 WHERE number = :n'
            ),
            {"n": address.number},
        )
    engine.dispose()
    with pytest.raises(DocumentError, match="server init"):
        ServerStore.open(address)
    init_server(pg_server, schema_given=True)
    with ServerStore.open(address) as store:
        s = Services(store.session)
        s.post_jalon("Sur le serveur", referential)
        assert [j.label for j in s.jalons()] == ["Sur le serveur"]


_DEEP = "[" * 200_000 + "]" * 200_000  # JSON nested deeper than the parser goes


@pytest.mark.parametrize(
    ("content", "scores"),
    [
        (b"\x00\xff\x00", "pas du json"),
        (zstandard.ZstdCompressor().compress(_DEEP.encode()), _DEEP),
    ],
    ids=["garbage", "nested-too-deep"],
)
def test_a_damaged_jalon_is_named_in_french_and_the_rest_still_reads(
    tmp_path, referential, content, scores
):
    path = tmp_path / "d.essdesk"
    assert essdesk("demo", path).returncode == 0
    assert essdesk("jalon", path, "--add", "Bon").returncode == 0
    assert essdesk("jalon", path, "--add", "Abîmé").returncode == 0
    with sqlite3.connect(path) as conn:  # another tool wrote over it
        conn.execute("UPDATE jalon SET content = ?, scores = ? WHERE id = 2", (content, scores))
    conn.close()
    listed = essdesk("jalons", path)
    assert listed.returncode == 0 and "Abîmé" in listed.stdout and "—" in listed.stdout
    out = essdesk("jalon", path, "--export", "2", tmp_path / "j.json")
    assert (
        out.returncode == 1
        and "jalon n° 2 est endommagé" in out.stderr
        and "Traceback" not in out.stderr
    )
    assert essdesk("compare", path, "--from", "1").returncode == 0


def test_publishing_and_copying_carry_the_jalons(tmp_path, pg_server, referential):
    from essdesk.store.opening import publish, take_copy

    path = tmp_path / "d.essdesk"
    assert essdesk("demo", path).returncode == 0
    assert essdesk("jalon", path, "--add", "Avant publication").returncode == 0
    with Document.open(path) as doc:
        content = Services(doc.session).jalon_data(1)
    address = publish(path, pg_server)
    copy = take_copy(address, tmp_path / "copie.essdesk")
    with Document.open(copy) as doc:
        s = Services(doc.session)
        assert [j.label for j in s.jalons()] == ["Avant publication"]
        assert s.jalon_data(s.jalons()[0].id) == content


def test_jalons_are_zstd_frames_and_zlib_jalons_of_older_files_still_read():
    import zlib

    from essdesk.domain import jalons

    data = {"diagnostic": {"title": "Filière laine"}, "steps": [{"number": 1}]}
    blob = jalons.encode(data)
    assert blob[:4] == jalons.ZSTD_MAGIC and jalons.decode(blob) == data
    older = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
    assert jalons.decode(older) == data
    import zstandard  # jalons posted in one piece (frames that record their size), before

    sized = zstandard.ZstdCompressor(level=3).compress(json.dumps(data).encode())
    assert jalons.decode(sized) == data
    with pytest.raises(ValueError):
        jalons.decode(jalons.ZSTD_MAGIC + b"pas une trame")
    with pytest.raises(ValueError):
        jalons.decode(blob[:-4])  # a frame cut short is not read as a shorter text


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(st.dictionaries(st.text(), _JSON, max_size=6))
@settings(max_examples=150, deadline=None)
def test_a_jalon_holds_exactly_the_compact_json_of_its_data(data):
    """Written piece by piece (issue 19's memory), the stored text is still json.dumps's."""
    import zstandard

    from essdesk.domain.jalons import decode, encode

    blob = encode(data)
    expected = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    assert zstandard.ZstdDecompressor().decompressobj().decompress(blob) == expected
    assert decode(blob) == json.loads(expected)
