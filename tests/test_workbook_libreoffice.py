"""A cahier filled in, then saved again by the real LibreOffice (as .xlsx and as .ods),
imports with the same preview as the file it was made from (issue 19). CI installs
libreoffice-calc-nogui; without soffice the test says so and skips."""

from __future__ import annotations

import datetime as dt

import pytest
from libreoffice import convert, needs_libreoffice
from workbook_helpers import fill, first_empty_row, lever_row, preview, send, services

from essdesk.domain.demo import build_demo
from essdesk.exchange.workbook_import import apply_preview
from essdesk.store.document import Document

pytestmark = needs_libreoffice


def resave(source, kind, tmp_path):
    out = tmp_path / kind
    convert(source, to=kind, outdir=out, profile=tmp_path / "profile")
    return out / f"{source.stem}.{kind}"


def summary(result):
    return (
        # New rows get a new uid at each preview: actors are compared by name.
        [
            (c.sheet, c.cell, c.key, c.field, c.before, result.shown(c.after, c.field))
            for c in result.changes
        ],
        [(n.sheet, n.row, n.values) for n in result.created],
        result.errors,
        result.absent,
    )


def test_a_cahier_resaved_by_libreoffice_imports_the_same(referential, tmp_path):
    doc = Document.create()
    build_demo(doc.session, referential)
    s = services(doc)
    code = s.steps()[0].levers[0].code
    long_lever = s.steps()[1].levers[0]
    long_note = "Compte rendu é 🐑 " * 2_000  # 34,000 characters: over a cell
    s.update_lever(long_lever.id, notes=long_note)

    def edit(wb):
        lv = wb["Leviers"]
        r = lever_row(lv, code)
        lv.cell(r, 5, "En cours")
        lv.cell(r, 7).value = "=1+1 reste du texte : é ✓ 🐑 שלום"
        lv.cell(r, 7).data_type = "s"
        lv.cell(r, 9, dt.date(2027, 5, 1))
        ac = wb["Acteurs"]
        new = first_empty_row(ac)
        ac.cell(new, 2, "Ferme du Haut-Bois")
        ac.cell(new, 4, "Entreprise de l'ESS")
        pa = wb["Plan d'action"]
        pa["C2"] = "Ferme du Haut-Bois"
        pa["G2"] = 12500.5

    filled = fill(send(doc, tmp_path / "cahier.xlsx"), tmp_path / "rempli.xlsx", edit)
    expected = summary(preview(doc, filled))
    assert len(expected[0]) == 5 and len(expected[1]) == 1 and not expected[2]
    for kind in ("xlsx", "ods"):
        again = resave(filled, kind, tmp_path)
        result = preview(doc, again)
        assert summary(result) == expected, kind
    apply_preview(s, preview(doc, again), "Avant l'import")
    assert s.lever_by_code(code).notes == "=1+1 reste du texte : é ✓ 🐑 שלום"
    assert s.lever_by_code(long_lever.code).notes == long_note
    doc.close()


def test_an_ods_with_formulas_is_refused(referential, tmp_path):
    import openpyxl

    from essdesk.exchange.workbook_file import WorkbookError

    doc = Document.create()
    build_demo(doc.session, referential)
    cahier = send(doc, tmp_path / "cahier.xlsx")
    wb = openpyxl.load_workbook(cahier)
    wb["Acteurs"]["G2"] = "=UPPER(B2)"
    wb.save(tmp_path / "formule.xlsx")
    ods = resave(tmp_path / "formule.xlsx", "ods", tmp_path)
    with pytest.raises(WorkbookError, match="contient des formules"):
        preview(doc, ods)
    doc.close()


def test_an_ods_with_merged_cells_is_refused(referential, tmp_path):
    import openpyxl

    from essdesk.exchange.workbook_file import WorkbookError

    doc = Document.create()
    build_demo(doc.session, referential)
    cahier = send(doc, tmp_path / "cahier.xlsx")
    wb = openpyxl.load_workbook(cahier)
    wb["Acteurs"].merge_cells("B2:C3")
    wb.save(tmp_path / "fusion.xlsx")
    ods = resave(tmp_path / "fusion.xlsx", "ods", tmp_path)
    with pytest.raises(WorkbookError, match="cellules fusionnées"):
        preview(doc, ods)
    doc.close()
