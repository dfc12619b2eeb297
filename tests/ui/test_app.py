"""The composition root: a second launch hands over, a broken database is reported, not raised."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.app import (
    EXIT_FOLDER_IN_USE,
    EXIT_STORAGE_ERROR,
    FONT_FAMILIES,
    apply_appearance,
    open_room_or_report,
    run,
)
from ui.errors_hook import ErrorHook
from ui.instance_lock import Held, InstanceLock
from ui.single_instance import SingleInstance


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """run() styles the application and sets the locale before anything else: undo both, or
    the tests that follow build their windows with the program's larger fonts."""
    old_font, old_sheet, old_locale = qapp.font(), qapp.styleSheet(), QLocale()
    yield
    qapp.setStyleSheet(old_sheet)
    qapp.setFont(old_font)
    QLocale.setDefault(old_locale)


def test_a_second_launch_on_the_same_folder_exits_0_and_raises_the_first(
    qtbot, tmp_path: Path, app_look: None
) -> None:
    """What a running window looks like to a later launch: the folder's lock, and the server it
    starts after its first paint."""
    lock = InstanceLock(tmp_path / "data")
    assert lock.acquire().held is Held.ACQUIRED
    primary = SingleInstance(tmp_path / "data")
    assert primary.listen()
    try:
        with qtbot.waitSignal(primary.raise_requested, timeout=3000):
            assert run(tmp_path / "data", ["dutyroom"]) == 0
    finally:
        primary.close()
        lock.release()
    assert not (tmp_path / "data" / "dutyroom.sqlite3").exists()  # never touched the database


def test_without_a_lock_the_running_windows_server_still_keeps_a_second_launch_out(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    """A folder where no lock can be made (the lock file's name taken by a folder): the second
    launch falls back to the server of the window already running there."""
    monkeypatch.setenv("DUTYROOM_SMOKE_QUIT", "1")  # a wrongly started window fails, not hangs
    (tmp_path / "data" / "dutyroom.lock").mkdir(parents=True)
    assert InstanceLock(tmp_path / "data").acquire().held is Held.UNAVAILABLE
    primary = SingleInstance(tmp_path / "data")
    assert primary.listen()
    try:
        with qtbot.waitSignal(primary.raise_requested, timeout=3000):
            assert run(tmp_path / "data", ["dutyroom"]) == 0
    finally:
        primary.close()
    assert not (tmp_path / "data" / "dutyroom.sqlite3").exists()


def test_a_second_launch_waits_for_a_window_still_starting(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    """Locked but not yet listening (before its first paint): the launch retries, then says so
    and stops with EXIT_FOLDER_IN_USE, still without opening the database."""
    import ui.hand_over

    monkeypatch.setattr(ui.hand_over, "WAIT_S", 0.5)
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(ui.hand_over, "_information_box", lambda t, m: reports.append((t, m)))
    lock = InstanceLock(tmp_path / "data")
    assert lock.acquire().held is Held.ACQUIRED
    try:
        assert run(tmp_path / "data", ["dutyroom"]) == EXIT_FOLDER_IN_USE
    finally:
        lock.release()
    [(title, text)] = reports
    assert title == "值班系统已在运行" and str(os.getpid()) in text
    assert not (tmp_path / "data" / "dutyroom.sqlite3").exists()


def test_a_file_that_is_not_a_database_is_reported_in_chinese(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "dutyroom.sqlite3").write_bytes(b"this is not sqlite" * 100)
    reports: list[tuple[str, str]] = []
    assert open_room_or_report(data, lambda title, text: reports.append((title, text))) is None
    assert reports and reports[0][0] == "无法打开值班数据"
    assert str(data) in reports[0][1]
    assert EXIT_STORAGE_ERROR == 2


def test_appearance_sets_the_font_fallbacks_and_style_sheet(qapp: QApplication) -> None:
    old_font, old_sheet = qapp.font(), qapp.styleSheet()
    try:
        apply_appearance(qapp)
        assert QFont(qapp.font()).families()[: len(FONT_FAMILIES)] == FONT_FAMILIES
        assert "QListWidget#nav" in qapp.styleSheet()
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setFont(old_font)


def test_style_sheet_icon_urls_point_at_existing_files() -> None:
    import re

    from ui.app import load_style_sheet

    sheet = load_style_sheet()
    assert "@ICONS@" not in sheet
    for url in re.findall(r'url\("([^"]+)"\)', sheet):
        assert Path(url).is_file(), url


def test_the_early_check_decides_before_the_database_is_opened(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    """run() waits for the thread's quick_check and hands its findings to the damaged-database
    guard; refused, it exits 2 without opening (so without changing) the file."""
    import ui.app
    from tests.cli.test_corrupt_db import corrupt, make_data

    data = tmp_path / "data"
    make_data(data, 20)
    corrupt(data / "dutyroom.sqlite3")
    before = (data / "dutyroom.sqlite3").read_bytes()
    seen: list[list[str] | None] = []

    def guard(doctor: object, *, problems: list[str] | None = None) -> bool:
        seen.append(problems)
        return False

    monkeypatch.setattr(ui.app, "check_before_open", guard)
    assert run(data, ["dutyroom"], early_check=lambda: ["page 7 is damaged"]) == 2
    assert seen == [["page 7 is damaged"]]
    assert not isinstance(sys.excepthook, ErrorHook)  # the refused start left no hook behind
    assert (data / "dutyroom.sqlite3").read_bytes() == before
    assert InstanceLock(data).acquire().held is Held.ACQUIRED  # the refused start let go
