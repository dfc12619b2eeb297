"""Fixtures for the Qt tests: a FakeClock room in tmp_path, tmp settings, a built main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

# tests/conftest.py sets this too; repeated so this folder also runs on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.services import DutyRoom
from ui.app import build_main_window
from ui.main_window import MainWindow
from ui.settings import AppSettings

# Monday 2026-11-23 10:00 in Shanghai: inside the 08:30 shift of a 工作日.
START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def always_yes(_parent: object, _text: str) -> bool:
    return True


@pytest.fixture
def ui_clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def ui_room(data_dir: Path, ui_clock: FakeClock) -> Iterator[DutyRoom]:
    room = open_room(data_dir, clock=ui_clock)
    yield room
    room.close()


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def main_window(qtbot, ui_room: DutyRoom, app_settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(ui_room, app_settings, confirm=always_yes)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
