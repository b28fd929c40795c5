"""`essdesk --smoke-test FILE|ADDRESS`: open, visit every view, edit, undo, close; 0 or 1."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from essdesk.models.enums import LeverStatus


class SmokeFailure(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SmokeFailure(reason)


def smoke_test(window, path: Path | str | None) -> int:
    app = QApplication.instance()
    # An exception inside a Qt slot is only printed; the smoke test must fail on it (a
    # view module missing from a frozen bundle shows up exactly like that).
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: (errors.append(f"{kind.__name__}: {value}"),
                                              previous_hook(kind, value, tb))
    try:
        return _run(window, path, app, errors)
    finally:
        sys.excepthook = previous_hook


def _run(window, path: Path | str | None, app, errors: list[str]) -> int:
    try:
        _check(path is not None, "no file given")
        window.show()
        _check(window.open_location(path), f"could not open {path}")
        ctx = window.ctx
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
            _check(window.pages.currentWidget().isVisible(), f"view {row} not shown")
            _check(not errors, f"view {row}: {errors[0] if errors else ''}")
        window.go("step", 1)
        app.processEvents()
        card = next(iter(window.step_view.cards.values()))
        lever = ctx.services.lever(card.lever_id)
        before = lever.status
        target = LeverStatus.DONE if before is not LeverStatus.DONE else LeverStatus.IN_PROGRESS
        card.status_buttons[target].click()
        _check(ctx.services.lever(card.lever_id).status is target, "the edit did not reach the document")
        _check(ctx.undo_stack.count() == 1, "the edit is not undoable")
        ctx.undo_stack.undo()
        _check(ctx.services.lever(card.lever_id).status is before, "undo did not restore the lever")
        _check(card.status_buttons[before].isChecked(), "the view did not follow the undo")
        _check(not errors, f"error during the edit: {errors[0] if errors else ''}")
        ctx.document.modified = False  # the file itself was never written: close quietly
        _check(window.close_document(), "could not close")
        window.close()
        print(f"smoke test passed: {path}")
        return 0
    except Exception as exc:  # any failure: say why and exit non-zero
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return 1
