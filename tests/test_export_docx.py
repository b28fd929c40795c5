"""The Word report (issue 16 §1): read back with python-docx as Word would show it, on
essdesk's template and on a deliberately different one, and converted by LibreOffice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import export_data as data
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from libreoffice import convert, needs_libreoffice

from essdesk.export import ExportError, export_document
from essdesk.export.report import SECTIONS


def _export(tmp_path: Path, build=data.sample, name="rapport.docx", **kwargs) -> Path:
    ref = data.referential()
    target = tmp_path / name
    with data.session_scope() as session:
        build(session, ref)
        export_document(data.connection(session), ref, xlsx=None, pdf=None, docx=target, **kwargs)
    return target


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory) -> Path:
    return _export(tmp_path_factory.mktemp("docx"))


@pytest.fixture(scope="module")
def document(report_docx):
    return docx.Document(str(report_docx))


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_sections_are_real_headings_in_the_report_s_order(document):
    ref = data.referential()
    steps = [f"Étape {s.number} — {s.title}" for s in ref.steps]
    # « Évolution » and « Indicateurs » appear only when the diagnostic has jalons or
    # indicators (this sample has neither)
    titles = [t for key, t in SECTIONS.items() if key not in ("etapes", "evolution", "indicateurs")]
    assert _headings(document, 1) == [*titles[:2], *steps, *titles[2:]]
    levers = _headings(document, 2)
    assert any(h.startswith("1.1 ") for h in levers)  # each lever: the navigation pane lists it


def test_headings_carry_an_outline_level_for_the_navigation_pane(document):
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        outline = style.element.find(qn("w:pPr")).find(qn("w:outlineLvl"))
        assert outline is not None and outline.get(qn("w:val")) == str(level - 1)


def test_tables_repeat_their_header_row_on_each_page(document):
    assert len(document.tables) >= 8
    for table in document.tables:
        first = table.rows[0].cells[0].paragraphs[0].runs[0].element
        row = next(first.iterancestors(qn("w:tr")))
        assert row.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert table.style.name == "Table Grid"
    plan = next(t for t in document.tables if t.rows[0].cells[1].text == "Action")
    assert plan.rows[1].cells[1].text.startswith("Journée de la laine à Belcaire")


def test_charts_are_pictures_with_a_text_alternative(report_docx, document):
    assert len(document.inline_shapes) == 2
    described = [e.get("descr") for e in document.element.body.iter(qn("wp:docPr"))]
    assert described[0].startswith("Radar de la maturité par étape. 1. Diagnostic territorial : ")
    assert "%" in described[0] and "complétude" in described[1]
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Figure 1 — Maturité par étape (radar)" in captions


def test_language_properties_and_contents_field(report_docx, document):
    core = document.core_properties
    assert core.title == "Structurer la filière laine du Pays de Sault"
    assert core.author == "Claire Dubreuil (cabinet Trame)"
    assert core.subject.startswith("Diagnostic de filière") and core.language == "fr-FR"
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert lang.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "fr-FR"
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    body = document.element.body
    assert any("TOC" in (t.text or "") for t in body.iter(qn("w:instrText")))
    begin = next(c for c in body.iter(qn("w:fldChar")) if c.get(qn("w:fldCharType")) == "begin")
    assert begin.get(qn("w:dirty")) == "true"  # Word updates the contents on opening


def test_user_text_is_shown_literally(tmp_path):
    document = docx.Document(str(_export(tmp_path, data.hostile)))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    assert "R&D <filière> =laine" in text
    for sample in data.HOSTILE[:8]:
        shown = sample.replace("\r\n", "\n").replace("\r", "\n")
        first = next((line for line in shown.split("\n") if line.strip()), "")
        assert first.strip()[:40] in text, sample


def test_anonymised_report_has_no_personal_data(tmp_path):
    document = docx.Document(str(_export(tmp_path, anonymise=True)))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    for secret in ("contact0@exemple.fr", "Personne Contact1", "04 68 20 00 0", "Jeanne Martin"):
        assert secret not in text
    assert "Version anonymisée" in text


def cabinet_template(folder: Path) -> Path:
    """A cabinet's template: a serif font, red titles, its own header, and without the
    Caption and Heading 3 styles (Word writes only the styles a document uses)."""
    template = docx.Document()
    styles = template.styles
    styles["Normal"].font.name = "DejaVu Serif"
    styles["Normal"].font.size = Pt(11)
    styles["Heading 1"].font.color.rgb = RGBColor(0xB0, 0x1C, 0x2E)
    styles["Heading 1"].font.name = "DejaVu Serif"
    styles["Caption"].delete()
    styles["Heading 3"].delete()
    template.sections[0].header.paragraphs[0].text = "Cabinet Exemple & associés — confidentiel"
    template.add_paragraph("Texte du modèle, remplacé par le rapport.")
    path = folder / "cabinet.docx"
    template.save(str(path))
    return path


def test_a_cabinet_template_gives_the_report_its_look(tmp_path):
    template = cabinet_template(tmp_path)
    document = docx.Document(str(_export(tmp_path, template=template)))
    assert document.styles["Normal"].font.name == "DejaVu Serif"
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0xB0, 0x1C, 0x2E)
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Cabinet Exemple & associés — confidentiel"
    assert "Texte du modèle" not in "\n".join(p.text for p in document.paragraphs)
    # the styles it lacked are added, headings keep their outline level
    assert any(p.style.name == "Caption" for p in document.paragraphs)
    assert "Heading 3" in document.styles and _headings(document, 3)


def test_a_word_template_file_dotx_is_taken_as_well(tmp_path):
    """Cabinets keep their letterhead as a .dotx (Word's « Modèle Word »)."""
    import zipfile

    docx_template = cabinet_template(tmp_path)
    dotx = tmp_path / "cabinet.dotx"
    with zipfile.ZipFile(docx_template) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, content)
    with pytest.raises(ValueError):  # python-docx alone refuses it
        docx.Document(str(dotx))
    document = docx.Document(str(_export(tmp_path, template=dotx)))
    assert document.sections[0].header.paragraphs[0].text.startswith("Cabinet Exemple")
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0xB0, 0x1C, 0x2E)


def test_a_template_that_is_not_a_word_document_is_a_clear_french_error(tmp_path):
    bad = tmp_path / "modele.docx"
    bad.write_text("pas un document Word")
    with pytest.raises(ExportError, match="« modele.docx » n'est pas un document Word"):
        _export(tmp_path, template=bad)
    assert not (tmp_path / "rapport.docx").exists()
    with pytest.raises(ExportError, match="introuvable"):
        _export(tmp_path, template=tmp_path / "absent.docx")


def test_a_template_that_inflates_to_a_hundred_megabytes_is_refused_before_parsing(tmp_path):
    """A "template" of 3 million paragraphs (400 KB on disk) took 2.6 GB of memory and ended
    in « signalez ce problème »; its declared size now refuses it, in French."""
    import zipfile

    source = cabinet_template(tmp_path)
    bomb = tmp_path / "enorme.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "word/document.xml":
                head, _, _ = data.partition(b"<w:body>")
                data = head + b"<w:body>" + b"<w:p/>" * 20_000_000 + b"</w:body></w:document>"
            z.writestr(name, data)
    with pytest.raises(ExportError, match="« enorme.docx » n'est pas un modèle Word ordinaire"):
        _export(tmp_path, template=bomb)
    assert not (tmp_path / "rapport.docx").exists()


def test_command_line_docx_with_a_template(tmp_path):
    document = tmp_path / "d.essdesk"
    run = [sys.executable, "-m", "essdesk"]
    assert subprocess.run([*run, "demo", str(document)], capture_output=True).returncode == 0
    template = cabinet_template(tmp_path)
    out = subprocess.run(
        [
            *run,
            "export",
            str(document),
            "--docx",
            str(tmp_path / "r.docx"),
            "--template",
            str(template),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Exporté : {tmp_path / 'r.docx'}"
    alone = subprocess.run(
        [*run, "export", str(document), "--template", str(template)], capture_output=True, text=True
    )
    assert alone.returncode == 1 and "--docx" in alone.stderr


@needs_libreoffice
@pytest.mark.parametrize("cabinet", [False, True], ids=["essdesk", "cabinet"])
def test_libreoffice_converts_it_to_pdf(tmp_path, cabinet):
    from pypdf import PdfReader

    template = cabinet_template(tmp_path) if cabinet else None
    report = _export(tmp_path, template=template)
    out = convert(
        report, to="pdf", outdir=tmp_path / "pdf", profile=tmp_path / "profile", check=False
    )
    assert out.returncode == 0, out.stderr
    problems = [
        line for line in out.stderr.splitlines() if line.strip() and "javaldx" not in line
    ]  # LibreOffice's Java probe, not about the file
    assert problems == []
    reader = PdfReader(tmp_path / "pdf" / "rapport.pdf")
    assert len(reader.pages) >= 8
    text = "\n".join(page.extract_text() for page in reader.pages)
    for title in ("Synthèse", "Cartographie des acteurs", "Suites proposées"):
        assert title in text
    assert reader.metadata.title == "Structurer la filière laine du Pays de Sault"
