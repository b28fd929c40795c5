"""Errors and progress hooks shared by the export renderers (no openpyxl/reportlab here)."""

from __future__ import annotations

from collections.abc import Callable

from essdesk.errors import EssdeskError


class ExportError(EssdeskError):
    """An export failed; str(error) is a French sentence. The target file is untouched."""


class ExportCancelled(Exception):  # noqa: N818 - the name the GUI and CLI expect
    """The user cancelled an export; no file was written or replaced."""

    def __init__(self) -> None:
        super().__init__("Export annulé : aucun fichier n'a été créé ni modifié.")


class RenderHooks:
    """What a renderer calls while it works: `advance(fraction)` of its own share of the
    work (0.0 to 1.0) and `check()`, which raises ExportCancelled when the user cancelled."""

    def __init__(self, on_fraction: Callable[[float], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> None:
        self.on_fraction = on_fraction or (lambda _fraction: None)
        self.is_cancelled = is_cancelled or (lambda: False)

    def advance(self, fraction: float) -> None:
        self.on_fraction(min(max(fraction, 0.0), 1.0))

    def check(self) -> None:
        if self.is_cancelled():
            raise ExportCancelled()
