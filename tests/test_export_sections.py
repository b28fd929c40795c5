"""The three renderers are siblings (issue 16 §5): each writes every section of the report
model, so that a section added to `essdesk.export.report.SECTIONS` appears in the PDF, the
DOCX and the workbook, or this test names the renderer that lacks it."""

from __future__ import annotations

import export_data as data
import openpyxl
import pytest

from essdesk.export import export_document
from essdesk.export.pdf import PdfRenderer
from essdesk.export.report import SECTIONS
from essdesk.export.word import DocxRenderer
from essdesk.export.xlsx import XlsxRenderer

RENDERERS = [PdfRenderer, DocxRenderer, XlsxRenderer]


@pytest.mark.parametrize("renderer", RENDERERS, ids=lambda r: r.__name__)
def test_every_renderer_writes_every_section(renderer):
    lacking = [key for key in SECTIONS if key not in renderer.SECTIONS]
    assert lacking == [], f"{renderer.__name__} n'écrit pas la section : {', '.join(lacking)}"
    unknown = [key for key in renderer.SECTIONS if key not in SECTIONS]
    assert unknown == [], f"{renderer.__name__} écrit une section inconnue : {unknown}"
    for key, method in renderer.SECTIONS.items():
        assert callable(getattr(renderer, method, None)), (renderer.__name__, key, method)


def test_the_recommendations_and_follow_ups_reach_the_workbook(tmp_path):
    ref = data.referential()
    target = tmp_path / "d.xlsx"
    with data.session_scope() as session:
        data.sample(session, ref)
        export_document(data.connection(session), ref, xlsx=target, pdf=None)
    wb = openpyxl.load_workbook(target)
    advice = [row for row in wb["Recommandations"].iter_rows(min_row=2, values_only=True)]
    assert advice and all(row[6] for row in advice)  # each with its recommendation
    follow = [row[0] for row in wb["Suites proposées"].iter_rows(min_row=2, values_only=True)]
    assert "Étude de faisabilité d'une unité de lavage" in follow
