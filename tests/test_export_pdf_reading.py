"""The PDF report as a reader sees it (issue 14): pages, amounts, cover, fonts, closing."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import export_data as data
import pytest
from pypdf import PdfReader

from essdesk.cli import main
from essdesk.domain import demo as demo_story
from essdesk.export import export_document
from essdesk.store.snapshot import read_document

poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils absent")

#: The body frame of a report page, in pdftotext's top-down coordinates (see export/pdf.py).
BODY_TOP, BODY_BOTTOM = 62, 790


@pytest.fixture(scope="module")
def ref():
    return data.referential()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.essdesk"
    assert main(["demo", str(path)]) == 0
    return path


def _export(source: Path, target: Path, ref, **options) -> Path:
    with read_document(source) as conn:
        export_document(conn, ref, xlsx=None, pdf=target, **options)
    return target


@pytest.fixture(scope="module")
def demo_pdf(demo, ref, tmp_path_factory) -> Path:
    return _export(demo, tmp_path_factory.mktemp("pdf") / "demo.pdf", ref)


@pytest.fixture(scope="module")
def pages(demo_pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(demo_pdf).pages]


def _lines(pdf: Path) -> list[str]:
    """The text lines as laid out, spaces of every kind made plain."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return [re.sub(r"[\u00a0\u202f ]+", " ", line).strip() for line in text.splitlines()]


def _fill(pdf: Path) -> list[float]:
    """How far down each page's body its text goes (0 = empty, 1 = to the bottom margin)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    fills = []
    for page in html.split("<page ")[1:]:
        bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page)]
        body = [y for y in bottoms if BODY_TOP <= y <= BODY_BOTTOM]
        fills.append((max(body) - BODY_TOP) / (BODY_BOTTOM - BODY_TOP) if body else 0.0)
    return fills


@poppler
def test_no_page_holds_only_a_lever_or_a_few_lines(demo_pdf):
    """The demo had pages 8 and 10 nearly empty (one lever after a step's page break)."""
    fills = _fill(demo_pdf)
    inner = fills[2:-1]  # the cover, the contents and the last page may be short
    assert inner and min(inner) >= 0.5, fills


@poppler
def test_amounts_and_quotes_are_never_split(demo_pdf):
    lines = _lines(demo_pdf)
    text = "\n".join(lines)
    assert "110 500,50 €" in text  # the plan's total, on one line
    for line in lines:
        assert not line.endswith("«"), line
        assert not line.startswith(("»", "€", "%")), line
    # no amount whose thousands went to the next line: "110" at a line end, "500,50 €" next
    for first, second in zip(lines, lines[1:], strict=False):
        assert not (re.search(r"\b\d{1,3}$", first) and re.match(r"^\d{3},\d\d €", second))


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def _story_day(iso: str) -> str:
    """A day of the demo's story as the cover writes it: the demo is dated from today."""
    day = dt.date.fromisoformat(iso) + (dt.date.today() - demo_story.STORY_TODAY)
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def test_cover_names_title_territory_dates_maturity_facilitator(pages):
    cover = re.sub(r"\s+", " ", pages[0])
    first, last = demo_story.WORKSHOPS[0][0], demo_story.WORKSHOPS[-1][0]
    for expected in (
        "Filière laine du Parc naturel régional de Lorraine",
        "Territoire Parc naturel régional de Lorraine",
        f"Début du diagnostic {_story_day('2023-10-02')}",
        f"Ateliers 2 ateliers, du {_story_day(first)} au {_story_day(last)}",
        "Animation Chargée de mission filières du PNR",
        "Maturité globale 46",
    ):
        assert expected in cover, expected
    assert "))" not in cover  # "(Parc naturel régional (PNR))" no more


def test_radar_names_the_steps(pages):
    synthesis = next(p for p in pages[2:] if "Maturité par étape" in p)
    flat = re.sub(r"\s+", " ", synthesis)
    for label in ("1. Diagnostic", "4. Financement", "5. Communication", "6. Soutien au"):
        assert label in flat, label


def test_report_ends_with_recommendations_then_follow_ups(pages, demo_pdf):
    titles = [item.title for item in PdfReader(demo_pdf).outline]
    assert titles[-2:] == ["Recommandations", "Suites proposées"]
    tail = re.sub(r"\s+", " ", " ".join(pages[-2:]))
    recommendations = tail[tail.index("Recommandations") : tail.index("Suites proposées")]
    # built from the priorities: each high-priority open lever, with its action
    assert "1.2 Dresser une cartographie" in recommendations
    assert "suivre l'action « Finaliser la cartographie des acteurs de l'aval »" in recommendations
    follow_ups = tail[tail.index("Suites proposées") :]
    # built from the plan: the open actions, by start date, with their pilot
    assert "7 actions du plan restent à mener" in follow_ups
    assert follow_ups.index("Finaliser la cartographie") < follow_ups.index("Organiser la collecte")
    assert "Essais thermiques des panneaux" in follow_ups


def test_every_font_is_embedded(demo_pdf, demo, tmp_path, referential):
    from essdesk.export.minutes import write_minutes
    from essdesk.store.document import Document

    with Document.open(demo) as doc:
        minutes = write_minutes(doc.session, referential, 1, tmp_path / "cr.pdf")
    for pdf in (demo_pdf, minutes):
        fonts = {}
        for page in PdfReader(pdf).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts and not any("Helvetica" in name for name in fonts), fonts.keys()
        for name, font in fonts.items():
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), name
        if shutil.which("pdffonts"):
            table = subprocess.run(
                ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert table and all(" yes yes yes " in row for row in table), table


def test_minutes_author_is_the_facilitator(demo, tmp_path, referential):
    from essdesk.export.minutes import write_minutes
    from essdesk.store.document import Document

    with Document.open(demo) as doc:
        path = write_minutes(doc.session, referential, 1, tmp_path / "cr.pdf")
    assert PdfReader(path).metadata.author == "Chargée de mission filières du PNR"


def _text(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_email_addresses_only_when_asked(tmp_path, ref):
    with data.session_scope() as session:
        data.sample(session, ref)
        conn = data.connection(session)
        export_document(conn, ref, xlsx=None, pdf=tmp_path / "sans.pdf")
        export_document(conn, ref, xlsx=None, pdf=tmp_path / "avec.pdf", pdf_emails=True)
    assert "@" not in _text(tmp_path / "sans.pdf")
    assert "contact0@exemple.fr" in _text(tmp_path / "avec.pdf")


def test_cli_emails_flag(demo, tmp_path):
    def export(*flags: str) -> str:
        target = tmp_path / f"r{len(flags)}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "essdesk", "export", str(demo), "--pdf", str(target), *flags],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return _text(target)

    assert "@" not in export()
    assert "@exemple.fr" in export("--emails")


def test_user_text_gets_no_break_spaces_where_french_wants_them():
    from essdesk.export.text import pdf_markup

    nbsp = "\u00a0"
    assert (
        pdf_markup("Budget 110 500,50 € soit 20 %")
        == f"Budget 110{nbsp}500,50{nbsp}€ soit 20{nbsp}%"
    )
    assert pdf_markup("« laine » : oui ?") == f"«{nbsp}laine{nbsp}»{nbsp}: oui{nbsp}?"
    assert pdf_markup("en 2026 1000 pièces") == "en 2026 1000 pièces"  # not a thousands group
