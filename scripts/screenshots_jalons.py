"""Screenshots of the jalons dialog and a comparison, on the demo with three jalons.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_jalons.py [--out DIR]

The demo gets three jalons a few months apart (their dates are set back by hand: a real
jalon is dated when it is posted) with edits between them. Writes jalons.png and
comparison.png. Uses a throw-away ESSDESK_HOME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def demo_with_jalons(path: Path, referential) -> tuple[int, int, int]:
    from essdesk.domain.demo import build_demo
    from essdesk.domain.services import Services
    from essdesk.store.document import Document

    doc = Document.create()
    build_demo(doc.session, referential)
    s = Services(doc.session)

    def post(label: str, when: dt.datetime) -> int:
        number = s.post_jalon(label, referential).created_id
        s.jalon(number).taken_at = when
        doc.session.commit()
        return number

    first = post("Lancement du diagnostic", dt.datetime(2026, 3, 12, 16, 30))
    s.update_lever(s.lever_by_code("4.1").id, status="done")
    s.add_actor(name="Filature du Haut-Saulnois", category="scic", chain_link="transformation")
    second = post("Atelier de juin", dt.datetime(2026, 6, 20, 11, 5))
    for code, status in (
        ("5.2", "in_progress"),
        ("6.1", "done"),
        ("7.1", "planned"),
        ("3.2", "done"),
    ):
        s.update_lever(s.lever_by_code(code).id, status=status, owner="Claire Martin")
    s.update_action(s.actions()[1].id, start=None, end="2026-09-30", status="todo")
    s.remove_action(s.actions()[-1].id)
    third = post("Comité de pilotage d'automne", dt.datetime(2026, 10, 8, 9, 45))
    s.update_lever(
        s.lever_by_code("7.2").id, status="in_progress", notes="Convention signée avec la Région."
    )
    doc.save_as(path)
    doc.close()
    return first, second, third


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ["ESSDESK_HOME"] = tempfile.mkdtemp(prefix="essdesk-shots-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from essdesk.domain.comparison import compare_jalons
    from essdesk.ui.app import make_window
    from essdesk.ui.jalons_view import ComparisonDialog, JalonsDialog

    window = make_window()
    path = Path(os.environ["ESSDESK_HOME"]) / "démo-jalons.essdesk"
    first, _second, _third = demo_with_jalons(path, window.referential)
    window.show()
    if not window.open_path(path):
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    dialog = JalonsDialog(window.ctx, window)
    dialog.show()
    dialog.table.selectRow(0)
    QApplication.processEvents()
    dialog.grab().save(str(args.out / "jalons.png"))
    comparison = ComparisonDialog(
        compare_jalons(window.ctx.services, first, None, window.referential), window.ctx, window
    )
    comparison.show()
    QApplication.processEvents()
    comparison.grab().save(str(args.out / "comparison.png"))
    for name in ("jalons", "comparison"):
        print(args.out / f"{name}.png")
    comparison.close()
    dialog.close()
    window.ctx.document.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
