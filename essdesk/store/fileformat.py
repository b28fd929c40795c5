"""What makes a file an essdesk document, checked without SQLAlchemy.

A document is a SQLite database stamped with `PRAGMA application_id` (essdesk's files among
all SQLite files) and `PRAGMA user_version` (the schema version). These checks read the
file's header and run SQLite's own checks; they are shared by `Document.open`, backups and
the read-only snapshots the exports use, and they import nothing heavy (start-up and
export speed, issue 6).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from essdesk.errors import DocumentError

APPLICATION_ID = 0x45535344  # "ESSD"
SCHEMA_VERSION = 4
SQLITE_HEADER = b"SQLite format 3\x00"


def quoted_name(path: Path) -> str:
    return f"« {path.name} »"


def inspect_file(path: Path) -> int:
    """Check that `path` is an essdesk document we can read; return its schema version.

    Reads the file without changing a byte of it. Raises DocumentError with a French message.
    """
    mode = _stat_mode(path)
    if stat.S_ISDIR(mode):
        raise DocumentError(f"{quoted_name(path)} est un dossier, pas un diagnostic essdesk.")
    if not stat.S_ISREG(mode):
        # A pipe or a device would block every read: refuse before opening it.
        raise DocumentError(
            f"{quoted_name(path)} n'est pas un fichier ordinaire (tube, périphérique ou "
            "socket) : ce n'est pas un diagnostic essdesk. Choisissez un fichier .essdesk."
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DocumentError(
            f"Impossible de lire {quoted_name(path)} ({exc.strerror}). Vérifiez vos droits sur ce fichier."
        ) from exc
    if not header:
        raise DocumentError(
            f"Le fichier {quoted_name(path)} est vide : ce n'est pas un diagnostic essdesk. "
            "Choisissez un autre fichier, ou restaurez une sauvegarde."
        )
    if not header.startswith(SQLITE_HEADER):
        raise DocumentError(
            f"Le fichier {quoted_name(path)} n'est pas un diagnostic essdesk (son contenu n'est pas "
            "une base de données essdesk). Choisissez un fichier .essdesk, ou importez un "
            "fichier JSON avec « Fichier › Importer (JSON)… »."
        )
    if len(header) < 100:
        raise DocumentError(damaged_message(path))
    application_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise DocumentError(
            f"Le fichier {quoted_name(path)} est une base de données d'une autre application, pas un "
            "diagnostic essdesk. Choisissez un fichier .essdesk."
        )
    if user_version > SCHEMA_VERSION:
        raise DocumentError(
            f"Le diagnostic {quoted_name(path)} a été créé par une version plus récente d'essdesk "
            f"(format {user_version}, celle-ci lit jusqu'au format {SCHEMA_VERSION}). "
            "Mettez essdesk à jour pour l'ouvrir ; le fichier n'a pas été modifié."
        )
    if user_version < 1 or not _sound_layout(header, path.stat().st_size):
        raise DocumentError(damaged_message(path))
    return user_version


def _stat_mode(path: Path) -> int:
    try:
        return os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(
                f"{quoted_name(path)} est un lien symbolique qui renvoie à lui-même (boucle de "
                "liens) : il ne mène à aucun fichier. Ouvrez le diagnostic à son vrai emplacement."
            ) from exc
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise DocumentError(
                f"Le fichier {quoted_name(path)} est introuvable. Vérifiez son emplacement."
            ) from exc
        raise DocumentError(
            f"Impossible de lire {quoted_name(path)} ({exc.strerror}). Vérifiez vos droits sur ce fichier."
        ) from exc


def _sound_layout(header: bytes, size: int) -> bool:
    """What the header promises, the file holds: page size, format bytes, whole pages.

    SQLite reads a file cut short by a few bytes without complaint, and returns zeros for
    what is missing; an essdesk file is always whole pages.
    """
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    if header[18] not in (1, 2) or header[19] not in (1, 2):  # write / read format versions
        return False
    if size % page_size:
        return False
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96] == header[24:28]  # the in-header size is current
    return not (valid_for and pages * page_size > size)


def is_wal(path: Path) -> bool:
    """Whether the file is in WAL mode: reading it in place would create -wal/-shm beside it."""
    with path.open("rb") as fh:
        header = fh.read(20)
    return len(header) == 20 and header[18] == 2


def unreadable_message(path: Path, problem: str) -> str:
    return (
        f"Le diagnostic {quoted_name(path)} ne peut pas être lu par essdesk : {problem}. "
        "Il a sans doute été modifié par un autre programme. Restaurez une sauvegarde "
        "(Fichier › Restaurer une sauvegarde…, ou « essdesk backups FICHIER ») ; "
        "le fichier n'a pas été modifié."
    )


def damaged_message(path: Path) -> str:
    return (
        f"Le diagnostic {quoted_name(path)} est endommagé et ne peut pas être ouvert. "
        "Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…) ; "
        "le fichier n'a pas été modifié."
    )


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Problems reported by SQLite's integrity and foreign key checks (empty when sound)."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [
        f"référence invalide dans la table {row[0]}" for row in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems
