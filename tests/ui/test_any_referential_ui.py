"""The window on a diagnostic made on another method (issue 17 §1): 4 axes and 11 actions,
or 2 défis; every view, the workshop mode and the votes follow the file's own referential."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from essdesk.domain.referential import load_referential
from essdesk.domain.services import Services, create_diagnostic
from essdesk.models.enums import LeverStatus
from essdesk.store.document import Document
from essdesk.ui.vote_panel import VoteDialog
from essdesk.ui.workshop_mode import WorkshopMode

DATA = Path(__file__).resolve().parents[1] / "data"


def made_on(path: Path, name: str) -> Path:
    doc = Document.create(path)
    create_diagnostic(doc.session, load_referential(DATA / name), title="Feuille de route ESS")
    s = Services(doc.session)
    s.update_lever(s.steps()[0].levers[0].id, status=LeverStatus.DONE)
    doc.save()
    doc.close()
    return path


@pytest.fixture
def opened(qtbot):
    from essdesk.ui.app import make_window

    w = make_window()
    w.show()
    yield w
    if w.ctx is not None:
        w.commit_edits()
        w.ctx.document.modified = False
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def axes(opened, tmp_path):
    assert opened.open_path(made_on(tmp_path / "axes.essdesk", "referential-4x11.json"))
    return opened


def test_every_view_follows_the_files_referential(axes, diagnostic_file):
    w = axes
    assert w.nav.count() == 1 + 4 + 4  # overview, the axes, actors, plan, workshops, indicators
    assert w.nav.item(1).text() == "Axe 1 · Gouvernance\n1/3 actions"
    assert w.nav.item(4).text().startswith("Axe 4 · Emploi\n")
    assert (w.previous_action.text(), w.next_action.text()) == ("Axe &précédent", "Axe &suivant")
    overview = w.overview
    assert overview.radar_card.isVisibleTo(overview) and overview.radar_card.heading.text() == (
        "Maturité par axe"
    )
    assert [n for n, _t, _v in overview.radar.values] == [1, 2, 3, 4]
    for row in range(w.nav.count()):
        w.nav.setCurrentRow(row)
        assert w.pages.currentWidget() is not None
    w.go("step", 2)
    assert w.step_view.title.text() == "Axe 2 — Achats et commande publique"
    assert w.step_view.next.text() == "Axe 3 →" and w.step_view.previous.text() == "← Axe 1"
    assert not w.step_view.guidance_button.isVisibleTo(w.step_view)  # the method gives none
    w.go("actions")
    combo = w.actions_view.step_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tous : axes",
        "Axe 1",
        "Axe 2",
        "Axe 3",
        "Axe 4",
    ]
    w.go("workshops")
    s = w.ctx.services
    changes = s.add_workshop(place="Hôtel de métropole", step_numbers=[1, 4])
    w.ctx.emit(changes)
    w.workshops_view.select(changes.created_id)
    editor = w.workshops_view.editor
    assert [b.text() for b in editor.steps] == ["1", "2", "3", "4"]
    assert [b.isChecked() for b in editor.steps] == [True, False, False, True]
    assert editor.steps[3].accessibleName() == "Axe 4 abordé"
    assert editor.form.labelForField(editor.parts_box.parentWidget()).text() == "Axes abordés"
    # Another file, on the RTES guide: the navigation is rebuilt for its seven steps.
    assert w.save()
    assert w.open_path(diagnostic_file)
    assert w.nav.count() == 1 + len(w.referential.steps) + 4
    assert w.nav.item(1).text().startswith("Étape 1 · ")


def test_workshop_mode_and_votes_on_four_axes(axes, qtbot):
    w = axes
    s = w.ctx.services
    changes = s.add_workshop(
        place="Salle du conseil",
        step_numbers=[2],
        participants=[{"name": "Ana", "organisation": "PNR"}],
    )
    w.ctx.emit(changes)
    mode = WorkshopMode(w.ctx, changes.created_id)
    qtbot.addWidget(mode)
    mode.resize(1280, 720)
    mode.show()
    assert mode.where.text() == "Axe 2 · Achats et commande publique"
    QTest.keyClick(mode, Qt.Key.Key_PageDown)
    assert mode.code.text() == "B1" and mode.position_label.text() == "action 1 / 3"
    mode.close()
    dialog = VoteDialog(w.ctx, changes.created_id, w)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3  # the actions of axe 2
    assert dialog.model.setData(dialog.model.index(1, dialog.model.group_column), 3)
    assert {s.lever(i).code: n for i, n in s.vote_totals(changes.created_id)} == {"B2": 3}


def test_the_demo_stays_on_the_guide_whatever_is_open(axes):
    axes.ctx.document.modified = False
    axes.open_demo()
    assert axes.referential.words.part == "étape" and axes.nav.item(1).text().startswith("Étape 1")


def test_two_parts_show_bars_and_no_radar(opened, tmp_path):
    assert opened.open_path(made_on(tmp_path / "defis.essdesk", "referential-2parts.json"))
    overview = opened.overview
    assert not overview.radar_card.isVisibleTo(overview)
    assert overview.bars_card.isVisibleTo(overview)
    assert [n for n, *_ in overview.bars.values] == [1, 2]
    assert overview.bars_card.heading.text() == "Maturité et complétude par défi"
    assert opened.nav.item(2).text().startswith("Défi 2 · Ouvrir la filière aux habitants")
