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
    "StepRef",
    "load_referential",
    "parse_referential",
    "referential_path",
    "resources_dir",
]

DEFAULT_REFERENTIAL = "rtes-filieres-ess-2023.json"

_CODE_RE = re.compile(r"^[1-7]\.[0-9]+$")
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


class LeverRef(NamedTuple):
    code: str
    step: int
    label: str
    guidance: str
    examples: tuple[Example, ...]


class StepRef(NamedTuple):
    number: int
    title: str
    objective: str
    guidance: str
    levers: tuple[LeverRef, ...]


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
    year: int
    meanings: tuple[Choice, ...]
    scenarios: tuple[Choice, ...]
    reasons: tuple[Choice, ...]
    recommendations: tuple[str, ...]
    steps: tuple[StepRef, ...]
    filieres: tuple[FiliereRef, ...]

    def step(self, number: int) -> StepRef:
        """The step numbered `number` (1 to 7); KeyError if there is none."""
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


def _object(value: Any, place: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(place, "un objet JSON { … } est attendu.")
    for key in keys:
        if key not in value:
            raise _fail(_at(place, key), "ce champ obligatoire est absent.")
    extra = sorted(set(value) - set(keys))
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


def _example(value: Any, place: str) -> Example:
    data = _object(value, place, ("collectivite", "description"))
    return Example(
        collectivite=_text(data["collectivite"], _at(place, "collectivite")),
        description=_text(data["description"], _at(place, "description")),
    )


def _lever(value: Any, place: str, step: int) -> LeverRef:
    data = _object(value, place, ("code", "label", "guidance", "examples"))
    code = _matching(data["code"], _at(place, "code"), _CODE_RE, "code de la forme « 3.2 »")
    if code.split(".")[0] != str(step):
        raise _fail(_at(place, "code"), f"le code « {code} » n'appartient pas à l'étape {step}.")
    return LeverRef(
        code=code,
        step=step,
        label=_text(data["label"], _at(place, "label")),
        guidance=_text(data["guidance"], _at(place, "guidance")),
        examples=_array(data["examples"], _at(place, "examples"), _example, non_empty=False),
    )


def _step(value: Any, place: str) -> StepRef:
    data = _object(value, place, ("number", "title", "objective", "guidance", "levers"))
    number = _integer(data["number"], _at(place, "number"), 1, 7)
    levers_place = _at(place, "levers")
    return StepRef(
        number=number,
        title=_text(data["title"], _at(place, "title")),
        objective=_text(data["objective"], _at(place, "objective")),
        guidance=_text(data["guidance"], _at(place, "guidance")),
        levers=_array(data["levers"], levers_place, lambda v, p: _lever(v, p, number)),
    )


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


_TOP_KEYS = (
    "id",
    "version",
    "title",
    "publisher",
    "year",
    "meanings",
    "scenarios",
    "reasons",
    "recommendations",
    "steps",
    "filieres",
)


def parse_referential(data: Any) -> Referential:
    """Check the structure of decoded JSON and build the referential.

    Raises ReferentialError naming the faulty place, e.g. 'steps[2].levers[0].label'.
    """
    top = _object(data, "", _TOP_KEYS)

    recommendations = _array(top["recommendations"], "recommendations", _recommendation)
    for i, (number, _) in enumerate(recommendations):
        if number != i + 1:
            raise _fail(
                f"recommendations[{i}].number",
                f"{number} trouvé, {i + 1} attendu (numérotation continue à partir de 1).",
            )

    steps = _array(top["steps"], "steps", _step)
    _unique([s.number for s in steps], "steps", "number", "l'étape numéro")
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

    filieres = _array(top["filieres"], "filieres", _filiere)
    _unique([f.id for f in filieres], "filieres", "id", "l'identifiant")

    return Referential(
        id=_matching(top["id"], "id", _SLUG_RE, "identifiant en minuscules"),
        version=_matching(top["version"], "version", _VERSION_RE, "numéro de version X.Y.Z"),
        title=_text(top["title"], "title"),
        publisher=_text(top["publisher"], "publisher"),
        year=_integer(top["year"], "year", 1900, 2100),
        meanings=_choices(top["meanings"], "meanings"),
        scenarios=_choices(top["scenarios"], "scenarios"),
        reasons=_choices(top["reasons"], "reasons"),
        recommendations=tuple(text for _, text in recommendations),
        steps=steps,
        filieres=filieres,
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
