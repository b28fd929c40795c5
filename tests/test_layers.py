"""The layering rules: the models and the core never import Qt; start-up stays light."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "essdesk"
QT_FREE = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt():
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.startswith(("PySide6", "essdesk.ui")))
                 for p in QT_FREE}
    offenders = {k: v for k, v in offenders.items() if v and k != "cli.py"}
    assert offenders == {}
    assert len(QT_FREE) > 15  # the walk really found the core


def test_cli_imports_the_ui_only_to_start_the_window():
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("essdesk.ui"):
            assert node.col_offset > 0  # inside a function, never at module level


def test_core_import_loads_neither_qt_nor_export_libraries():
    code = (
        "import sys, essdesk.cli, essdesk.domain.services, essdesk.store.document, "
        "essdesk.exchange.interchange, essdesk.models;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'openpyxl', 'reportlab', 'xlsxwriter', 'docx', 'pypdf', 'alembic', "
        "'jsonschema')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
