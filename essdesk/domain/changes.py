"""The change language: what differs between two states of a diagnostic, and applying it.

Both states are interchange data (`essdesk.exchange.interchange.to_dict`, a JSON file, or a
jalon). `diff(a, b)` gives a `Changeset`: field-level changes (entity, key, field, before,
after), creations and removals. Rows are matched by their uid (levers of the referential
by code), references between rows are written as uids, so that the changeset means the
same whatever the files' local numbering. `apply(services, changeset)` replays it through
the services, validated as any user edit. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from essdesk.errors import ValidationError

#: Entities in the order a reader expects them, and the name of each one's key.
KEYS = {
    "diagnostic": "uid",
    "step": "number",
    "lever": "code",
    "actor": "uid",
    "action": "uid",
    "workshop": "uid",
    "indicator": "uid",
    "indicator_value": "uid",
}

_DIAGNOSTIC = (
    "title",
    "territory_name",
    "territory_kind",
    "filiere_name",
    "filiere_meaning",
    "filiere_sector",
    "scenario",
    "facilitator",
    "start_date",
    "context",
)
_LEVER = ("label", "custom", "status", "priority", "weight", "notes", "owner", "due", "actors")
_ACTOR = (
    "name",
    "ess",
    "category",
    "chain_link",
    "role",
    "commune",
    "contact",
    "email",
    "phone",
    "notes",
)
_ACTION = (
    "title",
    "levers",
    "pilot",
    "partners",
    "start",
    "end",
    "budget",
    "funding",
    "status",
    "priority",
    "indicator",
    "notes",
)
_WORKSHOP = (
    "date",
    "place",
    "steps",
    "participants",
    "notes",
    "decisions",
    "dots_per_participant",
    "votes",
)
_INDICATOR = ("name", "unit", "baseline", "target", "lever", "action")
_INDICATOR_VALUE = ("date", "value", "note")


@dataclass(frozen=True)
class FieldChange:
    entity: str
    key: Any
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Creation:
    entity: str
    key: Any
    values: dict[str, Any]


@dataclass(frozen=True)
class Removal:
    entity: str
    key: Any
    values: dict[str, Any]


@dataclass
class Changeset:
    changes: list[FieldChange] = field(default_factory=list)
    created: list[Creation] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes or self.created or self.removed)

    def to_json(self) -> dict[str, Any]:
        def ident(entity: str, key: Any) -> dict[str, Any]:
            return {"entity": entity, KEYS[entity]: key}

        return {
            "changes": [
                {**ident(c.entity, c.key), "field": c.field, "before": c.before, "after": c.after}
                for c in self.changes
            ],
            "created": [{**ident(c.entity, c.key), "values": c.values} for c in self.created],
            "removed": [{**ident(r.entity, r.key), "values": r.values} for r in self.removed],
        }


# -- reading a state ------------------------------------------------------------------------


#: Which part of the interchange data each entity is read from.
SECTIONS = {
    "diagnostic": "diagnostic",
    "step": "steps",
    "lever": "steps",
    "actor": "actors",
    "action": "actions",
    "workshop": "workshops",
    "indicator": "indicators",
    "indicator_value": "indicators",
}


def entities(
    data: Mapping[str, Any], only: Iterable[str] = KEYS
) -> dict[str, dict[Any, dict[str, Any]]]:
    """Each entity's rows by key, in the state's order, references written as uids."""
    actor_uid = {a["id"]: a["uid"] for a in data["actors"]}

    def diagnostic() -> dict[Any, dict[str, Any]]:
        d = data["diagnostic"]
        return {
            d.get("uid"): {
                "title": d["title"],
                "territory_name": d["territory"]["name"],
                "territory_kind": d["territory"]["kind"],
                "filiere_name": d["filiere"]["name"],
                "filiere_meaning": d["filiere"]["meaning"],
                "filiere_sector": d["filiere"]["sector"],
                "scenario": d["scenario"],
                "facilitator": d["facilitator"],
                "start_date": d["start_date"],
                "context": d["context"],
            }
        }

    def levers() -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        for step in data["steps"]:
            for position, lv in enumerate(step["levers"]):
                out[lv["code"]] = {
                    **{k: lv[k] for k in _LEVER if k != "actors"},
                    "actors": [actor_uid[i] for i in lv["actors"]],
                    "uid": lv.get("uid"),
                    "step": step["number"],
                    "position": position,
                }
        return out

    def workshop(w: Mapping[str, Any]) -> dict[str, Any]:
        people = [p.get("uid") for p in w["participants"]]
        return {
            **{
                k: w[k]
                for k in ("date", "place", "steps", "notes", "decisions", "dots_per_participant")
            },
            "participants": [
                {
                    "uid": p.get("uid"),
                    "name": p["name"],
                    "organisation": p["organisation"],
                    "actor": actor_uid.get(p["actor"]),
                }
                for p in w["participants"]
            ],
            "votes": [
                {
                    "lever": v["lever"],
                    "dots": v["dots"],
                    "participant": None if v["participant"] is None else people[v["participant"]],
                }
                for v in w["votes"]
            ],
        }

    def actions() -> dict[Any, dict[str, Any]]:
        return {
            x["uid"]: {
                **{k: x[k] for k in _ACTION if k not in ("pilot", "partners")},
                "pilot": actor_uid.get(x["pilot"]),
                "partners": [actor_uid[i] for i in x["partners"]],
            }
            for x in data["actions"]
        }

    def indicators() -> dict[Any, dict[str, Any]]:
        action_uid = {x["id"]: x["uid"] for x in data["actions"]}
        return {
            i["uid"]: {
                **{k: i[k] for k in _INDICATOR if k != "action"},
                "action": action_uid.get(i["action"]),
            }
            for i in data.get("indicators", [])
        }

    def indicator_values() -> dict[Any, dict[str, Any]]:
        return {
            v["uid"]: {**{k: v[k] for k in _INDICATOR_VALUE}, "indicator": i["uid"]}
            for i in data.get("indicators", [])
            for v in i["values"]
        }

    build = {
        "diagnostic": diagnostic,
        "step": lambda: {s["number"]: {"notes": s["notes"]} for s in data["steps"]},
        "lever": levers,
        "actor": lambda: {a["uid"]: {k: a[k] for k in _ACTOR} for a in data["actors"]},
        "action": actions,
        "workshop": lambda: {w["uid"]: workshop(w) for w in data["workshops"]},
        "indicator": indicators,
        "indicator_value": indicator_values,
    }
    return {entity: build[entity]() for entity in only}


_FIELDS = {
    "diagnostic": _DIAGNOSTIC,
    "step": ("notes",),
    "lever": _LEVER,
    "actor": _ACTOR,
    "action": _ACTION,
    "workshop": _WORKSHOP,
    "indicator": _INDICATOR,
    "indicator_value": _INDICATOR_VALUE,
}


def diff(a: Mapping[str, Any], b: Mapping[str, Any]) -> Changeset:
    """What changed from state `a` to state `b`."""
    wanted = list(KEYS)
    if _numbering(a) == _numbering(b):
        # Same actors under the same file numbers: a section equal in both states holds no
        # change (one C-level comparison instead of a row-by-row walk on a large diagnostic).
        # (A jalon of a schema-v3 file has no indicators: none, as in its file.)
        wanted = [e for e in KEYS if a.get(SECTIONS[e], []) != b.get(SECTIONS[e], [])]
    before, after = entities(a, wanted), entities(b, wanted)
    out = Changeset()
    for entity in wanted:
        fields = _FIELDS[entity]
        old, new = before[entity], after[entity]
        if entity == "diagnostic":  # one per state, whatever its uid
            old, new = {None: next(iter(old.values()))}, {None: next(iter(new.values()))}
        same = {k: None for k in new if k in old and _same_row(entity, old[k], new[k])}
        out.removed += [Removal(entity, k, v) for k, v in old.items() if k not in same]
        out.created += [Creation(entity, k, v) for k, v in new.items() if k not in same]
        for key in same:
            was, now = old[key], new[key]
            if was == now:  # most rows: one comparison, not one per field
                continue
            shown = next(iter(after["diagnostic"])) if entity == "diagnostic" else key
            out.changes += [
                FieldChange(entity, shown, f, was[f], now[f]) for f in fields if was[f] != now[f]
            ]
    return out


def _numbering(data: Mapping[str, Any]) -> list[tuple[int, str]]:
    return [(x["id"], x["uid"]) for x in data["actors"]]


def _same_row(entity: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    # A custom lever removed and another added can share a code: they are two levers.
    return entity != "lever" or old["uid"] == new["uid"]


# -- applying a changeset ----------------------------------------------------------------------


def _cents(euros: int | float | None) -> int | None:
    if euros is None:
        return None
    return int((Decimal(str(euros)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apply(services, changeset: Changeset) -> None:
    """Replay `changeset` on the diagnostic of `services`, through the services.

    Creations first (new rows then come after every existing one, as in the target state),
    then field changes, then removals. A change the services refuse raises their
    ValidationError, in French.
    """
    from essdesk.models.tables import Actor

    created = {e: [c for c in changeset.created if c.entity == e] for e in KEYS}
    removed = {e: [r for r in changeset.removed if r.entity == e] for e in KEYS}
    changed: dict[str, dict[Any, dict[str, Any]]] = {e: {} for e in KEYS}
    for c in changeset.changes:
        changed[c.entity].setdefault(c.key, {})[c.field] = c.after

    if changed["diagnostic"]:
        services.update_diagnostic(**next(iter(changed["diagnostic"].values())))
    for c in created["actor"]:
        services.add_actor(uid=c.key, **c.values)
    actor_id = {
        a.uid: a.id
        for a in services.session.query(Actor).filter_by(diagnostic_id=services.diagnostic_id())
    }
    for uid, values in changed["actor"].items():
        services.update_actor(actor_id[uid], **values)

    doomed_levers = {r.key for r in removed["lever"] if r.values.get("custom")}
    for r in removed["lever"]:
        if not r.values.get("custom"):
            raise ValidationError(
                "Levier", f"le levier {r.key} du référentiel ne peut pas être retiré."
            )
    for c in created["lever"]:
        if c.key in doomed_levers:  # same code, another lever: the old one goes first
            services.remove_custom_lever(services.lever_by_code(c.key).id)
            doomed_levers.discard(c.key)
        _create_lever(services, c, actor_id)
    _order_levers(services, created["lever"], doomed_levers)
    for code, values in changed["lever"].items():
        lever_id = services.lever_by_code(code).id
        actors = values.pop("actors", None)
        if values:
            services.update_lever(lever_id, **values)
        if actors is not None:
            services.set_lever_actors(lever_id, [actor_id[u] for u in actors])
    for number, values in changed["step"].items():
        services.set_step_notes(number, values["notes"])

    for c in created["action"]:
        services.add_action(uid=c.key, **_action_values(services, c.values, actor_id))
    action_id = {x.uid: x.id for x in services.actions()}
    for uid, values in changed["action"].items():
        services.update_action(action_id[uid], **_action_values(services, values, actor_id))

    for c in created["workshop"]:
        values = dict(c.values)
        votes, dots = values.pop("votes"), values.pop("dots_per_participant")
        workshop_id = services.add_workshop(
            uid=c.key, **_workshop_values(values, actor_id, {})
        ).created_id
        _set_votes(services, workshop_id, votes, dots)
    workshop_id = {w.uid: w.id for w in services.workshops()}
    for uid, values in changed["workshop"].items():
        values = dict(values)
        votes, dots = values.pop("votes", None), values.pop("dots_per_participant", None)
        kept = {p.uid: p.id for p in services.workshop(workshop_id[uid]).participants}
        if values:
            services.update_workshop(workshop_id[uid], **_workshop_values(values, actor_id, kept))
        if votes is not None or dots is not None:
            if votes is None:
                votes = _current_votes(services, workshop_id[uid])
            _set_votes(services, workshop_id[uid], votes, dots)

    _apply_indicators(services, created, changed, removed, action_id)

    for r in removed["workshop"]:
        services.remove_workshop(workshop_id[r.key])
    for r in removed["action"]:
        services.remove_action(action_id[r.key])
    for code in doomed_levers:
        services.remove_custom_lever(services.lever_by_code(code).id)
    for r in removed["actor"]:
        services.remove_actor(actor_id[r.key])


def _apply_indicators(services, created, changed, removed, action_id: Mapping[str, int]) -> None:
    """Indicators after the levers and actions they follow, before those go."""

    def links(values: Mapping[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in values.items() if k not in ("lever", "action", "indicator")}
        if "lever" in values:
            code = values["lever"]
            out["lever_id"] = services.lever_by_code(code).id if code is not None else None
        if "action" in values:
            out["action_id"] = action_id[values["action"]] if values["action"] is not None else None
        return out

    for c in created["indicator"]:
        services.add_indicator(uid=c.key, **links(c.values))
    indicator_id = {i.uid: i.id for i in services.indicators()}
    for uid, values in changed["indicator"].items():
        services.update_indicator(indicator_id[uid], **links(values))
    for c in created["indicator_value"]:
        services.add_indicator_value(
            indicator_id[c.values["indicator"]], uid=c.key, **links(c.values)
        )
    value_id = {v.uid: v.id for i in services.indicators() for v in i.values}
    for uid, values in changed["indicator_value"].items():
        services.update_indicator_value(value_id[uid], **values)
    for r in removed["indicator_value"]:
        services.remove_indicator_value(value_id[r.key])
    for r in removed["indicator"]:
        services.remove_indicator(indicator_id[r.key])


def _create_lever(services, c: Creation, actor_id: Mapping[str, int]) -> None:
    v = c.values
    if not v["custom"]:
        raise ValidationError("Levier", f"le levier {c.key} n'est pas du même référentiel.")
    values = {k: v[k] for k in ("status", "priority", "weight", "notes", "owner", "due")}
    lever_id = services.add_custom_lever(
        v["step"], v["label"], uid=v["uid"], code=c.key, **values
    ).created_id
    if v["actors"]:
        services.set_lever_actors(lever_id, [actor_id[u] for u in v["actors"]])


def _order_levers(services, created: list[Creation], leaving: set[str]) -> None:
    """New levers at their place in the target state's order (positions are not exported)."""
    for number in sorted({c.values["step"] for c in created}):
        step = services.step(number)
        new = {c.key: c.values["position"] for c in created if c.values["step"] == number}
        staying = [lv for lv in step.levers if lv.code not in new and lv.code not in leaving]
        order = list(staying)
        by_code = {lv.code: lv for lv in step.levers}
        for code, position in sorted(new.items(), key=lambda item: item[1]):
            order.insert(position, by_code[code])
        for position, lever in enumerate(order):
            lever.position = position
        services.session.commit()


def _action_values(
    services, values: Mapping[str, Any], actor_id: Mapping[str, int]
) -> dict[str, Any]:
    out = dict(values)
    if "levers" in out:
        out["lever_ids"] = [services.lever_by_code(code).id for code in out.pop("levers")]
    if "partners" in out:
        out["partner_ids"] = [actor_id[u] for u in out.pop("partners")]
    if "pilot" in out:
        pilot = out.pop("pilot")
        out["pilot_id"] = actor_id[pilot] if pilot is not None else None
    if "budget" in out:
        out["budget_cents"] = _cents(out.pop("budget"))
    return out


def _workshop_values(
    values: Mapping[str, Any], actor_id: Mapping[str, int], kept: Mapping[str, int]
) -> dict[str, Any]:
    out = dict(values)
    if "steps" in out:
        out["step_numbers"] = out.pop("steps")
    if "participants" in out:
        out["participants"] = [
            {
                "id": kept.get(p["uid"]),
                "uid": p["uid"],
                "name": p["name"],
                "organisation": p["organisation"],
                "actor_id": actor_id[p["actor"]] if p["actor"] is not None else None,
            }
            for p in out["participants"]
        ]
    return out


def _current_votes(services, workshop_id: int) -> list[dict[str, Any]]:
    w = services.workshop(workshop_id)
    people = {p.id: p.uid for p in w.participants}
    return [
        {"lever": v.lever.code, "participant": people.get(v.participant_id), "dots": v.dots}
        for v in w.votes
    ]


def _set_votes(
    services, workshop_id: int, votes: list[Mapping[str, Any]], dots: int | None
) -> None:
    person = {p.uid: p.id for p in services.workshop(workshop_id).participants}
    services.set_votes(
        workshop_id,
        [
            (
                services.lever_by_code(v["lever"]).id,
                None if v["participant"] is None else person[v["participant"]],
                v["dots"],
            )
            for v in votes
        ],
        dots_per_participant=dots,
        # A changeset replays votes another state already holds (a jalon, a copy): the dot
        # quota guards what a user enters, as the undo path does, not this replay.
        check_quota=False,
    )
