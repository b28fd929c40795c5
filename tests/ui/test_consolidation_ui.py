"""Fichier › Comparer des diagnostics…: files and a folder picked, read off the GUI thread,
the table and the heat map shown (status colours), exported."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from essdesk.domain import palette
from essdesk.models.enums import LeverStatus


def test_compare_diagnostics_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    from test_consolidation import TERRITORIES, make

    folder = tmp_path / "reseau"
    folder.mkdir()
    paths = make(folder, window.referential, count=4)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths[:2]], "")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog = window.show_consolidation()
    qtbot.addWidget(dialog)
    dialog.add_files.click()
    dialog.add_folder.click()
    assert dialog.sources.count() == 3  # two files, then the folder (its files counted once)
    run = dialog.compare()
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert dialog.result is not None
    # the two files are in the folder too: each diagnostic is one row, in the order first given
    assert [t.territory for t in dialog.result.territories] == TERRITORIES[:4]

    table = dialog.tabs.widget(0)
    model = table.model()
    assert model.rowCount() == 4 and model.headerData(3, Qt.Orientation.Horizontal) == "Étape 1"
    table.sortByColumn(model.columnCount() - 1, Qt.SortOrder.DescendingOrder)  # by overall
    overall = [
        dialog.result.territories[model.mapToSource(model.index(r, 0)).row()].overall
        for r in range(model.rowCount())
    ]
    assert overall == sorted(overall, reverse=True)

    heat = dialog.tabs.widget(1).model()
    index = heat.index(0, 2)
    lever, cells = dialog.result.heat()[heat.mapToSource(index).row()]
    first = cells[0]
    assert heat.data(index) == first.label
    brush = heat.data(index, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor(palette.LEVER_STATUS[first].tint)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    practices = dialog.tabs.widget(tabs.index("Pratiques inspirantes")).model()
    lever, done, still = dialog.result.inspiring()[0]
    first_row = [practices.index(0, k).data() for k in range(practices.columnCount())]
    assert first_row == [lever.code, lever.label, ", ".join(done), ", ".join(still)]
    assert practices.headerData(2, Qt.Orientation.Horizontal) == "Réalisé à"
    assert "4 diagnostics" in dialog.summary.text()

    # The open diagnostic (same method) learns what the others did: its « Leviers à
    # regarder ensuite » may now say « réalisé dans N des M diagnostics comparés ».
    from essdesk.domain import queries
    from essdesk.domain.next_levers import next_levers

    ctx = window.ctx
    assert len(ctx.compared) == len(dialog.result.territories)
    rows = queries.lever_rows(ctx.session, ctx.diagnostic_id)
    expected = [f"{lv.code}  {lv.label}" for lv in next_levers(ctx.referential, rows, None,
                                                                ctx.compared)]
    window.go("overview")
    shown = [window.overview.next_levers.list.item(i).text().split("\n")[0]
             for i in range(window.overview.next_levers.list.count())]
    assert shown == expected[: len(shown)] and shown
    reasons = [lv.why for lv in next_levers(ctx.referential, rows, None, ctx.compared)]
    assert any("diagnostics comparés" in why for why in reasons)
    assert any("diagnostics comparés" in window.overview.next_levers.list.item(i).text()
               for i in range(window.overview.next_levers.list.count()))

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    run = dialog.export("xlsx", tmp_path / "reseau.xlsx")
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    sheet = openpyxl.load_workbook(tmp_path / "reseau.xlsx")["Carte des leviers"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == lever.code)
    assert row[2] == first.label and LeverStatus(first)


def test_diagnostics_on_other_methods_are_refused_in_the_window(
    window, qtbot, tmp_path, monkeypatch
):
    from test_consolidation import make

    from essdesk.domain.referential import shipped_referentials
    from essdesk.domain.services import create_diagnostic
    from essdesk.store.document import Document

    (rtes,) = make(tmp_path, window.referential, count=1)
    mel = next(r for r in shipped_referentials() if r.id.startswith("mel"))
    other = tmp_path / "mel.essdesk"
    with Document.create(other) as doc:
        create_diagnostic(doc.session, mel, title="Métropole")
        doc.save()
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    dialog = window.show_consolidation()
    qtbot.addWidget(dialog)
    dialog.add_sources([str(rtes), str(other)])
    run = dialog.compare()
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert dialog.result is None and not dialog.export_xlsx.isEnabled()
    assert shown and "même méthode" in shown[0]
