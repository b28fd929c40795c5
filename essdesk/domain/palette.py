"""essdesk's colours, once, for the app and every export (issue 14).

Qt-free and library-free: the UI wraps these strings in QColor, reportlab in HexColor and
openpyxl takes them without the "#". Each status has a strong colour (the app's buttons and
card borders, chart series) and a light tint of the same hue (table badges and cell fills),
so a lever "en cours" is blue on screen, in the workbook and in the PDF alike.
"""

from __future__ import annotations

from typing import NamedTuple

from essdesk.models.enums import ActionStatus, LeverStatus

PRIMARY = "#0F6E6E"  # the app's accent: navigation, buttons, headers, maturity series
SECONDARY = "#E0A21F"  # completion series, focus, highlights
ALERT = "#B42318"
INK = "#1F3A3D"
MUTED = "#5A6B6D"
GRID = "#C9D6D3"
TINT = "#E7F0EE"  # bands and boxes
ZEBRA = "#F6F9F8"  # alternate table rows
TRACK = "#EDF2F1"  # empty part of a bar


class StatusColour(NamedTuple):
    strong: str
    tint: str


def tint(colour: str, strength: float = 0.24) -> str:
    """`colour` mixed with white: `strength` of the colour, the rest white."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 - (255 - c) * strength) for c in channels)
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _pair(strong: str) -> StatusColour:
    return StatusColour(strong, tint(strong))


LEVER_STATUS: dict[LeverStatus, StatusColour] = {
    LeverStatus.NOT_ASSESSED: _pair("#8A9494"),
    LeverStatus.NOT_STARTED: _pair("#B42318"),
    LeverStatus.PLANNED: _pair("#B26B00"),
    LeverStatus.IN_PROGRESS: _pair("#1D6FB8"),
    LeverStatus.DONE: _pair("#1B7F3B"),
    LeverStatus.NOT_APPLICABLE: _pair("#5B5B7A"),
}

#: An action's status takes the colour of the lever status it resembles.
ACTION_STATUS: dict[ActionStatus, StatusColour] = {
    ActionStatus.TODO: LEVER_STATUS[LeverStatus.PLANNED],
    ActionStatus.IN_PROGRESS: LEVER_STATUS[LeverStatus.IN_PROGRESS],
    ActionStatus.DONE: LEVER_STATUS[LeverStatus.DONE],
    ActionStatus.PAUSED: LEVER_STATUS[LeverStatus.NOT_ASSESSED],
    ActionStatus.ABANDONED: LEVER_STATUS[LeverStatus.NOT_STARTED],
}


def hex6(colour: str) -> str:
    """ "#RRGGBB" as openpyxl wants it: "RRGGBB"."""
    return colour.lstrip("#").upper()
