"""A returned cahier is untrusted input: each hostile file is a French refusal, in bounded
time and memory, and the diagnostic is untouched (issue 19)."""

from __future__ import annotations

import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from workbook_helpers import preview, send

from essdesk.domain.demo import build_demo
from essdesk.exchange.interchange import to_dict
from essdesk.exchange.workbook_file import WorkbookError, check_file
from essdesk.store.document import Document


@pytest.fixture(scope="module")
def demo(referential):
    doc = Document.create()
    build_demo(doc.session, referential)
    yield doc
    doc.close()


@pytest.fixture(scope="module")
def cahier(demo, tmp_path_factory):
    return send(demo, tmp_path_factory.mktemp("cahier") / "cahier.xlsx")


def rezip(
    source: Path,
    target: Path,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
) -> Path:
    """A copy of the cahier with some members replaced or added."""
    replace = replace or {}
    with zipfile.ZipFile(source) as zin:
        assert set(replace) <= set(zin.namelist())
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return target


def refused(demo, path: Path, match: str) -> str:
    before = to_dict(demo.session)
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(WorkbookError, match=match) as err:
            preview(demo, path)
        elapsed = time.perf_counter() - start
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 5, f"{elapsed:.1f} s"
    assert peak < 64 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
    assert to_dict(demo.session) == before
    message = str(err.value)
    assert message.startswith(f"Le fichier « {path.name} » ne peut pas être importé")
    return message


def test_zip_bomb(demo, cahier, tmp_path):
    bomb = rezip(
        cahier, tmp_path / "bombe.xlsx", add={"xl/media/zeros.xml": b"\0" * (90 * 1024 * 1024)}
    )
    assert bomb.stat().st_size < 1024 * 1024
    refused(demo, bomb, "bombe zip")


def test_a_member_lying_about_its_size_is_caught_while_inflating(demo, cahier, tmp_path):
    # Declared 1 kB in the central directory, 150 MB once inflated.
    path = rezip(
        cahier, tmp_path / "menteur.xlsx", add={"xl/zeros.xml": b"\0" * (150 * 1024 * 1024)}
    )
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")  # the last member's central directory entry
    struct.pack_into("<I", data, at + 24, 1000)
    path.write_bytes(bytes(data))
    refused(demo, path, "bombe zip|endommagé")


def test_a_one_gigabyte_sheet_claim(demo, cahier, tmp_path):
    path = rezip(cahier, tmp_path / "geant.xlsx")
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, at + 24, 1024**3)
    path.write_bytes(bytes(data))
    refused(demo, path, "dépasserait 100 Mo")


def test_billion_laughs(demo, cahier, tmp_path):
    entities = b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + entities + b"]>"
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    path = rezip(cahier, tmp_path / "rires.xlsx", replace={"xl/worksheets/sheet1.xml": lol})
    refused(demo, path, "DTD")


def test_external_entity(demo, cahier, tmp_path):
    xxe = (
        b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>'
    )
    path = rezip(cahier, tmp_path / "xxe.xlsx", replace={"xl/worksheets/sheet1.xml": xxe})
    refused(demo, path, "DTD")


def test_password_protected_or_old_xls(demo, tmp_path):
    path = tmp_path / "protege.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    refused(demo, path, "mot de passe")


def test_renamed_docx(demo, tmp_path):
    path = tmp_path / "lettre.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    refused(demo, path, r"document Word \(.docx\) renommé")


def test_macros(demo, cahier, tmp_path):
    path = rezip(cahier, tmp_path / "macros.xlsx", add={"xl/vbaProject.bin": b"\0" * 100})
    refused(demo, path, r"macros \(.xlsm\)")


def test_truncated(demo, cahier, tmp_path):
    path = tmp_path / "tronque.xlsx"
    path.write_bytes(cahier.read_bytes()[: cahier.stat().st_size // 2])
    refused(demo, path, "tronqué ou endommagé")


def test_path_traversal_name(demo, cahier, tmp_path):
    refused(
        demo,
        rezip(cahier, tmp_path / "chemin.xlsx", add={"../../evil.xml": b"<x/>"}),
        "nom suspect",
    )


def test_not_a_workbook(demo, tmp_path):
    path = tmp_path / "texte.xlsx"
    path.write_text("Nom;Commune\nSCIC;Nancy\n", encoding="utf-8")
    refused(demo, path, r"n'est pas un classeur .xlsx ou .ods")


def test_damaged_xml(demo, cahier, tmp_path):
    path = rezip(
        cahier, tmp_path / "abime.xlsx", replace={"xl/workbook.xml": b"<workbook><sheets>"}
    )
    refused(demo, path, "endommagé")


def test_merged_cells(demo, cahier, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(cahier)
    wb["Acteurs"].merge_cells("B2:C3")
    wb.save(tmp_path / "fusion.xlsx")
    refused(demo, tmp_path / "fusion.xlsx", "cellules fusionnées")


def test_an_honest_cahier_passes_every_check(cahier):
    checked = check_file(cahier)
    assert (checked.kind, checked.notices, checked.formulas) == ("xlsx", [], False)


def test_a_far_away_row_is_refused_without_walking_a_million_rows(demo, cahier, tmp_path):
    import openpyxl

    for sheet in ("Acteurs", "Notes à part"):  # a sheet read, and one the import ignores
        wb = openpyxl.load_workbook(cahier)
        ws = wb[sheet] if sheet in wb.sheetnames else wb.create_sheet(sheet)
        ws.cell(1_000_000, 2, "loin")
        wb.save(tmp_path / "loin.xlsx")
        refused(demo, tmp_path / "loin.xlsx", "« " + sheet + " » dépasse 20.000 lignes")
