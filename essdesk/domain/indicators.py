"""Impact indicators and their dated values: the operations of `Services` (issue 18 §2).

A mixin of `essdesk.domain.services.Services`, in a module of its own so that the services
file stays readable; it validates as the other operations do (French errors naming the
field, nothing half-applied) and commits each edit at once. No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from essdesk.domain.fields import INDICATOR_FIELDS, INDICATOR_VALUE_FIELDS, Field, clean
from essdesk.errors import NotFoundError, ValidationError
from essdesk.models.base import new_uid
from essdesk.models.tables import Action, Indicator, IndicatorValue, Lever

LINK = "Lien de l'indicateur"


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    unit: str
    theme: str


def catalogue() -> list[CatalogueEntry]:
    """The indicators to start from (resources/indicators/catalogue.json); a user may pick
    one, change it, or type their own. An unreadable catalogue is an empty one: typing an
    indicator must never depend on it."""
    from essdesk.domain.referential import resources_dir

    try:
        data = json.loads((resources_dir() / "indicators" / "catalogue.json").read_text("utf-8"))
        return [
            CatalogueEntry(e["name"], e.get("unit", ""), e.get("theme", ""))
            for e in data["indicators"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _apply(obj: object, specs: Mapping[str, Field], values: Mapping[str, Any]) -> None:
    cleaned = {}
    for name, value in values.items():
        if name not in specs:
            raise ValidationError(name, "champ inconnu.")
        cleaned[name] = clean(specs[name], value)
    for name, value in cleaned.items():
        setattr(obj, name, value)


class IndicatorOperations:
    """Add, edit, remove (and put back) indicators and their values."""

    session: Session

    # Provided by Services.
    def diagnostic_id(self) -> int: ...
    def _guard(self, fn, *args, **kwargs): ...
    def _commit(self, changes): ...
    def _indicator_changes(self, created_id: int | None = None): ...

    # -- reading ---------------------------------------------------------------------------

    def indicators(self) -> list[Indicator]:
        """The diagnostic's indicators in their order, each with its values (by date)."""
        return list(
            self.session.scalars(
                select(Indicator)
                .where(Indicator.diagnostic_id == self.diagnostic_id())
                .order_by(Indicator.position, Indicator.id)
                .options(selectinload(Indicator.values))
            )
        )

    def indicator(self, indicator_id: int) -> Indicator:
        found = self.session.get(Indicator, indicator_id)
        if found is None or found.diagnostic_id != self.diagnostic_id():
            raise NotFoundError(f"L'indicateur n° {indicator_id} n'existe plus.")
        return found

    def indicator_value(self, value_id: int) -> IndicatorValue:
        found = self.session.get(IndicatorValue, value_id)
        if found is None:
            raise NotFoundError(f"La valeur n° {value_id} n'existe plus.")
        return found

    # -- indicators ------------------------------------------------------------------------

    def _validate_indicator(
        self, indicator: Indicator, values: Mapping[str, Any], lever_id: Any, action_id: Any
    ) -> None:
        _apply(indicator, INDICATOR_FIELDS, values)
        if lever_id is not ...:
            indicator.lever = self._lever(lever_id) if lever_id is not None else None
        if action_id is not ...:
            indicator.action = self._action(action_id) if action_id is not None else None
        if indicator.lever is not None and indicator.action is not None:
            raise ValidationError(
                LINK, "un indicateur suit un levier ou une action, pas les deux ; choisissez-en un."
            )

    def _lever(self, lever_id: int) -> Lever:
        found = self.session.get(Lever, lever_id)
        if found is None:
            raise NotFoundError(f"Le levier n° {lever_id} n'existe plus.")
        return found

    def _action(self, action_id: int) -> Action:
        found = self.session.get(Action, action_id)
        if found is None:
            raise NotFoundError(f"L'action n° {action_id} n'existe plus.")
        return found

    def add_indicator(
        self,
        *,
        indicator_id: int | None = None,
        uid: str | None = None,
        lever_id: int | None = None,
        action_id: int | None = None,
        position: int | None = None,
        **values: Any,
    ):
        """A new indicator, after the others unless `position` is given (undo, restore)."""
        if position is None:
            last = self.session.scalar(
                select(func.max(Indicator.position)).where(
                    Indicator.diagnostic_id == self.diagnostic_id()
                )
            )
            position = 0 if last is None else last + 1
        indicator = Indicator(id=indicator_id, uid=uid or new_uid(), position=position)
        values.setdefault("name", "")
        self._guard(self._validate_indicator, indicator, values, lever_id, action_id)
        indicator.diagnostic_id = self.diagnostic_id()
        self.session.add(indicator)
        self.session.flush()
        return self._commit(self._indicator_changes(indicator.id))

    def update_indicator(
        self, indicator_id: int, *, lever_id: Any = ..., action_id: Any = ..., **values: Any
    ):
        indicator = self.indicator(indicator_id)
        self._guard(self._validate_indicator, indicator, values, lever_id, action_id)
        return self._commit(self._indicator_changes())

    def snapshot_indicator(self, indicator_id: int) -> dict[str, Any]:
        i = self.indicator(indicator_id)
        return {
            "id": i.id,
            "uid": i.uid,
            "position": i.position,
            "lever_id": i.lever_id,
            "action_id": i.action_id,
            "values": {name: getattr(i, name) for name in INDICATOR_FIELDS},
            "measures": [self.snapshot_indicator_value(v.id) for v in i.values],
        }

    def remove_indicator(self, indicator_id: int):
        self.session.delete(self.indicator(indicator_id))
        self.session.flush()
        return self._commit(self._indicator_changes())

    def restore_indicator(self, snap: Mapping[str, Any]):
        changes = self.add_indicator(
            indicator_id=snap["id"],
            uid=snap["uid"],
            position=snap["position"],
            lever_id=snap["lever_id"],
            action_id=snap["action_id"],
            **snap["values"],
        )
        for measure in snap["measures"]:
            self.restore_indicator_value(measure)
        return changes

    def untie_indicators(
        self, *, lever_id: int | None = None, action_id: int | None = None
    ) -> None:
        """Before a lever or an action goes: its indicators stay, tied to nothing (the
        database would do the same, but the loaded rows would not know it)."""
        for indicator_id in self.tied_indicators(lever_id=lever_id, action_id=action_id):
            indicator = self.indicator(indicator_id)
            if lever_id is not None:
                indicator.lever_id = None
            else:
                indicator.action_id = None
        self.session.flush()

    def tied_indicators(
        self, *, lever_id: int | None = None, action_id: int | None = None
    ) -> list[int]:
        column = Indicator.lever_id if lever_id is not None else Indicator.action_id
        wanted = lever_id if lever_id is not None else action_id
        return list(
            self.session.scalars(
                select(Indicator.id).where(column == wanted).order_by(Indicator.id)
            )
        )

    def retie_indicators(
        self, ids: list[int], *, lever_id: int | None = None, action_id: int | None = None
    ) -> None:
        """Undo of a removal: the indicators the lever or action had are tied to it again."""
        for indicator_id in ids:
            indicator = self.indicator(indicator_id)
            if lever_id is not None:
                indicator.lever_id = lever_id
            if action_id is not None:
                indicator.action_id = action_id

    # -- values ----------------------------------------------------------------------------

    def add_indicator_value(
        self,
        indicator_id: int,
        *,
        value_id: int | None = None,
        uid: str | None = None,
        **values: Any,
    ):
        """What the indicator measured on a date (`date`, `value`, `note`)."""
        indicator = self.indicator(indicator_id)
        measure = IndicatorValue(id=value_id, uid=uid or new_uid(), note="")
        values.setdefault("date", None)
        values.setdefault("value", None)
        self._guard(_apply, measure, INDICATOR_VALUE_FIELDS, values)
        measure.indicator_id = indicator.id
        self.session.add(measure)
        self.session.flush()
        self.session.expire(indicator, ["values"])
        return self._commit(self._indicator_changes(measure.id))

    def update_indicator_value(self, value_id: int, **values: Any):
        measure = self.indicator_value(value_id)
        self._guard(_apply, measure, INDICATOR_VALUE_FIELDS, values)
        self.session.flush()
        self.session.expire(measure.indicator, ["values"])
        return self._commit(self._indicator_changes())

    def snapshot_indicator_value(self, value_id: int) -> dict[str, Any]:
        v = self.indicator_value(value_id)
        return {
            "id": v.id,
            "uid": v.uid,
            "indicator_id": v.indicator_id,
            "values": {name: getattr(v, name) for name in INDICATOR_VALUE_FIELDS},
        }

    def remove_indicator_value(self, value_id: int):
        measure = self.indicator_value(value_id)
        indicator = measure.indicator
        self.session.delete(measure)
        self.session.flush()
        self.session.expire(indicator, ["values"])
        return self._commit(self._indicator_changes())

    def restore_indicator_value(self, snap: Mapping[str, Any]):
        return self.add_indicator_value(
            snap["indicator_id"], value_id=snap["id"], uid=snap["uid"], **snap["values"]
        )
