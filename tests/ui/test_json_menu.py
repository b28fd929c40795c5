"""Fichier › Importer (JSON)… / Exporter (JSON)…, and messages that name menus (issue 14, point 7)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from essdesk.ui import json_worker

PACKAGE = Path(__file__).resolve().parents[2] / "essdesk"
#: « X » after words that send the user to a menu entry: "avec « Importer »", "utilisez « … »".
MENU_REFERENCE = re.compile(r"(?:avec|utilisez|menu)\s+«\s*([^»]+?)\s*»")


def menu_paths(window) -> set[tuple[str, ...]]:
    """Every action of the menu bar as its path of texts, without & and trailing "…"."""

    def clean(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

    paths: set[tuple[str, ...]] = set()

    def walk(menu, prefix: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = (*prefix, clean(action.text()))
            paths.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    walk(window.menuBar(), ())
    return paths


def menu_references() -> list[tuple[str, str]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for name in MENU_REFERENCE.findall(node.value):
                    found.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", name))
    return found


def test_every_message_that_names_a_menu_names_a_real_one(window):
    paths = menu_paths(window)
    leaves = {p[-1] for p in paths}
    references = menu_references()
    assert any("Importer (JSON)" in name for _where, name in references)  # fileformat's message
    for where, name in references:
        parts = tuple(part.strip().rstrip("…").strip() for part in name.split("›"))
        assert (parts in paths) if len(parts) > 1 else (parts[0] in leaves), (where, name)


def test_the_file_menu_has_json_import_and_export(window):
    paths = menu_paths(window)
    assert ("Fichier", "Importer (JSON)") in paths
    assert ("Fichier", "Exporter (JSON)") in paths


def test_export_then_import_json_keeps_the_diagnostic(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "sortie.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    run = json_worker.export_json(window)
    with qtbot.waitSignal(run.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [target]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["diagnostic"]["title"] == "Filière test"
    assert "sortie.json" in window.statusBar().currentMessage()

    run = json_worker.import_json(window, target)
    with qtbot.waitSignal(run.finished, timeout=20_000):
        pass
    services = window.ctx.services
    assert services.diagnostic().title == "Filière test"
    assert sorted(a.name for a in services.actors()) == [
        "Bergerie",
        "Coopérative Laine",
        "Ressourcerie",
    ]
    assert window.ctx.document.target is None and window.ctx.document.modified
    assert window.windowTitle().startswith("Filière test")


@pytest.mark.parametrize(
    "content", [b"{not json", b"SQLite format 3\x00" + b"\x00" * 200, b'{"format": 1}']
)
def test_import_of_a_bad_file_says_why_and_keeps_the_app_usable(
    window, qtbot, tmp_path, monkeypatch, content
):
    source = tmp_path / "mauvais.json"
    source.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    run = json_worker.import_json(window, source)
    with qtbot.waitSignal(run.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [None]
    assert len(shown) == 1 and "Traceback" not in shown[0] and shown[0].strip()
    assert window.ctx is None  # the previous diagnostic was closed (unmodified), Accueil shows
    assert window.root.currentWidget() is window.welcome
