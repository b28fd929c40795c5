from PySide6.QtWidgets import QMessageBox

from essdesk.domain.scoring import format_percent
from essdesk.models.enums import LeverStatus
from essdesk.store.document import Document, orphaned_working_copies


def first_card(window):
    window.go("step", 1)
    return next(iter(window.step_view.cards.values()))


def test_set_lever_status_updates_core_dashboard_and_undo(window, qtbot):
    ctx = window.ctx
    card = first_card(window)
    before = window.overview.kpi_maturity.value.text()
    card.status_buttons[LeverStatus.DONE].click()
    assert ctx.services.lever(card.lever_id).status is LeverStatus.DONE
    maturity = ctx.services.scores().overall.maturity
    assert window.overview.kpi_maturity.value.text() == format_percent(maturity) != before
    assert window.step_view.progress.text().startswith("1/5")
    assert "1/5" in window.nav.item(1).text()
    assert window.isWindowModified()
    assert window.saved_label.text() == "Modifications non enregistrées"
    assert window.undo_action.text().startswith("Annuler Statut du levier 1.1")
    ctx.undo_stack.undo()
    assert ctx.services.lever(card.lever_id).status is LeverStatus.NOT_ASSESSED
    assert card.status_buttons[LeverStatus.NOT_ASSESSED].isChecked()
    assert window.overview.kpi_maturity.value.text() == before
    ctx.undo_stack.redo()
    assert ctx.services.lever(card.lever_id).status is LeverStatus.DONE
    assert card.status_buttons[LeverStatus.DONE].isChecked()


def test_lever_notes_owner_and_step_synthesis(window, qtbot):
    ctx = window.ctx
    card = first_card(window)
    card.notes.setFocus()
    card.notes.setPlainText("Gisement de 40 t")
    card.owner.setFocus()  # focus out commits the notes
    qtbot.keyClicks(card.owner, "PNR")
    window.step_view.notes.setFocus()  # commits the owner
    lever = ctx.services.lever(card.lever_id)
    assert (lever.notes, lever.owner) == ("Gisement de 40 t", "PNR")
    window.step_view.notes.setPlainText("Synthese")
    card.notes.setFocus()
    assert ctx.services.step(1).notes == "Synthese"
    assert ctx.undo_stack.count() == 3
    ctx.undo_stack.undo()
    assert ctx.services.step(1).notes == ""
    assert window.step_view.notes.toPlainText() == ""
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    lever = ctx.services.lever(card.lever_id)
    assert (lever.notes, lever.owner) == ("", "")
    assert card.owner.text() == "" and card.notes.toPlainText() == ""


def test_create_action_from_lever(window, qtbot):
    ctx = window.ctx
    card = first_card(window)
    count = len(ctx.services.actions())
    card.create_action.click()
    actions = ctx.services.actions()
    assert len(actions) == count + 1
    assert [lv.id for lv in actions[-1].levers] == [card.lever_id]
    ctx.undo_stack.undo()
    assert len(ctx.services.actions()) == count
    ctx.undo_stack.redo()
    assert len(ctx.services.actions()) == count + 1


def test_custom_lever_add_and_remove_undo(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ctx = window.ctx
    first_card(window)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Levier local", True))
    window.step_view.add_lever.click()
    assert len(window.step_view.cards) == 6
    custom = list(window.step_view.cards.values())[-1]
    assert custom.title.text() == "Levier local"
    ctx.undo_stack.undo()
    assert len(window.step_view.cards) == 5
    ctx.undo_stack.redo()
    assert len(window.step_view.cards) == 6


def test_navigation_visits_every_view(window, qtbot):
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.pages.currentWidget().isVisible()
    window.go("step", 3)
    assert window.step_view.number == 3
    window.step_view.next.click()
    assert window.step_view.number == 4
    window.overview.radar.stepClicked.emit(7)
    assert window.step_view.number == 7 and not window.step_view.next.isVisible()


def test_close_with_unsaved_changes_asks(window, qtbot, monkeypatch):
    ctx = window.ctx
    first_card(window).status_buttons[LeverStatus.DONE].click()
    asked = []
    monkeypatch.setattr(window, "ask_save_changes",
                        lambda: asked.append(1) or QMessageBox.StandardButton.Cancel)
    assert not window.close_document()
    assert asked and window.ctx is ctx
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Save)
    path = ctx.document.target
    assert window.close_document()
    assert window.ctx is None
    with Document.open(path) as doc:
        from essdesk.domain.services import Services

        lever = Services(doc.session).lever_by_code("1.1")
        assert lever.status is LeverStatus.DONE


def test_save_marks_saved(window, qtbot):
    first_card(window).status_buttons[LeverStatus.PLANNED].click()
    assert window.isWindowModified()
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert window.saved_label.text() == "Enregistré"


def test_recovery_after_crash(window, qtbot, monkeypatch):
    ctx = window.ctx
    first_card(window).status_buttons[LeverStatus.DONE].click()
    # simulate a crash: the process dies without closing; its working copy stays behind
    working = ctx.document.working_path
    ctx.document.session.close()
    ctx.document.engine.dispose()
    window.ctx = None
    monkeypatch.setattr("essdesk.store.document.WorkingCopy.orphaned", property(lambda self: True))
    monkeypatch.setattr("essdesk.store.document.os.getpid", lambda: -1)
    copies = orphaned_working_copies()
    assert [c.path for c in copies] == [working]
    window.show_welcome()
    assert window.welcome.recovery.isVisibleTo(window.welcome)
    assert window.recover(copies[0])
    assert window.ctx.services.lever_by_code("1.1").status is LeverStatus.DONE
    assert window.isWindowModified()


def test_zoom_changes_font(window, qtbot):
    from PySide6.QtWidgets import QApplication

    size = QApplication.font().pointSizeF()
    window.zoom(+1)
    assert QApplication.font().pointSizeF() > size
    assert window.settings.zoom == 110
    window.zoom(0)
    assert QApplication.font().pointSizeF() == size
