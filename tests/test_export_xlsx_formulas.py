"""The Synthèse sheet calculates from the Leviers sheet (issue 14): a user who changes a
status sees the maturity move, and a reader that does not calculate still sees numbers."""

from __future__ import annotations

from pathlib import Path

import export_data as data
import openpyxl
import pytest
from libreoffice import convert, needs_libreoffice

from essdesk.domain.scoring import LeverInput, score_by_step
from essdesk.export import export_document
from essdesk.export.report import build_report
from essdesk.models.enums import LeverStatus

#: LibreOffice recalculates an xlsx on loading only if told to (its default keeps the
#: stored values): OOXMLRecalcMode 0 = "always".
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """(the workbook's path, the report it was made from)."""
    ref = data.referential()
    target = tmp_path_factory.mktemp("xlsx") / "diagnostic.xlsx"
    with data.session_scope() as session:
        data.sample(session, ref)
        conn = data.connection(session)
        report = build_report(conn, ref)
        export_document(conn, ref, xlsx=target, pdf=None)
    return target, report


def _scores(path: Path) -> dict[str, tuple]:
    """Row label → (maturity, completion, levers, assessed, high priority open), as stored."""
    ws = openpyxl.load_workbook(path, data_only=True)["Synthèse"]
    return {
        row[0].value: tuple(cell.value for cell in row[2:7])
        for row in ws.iter_rows(max_col=7)
        if isinstance(row[0].value, str) and row[0].value.startswith(("Étape ", "Ensemble"))
    }


def _expected(report, statuses: dict[str, LeverStatus] | None = None) -> dict[str, tuple]:
    statuses = statuses or {}
    levers = [
        (r.step, LeverInput(statuses.get(r.code, r.status), r.priority, r.weight))
        for r in report.levers
    ]
    scores = score_by_step(levers)

    def row(score) -> tuple:
        maturity = None if score.maturity is None else score.maturity / 100
        return maturity, score.completion / 100, score.total, score.assessed

    expected = {f"Étape {n}": row(s) for n, s in scores.steps.items()}
    expected["Ensemble"] = row(scores.overall)
    return expected


def _same(actual: dict[str, tuple], expected: dict[str, tuple]) -> None:
    assert set(expected) <= set(actual)
    for label, values in expected.items():
        maturity, completion, total, assessed = values
        got = actual[label]
        if maturity is None:
            assert got[0] in (None, ""), label
        else:
            assert got[0] == pytest.approx(maturity, abs=1e-3), label
        assert got[1] == pytest.approx(completion, abs=1e-3), label
        assert (got[2], got[3]) == (total, assessed), label


def test_cells_are_formulas_over_the_levers_sheet(exported):
    path, _report = exported
    ws = openpyxl.load_workbook(path)["Synthèse"]
    step1 = next(row for row in ws.iter_rows() if row[0].value == "Étape 1")
    assert step1[2].value.startswith("=IFERROR(") and "Leviers!$E$2:" in step1[2].value
    assert step1[4].value.startswith("=COUNTIFS(Leviers!$A$2:")
    assert step1[6].value.startswith("=COUNTIFS(") and '"Haute"' in step1[6].value


def test_stored_values_are_the_report_s(exported):
    """What a viewer without a calculation engine (a preview, a parser) shows."""
    path, report = exported
    _same(_scores(path), _expected(report))


@needs_libreoffice
def test_changing_a_status_moves_the_recalculated_maturity(exported, tmp_path):
    path, report = exported
    wb = openpyxl.load_workbook(path)
    ws = wb["Leviers"]
    header = [cell.value for cell in ws[1]]
    code, status = header.index("Code"), header.index("Statut")
    changed = {}
    for row in ws.iter_rows(min_row=2):
        if row[0].value == 2 and row[status].value != LeverStatus.NOT_APPLICABLE.label:
            row[status].value = LeverStatus.DONE.label
            changed[row[code].value] = LeverStatus.DONE
    assert changed
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)  # as a user's script would: openpyxl keeps the formulas, drops values

    profile = tmp_path / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
    out = tmp_path / "out"
    convert(edited, path, to="xlsx", outdir=out, profile=profile)

    # LibreOffice's own calculation of the untouched workbook gives essdesk's figures
    _same(_scores(out / path.name), _expected(report))
    # and after the edit, the figures essdesk would compute for the new statuses
    recalculated = _scores(out / "edited.xlsx")
    _same(recalculated, _expected(report, changed))
    before = _scores(path)
    assert recalculated["Étape 2"][0] == pytest.approx(1.0)
    assert recalculated["Étape 2"][0] > before["Étape 2"][0]
    assert recalculated["Ensemble"][0] > before["Ensemble"][0]


def test_key_figure_labels_are_not_clipped(exported):
    path, _report = exported
    ws = openpyxl.load_workbook(path)["Synthèse"]
    # a label with a value beside it is cut at the column's edge
    labels = [
        row[0].value
        for row in ws.iter_rows(max_col=2)
        if isinstance(row[0].value, str) and row[1].value is not None
    ]
    longest = max(len(label) for label in labels)
    assert "Acteurs recensés (dont ESS / hors ESS)" in labels
    assert ws.column_dimensions["A"].width >= longest  # "… (dont ESS / hors ESS)" in full


def test_radar_takes_the_app_colours(exported):
    from essdesk.domain import palette

    path, _report = exported
    chart = openpyxl.load_workbook(path)["Synthèse"]._charts[0]
    colours = [s.graphicalProperties.line.solidFill.srgbClr for s in chart.series]
    assert colours == [palette.PRIMARY[1:], palette.SECONDARY[1:]]
