"""TrueType fonts parsed once per machine, not once per export (issue 6).

reportlab parses a font's tables in pure Python every time the font is loaded: 15-30 ms
for each DejaVu face here, about a tenth of a whole `essdesk export --pdf` of the demo.
What the parse yields (metrics, character map, glyph offsets, names) depends only on the
font file, reportlab's version and the Python that wrote it, so `load_font` keeps it in the
cache folder (`paths.cache_dir()`) as one marshal file per font, which loads in ~4 ms; the
font bytes themselves are read from the font file again (they are what subsetting copies).
reportlab imports hashlib already: the entries' checksum costs no import.

The cache can only make an export faster, never wrong or failing: an entry whose key does
not match (another font file, reportlab or Python), an unreadable or damaged entry, or a
cache folder that cannot be written all mean "parse the font as before". Entries are
written to a temporary name and renamed, so a reader never sees half an entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, unShapedFontGlob

from essdesk import paths

FORMAT = 2
#: Each entry starts with the SHA-256 of the rest: marshal is not meant for damaged data, so
#: a torn or corrupted entry is recognised before it is read.
_DIGEST_SIZE = 32
#: Rebuilt from the font file or `unitsPerEm`, never stored.
_NOT_STORED = ("_ttf_data", "_pdfScale")


def load_font(name: str, path: Path) -> TTFont:
    """`TTFont(name, path)`, from the cache when it holds this very file's parse.

    Raises OSError when the font file cannot be read, like `TTFont`.
    """
    data = path.read_bytes()
    key = _key(path, len(data))
    try:
        entry = _entry(path)
    except OSError:  # no cache folder to be had (read-only or full disk): as before
        return _parse(name, path)
    state = _read(entry, key)
    if state is not None:
        return _font(name, _face(state, data))
    font = _parse(name, path)
    _write(entry, key, font.face)
    return font


def _parse(name: str, path: Path) -> TTFont:
    return TTFont(name, str(path))


def _entry(path: Path) -> Path:
    return paths.cache_dir() / "fonts" / f"{path.name}.marshal"


def _key(path: Path, size: int) -> tuple:
    stat = path.stat()
    return (FORMAT, reportlab.Version, sys.implementation.cache_tag, str(path.resolve()), size,
            stat.st_mtime_ns)


def _read(entry: Path, key: tuple) -> dict[str, Any] | None:
    try:
        raw = entry.read_bytes()
    except OSError:  # absent or unreadable
        return None
    digest, blob = raw[:_DIGEST_SIZE], raw[_DIGEST_SIZE:]
    if hashlib.sha256(blob).digest() != digest:  # damaged (a torn write, a bad disk)
        return None
    try:
        stored_key, state = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if stored_key != key or not isinstance(state, dict):
        return None
    return state


def _write(entry: Path, key: tuple, face: TTFontFace) -> None:
    state: dict[str, Any] = {}
    names: list[str] = []
    for attribute, value in vars(face).items():
        if attribute in _NOT_STORED:
            continue
        if type(value) is TTFNameBytes:
            names.append(attribute)
            value = bytes(value)
        state[attribute] = value
    state["__names__"] = names
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        blob = marshal.dumps((key, state))
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(hashlib.sha256(blob).digest() + blob)
        os.replace(tmp, entry)
    except (OSError, ValueError):  # read-only or full disk, or a value marshal refuses
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _face(state: dict[str, Any], data: bytes) -> TTFontFace:
    """The face `TTFontFace(path)` would have built (tests/test_export_fontcache.py)."""
    face = TTFontFace.__new__(TTFontFace)
    values = dict(state)
    for attribute in values.pop("__names__"):
        values[attribute] = TTFNameBytes(values[attribute])
    face.__dict__.update(values)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int) -> Any:
    """Font units to PDF's 1/1000 em, as `TTFontFile.extractInfo` defines it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _font(name: str, face: TTFontFace) -> TTFont:
    """`TTFont.__init__` with `face` instead of a new parse (same attributes, same values)."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
    return font
