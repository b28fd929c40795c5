"""The command line under bad input: one French line on stderr saying what is wrong and what
to do, a non-zero exit code, never a traceback, and no file created or changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from essdesk.cli import main


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def saved(document, tmp_path) -> Path:
    path = document.save_as(tmp_path / "laine.essdesk")
    document.close()
    return path


CASES = [
    # (args with {dir} and {doc}, exit code, words in the one-line message)
    (["info", "{dir}/absent.essdesk"], 1, ["introuvable", "Vérifiez"]),
    (["check", "{dir}"], 1, ["dossier"]),
    (["export-json", "{dir}/absent.essdesk", "{dir}/out.json"], 1, ["introuvable"]),
    (["export-json", "{doc}", "{dir}/pas-de-dossier/out.json"], 1, ["n'existe pas"]),
    (["import-json", "{dir}/absent.json", "{dir}/nouveau.essdesk"], 2, ["Impossible de lire"]),
    (["import-json", "{dir}/ok.json", "{doc}"], 1, ["existe déjà", "rien n'a été écrit"]),
    (["new", "{doc}", "--title", "Autre"], 1, ["existe déjà"]),
    (["demo", "{doc}"], 1, ["existe déjà"]),
    (["new", "{dir}/n.essdesk"], 2, ["arguments obligatoires manquants", "--help"]),
    (["new", "{dir}/n.essdesk", "--title", "T", "--date", "31/02/2025"], 2, ["date invalide", "JJ/MM/AAAA"]),
    (["new", "{dir}/n.essdesk", "--title", "T", "--scenario", "attaque"], 2, ["choix invalide"]),
    (["new", "{dir}/n.essdesk", "--title", "   "], 1, ["Titre du diagnostic", "obligatoire"]),
    (["backups", "{doc}", "--restore", "zéro"], 2, ["nombre entier invalide", "zéro", "--help"]),
    (["backups", "{doc}", "--restore", "0"], 1, ["Pas de sauvegarde n° 0"]),
    (["export", "{doc}"], 1, ["--xlsx", "--pdf"]),
    (["info", "{doc}", "en-trop"], 2, ["arguments inconnus"]),
    (["check"], 2, ["arguments obligatoires manquants"]),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_bad_command_lines_get_one_french_line_and_change_nothing(case, saved, tmp_path, capsys):
    args, code, words = CASES[case]
    (tmp_path / "ok.json").write_text("{}", encoding="utf-8")
    argv = [a.format(dir=tmp_path, doc=saved) for a in args]
    before = snapshot(tmp_path)
    try:
        result = main(argv)
    except SystemExit as exc:  # argparse refusals leave through sys.exit, as in a real run
        result = exc.code
    err = capsys.readouterr().err
    assert result == code, err
    assert err.startswith("essdesk : ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err
    assert snapshot(tmp_path) == before


def test_unexpected_errors_are_logged_not_shown(saved, capsys, monkeypatch, essdesk_home):
    from essdesk.store import document as document_module

    def broken(*_a, **_k):
        raise ZeroDivisionError("bogue interne")

    monkeypatch.setattr(document_module, "inspect_file", broken)
    assert main(["info", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "erreur inattendue" in err and "Détails dans" in err and err.count("\n") == 1
    log = next(Path(essdesk_home).rglob("essdesk-erreurs.log"))
    assert "ZeroDivisionError: bogue interne" in log.read_text(encoding="utf-8")


def test_a_real_process_exits_cleanly_on_a_bad_file(tmp_path):
    bad = tmp_path / "rapport.essdesk"
    bad.write_text("pas une base", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "essdesk", "info", str(bad)], capture_output=True,
                          text=True, env={**os.environ, "ESSDESK_HOME": str(tmp_path / "home")},
                          timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("essdesk : ") and "Traceback" not in done.stderr
    assert "n'est pas un diagnostic essdesk" in done.stderr
    assert bad.read_text(encoding="utf-8") == "pas une base"
