"""The command line, as a consultant would use it."""

import subprocess
import sys


def essdesk(*args, **kw):
    return subprocess.run([sys.executable, "-m", "essdesk", *map(str, args)],
                          capture_output=True, text=True, **kw)


def test_demo_then_info_prints_the_maturity_of_each_step(tmp_path, referential):
    path = tmp_path / "d.essdesk"
    assert essdesk("demo", path).returncode == 0
    out = essdesk("info", path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Filière laine du Parc naturel régional de Lorraine"
    for step in referential.steps:
        row = next(line for line in lines if line.strip().startswith(f"{step.number}. "))
        assert row.rstrip().endswith(str(len(step.levers)) if step.number != 6 else "6")
        assert "%" in row
    assert any(line.strip().startswith("Ensemble") and "46" in line for line in lines)


def test_new_creates_an_empty_diagnostic_and_never_overwrites(tmp_path):
    path = tmp_path / "n.essdesk"
    out = essdesk("new", path, "--title", "Filière bois", "--territory", "Pays de Langres",
                  "--territory-kind", "petr_pays", "--filiere", "Bois", "--date", "15/03/2024")
    assert out.returncode == 0, out.stderr
    info = essdesk("info", path).stdout
    assert "Filière bois" in info and "Pays de Langres, PETR / Pays" in info
    assert "depuis le 15/03/2024" in info and "0\u202f%" in info
    before = path.read_bytes()
    again = essdesk("new", path, "--title", "Autre")
    assert again.returncode != 0 and "existe déjà" in again.stderr
    assert path.read_bytes() == before


def test_errors_are_one_french_line_without_traceback(tmp_path):
    out = essdesk("info", tmp_path / "absent.essdesk")
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "introuvable" in out.stderr
    usage = essdesk("new")
    assert usage.returncode == 2 and "arguments obligatoires manquants" in usage.stderr


def test_version_and_french_help():
    from essdesk import __version__

    assert essdesk("--version").stdout.strip() == f"essdesk {__version__}"
    help_text = essdesk("--help").stdout
    assert help_text.startswith("utilisation :") and "crée le diagnostic de démonstration" in help_text


def test_every_command_a_message_names_exists():
    """A message that tells the user to run « essdesk X … » (or « essdesk X FICHIER ») names a
    real command."""
    import re
    from pathlib import Path

    from essdesk.cli import COMMANDS

    named = set()
    for source in (Path(__file__).parent.parent / "essdesk").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        named |= set(re.findall(r"« essdesk ([a-z][a-z-]+)", text))
        named |= set(re.findall(r"essdesk ([a-z][a-z-]+) [A-Z]{4}", text))
    assert named, "the scan found no command names: the pattern is wrong"
    assert named <= COMMANDS, named - COMMANDS
