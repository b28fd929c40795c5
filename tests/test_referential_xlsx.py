"""A method written in a spreadsheet imports as a referential; every problem is named by
sheet and cell, in French; the template is commented and imports as it is."""

from __future__ import annotations

import openpyxl
import pytest
from libreoffice import convert, needs_libreoffice
from referential_sheets import LEVERS, write_method

from essdesk.domain.referential import parse_referential
from essdesk.domain.referential_xlsx import (
    ReferentialImportError,
    import_xlsx,
    read_xlsx,
    write_template,
)
from essdesk.errors import EssdeskError


def problems(path) -> list[str]:
    with pytest.raises(ReferentialImportError) as caught:
        read_xlsx(path)
    return [str(p) for p in caught.value.problems]


def check_method(referential) -> None:
    assert (referential.id, referential.version, referential.year) == (
        "feuille-route-ess",
        "1.0.0",
        2024,
    )
    assert referential.title == "Feuille de route ESS"
    assert referential.publisher == "Métropole Exemple" and referential.author == "Cabinet Exemple"
    assert referential.words.part == "axe" and referential.words.levers == "actions"
    assert referential.words.feminine is False
    assert [s.number for s in referential.steps] == [1, 2, 3, 4]
    assert [s.title for s in referential.steps][:2] == ["Connaître les acteurs", "Mettre en réseau"]
    assert referential.steps[0].short_title == "Connaître"
    assert referential.steps[1].short_title == "Mettre en réseau"
    assert [lv.code for lv in referential.levers] == [
        "1.1",
        "1.2",
        "A3",
        "2.1",
        "2.2",
        "2.3",
        "3.1",
        "3.2",
        "4.1",
        "4.2",
        "4.3",
    ]
    first = referential.lever("1.1")
    assert [e.collectivite for e in first.examples] == ["Ville de Lille", "MEL"]
    assert first.examples[1].description == "cartographie des tiers-lieux"
    assert first.questions == ("Qui manque ?", "Qui tient l'annuaire à jour ?")
    assert first.actor_categories == ("association", "collectivite")
    assert referential.lever("A3").questions == ("Quels besoins ?",)
    assert referential.lever("2.1").actor_categories == ("reseau_federation",)
    assert referential.lever("1.2").label == "Mesurer le poids de l'ESS"


def test_a_hand_written_method_imports(tmp_path):
    check_method(import_xlsx(write_method(tmp_path / "methode.xlsx")))


@needs_libreoffice
def test_the_same_method_resaved_by_libreoffice_imports_the_same(tmp_path):
    source = write_method(tmp_path / "methode.xlsx")
    out = tmp_path / "lo"
    convert(source, to="xlsx", outdir=out, profile=tmp_path / "profile")
    resaved = out / "methode.xlsx"
    assert resaved.read_bytes() != source.read_bytes()
    assert read_xlsx(resaved) == read_xlsx(source)
    check_method(import_xlsx(resaved))


def test_the_written_data_is_a_referential_file(tmp_path):
    data = read_xlsx(write_method(tmp_path / "methode.xlsx"))
    assert parse_referential(data).levers[3].step == 2


def test_every_problem_is_named_by_sheet_and_cell(tmp_path):
    levers = [list(row) for row in LEVERS]
    levers[0][2] = None  # libellé vide, ligne 2
    levers[1][1] = 1.1  # code en double, ligne 3
    levers[2][0] = 9  # partie inconnue, ligne 4
    levers[3][4] = "un exemple sans collectivité"  # ligne 5
    levers[4][6] = "Association; Boulangerie"  # ligne 6
    levers[5][1] = "2 3"  # code avec une espace, ligne 7
    parts = [(1, "A", None), (2, "", None), (3, "C", None), (4, "D", None)]
    path = write_method(tmp_path / "faux.xlsx", version="un", levers=levers, parts=parts)
    found = problems(path)
    assert (
        "Référentiel!B5 : la version « un » n'est pas de la forme 1.0.0 "
        "(tapez-la précédée d'une apostrophe : '1.0.0)." in found
    )
    assert "Parties!B5 : le titre est vide." in found
    assert "Leviers!C2 : le libellé est vide." in found
    assert any(
        p.startswith(
            "Leviers!B3 : le code « 1.1 » est déjà celui du levier de la "
            "cellule B2 (un code tapé comme un nombre"
        )
        for p in found
    )
    assert "Leviers!A4 : la partie « 9 » n'existe pas dans la feuille Parties." in found
    assert any(
        p.startswith(
            "Leviers!E5 : exemple 1 « un exemple sans collectivité » : "
            "écrivez « Collectivité : description »"
        )
        for p in found
    )
    assert any(
        p.startswith(
            "Leviers!G6 : « Boulangerie » n'est pas une catégorie d'acteurs ; "
            "choisissez parmi : Association,"
        )
        for p in found
    )
    assert any(p.startswith("Leviers!B7 : le code « 2 3 » doit être court") for p in found)
    assert len(found) == 8, found


def test_parts_out_of_order_are_named_without_a_cascade_on_the_levers(tmp_path):
    parts = [(1, "A", None), (3, "B", None), (3, "C", None), (4, "D", None)]
    found = problems(write_method(tmp_path / "ordre.xlsx", parts=parts))
    assert found == [
        "Parties!A5 : 3 trouvé, 2 attendu : les parties sont numérotées 1, 2, 3… dans l'ordre.",
    ]


def test_missing_sheets_columns_and_rows_are_named(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Référentiel"
    wb.active.append(["nom", "Méthode"])
    wb.active.append(["identifiant", "Ma Méthode"])
    ws = wb.create_sheet("Leviers")
    ws.append(["Partie", "Libellé"])
    ws.append([1, "Un levier"])
    wb.save(tmp_path / "court.xlsx")
    found = problems(tmp_path / "court.xlsx")
    assert (
        "Référentiel!B2 : l'identifiant « Ma Méthode » doit être en minuscules, sans espace "
        "ni accent (ex. « ma-methode »)." in found
    )
    assert any(p.startswith("Référentiel : la ligne « version » est absente") for p in found)
    assert any(p.startswith("Référentiel : la ligne « éditeur » est absente") for p in found)
    assert any(p.startswith("Parties : la feuille « Parties » est absente") for p in found)
    assert "Leviers!A1 : la colonne « code » est absente de la ligne d'en-têtes." in found


def test_not_a_spreadsheet_says_so_in_french(tmp_path):
    bad = tmp_path / "methode.xlsx"
    bad.write_text("pas un classeur", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_xlsx(bad)
    assert "« methode.xlsx »" in str(caught.value)
    assert "ce n'est pas un classeur .xlsx" in str(caught.value)
    assert "enregistrez-le au format .xlsx" in str(caught.value)


def test_a_code_libreoffice_took_for_a_date_reads_back_as_typed(tmp_path):
    import datetime as dt

    levers = [list(row) for row in LEVERS]
    levers[0][1] = dt.datetime(2026, 10, 1)  # "1.10" typed in a French LibreOffice
    referential = import_xlsx(write_method(tmp_path / "m.xlsx", levers=levers))
    assert referential.levers[0].code == "1.10"


def test_the_template_is_commented_has_drop_downs_and_imports_as_it_is(tmp_path):
    target = tmp_path / "modele.xlsx"
    write_template(target)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[:3] == ["Référentiel", "Parties", "Leviers"]
    levers = wb["Leviers"]
    heads = [c.value for c in levers[1]]
    assert heads == [
        "partie",
        "code",
        "libellé",
        "repères",
        "exemples",
        "questions",
        "catégories d'acteurs",
    ]
    assert all(c.comment is not None and c.comment.text for c in levers[1])
    assert all(c.comment is not None for c in wb["Parties"][1])
    assert levers["B2"].value == "1.1" and levers["B2"].number_format == "@"
    validation = levers.data_validations.dataValidation[0]
    assert validation.type == "list" and "G2" in str(validation.sqref)
    assert wb["Listes"]["A2"].value == "Association"
    referential = import_xlsx(target)
    assert [len(s.levers) for s in referential.steps] == [1]
    assert referential.lever("1.1").actor_categories == ("association", "collectivite")


def test_a_levers_sheet_without_its_code_column_is_one_problem_not_one_per_part(tmp_path):
    path = write_method(tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Leviers"]["B1"] = "Référence"
    wb.save(path)
    assert problems(path) == [
        "Leviers!A1 : la colonne « code » est absente de la ligne d'en-têtes."
    ]


def _rewritten(source, target, change):
    """`source` with each member's bytes replaced by `change(name, data)`."""
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            z.writestr(name, change(name, zin.read(name)))
    return target


def _sheet_with_rows(count: int):
    def change(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        head, _, _ = data.partition(b"<sheetData>")
        rows = b"".join(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
            for i in range(1, count + 1)
        )
        return head + b"<sheetData>" + rows + b"</sheetData></worksheet>"

    return change


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_sheet_with_rows(3_000), "a une feuille de plus de 2\u202f000 lignes"),
        (_sheet_with_rows(2_000_000), "dépasserait 100 Mo"),  # 10 MB on disk, 120 MB inflated
        (
            lambda name, data: b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            if name == "xl/workbook.xml" else data,
            "déclaration XML interdite",
        ),
    ],
    ids=["3000-rows", "2-million-rows", "dtd"],
)
def test_a_hostile_method_spreadsheet_is_refused_in_french_at_once(tmp_path, change, words):
    """Methods travel between collectivités: a spreadsheet from elsewhere is untrusted input
    (the 2-million-row sheet took 33 s and 1.1 GB before being refused as « erreur
    inattendue »)."""
    hostile = _rewritten(write_method(tmp_path / "m.xlsx"), tmp_path / "methode.xlsx", change)
    with pytest.raises(EssdeskError, match=words):
        import_xlsx(hostile)
