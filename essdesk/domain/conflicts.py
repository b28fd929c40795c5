"""No lost update: an edit is applied only if the fields it touches still hold what it started from.

An edit (or its undo) knows the values it started from (`base`) and the ones it writes
(`mine`). `check` re-reads the row from the database, locked until the edit commits (FOR
UPDATE on a server), and compares field by field: a colleague's change to another field of
the same row, or to another row, is no conflict; a change to one of these fields is, and
raises `Conflict` with both versions (and who changed it and when, from the server's
journal). The row version (`version_id_col`) is the last guard: a write that still finds
the row changed raises StaleDataError, which the services turn into a French message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from essdesk.domain.fields import (
    ACTION_FIELDS,
    ACTOR_FIELDS,
    DIAGNOSTIC_FIELDS,
    INDICATOR_FIELDS,
    INDICATOR_VALUE_FIELDS,
    JALON_FIELDS,
    LEVER_FIELDS,
    STEP_FIELDS,
    WORKSHOP_FIELDS,
    Field,
)
from essdesk.errors import EssdeskError

_SPECS: dict[str, Mapping[str, Field]] = {
    "diagnostic": DIAGNOSTIC_FIELDS,
    "lever": LEVER_FIELDS,
    "actor": ACTOR_FIELDS,
    "action": ACTION_FIELDS,
    "step_notes": STEP_FIELDS,
    "jalon": JALON_FIELDS,
    "workshop": WORKSHOP_FIELDS,
    "lever_actors": {},
    "indicator": INDICATOR_FIELDS,
    "indicator_value": INDICATOR_VALUE_FIELDS,
}
_LINKS = {
    "lever_ids": ("levers", "Leviers"),
    "partner_ids": ("partners", "Partenaires"),
    "actor_ids": ("actors", "Acteurs"),
}
_WHAT = {
    "diagnostic": "l'identité du diagnostic",
    "lever": "ce levier",
    "actor": "cet acteur",
    "action": "cette action",
    "step_notes": "la synthèse de l'étape",
    "lever_actors": "les acteurs de ce levier",
    "jalon": "ce jalon",
    "workshop": "cet atelier",
    "indicator": "cet indicateur",
    "indicator_value": "cette mesure",
}
_ENTITY = {
    "diagnostic": "diagnostic",
    "lever": "lever",
    "actor": "actor",
    "action": "action",
    "step_notes": "step",
    "lever_actors": "lever",
    "jalon": "jalon",
    "workshop": "workshop",
    "indicator": "indicator",
    "indicator_value": "indicator_value",
}


@dataclass(frozen=True)
class Clash:
    """One field both people changed: what it was, what they wrote, what I wrote."""

    field: str
    label: str
    base: Any
    theirs: Any
    mine: Any
    who: str | None = None
    when: dt.datetime | None = None
    is_text: bool = False


class Conflict(EssdeskError):
    """The edit was not applied: a colleague changed the same fields meanwhile."""

    def __init__(
        self,
        kind: str,
        ident: int | None,
        clashes: list[Clash],
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        *,
        undo: bool = False,
    ) -> None:
        names = ", ".join(f"« {c.label} »" for c in clashes)
        verb = "Annulation refusée" if undo else "Modification non enregistrée"
        super().__init__(
            f"{verb} : un collègue a modifié {_WHAT.get(kind, 'cet élément')} "
            f"entre-temps ({names}). Choisissez la version à garder."
        )
        self.kind, self.ident, self.clashes, self.undo = kind, ident, clashes, undo
        self.mine, self.theirs = dict(mine), dict(theirs)

    def resolved(self, chosen: Mapping[str, Any]) -> dict[str, Any]:
        """What to write: my values for the fields nobody else touched, `chosen` for the
        clashing ones (a field absent from `chosen` keeps theirs)."""
        clashing = {c.field for c in self.clashes}
        out = {k: v for k, v in self.mine.items() if k not in clashing}
        out.update(
            {k: v for k, v in chosen.items() if k in clashing and not _same(v, self.theirs[k])}
        )
        return out


def _target(services: Any, kind: str, ident: int | None) -> Any:
    if kind == "diagnostic":
        return services.diagnostic()
    if kind == "step_notes":
        assert ident is not None
        return services.step(ident)
    getter = "lever" if kind == "lever_actors" else kind
    return getattr(services, getter)(ident)


def _value(obj: Any, name: str) -> Any:
    if name in _LINKS:
        return [o.id for o in getattr(obj, _LINKS[name][0])]
    if name == "step_numbers":  # a workshop's steps, edited as their numbers
        return [step.number for step in obj.steps]
    return getattr(obj, name)


def _norm(value: Any) -> Any:
    from enum import Enum

    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(set(value))
    return value


def _same(a: Any, b: Any) -> bool:
    return _norm(a) == _norm(b)


def _label(kind: str, name: str) -> tuple[str, bool]:
    if name in _LINKS:
        return _LINKS[name][1], False
    if name == "pilot_id":
        return "Pilote", False
    if name == "step_numbers":
        return "Étapes", False
    spec = _SPECS.get(kind, {}).get(name)
    if spec is None:
        return name, False
    return spec.label, spec.kind in ("text", "name")


def current(services: Any, kind: str, ident: int | None, names: list[str]) -> dict[str, Any]:
    """The fields as the database holds them now, the row locked until the next commit."""
    obj = _target(services, kind, ident)
    services.session.refresh(obj, with_for_update=True)
    return {name: _value(obj, name) for name in names}


def check(
    services: Any,
    kind: str,
    ident: int | None,
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    *,
    undo: bool = False,
) -> None:
    """Raise Conflict unless every field of `mine` still holds its `base` value (or already
    holds mine: nothing to fight over)."""
    from essdesk.store import journal

    theirs = current(services, kind, ident, list(mine))
    obj = _target(services, kind, ident)
    clashes = []
    for name, value in mine.items():
        now = theirs[name]
        if name not in base or _same(now, base[name]) or _same(now, value):
            continue
        label, is_text = _label(kind, name)
        field = _LINKS[name][0] if name in _LINKS else name
        last = journal.last_change(
            services.session,
            _ENTITY[kind],
            getattr(obj, "uid", None),
            getattr(obj, "id", None),
            field,
        )
        clashes.append(
            Clash(
                name,
                label,
                base[name],
                now,
                value,
                last[0] if last else None,
                last[1] if last else None,
                is_text,
            )
        )
    if clashes:
        services.session.rollback()
        raise Conflict(kind, ident, clashes, mine, theirs, undo=undo)
