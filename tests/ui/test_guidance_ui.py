"""The referential's guidance on screen: lever card, workshop mode (Q), overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from essdesk.models.enums import LeverStatus, Priority, TerritoryKind
from essdesk.ui.workshop_mode import WorkshopMode


def card(window, code: str):
    step = int(code.split(".")[0])
    window.go("step", step)
    lever = window.ctx.services.lever_by_code(code)
    return window.step_view.cards[lever.id]


def update(window, code: str, **values) -> None:
    s = window.ctx.services
    window.ctx.emit(s.update_lever(s.lever_by_code(code).id, **values))


def test_the_lever_card_shows_questions_and_who_carries_it(window):
    ref = window.referential.lever("3.8")
    c = card(window, "3.8")
    panel = c.guidance_panel
    assert panel.actors.isVisible()
    assert panel.actors.text() == "Portés d'habitude par : Collectivité, SCIC, Réseau ou fédération"
    assert panel.button.text() == f"Questions à se poser ({len(ref.questions)})"
    assert not panel.questions.isVisible()
    panel.button.click()
    assert panel.questions.isVisible()
    shown = panel.questions.text().replace("\u00a0", " ")  # "?" kept with its word
    for question in ref.questions:
        assert question in shown
    panel.button.click()
    assert not panel.questions.isVisible()


def test_examples_of_the_diagnostics_filiere_or_territory_come_first(window):
    # the fixture's filière is "Laine": the PNR de Lorraine's MOS-Laine comes first, marked
    html = card(window, "3.8").examples.text()
    pnr, lyon = (
        html.index("Parc Naturel Régional de Lorraine"),
        html.index("Métropole du Grand Lyon"),
    )
    assert pnr < lyon
    assert html.count("proche de votre diagnostic") == 1
    assert html.index("proche de votre diagnostic") < lyon
    # a metropolis on another filière: the two metropolises first, in the guide's order
    s = window.ctx.services
    window.ctx.emit(
        s.update_diagnostic(territory_kind=TerritoryKind.METROPOLE, filiere_name="Bois")
    )
    window.go("step", 1)
    html = card(window, "3.8").examples.text()
    lyon, grenoble = html.index("Métropole du Grand Lyon"), html.index("Grenoble Alpes Métropole")
    assert lyon < grenoble < html.index("Parc Naturel Régional de Lorraine")
    assert html.count("proche de votre diagnostic") == 2


@pytest.fixture
def mode(window, qtbot):
    m = WorkshopMode(window.ctx, None, start_step=3)
    qtbot.addWidget(m)
    m.resize(1024, 768)
    m.show()
    return m


def test_q_shows_the_levers_questions_in_the_workshop_mode(mode, window):
    QTest.keyClick(mode, Qt.Key.Key_Q)  # on the step slide: nothing to show
    assert not mode.questions.isVisibleTo(mode)
    QTest.keyClick(mode, Qt.Key.Key_PageDown)
    lever = window.ctx.services.lever(mode.presenter.lever_id)
    questions = window.referential.lever(lever.code).questions
    assert mode.questions.isVisibleTo(mode)
    shown = mode.questions.text().replace("\u00a0", " ")
    assert shown.startswith("<b>Questions à se poser</b>")
    assert all(q in shown for q in questions)
    assert not mode.examples.isVisibleTo(mode)  # the questions take the guide's place
    QTest.keyClick(mode, Qt.Key.Key_Right)  # Q stays on from lever to lever
    following = window.ctx.services.lever(mode.presenter.lever_id)
    assert window.referential.lever(following.code).questions[0] in mode.questions.text().replace(
        "\u00a0", " "
    )
    QTest.keyClick(mode, Qt.Key.Key_Q)
    assert not mode.questions.isVisibleTo(mode)
    assert mode.examples.isVisibleTo(mode)


def test_q_is_in_the_help_and_the_footer_and_is_a_letter_in_the_notes(mode, window):
    assert "Q  questions" in mode.footer.text()
    QTest.keyClick(mode, Qt.Key.Key_H)
    assert "questions à se poser" in mode.help.text()
    QTest.keyClick(mode, Qt.Key.Key_Escape)
    QTest.keyClick(mode, Qt.Key.Key_PageDown)
    lever_id = mode.presenter.lever_id
    QTest.keyClick(mode, Qt.Key.Key_N)
    for ch in "Quoi ? qui":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            mode.editor,
            Qt.Key.Key_unknown,
            ch,
            Qt.KeyboardModifier.NoModifier,
        )
    QTest.keyClick(mode.editor, Qt.Key.Key_Escape)
    assert window.ctx.services.lever(lever_id).notes == "Quoi ? qui"
    assert not mode.questions_shown


def test_overview_lists_the_levers_to_look_at_next_and_opens_one(window, qtbot):
    window.go("overview")
    listing = window.overview.next_levers.list
    assert listing.count() == 1 and not listing.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    update(window, "5.2", priority=Priority.HIGH)
    update(window, "4.1", status=LeverStatus.IN_PROGRESS)  # financing begun, diagnostic not
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts[0].startswith("5.2  ") and texts[0].endswith("prioritaire mais pas commencé")
    assert texts[1].startswith("1.1  ")
    assert texts[1].endswith("l'étape 1 n'est pas faite et l'étape 4 en dépend")
    assert len(texts) == 5
    target = window.ctx.services.lever_by_code("1.1").id
    rect = listing.visualItemRect(listing.item(1))
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.step_view and window.step_view.number == 1
    assert target in window.step_view.cards


def test_overview_says_when_the_referential_has_no_rules(window):
    window.go("overview")
    listing = window.overview.next_levers.list
    assert listing.item(0).text().startswith("Rien à signaler pour l'instant")
    window.ctx.referential = window.ctx.referential._replace(rules=())
    window.overview.reload()
    assert listing.count() == 1
    assert listing.item(0).text().startswith("Le référentiel de ce diagnostic ne donne pas")
