"""Simulated phones for the phone-vote tests and bench: urllib, a cookie jar each."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


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
