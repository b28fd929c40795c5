"""Screenshots of workshop mode for the README, from the real window on the demo diagnostic.

    xvfb-run -s "-screen 0 1920x1080x24" python scripts/screenshots_workshop.py

Writes docs/screenshots/workshop-{lever,step,votes,timer}.png: the projector view as the room
sees it (full screen, 1920×1080). Uses a throw-away ESSDESK_HOME; nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import demo_window

    window = demo_window()
    if window is None:
        return 1
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from essdesk.ui import workshop_mode

    app = QApplication.instance()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    window.go("workshops")
    window.workshops_view.select(window.ctx.services.workshops()[-1].id)
    mode = workshop_mode.open_mode(window)
    settle()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        settle()
        path = args.out / f"workshop-{name}.png"
        mode.grab().save(str(path))
        print(path)

    mode.presenter.jump_to_lever(window.ctx.services.lever_by_code("4.1").id)
    mode.render()
    shot("lever")
    mode.presenter.jump_to_step(3)
    mode.render()
    shot("step")
    QTest.keyClick(mode, Qt.Key.Key_V)
    QTest.keyClick(mode, Qt.Key.Key_Down)
    QTest.keyClick(mode, Qt.Key.Key_Down)
    QTest.keyClick(mode, Qt.Key.Key_Down)
    QTest.keyClick(mode, Qt.Key.Key_Plus)
    shot("votes")
    QTest.keyClick(mode, Qt.Key.Key_Escape)
    mode.presenter.jump_to_lever(window.ctx.services.lever_by_code("6.2").id)
    mode.render()
    mode.countdown.set_minutes(1)
    mode.toggle_timer()
    mode.countdown._started_at -= 61  # the sequence is over: show the end signal
    mode.tick()
    shot("timer")
    mode.close()
    window.ctx.document.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
