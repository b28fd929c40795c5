"""Fichier › Poser un jalon… and the jalons dialog: undoable, and a comparison by step."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from essdesk.domain.comparison import compare_jalons
from essdesk.ui.jalons_view import ChangeColumn, ComparisonDialog, JalonsDialog


def _answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_posting_a_jalon_from_the_menu_is_undoable(window, monkeypatch, qtbot):
    _answer(monkeypatch, "Fin de l'atelier 1")
    window.post_jalon_action.trigger()  # the snapshot is taken off the GUI thread
    services = window.ctx.services
    qtbot.waitUntil(lambda: len(services.jalons()) == 1, timeout=5000)
    (posted,) = services.jalons()
    assert posted.label == "Fin de l'atelier 1" and window.ctx.document.modified
    window.undo_action.trigger()
    assert services.jalons() == []
    window.redo_action.trigger()
    (back,) = services.jalons()
    assert (back.id, back.uid, back.taken_at) == (posted.id, posted.uid, posted.taken_at)


def test_an_empty_label_is_refused_in_french_and_posts_nothing(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    _answer(monkeypatch, "   ")
    window.post_jalon_action.trigger()
    assert window.ctx.services.jalons() == [] and "obligatoire" in said[0]
    assert window.ctx.undo_stack.count() == 0


def test_the_dialog_renames_deletes_and_compares_by_step(window, monkeypatch, qtbot):
    ctx = window.ctx
    services = ctx.services
    first = services.post_jalon("Printemps", ctx.referential).created_id
    lever = services.lever_by_code("5.2")
    services.update_lever(lever.id, status="done", owner="Léa")
    services.update_lever(services.lever_by_code("1.1").id, status="in_progress")
    second = services.post_jalon("Été", ctx.referential).created_id
    dialog = JalonsDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    # The course of maturity: both jalons, then today; one line per step and the overall one.
    assert (
        dialog.chart.points == ["Printemps", "Été", "Aujourd'hui"] and len(dialog.chart.series) == 8
    )
    step5 = dialog.chart.series[4][1]
    assert step5[0] < step5[1] == step5[2]
    assert [dialog.model.index(r, 2).data() for r in range(2)] == ["Printemps", "Été"]

    dialog.table.selectRow(0)
    _answer(monkeypatch, "Printemps 2026")
    dialog.rename_button.click()
    assert dialog.model.index(0, 2).data() == "Printemps 2026"
    window.undo_action.trigger()
    assert dialog.model.index(0, 2).data() == "Printemps"

    comparison = compare_jalons(services, first, second, ctx.referential)
    shown = ComparisonDialog(comparison, ctx, window)
    qtbot.addWidget(shown)
    steps = [shown.model.index(r, ChangeColumn.STEP).data() for r in range(shown.model.rowCount())]
    assert steps == sorted(steps) and steps[0] == "1" and "5" in steps
    row = steps.index("5")
    cells = [shown.model.index(row, c).data() for c in ChangeColumn]
    assert cells[1:] == ["Levier 5.2", "Statut", cells[3], "Réalisé"] and cells[3] != "Réalisé"
    assert shown.radar.before is not None and len(shown.radar.before) == 7
    assert shown.radar.values[4][2] > shown.radar.before[4]  # step 5 moved up

    dialog.table.clearSelection()
    dialog.table.selectRow(1)
    dialog.delete_button.click()
    assert [j.id for j in services.jalons()] == [first] and dialog.model.rowCount() == 1
    window.undo_action.trigger()
    assert [j.id for j in services.jalons()] == [first, second] and dialog.model.rowCount() == 2


def test_closing_a_workshop_session_that_changed_something_proposes_a_jalon(
    window, monkeypatch, qtbot
):
    from PySide6.QtWidgets import QMessageBox

    from essdesk.models.enums import LeverStatus
    from essdesk.ui.workshop_mode import open_mode

    mode = open_mode(window)
    with qtbot.waitSignal(mode.closed, timeout=2000):
        mode.close()
    assert getattr(window, "jalon_offer", None) is None  # nothing changed: nothing asked

    mode = open_mode(window)
    while (
        mode.presenter.lever_id is None
        or window.ctx.services.lever(mode.presenter.lever_id).status is LeverStatus.DONE
    ):
        mode.go_to(mode.presenter.next)
    assert mode.set_status(LeverStatus.DONE)
    with qtbot.waitSignal(mode.closed, timeout=2000):
        mode.close()
    offer = window.jalon_offer
    assert offer.isVisible() and window.ctx.services.jalons() == []
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (asked.append(k["text"]) or "Atelier 1", True)
    )
    offer.done(QMessageBox.StandardButton.Yes)
    assert asked[0].startswith("Atelier du ")
    qtbot.waitUntil(
        lambda: [j.label for j in window.ctx.services.jalons()] == ["Atelier 1"], timeout=5000
    )


def test_a_jalon_exports_as_the_interchange_file_of_its_day(window, qtbot, tmp_path):
    from essdesk.exchange.interchange import dumps, to_dict

    ctx = window.ctx
    then = dumps(to_dict(ctx.session, ctx.referential))
    ctx.services.post_jalon("Printemps", ctx.referential)
    ctx.services.update_diagnostic(title="Un autre titre")
    dialog = JalonsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    target = tmp_path / "printemps.json"
    run = dialog.export(target)
    with qtbot.waitSignal(run.finished, timeout=5000):
        pass
    assert target.read_text(encoding="utf-8") == then


def test_the_dialog_posts_a_jalon_and_selects_it(window, monkeypatch, qtbot):
    dialog = JalonsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.chart.isVisibleTo(dialog)  # no jalon yet: no course to draw
    _answer(monkeypatch, "Premier")
    dialog.post()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert [i.row() for i in dialog.table.selectionModel().selectedRows()] == [0]
    assert dialog.chart.isVisibleTo(dialog) and dialog.now_button.isEnabled()


def test_a_jalon_opens_read_only_in_its_own_window_and_exports_as_it_was(
    window, qtbot, tmp_path, monkeypatch
):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from essdesk.models.enums import LeverStatus

    ctx = window.ctx
    lever = ctx.services.steps()[0].levers[0]
    then = lever.status
    ctx.services.post_jalon("Printemps", ctx.referential)
    now = LeverStatus.NOT_APPLICABLE if then is not LeverStatus.NOT_APPLICABLE else LeverStatus.DONE
    ctx.services.update_lever(lever.id, status=now)
    dialog = JalonsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.open_button.isEnabled()
    jalon = dialog.open_selected()
    qtbot.addWidget(jalon)
    assert "Jalon « Printemps » du" in jalon.windowTitle()
    assert jalon.saved_label.text() == "Jalon — lecture seule"
    assert not jalon.save_action.isEnabled() and not jalon.post_jalon_action.isEnabled()
    assert jalon.ctx.services.lever_by_code(lever.code).status is then  # as it was that day

    # An edit is refused in French and changes nothing, there or in the diagnostic.
    refused: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    jalon.go("step", 1)
    card = jalon.step_view.cards[jalon.ctx.services.lever_by_code(lever.code).id]
    card.status_buttons[now].click()
    assert refused and "ne se modifie pas" in refused[0]
    assert jalon.ctx.services.lever_by_code(lever.code).status is then
    assert ctx.services.lever(lever.id).status is now

    # Exported like the diagnostic itself: the workbook shows that day's status.
    target = tmp_path / "printemps.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    jalon.export_xlsx.trigger()
    with qtbot.waitSignal(jalon._export_run.finished, timeout=60000):
        pass
    rows = list(openpyxl.load_workbook(target, read_only=True)["Leviers"].iter_rows(values_only=True))
    row = next(r for r in rows if r[1] == lever.code)
    assert then.label in row
    assert jalon.close()  # nothing to save: no question asked
