"""No edit is ever lost: what is typed is in the working copy before the user moves on.

Text is typed key by key into the real widgets (as a user would), then the user switches
workshop or view, saves with Ctrl+S, closes and reopens the file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from essdesk.domain.services import Changes
from essdesk.ui.action_dialog import ActionDialog
from essdesk.ui.actor_dialog import ActorDialog
from essdesk.ui.live_edit import DEBOUNCE_MS
from essdesk.ui.workshop_mode import WorkshopMode


def type_text(widget, text: str) -> None:
    """One key event per character: qtbot.keyClicks aborts on 'é' and 'à'."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def ctrl_s(window) -> None:
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    window.save_action.trigger()


@pytest.fixture
def two_workshops(window):
    s = window.ctx.services
    first = s.add_workshop(place="Mairie", participants=[{"name": "Ana"}]).created_id
    second = s.add_workshop(place="Salle des fêtes").created_id
    window.ctx.emit(Changes(workshops=True))  # the views learn about them, as after a command
    window.go("workshops")
    window.workshops_view.select(first)
    return first, second


def test_workshop_notes_survive_switching_workshop_view_and_ctrl_s(window, two_workshops, qtbot):
    first, second = two_workshops
    s, view = window.ctx.services, window.workshops_view
    editor = view.editor
    type_text(editor.notes, "Tour de table très riche")
    view.select(second)  # no focus change, no button: the notes go with their workshop
    assert s.workshop(first).notes == "Tour de table très riche"
    assert editor.notes.toPlainText() == ""
    type_text(editor.decisions, "Écrire la charte")
    ctrl_s(window)
    assert s.workshop(second).decisions == "Écrire la charte"
    assert not window.ctx.document.modified  # the decisions are in the saved file
    type_text(editor.place, " (étage)")
    window.go("overview")
    assert s.workshop(second).place == "Salle des fêtes (étage)"
    window.go("workshops")
    view.select(first)
    assert editor.notes.toPlainText() == "Tour de table très riche"


def test_a_pause_in_typing_commits_and_one_field_is_one_undo_step(window, two_workshops, qtbot):
    first, _second = two_workshops
    s, ctx = window.ctx.services, window.ctx
    editor = window.workshops_view.editor
    depth = ctx.undo_stack.count()
    type_text(editor.notes, "Premier")
    qtbot.waitUntil(lambda: s.workshop(first).notes == "Premier", timeout=DEBOUNCE_MS * 10)
    assert editor.hasFocus() or editor.notes.hasFocus()  # committed while the user types on
    type_text(editor.notes, " point")
    qtbot.waitUntil(lambda: s.workshop(first).notes == "Premier point", timeout=DEBOUNCE_MS * 10)
    assert ctx.undo_stack.count() == depth + 1  # the two pauses merged into one edit
    assert ctx.undo_stack.undoText() == "Notes de l'atelier"
    type_text(editor.place, "-Centre")  # another field: its own step
    editor.notes.setFocus()
    assert s.workshop(first).place == "Mairie-Centre"
    assert ctx.undo_stack.count() == depth + 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert (s.workshop(first).notes, s.workshop(first).place) == ("", "Mairie")
    assert editor.notes.toPlainText() == "" and editor.place.text() == "Mairie"


def test_every_view_typed_saved_closed_reopened(window, diagnostic_file, qtbot):
    """Type into every editable field of each view, switch view and workshop, save, close,
    reopen: every character is still there."""
    ctx = window.ctx
    s = ctx.services

    # a step: a lever's notes and owner, the step's synthesis
    window.go("step", 2)
    card = next(iter(window.step_view.cards.values()))
    lever_id = card.lever_id
    type_text(card.notes, "Gisement à qualifier : 40 t/an")
    type_text(card.owner, "Chargée de mission")
    type_text(window.step_view.notes, "Synthèse : l'aval manque")
    window.go("step", 3)  # Alt+PgDown-style switch while the synthesis has the focus

    # actors: a new one through the dialog, every text field typed
    window.go("actors")
    dialog = ActorDialog(ctx, None, window.actors_view)
    actor_text = {
        "name": "Filature Élise",
        "commune": "Sarrebourg",
        "contact": "Élise Roy",
        "email": "elise@exemple.fr",
        "phone": "03 87 00 00 00",
    }
    for name, text in actor_text.items():
        type_text(getattr(dialog, name), text)
    type_text(dialog.role, "Lavage à façon")
    type_text(dialog.notes, "Voir la capacité")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    # the plan: a new action, its text fields typed
    window.go("actions")
    dialog = ActionDialog(ctx, None, window.actions_view)
    for name, text in {
        "title": "Étude de débouchés",
        "funding": "Région",
        "budget": "1 500",
    }.items():
        type_text(getattr(dialog, name), text)
    type_text(dialog.indicator, "Nombre d'acheteurs")
    type_text(dialog.notes, "Démarrage en été")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    # workshops: two sessions, every field of the editor typed
    window.go("workshops")
    view = window.workshops_view
    view.add_button.click()
    view.add_button.click()
    first, second = (w.id for w in s.workshops())
    view.select(first)
    editor = view.editor
    type_text(editor.place, "Maison du Parc")
    editor.add_participant.click()
    type_text(QApplicationFocus.editor(), "Zoé Martin")
    QTest.keyClick(QApplicationFocus.editor(), Qt.Key.Key_Tab)  # on to the organisation cell
    type_text(QApplicationFocus.editor(), "PNR")
    type_text(editor.notes, "Tour de table")
    type_text(editor.decisions, "Créer un groupement")
    view.select(second)  # switch workshop while the decisions have the focus
    type_text(editor.notes, "Deuxième séance")

    # workshop mode: the lever's notes, typed on the projector
    mode = WorkshopMode(ctx, first, start_lever=lever_id)
    qtbot.addWidget(mode)
    mode.resize(1280, 720)
    mode.show()
    QTest.keyClick(mode, Qt.Key.Key_N)
    type_text(mode.editor, "Idée : une marque locale")
    QTest.keyClick(mode.editor, Qt.Key.Key_Escape)
    mode.close()

    window.go("overview")
    ctrl_s(window)
    assert not ctx.document.modified
    assert window.close_document()
    assert window.open_path(diagnostic_file)
    s = window.ctx.services
    lever = s.lever(lever_id)
    assert lever.notes == "Gisement à qualifier : 40 t/an\nIdée : une marque locale"
    assert lever.owner == "Chargée de mission"
    assert s.step(2).notes == "Synthèse : l'aval manque"
    actor = next(a for a in s.actors() if a.name == "Filature Élise")
    assert {n: getattr(actor, n) for n in actor_text} == actor_text
    assert (actor.role, actor.notes) == ("Lavage à façon", "Voir la capacité")
    action = next(a for a in s.actions() if a.title == "Étude de débouchés")
    assert (action.funding, action.budget_cents, action.indicator, action.notes) == (
        "Région",
        150000,
        "Nombre d'acheteurs",
        "Démarrage en été",
    )
    w1, w2 = s.workshop(first), s.workshop(second)
    assert (w1.place, w1.notes, w1.decisions) == (
        "Maison du Parc",
        "Tour de table",
        "Créer un groupement",
    )
    assert [(p.name, p.organisation) for p in w1.participants] == [("Zoé Martin", "PNR")]
    assert w2.notes == "Deuxième séance"


class QApplicationFocus:
    @staticmethod
    def editor():
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        assert widget is not None
        return widget
