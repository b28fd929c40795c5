"""Screenshots of the cahier de saisie's preview dialog, as the user sees the screen (issue 19).

    Xvfb :92 -screen 0 1024x768x24 &
    DISPLAY=:92 python scripts/screenshots_workbook.py --out /tmp/shots/1024x768

On the demo: a cahier is sent, filled in (a change, a new actor, a conflict, an invalid
value, an edited over-long note), then previewed; the dialog is grabbed with the whole
screen. Uses a throw-away ESSDESK_HOME; nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from screenshots import demo_window

    window = demo_window(fit=True)
    if window is None:
        return 1
    import openpyxl
    from PySide6.QtWidgets import QApplication

    from essdesk.exchange.workbook import write_workbook
    from essdesk.exchange.workbook_import import preview_workbook
    from essdesk.ui.workbook_dialog import PreviewDialog

    app = QApplication.instance()
    args.out.mkdir(parents=True, exist_ok=True)
    services = window.ctx.services
    lever = services.steps()[0].levers[1]
    services.update_lever(lever.id, notes="Compte rendu des ateliers. " * 1_400)
    folder = Path(tempfile.mkdtemp(prefix="essdesk-shots-cahier-"))
    cahier = folder / "cahier.xlsx"
    write_workbook(window.ctx.session, cahier)
    wb = openpyxl.load_workbook(cahier)
    levers = wb["Leviers"]
    for r in range(2, levers.max_row + 1):
        if levers.cell(r, 2).value == lever.code:
            levers.cell(r, 7, "Réécrit dans le tableur")
    levers["E2"] = "En cours"
    actors = wb["Acteurs"]
    actors["G2"] = "Castres"
    actors["D3"] = "Association loi 1901 ?"
    new = next(r for r in range(2, actors.max_row + 2) if actors.cell(r, 2).value is None)
    actors.cell(new, 2, "Filature du Tarn")
    wb.save(folder / "rempli.xlsx")
    services.update_actor(services.actors()[0].id, commune="Mazamet")  # a conflict
    preview = preview_workbook(folder / "rempli.xlsx", window.ctx.session)
    dialog = PreviewDialog(preview, "rempli.xlsx", window)
    dialog.show()
    for _ in range(15):
        app.processEvents()
    path = args.out / "dialog-cahier-preview.png"
    window.screen().grabWindow(0).save(str(path))
    print(path)
    dialog.reject()
    window.ctx.document.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
