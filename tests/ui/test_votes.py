"""Dot-voting: fast entry, the live chart, votes stored and turned into actions."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from essdesk.models.enums import LeverStatus, Priority
from essdesk.ui.vote_panel import VoteDialog, convert_votes
from essdesk.ui.workshop_mode import WorkshopMode, export_minutes


@pytest.fixture
def session_id(window):
    s = window.ctx.services
    changes = s.add_workshop(place="Mairie", step_numbers=[3], participants=[
        {"name": "Ana", "organisation": "PNR"}, {"name": "Bruno", "organisation": "SCIC"}])
    window.ctx.emit(changes)  # the views learn about it, as after a command
    return changes.created_id


@pytest.fixture
def dialog(window, session_id, qtbot):
    d = VoteDialog(window.ctx, session_id, window)
    qtbot.addWidget(d)
    d.show()
    return d


def totals(window, sid):
    s = window.ctx.services
    return {s.lever(lid).code: n for lid, n in s.vote_totals(sid)}


def test_votes_per_participant_with_keys_and_limit(dialog, window, session_id):
    m, table = dialog.model, dialog.table
    assert m.rowCount() == len(window.ctx.services.step(3).levers)  # the session's step only
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Ana\n0/3"
    table.setCurrentIndex(m.index(1, 1))  # lever 3.2, Ana
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_Plus)
    table.setCurrentIndex(m.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Space)
    QTest.keyClick(table, Qt.Key.Key_Plus)  # 4th dot: refused, Ana has 3
    assert totals(window, session_id) == {"3.2": 2, "3.1": 1}
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Ana\n3/3"
    assert m.index(1, 1).data() == "●●"
    assert m.index(1, m.group_column + 1).data() == "2"
    assert m.setData(m.index(2, 2), 3)  # Bruno types 3 on lever 3.3
    assert dialog.total.text() == "6 / 6 gommettes placées"
    assert not m.setData(m.index(0, m.group_column), 10)  # the wall cannot hold more than 2 × 3
    assert dialog.notice.isVisibleTo(dialog) and "6 au plus" in dialog.notice.text()
    assert totals(window, session_id) == {"3.1": 1, "3.3": 3, "3.2": 2}
    dialog.dots.setValue(8)  # 8 dots each this time: 16 in all
    dialog.dots.editingFinished.emit()
    assert m.setData(m.index(0, m.group_column), 10)  # group total, from the wall
    assert dialog.total.text() == "16 / 16 gommettes placées"
    assert totals(window, session_id) == {"3.1": 11, "3.3": 3, "3.2": 2}
    assert [b.code for b in dialog.chart.bars[:3]] == ["3.1", "3.3", "3.2"]
    assert dialog.chart.bars[0].dots == 11
    QTest.keyClick(table, Qt.Key.Key_Minus)  # current cell is still Ana × 3.1
    assert totals(window, session_id)["3.1"] == 10
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    assert totals(window, session_id) == {"3.3": 3, "3.2": 2, "3.1": 1}
    assert dialog.chart.bars[0].code == "3.3"


def test_quota_refusals_are_said_in_the_panel_and_on_the_projector(dialog, window, session_id):
    s = window.ctx.services
    ana = s.workshop(session_id).participants[0].id
    lever = s.step(3).levers[0].id
    m = dialog.model
    assert m.setData(m.index(0, 1), 3)
    assert not m.setData(m.index(1, 1), 1)  # a 4th dot for Ana
    assert "Ana" in dialog.notice.text() and "3 gommettes" in dialog.notice.text()
    dialog.dots.setValue(2)  # fewer dots than Ana already placed: refused, the spin box says 3
    dialog.dots.editingFinished.emit()
    assert s.workshop(session_id).dots_per_participant == 3 and dialog.dots.value() == 3
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Ana\n3/3"
    assert s.vote_tally(session_id).used[ana] == 3
    mode = WorkshopMode(window.ctx, session_id)
    mode.resize(1280, 720)
    mode.show()
    mode.toggle_votes()
    assert "3 / 6 gommettes placées" in mode.vote_title.text()
    for _ in range(4):
        mode.vote(+1, lever)  # the group's dots: 3 more fit, the 4th does not
    assert s.vote_tally(session_id).placed == 6
    assert mode.toast.isVisibleTo(mode) and "6 au plus" in mode.toast.text()
    assert "6 / 6 gommettes placées" in mode.vote_title.text()
    assert sum(b.dots for b in mode.chart.bars) == 6  # the chart counts what the panel counts
    mode.close()


def test_the_panel_runs_the_core_plan_as_commands(window, session_id, document, services):
    """One rule set: the panel's conversion does to the diagnostic what the core's does."""
    s = window.ctx.services
    votes = [("3.4", 3), ("3.1", 2), ("3.6", 1)]
    for srv in (s, services):
        wid = session_id if srv is s else srv.add_workshop(place="Mairie", step_numbers=[3], participants=[
            {"name": "Ana"}, {"name": "Bruno"}]).created_id
        srv.set_votes(wid, [(srv.lever_by_code(c).id, None, n) for c, n in votes])
    convert_votes(window.ctx, session_id)
    services.votes_to_action_plan(services.workshops()[0].id)

    def outcome(srv):
        levers = {lv.code: (lv.priority, lv.status) for st in srv.steps() for lv in st.levers}
        plan = sorted(tuple(lv.code for lv in a.levers) for a in srv.actions() if a.levers)
        return levers, plan, srv.workshops()[-1].decisions
    assert outcome(s) == outcome(services)
    assert "3.4, 3.1, 3.6" in outcome(s)[2]


def test_dots_per_participant_and_actors_as_participants(dialog, window, session_id):
    dialog.dots.setValue(5)
    dialog.dots.editingFinished.emit()
    assert window.ctx.services.workshop(session_id).dots_per_participant == 5
    ids = [a.id for a in window.ctx.services.actors()[:2]]
    dialog.add_participants(ids)
    w = window.ctx.services.workshop(session_id)
    assert [p.actor_id for p in w.participants][2:] == ids
    assert dialog.model.columnCount() == 2 + 2 + 3
    window.ctx.undo_stack.undo()
    assert len(window.ctx.services.workshop(session_id).participants) == 2
    window.ctx.undo_stack.undo()
    assert window.ctx.services.workshop(session_id).dots_per_participant == 3


def test_votes_become_the_action_plan_in_one_undoable_step(dialog, window, session_id):
    s = window.ctx.services
    codes = {lv.code: lv.id for lv in s.step(3).levers}
    s.set_votes(session_id, [(codes["3.4"], None, 6), (codes["3.1"], None, 4), (codes["3.6"], None, 2),
                             (codes["3.2"], None, 1)], dots_per_participant=10)
    s.update_lever(codes["3.1"], status=LeverStatus.IN_PROGRESS)
    actions_before = len(s.actions())
    depth = window.ctx.undo_stack.count()
    dialog.convert.click()
    assert window.ctx.undo_stack.count() == depth + 1  # one macro
    actions = s.actions()[actions_before:]
    assert [a.levers[0].code for a in actions] == ["3.4", "3.1", "3.6"]
    for code in ("3.4", "3.1", "3.6"):
        assert s.lever(codes[code]).priority is Priority.HIGH
    assert s.lever(codes["3.4"]).status is LeverStatus.PLANNED
    assert s.lever(codes["3.1"]).status is LeverStatus.IN_PROGRESS  # already under way: kept
    assert s.lever(codes["3.2"]).priority is Priority.NONE
    assert "3.4, 3.1, 3.6" in s.workshop(session_id).decisions
    assert window.actions_view.model.rowCount() == actions_before + 3
    window.ctx.undo_stack.undo()
    assert len(s.actions()) == actions_before
    assert s.lever(codes["3.4"]).priority is Priority.NONE
    assert s.lever(codes["3.4"]).status is LeverStatus.NOT_ASSESSED
    assert s.workshop(session_id).decisions == ""
    assert totals(window, session_id)["3.4"] == 6  # the votes stay
    window.ctx.undo_stack.redo()
    assert len(s.actions()) == actions_before + 3


def test_nothing_to_convert_without_votes(window, session_id):
    messages = []
    window.ctx.message.connect(messages.append)
    assert convert_votes(window.ctx, session_id) == []
    assert "Aucun vote" in messages[-1]


def test_vote_from_the_projector_and_convert(window, session_id, qtbot):
    mode = WorkshopMode(window.ctx, session_id)
    qtbot.addWidget(mode)
    mode.resize(1280, 720)
    mode.show()
    QTest.keyClick(mode, Qt.Key.Key_PageDown)  # on lever 3.1
    QTest.keyClick(mode, Qt.Key.Key_V)
    assert mode.pages.currentIndex() == mode.VOTES and mode.chart.current == mode.presenter.lever_id
    for _ in range(3):
        QTest.keyClick(mode, Qt.Key.Key_Plus)
    QTest.keyClick(mode, Qt.Key.Key_Down)
    QTest.keyClick(mode, Qt.Key.Key_Plus)
    QTest.keyClick(mode, Qt.Key.Key_Plus)
    QTest.keyClick(mode, Qt.Key.Key_Minus)
    assert totals(window, session_id) == {"3.1": 3, "3.2": 1}
    assert "4 / 6 gommettes placées" in mode.vote_title.text()
    assert [(b.code, b.dots) for b in mode.chart.bars[:2]] == [("3.1", 3), ("3.2", 1)]
    mode.chart.leverClicked.emit(mode.chart.bars[1].lever_id, +1)  # a click on a bar
    assert totals(window, session_id)["3.2"] == 2
    QTest.keyClick(mode, Qt.Key.Key_P)
    assert len([a for a in window.ctx.services.actions() if a.levers]) == 2
    assert mode.toast.isVisibleTo(mode) and "2 actions" in mode.toast.text()
    QTest.keyClick(mode, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.ctx.services.actions()) == 1
    QTest.keyClick(mode, Qt.Key.Key_Escape)  # back to the slides
    assert mode.pages.currentIndex() == mode.SLIDES


def test_editing_the_session_keeps_participant_votes(window, session_id):
    s = window.ctx.services
    w = s.workshop(session_id)
    lever = s.step(3).levers[0].id
    s.set_votes(session_id, [(lever, w.participants[0].id, 2)])
    window.go("workshops")
    window.workshops_view.select(session_id)
    editor = window.workshops_view.editor
    editor.decisions.setPlainText("Suite en juin")
    assert editor.fields["decisions"].pending
    assert editor.flush()
    assert s.workshop(session_id).decisions == "Suite en juin"
    editor.participant_model.setData(editor.participant_model.index(0, 1), "Parc")
    assert s.workshop(session_id).participants[0].organisation == "Parc"
    assert s.vote_totals(session_id) == [(lever, 2)]


def test_minutes_from_the_workshops_view(window, session_id, tmp_path):
    s = window.ctx.services
    s.set_votes(session_id, [(s.step(3).levers[1].id, None, 4)])
    window.go("workshops")
    window.workshops_view.select(session_id)
    assert window.workshops_view.minutes_button.isEnabled()
    out = export_minutes(window.ctx, session_id, window, tmp_path / "cr.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Mairie" in text and "Ana" in text and "3.2" in text and "4 gommettes" in text
