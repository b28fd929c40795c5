"""Fichier › Envoyer / Importer un cahier de saisie… (issue 19): the preview dialog, and
applying as one undoable edit that posts a jalon first."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from essdesk.ui import workbook_dialog
from essdesk.ui.workbook_dialog import PreviewDialog


def _send(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "cahier.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    run = workbook_dialog.send_workbook(window)
    with qtbot.waitSignal(run.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [target] and "cahier.xlsx" in window.statusBar().currentMessage()
    return target


def _import(window, qtbot, source, monkeypatch, answer, check=None):
    seen = {}

    def exec_(dialog):
        seen["dialog"] = dialog
        if check:
            check(dialog)
        return answer

    monkeypatch.setattr(PreviewDialog, "exec", exec_)
    run = workbook_dialog.import_workbook(window, source)
    with qtbot.waitSignal(run.finished, timeout=20_000):
        pass
    return seen["dialog"]


def test_the_file_menu_sends_and_imports_cahiers(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Envoyer un c&ahier de saisie…" in texts and "Impor&ter un cahier de saisie…" in texts


def test_send_edit_preview_apply_undo_redo(window, qtbot, tmp_path, monkeypatch):
    s = window.ctx.services
    cahier = _send(window, qtbot, tmp_path, monkeypatch)
    wb = openpyxl.load_workbook(cahier)
    wb["Acteurs"]["G2"] = "Castres"
    wb["Acteurs"]["B6"] = "Filature du Tarn"
    wb.save(tmp_path / "rempli.xlsx")
    s.update_actor(s.actors()[0].id, commune="Mazamet")  # changed in essdesk since: a conflict
    before = _state(window)

    def check(dialog):
        model = dialog.model
        assert dialog.apply_button.isEnabled()
        rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
        assert ["Acteurs", "G2", "Commune", "Brassac", "Mazamet", "Castres"] in rows
        assert ["Acteurs", "ligne 6", "Nouvelle ligne", "", "", "Filature du Tarn"] in rows
        conflict = model.index(
            rows.index(["Acteurs", "G2", "Commune", "Brassac", "Mazamet", "Castres"]), 5
        )
        assert conflict.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert model.setData(conflict, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    _import(
        window, qtbot, tmp_path / "rempli.xlsx", monkeypatch, QDialog.DialogCode.Accepted, check
    )
    names = sorted(a.name for a in s.actors())
    assert "Filature du Tarn" in names and s.actors()[0].commune == "Castres"
    assert len(s.jalons()) == 1
    after = _state(window)
    stack = window.ctx.undo_stack
    assert stack.count() == 1
    for _ in range(2):  # undo and redo twice: each gives back the same whole state
        stack.undo()
        assert "Filature du Tarn" not in [a.name for a in s.actors()]
        assert s.actors()[0].commune == "Mazamet" and not s.jalons()
        assert _state(window) == before
        stack.redo()
        assert "Filature du Tarn" in [a.name for a in s.actors()]
        assert s.actors()[0].commune == "Castres"
        assert len(s.jalons()) == 1
        assert _state(window) == after


def _state(window):
    """The whole diagnostic, as the interchange format reads it."""
    from essdesk.exchange.interchange import to_dict

    return to_dict(window.ctx.services.session, window.ctx.referential)


def test_cancel_or_errors_change_nothing(window, qtbot, tmp_path, monkeypatch):
    s = window.ctx.services
    cahier = _send(window, qtbot, tmp_path, monkeypatch)
    wb = openpyxl.load_workbook(cahier)
    wb["Acteurs"]["D2"] = "Coop"
    wb.save(tmp_path / "faux.xlsx")

    def check(dialog):
        assert not dialog.apply_button.isEnabled()
        assert "Acteurs!D2 : « Coop » n'est pas une catégorie" in dialog.errors.toPlainText()

    _import(window, qtbot, tmp_path / "faux.xlsx", monkeypatch, QDialog.DialogCode.Rejected, check)
    assert window.ctx.undo_stack.count() == 0 and not s.jalons()


def test_the_preview_dialog_fits_a_small_screen(window):
    from essdesk.exchange.workbook_import import Preview

    dialog = PreviewDialog(Preview(), "cahier.xlsx", window)
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.width() >= min(1100, screen.width() * 0.9)  # as wide as the screen allows
    dialog.show()
    table = dialog.table
    widths = sum(table.columnWidth(c) for c in range(dialog.model.columnCount()))
    assert widths <= table.viewport().width()  # every column in view, the cahier's value too
    dialog.reject()
