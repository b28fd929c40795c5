"""Every export is opened again before essdesk says it is done (issue 16, §4): a file that
does not read back is removed, an existing file is left as it was, and the user is told
what happened in French."""

from __future__ import annotations

from pathlib import Path

import export_data as data
import pytest

from essdesk.domain.services import Services
from essdesk.export import ExportError, export_document
from essdesk.export import minutes as minutes_module
from essdesk.export import pdf as pdf_module
from essdesk.export import xlsx as xlsx_module
from essdesk.export.minutes import write_minutes


def _export(tmp_path: Path, **targets: Path | None) -> list[Path]:
    ref = data.referential()
    with data.session_scope() as session:
        data.sample(session, ref)
        return export_document(data.connection(session), ref, **targets)


def _unreadable(self, path: Path) -> None:
    Path(path).write_bytes(b"PK\x03\x04 not really a zip")


def _truncated_pdf(original):
    def render(self, path: Path) -> None:
        original(self, path)
        content = Path(path).read_bytes()
        Path(path).write_bytes(content[: len(content) // 2])

    return render


def test_a_workbook_that_does_not_open_is_removed_and_the_user_told(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_module.XlsxRenderer, "render", _unreadable)
    target = tmp_path / "diagnostic.xlsx"
    with pytest.raises(ExportError) as error:
        _export(tmp_path, xlsx=target, pdf=None)
    message = str(error.value)
    assert "le classeur Excel « diagnostic.xlsx » a été écrit mais ne se relit pas" in message
    assert "Il a été supprimé" in message
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temporary file


def test_a_truncated_pdf_leaves_the_existing_report_and_the_workbook_untouched(
    tmp_path, monkeypatch
):
    xlsx_target, pdf_target = tmp_path / "d.xlsx", tmp_path / "d.pdf"
    xlsx_target.write_bytes(b"previous workbook")
    pdf_target.write_bytes(b"previous report")
    monkeypatch.setattr(
        pdf_module.PdfRenderer, "render", _truncated_pdf(pdf_module.PdfRenderer.render)
    )
    with pytest.raises(ExportError, match="le rapport PDF « d.pdf » a été écrit mais ne se"):
        _export(tmp_path, xlsx=xlsx_target, pdf=pdf_target)
    assert pdf_target.read_bytes() == b"previous report"
    assert xlsx_target.read_bytes() == b"previous workbook"  # all or nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf", "d.xlsx"]


def test_exports_that_read_back_are_written(tmp_path):
    written = _export(tmp_path, xlsx=tmp_path / "d.xlsx", pdf=tmp_path / "d.pdf")
    assert [p.name for p in written] == ["d.xlsx", "d.pdf"]
    assert all(p.stat().st_size > 1000 for p in written)


def test_minutes_that_do_not_read_back_are_removed(
    demo_document, referential, tmp_path, monkeypatch
):
    workshop = Services(demo_document.session).workshops()[0]
    monkeypatch.setattr(minutes_module, "render_minutes", lambda _m, path: _unreadable(None, path))
    with pytest.raises(ExportError, match="le compte rendu PDF « cr.pdf » a été écrit mais"):
        write_minutes(demo_document.session, referential, workshop.id, tmp_path / "cr.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_workbook_whose_sheet_is_cut_short_is_removed(tmp_path, monkeypatch):
    """A sound zip (checksums right) around a sheet whose XML stops half-way: a spreadsheet
    program refuses it, so the read-back must too (reading the first row would not see it)."""
    import zipfile

    original = xlsx_module.XlsxRenderer.render

    def render(self, path: Path) -> None:
        original(self, path)
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
        sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
        parts[sheet] = parts[sheet][: len(parts[sheet]) * 2 // 3]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts.items():
                archive.writestr(name, content)

    monkeypatch.setattr(xlsx_module.XlsxRenderer, "render", render)
    target = tmp_path / "diagnostic.xlsx"
    with pytest.raises(ExportError, match="ne se relit pas"):
        _export(tmp_path, xlsx=target, pdf=None)
    assert list(tmp_path.iterdir()) == []
