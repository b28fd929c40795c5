"""What the workbook looks like to a user, read back with openpyxl (issue 16: the workbook is
written with XlsxWriter's public API; these replace the byte comparison with openpyxl's
former private writer): header styles, number formats, the messages of the drop-downs,
the fills of the status rules, print titles and headers, names, and hostile text."""

from __future__ import annotations

import export_data as data
import openpyxl
import pytest

from essdesk.domain import palette
from essdesk.export import export_document
from essdesk.models.enums import LeverStatus


@pytest.fixture(scope="module", params=[data.sample, data.hostile], ids=["sample", "hostile"])
def exported(request, tmp_path_factory):
    ref = data.referential()
    target = tmp_path_factory.mktemp("looks") / "diagnostic.xlsx"
    with data.session_scope() as session:
        request.param(session, ref)
        export_document(data.connection(session), ref, xlsx=target, pdf=None)
    return openpyxl.load_workbook(target)


def test_list_headers_are_bold_white_on_the_app_colour(exported):
    for name in ("Leviers", "Acteurs", "Plan d'action", "Ateliers"):
        header = exported[name]["A1"]
        assert header.font.b and header.font.color.rgb.endswith("FFFFFF"), name
        assert header.fill.fgColor.rgb.endswith(palette.PRIMARY[1:]), name
        assert header.alignment.wrap_text and header.border.bottom.style == "medium"


def test_title_is_large_and_grid_hidden_on_the_synthesis(exported):
    ws = exported["Synthèse"]
    assert ws["A1"].font.sz == 16 and ws["A1"].font.b
    assert ws.sheet_view.showGridLines is False
    assert ws.page_setup.orientation == "portrait"


def test_drop_downs_explain_what_to_do(exported):
    validation = next(
        v
        for v in exported["Leviers"].data_validations.dataValidation
        if str(v.sqref).startswith("E2")
    )
    assert validation.error == "Choisissez un statut dans la liste."
    assert validation.errorTitle == "Statut inconnu" and validation.allow_blank
    assert str(validation.sqref).endswith(":E" + str(exported["Leviers"].max_row + 200))


def test_status_rules_fill_with_the_status_tints(exported):
    fills = {}
    for cf in exported["Leviers"].conditional_formatting:
        for rule in cf.rules:
            if rule.dxf is not None and rule.dxf.fill is not None:
                colour = rule.dxf.fill.bgColor.rgb or rule.dxf.fill.fgColor.rgb
                fills[rule.formula[0]] = colour
    done = palette.LEVER_STATUS[LeverStatus.DONE].tint[1:].upper()
    assert fills[f'"{LeverStatus.DONE.label}"'].upper().endswith(done)


def test_print_titles_headers_and_names(exported):
    ws = exported["Acteurs"]
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddHeader.right.text == "&A" and ws.oddFooter.right.text == "Page &P / &N"
    assert ws.oddFooter.left.text == "essdesk — diagnostic de filière"
    names = exported.defined_names
    assert names["Acteurs"].attr_text.startswith("'Acteurs'!$A$1:$")
    assert names["Plan_action"].attr_text.startswith("'Plan d''action'!$A$1:$")


def test_wrapped_columns_wrap_and_dates_and_euros_have_french_formats(exported):
    ws = exported["Plan d'action"]
    assert ws["A2"].alignment.wrap_text and ws["A2"].alignment.vertical == "top"
    budget = next(c for c in ws["G"][1:] if c.value is not None)
    assert budget.number_format == '#,##0.00\\ "€"'
    start = next(c for c in ws["E"][1:] if c.value is not None)
    assert start.is_date and start.number_format == "dd/mm/yyyy"


def test_every_user_text_is_a_text_cell(exported):
    """A name like "=cmd|..." or "@SUM(1)" never becomes a formula (nor "#N/A" an error)."""
    for ws in exported.worksheets:
        if ws.title == "Synthèse":
            continue
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type in ("s", "n", "d"), (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.quotePrefix, (ws.title, cell.coordinate)
