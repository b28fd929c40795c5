"""The Excel workbook, read back with openpyxl as a consultant's spreadsheet would see it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import export_data as data
import openpyxl
import pytest
from openpyxl.chart import RadarChart

from essdesk.export import export_document
from essdesk.export.text import EXCEL_CELL_LIMIT, split_for_excel
from essdesk.models.enums import ActionStatus, LeverStatus, Priority


@pytest.fixture(scope="module")
def ref():
    return data.referential()


def _export(tmp_path: Path, ref, build=data.sample, anonymise=False, **kwargs) -> Path:
    target = tmp_path / "diagnostic.xlsx"
    with data.session_scope() as session:
        build(session, ref, **kwargs)
        export_document(data.connection(session), ref, xlsx=target, pdf=None, anonymise=anonymise)
    return target


@pytest.fixture(scope="module")
def workbook(tmp_path_factory, ref):
    return openpyxl.load_workbook(_export(tmp_path_factory.mktemp("xlsx"), ref))


def _rows(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=2)]


def test_sheets_in_reading_order(workbook):
    assert workbook.sheetnames == [
        "Synthèse",
        "Leviers",
        "Acteurs",
        "Plan d'action",
        "Ateliers",
        "Recommandations",
        "Suites proposées",
    ]


def test_levers_one_row_per_lever_with_french_labels_and_real_types(workbook, ref):
    rows = _rows(workbook["Leviers"])
    assert len(rows) == len(ref.levers) + 1  # the 40 levers of the guide + one custom lever
    first = rows[0]
    assert first["Code"].value == "1.1" and first["Code"].data_type == "s"
    assert first["Levier"].value == ref.lever("1.1").label
    assert first["Étape"].value == 1
    assert first["Statut"].value == LeverStatus.DONE.label == "Réalisé"
    assert first["Priorité"].value == "Haute"
    assert first["Échéance"].value == dt.datetime(2025, 1, 15)
    assert first["Échéance"].is_date and first["Échéance"].number_format == "dd/mm/yyyy"
    assert (
        first["Acteurs impliqués"].value
        == "Coopérative Laines du Sault\nAssociation des éleveurs ovins"
    )
    assert first["Actions liées"].value == "Étude de faisabilité d'une unité de lavage"
    assert first["Levier"].alignment.wrap_text
    custom = next(r for r in rows if r["Code"].value == "6.99")
    assert custom["Personnalisé"].value == "Oui" and first["Personnalisé"].value == "Non"


def test_levers_sheet_is_a_usable_list(workbook):
    ws = workbook["Leviers"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:L42"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    # one page wide (1, the file format's default when absent), as many pages tall as needed
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["H"].width >= 50  # notes get room


def test_status_and_priority_drop_downs_offer_the_french_labels(workbook):
    validations = {
        str(v.sqref).split(":")[0]: v for v in workbook["Leviers"].data_validations.dataValidation
    }
    status, priority = validations["E2"], validations["F2"]
    assert status.type == "list"
    assert status.formula1.strip('"').split(",") == [s.label for s in LeverStatus]
    assert priority.formula1.strip('"').split(",") == [p.label for p in Priority]
    assert status.showErrorMessage


def test_statuses_are_coloured_by_rules_that_follow_edits(workbook):
    rules = workbook["Leviers"].conditional_formatting
    formulas = {r.formula[0] for cf in rules for r in cf.rules}
    assert '"Réalisé"' in formulas and '"Pas commencé"' in formulas


@pytest.fixture(scope="module")
def workbook_values(tmp_path_factory, ref):
    """The workbook as a reader without a calculation engine sees it: stored values."""
    return openpyxl.load_workbook(_export(tmp_path_factory.mktemp("xlsx"), ref), data_only=True)


def test_synthesis_table_and_native_radar_chart(workbook, workbook_values):
    ws = workbook["Synthèse"]
    assert ws["A1"].value == "Structurer la filière laine du Pays de Sault"
    labels = {row[0].value: row for row in ws.iter_rows()}
    assert labels["Territoire"][1].value == "Communauté de communes des Pyrénées audoises"
    assert labels["Début du diagnostic"][1].value == dt.datetime(2024, 3, 11)
    step1 = labels["Étape 1"]
    assert step1[1].value == "Diagnostic territorial"
    # formulas over the Leviers sheet, stored with their values (issue 14)
    assert step1[2].value.startswith("=IFERROR((1*SUMIFS(Leviers!$G$2:")
    assert "%" in step1[2].number_format
    overall = labels["Ensemble"]
    assert overall[4].value.startswith("=SUM(E")
    cached = {row[0].value: row for row in workbook_values["Synthèse"].iter_rows()}
    assert isinstance(cached["Étape 1"][2].value, float) and 0 <= cached["Étape 1"][2].value <= 1
    assert cached["Ensemble"][4].value == 41
    charts = ws._charts
    assert len(charts) == 1 and isinstance(charts[0], RadarChart)
    refs = [s.val.numRef.f for s in charts[0].series]
    assert refs[0].startswith("'Synthèse'!$C$")


def test_actions_have_euro_numbers_and_dates_sorted_by_date(workbook):
    rows = _rows(workbook["Plan d'action"])
    titles = [r["Action"].value for r in rows]
    assert titles == [
        "Journée de la laine à Belcaire",
        "Étude de faisabilité d'une unité de lavage",
        "Achat public de paillage en laine",  # undated: last
    ]
    study = rows[1]
    assert study["Budget (€)"].value == 45000 and study["Budget (€)"].data_type == "n"
    assert "€" in study["Budget (€)"].number_format
    assert rows[0]["Budget (€)"].value == pytest.approx(1200.50)
    assert study["Début"].value == dt.datetime(2025, 2, 1) and study["Début"].is_date
    assert study["Partenaires"].value == "Filature du Moulin\nChambre d'agriculture de l'Aude"
    assert study["Statut"].value == ActionStatus.IN_PROGRESS.label
    assert rows[2]["Budget (€)"].value is None  # no budget is not 0 €


def test_actors_and_workshops_rows(workbook):
    actors = _rows(workbook["Acteurs"])
    assert len(actors) == len(data.ACTORS)
    coop = next(r for r in actors if r["Nom"].value == "Coopérative Laines du Sault")
    assert coop["ESS"].value == "Oui" and coop["Courriel"].value == "contact0@exemple.fr"
    assert coop["Maillon de la chaîne"].value == "Production"
    assert coop["Téléphone"].data_type == "s"  # "04 68…" stays text, leading zero kept
    workshops = _rows(workbook["Ateliers"])
    assert [w["Date"].value for w in workshops] == [
        dt.datetime(2024, 4, 18),
        dt.datetime(2024, 6, 6),
    ]
    assert workshops[0]["Nombre de participants"].value == 3
    assert "Jeanne Martin (Coopérative Laines du Sault)" in workshops[0]["Participants"].value
    assert workshops[0]["Votes (points par levier)"].value.startswith("1.1 : 6")


def test_anonymised_workbook_has_no_personal_data(tmp_path, ref):
    wb = openpyxl.load_workbook(_export(tmp_path, ref, anonymise=True))
    header = [c.value for c in wb["Acteurs"][1]]
    assert "Courriel" not in header and "Téléphone" not in header
    everything = "\n".join(
        str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None
    )
    for secret in ("contact0@exemple.fr", "Personne Contact1", "04 68 20 00 0", "Jeanne Martin"):
        assert secret not in everything
    workshops = _rows(wb["Ateliers"])
    assert workshops[0]["Organisations représentées"].value.startswith(
        "Coopérative Laines du Sault (2)"
    )
    assert workshops[0]["Nombre de participants"].value == 3


def _with_long_note(session, ref):
    diagnostic = data.sample(session, ref)
    text = "".join(f"{i:06d} " for i in range(6000))  # 42,000 characters
    diagnostic.steps[0].levers[0].notes = text
    session.commit()
    return text


def test_text_beyond_the_cell_limit_is_continued_not_cut(tmp_path, ref):
    target = tmp_path / "long.xlsx"
    with data.session_scope() as session:
        text = _with_long_note(session, ref)
        export_document(data.connection(session), ref, xlsx=target, pdf=None)
    wb = openpyxl.load_workbook(target)
    note = wb["Leviers"]["H2"].value
    assert len(note) <= EXCEL_CELL_LIMIT
    assert "Textes longs" in note and note.startswith(text[:1000])
    parts = _rows(wb["Textes longs"])
    assert [p["Partie"].value for p in parts] == ["1/2", "2/2"]
    assert parts[0]["Cellule"].value == "H2" and parts[0]["Feuille"].value == "Leviers"
    assert "".join(p["Texte"].value for p in parts) == text


def test_emoji_text_beyond_the_limit_is_continued_whole(tmp_path, ref):
    """Excel counts UTF-16 units: 20,000 emoji are 40,000 units, over the cell limit
    although they are 20,000 characters (XlsxWriter cut them to 16,383, silently)."""
    target = tmp_path / "emoji.xlsx"
    text = "🧶" * 20_000 + " fin"
    with data.session_scope() as session:
        diagnostic = data.sample(session, ref)
        diagnostic.steps[0].levers[0].notes = text
        session.commit()
        export_document(data.connection(session), ref, xlsx=target, pdf=None)
    wb = openpyxl.load_workbook(target)
    note = wb["Leviers"]["H2"].value
    assert "Textes longs" in note and note.startswith("🧶" * 1000)
    parts = [p["Texte"].value for p in _rows(wb["Textes longs"])]
    assert len(parts) == 2 and "".join(parts) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT for p in [note, *parts])


@pytest.mark.parametrize(
    "text",
    ["a" * 70_000, "😀" * 40_000, "a" + "😀" * 16_383 + "b" * 5, "é😀" * 30_000],
)
def test_split_pieces_fit_and_join_back(text):
    pieces = split_for_excel(text)
    assert "".join(pieces) == text
    units = [len(p.encode("utf-16-le")) // 2 for p in pieces]
    assert all(0 < u <= EXCEL_CELL_LIMIT for u in units)
    assert all(u >= EXCEL_CELL_LIMIT - 1 for u in units[:-1])  # full pieces, not crumbs
