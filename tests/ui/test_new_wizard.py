"""The new-diagnostic wizard names the diagnostic; the first save asks where (issue 14, point 8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizard

from essdesk.ui.new_wizard import NewDiagnosticWizard


def fill(wizard: NewDiagnosticWizard, title: str | None = None) -> None:
    wizard.territory_name.setText("CC du Haut-Val")
    wizard.next()
    wizard.filiere.setCurrentText("Laine")
    wizard.next()
    if title is not None:
        wizard.title.setText(title)


def test_the_wizard_suggests_a_title_and_keeps_the_one_typed(qtbot, referential):
    wizard = NewDiagnosticWizard(referential)
    qtbot.addWidget(wizard)
    wizard.show()
    fill(wizard)
    assert wizard.currentPage() is wizard.naming
    assert wizard.title.text() == "Filière Laine — CC du Haut-Val"
    wizard.title.setText("Laine du Haut-Val 2027")
    wizard.back()
    wizard.next()  # coming back does not overwrite what the user typed
    assert wizard.title.text() == "Laine du Haut-Val 2027"
    assert wizard.identity()["title"] == "Laine du Haut-Val 2027"
    wizard.title.clear()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # a title is required


def test_new_diagnostic_is_titled_and_first_save_asks_where(window, qtbot, tmp_path, monkeypatch):
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(
        NewDiagnosticWizard, "exec", lambda self: (fill(self, "Laine / Haut-Val : 2027"), True)[1]
    )
    window.new_document()
    assert window.ctx.services.diagnostic().title == "Laine / Haut-Val : 2027"
    assert window.windowTitle().startswith("Laine / Haut-Val : 2027")
    assert "Sans titre" not in window.windowTitle()

    asked: list[str] = []
    target = tmp_path / "choisi.essdesk"

    def ask(_parent, _caption, start, _filter, *a, **k):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert window.save()
    assert len(asked) == 1
    start = Path(asked[0])
    assert start.parent == home / "Documents"
    assert start.name == "Laine _ Haut-Val _ 2027.essdesk"  # from the title, safe as a file name
    assert target.exists() and window.ctx.document.target == target
    assert window.save() and len(asked) == 1  # saved once: Ctrl+S no longer asks
