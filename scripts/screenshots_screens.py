"""Screenshots of every view at one screen size, as the user sees the screen (issue 14).

    Xvfb :92 -screen 0 1024x768x24 &
    DISPLAY=:92 python scripts/screenshots_screens.py --out /tmp/shots/1024x768

Grabs the whole screen (not the window): what does not fit the screen is cut in the
picture as it would be for the user. Writes overview, step, actors, plan, workshops, the
new-diagnostic wizard's three pages, the actor / action / vote dialogs, workshop mode (lever,
step, votes, note editor, help) and, last (it edits the demo), the preview of a cahier de
saisie filled in with a change, a conflict, a new row, an invalid value and an edited over-long
note. Uses a throw-away ESSDESK_HOME; nothing is saved.
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
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from essdesk.ui import workshop_mode

    app = QApplication.instance()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(15):
            app.processEvents()
        path = args.out / f"{name}.png"
        window.screen().grabWindow(0).save(str(path))
        print(path)

    for name, where in (
        ("overview", "overview"),
        ("actors", "actors"),
        ("plan", "actions"),
        ("workshops", "workshops"),
    ):
        window.go(where)
        shot(name)
    window.go("step", 4)
    shot("step4")

    from essdesk.ui.new_wizard import NewDiagnosticWizard

    wizard = NewDiagnosticWizard(window.referential, window)
    wizard.show()
    wizard.territory_name.setText("Communauté de communes du Haut-Val")
    shot("wizard1")
    wizard.next()
    shot("wizard2")
    wizard.filiere.setCurrentText("Laine")
    wizard.next()
    shot("wizard3")
    wizard.reject()

    def dialog_shot(name: str, dialog) -> None:
        dialog.show()
        shot(name)
        dialog.reject()

    from essdesk.ui.action_dialog import ActionDialog
    from essdesk.ui.actor_dialog import ActorDialog
    from essdesk.ui.vote_panel import VoteDialog

    services = window.ctx.services
    dialog_shot("dialog-actor", ActorDialog(window.ctx, services.actors()[0].id, window))
    dialog_shot("dialog-action", ActionDialog(window.ctx, services.actions()[0].id, window))
    dialog_shot("dialog-votes", VoteDialog(window.ctx, services.workshops()[-1].id, window))

    window.go("workshops")
    window.workshops_view.select(services.workshops()[-1].id)
    mode = workshop_mode.open_mode(window)
    mode.presenter.jump_to_lever(services.lever_by_code("7.3").id)
    mode.render()
    shot("mode-lever")
    mode.presenter.jump_to_step(3)
    mode.render()
    shot("mode-step")
    QTest.keyClick(mode, Qt.Key.Key_V)
    shot("mode-votes")
    QTest.keyClick(mode, Qt.Key.Key_Escape)
    mode.presenter.jump_to_lever(services.lever_by_code("4.1").id)
    mode.render()
    QTest.keyClick(mode, Qt.Key.Key_N)
    shot("mode-editor")
    QTest.keyClick(mode.editor, Qt.Key.Key_Escape)
    QTest.keyClick(mode, Qt.Key.Key_H)
    shot("mode-help")
    mode.close()
    dialog_shot("dialog-cahier-preview", cahier_preview(window))
    window.ctx.document.modified = False
    window.close()
    return 0


def cahier_preview(window):
    """The import preview of a cahier of the demo, filled in as a partner would (issue 19)."""
    import openpyxl

    from essdesk.exchange.workbook import write_workbook
    from essdesk.exchange.workbook_import import preview_workbook
    from essdesk.ui.workbook_dialog import PreviewDialog

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
    return PreviewDialog(preview_workbook(folder / "rempli.xlsx", window.ctx.session), "rempli.xlsx", window)


if __name__ == "__main__":
    sys.exit(main())
