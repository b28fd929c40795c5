"""Screenshot of the phone vote's projector for the README, from the real dialog.

    Xvfb :96 -screen 0 1366x768x24 &  DISPLAY=:96 python scripts/screenshots_phonevote.py

Twelve simulated phones (urllib, on 127.0.0.1) join with the code, vote and answer the poll;
the dialog is grabbed once the chart shows them. Writes docs/screenshots/phonevote-projector.png
(1280×720). Uses a throw-away ESSDESK_HOME; nothing is saved. The phone's own page is taken by
tests/test_phonevote_browser.py in Chromium (ESSDESK_SCREENS=docs/screenshots).
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ["ESSDESK_HOME"] = tempfile.mkdtemp(prefix="essdesk-shots-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from essdesk.domain.demo import build_demo
    from essdesk.domain.referential import load_referential
    from essdesk.store.document import Document
    from essdesk.ui.context import DocumentContext
    from essdesk.ui.phone_vote import open_phone_vote
    from tests.phonevote_phones import Phone

    app = QApplication([])
    document = Document.create()
    referential = load_referential()
    build_demo(document.session, referential)
    ctx = DocumentContext(document, referential)
    workshop = ctx.services.add_workshop(step_numbers=[3, 4], place="Salle des fêtes").created_id
    dialog = open_phone_vote(ctx, workshop, None)
    dialog.address.setCurrentText("127.0.0.1")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dialog.port.setValue(s.getsockname()[1])
    dialog.start()
    dialog.question.setText("Quel maillon manque le plus ?")
    dialog.ask()
    levers = [c.lever_id for c in dialog.box.choices]

    def phones() -> None:
        for i in range(12):
            phone = Phone(dialog.server.url)
            phone.join(dialog.box.code)
            phone.vote({levers[i % 3]: 2, levers[(i * 5) % len(levers)]: 1})
            if i < 6:
                answer = ["Le lavage", "La filature", "Le lavage"][i % 3]
                phone.post("/answer", {"t": phone.token, "answer": answer})

    sending = threading.Thread(target=phones)
    sending.start()
    while sending.is_alive():  # the GUI thread commits the ballots meanwhile
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + 0.6  # the chart's refresh timer
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    dialog.resize(1280, 720)
    app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "phonevote-projector.png"
    dialog.grab().save(str(path))
    print(path, dialog.counts.text())
    dialog.reject()
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
