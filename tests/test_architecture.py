"""The dependency direction of DESIGN.md, checked by walking every import with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Composition roots: the only modules that may wire the database to the facade.
MAY_IMPORT_DB = {"ui/app.py", "dutyroom/cli.py", "dutyroom/compose.py"}
QT_MODULES = ("PySide6", "shiboken6", "apscheduler", "plyer")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def package_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", package_files("dutyroom"), ids=lambda p: p.name)
def test_core_imports_no_qt_no_ui_no_sql(path: Path) -> None:
    rel = path.relative_to(ROOT).as_posix()
    modules = imported_modules(path)
    tops = {top(name) for name in modules}
    if rel == "dutyroom/cli.py":
        # With no arguments the command starts the GUI, through its one entry point only.
        assert {m for m in modules if top(m) == "ui"} <= {"ui.app"}
        tops.discard("ui")
    if rel == "dutyroom/cli_documents.py":
        # `dutyroom print … --pdf` renders with Qt's QPrinter (the renderer); its handlers
        # import ui.printing lazily, and nothing else of ui or Qt.
        assert {m for m in modules if top(m) == "ui"} <= {"ui.printing"}
        tops.discard("ui")
    assert not tops & {*QT_MODULES, "ui"}, f"{rel} imports {tops & {*QT_MODULES, 'ui'}}"
    assert "sqlite3" not in tops and "sqlite_utils" not in tops, f"{rel} imports SQL"
    if rel not in MAY_IMPORT_DB:
        assert "db" not in tops, f"{rel} imports db"


@pytest.mark.parametrize("path", package_files("db"), ids=lambda p: p.name)
def test_storage_imports_no_qt_no_ui(path: Path) -> None:
    tops = {top(name) for name in imported_modules(path)}
    assert not tops & {*QT_MODULES, "ui"}


@pytest.mark.parametrize("path", package_files("ui"), ids=lambda p: p.name)
def test_only_the_composition_root_imports_db(path: Path) -> None:
    rel = path.relative_to(ROOT).as_posix()
    tops = {top(name) for name in imported_modules(path)}
    if rel not in MAY_IMPORT_DB:
        assert "db" not in tops, f"{rel} imports db; only ui/app.py may"


def test_every_package_folder_is_listed_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for package in ("dutyroom", "db", "ui"):
        for init in (ROOT / package).rglob("__init__.py"):
            dotted = init.parent.relative_to(ROOT).as_posix().replace("/", ".")
            assert f'"{dotted}"' in text, f"{dotted} missing from [tool.setuptools] packages"
