"""The cheaper PySide6 feature scan answers exactly as PySide6's own check."""

from __future__ import annotations

import importlib
import sys

import pytest

import ui
from ui import pyside_feature_scan


def test_it_is_installed_by_the_ui_package() -> None:
    assert ui.pyside_feature_scan is pyside_feature_scan
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "_dutyroom", False)
    assert pyside_feature_scan.install() is False  # once only: never wraps itself


@pytest.mark.parametrize(
    "name",
    ["ui.dashboard", "ui.formatting", "dutyroom.models", "json", "sqlite3", "sys", "itertools"],
)
def test_same_answer_as_pyside(name: str) -> None:
    import inspect

    module = importlib.import_module(name)
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        expected = False
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside(module) is expected
