"""Workshop mode driven with the keyboard, as a facilitator with a clicker would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from essdesk.models.enums import LeverStatus
from essdesk.ui.workshop_mode import WorkshopMode, open_mode, pick_screen


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def type_text(widget, text: str) -> None:
    """One key event per character: qtbot.keyClicks aborts on 'é' and 'à'."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def session_id(window):
    s = window.ctx.services
    actor = s.actors()[0]
    changes = s.add_workshop(place="Mairie", step_numbers=[2, 3], participants=[
        {"name": "Ana", "organisation": "PNR"},
        {"name": "Bruno", "organisation": actor.name, "actor_id": actor.id}])
    window.ctx.emit(changes)  # the views learn about it, as after a command
    return changes.created_id


@pytest.fixture
def mode(window, session_id, qtbot):
    clock = FakeClock()
    m = WorkshopMode(window.ctx, session_id, clock=clock)
    m.clock = clock
    qtbot.addWidget(m)
    m.resize(1280, 720)
    m.show()
    return m


def key(widget, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, modifiers)


def test_starts_on_the_first_step_of_the_session_and_navigates(mode, window):
    p = mode.presenter
    assert p.current.is_step and p.step == 2
    assert "Étape 2" in mode.where.text() and mode.title.text() == window.referential.step(2).title
    key(mode, Qt.Key.Key_PageDown)
    first = window.ctx.services.step(2).levers[0]
    assert p.lever_id == first.id and mode.code.text() == first.code
    assert mode.position_label.text() == f"levier 1 / {len(window.ctx.services.step(2).levers)}"
    key(mode, Qt.Key.Key_Right)
    key(mode, Qt.Key.Key_Space)
    assert p.position()[0] == 3
    key(mode, Qt.Key.Key_Left)
    key(mode, Qt.Key.Key_PageUp)
    assert p.lever_id == first.id
    key(mode, Qt.Key.Key_Home)
    assert p.index == 0 and mode.title.text() == window.referential.step(1).title
    key(mode, Qt.Key.Key_End)
    assert p.at_end
    examples_shown = mode.examples.text()
    assert mode.title.text() and (examples_shown or not mode.examples.isVisibleTo(mode))


def test_number_keys_set_the_status_and_ctrl_z_undoes_it_inside_the_mode(mode, window):
    ctx = window.ctx
    key(mode, Qt.Key.Key_PageDown)
    lever_id = mode.presenter.lever_id
    before = ctx.undo_stack.count()
    key(mode, Qt.Key.Key_5)
    assert ctx.services.lever(lever_id).status is LeverStatus.DONE
    assert "background: #1b7f3b" in mode.status_pills[LeverStatus.DONE].styleSheet().lower()
    type_text(mode, "(")  # the 5 key of a French keyboard without Shift
    assert ctx.undo_stack.count() == before + 1  # same status: no second edit
    type_text(mode, "é")  # the 2 key on AZERTY
    assert ctx.services.lever(lever_id).status is LeverStatus.NOT_STARTED
    key(mode, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.lever(lever_id).status is LeverStatus.DONE
    key(mode, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.lever(lever_id).status is LeverStatus.NOT_ASSESSED
    assert "background" not in mode.status_pills[LeverStatus.DONE].styleSheet()
    key(mode, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.lever(lever_id).status is LeverStatus.DONE
    # the laptop's window shows the same edit (same stack, same commands)
    window.go("lever", lever_id)
    assert window.step_view.cards[lever_id].status_buttons[LeverStatus.DONE].isChecked()
    key(mode, Qt.Key.Key_7)  # no 7th status
    key(mode, Qt.Key.Key_Home)
    key(mode, Qt.Key.Key_3)  # on a step title: nothing to set
    assert ctx.undo_stack.count() == before + 2


def test_notes_typed_live_are_one_undoable_edit(mode, window):
    ctx = window.ctx
    key(mode, Qt.Key.Key_PageDown)
    lever_id = mode.presenter.lever_id
    key(mode, Qt.Key.Key_N)
    assert mode.pages.currentIndex() == mode.EDITOR and mode.editor.hasFocus() or True
    type_text(mode.editor, "Gisement à qualifier, réunion en mai")
    assert ctx.services.lever(lever_id).notes == ""  # nothing saved while typing
    key(mode.editor, Qt.Key.Key_Escape)
    assert mode.pages.currentIndex() == mode.SLIDES and mode.isVisible()  # Esc closes the editor only
    assert ctx.services.lever(lever_id).notes == "Gisement à qualifier, réunion en mai"
    assert mode.notes.text() == "Gisement à qualifier, réunion en mai"
    assert ctx.undo_stack.undoText().startswith("Notes du levier")
    key(mode, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.lever(lever_id).notes == ""
    assert "N : écrire" in mode.notes.text()
    # step synthesis from the title slide, committed with Ctrl+Enter
    key(mode, Qt.Key.Key_PageUp)
    key(mode, Qt.Key.Key_N)
    type_text(mode.editor, "Synthèse")
    key(mode.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.step(2).notes == "Synthèse"


def test_decisions_of_the_session(mode, window, session_id):
    key(mode, Qt.Key.Key_D)
    assert "Décisions de l'atelier" in mode.editor_title.text()
    type_text(mode.editor, "Charte à rédiger")
    key(mode.editor, Qt.Key.Key_Escape)
    assert window.ctx.services.workshop(session_id).decisions == "Charte à rédiger"
    window.ctx.undo_stack.undo()
    assert window.ctx.services.workshop(session_id).decisions == ""
    assert len(window.ctx.services.workshop(session_id).participants) == 2


def test_timer_signals_the_end_on_a_fake_clock(mode, qtbot):
    clock = mode.clock
    assert not mode.timer_label.isVisibleTo(mode)
    key(mode, Qt.Key.Key_M)
    assert mode.pages.currentIndex() == mode.MINUTES
    mode.minutes.setValue(2)
    key(mode.minutes, Qt.Key.Key_Return)
    assert mode.countdown.minutes == 2 and mode.timer_label.text() == "02:00"
    key(mode, Qt.Key.Key_T)  # start
    assert mode.countdown.running and mode.timer_label.isVisibleTo(mode)
    clock.now += 30
    mode.tick()
    assert mode.timer_label.text() == "01:30" and not mode.time_is_up
    key(mode, Qt.Key.Key_T)  # pause
    clock.now += 600
    mode.tick()
    assert mode.timer_label.text() == "01:30" and mode.timer_label.property("state") == "paused"
    key(mode, Qt.Key.Key_T)
    clock.now += 89
    mode.tick()
    assert not mode.time_is_up
    with qtbot.waitSignal(mode.timerFinished, timeout=1000):
        clock.now += 2
        mode.tick()
    assert mode.time_is_up and mode.timer_label.text() == "00:00"
    assert mode.timer_label.property("state") == "finished"
    blink = mode.banner.property("blink")
    mode.tick()
    assert mode.banner.property("blink") != blink  # the banner flashes
    key(mode, Qt.Key.Key_R)
    assert not mode.time_is_up and mode.timer_label.text() == "02:00"


def test_escape_leaves_and_help(mode, qtbot):
    key(mode, Qt.Key.Key_H)
    assert mode.pages.currentIndex() == mode.HELP and "statut du levier" in mode.help.text()
    key(mode, Qt.Key.Key_Escape)
    assert mode.pages.currentIndex() == mode.SLIDES and mode.isVisible()
    with qtbot.waitSignal(mode.closed, timeout=1000):
        key(mode, Qt.Key.Key_Escape)
    assert not mode.isVisible()


def test_f5_opens_the_mode_on_the_selected_session(window, session_id, qtbot):
    window.go("workshops")
    window.workshops_view.select(session_id)
    action = next(a for a in window.workshop_actions if a.shortcut().toString() == "F5")
    assert action.isEnabled()
    action.trigger()
    mode = window.workshop_mode
    assert mode is not None and mode.isVisible() and mode.workshop_id == session_id
    assert mode.presenter.step == 2
    window.settings.workshop_screen = "nope"
    assert pick_screen("nope", window) is window.screen()  # one screen: the same one
    with qtbot.waitSignal(mode.closed, timeout=1000):
        key(mode, Qt.Key.Key_F5)
    assert window.workshop_mode is None


def test_closing_the_document_closes_the_mode(window, session_id, qtbot):
    mode = open_mode(window)
    assert mode.isVisible()
    window.ctx.document.modified = False
    with qtbot.waitSignal(mode.closed, timeout=2000):
        window.close_document()


def test_typing_after_existing_notes_starts_a_new_line(mode, window):
    ctx = window.ctx
    key(mode, Qt.Key.Key_PageDown)
    lever_id = mode.presenter.lever_id
    ctx.services.update_lever(lever_id, notes="Premier point")
    depth = ctx.undo_stack.count()
    key(mode, Qt.Key.Key_N)
    key(mode.editor, Qt.Key.Key_Escape)  # opened and closed: no edit
    assert ctx.undo_stack.count() == depth and ctx.services.lever(lever_id).notes == "Premier point"
    key(mode, Qt.Key.Key_N)
    type_text(mode.editor, "Second point")
    key(mode.editor, Qt.Key.Key_Escape)
    assert ctx.services.lever(lever_id).notes == "Premier point\nSecond point"


def test_navigation_keys_and_digits_stay_in_the_notes_editor(mode, window, session_id):
    """Ctrl+End used to close the editor, and the next keys set a status or a vote on the
    wrong lever. Only Esc and Ctrl+Entrée leave the editor; no window shortcut takes a key."""
    from PySide6.QtGui import QAction, QKeySequence

    ctx = window.ctx
    key(mode, Qt.Key.Key_PageDown)
    lever_id = mode.presenter.lever_id
    fired = []
    trap = QAction(mode)  # a shortcut of the mode's window on a key the editor needs
    trap.setShortcut(QKeySequence("Ctrl+End"))
    trap.triggered.connect(lambda: fired.append(1))
    mode.addAction(trap)
    key(mode, Qt.Key.Key_2)  # an edit that a leaked Ctrl+Z would undo
    depth = ctx.undo_stack.count()
    key(mode, Qt.Key.Key_N)
    C = Qt.KeyboardModifier.ControlModifier
    for part, keys in (
        # nothing to undo in the editor yet; already at the end
        ("Gisement de 40 t", [(Qt.Key.Key_Z, C), (Qt.Key.Key_End, C), (Qt.Key.Key_End, C)]),
        (" en 2024", [(Qt.Key.Key_Home, None), (Qt.Key.Key_PageDown, None), (Qt.Key.Key_PageDown, None)]),
        (", 3 sites", [(Qt.Key.Key_Down, None), (Qt.Key.Key_Right, None), (Qt.Key.Key_Up, None),
                       (Qt.Key.Key_Left, None), (Qt.Key.Key_End, None)]),
    ):
        for k, mods in keys:
            key(mode.editor, k, mods or Qt.KeyboardModifier.NoModifier)
        key(mode.editor, Qt.Key.Key_End, C)
        type_text(mode.editor, part)
        for digit in (Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_Plus, Qt.Key.Key_V, Qt.Key.Key_F5):
            assert mode.pages.currentIndex() == mode.EDITOR and mode.isVisible()
            key(mode.editor, digit)
    assert mode.pages.currentIndex() == mode.EDITOR and mode.editor.hasFocus()
    assert fired == []
    assert mode.presenter.lever_id == lever_id
    assert ctx.services.lever(lever_id).status is LeverStatus.NOT_STARTED
    assert ctx.services.vote_totals(session_id) == []
    assert ctx.undo_stack.count() == depth  # nothing done behind the editor (Ctrl+Z included)
    key(mode.editor, Qt.Key.Key_Return, C)  # the documented "validate"
    assert mode.pages.currentIndex() == mode.SLIDES
    notes = ctx.services.lever(lever_id).notes
    for part in ("Gisement de 40 t", " en 2024", ", 3 sites", "56+v"):
        assert part in notes, notes
    assert ctx.services.lever(lever_id).status is LeverStatus.NOT_STARTED
