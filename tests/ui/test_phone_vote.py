"""The projector side of a phone vote: phones join and vote, the chart follows within a
second, closing makes one undoable edit of the session's votes and notes."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from essdesk.domain.services import Services
from tests.phonevote_phones import Phone


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def session_id(window) -> int:
    from essdesk.ui.commands import AddCommand

    cmd = AddCommand(
        window.ctx,
        "workshop",
        lambda s: s.add_workshop(step_numbers=[3], place="Salle"),
        "Nouvel atelier",
    )
    return window.ctx.run(cmd).created_id


def open_dialog(window, qtbot, workshop_id):
    from essdesk.ui.phone_vote import open_phone_vote

    dialog = open_phone_vote(window.ctx, workshop_id, window)
    qtbot.addWidget(dialog)
    dialog.address.setCurrentText("127.0.0.1")
    dialog.port.setValue(free_port())
    assert dialog.start()
    return dialog


def in_thread(fn):
    result = {}
    t = threading.Thread(target=lambda: result.setdefault("r", fn()))
    t.start()
    return t, result


def test_phones_vote_and_the_projector_follows(window, qtbot, session_id):
    dialog = open_dialog(window, qtbot, session_id)
    assert dialog.server.bind == "127.0.0.1"
    assert dialog.code_label.text().endswith(dialog.box.code)
    assert not dialog.qr.pixmap().isNull()
    levers = [c.lever_id for c in dialog.box.choices]
    assert levers and all(c.step == 3 for c in dialog.box.choices)

    def phones():
        out = []
        for dots in ({levers[0]: 2, levers[1]: 1}, {levers[0]: 1}):
            phone = Phone(dialog.server.url)
            phone.join(dialog.box.code)
            out.append(phone.vote(dots))
        return out

    t, result = in_thread(phones)
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=20_000)
    assert all(status == 200 and "Merci" in page for status, page in result["r"])
    started = time.monotonic()
    qtbot.waitUntil(lambda: dialog.chart.bars and dialog.chart.bars[0].dots == 3, timeout=1000)
    assert time.monotonic() - started < 1
    assert dialog.chart.bars[0].lever_id == levers[0]
    assert "2 votes" in dialog.counts.text()

    dialog.results_button.click()
    assert dialog.chart.isHidden() and not dialog.hidden_label.isHidden()
    dialog.results_button.click()
    assert not dialog.chart.isHidden()

    depth = window.ctx.undo_stack.count()
    dialog.close_button.click()
    assert window.ctx.undo_stack.count() == depth + 1
    services: Services = window.ctx.services
    assert dict(services.vote_totals(session_id)) == {levers[0]: 3, levers[1]: 1}
    window.ctx.undo_stack.undo()
    assert services.vote_totals(session_id) == []
    window.ctx.undo_stack.redo()
    assert dict(services.vote_totals(session_id)) == {levers[0]: 3, levers[1]: 1}
    assert Phone(dialog.url_label.text()).get()[0] != 200  # the server is gone, or says closed


def test_poll_answers_and_ideas_reach_the_notes(window, qtbot, session_id):
    dialog = open_dialog(window, qtbot, session_id)
    dialog.question.setText("Quel maillon manque le plus ?")
    dialog.ask_button.click()

    def phone():
        p = Phone(dialog.server.url)
        p.join(dialog.box.code)
        return (
            p.post("/answer", {"t": p.token, "answer": "<b>Le lavage</b>"}),
            p.post("/idea", {"t": p.token, "idea": "Une laverie\ncommune"}),
        )

    t, result = in_thread(phone)
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=20_000)
    (s1, p1), (s2, p2) = result["r"]
    assert s1 == s2 == 200 and "&lt;b&gt;" not in p1  # the answer is not echoed back as markup
    qtbot.waitUntil(lambda: "<b>Le lavage</b> : 1" in dialog.answers.text(), timeout=1000)
    dialog.close_button.click()
    notes = window.ctx.services.workshop(session_id).notes
    assert "Sondage « Quel maillon manque le plus ? » : <b>Le lavage</b>" in notes
    assert "Idée : Une laverie commune" in notes
    window.ctx.undo_stack.undo()
    assert window.ctx.services.workshop(session_id).notes == ""
