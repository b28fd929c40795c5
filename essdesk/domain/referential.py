"""The methodological referential: steps, levers, examples and filières of the guide.

The referential is a versioned JSON file shipped in `resources/referential/` (its contract is
`referential.schema.json` next to it). This module is Qt-free and deliberately does not use
jsonschema: loading happens at start-up, so the structure is checked by hand, cheaply, and
every problem is reported in French with its place in the file (e.g.
`steps[2].levers[0].label`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from essdesk.errors import EssdeskError
from essdesk.paths import resources_dir  # defined there: light enough for the start

__all__ = [
    "Choice",
    "Example",
    "FiliereRef",
    "LeverRef",
    "Referential",
    "ReferentialError",
    "Rule",
    "StepRef",
    "Words",
    "load_referential",
    "parse_referential",
    "dumps",
    "loads",
    "referential_of",
    "referential_path",
    "shipped_referentials",
    "to_data",
    "resources_dir",
]

DEFAULT_REFERENTIAL = "rtes-filieres-ess-2023.json"

# A lever code is the referential's own ("3.2", "A1", "axe2-3"): short, no spaces.
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SLUG_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
_SOURCE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_VERSION_RE = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")

_ADVICE = "Restaurez le fichier d'origine ou réinstallez essdesk."


class ReferentialError(EssdeskError):
    """The referential cannot be used. `place` is where in the file (e.g. 'steps[2].title')."""

    def __init__(self, message: str, place: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.place = place
        self.reason = reason or message


class Example(NamedTuple):
    collectivite: str
    description: str
    # Which diagnostics the example speaks to most (shown first there); empty: any.
    territory_kinds: tuple[str, ...] = ()
    filieres: tuple[str, ...] = ()


class LeverRef(NamedTuple):
    code: str
    step: int
    label: str
    guidance: str
    examples: tuple[Example, ...]
    # What the group should ask itself before choosing a status.
    questions: tuple[str, ...] = ()
    # ActorCategory ids of the structures that usually carry the lever.
    actor_categories: tuple[str, ...] = ()


class StepRef(NamedTuple):
    """One part of the method: an étape, an axe, a défi… (the referential's `words`)."""

    number: int
    title: str
    objective: str
    guidance: str
    levers: tuple[LeverRef, ...]
    short_title: str = ""


class Words(NamedTuple):
    """How the referential names its parts and levers, in French."""

    part: str = "étape"
    parts: str = "étapes"
    lever: str = "levier"
    levers: str = "leviers"
    feminine: bool = True  # "la première étape" / "le premier axe"


class Rule(NamedTuple):
    """A rule of "Leviers à regarder ensuite", kept as data in the referential.

    kind: "priority_not_started" (params: priorities, statuses), "prerequisite" (params:
    part, dependents, below) or "done_elsewhere" (params: min); `why` is the French reason
    shown to the user, with {placeholders} the rule's evaluator fills in.
    """

    kind: str
    why: str
    params: dict[str, Any]


class Choice(NamedTuple):
    id: str
    label: str
    description: str


class FiliereRef(NamedTuple):
    id: str
    name: str
    sector: str
    sources: tuple[str, ...]


class Referential(NamedTuple):
    id: str
    version: str
    title: str
    publisher: str
    year: int | None
    meanings: tuple[Choice, ...]
    scenarios: tuple[Choice, ...]
    reasons: tuple[Choice, ...]
    recommendations: tuple[str, ...]
    steps: tuple[StepRef, ...]
    filieres: tuple[FiliereRef, ...]
    author: str = ""
    words: Words = Words()
    rules: tuple[Rule, ...] = ()

    def step(self, number: int) -> StepRef:
        """The part numbered `number` (1 to len(steps)); KeyError if there is none."""
        for step in self.steps:
            if step.number == number:
                return step
        raise KeyError(number)

    def lever(self, code: str) -> LeverRef:
        """The lever coded `code` (e.g. '3.2'); KeyError if there is none."""
        for step in self.steps:
            for lever in step.levers:
                if lever.code == code:
                    return lever
        raise KeyError(code)

    @property
    def levers(self) -> tuple[LeverRef, ...]:
        """Every lever, in the order of the steps and of the guide."""
        return tuple(lever for step in self.steps for lever in step.levers)


# --------------------------------------------------------------------------- locations


def referential_path() -> Path:
    """The referential shipped with essdesk."""
    return resources_dir() / "referential" / DEFAULT_REFERENTIAL


# --------------------------------------------------------------------------- checks


def _fail(place: str, problem: str) -> ReferentialError:
    where = place or "racine"
    message = f"Référentiel invalide, à l'emplacement « {where} » : {problem}"
    return ReferentialError(message, place, problem)


def _at(place: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{place}[{key}]"
    if not key:
        return place
    return f"{place}.{key}" if place else key


def _object(
    value: Any, place: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(place, "un objet JSON { … } est attendu.")
    for key in keys:
        if key not in value:
            raise _fail(_at(place, key), "ce champ obligatoire est absent.")
    extra = sorted(set(value) - set(keys) - set(optional))
    if extra:
        raise _fail(_at(place, extra[0]), "ce champ n'est pas prévu par le référentiel.")
    return value


def _text(value: Any, place: str) -> str:
    if not isinstance(value, str):
        raise _fail(place, "un texte est attendu.")
    if not value.strip():
        raise _fail(place, "le texte est vide.")
    return value


def _matching(value: Any, place: str, pattern: re.Pattern[str], expected: str) -> str:
    text = _text(value, place)
    if not pattern.match(text):
        raise _fail(place, f"« {text} » n'est pas valide ({expected} attendu).")
    return text


def _integer(value: Any, place: str, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(place, "un nombre entier est attendu.")
    if value < low or (high is not None and value > high):
        bounds = f"entre {low} et {high}" if high is not None else f"au moins {low}"
        raise _fail(place, f"{value} est hors limites ({bounds} attendu).")
    return value


_T = TypeVar("_T")


def _array(
    value: Any, place: str, item: Callable[[Any, str], _T], *, non_empty: bool = True
) -> tuple[_T, ...]:
    if not isinstance(value, list):
        raise _fail(place, "une liste [ … ] est attendue.")
    if non_empty and not value:
        raise _fail(place, "la liste est vide.")
    return tuple(item(element, _at(place, i)) for i, element in enumerate(value))


def _unique(values: list[Any], place: str, field: str, what: str) -> None:
    seen: set[Any] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise _fail(_at(_at(place, i), field), f"{what} « {value} » est en double.")
        seen.add(value)


def _choice(value: Any, place: str) -> Choice:
    data = _object(value, place, ("id", "label", "description"))
    return Choice(
        id=_matching(data["id"], _at(place, "id"), _ID_RE, "identifiant en minuscules"),
        label=_text(data["label"], _at(place, "label")),
        description=_text(data["description"], _at(place, "description")),
    )


def _choices(value: Any, place: str) -> tuple[Choice, ...]:
    choices = _array(value, place, _choice)
    _unique([c.id for c in choices], place, "id", "l'identifiant")
    return choices


def _ids(value: Any, place: str, allowed: frozenset[str] | None, what: str) -> tuple[str, ...]:
    """An optional list of identifiers, each among `allowed` when given."""
    ids = _array(
        value, place, lambda v, p: _matching(v, p, _ID_RE, "identifiant"), non_empty=False
    )
    for i, item in enumerate(ids):
        if allowed is not None and item not in allowed:
            choices = ", ".join(sorted(allowed))
            raise _fail(_at(place, i), f"« {item} » n'est pas {what} ; choisir parmi : {choices}.")
    _unique(list(ids), place, "", "l'identifiant")
    return ids


def _texts(value: Any, place: str) -> tuple[str, ...]:
    return _array(value, place, _text, non_empty=False)


def _example(value: Any, place: str) -> Example:
    data = _object(
        value, place, ("collectivite", "description"), ("territory_kinds", "filieres")
    )
    return Example(
        collectivite=_text(data["collectivite"], _at(place, "collectivite")),
        description=_text(data["description"], _at(place, "description")),
        territory_kinds=_ids(
            data.get("territory_kinds", []), _at(place, "territory_kinds"),
            _enum_ids("TerritoryKind"), "un type de territoire",
        ),
        filieres=_ids(data.get("filieres", []), _at(place, "filieres"), None, "une filière"),
    )


def _lever(value: Any, place: str, step: int) -> LeverRef:
    data = _object(
        value, place, ("code", "label"),
        ("guidance", "examples", "questions", "actor_categories"),
    )
    code = _matching(
        data["code"], _at(place, "code"), _CODE_RE,
        "code court sans espace, de la forme « 3.2 » ou « A1 »",
    )
    return LeverRef(
        code=code,
        step=step,
        label=_text(data["label"], _at(place, "label")),
        guidance=_optional_text(data, "guidance", place),
        examples=_array(
            data.get("examples", []), _at(place, "examples"), _example, non_empty=False
        ),
        questions=_texts(data.get("questions", []), _at(place, "questions")),
        actor_categories=_ids(
            data.get("actor_categories", []), _at(place, "actor_categories"),
            _enum_ids("ActorCategory"), "une catégorie d'acteur",
        ),
    )


def _optional_text(data: dict[str, Any], key: str, place: str) -> str:
    """A text that may be absent or empty (guidance a method does not give)."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _fail(_at(place, key), "un texte est attendu.")
    return value


def _step(value: Any, place: str) -> StepRef:
    data = _object(
        value, place, ("number", "title", "levers"), ("short_title", "objective", "guidance")
    )
    number = _integer(data["number"], _at(place, "number"), 1)
    levers_place = _at(place, "levers")
    title = _text(data["title"], _at(place, "title"))
    short = data.get("short_title")
    return StepRef(
        number=number,
        title=title,
        objective=_optional_text(data, "objective", place),
        guidance=_optional_text(data, "guidance", place),
        levers=_array(data["levers"], levers_place, lambda v, p: _lever(v, p, number)),
        short_title=title if short is None else _text(short, _at(place, "short_title")),
    )


def _words(value: Any, place: str) -> Words:
    data = _object(value, place, ("part", "parts", "lever", "levers"), ("feminine",))
    feminine = data.get("feminine", True)
    if not isinstance(feminine, bool):
        raise _fail(_at(place, "feminine"), "true ou false est attendu.")
    return Words(
        part=_text(data["part"], _at(place, "part")),
        parts=_text(data["parts"], _at(place, "parts")),
        lever=_text(data["lever"], _at(place, "lever")),
        levers=_text(data["levers"], _at(place, "levers")),
        feminine=feminine,
    )


_RULE_PARAMS: dict[str, tuple[str, ...]] = {
    "priority_not_started": ("priorities", "statuses"),
    "prerequisite": ("part", "dependents", "below"),
    "done_elsewhere": ("min",),
}


def _rule(value: Any, place: str, parts: int) -> Rule:
    if not isinstance(value, dict) or "kind" not in value:
        raise _fail(_at(place, "kind"), "chaque règle doit avoir un champ « kind ».")
    kind = value["kind"]
    if kind not in _RULE_PARAMS:
        kinds = ", ".join(_RULE_PARAMS)
        raise _fail(_at(place, "kind"), f"« {kind} » n'est pas une règle connue ({kinds}).")
    data = _object(value, place, ("kind", "why", *_RULE_PARAMS[kind]))
    params: dict[str, Any] = {}
    if kind == "priority_not_started":
        params["priorities"] = _ids(
            data["priorities"], _at(place, "priorities"), _enum_ids("Priority"), "une priorité"
        )
        params["statuses"] = _ids(
            data["statuses"], _at(place, "statuses"), _enum_ids("LeverStatus"), "un statut"
        )
    elif kind == "prerequisite":
        params["part"] = _integer(data["part"], _at(place, "part"), 1, parts)
        params["dependents"] = _array(
            data["dependents"], _at(place, "dependents"), lambda v, p: _integer(v, p, 1, parts)
        )
        params["below"] = _integer(data["below"], _at(place, "below"), 1, 100)
    else:
        params["min"] = _integer(data["min"], _at(place, "min"), 1)
    return Rule(kind=kind, why=_text(data["why"], _at(place, "why")), params=params)


@functools.cache
def _enum_ids(name: str) -> frozenset[str]:
    from essdesk.models import enums  # the models' own vocabulary, no Qt

    return frozenset(member.value for member in getattr(enums, name))


def _recommendation(value: Any, place: str) -> tuple[int, str]:
    data = _object(value, place, ("number", "text"))
    number = _integer(data["number"], _at(place, "number"), 1)
    return number, _text(data["text"], _at(place, "text"))


def _filiere(value: Any, place: str) -> FiliereRef:
    data = _object(value, place, ("id", "name", "sector", "sources"))
    sources_place = _at(place, "sources")
    sources = _array(
        data["sources"],
        sources_place,
        lambda v, p: _matching(v, p, _SOURCE_RE, "identifiant de source"),
    )
    _unique(list(sources), sources_place, "", "la source")
    return FiliereRef(
        id=_matching(data["id"], _at(place, "id"), _ID_RE, "identifiant en minuscules"),
        name=_text(data["name"], _at(place, "name")),
        sector=_text(data["sector"], _at(place, "sector")),
        sources=sources,
    )


_TOP_KEYS = ("id", "version", "title", "publisher", "steps")
_OPTIONAL_KEYS = (
    "author",
    "year",
    "words",
    "meanings",
    "scenarios",
    "reasons",
    "recommendations",
    "filieres",
    "rules",
)


def parse_referential(data: Any) -> Referential:
    """Check the structure of decoded JSON and build the referential.

    Raises ReferentialError naming the faulty place, e.g. 'steps[2].levers[0].label'.
    """
    top = _object(data, "", _TOP_KEYS, _OPTIONAL_KEYS)

    recommendations = _array(
        top.get("recommendations", []), "recommendations", _recommendation, non_empty=False
    )
    for i, (number, _) in enumerate(recommendations):
        if number != i + 1:
            raise _fail(
                f"recommendations[{i}].number",
                f"{number} trouvé, {i + 1} attendu (numérotation continue à partir de 1).",
            )

    steps = _array(top["steps"], "steps", _step)
    for i, step in enumerate(steps):
        if step.number != i + 1:
            raise _fail(
                f"steps[{i}].number",
                f"{step.number} trouvé, {i + 1} attendu (parties numérotées 1, 2, 3… "
                "dans l'ordre).",
            )
    codes: set[str] = set()
    for i, step in enumerate(steps):
        for j, lever in enumerate(step.levers):
            if lever.code in codes:
                raise _fail(
                    f"steps[{i}].levers[{j}].code",
                    f"le code « {lever.code} » est en double : chaque levier doit avoir "
                    "son propre code.",
                )
            codes.add(lever.code)

    filieres = _array(top.get("filieres", []), "filieres", _filiere, non_empty=False)
    _unique([f.id for f in filieres], "filieres", "id", "l'identifiant")

    def choices(key: str) -> tuple[Choice, ...]:
        return _choices(top[key], key) if key in top else ()

    publisher = _text(top["publisher"], "publisher")
    return Referential(
        id=_matching(top["id"], "id", _SLUG_RE, "identifiant en minuscules"),
        version=_matching(top["version"], "version", _VERSION_RE, "numéro de version X.Y.Z"),
        title=_text(top["title"], "title"),
        publisher=publisher,
        year=_integer(top["year"], "year", 1900, 2100) if "year" in top else None,
        meanings=choices("meanings"),
        scenarios=choices("scenarios"),
        reasons=choices("reasons"),
        recommendations=tuple(text for _, text in recommendations),
        steps=steps,
        filieres=filieres,
        author=_text(top["author"], "author") if "author" in top else publisher,
        words=_words(top["words"], "words") if "words" in top else Words(),
        rules=_array(
            top.get("rules", []), "rules", lambda v, p: _rule(v, p, len(steps)), non_empty=False
        ),
    )


# --------------------------------------------------------------------------- loading


def _read(path: Path) -> Referential:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReferentialError(
            f"Le référentiel « {path} » est introuvable : réinstallez essdesk."
        ) from None
    except OSError as exc:
        raise ReferentialError(
            f"Le référentiel « {path} » ne peut pas être lu ({exc.strerror or exc}) : "
            "vérifiez les droits d'accès au dossier d'installation ou réinstallez essdesk."
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReferentialError(
            f"Le référentiel « {path} » n'est pas encodé en UTF-8 (octet {exc.start}). {_ADVICE}"
        ) from exc
    except json.JSONDecodeError as exc:
        raise ReferentialError(
            f"Le référentiel « {path} » n'est pas un JSON valide (ligne {exc.lineno}, "
            f"colonne {exc.colno} : {exc.msg}). {_ADVICE}"
        ) from exc
    except RecursionError as exc:  # nested deeper than the parser goes
        raise ReferentialError(
            f"Le référentiel « {path} » n'est pas un JSON lisible (imbrication trop profonde). "
            f"{_ADVICE}"
        ) from exc
    try:
        return parse_referential(data)
    except ReferentialError as exc:
        where = exc.place or "racine"
        raise ReferentialError(
            f"Le référentiel « {path} » est invalide, à l'emplacement « {where} » : "
            f"{exc.reason} {_ADVICE}",
            exc.place,
            exc.reason,
        ) from None


@functools.lru_cache(maxsize=1)
def _load_default() -> Referential:
    return _read(referential_path())


def load_referential(path: Path | None = None) -> Referential:
    """Load and check a referential; the shipped one (path=None) is read only once."""
    if path is None:
        return _load_default()
    return _read(Path(path))


# --------------------------------------------------------------------------- the copy a diagnostic carries


def to_data(referential: Referential) -> dict[str, Any]:
    """The referential as JSON data that `parse_referential` reads back to the same value."""

    def example(e: Example) -> dict[str, Any]:
        data: dict[str, Any] = {"collectivite": e.collectivite, "description": e.description}
        if e.territory_kinds:
            data["territory_kinds"] = list(e.territory_kinds)
        if e.filieres:
            data["filieres"] = list(e.filieres)
        return data

    def lever(x: LeverRef) -> dict[str, Any]:
        data: dict[str, Any] = {"code": x.code, "label": x.label, "guidance": x.guidance,
                                "examples": [example(e) for e in x.examples]}
        if x.questions:
            data["questions"] = list(x.questions)
        if x.actor_categories:
            data["actor_categories"] = list(x.actor_categories)
        return data

    def choices(items: tuple[Choice, ...]) -> list[dict[str, str]]:
        return [c._asdict() for c in items]

    data: dict[str, Any] = {
        "id": referential.id,
        "version": referential.version,
        "title": referential.title,
        "publisher": referential.publisher,
        "author": referential.author,
        "words": referential.words._asdict(),
        "steps": [
            {"number": s.number, "title": s.title, "short_title": s.short_title,
             "objective": s.objective, "guidance": s.guidance,
             "levers": [lever(x) for x in s.levers]}
            for s in referential.steps
        ],
        "filieres": [
            {"id": f.id, "name": f.name, "sector": f.sector, "sources": list(f.sources)}
            for f in referential.filieres
        ],
        "recommendations": [
            {"number": i, "text": text} for i, text in enumerate(referential.recommendations, 1)
        ],
        "rules": [
            {"kind": r.kind, "why": r.why,
             **{k: list(v) if isinstance(v, tuple) else v for k, v in r.params.items()}}
            for r in referential.rules
        ],
    }
    if referential.year is not None:
        data["year"] = referential.year
    for key in ("meanings", "scenarios", "reasons"):
        if getattr(referential, key):
            data[key] = choices(getattr(referential, key))
    return data


def dumps(referential: Referential) -> str:
    """Canonical JSON text of the referential (what `diagnostic.referential_data` holds)."""
    return json.dumps(to_data(referential), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


@functools.lru_cache(maxsize=8)
def loads(text: str) -> Referential:
    """The referential a diagnostic carries (cached: documents are reopened often)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested too deep
        where = f" (ligne {exc.lineno}, colonne {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ReferentialError(
            f"Le référentiel enregistré dans ce diagnostic est illisible{where}. "
            "Restaurez une sauvegarde du fichier."
        ) from exc
    return parse_referential(data)


@functools.lru_cache(maxsize=1)
def shipped_referentials() -> tuple[Referential, ...]:
    """Every referential shipped in `resources/referential/`, the default one first (read
    once: they are part of the installation)."""
    folder = resources_dir() / "referential"
    paths = sorted(p for p in folder.glob("*.json") if not p.name.endswith(".schema.json"))
    found = [load_referential(p) for p in paths if p.name != DEFAULT_REFERENTIAL]
    return (load_referential(), *found)


def referential_of(referential_id: str, referential_version: str, data: str | None) -> Referential:
    """The referential of a diagnostic: its own copy, else the shipped one of that id.

    Files made before diagnostics carried their referential (schema v1–v3) were all made on
    a shipped referential.
    """
    if data:
        return loads(data)
    for shipped in shipped_referentials():
        if shipped.id == referential_id:
            return shipped
    raise ReferentialError(
        f"Ce diagnostic a été fait avec le référentiel « {referential_id} » "
        f"(version {referential_version}), qui n'est pas installé et dont le fichier ne "
        "contient pas de copie : installez-le (Fichier › Référentiels…) puis rouvrez le fichier."
    )
