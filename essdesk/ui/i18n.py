"""Translating what comes from the Qt-free core, and French dates and amounts.

The core (everything outside essdesk.ui) speaks French and knows nothing of Qt. Everything it hands to the
interface that a user reads goes through one of the functions below, which look the French
text up in the installed QTranslator (resources/translations/essdesk_en.qm) under a fixed
context:

  context      what                                              function
  "enums"      LabelledEnum labels (essdesk.models.enums)          label(), value_label()
  "fields"     Field labels (essdesk.domain.fields) and the other
               field names a ValidationError can carry           field(), field_label()
  "errors"     ValidationError reasons (ERROR_REASONS)           error_reason(), error_text()
  "referential" step titles of the guide                         step_title()

resources/translations/update.py reads the same sources (and ERROR_REASONS,
EXTRA_FIELD_LABELS) to write these contexts into the .ts, so a label added to the core is
listed for translation at the next run. With no translator installed (French), every
function returns its input unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate

if TYPE_CHECKING:
    from essdesk.domain.fields import Field
    from essdesk.errors import ValidationError

#: Field names raised by services that are not the label of a Field spec.
EXTRA_FIELD_LABELS = (
    "Levier",
    "Participant",
    "Gommettes",
    "Gommettes par participant",
    "Lien de l'indicateur",
)

#: Every reason a ValidationError of the core can give, "%1" standing for a variable part
#: (a number, or a list of enum labels). Keep in step with essdesk/domain/fields.py and
#: essdesk/domain/services.py; tests/ui/test_translation.py checks the fields.py ones.
ERROR_REASONS = (
    "ce champ est obligatoire.",
    "le texte dépasse %1 caractères ; raccourcissez-le.",
    "le montant ne peut pas être négatif.",
    "date invalide ; saisissez une date au format JJ/MM/AAAA.",
    "valeur inconnue ; choisissez parmi : %1.",
    "saisissez un nombre entier de 0 à %1.",
    "saisissez un montant positif en euros.",
    "saisissez oui ou non.",
    "saisissez du texte.",
    "adresse invalide ; exemple : prenom.nom@exemple.fr.",
    "champ inconnu.",
    "l'intitulé d'un levier du référentiel ne se modifie pas ; ajoutez un levier "
    "personnalisé, ou notez la nuance dans les notes.",
    "les leviers du référentiel ne se suppriment pas ; marquez-le « Non concerné ».",
    "la fin ne peut pas précéder le début.",
    "le texte est vide.",
    "saisissez un nombre de 1 à 100.",
    "saisissez un nombre entier positif.",
    "ce participant n'est pas inscrit à l'atelier.",
    "chaque participant dispose de %1 gommettes ; retirez-en une avant d'en placer une autre.",
    "l'atelier en compte %1 au plus (participants × gommettes par participant).",
    "saisissez un nombre (par exemple 12 ou 3,5).",
    "un indicateur suit un levier ou une action, pas les deux ; choisissez-en un.",
)


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


def enum_text(text: str) -> str:
    """A French enum label already turned into text (e.g. from a query), translated."""
    return QCoreApplication.translate("enums", text)


def field_label(text: str) -> str:
    """A field label from essdesk.domain.fields, translated (context "fields")."""
    return QCoreApplication.translate("fields", text)


def field(spec: Field) -> str:
    """The label of a Field spec in the interface language: field(ACTOR_FIELDS["email"])."""
    return field_label(spec.label)


@cache
def _reason_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for source in ERROR_REASONS:
        if "%1" in source:
            head, tail = (re.escape(part) for part in source.split("%1", 1))
            patterns.append((re.compile(f"^{head}(.+?){tail}$", re.DOTALL), source))
    return tuple(patterns)


def reason_text(reason: str) -> str:
    """A ValidationError reason (French sentence) in the interface language."""
    translated = QCoreApplication.translate("errors", reason)
    if translated != reason or reason in ERROR_REASONS:
        return translated
    for pattern, source in _reason_patterns():
        match = pattern.match(reason)
        if match:
            value = match.group(1)
            if "choisissez parmi" in source:  # a list of enum labels
                value = ", ".join(enum_text(part) for part in value.split(", "))
            return QCoreApplication.translate("errors", source).replace("%1", value)
    return reason


def error_reason(exc: ValidationError) -> str:
    """The reason of a ValidationError, translated, with a capital letter (for a form)."""
    text = reason_text(exc.reason)
    return text[:1].upper() + text[1:]


def error_text(exc: Exception) -> str:
    """"Field : reason" of a ValidationError, translated (for a status bar or a dialog).

    Any other exception gives str(exc) unchanged (the core's other errors are French only).
    """
    if not hasattr(exc, "field") or not hasattr(exc, "reason"):
        return str(exc)
    name = field_label(exc.field)
    reason = reason_text(exc.reason)
    if name == exc.field and reason == exc.reason:
        return str(exc)  # French, or untranslated: keep the core's exact wording
    return QCoreApplication.translate("errors", "%1 : %2").replace("%1", name).replace("%2", reason)


def step_title(title: str) -> str:
    """A step title of the referential (StepRef.title), translated (context "referential")."""
    return QCoreApplication.translate("referential", title)


def word(text: str, capital: bool = False) -> str:
    """One of the referential's words ("étape", "axes"), translated where essdesk knows it
    (context "referential"), capitalised at the start of a label."""
    found = QCoreApplication.translate("referential", text)
    return found[:1].upper() + found[1:] if capital else found


def levers_word(count: int, words) -> str:
    """ "action" for 0 or 1 of them, "actions" beyond (French usage), from the referential."""
    return word(words.lever if count <= 1 else words.levers)


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
