"""The "Évolution" part of the xlsx and PDF reports, when the diagnostic has jalons."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.chart import LineChart
from pypdf import PdfReader

from essdesk.domain.services import Services
from essdesk.export import export_document


@pytest.fixture
def with_jalons(demo_document, referential):
    s = Services(demo_document.session)
    s.post_jalon("Lancement", referential)
    first = s.scores()
    for code in ("5.1", "5.2", "7.1"):
        s.update_lever(s.lever_by_code(code).id, status="done")
    s.post_jalon("Comité de juin", referential)
    s.update_lever(s.lever_by_code("7.2").id, status="done")
    return demo_document, first, s.scores()


def _export(store, referential, tmp_path, **targets):
    with store.reading() as conn:
        export_document(conn, referential, **{"xlsx": None, "pdf": None, **targets})


def test_the_workbook_gains_an_evolution_sheet_with_a_line_chart(
    with_jalons, referential, tmp_path
):
    store, first, now = with_jalons
    target = tmp_path / "d.xlsx"
    _export(store, referential, tmp_path, xlsx=target)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[:2] == ["Synthèse", "Évolution"]
    ws = wb["Évolution"]
    rows = [r for r in ws.iter_rows(min_row=5, max_row=7, values_only=True)]
    assert [r[0] for r in rows] == ["Lancement", "Comité de juin", "Aujourd'hui"]
    # The jalon's figures are the ones stored when it was posted, not today's.
    assert rows[0][6] == pytest.approx(first.steps[5].maturity / 100, abs=1e-4)
    assert rows[2][9] == pytest.approx(now.overall.maturity / 100, abs=1e-4)
    assert rows[1][8] < rows[2][8]  # step 7 moved after the second jalon
    (chart,) = ws._charts
    assert isinstance(chart, LineChart) and len(chart.series) == 8


def test_the_pdf_gains_an_evolution_section_and_without_jalons_neither_has_one(
    with_jalons, referential, tmp_path
):
    store, _first, _now = with_jalons
    pdf = tmp_path / "d.pdf"
    _export(store, referential, tmp_path, pdf=pdf)
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    evolution = next(t for t in pages if "Maturité par étape à chaque jalon" in t)
    assert "Lancement" in evolution and "Comité de juin" in evolution and "Aujourd'hui" in evolution

    for jalon in Services(store.session).jalons():
        Services(store.session).remove_jalon(jalon.id)
    xlsx, pdf = tmp_path / "none.xlsx", tmp_path / "none.pdf"
    _export(store, referential, tmp_path, xlsx=xlsx, pdf=pdf)
    assert "Évolution" not in openpyxl.load_workbook(xlsx).sheetnames
    assert not any(
        "Maturité par étape à chaque jalon" in p.extract_text() for p in PdfReader(pdf).pages
    )
