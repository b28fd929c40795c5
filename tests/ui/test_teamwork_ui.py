"""Two people on one server diagnostic: a window (Anne) and a colleague's own session
(Bruno), both real sessions on the test server. A clashing edit or undo is not applied and
the conflict dialog says both versions; the choice made there is written as a new edit."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QTimer

from essdesk.domain.services import Services
from essdesk.models.enums import LeverStatus
from essdesk.store.address import Server
from essdesk.store.opening import publish
from essdesk.store.server import ServerStore
from essdesk.ui.commands import SetFieldsCommand


@pytest.fixture
def address(diagnostic_file, server):
    return publish(diagnostic_file, server)


@pytest.fixture
def anne(qtbot, address):
    from essdesk.ui.app import make_window

    w = make_window()
    w.show()
    assert w.open_location(str(address))
    yield w
    w.ctx.pending.clear()
    w.close()
    w.deleteLater()


@pytest.fixture
def bruno(address):
    store = ServerStore.open(address)
    yield Services(store.session)
    store.close()


def answer(window, button: str, seen: list, merged: str | None = None) -> None:
    """Click a button of the conflict dialog once it is open (it runs its own loop)."""

    def click() -> None:
        dialog = window.conflict_dialog
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        seen.append([(c.label, c.theirs, c.mine, c.who) for c in dialog.conflict.clashes])
        if merged is not None:
            next(iter(dialog.merges.values())).setPlainText(merged)
        getattr(dialog, button).click()

    QTimer.singleShot(0, click)


def _notes(ctx, lever_id, new, old):
    return SetFieldsCommand(ctx, "lever", lever_id, {"notes": new}, {"notes": old}, "Notes")


def test_a_clashing_edit_shows_both_versions_and_the_merge_is_stored(anne, bruno, address):
    ctx = anne.ctx
    lever = ctx.services.lever_by_code("1.1")
    seen_notes = lever.notes
    bruno.update_lever(lever.id, notes="Texte de Bruno")
    seen: list = []
    answer(anne, "merge_button", seen, merged="Texte de Bruno, puis d'Anne")
    ctx.attempt(_notes(ctx, lever.id, "Texte d'Anne", seen_notes))
    assert seen, "the conflict dialog was not shown"
    ((label, theirs, mine, who),) = seen[1]
    assert (label, theirs, mine) == ("Notes", "Texte de Bruno", "Texte d'Anne") and who
    bruno.session.expire_all()
    assert bruno.lever(lever.id).notes == "Texte de Bruno, puis d'Anne"
    # The merge is one undoable edit, back to Bruno's text (nobody changed it since).
    assert ctx.undo_stack.count() == 1
    ctx.undo()
    bruno.session.expire_all()
    assert bruno.lever(lever.id).notes == "Texte de Bruno"


def test_keeping_theirs_writes_nothing_and_the_view_shows_their_version(anne, bruno):
    ctx = anne.ctx
    lever = ctx.services.lever_by_code("1.2")
    bruno.update_lever(lever.id, notes="Bruno")
    seen: list = []
    answer(anne, "theirs_button", seen)
    ctx.attempt(_notes(ctx, lever.id, "Anne", lever.notes))
    assert seen and ctx.undo_stack.count() == 0
    assert ctx.services.lever(lever.id).notes == "Bruno"  # re-read, not Anne's stale copy


def test_a_colleagues_change_to_another_field_is_no_conflict(anne, bruno):
    ctx = anne.ctx
    lever = ctx.services.lever_by_code("1.3")
    bruno.update_lever(lever.id, owner="Bruno")
    anne.go("step", 1)
    card = anne.step_view.cards[lever.id]
    card.status_buttons[LeverStatus.DONE].click()
    assert anne.conflict_dialog is None and ctx.undo_stack.count() == 1
    bruno.session.expire_all()
    assert (bruno.lever(lever.id).owner, bruno.lever(lever.id).status) == (
        "Bruno",
        LeverStatus.DONE,
    )


def test_undo_after_a_colleague_changed_the_field_is_refused_with_the_dialog(anne, bruno):
    ctx = anne.ctx
    lever = ctx.services.lever_by_code("2.1")
    ctx.attempt(_notes(ctx, lever.id, "Anne", lever.notes))
    bruno.session.expire_all()
    bruno.update_lever(lever.id, notes="Bruno, après Anne")
    seen: list = []
    answer(anne, "theirs_button", seen)
    ctx.undo()
    assert seen and "Annulation refusée" in str(seen[0].conflict)
    assert ctx.undo_stack.index() == 1  # the stack did not move
    bruno.session.expire_all()
    assert bruno.lever(lever.id).notes == "Bruno, après Anne"


def test_the_history_lists_each_persons_edits_filters_them_and_undoes_a_line(anne, bruno, qtbot):
    ctx = anne.ctx
    lever = ctx.services.lever_by_code("3.2")
    ctx.attempt(_notes(ctx, lever.id, "Note d'Anne", lever.notes))
    bruno.session.expire_all()
    bruno.set_step_notes(4, "Synthèse de Bruno")
    anne.show_history()
    dialog = anne.history_dialog
    model, proxy = dialog.model, dialog.proxy
    texts = [[model.text(e, c) for c in range(7)] for e in model.entries[:2]]
    assert texts[0][2:] == ["4", "Étape", "Synthèse de l'étape", "—", "Synthèse de Bruno"]
    assert texts[1][2:] == ["3", "Levier 3.2", "Notes", "—", "Note d'Anne"]
    dialog.step.setCurrentIndex(dialog.step.findData(3))
    assert proxy.rowCount() >= 1
    assert all(proxy.index(r, 2).data() == "3" for r in range(proxy.rowCount()))
    dialog.step.setCurrentIndex(0)
    # Undo Bruno's line from Anne's window: a new edit, on the server at once.
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    bruno.session.expire_all()
    assert bruno.step(4).notes == ""
    assert dialog.model.entries[0].field == "notes" and dialog.model.entries[0].after == ""
    dialog.reject()


# -- live refresh ---------------------------------------------------------------------------


def test_a_colleagues_edit_appears_within_two_seconds_and_the_selection_stays(anne, bruno, qtbot):
    import time

    anne.go("actors", None)
    view = anne.actors_view
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "Bergerie"
    )
    view.table.selectRow(row)
    anne.go("step", 1)
    lever = anne.ctx.services.lever_by_code("1.1")
    card = anne.step_view.cards[lever.id]
    started = time.monotonic()
    bruno.update_lever(lever.id, status=LeverStatus.DONE, notes="Vu par Bruno")
    qtbot.waitUntil(lambda: card.notes.toPlainText() == "Vu par Bruno", timeout=2000)
    elapsed = time.monotonic() - started
    assert card.status_buttons[LeverStatus.DONE].isChecked()
    print(f"a colleague's edit shown after {elapsed * 1000:.0f} ms")
    bruno.add_actor(name="Aaa Filature")  # sorts first: the rows move under the selection
    qtbot.waitUntil(
        lambda: any(
            view.model.index(r, 0).data() == "Aaa Filature" for r in range(view.model.rowCount())
        ),
        timeout=2000,
    )
    (selected,) = view.table.selectionModel().selectedRows()
    assert selected.data() == "Bergerie"
    assert anne.ctx.undo_stack.count() == 0  # a colleague's edit is not Anne's to undo


def test_text_being_typed_is_kept_and_its_commit_is_a_conflict(anne, bruno, qtbot):
    anne.go("step", 1)
    lever = anne.ctx.services.lever_by_code("1.4")
    card = anne.step_view.cards[lever.id]
    card.notes.setFocus()
    qtbot.waitUntil(card.notes.hasFocus)
    card.notes.setPlainText("Anne tape encore")
    # The typed text is committed after a 400 ms pause or when the field is left, whichever
    # comes first: Bruno's change may reach the window before or after it. Either way the
    # commit is a conflict, answered here.
    seen: list = []
    answer(anne, "mine_button", seen)
    bruno.update_lever(lever.id, notes="Bruno a fini", owner="Bruno")
    qtbot.waitUntil(lambda: card.owner.text() == "Bruno", timeout=2000)
    assert card.notes.toPlainText() == "Anne tape encore"  # not overwritten
    card.status_buttons[LeverStatus.DONE].setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    qtbot.waitUntil(lambda: anne.ctx.undo_stack.count() >= 1, timeout=2000)
    assert seen[1][0][1:3] == ("Bruno a fini", "Anne tape encore")
    bruno.session.expire_all()
    assert (bruno.lever(lever.id).notes, bruno.lever(lever.id).owner) == (
        "Anne tape encore",
        "Bruno",
    )


def test_a_reading_member_gets_a_read_only_window(qtbot, address, server, monkeypatch):
    from urllib.parse import urlsplit, urlunsplit

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import text

    from essdesk.store.members import grant
    from essdesk.store.server import engine_for
    from essdesk.ui.app import make_window

    role = f"lect{uuid.uuid4().hex[:8]}"
    engine = engine_for(server)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    engine.dispose()
    grant(address, role, write=False)
    parts = urlsplit(server.url)
    url = urlunsplit(
        (parts.scheme, f"{role}@{parts.netloc.rpartition('@')[2]}", parts.path, parts.query, "")
    )
    refused: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: refused.append(message))
    w = make_window()
    qtbot.addWidget(w)
    assert w.open_location(str(Server(url, server.schema).diagnostic(address.number)))
    assert w.saved_label.text() == "Lecture seule (membre en lecture)"
    w.go("step", 1)
    card = next(iter(w.step_view.cards.values()))
    card.status_buttons[LeverStatus.DONE].click()
    assert len(refused) == 1 and "lecture seule" in refused[0]
    with ServerStore.open(address) as store:
        assert Services(store.session).lever(card.lever_id).status is LeverStatus.NOT_ASSESSED
    w.ctx.stop()


def test_returning_an_offline_copy_from_the_file_menu(anne, address, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from essdesk.store.document import Document
    from essdesk.store.opening import take_copy

    path = take_copy(address, tmp_path / "salle.essdesk")
    with Document.open(path) as doc:
        s = Services(doc.session)
        s.update_lever(s.lever_by_code("1.1").id, notes="Noté à la salle des fêtes")
        doc.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown: list = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    anne.go("step", 1)
    card = anne.step_view.cards[anne.ctx.services.lever_by_code("1.1").id]
    text = anne.return_offline_copy()
    assert shown == [text] and "1 appliquée(s), 0 en conflit" in text
    qtbot.waitUntil(lambda: card.notes.toPlainText() == "Noté à la salle des fêtes", timeout=2000)
