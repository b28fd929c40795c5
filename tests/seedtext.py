"""Reading the seed texts (PDF extractions of the methods) and comparing them with JSON text.

Shared by the tests that check a shipped referential against the document it transcribes
(tests/test_referential*.py). The normalisation is light on purpose: whitespace collapsed,
typographic apostrophes made straight, line-break hyphenation and soft hyphens repaired, so
a typo, a missing word or a label cut in the wrong place still makes a comparison fail.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest

SEEDS = "shared/seeds"


def norm(text: str) -> str:
    """Normalise PDF-extracted text and JSON text the same way, and nothing more."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "")  # soft hyphens
    text = re.sub(r"[\u2019\u2018\u02bc]", "'", text)  # ’ ‘ ʼ -> '
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(?<=\w)- (?=\w)", "-", text)  # "multi-\ncollectivités"
    return text.strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive form, for names printed in capitals without accents."""
    decomposed = unicodedata.normalize("NFD", norm(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def quoted(text: str, source: str) -> bool:
    """Whether `text` is a verbatim excerpt of the normalised `source`.

    An excerpt taken from inside a sentence may start with a capital and end with a full
    stop the source does not have there ("… : mobiliser" -> "Mobiliser …."); nothing else.
    """
    excerpt = norm(text).removesuffix(".")
    return excerpt in source or lower_first(excerpt) in source


def seed_path(env: str, name: str) -> Path | None:
    """The seed `name` (/work/shared/seeds from a checkout or a worktree), or $env's file."""
    if override := os.environ.get(env):
        path = Path(override)
        return path if path.is_file() else None
    here = Path(__file__).resolve()
    # /work/main/tests/x.py -> /work/shared/seeds; one level up (a worktree) is also tried
    for base in (here.parents[2], here.parents[2].parent):
        candidate = base / SEEDS / name
        if candidate.is_file():
            return candidate
    return None


def read_seed(env: str, name: str, what: str) -> str:
    """The seed's text, or the test is skipped saying which document is missing."""
    path = seed_path(env, name)
    if path is None:
        pytest.skip(f"{what} absent ({SEEDS}/{name}, ou variable {env})")
    return path.read_text(encoding="utf-8")
