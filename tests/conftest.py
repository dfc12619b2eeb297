"""Test set-up shared by every suite: Qt offscreen before any import of Qt, gui marker by folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# pytest aborts (exit 134) when Qt finds neither a platform nor a DISPLAY; see TECH-NOTES.md.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DUTYROOM_DATA_DIR", None)

UI_TESTS = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
