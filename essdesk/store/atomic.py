"""Write a file so that readers see the old content or the new one, never half of it.

One naming scheme for the temporary files of every writer (document save, JSON export,
Excel/PDF export, sidecars), so that what a killed writer left behind can be found again.
"""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

from essdesk.errors import DocumentError


def temporary_sibling(target: Path) -> Path:
    """A hidden temporary path in the target's folder (same file system: rename is atomic)."""
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")


def remove_stale_temporaries(target: Path) -> None:
    """Temporary files of a write to `target` that was killed midway (never `target`)."""
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Best effort: the rename itself already happened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(target: Path, payload: bytes) -> None:
    from essdesk.store.document import os_error_message

    target = Path(target)
    tmp = temporary_sibling(target)
    try:
        with tmp.open("wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DocumentError(os_error_message(exc, target, "d'écrire")) from exc
    fsync_dir(target.parent)
