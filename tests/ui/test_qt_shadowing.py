"""No ui class stores data under the name of a Qt method or attribute of one of its Qt bases.

PySide6 crashes (SIGSEGV) when Qt calls a virtual whose Python name was rebound to data: the
report dialog's `self.done = …` killed the program on every 确定 (TECH-NOTES, December 2026).
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

UI = Path(__file__).resolve().parents[2] / "ui"


def _qt_names(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith(("PySide6", "Shiboken")):
            names.update(vars(base))
    return names


def _assigned_attributes(node: ast.ClassDef) -> list[tuple[str, int]]:
    """`self.NAME = …` / `self.NAME: T = …` in the class's methods, and class-level data."""
    found: list[tuple[str, int]] = []
    for item in node.body:
        if isinstance(item, ast.Assign | ast.AnnAssign):
            targets = item.targets if isinstance(item, ast.Assign) else [item.target]
            found += [(t.id, item.lineno) for t in targets if isinstance(t, ast.Name)]
    for sub in ast.walk(node):
        targets: list[ast.expr] = []
        if isinstance(sub, ast.Assign):
            targets = sub.targets
        elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
            targets = [sub.target]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                found.append((target.attr, sub.lineno))
    return found


def _shadowing(path: Path) -> list[str]:
    module = importlib.import_module(f"ui.{path.stem}")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(module, node.name, None)
        if not (inspect.isclass(cls) and issubclass(cls, QObject)):
            continue
        qt = _qt_names(cls)
        for name, line in _assigned_attributes(node):
            if name in qt and not name.startswith("_"):
                problems.append(f"ui/{path.name}:{line} {node.name}.{name}")
    return problems


@pytest.mark.parametrize("path", sorted(UI.glob("*.py")), ids=lambda p: p.name)
def test_no_attribute_shadows_a_qt_name(path: Path) -> None:
    assert _shadowing(path) == []


def test_the_check_finds_the_crash_it_is_for(tmp_path: Path) -> None:
    """The very line that crashed 确定 is found (a check that cannot fail is no check)."""
    from PySide6.QtWidgets import QDialog

    source = "class D(QDialog):\n    def __init__(self):\n        self.done = None\n"
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.ClassDef)
    names = {name for name, _line in _assigned_attributes(node)}
    assert names & _qt_names(QDialog) == {"done"}
