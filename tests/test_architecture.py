"""The dependency direction of DESIGN.md, stated by package and checked by walking every import.

- `dutyroom` (the core) imports no storage, no Qt, no scheduler, no notifications, no HTTP server
  and no ui: plain Python over the `Store` protocol and an injected clock.
- `dutyroom.app` (the edges: CLI, composition root, LAN server, paths) may import anything.
- `db` (storage) imports no Qt and no ui.
- `ui` imports no `db` and no `dutyroom.app`, except `ui/app.py`, the GUI's composition root.
- A package's `__main__.py` (`python -m dutyroom`, `python -m ui`) is a launcher, not a library:
  it may start the edges, and so it must define nothing (no function, no class).

No file is exempt from its package's rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_AND_FRIENDS = {"PySide6", "shiboken6", "apscheduler", "plyer"}
CORE_MAY_NOT = {*QT_AND_FRIENDS, "ui", "db", "sqlite3", "sqlite_utils", "http"}
EDGE = "dutyroom.app"
GUI_ROOT = "ui/app.py"


def imported_modules(path: Path) -> set[str]:
    """Every module named by an absolute import anywhere in the file (lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; DESIGN.md asks for absolute ones"
            if node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def dotted(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def core_files() -> list[Path]:
    return [p for p in files("dutyroom") if not dotted(p).startswith(EDGE)]


def is_launcher(path: Path) -> bool:
    if path.name != "__main__.py":
        return False
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defines = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    assert not any(isinstance(n, defines) for n in ast.walk(tree)), f"{path} defines code"
    return True


def top(name: str) -> str:
    return name.split(".")[0]


def ids(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", core_files(), ids=ids)
def test_the_core_imports_no_storage_qt_network_or_ui(path: Path) -> None:
    modules = imported_modules(path)
    forbidden = {m for m in modules if top(m) in CORE_MAY_NOT}
    assert not forbidden, f"{ids(path)} imports {sorted(forbidden)}"
    edges = {m for m in modules if m == EDGE or m.startswith(EDGE + ".")}
    assert not edges or is_launcher(path), f"{ids(path)} imports the edge package: {sorted(edges)}"


@pytest.mark.parametrize("path", files("db"), ids=ids)
def test_storage_imports_no_qt_no_ui_no_edges(path: Path) -> None:
    modules = imported_modules(path)
    assert not {top(m) for m in modules} & {*QT_AND_FRIENDS, "ui"}
    assert not {m for m in modules if m.startswith(EDGE)}


@pytest.mark.parametrize("path", files("ui"), ids=ids)
def test_the_ui_reaches_storage_only_through_its_composition_root(path: Path) -> None:
    if ids(path) == GUI_ROOT:
        return
    modules = imported_modules(path)
    assert "db" not in {top(m) for m in modules}, f"{ids(path)} imports db"
    edges = {m for m in modules if m.startswith(EDGE)}
    assert not edges or is_launcher(path), (
        f"{ids(path)} imports {sorted(edges)}; only {GUI_ROOT} may"
    )


def test_the_rules_see_the_kinds_of_import_they_forbid(tmp_path: Path) -> None:
    """The walker finds lazy imports, `from x import y` and `import x.y` alike."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os.path\n"
        "def f():\n    from db import open_store\n    import sqlite3\n"
        "from dutyroom import app\n",
        encoding="utf-8",
    )
    modules = imported_modules(sample)
    assert {"os.path", "db", "db.open_store", "sqlite3", "dutyroom.app"} <= modules


def test_the_edge_package_holds_the_edges() -> None:
    """The CLI, the composition root, the LAN server and the paths are under dutyroom/app."""
    edge = ROOT / "dutyroom" / "app"
    for name in ("cli/__init__.py", "compose.py", "lan_server.py", "paths.py"):
        assert (edge / name).is_file(), name
    assert not list((ROOT / "dutyroom").glob("cli*.py"))


def test_every_package_folder_is_listed_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for package in ("dutyroom", "db", "ui"):
        for init in (ROOT / package).rglob("__init__.py"):
            name = init.parent.relative_to(ROOT).as_posix().replace("/", ".")
            assert f'"{name}"' in text, f"{name} missing from [tool.setuptools] packages"
