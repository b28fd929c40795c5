"""Installed referentials (in the user data folder) and the `essdesk referential` commands:
a method written in a spreadsheet installs and a diagnostic is made on it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from libreoffice import convert, needs_libreoffice
from referential_sheets import write_method

from essdesk.domain import referential_library as library
from essdesk.domain.referential import referential_of, referential_path
from essdesk.errors import EssdeskError
from essdesk.store.document import Document


def essdesk(*args):
    return subprocess.run(
        [sys.executable, "-m", "essdesk", *map(str, args)], capture_output=True, text=True
    )


def test_install_list_find_and_remove(tmp_path, essdesk_home):
    installed = library.install(write_method(tmp_path / "m.xlsx"))
    assert (essdesk_home / "data" / "referentials" / "feuille-route-ess.json").exists()
    ids = [(e.referential.id, e.builtin) for e in library.available()]
    assert ids[0] == ("rtes-filieres-ess-2023", True)
    assert ("feuille-route-ess", False) in ids
    assert library.find("feuille-route-ess") == installed
    assert library.remove("feuille-route-ess") == "Feuille de route ESS"
    assert [e.referential.id for e in library.available() if not e.builtin] == []
    assert "feuille-route-ess" not in [e.referential.id for e in library.available()]
    with pytest.raises(EssdeskError, match="Aucun référentiel « feuille-route-ess »"):
        library.find("feuille-route-ess")


def test_a_newer_version_replaces_an_older_is_refused(tmp_path):
    library.install(write_method(tmp_path / "v1.xlsx", version="1.0.0"))
    library.install(write_method(tmp_path / "v2.xlsx", version="1.1"))  # typed short: 1.1.0
    assert library.find("feuille-route-ess").version == "1.1.0"
    assert [r.version for r in library.installed()] == ["1.1.0"]  # only the newest is kept
    with pytest.raises(EssdeskError, match="plus ancienne que la version 1.1.0"):
        library.install(tmp_path / "v1.xlsx")
    assert library.find("feuille-route-ess").version == "1.1.0"
    library.install(tmp_path / "v2.xlsx")  # the same again: nothing to say


def test_same_version_other_content_asks_for_a_new_version(tmp_path):
    library.install(write_method(tmp_path / "a.xlsx"))
    other = write_method(
        tmp_path / "b.xlsx",
        parts=[(1, "Un", None), (2, "Deux", None), (3, "Trois", None), (4, "Quatre", None)],
    )
    with pytest.raises(EssdeskError, match="augmentez le numéro de version"):
        library.install(other)


def test_a_builtin_cannot_be_removed_nor_replaced_by_an_older_version(tmp_path):
    with pytest.raises(EssdeskError, match="livré avec essdesk"):
        library.remove("rtes-filieres-ess-2023")
    data = json.loads(referential_path().read_text(encoding="utf-8"))
    data["version"] = "0.9.0"
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EssdeskError, match="plus ancienne"):
        library.install(tmp_path / "old.json")
    data["version"] = "9.0.0"
    data["title"] = "RTES revu"
    (tmp_path / "new.json").write_text(json.dumps(data), encoding="utf-8")
    library.install(tmp_path / "new.json")
    entries = library.available()
    assert entries[0].referential.title == "RTES revu" and not entries[0].builtin
    library.remove("rtes-filieres-ess-2023")  # the installed one goes, the built-in stays
    assert library.available()[0].builtin


def test_a_bad_json_file_is_refused_with_its_place(tmp_path):
    (tmp_path / "bad.json").write_text('{"id": "x"}', encoding="utf-8")
    with pytest.raises(
        EssdeskError,
        match="« bad.json » n'est pas un référentiel valide, à l'emplacement « version »",
    ):
        library.install(tmp_path / "bad.json")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(EssdeskError, match="ni un référentiel JSON lisible"):
        library.install(tmp_path / "broken.json")
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(EssdeskError, match="« deep.json » n'est pas un référentiel lisible"):
        library.install(tmp_path / "deep.json")


def test_cli_from_spreadsheet_to_a_diagnostic(tmp_path):
    sheet = write_method(tmp_path / "methode.xlsx")
    out = essdesk("referential", "import-xlsx", sheet, tmp_path / "methode.json")
    assert out.returncode == 0, out.stderr
    assert "4 axes, 11 actions" in out.stdout
    out = essdesk("referential", "install", tmp_path / "methode.json")
    assert out.returncode == 0, out.stderr
    listing = essdesk("referential", "list").stdout.splitlines()
    assert any(
        line.startswith("feuille-route-ess\t1.0.0\tinstallé\t4 axes, 11 actions")
        for line in listing
    )
    path = tmp_path / "d.essdesk"
    out = essdesk("new", path, "--title", "Feuille de route", "--referential", "feuille-route-ess")
    assert out.returncode == 0, out.stderr
    assert essdesk("referential", "remove", "feuille-route-ess").returncode == 0
    doc = Document.open(path)
    try:
        from essdesk.domain.services import Services

        d = Services(doc.session).diagnostic()
        assert (d.referential_id, d.referential_version) == ("feuille-route-ess", "1.0.0")
        assert [len(s.levers) for s in d.steps] == [3, 3, 2, 3]
        # Its own copy: it still reads once the referential is removed.
        carried = referential_of(d.referential_id, d.referential_version, d.referential_data)
        assert carried.words.levers == "actions" and len(carried.levers) == 11
    finally:
        doc.close()


def test_cli_errors_name_cells_and_exit_codes(tmp_path):
    bad = write_method(tmp_path / "faux.xlsx", version="deux")
    out = essdesk("referential", "import-xlsx", bad, tmp_path / "o.json")
    assert out.returncode == 2 and not (tmp_path / "o.json").exists()
    assert "Référentiel!B5 : la version « deux »" in out.stderr and "Traceback" not in out.stderr
    out = essdesk("referential", "install", bad)
    assert out.returncode == 2 and "Référentiel!B5" in out.stderr
    out = essdesk("referential", "remove", "rtes-filieres-ess-2023")
    assert out.returncode == 1 and "livré avec essdesk" in out.stderr
    out = essdesk("new", tmp_path / "x.essdesk", "--title", "T", "--referential", "inconnu")
    assert out.returncode == 1 and "Aucun référentiel « inconnu »" in out.stderr
    assert not (tmp_path / "x.essdesk").exists()


def test_cli_template_then_install_as_it_is(tmp_path):
    target = tmp_path / "modele.xlsx"
    assert essdesk("referential", "template", target).returncode == 0
    again = essdesk("referential", "template", target)
    assert again.returncode == 1 and "existe déjà" in again.stderr
    out = essdesk("referential", "install", target)
    assert out.returncode == 0 and "ma-methode" in out.stdout




@needs_libreoffice
def test_a_method_saved_by_libreoffice_installs_and_makes_a_diagnostic(tmp_path):
    source = write_method(tmp_path / "methode.xlsx")
    convert(source, to="xlsx", outdir=tmp_path / "lo", profile=tmp_path / "profile")
    out = essdesk("referential", "install", tmp_path / "lo" / "methode.xlsx")
    assert out.returncode == 0, out.stderr
    path = tmp_path / "d.essdesk"
    out = essdesk("new", path, "--title", "Route", "--referential", "feuille-route-ess")
    assert out.returncode == 0, out.stderr
    doc = Document.open(path)
    try:
        from essdesk.domain.services import Services

        steps = Services(doc.session).steps()
        assert [[lv.code for lv in s.levers] for s in steps] == [
            ["1.1", "1.2", "A3"],
            ["2.1", "2.2", "2.3"],
            ["3.1", "3.2"],
            ["4.1", "4.2", "4.3"],
        ]
    finally:
        doc.close()
