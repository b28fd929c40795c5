"""The projector side of a phone vote: phones join and vote, the chart follows within a
second, closing makes one undoable edit of the session's votes and notes."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from essdesk.domain.services import Services
from tests.phonevote_phones import CHROMIUM, Phone, body_shows, chromium


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
    """Run `fn` on a thread (the GUI thread must stay free to commit); its result or error."""
    result = {}

    def run():
        try:
            result["r"] = fn()
        except Exception as exc:  # shown by the test's assertion
            result["error"] = repr(exc)[:2000]

    t = threading.Thread(target=run)
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
    assert "votes : 2" in dialog.counts.text()

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


def test_w_in_the_workshop_mode_and_the_atelier_menu_open_it(window, qtbot, session_id):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from essdesk.ui.phone_vote import PhoneVoteDialog
    from essdesk.ui.workshop_mode import WorkshopMode

    mode = WorkshopMode(window.ctx, session_id)
    qtbot.addWidget(mode)
    mode.show()
    QTest.keyClick(mode, Qt.Key.Key_W)
    dialog = mode.phone_vote
    assert isinstance(dialog, PhoneVoteDialog) and dialog.isVisible()
    assert dialog.workshop_id == session_id and dialog.server is None  # nothing listens yet
    dialog.close()
    mode.close()
    action = next(
        a for a in window.workshop_actions if "phones" in a.text() or "téléphones" in a.text()
    )
    window.workshops_view.editor.workshop_id = session_id
    action.trigger()
    assert (
        isinstance(window.phone_vote, PhoneVoteDialog)
        and window.phone_vote.workshop_id == session_id
    )
    window.phone_vote.close()


def test_the_address_list_offers_this_computer_last_and_never_every_interface():
    from essdesk.ui.phone_vote import lan_addresses

    addresses = lan_addresses()
    assert addresses[-1] == "127.0.0.1"
    assert "0.0.0.0" not in addresses and all(a.count(".") == 3 for a in addresses)


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM, reason="no Chromium here: apt-get install chromium chromium-driver"
)
def test_chromium_votes_and_the_projector_shows_the_count(window, qtbot, session_id):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    dialog = open_dialog(window, qtbot, session_id)
    lever = dialog.box.choices[1].lever_id
    url, code = dialog.url_label.text(), dialog.code_label.text().split()[-1]

    def phone() -> str:  # selenium blocks: on its own thread, the GUI thread commits meanwhile
        driver = chromium()
        try:
            driver.get(url + "/")
            driver.find_element(By.ID, "code").send_keys(code)
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            assert body_shows(driver, "Vos gommettes")
            Select(driver.find_element(By.ID, f"d{lever}")).select_by_value("3")
            driver.find_element(By.ID, "send").click()
            assert body_shows(driver, "Merci")
            return driver.find_element(By.TAG_NAME, "body").text
        finally:
            driver.quit()

    t, result = in_thread(phone)
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=60_000)
    assert "Votre vote est enregistré. Merci !" in result.get("r", ""), result
    qtbot.waitUntil(
        lambda: dialog.chart.bars[0].lever_id == lever and dialog.chart.bars[0].dots == 3,
        timeout=1000,
    )
    assert "votes : 1" in dialog.counts.text()
    dialog.close_button.click()
    assert window.ctx.services.vote_totals(session_id) == [(lever, 3)]


def test_no_phone_after_a_while_says_what_to_check_and_a_phone_joining_hides_it(
    window, qtbot, session_id, monkeypatch
):
    from essdesk.ui import phone_vote

    monkeypatch.setattr(phone_vote, "NO_PHONE_HINT_MS", 100)
    dialog = open_dialog(window, qtbot, session_id)
    qtbot.waitUntil(dialog.hint.isVisible, timeout=3000)
    text = dialog.hint.text()
    assert "pare-feu" in text and str(dialog.port.value()) in text and dialog.server.url in text

    def join():
        Phone(dialog.server.url).join(dialog.box.code)

    t, _result = in_thread(join)
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.hint.isVisible(), timeout=2000)
    dialog.close_button.click()
