"""The real LibreOffice, headless, for the tests of files users re-save (or convert) with it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) n'est pas installé"
)


def convert(
    *sources: Path, to: str, outdir: Path, profile: Path, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """`soffice --convert-to TO` of `sources` into `outdir`, with the user profile `profile`
    (a folder of the test's own: a shared one would be locked by a parallel run)."""
    assert SOFFICE is not None
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.absolute().as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=check,
        capture_output=True,
        text=True,
        timeout=240,
    )
