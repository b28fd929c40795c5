import datetime as dt

import pytest
from PySide6.QtCore import Qt

from essdesk.models.enums import ActorCategory, ChainLink
from essdesk.ui.action_dialog import ActionDialog, parse_money
from essdesk.ui.actor_dialog import ActorDialog
from essdesk.ui.models.actions import ActionColumn
from essdesk.ui.models.actors import ActorColumn


def test_add_actor_through_dialog_then_undo(window, qtbot):
    ctx = window.ctx
    window.go("actors")
    view = window.actors_view
    dialog = ActorDialog(ctx, None, view)
    qtbot.keyClicks(dialog.name, "Atelier Fil")
    dialog.category.setCurrentIndex(dialog.category.findData(ActorCategory.ENTREPRISE_HORS_ESS.value))
    assert not dialog.ess.isChecked()  # suggested from the category
    dialog.chain_link.setCurrentIndex(dialog.chain_link.findData(ChainLink.DISTRIBUTION.value))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    names = [a.name for a in ctx.services.actors()]
    assert "Atelier Fil" in names
    assert view.model.rowCount() == 4
    assert "4 acteurs" in view.summary.text()
    ctx.undo_stack.undo()
    assert view.model.rowCount() == 3
    ctx.undo_stack.redo()
    assert view.model.rowCount() == 4


def test_actor_dialog_refuses_invalid_input(window, qtbot):
    dialog = ActorDialog(window.ctx, None, window)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors.labels["name"].text() == "Saisissez le nom de l'acteur."
    dialog.name.setText("X")
    dialog.email.setText("pas-une-adresse")
    dialog.accept()
    assert "exemple : prenom.nom@exemple.fr" in dialog.errors.labels["email"].text()
    assert not dialog.errors.labels["email"].isHidden()
    assert len(window.ctx.services.actors()) == 3


def test_edit_actor_and_undo_restores_exactly(window, qtbot):
    ctx = window.ctx
    actor = ctx.services.actors()[0]
    dialog = ActorDialog(ctx, actor.id, window)
    dialog.commune.setText("Lanvaux")
    dialog.accept()
    assert ctx.services.actor(actor.id).commune == "Lanvaux"
    row = window.actors_view.model.row_of(actor.id)
    assert window.actors_view.model.index(row, ActorColumn.COMMUNE).data() == "Lanvaux"
    ctx.undo_stack.undo()
    assert ctx.services.actor(actor.id).commune == "Brassac"


def test_actor_search_filters_and_sort(window, qtbot):
    view = window.actors_view
    view.search.setText("ressourc")
    assert view.proxy.rowCount() == 1
    view.search.setText("")
    view.ess_filter.setCurrentIndex(2)  # non-ESS only
    assert view.proxy.rowCount() == 1
    view.ess_filter.setCurrentIndex(0)
    view.link_filter.setCurrentIndex(view.link_filter.findData(ChainLink.TRANSFORMATION.value))
    assert view.proxy.rowCount() == 1
    view.link_filter.setCurrentIndex(0)
    view.table.sortByColumn(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_remove_actor_and_undo(window, qtbot):
    ctx = window.ctx
    view = window.actors_view
    actor_id = ctx.services.actors()[0].id
    view.select(actor_id)
    view.remove_button.click()
    assert actor_id not in [a.id for a in ctx.services.actors()]
    assert ctx.services.actions()[0].pilot_id is None
    ctx.undo_stack.undo()
    assert ctx.services.actions()[0].pilot_id == actor_id


def test_action_table_overdue_and_filters(window, qtbot):
    view = window.actions_view
    index = view.model.index(0, ActionColumn.TITLE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # due 2020: overdue
    assert "En retard" in index.data(Qt.ItemDataRole.ToolTipRole)
    view.overdue.setChecked(True)
    assert view.proxy.rowCount() == 1
    view.step_filter.setCurrentIndex(3)
    assert view.proxy.rowCount() == 0


def test_action_dialog_validation_and_edit(window, qtbot):
    ctx = window.ctx
    action = ctx.services.actions()[0]
    dialog = ActionDialog(ctx, action.id, window)
    dialog.budget.setText("douze")
    dialog.accept()
    assert "Montant invalide" in dialog.errors.labels["budget_cents"].text()
    dialog.budget.setText("12 500,50")
    dialog.start.set_value(dt.date(2026, 1, 1))
    dialog.end.set_value(dt.date(2025, 1, 1))
    dialog.accept()
    assert "précéder" in dialog.errors.labels["end"].text()
    dialog.end.set_value(dt.date(2026, 6, 30))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    action = ctx.services.action(action.id)
    assert (action.budget_cents, action.end) == (1250050, dt.date(2026, 6, 30))
    assert window.actions_view.proxy.rowCount() == 1
    ctx.undo_stack.undo()
    action = ctx.services.action(action.id)
    assert (action.budget_cents, action.end) == (None, dt.date(2020, 1, 1))


@pytest.mark.parametrize("text,cents", [("", None), ("12", 1200), ("12 500,5", 1250050), ("3.25 €", 325)])
def test_parse_money(text, cents):
    assert parse_money(text) == cents


def test_add_workshop_session_and_undo(window, qtbot):
    ctx = window.ctx
    window.go("workshops")
    view = window.workshops_view
    view.add_button.click()
    assert view.model.rowCount() == 1
    editor = view.editor
    editor.place.setFocus()
    qtbot.keyClicks(editor.place, "Salle des fetes")
    qtbot.mouseClick(editor.steps[0], Qt.MouseButton.LeftButton)  # the place commits as it loses focus
    qtbot.mouseClick(editor.steps[2], Qt.MouseButton.LeftButton)
    editor.add_participant.click()  # a named row, its name open for typing
    model = editor.participant_model
    assert model.setData(model.index(0, 0), "Claire")
    assert model.setData(model.index(0, 1), "CC du Val")
    editor.decisions.setFocus()
    qtbot.keyClicks(editor.decisions, "Lancer la collecte")
    window.commit_edits()
    w = ctx.services.workshops()[0]
    assert (w.place, [s.number for s in w.steps], [p.name for p in w.participants], w.decisions) == (
        "Salle des fetes", [1, 3], ["Claire"], "Lancer la collecte")
    assert not hasattr(editor, "save")  # no button to forget: every edit is kept as typed
    assert view.model.index(0, 3).data() == "1"
    ctx.undo_stack.undo()  # the decisions, typed in one go: one step
    assert ctx.services.workshops()[0].decisions == "" and editor.decisions.toPlainText() == ""
    for _ in range(4):  # organisation, name, added participant, step 3
        ctx.undo_stack.undo()
    w = ctx.services.workshops()[0]
    assert ([s.number for s in w.steps], w.participants) == ([1], [])
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()  # the place, typed in one go: one step
    assert ctx.services.workshops()[0].place == "" and editor.place.text() == ""
    ctx.undo_stack.redo()
    assert ctx.services.workshops()[0].place == "Salle des fetes"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert view.model.rowCount() == 0


def test_workshop_participant_needs_a_name(window, qtbot):
    view = window.workshops_view
    view.add_button.click()
    view.editor.add_participant.click()
    model = view.editor.participant_model
    assert model.rows[0]["name"] == "Participant 1"
    assert not model.setData(model.index(0, 0), "  ")
    assert "nom" in view.editor.participant_error.text()
    assert window.ctx.services.workshops()[0].participants[0].name == "Participant 1"


def test_smoke_test_runs(diagnostic_file, qtbot):
    from essdesk.ui.app import run

    assert run(diagnostic_file, smoke_test=True) == 0


def test_smoke_test_fails_without_file(qtbot, capsys):
    from essdesk.ui.app import run

    assert run(None, smoke_test=True) == 1
    assert "no file given" in capsys.readouterr().err


def test_export_runs_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from essdesk.ui.export_worker import start_export

    target = tmp_path / "rapport.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(("error", *a)))
    run = start_export(window, window.ctx, "xlsx")
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert shown and shown[0][0] != "error", shown
    assert str(target) in shown[0]  # "Export terminé", with open-file/open-folder buttons
    assert target.exists()


def test_startup_does_not_import_export_libraries(tmp_path):
    import os
    import subprocess
    import sys

    code = ("from essdesk.ui.app import make_window; w = make_window(); import sys; "
            "print(sorted(m for m in ('openpyxl', 'reportlab', 'xlsxwriter', 'docx', 'pypdf', 'PIL') "
            "if m in sys.modules))")
    env = {**os.environ, "ESSDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip().endswith("[]"), out.stderr


def test_english_translation_loads(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from essdesk.ui.app import translations_dir

    t = QTranslator()
    assert t.load("essdesk_en", str(translations_dir()))
    QCoreApplication.installTranslator(t)
    try:
        assert QCoreApplication.translate("MainWindow", "Plan d'action") == "Action plan"
    finally:
        QCoreApplication.removeTranslator(t)


@pytest.mark.qt_no_exception_capture
def test_smoke_test_fails_when_a_view_cannot_be_built(diagnostic_file, qtbot, monkeypatch, capsys):
    # What a frozen bundle missing a lazily imported view module looks like.
    from essdesk.ui.app import run
    from essdesk.ui.main_window import MainWindow

    views = dict(MainWindow._VIEWS, actors_view=("essdesk.ui.no_such_view", "ActorsView"))
    monkeypatch.setattr(MainWindow, "_VIEWS", views)
    assert run(diagnostic_file, smoke_test=True) == 1
    assert "no_such_view" in capsys.readouterr().err
