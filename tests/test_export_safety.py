"""Hostile text, cancelled and failing exports, locked targets, personal data, import cost."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import export_data as data
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import event

from essdesk.export import PROGRESS_TOTAL, ExportCancelled, ExportError, export_document
from essdesk.export.report import build_report
from essdesk.export.text import MISSING_GLYPH, clean, pdf_markup
from essdesk.models.enums import LeverStatus, Priority

GOOD = b"an existing good file"


@pytest.fixture(scope="module")
def ref():
    return data.referential()


@pytest.fixture(scope="module")
def hostile_exports(tmp_path_factory, ref) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    xlsx, pdf = folder / "h.xlsx", folder / "h.pdf"
    with data.session_scope() as session:
        data.hostile(session, ref)
        export_document(data.connection(session), ref, xlsx=xlsx, pdf=pdf)
    return xlsx, pdf


def test_hostile_text_is_text_in_excel_exactly_as_typed(hostile_exports):
    wb = openpyxl.load_workbook(hostile_exports[0])
    cells = {}
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cells.setdefault(cell.value, cell)
    for text in data.HOSTILE:
        assert text in cells, text
        cell = cells[text]
        assert cell.data_type == "s", text
        if text[0] in "=+-@":
            assert cell.quotePrefix, text  # stays text even when the cell is edited again
    assert data.CONTROL_CLEAN in cells
    assert wb["Synthèse"]["A1"].value == "R&D <filière> =laine"


def test_no_user_formula_and_no_error_cell_anywhere_in_the_file(hostile_exports):
    """The only formulas are essdesk's own score formulas of the Synthèse (issue 14), over
    the Leviers sheet: no user text ever becomes one."""
    with zipfile.ZipFile(hostile_exports[0]) as archive:
        sheets = {n: archive.read(n).decode() for n in archive.namelist()
                  if n.startswith("xl/worksheets/sheet")}
    assert sheets
    labels = [s.label for s in LeverStatus] + [Priority.HIGH.label, ""]
    literals = "|".join(re.escape(f'"{prefix}{label}"') for label in labels
                        for prefix in ("", "<>"))
    tokens = re.compile(r"IFERROR|IF|COUNTIFS|SUMIFS|SUM|Leviers!\$[A-G]\$\d+:\$[A-G]\$\d+"
                        r"|[A-G]\d+(?::[A-G]\d+)?|[\d.]+|[-+*/(),=]|" + literals)
    for name, xml in sheets.items():
        assert 't="e"' not in xml
        formulas = [html.unescape(f) for f in re.findall(r"<f>(.*?)</f>", xml)]
        if name != "xl/worksheets/sheet1.xml":  # the Synthèse
            assert formulas == [], name
        for formula in formulas:
            assert tokens.sub("", formula) == "", formula


def test_hostile_text_is_shown_literally_in_the_pdf(hostile_exports):
    reader = PdfReader(hostile_exports[1])
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for typed in data.HOSTILE:
        expected = re.sub(r"\s+", " ", typed).strip()
        if "Émoji" in typed:
            expected = "Émoji : " + MISSING_GLYPH * 3  # visible placeholders, not silence
        assert expected in text, typed
    assert "R&D <b>gras</b> & <font size=40>énorme</font>" in text
    assert data.CONTROL_CLEAN in text and "\x07" not in text


def test_markup_and_control_characters_never_reach_reportlab():
    assert pdf_markup("R&D <b>x</b>\nligne") == "R&amp;D &lt;b&gt;x&lt;/b&gt;<br/>ligne"
    assert clean("a\r\nb\rc\x00d\x1b\x9fe\tf") == "a\nb\ncd\x9fe\tf".replace("\x9f", "")


def _existing(folder: Path) -> tuple[Path, Path]:
    xlsx, pdf = folder / "rapport.xlsx", folder / "rapport.pdf"
    xlsx.write_bytes(GOOD)
    pdf.write_bytes(GOOD)
    return xlsx, pdf


def _left_alone(folder: Path, *targets: Path) -> None:
    for target in targets:
        assert target.read_bytes() == GOOD
    assert sorted(p.name for p in folder.iterdir()) == sorted(t.name for t in targets)


def test_cancelled_export_leaves_existing_files_untouched(tmp_path, ref):
    xlsx, pdf = _existing(tmp_path)
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 40  # during the PDF layout, after the workbook was written

    with data.session_scope() as session:
        data.sample(session, ref)
        with pytest.raises(ExportCancelled) as info:
            export_document(data.connection(session), ref, xlsx=xlsx, pdf=pdf, cancelled=cancelled)
    assert "annulé" in str(info.value)
    _left_alone(tmp_path, xlsx, pdf)


def test_failing_export_leaves_existing_files_untouched(tmp_path, ref, monkeypatch):
    from essdesk.export import pdf as pdf_module

    def broken(self, path):
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("mise en page impossible")

    monkeypatch.setattr(pdf_module.PdfRenderer, "render", broken)
    xlsx, pdf = _existing(tmp_path)
    with data.session_scope() as session:
        data.sample(session, ref)
        with pytest.raises(ExportError) as info:
            export_document(data.connection(session), ref, xlsx=xlsx, pdf=pdf)
    assert "rapport PDF « rapport.pdf »" in str(info.value)
    assert "n'a pas été modifié" in str(info.value)
    _left_alone(tmp_path, xlsx, pdf)


def test_target_open_in_another_program_is_named_in_the_message(tmp_path, ref, monkeypatch):
    xlsx = tmp_path / "rapport.xlsx"
    xlsx.write_bytes(GOOD)

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with data.session_scope() as session:
        data.sample(session, ref)
        with pytest.raises(ExportError) as info:
            export_document(data.connection(session), ref, xlsx=xlsx, pdf=None)
    message = str(info.value)
    assert "« rapport.xlsx »" in message and "ouvert dans un autre programme" in message
    _left_alone(tmp_path, xlsx)


def test_missing_folder_is_reported_in_french(tmp_path, ref):
    with data.session_scope() as session:
        data.sample(session, ref)
        with pytest.raises(ExportError, match="n'existe pas"):
            export_document(data.connection(session), ref, xlsx=tmp_path / "absent" / "r.xlsx", pdf=None)


def test_progress_runs_to_the_end(tmp_path, ref):
    seen: list[tuple[int, int]] = []
    with data.session_scope() as session:
        data.sample(session, ref)
        written = export_document(data.connection(session), ref, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf",
                                  progress=lambda done, total: seen.append((done, total)))
    assert written == [tmp_path / "r.xlsx", tmp_path / "r.pdf"]
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == PROGRESS_TOTAL and len(done) > 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf", "r.xlsx"]


def test_report_loads_in_a_fixed_number_of_queries(ref):
    counts = []
    for size in (20, 400):
        with data.session_scope() as session:
            data.large(session, ref, actors=size, actions=size // 4, workshops=3,
                       participants=4, note_chars=50)
            conn = data.connection(session)
            statements: list[str] = []

            def count(_conn, _cursor, statement, *_args, seen=statements) -> None:
                seen.append(statement)

            event.listen(conn, "before_cursor_execute", count)
            report = build_report(conn, ref)
            event.remove(conn, "before_cursor_execute", count)
            counts.append(len(statements))
            assert len(report.actors) == size
    assert counts[0] == counts[1] <= 20


def test_anonymised_report_model_drops_personal_data(ref):
    with data.session_scope() as session:
        data.sample(session, ref)
        report = build_report(data.connection(session), ref, anonymise=True)
    assert all(not (a.contact or a.email or a.phone) for a in report.actors)
    assert all(not p.name for w in report.workshops for p in w.participants)
    assert report.workshops[0].participant_count == 3


def test_exports_stay_qt_free_and_cheap_to_import():
    code = (
        "import sys, essdesk.export, essdesk.export.report;"
        "bad = [m for m in ('PySide6', 'openpyxl', 'reportlab') if m in sys.modules];"
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent)
    assert result.stdout.strip() == ""


@given(st.text())
@settings(max_examples=500, deadline=None)
def test_clean_drops_control_characters_and_keeps_every_other(text):
    out = clean(text)
    unwanted = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\r]")
    assert not unwanted.search(out)
    kept = unwanted.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert out == kept
