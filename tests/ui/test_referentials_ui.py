"""Fichier › Référentiels…, the choice of method in the new-diagnostic wizard, and
« Mettre à jour vers la version X… » as one undoable edit."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from referential_sheets import write_method  # noqa: E402

from essdesk.domain import referential_library as library  # noqa: E402
from essdesk.domain.referential import dumps, parse_referential, to_data  # noqa: E402
from essdesk.domain.services import Services, create_diagnostic  # noqa: E402
from essdesk.exchange.interchange import to_dict  # noqa: E402
from essdesk.store.document import Document  # noqa: E402
from essdesk.ui.new_wizard import NewDiagnosticWizard  # noqa: E402
from essdesk.ui.referentials_dialog import ReferentialsDialog  # noqa: E402


def rows(dialog):
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_dialog_installs_shows_errors_removes_and_writes_the_template(
    qtbot, tmp_path, monkeypatch
):
    dialog = ReferentialsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shipped = len(rows(dialog))  # RTES first, then the other methods essdesk ships
    assert rows(dialog)[0][0] == "RepèrESS Filières & ESS"
    assert rows(dialog)[0][3:] == ["7 étapes", "40 leviers", "livré avec essdesk"]
    assert all(r[5] == "livré avec essdesk" for r in rows(dialog))
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # a built-in stays

    bad = write_method(tmp_path / "faux.xlsx", version="deux")
    assert not dialog.install_file(bad)
    assert dialog.error_list.isVisible()
    assert dialog.errors.stringList()[0].startswith("Référentiel!B5 : la version « deux »")
    assert len(rows(dialog)) == shipped

    assert dialog.install_file(write_method(tmp_path / "methode.xlsx"))
    assert not dialog.error_list.isVisible()
    assert rows(dialog)[shipped] == [
        "Feuille de route ESS",
        "1.0.0",
        "Cabinet Exemple",
        "4 axes",
        "11 actions",
        "installé",
    ]
    assert dialog.selected().referential.id == "feuille-route-ess"
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.remove_selected() and len(rows(dialog)) == shipped + 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.remove_selected() and len(rows(dialog)) == shipped

    assert dialog.write_template(tmp_path / "modele")
    assert (tmp_path / "modele.xlsx").exists()
    assert dialog.install_file(tmp_path / "modele.xlsx")


def test_the_wizard_offers_every_installed_method(qtbot, tmp_path, referential):
    library.install(write_method(tmp_path / "methode.xlsx"))
    wizard = NewDiagnosticWizard(referential)
    qtbot.addWidget(wizard)
    wizard.show()
    texts = [wizard.method.itemText(i) for i in range(wizard.method.count())]
    assert texts[0] == f"RepèrESS Filières & ESS — version {referential.version}"
    assert "Feuille de route ESS — version 1.0.0" in texts
    assert wizard.filiere.count() == len(referential.filieres)
    wizard.method.setCurrentIndex(wizard.method.findText("Feuille de route ESS — version 1.0.0"))
    assert wizard.referential.id == "feuille-route-ess"
    assert "4 axes, 11 actions" in wizard.method_info.text()
    assert wizard.filiere.count() == 0  # this method has no catalogue of filières
    wizard.method.setCurrentIndex(0)
    assert wizard.filiere.count() == len(referential.filieres)


def test_a_new_diagnostic_on_an_installed_method(window, tmp_path, monkeypatch):
    library.install(write_method(tmp_path / "methode.xlsx"))

    def run(wizard):
        wizard.method.setCurrentIndex(wizard.method.findText("Feuille de route ESS — version 1.0.0"))
        wizard.territory_name.setText("Métropole")
        wizard.next()
        wizard.filiere.setCurrentText("Tiers-lieux")
        wizard.next()
        return True

    monkeypatch.setattr(NewDiagnosticWizard, "exec", run)
    window.new_document()
    d = window.ctx.services.diagnostic()
    assert (d.referential_id, d.referential_version) == ("feuille-route-ess", "1.0.0")
    assert [len(s.levers) for s in window.ctx.services.steps()] == [3, 3, 2, 3]


@pytest.fixture
def on_v1(tmp_path):
    v1 = library.install(write_method(tmp_path / "v1.xlsx"))
    path = tmp_path / "route.essdesk"
    doc = Document.create(path)
    create_diagnostic(doc.session, v1, title="Feuille de route")
    s = Services(doc.session)
    s.update_lever(s.lever_by_code("1.2").id, status="done", notes="fait")
    doc.save()
    doc.close()
    data = copy.deepcopy(to_data(v1))
    data["version"] = "2.0.0"
    data["steps"][0]["levers"][0]["label"] = "Recenser et cartographier"
    del data["steps"][0]["levers"][1]
    (tmp_path / "v2.json").write_text(dumps(parse_referential(data)), encoding="utf-8")
    return path, tmp_path / "v2.json"


def test_update_to_a_newer_version_is_one_undoable_edit(window, on_v1):
    from essdesk.domain import referential_update as upd
    from essdesk.ui.referential_update_view import (
        UpdatePreviewDialog,
        newer_version,
        update_command,
    )

    path, v2_file = on_v1
    assert window.open_path(path)
    ctx = window.ctx
    window._offer_referential_update()
    assert not window.update_referential_action.isVisible()  # nothing newer yet
    v2 = library.install(v2_file)
    window._offer_referential_update()
    assert window.update_referential_action.isVisible()
    assert window.update_referential_action.text() == "Mettre à jour vers la version 2.0.0…"
    assert newer_version(ctx) == v2

    lines = upd.preview(ctx.services, ctx.referential, v2).lines(v2)
    dialog = UpdatePreviewDialog(lines, v2, window)
    assert (
        "Nouveau libellé : action 1.1 « Recenser les structures de l'ESS » → « Recenser et "
        "cartographier »" in dialog.lines.stringList()
    )
    dialog.deleteLater()

    before = to_dict(ctx.services.session), ctx.services.diagnostic().referential_version
    jalons = len(ctx.services.jalons())
    ctx.run(update_command(ctx, v2))
    assert len(ctx.services.jalons()) == jalons + 1
    assert ctx.services.jalons()[-1].label == "Avant la mise à jour vers la version 2.0.0"
    d = ctx.services.diagnostic()
    assert d.referential_version == "2.0.0"
    kept = ctx.services.lever_by_code("1.2")
    assert kept.custom and kept.notes == "fait"
    assert ctx.undo_stack.count() == 1
    after = to_dict(ctx.services.session)
    ctx.undo()
    assert (to_dict(ctx.services.session), ctx.services.diagnostic().referential_version) == before
    ctx.redo()
    assert to_dict(ctx.services.session) == after
