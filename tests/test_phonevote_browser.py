"""A real headless Chromium (Debian's `chromium` + `chromium-driver`, driven by selenium)
joins a phone vote with the code, places dots, votes, and the ballot box sees it; the page
is looked at at a phone's size (360×740). Skipped, with the reason, only without Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from essdesk.domain.services import Services
from essdesk.phonevote.ballots import BallotBox, locked_commit
from essdesk.phonevote.server import PhoneVoteServer
from tests.phonevote_phones import body_shows, browser_test, chromium

#: Where the phone-size screenshots go: a temporary folder, or ESSDESK_SCREENS (e.g. the
#: repository's docs/screenshots, to refresh the pictures the README shows).
SCREENS = os.environ.get("ESSDESK_SCREENS")

pytestmark = browser_test


@pytest.fixture
def browser():
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture
def vote(document):
    services = Services(document.session)
    workshop_id = services.add_workshop(step_numbers=[3], place="Salle des fêtes").created_id
    box = BallotBox.for_session(services, workshop_id, locked_commit(services))
    server = PhoneVoteServer(box)
    server.start()
    yield services, box, server
    server.stop()


def test_chromium_joins_with_the_code_and_votes(browser, vote, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    services, box, server = vote
    box.ask("Quel maillon manque le plus ?")
    browser.get(server.url + "/")
    assert "Code à 4 chiffres" in browser.page_source
    code = browser.find_element(By.ID, "code")
    code.send_keys(box.code)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert body_shows(browser, "Vos gommettes : 3 au plus")
    first, second = box.choices[0].lever_id, box.choices[1].lever_id
    Select(browser.find_element(By.ID, f"d{first}")).select_by_value("2")
    Select(browser.find_element(By.ID, f"d{second}")).select_by_value("1")
    # the page's script counts the dots left (JavaScript is on in this browser)
    assert browser.find_element(By.ID, "left").text == "Il vous reste 0 gommette."
    Select(browser.find_element(By.ID, f"d{second}")).select_by_value("2")
    assert not browser.find_element(By.ID, "send").is_enabled()
    Select(browser.find_element(By.ID, f"d{second}")).select_by_value("1")
    screens = Path(SCREENS) if SCREENS else tmp_path
    screens.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(screens / "phonevote-phone-360x740.png"))
    browser.find_element(By.ID, "send").click()
    assert body_shows(browser, "Votre vote est enregistré. Merci !")
    assert dict(services.vote_totals(box.workshop_id)) == {first: 2, second: 1}
    assert box.results().ballots == 1
    assert browser.save_screenshot(str(screens / "phonevote-phone-thanks.png"))
    browser.refresh()  # the same phone comes back: its token is known, it cannot vote again
    assert "Ce téléphone a voté" in browser.page_source
    assert not browser.find_elements(By.ID, "send")
    console = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not console, console  # nothing the CSP blocked, no script error


def test_the_page_works_without_javascript(vote):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    services, box, server = vote
    driver = chromium(javascript=False, phone_size=False)
    try:
        driver.get(server.url + "/")
        driver.find_element(By.ID, "code").send_keys(box.code)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        assert body_shows(driver, "Vos gommettes")
        lever = box.choices[0].lever_id
        Select(driver.find_element(By.ID, f"d{lever}")).select_by_value("3")
        left = driver.find_element(By.ID, "left").text
        assert left.startswith("Répartissez vos 3")  # no script ran to count the dots
        driver.find_element(By.ID, "send").click()
        assert body_shows(driver, "Merci")
    finally:
        driver.quit()
    assert dict(services.vote_totals(box.workshop_id)) == {lever: 3}
