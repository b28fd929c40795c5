"""Parsed fonts kept between exports (essdesk/export/fontcache.py): same font, never a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from essdesk import paths
from essdesk.domain.referential import resources_dir
from essdesk.export import fontcache

FONT = resources_dir() / "fonts" / "DejaVuSans.ttf"
SAMPLE = "Filière laine — 5 000 € « prévu » ; Œuvre, ÇA, ß, Ωμέγα, Жизнь, → ✓ ½ fin."


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    """A copy of the font, whose date a test may change."""
    copy = tmp_path / FONT.name
    shutil.copyfile(FONT, copy)
    return copy


def _entry(font: Path) -> Path:
    return paths.cache_dir() / "fonts" / f"{font.name}.marshal"


def _no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*_args, **_kwargs):
        raise AssertionError("the font was parsed again")

    monkeypatch.setattr(fontcache, "_parse", parse)


def _same_font(cached: TTFont, parsed: TTFont) -> None:
    """Everything reportlab reads from a font, and what it writes into a PDF, is identical.
    (Both fonts must be fresh: subsetting moves the parser's read position, `_pos`.)"""
    ours, theirs = vars(cached.face), vars(parsed.face)
    assert ours.keys() == theirs.keys()
    for name in ours:
        if name == "_pdfScale":
            assert [ours[name](v) for v in (0, 1, 777, 2048)] == [theirs[name](v) for v in (0, 1, 777, 2048)]
        else:
            assert ours[name] == theirs[name], name
            assert type(ours[name]) is type(theirs[name]), name
    mine = {k: v for k, v in vars(cached).items() if k not in ("face", "state", "encoding")}
    assert mine == {k: v for k, v in vars(parsed).items() if k not in ("face", "state", "encoding")}
    assert type(cached.encoding) is type(parsed.encoding)
    assert cached.stringWidth(SAMPLE, 10) == parsed.stringWidth(SAMPLE, 10)
    glyphs = sorted({ord(c) for c in SAMPLE})
    assert cached.face.makeSubset(glyphs) == parsed.face.makeSubset(glyphs)


def test_the_second_load_reads_the_cache_and_gives_the_same_font(font_file, monkeypatch):
    first = fontcache.load_font("Test", font_file)
    assert _entry(font_file).is_file()
    _same_font(first, TTFont("Test", str(font_file)))
    _no_parse(monkeypatch)
    second = fontcache.load_font("Test", font_file)
    _same_font(second, TTFont("Test", str(font_file)))


def test_a_changed_font_file_is_parsed_again(font_file, monkeypatch):
    fontcache.load_font("Test", font_file)
    before = _entry(font_file).read_bytes()
    shutil.copyfile(resources_dir() / "fonts" / "DejaVuSans-Bold.ttf", font_file)
    os.utime(font_file, ns=(1, 1))
    font = fontcache.load_font("Test", font_file)
    assert font.face.styleName.ustr == "Bold"
    assert _entry(font_file).read_bytes() != before
    _no_parse(monkeypatch)
    assert fontcache.load_font("Test", font_file).face.styleName.ustr == "Bold"


def test_another_reportlab_version_means_a_new_parse(font_file, monkeypatch):
    fontcache.load_font("Test", font_file)
    monkeypatch.setattr(fontcache.reportlab, "Version", "0.0-autre")
    calls = []
    real = fontcache._parse
    monkeypatch.setattr(fontcache, "_parse", lambda *a: calls.append(a) or real(*a))
    fontcache.load_font("Test", font_file)
    assert len(calls) == 1


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", "truncated", "one byte flipped",
                                    "wrong shape", "not a dict"])
def test_a_damaged_entry_is_ignored_and_replaced(font_file, damage):
    import hashlib
    import marshal

    fontcache.load_font("Test", font_file)
    entry = _entry(font_file)
    good = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(good[: len(good) // 2])
    elif damage == "one byte flipped":
        middle = len(good) // 2
        entry.write_bytes(good[:middle] + bytes([good[middle] ^ 0x40]) + good[middle + 1:])
    elif damage in ("wrong shape", "not a dict"):  # a sound entry of something else
        value = [1, 2, 3] if damage == "wrong shape" else (marshal.loads(good[32:])[0], [1])
        blob = marshal.dumps(value)
        entry.write_bytes(hashlib.sha256(blob).digest() + blob)
    else:
        entry.write_bytes(damage)
    font = fontcache.load_font("Test", font_file)
    _same_font(font, TTFont("Test", str(font_file)))
    assert entry.read_bytes() == good


def test_a_cache_folder_that_cannot_be_written_changes_nothing(font_file):
    (paths.cache_dir() / "fonts").write_text("un fichier à la place du dossier")
    font = fontcache.load_font("Test", font_file)
    _same_font(font, TTFont("Test", str(font_file)))
    assert [p.name for p in paths.cache_dir().iterdir()] == ["fonts"]  # no temporary file left


def test_no_cache_folder_at_all_changes_nothing(font_file, essdesk_home):
    (essdesk_home / "cache").write_text("un fichier : le dossier du cache ne peut exister")
    font = fontcache.load_font("Test", font_file)
    _same_font(font, TTFont("Test", str(font_file)))


def test_a_missing_font_file_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        fontcache.load_font("Test", tmp_path / "absente.ttf")
