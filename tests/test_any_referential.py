"""Everything works on every referential (issue 17 §1): a diagnostic made on a 4-axes,
11-actions method (tests/data/referential-4x11.json) is scored, exported, re-imported on a
machine that never installed that method, compared across jalons and sent as a workbook;
one made on a 2-part method has bars and no radar anywhere. And no step count in the code.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from essdesk.cli import main
from essdesk.domain.comparison import compare_jalons
from essdesk.domain.referential import load_referential
from essdesk.domain.services import Services, create_diagnostic
from essdesk.exchange.interchange import to_dict
from essdesk.exchange.workbook import write_workbook
from essdesk.exchange.workbook_import import apply_preview, preview_workbook
from essdesk.models.enums import LeverStatus, Priority
from essdesk.store.document import Document

ROOT = Path(__file__).resolve().parents[1]


def make(path: Path, referential) -> Path:
    doc = Document.create(path)
    create_diagnostic(
        doc.session,
        referential,
        title="Feuille de route ESS",
        territory_name="Métropole d'essai",
        filiere_name="Réemploi",
    )
    s = Services(doc.session)
    s.update_lever(
        s.lever_by_code(referential.levers[0].code).id,
        status=LeverStatus.DONE,
        priority=Priority.HIGH,
    )
    s.update_lever(s.lever_by_code(referential.levers[-1].code).id, status=LeverStatus.IN_PROGRESS)
    s.update_lever(s.lever_by_code(referential.levers[1].code).id, priority=Priority.HIGH)
    doc.save()
    doc.close()
    return path


@pytest.fixture
def axes_file(tmp_path, referential_4x11) -> Path:
    return make(tmp_path / "axes.essdesk", referential_4x11)


def test_the_diagnostic_keeps_its_referential_and_is_scored_on_its_parts(
    new_store, referential_4x11
):
    store = new_store()  # a file, and a PostgreSQL server when one is available
    create_diagnostic(store.session, referential_4x11, title="Axes")
    s = Services(store.session)
    assert s.referential() == referential_4x11
    assert [st.number for st in s.steps()] == [1, 2, 3, 4]
    assert [lv.code for lv in s.steps()[0].levers] == ["A1", "A2", "A3"]
    s.update_lever(s.lever_by_code("C1").id, status=LeverStatus.DONE)
    s.update_lever(s.lever_by_code("C2").id, status=LeverStatus.IN_PROGRESS)
    scores = s.scores()
    assert sorted(scores.steps) == [1, 2, 3, 4]
    assert scores.steps[3].maturity == pytest.approx(75.0)
    assert scores.overall.total == 11 and scores.overall.assessed == 2
    # A lever the group adds gets a code of its own, whatever the referential's codes are.
    s.add_custom_lever(2, "Acheter local")
    s.add_custom_lever(2, "Acheter solidaire")
    assert [lv.code for lv in s.step(2).levers][-2:] == ["2.1", "2.2"]
    assert to_dict(store.session)["referential"]["data"]["words"]["levers"] == "actions"
    # A caller holding another referential (the default one) does not change the copy.
    other = to_dict(store.session, load_referential())["referential"]["data"]
    assert other["id"] == "test-axes-4x11"


def test_json_round_trip_opens_the_same_without_the_referential_installed(axes_file, tmp_path):
    first = tmp_path / "axes.json"
    assert main(["export-json", str(axes_file), str(first)]) == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["referential"]["data"]["words"]["part"] == "axe"
    # The shipped referentials do not include this method: only the file's copy knows it.
    imported = tmp_path / "ailleurs.essdesk"
    assert main(["import-json", str(first), str(imported)]) == 0
    doc = Document.open(imported)
    try:
        assert (
            Services(doc.session).referential().title == "Feuille de route de test en quatre axes"
        )
    finally:
        doc.close()
    second = tmp_path / "encore.json"
    assert main(["export-json", str(imported), str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()


def test_a_file_whose_copy_disagrees_with_its_parts_is_refused(axes_file, tmp_path, capsys):
    source = tmp_path / "axes.json"
    main(["export-json", str(axes_file), str(source)])
    data = json.loads(source.read_text(encoding="utf-8"))
    data["steps"][0]["levers"].insert(0, data["steps"][1]["levers"].pop(0))  # B1 under axe 1
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["import-json", str(source), str(tmp_path / "x.essdesk")]) == 2
    err = capsys.readouterr().err
    assert "steps[0].levers[0].code" in err and "B1" in err and "partie 2" in err


def test_reports_name_the_methods_parts(axes_file, tmp_path):
    pdf, xlsx, word = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "r.docx"
    assert (
        main(
            ["export", str(axes_file), "--pdf", str(pdf), "--xlsx", str(xlsx), "--docx", str(word)]
        )
        == 0
    )
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Axe 2 — Achats et commande publique" in text and "Étape" not in text
    assert "4 axes, 11 actions" in text and "Maturité par axe" in text
    assert "complétude (2 actions sur 11)" in " ".join(text.split())
    outline = [item.title for item in PdfReader(pdf).outline if not isinstance(item, list)]
    assert "Axe 4 — Emploi et compétences" in outline
    wb = openpyxl.load_workbook(xlsx)
    synthesis = [c.value for row in wb["Synthèse"].iter_rows() for c in row if c.value]
    assert "Axe 1" in synthesis and "Axe 4" in synthesis and "Axe 5" not in synthesis
    assert [c.value for c in wb["Leviers"][1]][:2] == ["Axe", "Code"]
    headings = [
        p.text for p in docx.Document(str(word)).paragraphs if p.style.name.startswith("Heading")
    ]
    assert "Axe 2 — Achats et commande publique" in headings
    assert not any("Étape" in h for h in headings)


def test_a_jalon_is_posted_and_compared_on_the_methods_parts(axes_file, referential_4x11):
    doc = Document.open(axes_file)
    try:
        s = Services(doc.session)
        first = s.post_jalon("Avant", s.referential()).created_id
        s.update_lever(s.lever_by_code("D2").id, status=LeverStatus.DONE)
        comparison = compare_jalons(s, first, None, s.referential())
        lines = comparison.lines(s.referential())
        assert "Axe 4 — Emploi et compétences" in lines
        assert [row["number"] for row in comparison.maturity()["steps"]] == [1, 2, 3, 4]
        assert (
            s.jalon_data(first)["referential"]["data"]
            == to_dict(doc.session)["referential"]["data"]
        )
    finally:
        doc.close()


def test_workbook_round_trip(axes_file, tmp_path):
    doc = Document.open(axes_file)
    try:
        cahier = tmp_path / "cahier.xlsx"
        write_workbook(doc.session, cahier)
        wb = openpyxl.load_workbook(cahier)
        levers = wb["Leviers"]
        row = next(r for r in range(2, levers.max_row + 1) if levers.cell(r, 2).value == "C2")
        levers.cell(row, 5, "En cours")
        wb.save(tmp_path / "rempli.xlsx")
        result = preview_workbook(tmp_path / "rempli.xlsx", doc.session)
        assert not result.errors and not result.conflicts and not result.empty
        s = Services(doc.session)
        apply_preview(s, result, "Avant le cahier", referential=s.referential())
        assert s.lever_by_code("C2").status is LeverStatus.IN_PROGRESS
    finally:
        doc.close()


def test_two_parts_have_bars_and_no_radar_anywhere(tmp_path, referential_2parts):
    path = make(tmp_path / "defis.essdesk", referential_2parts)
    # The Word report alone first: nothing drawn before its bars has loaded their fonts.
    assert main(["export", str(path), "--docx", str(tmp_path / "seul.docx")]) == 0
    pdf, xlsx, word = tmp_path / "d.pdf", tmp_path / "d.xlsx", tmp_path / "d.docx"
    assert (
        main(["export", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx), "--docx", str(word)])
        == 0
    )
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Figure : barres de maturité et de complétude par défi" in text
    assert "radar" not in text.lower() and "Défi 2 — Ouvrir la filière aux habitants" in text
    with zipfile.ZipFile(xlsx) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert charts and all("radarChart" not in c for c in charts)
    assert any("<c:barChart>" in c for c in charts)
    captions = [p.text for p in docx.Document(str(word)).paragraphs if "Figure" in p.text]
    assert captions and not any("radar" in c for c in captions)
    assert any("Maturité et complétude par défi" in c for c in captions)


STEP_COUNT = re.compile(r"range\(1, ?8\)|\[1-7\]|\b7 (étapes|steps)|40 leviers")


def test_no_step_count_in_the_code():
    """The parts and levers are the referential's: no 7 or 40 written in the code."""
    found = []
    for folder in ("essdesk", "resources/schema"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".json") and path.is_file():
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if STEP_COUNT.search(line):
                        found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
    assert STEP_COUNT.search("for n in range(1, 8):")  # the pattern still catches the old code
