"""What makes a file an essdesk document, checked without SQLAlchemy.

A document is a SQLite database stamped with `PRAGMA application_id` (essdesk's files among
all SQLite files) and `PRAGMA user_version` (the schema version). These checks read the
file's header and run SQLite's own checks; they are shared by `Document.open`, backups and
the read-only snapshots the exports use, and they import nothing heavy (start-up and
export speed, issue 6).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from essdesk.errors import DocumentError

APPLICATION_ID = 0x45535344  # "ESSD"
SCHEMA_VERSION = 1
SQLITE_HEADER = b"SQLite format 3\x00"


def quoted_name(path: Path) -> str:
    return f"« {path.name} »"


def inspect_file(path: Path) -> int:
    """Check that `path` is an essdesk document we can read; return its schema version.

    Reads the file without changing a byte of it. Raises DocumentError with a French message.
    """
    if not path.exists():
        raise DocumentError(f"Le fichier {quoted_name(path)} est introuvable. Vérifiez son emplacement.")
    if path.is_dir():
        raise DocumentError(f"{quoted_name(path)} est un dossier, pas un diagnostic essdesk.")
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
    if user_version < 1:
        raise DocumentError(damaged_message(path))
    return user_version


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
