"""essdesk uses third-party packages through their public names only (issue 16).

A private module or name (`openpyxl.worksheet._writer`, `from x import _helper`,
`module._attribute`) changes without notice from one release to the next: the export that
relied on it then breaks silently, or a version pin holds every user back. This scans the
source of essdesk/ (AST) for such imports and attribute uses.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ESSDESK = Path(__file__).resolve().parents[1] / "essdesk"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _third_party(module: str) -> bool:
    top = module.split(".")[0]
    return top != "essdesk" and top not in sys.stdlib_module_names


def private_uses(source: str, filename: str = "<source>") -> list[str]:
    """'line: what' for every private name of a third-party package the source uses."""
    found = []
    modules: set[str] = set()  # local names bound to third-party modules
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _third_party(alias.name):
                    if any(_private(part) for part in alias.name.split(".")):
                        found.append(f"{node.lineno}: import {alias.name}")
                    modules.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if not _third_party(node.module):
                continue
            if any(_private(part) for part in node.module.split(".")):
                found.append(f"{node.lineno}: from {node.module} import …")
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{node.lineno}: from {node.module} import {alias.name}")
                modules.add(alias.asname or alias.name)
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in modules:
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_scan_finds_private_imports_and_attributes():
    source = (
        "import openpyxl.worksheet._writer\n"
        "from openpyxl.cell._writer import write_cell\n"
        "from reportlab.platypus import _private_helper\n"
        "import reportlab\n"
        "reportlab.platypus._thing\n"
        "from essdesk.export import _own\n"
        "import os\nos._exit\n"
        "from PySide6.QtCore import QObject\n"
    )
    assert [line.split(":")[0] for line in private_uses(source)] == ["1", "2", "3", "5"]


def test_essdesk_uses_no_private_name_of_a_third_party_package():
    offences = [
        f"{path.relative_to(ESSDESK.parent)}:{use}"
        for path in sorted(ESSDESK.rglob("*.py"))
        for use in private_uses(path.read_text(encoding="utf-8"), str(path))
    ]
    assert offences == []
