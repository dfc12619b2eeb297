"""The one resolver for plain resource files (icons, sounds, style sheet, templates).

Three layouts are supported, tried in this order:

1. a PyInstaller bundle: ``sys._MEIPASS/resources`` (the .spec copies resources/ there);
2. an installed wheel: ``dutyroom/resources`` (pyproject maps resources/ to dutyroom.resources);
3. a source checkout: ``<repo>/resources`` next to the ``ui`` package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import dutyroom


class ResourceMissingError(FileNotFoundError):
    """A resource file is not where any supported layout would put it: a broken install."""


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(dutyroom.__file__).resolve().parent / "resources")
    roots.append(Path(__file__).resolve().parent.parent / "resources")
    return roots


@cache
def resources_root() -> Path:
    """The first resources folder that exists (cached: it cannot move while the app runs)."""
    roots = _candidate_roots()
    for root in roots:
        if root.is_dir():
            return root
    tried = ", ".join(str(root) for root in roots)
    raise ResourceMissingError(f"dutyroom resources folder not found; looked in: {tried}")


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``; raises ResourceMissingError if the file is missing."""
    if not parts:
        raise ValueError("resource_path needs at least one path part")
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(
            f"dutyroom resource {'/'.join(parts)!r} not found in {resources_root()}"
        )
    return path
