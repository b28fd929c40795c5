"""The PDF renderer's own markup parsing gives exactly what reportlab's HTML parser gives.

essdesk/export/pdf.py tokenises its paragraphs into reportlab's tuple tree (issue 6: the HTML
parser was two thirds of building the story). Same fragments means same layout; these tests
compare every fragment attribute of every paragraph of real reports.
"""

from __future__ import annotations

from pathlib import Path

import export_data as data
import pytest
from reportlab.lib.colors import HexColor
from reportlab.platypus.paragraph import Paragraph

from essdesk.export import pdf
from essdesk.export.report import build_report


def _fragments(paragraph: Paragraph) -> list[list[tuple[str, str]]]:
    return [sorted((k, repr(v)) for k, v in vars(f).items()) for f in paragraph.frags]


def _markups_of(report, tmp_path: Path, monkeypatch) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    original = pdf._Para.__init__

    def recording(self, text, style, *args, **kwargs):
        if text and not args and not kwargs:
            seen.append((text, style))
        original(self, text, style, *args, **kwargs)

    monkeypatch.setattr(pdf._Para, "__init__", recording)
    pdf.PdfRenderer(report).render(tmp_path / "r.pdf")
    monkeypatch.undo()
    return seen


@pytest.mark.parametrize("build", [data.sample, data.hostile])
def test_fast_parsing_gives_reportlabs_fragments(build, tmp_path: Path, monkeypatch):
    ref = data.referential()
    with data.session_scope() as session:
        build(session, ref)
        report = build_report(data.connection(session), ref)
    markups = _markups_of(report, tmp_path, monkeypatch)
    fast = [m for m in markups if pdf._tuple_tree(pdf.cleanBlockQuotedText(m[0])) is not None]
    assert len(fast) >= 0.8 * len(markups) > 0  # the fast path is the common one
    for text, style in markups:
        ours, reportlabs = pdf._Para(text, style), Paragraph(text, style)
        assert ours.text == reportlabs.text, text
        assert _fragments(ours) == _fragments(reportlabs), text


@pytest.mark.parametrize("markup", [
    "R&amp;D et <b>CAE &lt;70 %&gt;</b>",  # the escapes pdf_markup writes
    "&amp;lt; écrit tel quel &amp;amp;",
    "&lt;b&gt;pas du gras&lt;/b&gt;",
])
def test_essdesks_escapes_give_reportlabs_fragments(markup: str):
    assert pdf._tuple_tree(markup) is not None
    style = pdf.PdfRenderer._stylesheet()["body"]
    ours, reportlabs = pdf._Para(markup, style), Paragraph(markup, style)
    assert ours.text == reportlabs.text
    assert _fragments(ours) == _fragments(reportlabs)


@pytest.mark.parametrize("markup", [
    "R&nbsp;D et <b>CAE</b>",     # an entity essdesk does not write
    "R&#38;D",
    "R & D",                      # a bare ampersand
    "<i>italique</i>",            # a tag essdesk does not write
    "a > b",
])
def test_anything_else_goes_through_reportlabs_parser(markup: str):
    assert pdf._tuple_tree(markup) is None
    style = pdf.PdfRenderer._stylesheet()["body"]
    assert _fragments(pdf._Para(markup, style)) == _fragments(Paragraph(markup, style))


@pytest.mark.parametrize("markup", ["<b>non fermé", "<b>croisé</font></b>"])
def test_broken_markup_fails_as_reportlab_fails(markup: str):
    assert pdf._tuple_tree(markup) is None
    style = pdf.PdfRenderer._stylesheet()["body"]
    with pytest.raises(ValueError):
        Paragraph(markup, style)
    with pytest.raises(ValueError):
        pdf._Para(markup, style)


def test_the_tuple_tree_of_essdesks_markup():
    tree = pdf._tuple_tree('<b>Nom</b><br/><font size="7.5" backColor="#FCE8B2">\u00a0rôle\u00a0</font>')
    # Colours arrive as colours: the parser's own conversion of "#FCE8B2" is slow.
    assert tree == ("para", {}, [("b", {}, ["Nom"]), ("br", {}, []),
                                 ("font", {"size": "7.5", "backcolor": HexColor("#FCE8B2")},
                                  ["\u00a0rôle\u00a0"])])
