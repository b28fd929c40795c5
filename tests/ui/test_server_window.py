"""The window on a server diagnostic, against a real PostgreSQL server (tests/pgserver.py):
the connection dialog and its profiles, where the title and status bar say it lives, edits
committed at once, publish and offline copy, exports, and a connection lost for real."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

from essdesk.domain.services import Services
from essdesk.models.enums import LeverStatus
from essdesk.store.address import Server, parts_of, server_from_parts
from essdesk.store.document import Document
from essdesk.store.opening import open_store, publish
from essdesk.store.server import ServerStore, engine_for
from essdesk.ui.commands import AddCommand
from essdesk.ui.server_dialog import ServerDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def address(diagnostic_file, server):
    return publish(diagnostic_file, server)


def _close(window) -> None:
    if window.ctx is not None:
        window.ctx.pending.clear()
        window.ctx.document.modified = False
    window.close()
    window.deleteLater()


@pytest.fixture
def server_window(qtbot, address):
    from essdesk.ui.app import make_window

    w = make_window()
    w.show()
    assert w.open_location(str(address))
    yield w
    _close(w)


def stored(address, read):
    """What another essdesk would read on the server now."""
    with ServerStore.open(address) as store:
        return read(Services(store.session))


def first_card(window):
    window.go("step", 1)
    return next(iter(window.step_view.cards.values()))


# -- opening ----------------------------------------------------------------------------------


def test_the_dialog_lists_the_servers_diagnostics_and_remembers_the_profile_without_password(
    qtbot, address, server, essdesk_home
):
    from essdesk.ui.app import make_window

    window = make_window()
    qtbot.addWidget(window)
    dialog = ServerDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_profile(parts_of(server))
    assert dialog.connect_to_server()
    assert dialog.model.rowCount() == 1
    cells = [dialog.model.index(0, c).data() for c in range(4)]
    assert cells[:3] == [str(address.number), "Filière test", "CC du Val"]
    assert cells[3][2] == "/" and len(cells[3]) == len("04/12/2026 18:00")
    dialog.accept()
    assert dialog.address == address

    again = ServerDialog(window.settings, window)  # the last server comes back first
    qtbot.addWidget(again)
    assert again.profile() == {**parts_of(server), "sslmode": ""}
    window.settings.sync()
    ini = window.settings.path.read_text(encoding="utf-8")
    assert server.schema in ini and "password" not in ini.lower()
    _close(window)


def test_a_wrong_server_says_so_in_french_in_the_dialog(qtbot, server, essdesk_home):
    from essdesk.ui.app import make_window

    window = make_window()
    qtbot.addWidget(window)
    dialog = ServerDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_profile({**parts_of(server), "host": str(essdesk_home / "nowhere")})
    assert not dialog.connect_to_server()
    assert dialog.message.isVisibleTo(dialog)
    assert "ne répond pas" in dialog.message.text() and "Traceback" not in dialog.message.text()
    dialog.set_profile({**parts_of(server), "schema": "absent"})
    assert not dialog.connect_to_server()
    assert "essdesk server init" in dialog.message.text()
    assert window.settings.server_profiles == []  # only a server that answered is remembered
    _close(window)


def test_the_window_says_where_the_diagnostic_lives_and_has_nothing_to_save(server_window, address):
    w = server_window
    where = address.display
    assert "Filière test" in w.windowTitle() and where in w.windowTitle()
    assert w.location_label.text() == where
    assert w.saved_label.text() == "Enregistré sur le serveur"
    assert not w.save_action.isVisible() and not w.save_as_action.isVisible()
    assert w.offline_copy_action.isEnabled() and not w.publish_action.isEnabled()
    assert not w.restore_action.isEnabled()


def test_an_edit_is_on_the_server_when_made_and_undo_redo_follow(server_window, address):
    w = server_window
    card = first_card(w)
    card.status_buttons[LeverStatus.DONE].click()
    lever_id = card.lever_id
    assert stored(address, lambda s: s.lever(lever_id).status) is LeverStatus.DONE
    assert not w.isWindowModified() and w.saved_label.text() == "Enregistré sur le serveur"
    assert w.undo_action.text().startswith("Annuler Statut du levier 1.1")
    w.undo_action.trigger()
    assert stored(address, lambda s: s.lever(lever_id).status) is LeverStatus.NOT_ASSESSED
    assert card.status_buttons[LeverStatus.NOT_ASSESSED].isChecked()
    w.redo_action.trigger()
    assert stored(address, lambda s: s.lever(lever_id).status) is LeverStatus.DONE
    assert w.close_document()  # nothing to save: no question asked


# -- a lost connection, for real ----------------------------------------------------------------


@contextlib.contextmanager
def server_down(server: Server):
    """End essdesk's backends and refuse new connections to the base until the block ends."""
    admin = engine_for(server_from_parts(**{**parts_of(server), "base": "postgres", "schema": ""}))
    base = parts_of(server)["base"]
    conn = admin.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        conn.execute(text(f'ALTER DATABASE "{base}" ALLOW_CONNECTIONS false'))
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'essdesk' AND pid <> pg_backend_pid()"
            )
        )
        yield
    finally:
        conn.execute(text(f'ALTER DATABASE "{base}" ALLOW_CONNECTIONS true'))
        conn.close()
        admin.dispose()


def test_a_lost_connection_keeps_the_typed_text_goes_read_only_and_comes_back(
    server_window, address, server, qtbot
):
    w = server_window
    ctx = w.ctx
    card = first_card(w)
    lever_id = card.lever_id
    ctx.reconnect_timer.setInterval(50)
    with server_down(server):
        card.notes.setFocus()
        card.notes.setPlainText("Gisement de 40 t")
        card.owner.setFocus()  # focus out commits the notes: the server is gone
        assert w.banner.isVisible()
        assert "perdue" in w.banner.text.text() and "Notes du levier 1.1" in w.banner.text.text()
        assert "Lecture seule" in w.banner.text.text()
        assert card.notes.toPlainText() == "Gisement de 40 t"  # what was typed stays
        assert not w.body.isEnabled() and not w.undo_action.isEnabled()
        assert w.saved_label.text() == "Connexion perdue — lecture seule"
        qtbot.wait(200)  # the timer asks again: still no answer, still read-only
        assert ctx.lost and not w.body.isEnabled()
    # The server answers again: the window is writable, the failed edit is offered again.
    qtbot.waitUntil(lambda: not ctx.lost, timeout=5000)
    assert w.body.isEnabled()
    assert "répond de nouveau" in w.banner.text.text() and w.banner.retry.isVisible()
    assert w.saved_label.text() == "Modifications non enregistrées"
    assert card.notes.toPlainText() == "Gisement de 40 t"
    assert stored(address, lambda s: s.lever(lever_id).notes) == ""
    w.banner.retry.click()
    assert stored(address, lambda s: s.lever(lever_id).notes) == "Gisement de 40 t"
    assert not w.banner.isVisible() and not ctx.pending
    assert w.saved_label.text() == "Enregistré sur le serveur"
    w.undo_action.trigger()  # the retried edit is an ordinary, undoable one
    assert stored(address, lambda s: s.lever(lever_id).notes) == ""


def test_closing_with_an_edit_the_server_did_not_store_asks_first(
    server_window, server, monkeypatch
):
    w = server_window
    card = first_card(w)
    with server_down(server):
        card.status_buttons[LeverStatus.DONE].click()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Cancel)[1],
    )
    assert not w.close_document()
    assert "Statut du levier 1.1" in asked[0]
    assert w.ctx is not None and w.ctx.pending


def test_undo_while_the_server_is_gone_changes_nothing(server_window, address, server):
    w = server_window
    card = first_card(w)
    card.status_buttons[LeverStatus.DONE].click()
    lever_id = card.lever_id
    with server_down(server):
        w.undo_action.trigger()
        assert w.ctx.lost and w.banner.isVisible()
        assert w.ctx.undo_stack.index() == 1  # the history did not move
    assert w.ctx.reconnect()
    assert stored(address, lambda s: s.lever(lever_id).status) is LeverStatus.DONE
    w.undo_action.trigger()
    assert stored(address, lambda s: s.lever(lever_id).status) is LeverStatus.NOT_ASSESSED


# -- publish, offline copy, exports --------------------------------------------------------------


def test_publish_asks_to_save_first_then_offers_the_server_copy(window, server, monkeypatch, qtbot):
    card = first_card(window)
    card.status_buttons[LeverStatus.DONE].click()
    questions = []

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return (
            QMessageBox.StandardButton.Save
            if len(questions) == 1
            else QMessageBox.StandardButton.Open
        )

    def choose_server(dialog):
        dialog.set_profile(parts_of(server))
        dialog.accept()
        return True

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(ServerDialog, "exec", choose_server)
    target = window.ctx.document.target
    assert window.publish()
    assert "non enregistrées" in questions[0] and "#" in questions[1]
    with Document.open(target) as saved:  # saved before publishing
        assert Services(saved.session).lever(card.lever_id).status is LeverStatus.DONE
    assert window.ctx.document.saves_on_edit  # now open from the server
    assert window.ctx.services.lever(card.lever_id).status is LeverStatus.DONE
    assert window.location_label.text().endswith(f"n° {window.ctx.document.address.number}")


def test_offline_copy_is_a_file_with_the_servers_content(server_window, tmp_path, monkeypatch):
    w = server_window
    card = first_card(w)
    card.status_buttons[LeverStatus.IN_PROGRESS].click()
    target = tmp_path / "hors-ligne.essdesk"
    target.write_bytes(b"old")  # the file dialog asked before replacing it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert w.save_offline_copy() == target
    with Document.open(target) as copy:
        services = Services(copy.session)
        assert services.lever(card.lever_id).status is LeverStatus.IN_PROGRESS
        assert services.diagnostic().title == "Filière test"
    assert not list(tmp_path.glob(".*part*"))
    assert w.ctx.document.saves_on_edit  # the window stays on the server


def test_exports_read_the_server_diagnostic(server_window, tmp_path, qtbot):
    from openpyxl import load_workbook

    from essdesk.store.opening import reader
    from essdesk.ui.export_worker import ExportWorker

    w = server_window
    first_card(w).status_buttons[LeverStatus.DONE].click()
    worker = ExportWorker(
        reader(w.ctx.document), w.ctx.referential, {"xlsx": tmp_path / "r.xlsx"}
    )
    done, failed = [], []
    worker.done.connect(done.append)
    worker.failed.connect(failed.append)
    worker.run()
    assert not failed and done == [[str(tmp_path / "r.xlsx")]]
    sheets = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert any(
        "Filière test" in str(c)
        for ws in sheets
        for row in ws.iter_rows(max_row=5, values_only=True)
        for c in row
        if c
    )


def test_json_export_from_the_server_equals_the_files(
    server_window, diagnostic_file, tmp_path, monkeypatch, qtbot
):
    from essdesk.ui import json_worker

    w = server_window
    target = tmp_path / "serveur.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    run = json_worker.export_json(w)
    with qtbot.waitSignal(run.finished, timeout=20000):
        pass
    from essdesk.cli import main

    assert main(["export-json", str(diagnostic_file), str(tmp_path / "fichier.json")]) == 0
    assert target.read_bytes() == (tmp_path / "fichier.json").read_bytes()


def test_the_command_line_opens_a_server_address(address, essdesk_home):
    """`essdesk --smoke-test ADDRESS`: the window opens on the server, edits, undoes, closes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ESSDESK_HOME": str(essdesk_home)}
    done = subprocess.run(
        [sys.executable, "-m", "essdesk", "--smoke-test", str(address)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"smoke test passed: {address}" in done.stdout


# -- passwords and rights ------------------------------------------------------------------------


@pytest.fixture
def password_role(server, address):
    """A role that must give a password (scram), granted the registry but not the diagnostic."""
    admin = engine_for(server)
    role = f"anne_{uuid.uuid4().hex[:8]}"
    with admin.begin() as conn:
        hba = Path(conn.execute(text("SHOW hba_file")).scalar())
        if not os.access(hba, os.W_OK):
            pytest.skip("pg_hba.conf of the test server is not writable here")
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'bon-mot-de-passe'"))
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{server.schema}" TO {role}'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{server.schema}" TO {role}'))
    before = hba.read_text()
    hba.write_text(f"local all {role} scram-sha-256\nhost all {role} all scram-sha-256\n" + before)
    with admin.begin() as conn:
        conn.execute(text("SELECT pg_reload_conf()"))
    try:
        yield role
    finally:
        hba.write_text(before)
        with admin.begin() as conn:
            conn.execute(text("SELECT pg_reload_conf()"))
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


def test_the_password_is_asked_again_when_refused_and_never_saved(
    qtbot, server, password_role, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from essdesk.ui.app import make_window

    asked = []
    answers = iter(["faux", "bon-mot-de-passe"])
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda parent, title, label, *a, **k: (asked.append(label), (next(answers), True))[1],
    )
    window = make_window()
    qtbot.addWidget(window)
    dialog = ServerDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_profile({**parts_of(server), "user": password_role})
    assert dialog.connect_to_server()
    assert len(asked) == 2 and password_role in asked[0] and "refusé" in asked[1]
    # Listed in the registry, but this role may not read the diagnostic: not shown to it.
    assert dialog.model.rowCount() == 0 and "droit" in dialog.message.text()
    window.settings.sync()
    ini = window.settings.path.read_text(encoding="utf-8")
    assert password_role in ini and "bon-mot-de-passe" not in ini and "faux" not in ini
    _close(window)


def test_no_right_to_a_diagnostic_is_one_french_sentence(
    qtbot, server, address, password_role, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from essdesk.store.address import Address
    from essdesk.ui.app import make_window

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("bon-mot-de-passe", True))
    said = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, message, *a: said.append(message)
    )
    window = make_window()
    qtbot.addWidget(window)
    theirs = Address(
        server_from_parts(**{**parts_of(server), "user": password_role, "schema": server.schema}),
        address.number,
    )
    assert not window.open_location(str(theirs))
    assert len(said) == 1 and "droit" in said[0] and "GRANT" in said[0] and "\n" not in said[0]
    assert window.ctx is None
    _close(window)


def test_opening_another_diagnostic_replaces_the_step_cards(address, window):
    """The step view shows the new diagnostic's levers only (the previous ones went)."""
    from essdesk.ui.step_view import LeverCard

    first_card(window).status_buttons[LeverStatus.DONE].click()
    window.ctx.document.save()
    assert window.open_location(str(address))
    window.go("step", 1)
    shown = [c for c in window.step_view.findChildren(LeverCard) if not c.isHidden()]
    assert len(shown) == len(window.ctx.services.step(1).levers)
    assert all(c.view.ctx is window.ctx for c in shown)
    assert shown[0].status_buttons[LeverStatus.NOT_ASSESSED].isChecked()


def test_a_diagnostic_in_a_newer_format_is_refused_in_one_french_sentence(
    qtbot, address, server, monkeypatch
):
    from essdesk.ui.app import make_window

    engine = engine_for(server)
    with engine.begin() as conn:
        conn.execute(
            text(f'UPDATE "{server.schema}".diagnostics SET schema_version = 99 WHERE number = :n'),
            {"n": address.number},
        )
    engine.dispose()
    said = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, message, *a: said.append(message)
    )
    window = make_window()
    qtbot.addWidget(window)
    assert not window.open_location(str(address))
    assert len(said) == 1 and "format 99" in said[0] and "mettez essdesk à jour" in said[0]
    assert window.ctx is None and window.root.currentWidget() is window.welcome
    _close(window)


def test_a_right_taken_back_during_the_session_refuses_the_edit_in_french(
    qtbot, server, address, password_role, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from essdesk.store.address import Address
    from essdesk.ui.app import make_window

    schema = server.schema_of(address.number)
    admin = engine_for(server)
    with admin.begin() as conn:
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {password_role}'))
        conn.execute(
            text(f'GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA "{schema}" TO {password_role}')
        )
        conn.execute(text(f'GRANT UPDATE ON "{server.schema}".diagnostics TO {password_role}'))
        # Every edit writes its journal line in the same transaction.
        conn.execute(text(f'GRANT INSERT ON "{schema}".journal TO {password_role}'))
        conn.execute(text(f'GRANT USAGE ON SEQUENCE "{schema}".journal_id_seq TO {password_role}'))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("bon-mot-de-passe", True))
    refused = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, message, *a: refused.append(message)
    )
    window = make_window()
    qtbot.addWidget(window)
    theirs = Address(
        server_from_parts(**{**parts_of(server), "user": password_role, "schema": server.schema}),
        address.number,
    )
    assert window.open_location(str(theirs))
    card = first_card(window)
    card.status_buttons[LeverStatus.PLANNED].click()
    assert stored(address, lambda s: s.lever(card.lever_id).status) is LeverStatus.PLANNED
    with admin.begin() as conn:
        conn.execute(text(f'REVOKE UPDATE ON ALL TABLES IN SCHEMA "{schema}" FROM {password_role}'))
    admin.dispose()
    card.status_buttons[LeverStatus.DONE].click()
    assert len(refused) == 1 and "droit" in refused[0] and "GRANT" in refused[0]
    assert stored(address, lambda s: s.lever(card.lever_id).status) is LeverStatus.PLANNED
    assert not window.ctx.lost  # refused, not lost: the window stays writable
    _close(window)


def test_giving_up_a_failed_edit_shows_what_the_server_holds(server_window, address, server):
    w = server_window
    card = first_card(w)
    with server_down(server):
        card.status_buttons[LeverStatus.DONE].click()
        assert card.status_buttons[LeverStatus.DONE].isChecked()  # the click stays on screen
        assert not w.banner.drop.isHidden()
        w.banner.drop.click()  # refused while the server is away: nothing to compare with
        assert w.ctx.pending
    assert w.ctx.reconnect()
    w.banner.drop.click()
    assert not w.ctx.pending and not w.banner.isVisible()
    assert card.status_buttons[LeverStatus.NOT_ASSESSED].isChecked()
    assert stored(address, lambda s: s.lever(card.lever_id).status) is LeverStatus.NOT_ASSESSED
    assert w.saved_label.text() == "Enregistré sur le serveur"


def test_the_status_bar_names_the_file_and_a_long_path_does_not_widen_the_window(window, tmp_path):
    assert window.location_label.toolTip() == str(window.ctx.document.target)
    assert window.location_label.text().endswith("essai.essdesk")
    deep = (
        tmp_path / ("dossier-partage-de-la-collectivite-" * 4) / ("sous-dossier-des-ateliers-" * 4)
    )
    deep.mkdir(parents=True)
    target = window.ctx.document.save_as(deep / "essai.essdesk")
    window._update_saved_state()
    assert window.location_label.toolTip() == str(target)
    assert "…" in window.location_label.text() and window.location_label.text().endswith(
        "essai.essdesk"
    )
    assert window.minimumSizeHint().width() < 1024


def test_workshop_notes_typed_while_the_server_is_gone_are_sent_once_when_it_answers(
    server_window, address, server, qtbot
):
    """A field committed as it is typed must not pile up one failed edit per pause."""
    w = server_window
    ctx = w.ctx
    wid = ctx.run(
        AddCommand(ctx, "workshop", lambda s: s.add_workshop(place="Mairie"), "x")
    ).created_id
    w.go("workshops")
    w.workshops_view.select(wid)
    editor = w.workshops_view.editor
    ctx.reconnect_timer.setInterval(50)
    with server_down(server):
        editor.notes.setFocus()
        editor.notes.setPlainText("Tour de table")
        assert editor.flush() and ctx.lost  # the edit is kept on the retry list
        editor.flush()
        w.commit_edits()  # Ctrl+S, a change of view…: the same edit, not a second one
        assert len(ctx.pending) == 1 and editor.notes.toPlainText() == "Tour de table"
    qtbot.waitUntil(lambda: not ctx.lost, timeout=5000)
    w.banner.retry.click()
    assert not ctx.pending
    assert stored(address, lambda s: s.workshop(wid).notes) == "Tour de table"


def test_a_jalon_is_posted_from_the_menu_on_a_server_diagnostic(server_window, address, monkeypatch, qtbot):
    """The snapshot is read off the GUI thread through the store (there is no working copy
    on a server), and the jalon is on the server for everyone."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Après l'atelier", True))
    server_window.post_jalon_action.trigger()
    services = server_window.ctx.services
    qtbot.waitUntil(lambda: len(services.jalons()) == 1, timeout=10000)
    with open_store(str(address)) as other:
        assert [j.label for j in Services(other.session).jalons()] == ["Après l'atelier"]
