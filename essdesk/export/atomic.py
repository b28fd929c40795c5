"""Export files appear complete or not at all.

Each output is written to a hidden temporary file in the target's folder (same file system,
so the final rename is atomic) and only renamed over the target when every output of the
export is complete. A failed or cancelled export removes its temporary files and leaves any
existing file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from essdesk.export.base import ExportError
from essdesk.store.atomic import fsync_dir, temporary_sibling


def _quoted(path: Path) -> str:
    return f"« {path.name} »"


def write_error_message(exc: OSError, target: Path) -> str:
    """French sentence for a failure while writing the temporary file."""
    if exc.errno == errno.ENOSPC:
        return (
            f"Impossible d'exporter {_quoted(target)} : le disque est plein. Libérez de la "
            "place ou choisissez un autre emplacement."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Impossible d'exporter {_quoted(target)} : vous n'avez pas le droit d'écrire dans "
            f"le dossier {target.parent}. Choisissez un autre emplacement."
        )
    return (
        f"Impossible d'exporter {_quoted(target)} ({exc.strerror or exc}). "
        "Choisissez un autre emplacement ou réessayez."
    )


def replace_error_message(exc: OSError, target: Path) -> str:
    """French sentence for a failure while putting the finished file in place."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return (
            f"Impossible de remplacer {_quoted(target)} : le fichier est ouvert dans un autre "
            "programme (Excel, LibreOffice, un lecteur PDF…) ou protégé en écriture. Fermez-le "
            "puis relancez l'export ; le fichier existant n'a pas été modifié."
        )
    return write_error_message(exc, target) + " Le fichier existant n'a pas été modifié."


class PendingFile:
    """A temporary file beside `target`, renamed over it by `commit()`."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target).absolute()
        folder = self.target.parent
        if not folder.is_dir():
            raise ExportError(
                f"Le dossier {folder} n'existe pas : choisissez un autre emplacement."
            )
        if self.target.is_dir():
            raise ExportError(
                f"{_quoted(self.target)} est un dossier : choisissez un nom de fichier."
            )
        self.tmp = temporary_sibling(self.target)

    def commit(self) -> Path:
        try:
            with self.tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            self.discard()
            raise ExportError(write_error_message(exc, self.target)) from exc
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise ExportError(replace_error_message(exc, self.target)) from exc
        fsync_dir(self.target.parent)
        return self.target

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.tmp.unlink()

