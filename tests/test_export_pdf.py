"""The PDF report, read back with pypdf and rendered with poppler as a reader would see it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import export_data as data
import pytest
from pypdf import PdfReader

from essdesk.export import export_document

PAGE_WIDTH = 595.27


@pytest.fixture(scope="module")
def ref():
    return data.referential()


def _export(folder: Path, ref, build=data.sample, anonymise=False) -> Path:
    target = folder / "rapport.pdf"
    with data.session_scope() as session:
        build(session, ref)
        export_document(data.connection(session), ref, xlsx=None, pdf=target, anonymise=anonymise)
    return target


def _flat(text: str) -> str:
    """Extracted text with line wraps undone, to search phrases that span lines."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory, ref) -> Path:
    return _export(tmp_path_factory.mktemp("pdf"), ref)


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def _page_of(pages: list[str], heading: str) -> int:
    """1-based number of the first page after the contents with a line starting with
    `heading` (sections follow each other on a page when there is room)."""
    for number, text in enumerate(pages[2:], start=3):
        body = text.split("Diagnostic de filière\n", 1)[-1]  # skip the running header
        if any(line.lstrip().startswith(heading) for line in body.splitlines()):
            return number
    raise AssertionError(f"no page has a line starting with {heading!r}")


def test_cover_shows_identity(pages):
    cover = _flat(pages[0])
    assert "Structurer la filière laine du Pays de Sault" in cover
    assert "Communauté de communes des Pyrénées audoises" in cover
    assert "11 mars 2024" in cover and "Claire Dubreuil (cabinet Trame)" in cover
    assert "Page" not in cover


def test_every_page_but_the_cover_says_page_x_of_y(pages):
    total = len(pages)
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} / {total}" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils absent")
def test_sections_in_order_and_contents_page_numbers_are_right(pdf, pages):
    # poppler's layout mode: the page numbers are form XObjects (written once the page count
    # is known), which pypdf's layout mode leaves out (its plain mode keeps them, in order)
    contents = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    headings = [
        "Synthèse",
        "Leviers prioritaires",
        "Étape 1 — Diagnostic territorial",
        "Étape 4 — Financement",
        "Cartographie des acteurs",
        "Plan d'action",
        "Ateliers",
    ]
    found = [_page_of(pages, h) for h in headings]
    assert found == sorted(found)
    for heading, page in zip(headings, found, strict=True):
        line = next(ln for ln in contents.splitlines() if ln.strip().startswith(heading))
        assert line.rstrip().endswith(f" {page}"), (heading, line, page)


def test_bookmarks_let_readers_jump_to_each_step(pdf):
    reader = PdfReader(pdf)
    titles = [item.title for item in reader.outline]
    assert titles[:2] == ["Synthèse", "Leviers prioritaires"]
    assert "Étape 7 — Formation aux nouveaux métiers et le développement de la recherche" in titles
    step3 = next(i for i in reader.outline if i.title.startswith("Étape 3"))
    assert "Étape 3" in reader.pages[reader.get_destination_page_number(step3)].extract_text()


def test_each_step_section_has_its_objective_and_levers(pages, ref):
    for step in ref.steps:
        page = _page_of(pages, f"Étape {step.number} — ")
        text = _flat(" ".join(pages[page - 1 : page + 1]))  # a section may run onto the next page
        assert step.objective[:60] in text
        for lever in step.levers[:2]:
            assert lever.label[:50] in text
    step1 = _flat(pages[_page_of(pages, "Étape 1 — ") - 1])
    assert (
        "Réalisé · Priorité : Haute · Poids : 1 · Responsable : Service développement économique"
        " · Échéance : 15/01/2025" in step1
    )


def test_synthesis_gives_the_key_figures(pages):
    text = _flat(pages[_page_of(pages, "Synthèse") - 1])
    assert "Maturité par étape" in text
    assert "maturité globale" in text and "37 %" in text
    assert "acteurs (6 ESS, 2 hors ESS)" in text
    assert "Diagnostic territorial" in text and "Ensemble" in text


def test_priority_levers_are_high_and_not_done(pages):
    text = _flat(pages[_page_of(pages, "Leviers prioritaires") - 1])
    assert "12 leviers de priorité haute" in text
    assert "Débouché paillage pour les espaces verts communaux" in text  # custom, planned
    assert "Étude de faisabilité d'une unité de lavage" in text  # its linked action


def test_actors_grouped_by_chain_link_with_ess_counts(pages):
    text = _flat(" ".join(pages[_page_of(pages, "Cartographie des acteurs") - 1 :]))
    assert "8 acteurs recensés : 6 de l'ESS et 2 hors ESS" in text
    assert "Transformation — 2 acteurs (1 ESS, 1 hors ESS)" in text
    assert (
        text.index("Ressource / amont —")
        < text.index("Production —")
        < text.index("Accompagnement —")
    )


def test_plan_sorted_by_date_and_workshops(pages):
    text = _flat(" ".join(pages[_page_of(pages, "Plan d'action") - 1 :]))
    assert (
        text.index("Journée de la laine")
        < text.index("Étude de faisabilité")
        < text.index("Achat public de paillage")
    )
    assert "46 200,50 €" in text
    assert "Atelier du 18 avril 2024 — Salle des fêtes d'Espezel" in text
    assert "Jeanne Martin (Coopérative Laines du Sault)" in text
    assert "Créer un groupe de travail débouchés." in text


def test_anonymised_report_names_no_one(tmp_path, ref):
    reader = PdfReader(_export(tmp_path, ref, anonymise=True))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for secret in (
        "contact0@exemple.fr",
        "Personne Contact",
        "04 68 20",
        "Jeanne Martin",
        "Luc Bonnet",
    ):
        assert secret not in text
    assert "Organisations représentées" in text
    assert "Coopérative Laines du Sault (2)" in text and "3 participants" in text
    assert "version anonymisée" in text


def _with_huge_note(session, ref):
    diagnostic = data.sample(session, ref)
    paragraph = "La laine est collectée, triée puis lavée avant la filature. " * 60
    diagnostic.steps[0].levers[0].notes = "\n".join([paragraph] * 25)  # ~90,000 characters
    diagnostic.steps[0].levers[1].notes = "x" * 9000  # one unbreakable word
    diagnostic.steps[0].levers[2].priority = diagnostic.steps[0].levers[0].priority
    diagnostic.actors[0].role = paragraph * 8  # a table cell taller than a page
    session.commit()


def test_very_long_notes_flow_over_several_pages(tmp_path, ref):
    reader = PdfReader(_export(tmp_path, ref, build=_with_huge_note))
    texts = [page.extract_text() for page in reader.pages]
    spanning = [i for i, t in enumerate(texts) if "triée puis lavée" in t]
    assert len(spanning) > 10  # the note of 1.1 alone fills many pages


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils absent")
def test_pages_render_and_no_text_leaves_the_page(tmp_path, ref):
    pdf = _export(tmp_path, ref, build=_with_huge_note)
    count = len(PdfReader(pdf).pages)
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == count and all(p.stat().st_size > 500 for p in images)
    if shutil.which("pdftotext") is None:
        return
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert right_edges and max(right_edges) <= PAGE_WIDTH - 40  # inside the 50 pt margin


def test_no_line_starts_with_a_percent_sign(pages):
    """French typography: '25 %' stays on one line (reportlab breaks at U+202F, not U+00A0)."""
    lines = [line for page in pages for line in page.splitlines()]
    assert [line for line in lines if line.lstrip().startswith("%")] == []
    assert re.search(r"prévu\s25\s%", _flat(" ".join(pages)))  # the footnote is there


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils absent")
def test_metadata_language_and_an_outline_entry_for_every_section(pdf):
    """What assistive tools and document managers read (issue 16 §2)."""
    from essdesk.export.report import SECTIONS

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Structurer la filière laine du Pays de Sault"
    assert fields["Author"].strip() == "Claire Dubreuil (cabinet Trame)"
    assert fields["Subject"].strip().startswith("Diagnostic de filière")
    assert "RTES" in fields["Keywords"]
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    # « Évolution » and « Indicateurs » are there only when the diagnostic has jalons or
    # indicators (this sample has neither)
    expected = [
        title
        for key, title in SECTIONS.items()
        if key not in ("etapes", "evolution", "indicateurs")
    ]
    assert [t for t in titles if t in expected] == expected
    assert sum(t.startswith("Étape ") for t in titles) == 7


def test_the_charts_have_a_text_alternative_in_reading_order(pages):
    synthesis = _flat(pages[_page_of(pages, "Maturité par étape") - 1])
    alternative = synthesis.index("Figure : radar de la maturité de chaque étape")
    assert synthesis.index("Maturité par étape") < alternative < synthesis.index("Intitulé")
