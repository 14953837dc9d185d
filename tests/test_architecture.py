"""The contracts of the layout: core/ never imports Qt; ui/ never writes SQL."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_never_imports_qt():
    for path in (ROOT / "core").glob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(("PySide6", "PyQt", "shiboken", "ui")), (path, module)


def test_ui_has_no_sql():
    pattern = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\s+\w|sqlite3|sqlite_utils|\.execute\(")
    for path in (ROOT / "ui").glob("*.py"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path
