"""Colleagues' edits on the window's server diagnostic appear without a click.

A worker thread LISTENs on the diagnostic's channel (ServerStore.notifications, a
connection of its own); each NOTIFY becomes the same `Changes` record the views already
refresh from, so only what changed is redrawn and the user's cursor and selection stay.
A lost server ends the listening; it starts again once the window reconnects.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread, Signal

from essdesk.domain.services import Changes

_TABLES = {
    "actor": "actors",
    "lever_actor": "actors",
    "action": "actions",
    "action_lever": "actions",
    "action_partner": "actions",
    "workshop": "workshops",
    "participant": "workshops",
    "vote": "workshops",
    "workshop_step": "workshops",
    "jalon": "jalons",
    "indicator": "indicators",
    "indicator_value": "indicators",
    "diagnostic": "diagnostic",
}


def changes_of(body: dict[str, Any]) -> Changes:
    """The views' record for one NOTIFY payload (journal.payload)."""
    touched: dict[str, list[int]] = body.get("touched", {})
    flags = {_TABLES[t]: True for t in touched if t in _TABLES}
    levers = frozenset(touched.get("lever", ()))
    if levers:  # a lever's actors, actions and votes show its changes too
        flags.update(actors=True, actions=True, workshops=True)
    return Changes(steps=frozenset(body.get("steps", ())), levers=levers, **flags)


class Listener(QThread):
    notified = Signal(object)  # a decoded payload
    lost = Signal(str)

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            for body in self.store.notifications(self._stop.is_set):
                self.notified.emit(body)
        except Exception as exc:  # the server went away: the window's banner says so
            if not self._stop.is_set():
                self.lost.emit(str(exc))

    def stop(self) -> None:
        self._stop.set()
        self.wait(3000)
