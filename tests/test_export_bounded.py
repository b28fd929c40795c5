"""What one field can make of an export is bounded (issue 14): a 200,000-character title
without spaces made 478 pages and took 128 s; fields are limited at input, and the PDF
abridges what a file edited by another tool may still hold."""

from __future__ import annotations

import re

import export_data as data
import pytest
from pypdf import PdfReader

from essdesk.domain.fields import MAX_NAME, MAX_TEXT
from essdesk.export import export_document
from essdesk.export.minutes import Minutes, render_minutes
from essdesk.export.text import abridged, paragraphs

WORD = "x" * 200_000  # no space anywhere: nothing for a line to break at


def _pages(tmp_path, name, spoil=None) -> int:
    ref = data.referential()
    target = tmp_path / f"{name}.pdf"
    with data.session_scope() as session:
        diagnostic = data.sample(session, ref)
        if spoil is not None:
            spoil(diagnostic)
        export_document(data.connection(session), ref, xlsx=tmp_path / f"{name}.xlsx", pdf=target)
    return len(PdfReader(target).pages)


def _spoil_everywhere(diagnostic) -> None:
    """As another SQLite tool could: past every input limit, in every kind of place."""
    diagnostic.title = WORD  # the cover, the page headers, the metadata
    diagnostic.territory_name = WORD
    lever = diagnostic.steps[0].levers[0]
    lever.label = WORD  # a lever title, a priority-table cell
    lever.notes = WORD  # a section's text
    diagnostic.actors[0].name = WORD  # a table cell, other levers' actor lists
    diagnostic.actions[0].notes = WORD
    diagnostic.workshops[0].decisions = WORD


def test_200000_character_words_keep_the_pdf_bounded(tmp_path):
    usual = _pages(tmp_path, "usual")
    spoiled = _pages(tmp_path, "spoiled", _spoil_everywhere)
    # The lever's notes and the workshop's decisions are shown in full up to MAX_TEXT
    # characters (12 pages each of unbreakable letters); titles, names and cells are
    # abridged: a few lines each. Before, the title alone made 478 pages.
    assert spoiled <= usual + 2 * 12 + 5, (usual, spoiled)


def test_the_cover_stays_one_page_whatever_the_title(tmp_path):
    ref = data.referential()
    target = tmp_path / "r.pdf"
    with data.session_scope() as session:
        data.sample(session, ref).title = WORD
        export_document(data.connection(session), ref, xlsx=None, pdf=target)
    pages = [p.extract_text() for p in PdfReader(target).pages]
    assert "Sommaire" in pages[1]  # the contents come right after a one-page cover
    cover = re.sub(r"\s+", " ", pages[0].replace("\u00a0", " "))
    assert "(texte abrégé : 200 000 caractères en tout)" in cover


def test_minutes_bounded_too(tmp_path):
    minutes = Minutes(
        diagnostic=WORD,
        territory=WORD,
        filiere="",
        facilitator=WORD,
        date=None,
        place=WORD,
        anonymised=False,
        participants=((WORD, WORD),),
        steps=(),
        dots_per_participant=3,
        voters=0,
        votes=(),
        total_dots=0,
        notes=WORD,
        decisions=WORD,
        actions=(),
    )
    render_minutes(minutes, tmp_path / "cr.pdf")
    # notes and decisions in full up to MAX_TEXT (~12 pages each), the rest abridged
    assert len(PdfReader(tmp_path / "cr.pdf").pages) <= 30


def test_abridging_and_pieces():
    assert abridged("court", 10) == "court"
    cut = abridged("y" * 30, 10)
    assert cut.startswith("y" * 10 + " […]") and "30 caractères" in cut
    pieces = paragraphs("mot " * 1000 + "\n" + "z" * 2500, 1500)
    assert all(len(p) <= 1500 for p in pieces) and len(pieces) == 5
    assert "".join(pieces[-2:]) == "z" * 2500
    assert not any(p.startswith(" ") for p in pieces)
    assert len(abridged(WORD, MAX_TEXT)) < MAX_TEXT + 100


@pytest.mark.parametrize("kind", ["name", "text"])
def test_input_refuses_what_the_export_would_abridge(kind, services):
    from essdesk.errors import ValidationError

    limit = MAX_NAME if kind == "name" else MAX_TEXT
    field = "title" if kind == "name" else "context"
    with pytest.raises(
        ValidationError, match=f"dépasse {limit:,} caractères".replace(",", "\u202f")
    ):
        services.update_diagnostic(**{field: "x" * (limit + 1)})


def test_the_pdf_limits_are_the_input_limits():
    """The PDF keeps its own copies (importing fields.py would slow every export's start)."""
    from essdesk.export import pdf

    assert (pdf.NAME_LIMIT, pdf.TEXT_LIMIT) == (MAX_NAME, MAX_TEXT)
