"""Privacy: essdesk never opens a network connection.

A full session — create the demo, open it, edit, save, export JSON, Excel and PDF, then
the same through the command line — runs in a fresh interpreter where an audit hook
refuses every socket creation, connection and name lookup (from the first import on).
Reading the host name for the working-copy sidecar is local and stays allowed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

GUARD = textwrap.dedent("""
    import sys

    FORBIDDEN = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
                 "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto",
                 "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect")

    def guard(event, args):
        if event in FORBIDDEN:
            raise RuntimeError(f"connexion réseau interdite : {event} {args!r}")

    sys.addaudithook(guard)
""")

SESSION = textwrap.dedent("""
    import socket
    from pathlib import Path

    try:  # the guard itself works
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    except RuntimeError:
        pass
    else:
        raise SystemExit("the socket guard does not bite")

    from essdesk.cli import main
    from essdesk.domain.demo import build_demo
    from essdesk.store.document import Document
    from essdesk.exchange.interchange import export_json
    from essdesk.domain.referential import load_referential
    from essdesk.domain.services import Services

    folder = Path(sys.argv[1])
    referential = load_referential()
    doc = Document.create()
    build_demo(doc.session, referential)
    doc.save_as(folder / "laine.essdesk")
    doc.close()

    doc = Document.open(folder / "laine.essdesk")
    s = Services(doc.session)
    s.add_actor(name="Filature coopérative", email="contact@filature.example")
    lever = s.steps()[0].levers[0]
    s.update_lever(lever.id, status="in_progress", notes="Réunion du 4 avril ✔")
    doc.save()
    export_json(doc.session, folder / "laine.json", referential)
    from essdesk.store.snapshot import reading
    from essdesk.export.run import export_document
    with reading(doc.working_path) as conn:  # what the window's export worker reads
        written = export_document(conn, referential, xlsx=folder / "laine.xlsx",
                                  pdf=folder / "laine.pdf", anonymise=False)
    assert len(written) == 2, written
    doc.close()

    for args in (["info", "laine.essdesk"], ["check", "laine.essdesk"],
                 ["export-json", "laine.essdesk", "cli.json"],
                 ["import-json", "cli.json", "copie.essdesk"], ["backups", "laine.essdesk"],
                 ["export", "laine.essdesk", "--xlsx", "cli.xlsx", "--anonymise"]):
        code = main([args[0], *(str(folder / a) if not a.startswith("-") else a for a in args[1:])])
        assert code == 0, (args, code)
    print("SESSION OK")
""")


def test_a_full_session_opens_no_network_connection(tmp_path):
    env = {**os.environ, "ESSDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", GUARD + "\n" + SESSION, str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "SESSION OK" in done.stdout
    assert "connexion réseau interdite" not in done.stderr
    for name in ("laine.essdesk", "laine.json", "laine.xlsx", "laine.pdf", "cli.xlsx",
                 "copie.essdesk"):
        assert (Path(tmp_path) / name).stat().st_size > 0, name
