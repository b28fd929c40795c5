"""The minutes of a workshop session: content, anonymisation, safety, CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from essdesk.domain.services import Services
from essdesk.errors import EssdeskError
from essdesk.export.minutes import build_minutes, write_minutes


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def voted(demo_document):
    """The demo's second session, its votes turned into the action plan."""
    services = Services(demo_document.session)
    workshop = services.workshops()[1]
    services.votes_to_action_plan(workshop.id)
    return demo_document, workshop.id


def test_minutes_pdf_says_who_what_and_which_actions(voted, referential, tmp_path):
    doc, wid = voted
    out = write_minutes(doc.session, referential, wid, tmp_path / "cr.pdf")
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 2
    text = _text(out)
    for expected in (
        "Compte rendu d'atelier",
        "Salle des fêtes, Bataville",
        "6 participants",
        "Claire Vautrin",
        "SCIC MOS-Laine",
        "3. Animation du collectif d'acteurs",
        "Résultats du vote",
        "28 gommettes",
        "4.1",
        "Décisions",
        "contrat d'achat de la laine",
        "Actions créées",
        "Contrat d'achat de la laine aux éleveurs",
        "Page 1",
    ):
        assert expected in text, expected
    assert text.index("4.1") < text.index("6.2") < text.index("3.6")  # most voted first
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


def test_minutes_model_lists_the_actions_created_from_the_votes(voted, referential):
    doc, wid = voted
    m = build_minutes(doc.session, referential, wid)
    assert [v.code for v in m.votes][:3] == ["4.1", "6.2", "3.6"]
    drafts = [a for a in m.actions if a.title.startswith(("4.1 —", "6.2 —", "3.6 —"))]
    assert len(drafts) == 3 and all(a.priority == "Haute" for a in drafts)
    assert m.total_dots == 28 and m.voters == 0 and m.dots_per_participant == 5


def test_anonymised_minutes_show_the_count_not_the_names(voted, referential, tmp_path):
    doc, wid = voted
    text = _text(write_minutes(doc.session, referential, wid, tmp_path / "a.pdf", anonymise=True))
    assert "6 participants (liste anonymisée)" in text
    assert "Claire Vautrin" not in text and "Karim Benali" not in text
    assert "SCIC MOS-Laine (1)" in text
    assert "Chargée de mission filières du PNR" not in text  # the facilitator is a person too


def test_user_text_is_shown_literally(document, referential, tmp_path):
    services = Services(document.session)
    lever = services.lever_by_code("1.1").id
    wid = services.add_workshop(
        place="Salle <b>R&D</b>",
        decisions="Voter <font size=40>x</font> & co",
        participants=[{"name": "Zoé <i>", "organisation": ""}],
    ).created_id
    pid = services.workshop(wid).participants[0].id
    services.set_votes(wid, [(lever, pid, 2)])
    text = _text(write_minutes(document.session, referential, wid, tmp_path / "x.pdf"))
    assert (
        "Salle <b>R&D</b>" in text and "<font size=40>x</font> & co" in text and "Zoé <i>" in text
    )
    assert "1 votant" in text


def test_unknown_session_is_a_clear_error(document, referential, tmp_path):
    with pytest.raises(EssdeskError, match="L'atelier n° 42 n'existe pas"):
        write_minutes(document.session, referential, 42, tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_cli_minutes(tmp_path):
    path = tmp_path / "d.essdesk"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "essdesk", *map(str, args)], capture_output=True, text=True
        )

    assert run("demo", path).returncode == 0
    info = run("info", path).stdout
    assert "atelier n° 2 :" in info
    out = run("minutes", path, "--session", 2, "--pdf", tmp_path / "cr.pdf")
    assert out.returncode == 0, out.stderr
    assert "Compte rendu exporté" in out.stdout
    assert "Salle des fêtes, Bataville" in _text(tmp_path / "cr.pdf")
    bad = run("minutes", path, "--session", 9, "--pdf", tmp_path / "x.pdf")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "L'atelier n° 9 n'existe pas" in bad.stderr and "Traceback" not in bad.stderr
    usage = run("minutes", path)
    assert usage.returncode == 2 and "arguments obligatoires manquants" in usage.stderr


def test_minutes_in_word_on_the_report_s_template(voted, referential, tmp_path):
    import docx

    doc, wid = voted
    out = write_minutes(doc.session, referential, wid, tmp_path / "cr.docx")
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Compte rendu d'atelier"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Participants", "Résultats du vote", "Décisions"]
    votes = next(t for t in document.tables if t.rows[0].cells[0].text == "Levier")
    assert [row.cells[0].text for row in votes.rows[1:4]] == ["4.1", "6.2", "3.6"]
    assert document.core_properties.language == "fr-FR"
    assert list(tmp_path.iterdir()) == [out]


def test_cli_minutes_in_word(tmp_path):
    path = tmp_path / "d.essdesk"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "essdesk", *map(str, args)], capture_output=True, text=True
        )

    assert run("demo", path).returncode == 0
    out = run("minutes", path, "--session", 2, "--docx", tmp_path / "cr.docx")
    assert out.returncode == 0, out.stderr
    both = run(
        "minutes", path, "--session", 2, "--pdf", tmp_path / "a.pdf", "--docx", tmp_path / "b.docx"
    )
    assert both.returncode == 1 and "l'un des deux" in both.stderr
