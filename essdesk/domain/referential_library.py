"""The referentials a user can start a diagnostic on: built-in ones and installed ones.

Installed referentials live in the user data folder (`paths.data_dir()/referentials`, one
`<id>.json` each, the canonical JSON of `referential.dumps`): only the newest version of an
id is kept, since every diagnostic carries its own copy of the version it was made on.
A built-in id can be replaced by a newer installed version, never by an older one, and a
built-in referential cannot be removed. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from essdesk import paths
from essdesk.domain.referential import (
    Referential,
    ReferentialError,
    dumps,
    parse_referential,
    shipped_referentials,
)
from essdesk.errors import EssdeskError
from essdesk.store.atomic import write_atomically


@dataclass(frozen=True)
class Entry:
    referential: Referential
    builtin: bool  # shipped with essdesk (not a file of the user's)


def folder() -> Path:
    path = paths.data_dir() / "referentials"
    path.mkdir(parents=True, exist_ok=True)
    return path


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def read_file(path: Path) -> Referential:
    """A referential file given by the user: JSON, or a spreadsheet (.xlsx)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from essdesk.domain.referential_xlsx import import_xlsx

        return import_xlsx(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise EssdeskError(f"Le fichier « {path} » est introuvable.") from None
    except OSError as exc:
        raise EssdeskError(f"« {path} » ne peut pas être lu ({exc.strerror or exc}).") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EssdeskError(
            f"« {path.name} » n'est ni un référentiel JSON lisible ni un tableur .xlsx ({exc})."
        ) from None
    except RecursionError:  # nested deeper than the parser goes: no method looks like that
        raise EssdeskError(
            f"« {path.name} » n'est pas un référentiel lisible (listes imbriquées sur des "
            "milliers de niveaux)."
        ) from None
    try:
        return parse_referential(data)
    except ReferentialError as exc:
        raise ReferentialError(
            f"« {path.name} » n'est pas un référentiel valide, à l'emplacement "
            f"« {exc.place or 'racine'} » : {exc.reason}",
            exc.place,
            exc.reason,
        ) from None


def installed() -> tuple[Referential, ...]:
    """The user's installed referentials, by title (a damaged file is skipped, not fatal)."""
    found = []
    for path in sorted(folder().glob("*.json")):
        try:
            found.append(read_file(path))
        except EssdeskError:
            continue
    return tuple(sorted(found, key=lambda r: r.title.casefold()))


def available() -> tuple[Entry, ...]:
    """Every referential one can start on: built-ins first (unless an installed newer
    version of the same id takes its place), then the installed ones."""
    builtins = {r.id: r for r in shipped_referentials()}
    mine = {r.id: r for r in installed()}
    entries = []
    for ident, shipped in builtins.items():
        newer = mine.pop(ident, None)
        entries.append(Entry(newer, False) if newer else Entry(shipped, True))
    entries.extend(Entry(r, False) for r in mine.values())
    return tuple(entries)


def find(referential_id: str) -> Referential:
    entries = available()
    for entry in entries:
        if entry.referential.id == referential_id:
            return entry.referential
    known = ", ".join(e.referential.id for e in entries)
    raise EssdeskError(
        f"Aucun référentiel « {referential_id} » n'est installé ; référentiels disponibles : "
        f"{known} (essdesk referential list)."
    )


def newest(referential_id: str) -> Referential | None:
    """The newest available version of an id (None: neither built in nor installed)."""
    for entry in available():
        if entry.referential.id == referential_id:
            return entry.referential
    return None


def install(path: Path) -> Referential:
    """Install a referential file (JSON or .xlsx); a newer version replaces the old one."""
    referential = read_file(path)
    current = newest(referential.id)
    if current is not None:
        new, old = version_key(referential.version), version_key(current.version)
        if new < old:
            raise EssdeskError(
                f"« {referential.title} » version {referential.version} est plus ancienne que "
                f"la version {current.version} déjà disponible : rien n'a été installé."
            )
        if new == old and dumps(current) != dumps(referential):
            raise EssdeskError(
                f"La version {referential.version} de « {referential.title} » est déjà "
                "installée avec un autre contenu : augmentez le numéro de version du fichier "
                "(par ex. 1.0.1) puis réinstallez-le."
            )
    write_atomically(folder() / f"{referential.id}.json", dumps(referential).encode("utf-8"))
    return referential


def remove(referential_id: str) -> str:
    """Remove an installed referential (its title is returned); diagnostics made on it keep
    their own copy."""
    target = folder() / f"{referential_id}.json"
    if not target.exists():
        for shipped in shipped_referentials():
            if shipped.id == referential_id:
                raise EssdeskError(
                    f"« {shipped.title} » est livré avec essdesk : il ne peut pas être supprimé."
                )
        find(referential_id)  # raises, naming the available ones
    try:
        title = read_file(target).title
    except EssdeskError:  # a damaged file can still be removed
        title = referential_id
    try:
        target.unlink()
    except OSError as exc:
        raise EssdeskError(
            f"« {target} » n'a pas pu être supprimé ({exc.strerror or exc})."
        ) from None
    return title
