"""Translating what comes from the core (enum labels, field labels) and French dates."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate


def label(member: Enum | None) -> str:
    """The label of an enum member in the interface language (context "enums")."""
    if member is None:
        return ""
    return QCoreApplication.translate("enums", member.label)  # type: ignore[attr-defined]


def value_label(enum_cls: type[Enum], value: str) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return value


def field_label(text: str) -> str:
    """A field label from essdesk.core.fields, translated (context "fields")."""
    return QCoreApplication.translate("fields", text)


def format_date(value: dt.date | None) -> str:
    """JJ/MM/AAAA, the French way; empty when there is no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def format_money(cents: int | None) -> str:
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    text = f"{euros:,}".replace(",", "\u202f")
    return f"{text},{rest:02d}\u00a0€" if rest else f"{text}\u00a0€"
