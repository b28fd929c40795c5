"""JSON interchange: a diagnostic as one readable JSON file (see docs/format.md).

Export is deterministic (same document, same bytes): export → import → export is
byte-identical. Import checks the whole file before writing anything: the JSON Schema in
resources/schema/ first, then what a schema cannot say (unknown lever codes, duplicate ids,
references to unknown actors); errors name the place in the file, in French.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from essdesk.domain.fields import (
    ACTION_FIELDS,
    ACTOR_FIELDS,
    DIAGNOSTIC_FIELDS,
    INDICATOR_FIELDS,
    INDICATOR_VALUE_FIELDS,
    LEVER_FIELDS,
    PARTICIPANT_FIELDS,
    WORKSHOP_FIELDS,
    check_email,
    clean,
)
from essdesk.domain.referential import (
    Referential,
    ReferentialError,
    parse_referential,
    referential_of,
    resources_dir,
    to_data,
)
from essdesk.domain.referential import (
    dumps as referential_dumps,
)
from essdesk.errors import InterchangeError, ValidationError
from essdesk.models.base import new_uid, vote_uid
from essdesk.models.links import action_lever, action_partner, lever_actor
from essdesk.models.tables import (
    Action,
    Actor,
    Diagnostic,
    Indicator,
    IndicatorValue,
    Lever,
    Participant,
    Step,
    Vote,
    Workshop,
)

FORMAT = "essdesk-diagnostic"
FORMAT_VERSION = 2  # 2: every user-created row carries its uid; version 1 still imports
MAX_FILE_BYTES = 64 * 1024 * 1024


def schema_path() -> Path:
    return resources_dir() / "schema" / "essdesk-diagnostic.schema.json"


def iso_date(value) -> str | None:
    """A date as the interchange data writes it (also the cahier's state)."""
    return value.isoformat() if value else None


def euros(cents: int | None) -> int | float | None:
    """Cents as euros, a whole number when they make one."""
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents / 100


def to_dict(session: Session, referential: Referential | None = None) -> dict[str, Any]:
    """The diagnostic as interchange data, with the copy of its referential it carries.

    `referential`: the diagnostic's own, when the caller already has it (read otherwise)."""
    diagnostic = session.scalars(
        select(Diagnostic).options(
            selectinload(Diagnostic.steps).selectinload(Step.levers),
            selectinload(Diagnostic.workshops).selectinload(Workshop.steps),
        )
        # Collections already in the session keep their insertion order; reload them so the
        # export is ordered by id whatever happened before (deterministic output).
        .execution_options(populate_existing=True)
    ).one()
    lever_order = {lv.id: i for i, lv in enumerate(lv for s in diagnostic.steps for lv in s.levers)}
    lever_code = {lv.id: lv.code for s in diagnostic.steps for lv in s.levers}
    # The file numbers its own rows (1, 2, 3… in id order): database ids are local to a store
    # (a server numbers rows across all its diagnostics), and the same diagnostic must give
    # the same bytes wherever it lives. Actors, actions, participants, votes and their links
    # are the numerous rows: read as columns, not ORM objects (half of to_dict's memory).
    d_id = diagnostic.id
    actors = _actors(session, d_id)
    actor_no = {actor_id: i for i, actor_id in enumerate(actors, 1)}

    def actors_of(owner, actor) -> dict[int, list[int]]:  # a link table to this diagnostic's actors
        return link_lists(
            session,
            select(owner, actor)
            .join(Actor, Actor.id == actor)
            .where(Actor.diagnostic_id == d_id)
            .order_by(actor),
        )

    lever_actors = actors_of(lever_actor.c.lever_id, lever_actor.c.actor_id)
    partners = actors_of(action_partner.c.action_id, action_partner.c.actor_id)
    action_levers = link_lists(
        session,
        select(action_lever.c.action_id, action_lever.c.lever_id)
        .join(Action, Action.id == action_lever.c.action_id)
        .where(Action.diagnostic_id == d_id),
    )
    people = _by_workshop(
        session,
        d_id,
        select(
            Participant.workshop_id, Participant.id, Participant.uid, Participant.name,
            Participant.organisation, Participant.actor_id,
        ).order_by(Participant.workshop_id, Participant.position, Participant.id),
    )
    actions = session.execute(
        select(*ACTION_COLUMNS).where(Action.diagnostic_id == d_id).order_by(Action.id)
    ).all()
    votes_of = _by_workshop(
        session,
        d_id,
        select(Vote.workshop_id, Vote.lever_id, Vote.participant_id, Vote.dots).order_by(Vote.id),
    )
    named = (diagnostic.referential_id, diagnostic.referential_version)
    if referential is None or (referential.id, referential.version) != named:
        # The file carries the diagnostic's own copy, never another referential passed in.
        referential = referential_of(*named, diagnostic.referential_data)

    def step_title(number: int) -> str:
        try:
            return referential.step(number).title if referential else ""
        except (KeyError, IndexError):
            return ""

    def workshop(workshop_no: int, w: Workshop) -> dict[str, Any]:
        participants = people.get(w.id, ())
        index = {p.id: i for i, p in enumerate(participants)}
        votes = sorted(
            votes_of.get(w.id, ()),
            key=lambda v: (lever_order[v.lever_id], -1 if v.participant_id is None else index[v.participant_id]),
        )
        return {
            "id": workshop_no,
            "uid": w.uid,
            "date": iso_date(w.date),
            "place": w.place,
            "steps": [s.number for s in w.steps],
            "participants": [
                {"uid": p.uid, "name": p.name, "organisation": p.organisation,
                 "actor": actor_no.get(p.actor_id)}
                for p in participants
            ],
            "notes": w.notes,
            "decisions": w.decisions,
            "dots_per_participant": w.dots_per_participant,
            "votes": [
                {
                    "lever": lever_code[v.lever_id],
                    "participant": None if v.participant_id is None else index[v.participant_id],
                    "dots": v.dots,
                }
                for v in votes
            ],
        }

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "referential": {"id": diagnostic.referential_id, "version": diagnostic.referential_version,
                        "data": to_data(referential)},
        "diagnostic": {
            "uid": diagnostic.uid,
            "title": diagnostic.title,
            "territory": {"name": diagnostic.territory_name, "kind": diagnostic.territory_kind.value},
            "filiere": {
                "name": diagnostic.filiere_name,
                "meaning": diagnostic.filiere_meaning.value,
                "sector": diagnostic.filiere_sector,
            },
            "scenario": diagnostic.scenario.value,
            "facilitator": diagnostic.facilitator,
            "start_date": iso_date(diagnostic.start_date),
            "context": diagnostic.context,
        },
        "steps": [
            {
                "number": step.number,
                "title": step_title(step.number),
                "notes": step.notes,
                "levers": [
                    {
                        "code": lv.code,
                        "uid": lv.uid,
                        "label": lv.label,
                        "custom": lv.custom,
                        "status": lv.status.value,
                        "priority": lv.priority.value,
                        "weight": lv.weight,
                        "notes": lv.notes,
                        "owner": lv.owner,
                        "due": iso_date(lv.due),
                        "actors": [actor_no[a] for a in lever_actors.get(lv.id, ())],
                    }
                    for lv in step.levers
                ],
            }
            for step in diagnostic.steps
        ],
        "actors": list(actors.values()),
        "actions": [
            {
                "id": action_no,
                "uid": x.uid,
                "title": x.title,
                "levers": [
                    lever_code[i] for i in sorted(action_levers.get(x.id, ()), key=lever_order.__getitem__)
                ],
                "pilot": actor_no.get(x.pilot_id),
                "partners": [actor_no[a] for a in partners.get(x.id, ())],
                **action_values(x),
            }
            for action_no, x in enumerate(actions, 1)
        ],
        "workshops": [workshop(i, w) for i, w in enumerate(diagnostic.workshops, 1)],
        "indicators": _indicators(session, d_id, {x.id: i for i, x in enumerate(actions, 1)}, lever_code),
    }


def _actors(session: Session, diagnostic_id: int) -> dict[int, dict[str, Any]]:
    """The diagnostic's actors as the file writes them, by database id, in id order."""
    out: dict[int, dict[str, Any]] = {}
    for a in session.execute(
        select(*ACTOR_COLUMNS)
        .where(Actor.diagnostic_id == diagnostic_id)
        .order_by(Actor.id)
        .execution_options(yield_per=ROWS_AT_ONCE)
    ):
        out[a.id] = {"id": len(out) + 1, "uid": a.uid, **actor_values(a)}
    return out


#: Rows fetched at a time from the numerous tables: without yield_per an ORM-enabled select
#: fetches every row before the first is seen (5,000 actors: 5 MiB held beside the dicts).
ROWS_AT_ONCE = 500
#: The columns an actor and an action are read with, by to_dict and by the cahier's state.
ACTOR_COLUMNS = (
    Actor.id, Actor.uid, Actor.name, Actor.ess, Actor.category, Actor.chain_link,
    Actor.role, Actor.commune, Actor.contact, Actor.email, Actor.phone, Actor.notes,
)
ACTION_COLUMNS = (
    Action.id, Action.uid, Action.title, Action.pilot_id, Action.start, Action.end,
    Action.budget_cents, Action.funding, Action.status, Action.priority,
    Action.indicator, Action.notes,
)


def actor_values(a: Any) -> dict[str, Any]:
    """An actor's fields (a row of ACTOR_COLUMNS) as the file writes them."""
    return {
        "name": a.name,
        "ess": a.ess,
        "category": a.category.value,
        "chain_link": a.chain_link.value,
        "role": a.role,
        "commune": a.commune,
        "contact": a.contact,
        "email": a.email,
        "phone": a.phone,
        "notes": a.notes,
    }


def action_values(x: Any) -> dict[str, Any]:
    """An action's own fields after its title and links (a row of ACTION_COLUMNS)."""
    return {
        "start": iso_date(x.start),
        "end": iso_date(x.end),
        "budget": euros(x.budget_cents),
        "funding": x.funding,
        "status": x.status.value,
        "priority": x.priority.value,
        "indicator": x.indicator,
        "notes": x.notes,
    }


def link_lists(session: Session, statement: Select) -> dict[int, list[int]]:
    """A link table's (owner, item) pairs as each owner's items, in the statement's order."""
    out: dict[int, list[int]] = {}
    for owner, item in session.execute(statement):
        out.setdefault(owner, []).append(item)
    return out


def _by_workshop(session: Session, diagnostic_id: int, statement: Select) -> dict[int, list[Any]]:
    """The rows of `statement` (its first column: the workshop) by workshop, in its order."""
    out: dict[int, list[Any]] = {}
    for row in session.execute(
        statement.join(Workshop, Workshop.id == statement.selected_columns[0]).where(
            Workshop.diagnostic_id == diagnostic_id
        )
    ):
        out.setdefault(row[0], []).append(row)
    return out


def _quantity(value: float | None) -> int | float | None:
    """12.0 is written 12: the same bytes whatever the store gave back (REAL or double)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _indicators(
    session: Session, diagnostic_id: int, action_no: Mapping[int, int], lever_code: Mapping[int, str]
) -> list[dict[str, Any]]:
    """Impact indicators in their order, each with its values by date (see docs/format.md)."""
    found = session.scalars(
        select(Indicator)
        .where(Indicator.diagnostic_id == diagnostic_id)
        .order_by(Indicator.position, Indicator.id)
        .options(selectinload(Indicator.values))
        .execution_options(populate_existing=True)
    )
    return [
        {
            "uid": i.uid,
            "name": i.name,
            "unit": i.unit,
            "baseline": _quantity(i.baseline),
            "target": _quantity(i.target),
            "lever": lever_code.get(i.lever_id),
            "action": action_no.get(i.action_id),
            "values": [
                {"uid": v.uid, "date": iso_date(v.date), "value": _quantity(v.value), "note": v.note}
                for v in i.values
            ],
        }
        for i in found
    ]


def dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_json(session: Session, target: Path, referential: Referential | None = None) -> None:
    from essdesk.store.atomic import write_atomically

    write_atomically(target, dumps(to_dict(session, referential)).encode("utf-8"))


# -- import -------------------------------------------------------------------------------


def read_json(source: Path) -> dict[str, Any]:
    """Parse and check a JSON file; InterchangeError names what is wrong and where."""
    try:
        info = source.stat()
    except OSError as exc:
        raise InterchangeError("", f"Impossible de lire {source} ({exc.strerror}).") from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe would block the read for ever
        raise InterchangeError(
            "", f"{source.name} n'est pas un fichier ordinaire (dossier, tube ou périphérique) : "
            "choisissez un fichier .json exporté par essdesk."
        )
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise InterchangeError(
            "", f"Le fichier {source.name} est trop gros ({size // 2**20} Mio ; limite "
            f"{MAX_FILE_BYTES // 2**20} Mio) : ce n'est pas un export essdesk."
        )
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise InterchangeError("", f"Impossible de lire {source} ({exc.strerror}).") from exc
    if raw.startswith(b"SQLite format 3\x00"):
        raise InterchangeError(
            "", f"{source.name} est un diagnostic essdesk (ou une base SQLite), pas un export "
            "JSON : ouvrez-le avec « Ouvrir »."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError("", f"{source.name} n'est pas un texte UTF-8 : exportez-le en UTF-8.") from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"ligne {exc.lineno}, colonne {exc.colno}",
            f"JSON invalide ({exc.msg}). Corrigez le fichier ou exportez-le à nouveau.",
        ) from exc
    except (RecursionError, ValueError) as exc:
        raise InterchangeError("", f"{source.name} est trop imbriqué ou contient un nombre démesuré.") from exc
    validate(data)
    data = _integral_numbers_as_int(data)
    try:  # a lone surrogate ("\\ud800") is valid JSON but cannot be stored
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InterchangeError(
            "", f"{source.name} contient un caractère invalide (moitié de paire UTF-16) : "
            "corrigez le fichier ou exportez-le à nouveau."
        ) from exc
    return data


def _refuse_constant(name: str) -> None:
    raise InterchangeError(
        "", f"le fichier contient {name}, qui n'est pas un nombre : corrigez-le ou exportez-le à nouveau."
    )


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "racine"


def validate(data: Any) -> None:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    # The stock validator, as any partner's tool would run it: essdesk accepts exactly the
    # documents the published schema accepts (then checks what a schema cannot say).
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    except RecursionError as exc:
        raise InterchangeError("", "le fichier est trop imbriqué.") from exc
    if error is not None:
        raise InterchangeError(_place(error.absolute_path), _schema_message(error))
    _check_references(data)


def _schema_message(error) -> str:
    v = error.validator
    if v == "required":
        missing = [m for m in error.validator_value if m not in (error.instance or {})]
        return f"champ obligatoire manquant : {', '.join(missing)}."
    if v == "additionalProperties":
        return f"champ inconnu ({error.message.split('(')[-1].rstrip(')')})."
    if v in ("enum", "const"):
        allowed = error.validator_value if v == "enum" else [error.validator_value]
        return f"valeur inconnue {error.instance!r} ; valeurs possibles : {', '.join(map(str, allowed))}."
    if v == "type":
        return f"type inattendu (attendu : {error.validator_value})."
    if v in ("pattern", "format") and error.schema.get("format") == "date":
        return f"date invalide {error.instance!r} : écrivez une date qui existe, au format AAAA-MM-JJ."
    if v == "pattern":
        return f"format invalide {error.instance!r} (attendu : {error.schema.get('description', error.validator_value)})."
    if v in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        return f"valeur hors limites ({v} = {error.validator_value})."
    return error.message


def _check_references(data: dict[str, Any]) -> None:
    def unique(items, key, where):
        seen = set()
        for i, item in enumerate(items):
            if item[key] in seen:
                raise InterchangeError(f"{where}[{i}].{key}", f"identifiant {item[key]!r} en double.")
            seen.add(item[key])
        return seen

    numbers = [s["number"] for s in data["steps"]]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        raise InterchangeError(
            "steps", f"il faut les parties 1 à {len(numbers)}, chacune une fois, numérotées à la suite."
        )
    codes: set[str] = set()
    for i, step in enumerate(data["steps"]):
        for j, lever in enumerate(step["levers"]):
            place = f"steps[{i}].levers[{j}].code"
            if lever["code"] in codes:
                raise InterchangeError(place, f"code de levier {lever['code']!r} en double.")
            codes.add(lever["code"])
    actor_ids = unique(data["actors"], "id", "actors")
    unique(data["actions"], "id", "actions")
    unique(data["workshops"], "id", "workshops")
    _check_unique_uids(data)
    _check_indicators(data, codes, {x["id"] for x in data["actions"]})

    def known_actor(value, place):
        if value is not None and value not in actor_ids:
            raise InterchangeError(place, f"acteur inconnu (id {value}).")

    def known_lever(code, place):
        if code not in codes:
            raise InterchangeError(place, f"levier inconnu ({code}).")

    for i, step in enumerate(data["steps"]):
        for j, lever in enumerate(step["levers"]):
            for k, actor in enumerate(lever["actors"]):
                known_actor(actor, f"steps[{i}].levers[{j}].actors[{k}]")
    for i, action in enumerate(data["actions"]):
        known_actor(action["pilot"], f"actions[{i}].pilot")
        for k, actor in enumerate(action["partners"]):
            known_actor(actor, f"actions[{i}].partners[{k}]")
        for k, code in enumerate(action["levers"]):
            known_lever(code, f"actions[{i}].levers[{k}]")
    for i, w in enumerate(data["workshops"]):
        for k, p in enumerate(w["participants"]):
            known_actor(p["actor"], f"workshops[{i}].participants[{k}].actor")
        voted: set[tuple[str, int | None]] = set()
        for k, vote in enumerate(w["votes"]):
            known_lever(vote["lever"], f"workshops[{i}].votes[{k}].lever")
            if (vote["lever"], vote["participant"]) in voted:
                raise InterchangeError(
                    f"workshops[{i}].votes[{k}]",
                    "vote en double pour ce levier et ce participant ; additionnez les gommettes.",
                )
            voted.add((vote["lever"], vote["participant"]))
            if vote["participant"] is not None and vote["participant"] >= len(w["participants"]):
                raise InterchangeError(f"workshops[{i}].votes[{k}].participant", "participant inconnu.")


def _check_indicators(data: dict[str, Any], codes: set[str], action_ids: set[int]) -> None:
    for i, ind in enumerate(data.get("indicators", [])):
        if ind["lever"] is not None and ind["lever"] not in codes:
            raise InterchangeError(f"indicators[{i}].lever", f"levier inconnu ({ind['lever']}).")
        if ind["action"] is not None and ind["action"] not in action_ids:
            raise InterchangeError(f"indicators[{i}].action", f"action inconnue (id {ind['action']}).")
        if ind["lever"] is not None and ind["action"] is not None:
            raise InterchangeError(
                f"indicators[{i}]", "un indicateur suit un levier ou une action, pas les deux."
            )


def _check_unique_uids(data: dict[str, Any]) -> None:
    places: list[tuple[str, str | None]] = [("diagnostic.uid", data["diagnostic"].get("uid"))]
    for i, step in enumerate(data["steps"]):
        places += [(f"steps[{i}].levers[{j}].uid", lv.get("uid")) for j, lv in enumerate(step["levers"])]
    for key in ("actors", "actions", "workshops"):
        places += [(f"{key}[{i}].uid", item.get("uid")) for i, item in enumerate(data[key])]
    for i, ind in enumerate(data.get("indicators", [])):
        places.append((f"indicators[{i}].uid", ind.get("uid")))
        places += [(f"indicators[{i}].values[{k}].uid", v.get("uid")) for k, v in enumerate(ind["values"])]
    for i, w in enumerate(data["workshops"]):
        places += [(f"workshops[{i}].participants[{k}].uid", p.get("uid"))
                   for k, p in enumerate(w["participants"])]
    seen: set[str] = set()
    for place, uid in places:
        if uid is None:
            continue
        if uid in seen:
            raise InterchangeError(place, f"identifiant {uid} en double : chaque élément a le sien.")
        seen.add(uid)


def _uid(item: Mapping[str, Any]) -> str:
    """The row's uid; a version-1 file has none, and each row gets a new one."""
    return item.get("uid") or new_uid()


def _cleaned(specs, values: Mapping[str, Any], place: str) -> dict[str, Any]:
    out = {}
    for name, value in values.items():
        try:
            out[name] = clean(specs[name], value)
        except ValidationError as exc:
            raise InterchangeError(f"{place}.{name}", exc.reason) from exc
    return out


def _integral_numbers_as_int(value: Any) -> Any:
    """2.0 is the integer 2 in JSON (and for the schema): store it as one."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral_numbers_as_int(v) for v in value]
    if isinstance(value, dict):
        return {k: _integral_numbers_as_int(v) for k, v in value.items()}
    return value


def _cents(value: int | float | None, place: str) -> int | None:
    """Euros to cents, rounded to the cent: 110.50000000001 (float noise) is 110,50 €."""
    if value is None:
        return None
    return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def load_into(session: Session, data: dict[str, Any], referential: Referential | None = None) -> None:
    """Fill an empty document from checked JSON data, in one transaction."""
    try:
        _build(session, data, referential)
        session.commit()
    except Exception:
        session.rollback()
        raise


def file_referential(data: dict[str, Any], referential: Referential | None = None) -> Referential:
    """The referential a checked file was made on: the copy it carries (`referential.data`);
    for a file without one, `referential` or the installed referential of that id and version."""
    named = data["referential"]
    if "data" in named:
        try:
            found = parse_referential(named["data"])
        except ReferentialError as exc:
            raise InterchangeError(
                "referential.data" + (f".{exc.place}" if exc.place else ""), exc.reason
            ) from None
    else:
        try:
            found = referential if referential is not None and referential.id == named["id"] else \
                referential_of(named["id"], named["version"], None)
        except ReferentialError as exc:
            raise InterchangeError("referential", str(exc)) from None
    if (named["id"], named["version"]) != (found.id, found.version):
        raise InterchangeError(
            "referential",
            f"référentiel inconnu « {named['id']} » version {named['version']} : cet essdesk connaît "
            f"« {found.id} » version {found.version}. Vérifiez le fichier, ou mettez "
            "essdesk à jour s'il vient d'une version plus récente.",
        )
    return found


def _check_parts(data: dict[str, Any], referential: Referential) -> None:
    """The file's parts and levers are those of its referential (custom levers aside)."""
    numbers = sorted(s["number"] for s in data["steps"])
    expected = [s.number for s in referential.steps]
    if numbers != expected:
        raise InterchangeError(
            "steps",
            f"le référentiel « {referential.id} » a {len(expected)} {referential.words.parts} : "
            f"le fichier en a {len(numbers)}. Exportez-le à nouveau depuis essdesk.",
        )
    part_of = {lv.code: lv.step for lv in referential.levers}
    for i, step in enumerate(data["steps"]):
        for j, lever in enumerate(step["levers"]):
            if lever["custom"]:
                continue
            place = f"steps[{i}].levers[{j}].code"
            if lever["code"] not in part_of:
                raise InterchangeError(
                    place,
                    f"le levier {lever['code']} n'existe pas dans le référentiel ; "
                    "marquez-le « custom »: true s'il a été ajouté par le groupe.",
                )
            if part_of[lever["code"]] != step["number"]:
                raise InterchangeError(
                    place,
                    f"le levier {lever['code']} appartient à la partie {part_of[lever['code']]} "
                    f"du référentiel, pas à la partie {step['number']}.",
                )


def _build(session: Session, data: dict[str, Any], referential: Referential | None) -> None:
    referential = file_referential(data, referential)
    _check_parts(data, referential)
    d = data["diagnostic"]
    diagnostic = Diagnostic(
        uid=_uid(d),
        referential_id=referential.id, referential_version=referential.version,
        referential_data=referential_dumps(referential),
        **_cleaned(DIAGNOSTIC_FIELDS, {
            "title": d["title"], "territory_name": d["territory"]["name"],
            "territory_kind": d["territory"]["kind"], "filiere_name": d["filiere"]["name"],
            "filiere_meaning": d["filiere"]["meaning"], "filiere_sector": d["filiere"]["sector"],
            "scenario": d["scenario"], "facilitator": d["facilitator"],
            "start_date": d["start_date"], "context": d["context"],
        }, "diagnostic"),
    )
    # In the session first: rows are then inserted in the order of the file (their ids follow
    # it, and so does the next export), not in the order cascades happen to reach them.
    session.add(diagnostic)
    actors = {}
    for i, a in enumerate(data["actors"]):
        values = {k: a[k] for k in ACTOR_FIELDS}
        actors[a["id"]] = Actor(uid=_uid(a), **_cleaned(ACTOR_FIELDS, values, f"actors[{i}]"))
        diagnostic.actors.append(actors[a["id"]])
        try:
            check_email(actors[a["id"]].email)  # as the services do, or the actor could not be edited
        except ValidationError as exc:
            raise InterchangeError(f"actors[{i}].email", exc.reason) from exc
    levers = {}
    for i, s in enumerate(sorted(data["steps"], key=lambda s: s["number"])):
        step = Step(number=s["number"], notes=_cleaned({"notes": LEVER_FIELDS["notes"]}, {"notes": s["notes"]}, f"steps[{i}]")["notes"])
        for j, lv in enumerate(s["levers"]):
            values = {k: lv[k] for k in ("label", "status", "priority", "weight", "notes", "owner", "due")}
            lever = Lever(uid=_uid(lv), code=lv["code"], custom=lv["custom"], position=j,
                          **_cleaned(LEVER_FIELDS, values, f"steps[{i}].levers[{j}]"))
            lever.actors = [actors[x] for x in dict.fromkeys(lv["actors"])]
            levers[lv["code"]] = lever
            step.levers.append(lever)
        diagnostic.steps.append(step)
    steps = {s.number: s for s in diagnostic.steps}
    for i, x in enumerate(data["actions"]):
        values = {k: x[k] for k in ACTION_FIELDS if k != "budget_cents"}
        values["budget_cents"] = _cents(x["budget"], f"actions[{i}].budget")
        action = Action(uid=_uid(x), **_cleaned(ACTION_FIELDS, values, f"actions[{i}]"))
        if action.start and action.end and action.end < action.start:
            raise InterchangeError(f"actions[{i}].end", "la fin ne peut pas précéder le début.")
        action.levers = [levers[c] for c in dict.fromkeys(x["levers"])]
        action.partners = [actors[p] for p in dict.fromkeys(x["partners"])]
        action.pilot = actors.get(x["pilot"]) if x["pilot"] is not None else None
        diagnostic.actions.append(action)
    for i, w in enumerate(data["workshops"]):
        values = {k: w[k] for k in WORKSHOP_FIELDS}
        workshop = Workshop(uid=_uid(w), dots_per_participant=w["dots_per_participant"],
                            **_cleaned(WORKSHOP_FIELDS, values, f"workshops[{i}]"))
        workshop.steps = [steps[n] for n in sorted(set(w["steps"]))]
        for k, p in enumerate(w["participants"]):
            person = Participant(uid=_uid(p), position=k, **_cleaned(
                PARTICIPANT_FIELDS, {"name": p["name"], "organisation": p["organisation"]},
                f"workshops[{i}].participants[{k}]"))
            person.actor = actors[p["actor"]] if p["actor"] is not None else None
            workshop.participants.append(person)
        for vote in w["votes"]:
            participant = workshop.participants[vote["participant"]] if vote["participant"] is not None else None
            uid = vote_uid(workshop.uid, levers[vote["lever"]].uid, participant.uid if participant else None)
            workshop.votes.append(Vote(uid=uid, lever=levers[vote["lever"]], participant=participant,
                                       dots=vote["dots"]))
        diagnostic.workshops.append(workshop)
    _build_indicators(session, data, diagnostic, levers,
                      {x["id"]: a for x, a in zip(data["actions"], diagnostic.actions, strict=True)})


def _build_indicators(session: Session, data: dict[str, Any], diagnostic: Diagnostic,
                      levers: Mapping[str, Lever], actions: Mapping[int, Action]) -> None:
    for i, ind in enumerate(data.get("indicators", [])):
        place = f"indicators[{i}]"
        indicator = Indicator(uid=_uid(ind), position=i, diagnostic=diagnostic, **_cleaned(
            INDICATOR_FIELDS, {k: ind[k] for k in INDICATOR_FIELDS}, place))
        indicator.lever = levers[ind["lever"]] if ind["lever"] is not None else None
        indicator.action = actions[ind["action"]] if ind["action"] is not None else None
        for k, v in enumerate(ind["values"]):
            indicator.values.append(IndicatorValue(uid=_uid(v), **_cleaned(
                INDICATOR_VALUE_FIELDS, {k2: v[k2] for k2 in INDICATOR_VALUE_FIELDS},
                f"{place}.values[{k}]")))
        session.add(indicator)
