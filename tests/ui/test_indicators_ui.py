"""The "Indicateurs" view: add from the catalogue, values at a date, the chart, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from essdesk.ui.indicator_dialog import IndicatorDialog, ValueDialog
from essdesk.ui.models.indicators import IndicatorColumn


def _open(window):
    row = window.nav.count() - 1
    assert window.nav.item(row).text() == "Indicateurs"
    window.nav.setCurrentRow(row)
    view = window.indicators_view
    assert window.pages.currentWidget() is view
    return view


def _add(window, view, name="Emplois créés", target="4", link=None):
    dialog = IndicatorDialog(window.ctx, None, view)
    dialog.name.setEditText(name)
    dialog.target.setText(target)
    if link is not None:
        dialog.link.setCurrentIndex(dialog.link.findText(link, Qt.MatchFlag.MatchStartsWith))
    dialog.accept()
    return dialog


def test_an_indicator_from_the_catalogue_gets_its_unit_and_undo_removes_it(window, qtbot):
    view = _open(window)
    assert view.model.rowCount() == 0 and not view.add_value_button.isEnabled()
    dialog = _add(window, view, link="Action : Étude de lavage")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.unit.text() == "ETP"  # from the catalogue
    assert view.model.rowCount() == 1
    assert view.model.index(0, IndicatorColumn.NAME).data() == "Emplois créés (ETP)"
    assert view.model.index(0, IndicatorColumn.LINK).data() == "Étude de lavage"
    assert "1 indicateur" in view.summary.text()
    window.ctx.undo_stack.undo()
    assert view.model.rowCount() == 0 and window.ctx.services.indicators() == []
    window.ctx.undo_stack.redo()
    assert [i.name for i in window.ctx.services.indicators()] == ["Emplois créés"]


def test_a_bad_number_is_said_next_to_its_field_and_nothing_is_added(window, qtbot):
    view = _open(window)
    dialog = _add(window, view, target="beaucoup")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors.labels["target"].text() == "Saisissez un nombre, par exemple 12 ou 3,5."
    assert window.ctx.services.indicators() == []


def test_values_at_dates_show_in_the_second_table_the_chart_and_the_progress(window, qtbot):
    view = _open(window)
    _add(window, view, name="Volume valorisé", target="10")
    indicator = window.ctx.services.indicators()[0].id
    assert view.current_id() == indicator and view.add_value_button.isEnabled()
    for day, value in ((dt.date(2025, 6, 1), "5"), (dt.date(2025, 1, 15), "2,5")):
        dialog = ValueDialog(window.ctx, indicator, None, view)
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        qtbot.keyClicks(dialog.value, value)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
    assert [view.values.index(r, 0).data() for r in range(2)] == ["15/01/2025", "01/06/2025"]
    assert view.model.index(0, IndicatorColumn.LATEST).data() == "5"
    # No baseline given: the first value (2,5) is the start; 5 is a third of the way to 10.
    assert view.model.index(0, IndicatorColumn.PROGRESS).data() == "33\u202f%"
    assert len(view.chart.course.points) == 2
    assert "cible 10\u00a0t" in view.values_title.text()
    view.values_table.selectRow(0)
    value_id = view.current_value_id()
    view.remove_value()
    assert len(window.ctx.services.indicator(indicator).values) == 1
    window.ctx.undo_stack.undo()
    assert value_id in [v.id for v in window.ctx.services.indicator(indicator).values]


def test_the_view_is_reachable_from_the_keyboard(window, qtbot):
    view = _open(window)
    _add(window, view)
    view.table.setFocus()
    assert view.table.hasFocus() or view.table.focusPolicy() != Qt.FocusPolicy.NoFocus
    for widget in (view.table, view.add_button, view.values_table, view.add_value_button):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_editing_shows_what_the_indicator_follows_and_keeps_it(window, qtbot):
    view = _open(window)
    _add(window, view, link="Levier 4.1")
    indicator = window.ctx.services.indicators()[0]
    assert indicator.lever.code == "4.1"
    dialog = IndicatorDialog(window.ctx, indicator.id, view)
    assert dialog.link.currentText().startswith("Levier 4.1")
    dialog.target.setText("8")
    dialog.accept()
    assert window.ctx.services.indicator(indicator.id).lever_id == indicator.lever_id
    assert window.ctx.services.indicator(indicator.id).target == 8
    window.ctx.undo_stack.undo()
    assert window.ctx.services.indicator(indicator.id).target == 4


def test_the_comparison_and_the_jalons_show_each_indicator_at_each_jalon(window, qtbot):
    from essdesk.domain.comparison import compare_jalons
    from essdesk.ui.jalons_view import ComparisonDialog, JalonsDialog

    s = window.ctx.services
    view = _open(window)
    _add(window, view, name="Bénévoles mobilisés", target="20")
    indicator = s.indicators()[0].id
    s.add_indicator_value(indicator, date="2025-01-01", value=5)
    first = s.post_jalon("Avant", window.ctx.referential).created_id
    s.add_indicator_value(indicator, date="2025-06-01", value=12)
    comparison = compare_jalons(s, first, None, window.ctx.referential)
    assert comparison.indicators()[0]["before"] == 5 and comparison.indicators()[0]["after"] == 12
    assert any("Bénévoles mobilisés : 5 → 12" in line for line in comparison.lines())
    dialog = ComparisonDialog(comparison, window.ctx, window)
    model = dialog.indicators.model()
    assert [model.index(0, c).data() for c in range(5)] == [
        "Bénévoles mobilisés (personnes)",
        "5",
        "12",
        "20",
        "47\u202f%",
    ]
    changes = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert "Mesure « Bénévoles mobilisés » 01/06/2025" in changes
    jalons = JalonsDialog(window.ctx, window)
    course = jalons.indicators.model()
    assert course.headerData(1, Qt.Orientation.Horizontal) == "Avant"
    assert [course.index(0, c).data() for c in (1, 2)] == ["5", "12"]


def test_a_colleague_s_indicator_edit_refreshes_the_view():
    from essdesk.ui.live import changes_of

    assert changes_of({"touched": {"indicator_value": [3]}, "steps": []}).indicators
    assert changes_of({"touched": {"indicator": [1]}, "steps": []}).indicators
    assert not changes_of({"touched": {"actor": [1]}, "steps": []}).indicators
