"""Fichier › Vérifier, Restaurer une sauvegarde, exports anonymisés, À propos."""

import openpyxl
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from essdesk.domain.services import Services
from essdesk.store import backups


def test_check_reports_a_sound_document_in_plain_words(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    window.check_action.trigger()
    assert said and "sain" in said[0]


def test_restore_puts_back_a_backup_and_reopens_it(window, monkeypatch, diagnostic_file):
    services = window.ctx.services
    services.update_diagnostic(title="Version 2")
    assert window.save()  # the file held "Filière test": that version is now a backup
    services = window.ctx.services
    services.update_diagnostic(title="Version 3, pas encore enregistrée")
    kept = backups.list_backups(diagnostic_file)
    assert len(kept) == 1
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Save  # unsaved edits are kept
    window.restore_action.trigger()
    assert Services(window.ctx.document.session).diagnostic().title == "Filière test"
    # nothing was lost: the unsaved version was saved, then backed up before the restore
    titles = []
    from essdesk.store.document import Document

    for b in backups.list_backups(diagnostic_file):
        with Document.open(b.path) as doc:
            titles.append(Services(doc.session).diagnostic().title)
    assert "Version 3, pas encore enregistrée" in titles


def test_restore_without_backups_says_so(window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    window.restore_action.trigger()
    assert said and "Aucune sauvegarde" in said[0]


def test_anonymised_excel_export_from_the_menu_drops_personal_data(window, qtbot, tmp_path, monkeypatch):
    services = window.ctx.services
    actor = services.actors()[0]
    services.update_actor(actor.id, contact="Jeanne Martin", email="jeanne@exemple.fr", phone="0102030405")
    target = tmp_path / "public.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.export_xlsx_anon.trigger()
    with qtbot.waitSignal(window._export_run.finished, timeout=30000):
        pass
    cells = {str(c.value) for ws in openpyxl.load_workbook(target) for row in ws.iter_rows() for c in row}
    assert not any("Jeanne Martin" in c or "jeanne@exemple.fr" in c or "0102030405" in c for c in cells)
    assert any("Coopérative Laine" in c for c in cells)


def test_word_export_from_the_menu_writes_an_editable_report(window, qtbot, tmp_path, monkeypatch):
    import docx

    asked = []
    target = tmp_path / "rapport"  # typed without its extension: .docx is added

    def save_name(*args, **kwargs):
        asked.append(args[3])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.export_docx.trigger()
    with qtbot.waitSignal(window._export_run.finished, timeout=60000):
        pass
    assert asked == ["Document Word (*.docx)"]
    document = docx.Document(str(tmp_path / "rapport.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Synthèse" and "Plan d'action" in headings


def test_word_export_on_a_cabinet_template_takes_its_look_and_remembers_it(
    window, qtbot, tmp_path, monkeypatch
):
    import docx
    from test_export_docx import cabinet_template

    template = cabinet_template(tmp_path)
    opened: list = []

    def open_name(_parent, _caption, start, pattern):
        opened.append((start, pattern))
        return str(template), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "rapport-cabinet.docx"), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.export_docx_template.trigger()
    with qtbot.waitSignal(window._export_run.finished, timeout=60000):
        pass
    document = docx.Document(str(tmp_path / "rapport-cabinet.docx"))
    assert document.sections[0].header.paragraphs[0].text.startswith("Cabinet Exemple")
    assert document.styles["Normal"].font.name == "DejaVu Serif"
    assert window.settings.word_template == template
    # The next time, the file dialog starts on the template chosen last.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, _c, start, _pat: opened.append((start, _pat)) or ("", ""))
    window.export_docx_template.trigger()
    assert opened[-1][0] == str(template) and "*.docx" in opened[-1][1]


def test_about_shows_version_credits_and_data_folder(window, monkeypatch):
    from essdesk import __version__

    seen = []
    monkeypatch.setattr(QDialog, "exec", lambda dlg: seen.append(dlg) or 0)
    window.about()
    text = _all_text(seen[0])
    assert __version__ in text and "RTES" in text and "GPL" in text


def _all_text(widget) -> str:
    from PySide6.QtWidgets import QLabel, QTextBrowser

    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.toPlainText() for w in widget.findChildren(QTextBrowser)]
    return " ".join(parts)
