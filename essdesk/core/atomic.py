"""Write a file so that readers see the old content or the new one, never half of it."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from essdesk.core.errors import DocumentError


def temporary_sibling(target: Path) -> Path:
    """A hidden temporary path in the target's folder (same file system: rename is atomic)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")


def write_atomically(target: Path, payload: bytes) -> None:
    from essdesk.core.document import os_error_message

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
