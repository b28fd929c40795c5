"""What each editable field is: its French label, its kind, and how a value is cleaned.

Services validate through these specs; the UI and the exports take their labels from them,
so a field is named the same way in a dialog, in an error message and in a report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from essdesk.errors import ValidationError
from essdesk.models.enums import (
    ActionStatus,
    ActorCategory,
    ChainLink,
    FiliereMeaning,
    LeverStatus,
    Priority,
    Scenario,
    TerritoryKind,
)
from essdesk.models.limits import (  # noqa: F401 (re-exported)
    MAX_BUDGET_CENTS,
    MAX_INDICATOR_VALUE,
    MAX_WEIGHT,
)

#: Longest text a field takes (issue 14: a 200,000-character title made a 478-page PDF):
#: a name (title, label on one line) and a multi-line text (notes, decisions, context).
MAX_NAME = 300
MAX_TEXT = 50_000

# C0/C1 control characters except tab and newline, and lone UTF-16 surrogates (which no file
# can store): dropped everywhere, consistently.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\t\n]+")


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    kind: str  # name | text | date | enum | weight | money | bool | number
    enum: type[Enum] | None = None
    required: bool = False


def clean_text(value: object, *, multiline: bool) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not multiline:
        text = _LINE_BREAKS.sub(" ", text).strip()
    return text


def parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise ValueError


def clean(field: Field, value: Any) -> Any:
    """The stored form of `value`, or ValidationError naming the field."""
    try:
        result = _clean(field, value)
    except ValidationError as exc:
        raise ValidationError(field.label, exc.reason, field.name) from None
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(field.label, _expected(field), field.name) from None
    if field.required and (result is None or (isinstance(result, str) and not result.strip())):
        raise ValidationError(field.label, "ce champ est obligatoire.", field.name)
    return result


def _clean(field: Field, value: Any) -> Any:
    kind = field.kind
    if kind in ("name", "text"):
        text = clean_text(value, multiline=kind == "text")
        limit = MAX_TEXT if kind == "text" else MAX_NAME
        if len(text) > limit:
            raise ValidationError(
                field.label, f"le texte dépasse {limit:,} caractères ; raccourcissez-le.".replace(",", "\u202f")
            )
        return text
    if kind == "date":
        return parse_date(value)
    if kind == "enum":
        assert field.enum is not None
        return field.enum(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise TypeError
        return value
    if kind == "weight":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError
        if not 0 <= value <= MAX_WEIGHT:
            raise ValueError
        return value
    if kind == "money":
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError
        if value < 0:
            raise ValidationError(field.label, "le montant ne peut pas être négatif.")
        if value > MAX_BUDGET_CENTS:
            raise ValueError
        return value
    if kind == "number":
        return parse_number(value)
    raise AssertionError(kind)


def parse_number(value: object) -> float | None:
    """A measured quantity: an int or a float, or a French text ("1 234,5"); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = float(value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
                      .replace(",", "."))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError
    number = float(value)
    if number != number or abs(number) > MAX_INDICATOR_VALUE:  # NaN, infinities, typos
        raise ValueError
    return number


def _expected(field: Field) -> str:
    if field.kind == "date":
        return "date invalide ; saisissez une date au format JJ/MM/AAAA."
    if field.kind == "enum":
        assert field.enum is not None
        choices = ", ".join(m.label for m in field.enum)  # type: ignore[attr-defined]
        return f"valeur inconnue ; choisissez parmi : {choices}."
    if field.kind == "weight":
        return f"saisissez un nombre entier de 0 à {MAX_WEIGHT}."
    if field.kind == "money":
        return "saisissez un montant positif en euros."
    if field.kind == "bool":
        return "saisissez oui ou non."
    if field.kind == "number":
        return "saisissez un nombre (par exemple 12 ou 3,5)."
    return "saisissez du texte."


def _fields(*items: Field) -> dict[str, Field]:
    return {f.name: f for f in items}


DIAGNOSTIC_FIELDS = _fields(
    Field("title", "Titre du diagnostic", "name", required=True),
    Field("territory_name", "Territoire", "name"),
    Field("territory_kind", "Type de territoire", "enum", TerritoryKind),
    Field("filiere_name", "Filière", "name"),
    Field("filiere_meaning", "Sens de la filière", "enum", FiliereMeaning),
    Field("filiere_sector", "Secteur", "name"),
    Field("scenario", "Scénario d'intervention", "enum", Scenario),
    Field("facilitator", "Animateur ou animatrice", "name"),
    Field("start_date", "Date de début", "date"),
    Field("context", "Contexte", "text"),
)

LEVER_FIELDS = _fields(
    Field("label", "Intitulé du levier", "text", required=True),
    Field("status", "Statut", "enum", LeverStatus),
    Field("priority", "Priorité", "enum", Priority),
    Field("weight", "Poids", "weight"),
    Field("notes", "Notes", "text"),
    Field("owner", "Qui", "name"),
    Field("due", "Échéance", "date"),
)

STEP_FIELDS = _fields(Field("notes", "Synthèse de l'étape", "text"))

ACTOR_FIELDS = _fields(
    Field("name", "Nom", "name", required=True),
    Field("ess", "Acteur de l'ESS", "bool"),
    Field("category", "Catégorie", "enum", ActorCategory),
    Field("chain_link", "Maillon de la chaîne de valeur", "enum", ChainLink),
    Field("role", "Rôle", "text"),
    Field("commune", "Commune", "name"),
    Field("contact", "Personne de contact", "name"),
    Field("email", "Courriel", "name"),
    Field("phone", "Téléphone", "name"),
    Field("notes", "Notes", "text"),
)

ACTION_FIELDS = _fields(
    Field("title", "Intitulé de l'action", "name", required=True),
    Field("start", "Début", "date"),
    Field("end", "Fin", "date"),
    Field("budget_cents", "Budget (€)", "money"),
    Field("funding", "Source de financement", "name"),
    Field("status", "Statut", "enum", ActionStatus),
    Field("priority", "Priorité", "enum", Priority),
    Field("indicator", "Indicateur", "text"),
    Field("notes", "Notes", "text"),
)

WORKSHOP_FIELDS = _fields(
    Field("date", "Date", "date"),
    Field("place", "Lieu", "name"),
    Field("notes", "Notes", "text"),
    Field("decisions", "Décisions", "text"),
)

PARTICIPANT_FIELDS = _fields(
    Field("name", "Nom du participant", "name", required=True),
    Field("organisation", "Organisation", "name"),
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_email(value: str) -> None:
    if value and not _EMAIL.match(value):
        raise ValidationError(
            ACTOR_FIELDS["email"].label, "adresse invalide ; exemple : prenom.nom@exemple.fr.",
            "email",
        )

JALON_FIELDS = _fields(Field("label", "Nom du jalon", "name", required=True))

INDICATOR_FIELDS = _fields(
    Field("name", "Nom de l'indicateur", "name", required=True),
    Field("unit", "Unité", "name"),
    Field("baseline", "Valeur de départ", "number"),
    Field("target", "Cible", "number"),
)

INDICATOR_VALUE_FIELDS = _fields(
    Field("date", "Date de la mesure", "date", required=True),
    Field("value", "Valeur mesurée", "number", required=True),
    Field("note", "Commentaire", "text"),
)
