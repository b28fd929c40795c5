"""One palette (issue 14): the app's status colours are the exports' colours."""

from __future__ import annotations

from pathlib import Path

import export_data as data
import openpyxl
import pytest

from essdesk.domain import palette
from essdesk.export import charts, export_document, pdf
from essdesk.models.enums import ActionStatus, LeverStatus
from essdesk.ui import style


def test_tint_is_a_light_version_of_the_same_colour() -> None:
    assert palette.tint("#000000", 0.5) == "#808080"
    assert palette.tint("#1B7F3B") != palette.tint("#B42318")
    for colour in palette.LEVER_STATUS.values():
        channels = [int(colour.tint[i : i + 2], 16) for i in (1, 3, 5)]
        assert min(channels) > 180  # light enough for dark text on it


def test_the_app_and_the_pdf_use_the_same_status_colours() -> None:
    for status in LeverStatus:
        assert style.STATUS_COLOURS[status] == palette.LEVER_STATUS[status].strong
        assert pdf.STATUS_COLOURS[status] == palette.tint(style.STATUS_COLOURS[status])
    for status in ActionStatus:
        assert pdf.ACTION_COLOURS[status] == palette.ACTION_STATUS[status].tint
    # the lever cards' borders in the style sheet are the buttons' colours
    sheet = style.stylesheet(10)
    for status, colour in style.STATUS_COLOURS.items():
        assert f'[status="{status.value}"]:checked {{ background: {colour};' in sheet
        if status is not LeverStatus.NOT_ASSESSED:
            assert f'leverCard[status="{status.value}"] {{ border-left: 5px solid {colour}' in sheet
    assert charts.ACCENT.hexval().upper() == "0X" + palette.PRIMARY[1:]


def _rule_fills(ws) -> dict[str, str]:
    fills = {}
    for rules in ws.conditional_formatting:
        for rule in rules.rules:
            if rule.dxf is not None and rule.dxf.fill is not None:
                label = rule.formula[0].strip('"')
                fills[label] = rule.dxf.fill.fgColor.rgb[-6:]
    return fills


def test_the_workbook_colours_statuses_like_the_app(demo_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(demo_xlsx)
    levers = _rule_fills(wb["Leviers"])
    for status in LeverStatus:
        assert levers[status.label] == palette.tint(style.STATUS_COLOURS[status])[1:]
    actions = _rule_fills(wb["Plan d'action"])
    for status in ActionStatus:
        assert actions[status.label] == palette.ACTION_STATUS[status].tint[1:]


@pytest.fixture
def demo_xlsx(tmp_path: Path) -> Path:
    target = tmp_path / "diagnostic.xlsx"
    with data.session_scope() as session:
        data.sample(session, data.referential())
        export_document(data.connection(session), data.referential(), xlsx=target, pdf=None)
    return target
