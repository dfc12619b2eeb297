"""查岗 page: the answer timer on the room's clock, saving into the log, failures, next unit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from dutyroom.clock import FakeClock
from dutyroom.models import Contact, ContactKind, LogKind
from dutyroom.services import DutyRoom
from dutyroom.spot_checks import MADE
from ui.main_window import MainWindow
from ui.spotcheck_model import FAILURE_FG, SpotCheckModel
from ui.spotcheck_page import SpotCheckPage


@pytest.fixture
def page(main_window: MainWindow) -> SpotCheckPage:
    built = main_window.show_page("page_spotcheck")
    assert isinstance(built, SpotCheckPage)
    return built


def log_entries(room: DutyRoom) -> list:  # type: ignore[type-arg]
    now = room.clock.now()
    return room.log.entries(now - timedelta(days=1), now + timedelta(days=1))


def test_the_timer_button_measures_seconds_on_the_room_clock(
    qtbot, page: SpotCheckPage, ui_clock: FakeClock, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    button = page.findChild(QPushButton, "answer_timer_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.timer.running
    ui_clock.advance(seconds=12)
    main_window.tick()
    assert "12秒" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not page.timer.running
    assert page.seconds_spin.value() == 12
    assert page.findChild(QLabel, "rings_label").text() == "约3声"


def test_recording_a_check_adds_a_duty_log_entry(
    qtbot, page: SpotCheckPage, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    before = len(log_entries(ui_room))
    page.checker_unit_edit.setText("市应急管理局值班室")
    page.checker_person_edit.setText("王科长")
    page.answered_by_edit.setText("吴倩")
    page.seconds_spin.setValue(8)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == "已保存，并记入值班日志"
    entries = log_entries(ui_room)
    assert len(entries) == before + 1
    entry = entries[-1]
    assert entry.kind is LogKind.SPOT_CHECK
    assert "市应急管理局值班室" in entry.content and "8秒接听" in entry.content
    assert page.model.rowCount() == 1
    assert page.checker_person_edit.text() == ""  # the form was cleared


def test_a_missing_field_is_named_next_to_it(page: SpotCheckPage, ui_room: DutyRoom) -> None:
    page.checker_unit_edit.clear()
    assert page.save() is None
    error = page.findChild(QLabel, "checker_unit_error_label")
    assert error.text() == "请填写查岗单位"
    assert not error.isHidden()
    assert page.model.rowCount() == 0


def test_failures_are_red_and_listed_for_notice(
    page: SpotCheckPage, ui_room: DutyRoom, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page.direction_combo.setCurrentIndex(page.direction_combo.findData(MADE))
    page.checked_unit_edit.setText("城关镇")
    page.result_combo.setCurrentText("未接")
    assert page.save() is not None
    assert page.failures_list.count() == 1
    assert "城关镇" in page.failures_list.item(0).text()
    index = page.model.index(0, 0)
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole).color() == FAILURE_FG
    qtmodeltester.check(page.model)


def test_the_next_unit_to_check_is_suggested(page: SpotCheckPage, ui_room: DutyRoom) -> None:
    ui_room.directory.add_contact(
        Contact("城关镇值班室", ContactKind.TOWNSHIP, unit="城关镇", phone="0731-1111")
    )
    ui_room.directory.add_contact(
        Contact("河西镇值班室", ContactKind.TOWNSHIP, unit="河西镇", phone="0731-2222")
    )
    assert "城关镇" in page.next_label.text()
    page.check_next_button.click()
    assert page.checked_unit_edit.text() == "城关镇"
    page.answered_by_edit.setText("李四")
    assert page.save() is not None
    assert "河西镇" in page.next_label.text()


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    qtmodeltester.check(SpotCheckModel(ZoneInfo("Asia/Shanghai")))
