"""Fixtures for the Qt tests: a FakeClock room in tmp_path, tmp settings, a built main window."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

# tests/conftest.py sets this too; repeated so this folder also runs on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from dutyroom.clock import FakeClock
from dutyroom.compose import open_room
from dutyroom.services import DutyRoom
from ui.app import build_main_window
from ui.main_window import MainWindow
from ui.settings import AppSettings

# Monday 2026-11-23 10:00 in Shanghai: inside the 08:30 shift of a 工作日.
START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


# The offscreen platform says these on every top-level show / raise; they are not problems of
# ours. (Better as `qt_log_ignore` in pyproject's pytest settings, which the lead owns.)
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _keep_bools_alive() -> Iterator[None]:
    """Give back the references to True/False that PySide6 6.12 loses on every
    SignalInstance.disconnect() (pytest-qt's waitSignal disconnects when it is done).

    Python 3.11's bools are not immortal: after a few hundred lost references the interpreter
    aborts at exit with "bool_dealloc: deallocating True or False". Python 3.12+ is immune.
    Over-counting is harmless (True is never freed anyway); under-counting is the crash.
    """
    before = {value: sys.getrefcount(value) for value in (True, False)}
    yield
    if sys.version_info >= (3, 12):
        return
    for value, count in before.items():
        for _ in range(max(0, count - sys.getrefcount(value))):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


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
    close = getattr(room.store, "close", None)
    if callable(close):
        close()


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
