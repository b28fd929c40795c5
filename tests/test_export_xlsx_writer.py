"""The workbook writer of the Excel export writes the rows faster than openpyxl, and the same
bytes: every part of the file equals what openpyxl's own `Workbook.save` writes."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import export_data as data
import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

from essdesk.export import xlsx
from essdesk.export.base import RenderHooks
from essdesk.export.report import build_report

#: docProps/core.xml holds the time of saving.
TIMESTAMPED = {"docProps/core.xml"}


#: A formula cell, with the value essdesk stores and openpyxl does not ("<v />").
_FORMULA = re.compile(rb'(<c r="[A-Z]+\d+"(?: s="\d+")?)(?: t="str")?><f>(.*?)</f><v(?: />|>[^<]*</v>)</c>')


def _parts(path: Path) -> dict[str, bytes]:
    """The parts of the file, formula cells without their stored values."""
    with zipfile.ZipFile(path) as archive:
        return {name: _FORMULA.sub(rb"\1><f>\2</f><v /></c>", archive.read(name))
                for name in archive.namelist()}


def _assert_same_parts(ours: Path, openpyxl_own: Path) -> None:
    a, b = _parts(ours), _parts(openpyxl_own)
    assert list(a) == list(b)
    different = [name for name in a if a[name] != b[name] and name not in TIMESTAMPED]
    assert different == []


def test_every_kind_of_cell_is_written_as_openpyxl_writes_it(tmp_path):
    def build() -> Workbook:
        wb = Workbook()
        ws = wb.active
        texts = ["plain", "  leading", "trailing  ", "   ", "", "R&D <b>x</b> > y", 'quote "q"',
                 "=1+1", "#N/A", "ligne 1\nligne 2", "Œuvre € — 😀", "\tindented"]
        for column, text in enumerate(texts, start=1):
            cell = ws.cell(row=1, column=column, value=text)
            cell.data_type = "s"
        ws.append([1, 2.5, -3, 1e-12, True, False, dt.date(2025, 1, 15),
                   dt.datetime(2025, 1, 15, 8, 30), dt.time(9, 15), None, "=SUM(A2:B2)"])
        ws.append(["styled", "wrapped", "quoted", None])
        ws["A3"].font = Font(bold=True)
        ws["B3"].alignment = Alignment(wrap_text=True, vertical="top")
        ws["C3"].quotePrefix = True
        ws["D3"].font = Font(italic=True)  # styled, no value
        ws["A4"] = "commented"
        ws["A4"].comment = Comment("a note", "essdesk")
        ws["B4"] = "link"
        ws["B4"].hyperlink = "https://example.org"
        ws.row_dimensions[3].height = 45
        ws.row_dimensions[6].height = 20  # a row with a height and no cell
        ws.row_dimensions[7].hidden = True
        ws["E9"] = "after a gap"
        second = wb.create_sheet("Deux")
        for row in range(1, 40):
            second.append([f"texte {row}", row, f" {row} "])
            second.row_dimensions[row].height = 15 + row % 3
        return wb

    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "openpyxl.xlsx"
    xlsx.save_workbook(build(), ours)
    build().save(theirs)
    _assert_same_parts(ours, theirs)


def test_formulas_are_stored_with_their_values(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"] = "=1/4", '=IF(1,"",0)', "=2+2"
    ws["A1"].number_format = "0%"
    xlsx.save_workbook(wb, tmp_path / "f.xlsx", {ws.title: {(1, 1): 0.25, (2, 1): None}})
    sheet = zipfile.ZipFile(tmp_path / "f.xlsx").read("xl/worksheets/sheet1.xml")
    assert b'<c r="A1" s="1"><f>1/4</f><v>0.25</v></c>' in sheet
    assert b'<c r="A2" t="str"><f>IF(1,&quot;&quot;,0)</f><v></v></c>' in sheet \
        or b'<c r="A2" t="str"><f>IF(1,"",0)</f><v></v></c>' in sheet
    assert b'<c r="A3"><f>2+2</f><v /></c>' in sheet  # no value known: as openpyxl writes it


@pytest.mark.parametrize("diagnostic", [data.sample, data.hostile])
def test_exported_workbook_is_what_openpyxl_writes(tmp_path, monkeypatch, diagnostic):
    ref = data.referential()
    with data.session_scope() as session:
        diagnostic(session, ref)
        report = build_report(data.connection(session), ref)
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "openpyxl.xlsx"
    xlsx.XlsxRenderer(report, RenderHooks()).render(ours)
    monkeypatch.setattr(xlsx, "save_workbook", lambda workbook, path, _cached: workbook.save(path))
    xlsx.XlsxRenderer(report, RenderHooks()).render(theirs)
    _assert_same_parts(ours, theirs)
