"""Simulated phones for the phone-vote tests and bench: urllib, a cookie jar each."""

from __future__ import annotations

import http.cookiejar
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Browser tests run wherever a chromium binary exists; without one they skip, saying so.
browser_test = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM, reason="no Chromium here: apt-get install chromium chromium-driver"
    ),
]


def chromium(*, javascript: bool = True, phone_size: bool = True):
    """A headless Chromium driven by Debian's chromium-driver (never a downloaded driver)."""
    driver_path = shutil.which("chromedriver")
    if driver_path is None:
        pytest.fail("chromium is installed but not its driver: apt-get install chromium-driver")
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=360,740",
        "--lang=fr-FR",
    ):
        options.add_argument(arg)
    if phone_size:
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}}
        )
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver_path))
    driver.set_page_load_timeout(30)
    return driver


class Phone:
    def __init__(self, url: str) -> None:
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    @property
    def token(self) -> str:
        return next(c.value for c in self.jar if c.name == "essdesk_phone")

    def get(self, path: str = "/") -> tuple[int, str]:
        return self._open(path, None)

    def post(self, path: str, fields: dict) -> tuple[int, str]:
        return self._open(path, urllib.parse.urlencode(fields).encode())

    def join(self, code: str) -> tuple[int, str]:
        return self.post("/join", {"code": code})

    def vote(self, dots: dict[int, int]) -> tuple[int, str]:
        return self.post("/vote", {"t": self.token, **{f"d{k}": v for k, v in dots.items()}})

    def _open(self, path: str, data: bytes | None) -> tuple[int, str]:
        try:
            with self.opener.open(self.url + path, data, timeout=30) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()
        except urllib.error.URLError:  # nobody listens (any more)
            return 0, ""


def levers_on(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'<select id="d(\d+)"', page)]


def body_shows(driver, text: str) -> bool:
    """Wait (20 s at most) for the page after a form was sent to show `text`."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def shows(d) -> bool:
        try:
            return text in d.find_element(By.TAG_NAME, "body").text
        except WebDriverException:
            return False

    try:
        return WebDriverWait(driver, 20).until(shows)
    except WebDriverException:
        return False
