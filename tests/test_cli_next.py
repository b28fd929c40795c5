"""`essdesk next FILE [--compare …]`: the levers to look at next, with their reasons."""

from __future__ import annotations

from pathlib import Path

from essdesk.cli import main
from essdesk.domain.referential import load_referential
from essdesk.domain.services import Services, create_diagnostic
from essdesk.models.enums import LeverStatus, Priority
from essdesk.store.document import Document


def diagnostic(path: Path, **levers: dict) -> Path:
    doc = Document.create(path)
    create_diagnostic(doc.session, load_referential(), title=path.stem)
    s = Services(doc.session)
    for code, values in levers.items():
        s.update_lever(s.lever_by_code(code[1:].replace("_", ".")).id, **values)
    doc.save()
    doc.close()
    return path


def test_next_prints_each_lever_with_its_reason(tmp_path, capsys):
    here = diagnostic(
        tmp_path / "ici.essdesk",
        l5_2={"priority": Priority.HIGH},
        l4_1={"status": LeverStatus.IN_PROGRESS},
    )
    assert main(["next", str(here)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Leviers à regarder ensuite :"
    assert out[1].split()[0] == "5.2" and out[2].strip() == "prioritaire mais pas commencé"
    assert out[3].split()[0] == "1.1"
    assert out[4].strip() == "l'étape 1 n'est pas faite et l'étape 4 en dépend"
    assert len(out) == 11  # five levers, two lines each


def test_compare_counts_the_other_diagnostics(tmp_path, capsys):
    here = diagnostic(tmp_path / "ici.essdesk")
    done = {"status": LeverStatus.DONE}
    a = diagnostic(tmp_path / "a.essdesk", l7_4=done)
    b = diagnostic(tmp_path / "b.essdesk", l7_4=done, l2_1=done)
    assert main(["next", str(here), "--compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[0] == "7.4"
    assert out[2].strip() == "réalisé dans 2 des 2 diagnostics comparés"
    assert len(out) == 3  # 2.1: once only, below the rule's minimum of 2


def test_nothing_to_say_and_a_missing_file(tmp_path, capsys):
    here = diagnostic(tmp_path / "ici.essdesk")
    assert main(["next", str(here)]) == 0
    assert "Aucun levier à regarder ensuite" in capsys.readouterr().out
    assert main(["next", str(here), "--compare", str(tmp_path / "absent.essdesk")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("essdesk : ") and "Traceback" not in err
