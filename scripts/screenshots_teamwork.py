"""Screenshots of team work: two windows on one server diagnostic, as two PostgreSQL roles.

    Xvfb :98 -screen 0 1366x768x24 & DISPLAY=:98 python scripts/screenshots_teamwork.py [--out DIR]

Starts a throw-away PostgreSQL cluster (tests/pgserver.py), publishes the demo, makes two
writing members (c_martin, b_durand), opens a window for each, then: b_durand edits a lever
and c_martin's window shows it (live.png); both edit the same notes and c_martin gets the
conflict dialog (conflict.png); Édition › Historique (history.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def wait(app, until, seconds: float = 3.0) -> None:
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ["ESSDESK_HOME"] = tempfile.mkdtemp(prefix="essdesk-shots-")

    import pgserver
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from essdesk.domain.demo import build_demo
    from essdesk.domain.referential import load_referential
    from essdesk.models.enums import LeverStatus
    from essdesk.store.address import Server
    from essdesk.store.members import grant
    from essdesk.store.server import ServerStore, engine_for, init_server

    with pgserver.cluster() as url:
        server = Server.parse(url, "equipe")
        init_server(server, schema_given=True)
        store = ServerStore.create(server, "5b1f8f6e-7c55-4d7e-9a43-0c7a3f0e2a11")
        build_demo(store.session, load_referential())
        address = store.address
        store.close()
        engine = engine_for(server)
        with engine.begin() as conn:
            for role in ("c_martin", "b_durand"):
                conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        engine.dispose()
        for role in ("c_martin", "b_durand"):
            grant(address, role, write=True)

        def as_role(role: str) -> str:
            parts = urlsplit(server.url)
            netloc = f"{role}@{parts.netloc.rpartition('@')[2]}"
            url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
            return str(Server(url, server.schema).diagnostic(address.number))

        from essdesk.ui.app import make_window

        app = QApplication.instance() or QApplication(sys.argv)
        claire, bruno = make_window(), make_window()
        for w, role, x in ((claire, "c_martin", 0), (bruno, "b_durand", 683)):
            w.resize(683, 740)
            w.move(x, 0)
            w.show()
            assert w.open_location(as_role(role))
            w.go("step", 1)
        app.processEvents()
        lever = claire.ctx.services.lever_by_code("1.2")
        card_b = bruno.step_view.cards[lever.id]
        card_c = claire.step_view.cards[lever.id]
        claire.step_view.focus_lever(lever.id)
        bruno.step_view.focus_lever(lever.id)
        card_b.status_buttons[LeverStatus.IN_PROGRESS].click()
        card_b.notes.setPlainText("Deux laveries possibles : Brassac et Mazamet (visite le 12).")
        card_b.notes.editingFinished.emit()
        wait(app, lambda: card_c.notes.toPlainText().startswith("Deux laveries"))
        for _ in range(10):
            app.processEvents()
        screen = app.primaryScreen().grabWindow(0)
        screen.save(str(out / "live.png"))

        # Both edit the same notes: Claire started from the text she saw.
        from essdesk.ui.commands import SetFieldsCommand

        seen = card_c.notes.toPlainText()
        bruno.ctx.attempt(
            SetFieldsCommand(
                bruno.ctx,
                "lever",
                lever.id,
                {"notes": seen + " Devis reçu de Brassac."},
                {"notes": seen},
                "Notes",
            )
        )
        shots = {}

        def grab_dialog() -> None:
            dialog = claire.conflict_dialog
            if dialog is None:
                QTimer.singleShot(50, grab_dialog)
                return
            for _ in range(5):
                app.processEvents()
            shots["conflict"] = dialog.grab().save(str(out / "conflict.png"))
            next(iter(dialog.merges.values())).setPlainText(
                seen + " Devis reçu de Brassac. Mazamet préfère attendre 2027."
            )
            dialog.merge_button.click()

        QTimer.singleShot(100, grab_dialog)
        claire.ctx.attempt(
            SetFieldsCommand(
                claire.ctx,
                "lever",
                lever.id,
                {"notes": seen + " Mazamet préfère attendre 2027."},
                {"notes": seen},
                "Notes",
            )
        )
        claire.show_history()
        dialog = claire.history_dialog
        dialog.resize(1000, 420)
        for _ in range(10):
            app.processEvents()
        dialog.grab().save(str(out / "history.png"))
        for w in (claire, bruno):
            w.ctx.stop()
            w.close()
    print(f"Écrit : {out}/live.png, conflict.png, history.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
