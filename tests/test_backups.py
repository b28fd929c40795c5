"""Rotating automatic backups, "Vérifier le diagnostic" and "Restaurer une sauvegarde…"
(core and CLI): a backup is verified before it pushes out an older one, rotation keeps the
last few plus one per day, and a restore is itself undoable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from essdesk.cli import main
from essdesk.domain.services import Services
from essdesk.errors import DocumentError
from essdesk.store import backups
from essdesk.store.backups import KEEP_DAYS, KEEP_RECENT
from essdesk.store.document import Document


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> str:
    """The rows of a document (a backup is a consistent copy, not a byte copy)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def saved(document, tmp_path) -> Path:
    path = document.save_as(tmp_path / "laine.essdesk")
    document.close()
    return path


def _edit_and_save(path: Path, name: str) -> str:
    doc = Document.open(path)
    try:
        Services(doc.session).add_actor(name=name)
        doc.save()
    finally:
        doc.close()
    return content(path)


def test_every_save_keeps_the_previous_version_as_a_sound_backup(saved):
    versions = [content(saved)]
    for i in range(3):
        versions.append(_edit_and_save(saved, f"Acteur {i}"))
    found = backups.list_backups(saved)
    assert [content(b.path) for b in found] == versions[-2::-1]  # newest first, current excluded
    for b in found:
        doc = Document.open(b.path)
        try:
            assert doc.check() == []
        finally:
            doc.close()


def test_rotation_keeps_the_last_few_and_one_per_day(saved):
    start = dt.datetime(2025, 3, 1, 9, 0)
    taken = []
    for day in range(KEEP_DAYS + 6):  # three saves a day for three weeks
        for hour in (9, 12, 17):
            now = start + dt.timedelta(days=day, hours=hour - 9)
            assert backups.keep_before_overwrite(saved, now=now) is not None
            taken.append(now)
    kept = [b.taken for b in backups.list_backups(saved)]
    newest_days = sorted({t.date() for t in taken}, reverse=True)[:KEEP_DAYS]
    expected = set(sorted(taken, reverse=True)[:KEEP_RECENT])
    expected |= {max(t for t in taken if t.date() == day) for day in newest_days}
    assert set(kept) == expected
    assert len(kept) < len(taken)


def test_a_damaged_document_is_not_backed_up_and_pushes_nothing_out(saved):
    for i in range(KEEP_RECENT + 2):
        backups.keep_before_overwrite(saved, now=dt.datetime(2025, 1, 1, 10, i))
    before = {b.path: digest(b.path) for b in backups.list_backups(saved)}
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\xab" * 4096  # a corrupted page
    saved.write_bytes(bytes(data))
    assert backups.keep_before_overwrite(saved, now=dt.datetime(2025, 1, 2, 10, 0)) is None
    assert {b.path: digest(b.path) for b in backups.list_backups(saved)} == before


def test_restore_puts_a_backup_back_and_keeps_the_current_version(saved):
    first = content(saved)
    second = _edit_and_save(saved, "Scierie mobile")
    backup = next(b for b in backups.list_backups(saved) if content(b.path) == first)
    backups.restore(backup.path, saved)
    assert content(saved) == first
    # the restore can be undone: the version it replaced is now a backup
    assert second in {content(b.path) for b in backups.list_backups(saved)}
    doc = Document.open(saved)
    try:
        assert "Scierie mobile" not in [a.name for a in Services(doc.session).actors()]
    finally:
        doc.close()


def test_a_damaged_backup_is_refused_and_the_document_is_untouched(saved, tmp_path):
    _edit_and_save(saved, "Scierie mobile")
    backup = backups.list_backups(saved)[0].path
    backup.write_bytes(backup.read_bytes()[:3000])
    current = digest(saved)
    with pytest.raises(DocumentError) as caught:
        backups.restore(backup, saved)
    assert "endommagé" in str(caught.value) and ("sauvegarde" in str(caught.value))
    assert digest(saved) == current
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


# -- the same through the command line ----------------------------------------------------------


def test_cli_lists_and_restores_backups(saved, capsys):
    first = content(saved)
    _edit_and_save(saved, "Ressourcerie")
    _edit_and_save(saved, "Recyclerie")
    assert main(["backups", str(saved)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 2 and lines[0].strip().startswith("1.") and " à " in lines[0]
    assert main(["backups", str(saved), "--restore", "2"]) == 0
    assert "restaurée" in capsys.readouterr().out
    assert content(saved) == first
    restored = digest(saved)
    assert main(["backups", str(saved), "--restore", "9"]) == 1
    err = capsys.readouterr().err
    assert "Pas de sauvegarde n° 9" in err and err.count("\n") == 1
    assert digest(saved) == restored


def test_cli_says_when_there_is_no_backup(saved, capsys):
    assert main(["backups", str(saved)]) == 0
    assert "Aucune sauvegarde" in capsys.readouterr().out


def test_cli_check_gives_a_plain_language_verdict(saved, capsys, tmp_path):
    before = digest(saved)
    assert main(["check", str(saved)]) == 0
    assert "Le diagnostic est sain" in capsys.readouterr().out
    assert digest(saved) == before  # checking never writes
    damaged = tmp_path / "abîmé.essdesk"
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    damaged.write_bytes(bytes(data))
    assert main(["check", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "endommagé" in err and "Restaurez une sauvegarde" in err


def test_check_reports_broken_links_in_plain_language(document):
    with document.raw() as conn:  # what a buggy tool writing behind essdesk's back would do
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO lever_actor (lever_id, actor_id) VALUES (1, 999)")
        conn.commit()
    problems = document.check()
    assert problems == ["référence invalide dans la table lever_actor"]
