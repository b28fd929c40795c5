"""Shared by the cahier de saisie tests: a demo diagnostic, its cahier, a partner's edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from essdesk.domain.services import Services
from essdesk.exchange.workbook import write_workbook
from essdesk.exchange.workbook_import import Preview, preview_workbook


def send(doc, target: Path, **kwargs) -> Path:
    write_workbook(doc.session, target, **kwargs)
    return target


def fill(source: Path, target: Path, edit: Callable) -> Path:
    """The partner opens the cahier, edits it (`edit(workbook)`) and saves it as `target`."""
    wb = openpyxl.load_workbook(source)
    edit(wb)
    wb.save(target)
    return target


def preview(doc, path: Path, **kwargs) -> Preview:
    return preview_workbook(path, doc.session, **kwargs)


def first_empty_row(ws, column: int = 2) -> int:
    return next(r for r in range(2, ws.max_row + 2) if ws.cell(r, column).value is None)


def lever_row(ws, code: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == code)


def services(doc) -> Services:
    return Services(doc.session)
