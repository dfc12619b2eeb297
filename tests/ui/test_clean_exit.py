"""quick_check where it costs nothing: before opening only after an unclean exit, otherwise on a
thread after the first paint; damage found late keeps the marker so the next start checks first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import ui.app
from dutyroom.app.clean_exit import MARKER_FILENAME, RunMarker
from tests.cli.test_corrupt_db import corrupt, make_data
from ui.app import run
from ui.background_check import BackgroundCheck


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """Undo what run() does to the shared QApplication's look and locale."""
    old_font, old_sheet, old_locale = qapp.font(), qapp.styleSheet(), QLocale()
    yield
    qapp.setStyleSheet(old_sheet)
    qapp.setFont(old_font)
    QLocale.setDefault(old_locale)


def run_to_the_end(data: Path) -> int:
    """run() with its event loop; then one more loop, in the test itself. Seen here: after
    run()'s QApplication.exec() has returned, pytest-qt's waits in the tests that follow return
    at once (no timer fires) unless an event loop has run again before the test ends."""
    code = run(data, ["dutyroom"])
    loop = QEventLoop()
    QTimer.singleShot(10, loop.quit)
    loop.exec()
    return code


def test_the_marker_says_whether_the_last_run_closed(tmp_path: Path) -> None:
    marker = RunMarker(tmp_path)
    assert not marker.left_by_an_unclean_exit()
    marker.set()
    assert (tmp_path / MARKER_FILENAME).is_file() and marker.left_by_an_unclean_exit()
    marker.clear()
    assert not marker.left_by_an_unclean_exit()
    marker.clear()  # twice is harmless (a window that never set it)


def test_after_an_unclean_exit_the_file_is_checked_before_it_is_opened(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    data = tmp_path / "data"
    make_data(data, 20)
    corrupt(data / "dutyroom.sqlite3")
    RunMarker(data).set()  # as a power cut leaves it
    before = (data / "dutyroom.sqlite3").read_bytes()
    asked: list[list[str]] = []

    def refuse(message: str, backup: Path) -> bool:
        asked.append([message])
        return False

    from ui.damaged_db import Doctor, check_before_open

    def guard(doctor: Doctor, *, problems: list[str] | None = None) -> bool:
        assert problems is None  # nothing found beforehand: the guard checks the file itself
        return check_before_open(doctor, refuse, lambda t, m: asked.append([m]), problems=problems)

    monkeypatch.setattr(ui.app, "check_before_open", guard)
    assert run(data, ["dutyroom"]) == 2
    assert asked and "数据库文件已损坏" in asked[0][0]
    assert (data / "dutyroom.sqlite3").read_bytes() == before
    assert RunMarker(data).left_by_an_unclean_exit()  # still unclean: nothing was opened


def test_after_a_clean_exit_the_window_opens_without_reading_the_file_first(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    data = tmp_path / "data"
    make_data(data, 5)
    seen: list[list[str] | None] = []
    started: list[Path] = []

    def guard(doctor: object, *, problems: list[str] | None = None) -> bool:
        seen.append(problems)
        return True

    class Finished:
        problems: list[str] | None = None  # not finished before the smoke quit

    def background(doctor: ui.app.DatabaseDoctor, window: QWidget) -> Finished:
        started.append(doctor.path)
        return Finished()

    monkeypatch.setattr(ui.app, "check_before_open", guard)
    monkeypatch.setattr(ui.app, "start_background_check", background)
    monkeypatch.setenv("DUTYROOM_SMOKE_QUIT", "1")
    assert run_to_the_end(data) == 0
    assert seen == [[]]  # told "nothing found" without a check: it did not read the file
    assert started == [data / "dutyroom.sqlite3"]  # the check ran after the paint instead
    assert not RunMarker(data).left_by_an_unclean_exit()  # closed cleanly


def test_damage_found_after_the_paint_keeps_the_marker_for_the_next_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look: None
) -> None:
    data = tmp_path / "data"
    make_data(data, 5)

    class Found:
        def __init__(self) -> None:
            self.problems = ["*** in database main *** Page 7: btreeInitPage() error"]

    monkeypatch.setattr(ui.app, "start_background_check", lambda doctor, window: Found())
    monkeypatch.setenv("DUTYROOM_SMOKE_QUIT", "1")
    assert run_to_the_end(data) == 0
    assert RunMarker(data).left_by_an_unclean_exit()


def test_the_background_check_runs_off_the_gui_thread_and_warns_in_words(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    threads: list[bool] = []
    warnings: list[tuple[str, str]] = []

    def check() -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return ["Page 7: btreeInitPage() error"]

    found = BackgroundCheck(
        check, Path("/data/dutyroom.sqlite3"), window, warn=lambda w, t, m: warnings.append((t, m))
    )
    found.start()
    qtbot.waitUntil(lambda: found.problems is not None, timeout=5000)
    assert threads == [False]
    assert found.problems == ["Page 7: btreeInitPage() error"]
    [(title, text)] = warnings
    assert title == "数据库检查发现问题"
    assert "/data/dutyroom.sqlite3" in text and "立即备份" in text and "重新启动" in text


def test_a_sound_file_is_checked_quietly(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    warnings: list[object] = []
    sound = BackgroundCheck(lambda: [], Path("x"), window, warn=lambda *a: warnings.append(a))
    sound.start()
    qtbot.waitUntil(lambda: sound.problems is not None, timeout=5000)
    assert sound.problems == [] and warnings == []


def test_a_check_that_cannot_read_the_file_is_a_finding_not_a_crash(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    warnings: list[object] = []

    def broken() -> list[str]:
        raise OSError("disk I/O error")

    failed = BackgroundCheck(broken, Path("x"), window, warn=lambda *a: warnings.append(a))
    failed.start()
    qtbot.waitUntil(lambda: failed.problems is not None, timeout=5000)
    assert failed.problems == ["disk I/O error"] and len(warnings) == 1
