"""设置 → 粘贴国务院通知…: the preview of a pasted notice, refused lines and conflicts in red."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from dutyroom.services import DutyRoom
from tests.core.test_holiday_notice import NOTICE_2026, NOTICE_2027
from ui.holiday_notice_dialog import HolidayNoticeDialog
from ui.main_window import MainWindow
from ui.roster_model import ERROR_RED
from ui.settings_page import SettingsPage


@pytest.fixture
def dialog(qtbot, ui_room: DutyRoom) -> HolidayNoticeDialog:  # type: ignore[no-untyped-def]
    shown = HolidayNoticeDialog(ui_room)
    qtbot.addWidget(shown)
    return shown


def problems(dialog: HolidayNoticeDialog) -> list[str]:
    items = (dialog.problems_list.item(i) for i in range(dialog.problems_list.count()))
    return [item.text() for item in items if item is not None]


def test_an_empty_box_offers_nothing_to_import(dialog: HolidayNoticeDialog) -> None:
    assert not dialog.import_button.isEnabled()
    assert dialog.days_table.rowCount() == 0


def test_a_good_notice_is_previewed_day_by_day_and_imported(
    dialog: HolidayNoticeDialog, ui_room: DutyRoom
) -> None:
    dialog.set_text(NOTICE_2027)
    assert dialog.summary_label.text() == "2027年：法定节假日33天，调休补班日6天"
    assert dialog.days_table.rowCount() == 39
    first = [dialog.days_table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert first == ["2027-01-01", "周五", "法定节假日", "元旦"]
    assert problems(dialog) == ["✔ 没有问题，可以导入"]
    assert dialog.import_button.isEnabled()
    assert ui_room.calendar.overrides() == []  # the preview writes nothing
    assert dialog.confirm()
    assert len(ui_room.calendar.overrides()) == 39
    assert ui_room.calendar.missing_years(date(2027, 1, 1), date(2027, 12, 31)) == []


def test_a_refused_line_is_red_and_blocks_the_import(
    dialog: HolidayNoticeDialog, ui_room: DutyRoom
) -> None:
    dialog.set_text(NOTICE_2027.replace("9月15日（周三）", "9月15日（周四）"))
    [shown] = problems(dialog)
    assert shown.startswith("✖ 第7行“六、中秋节：9月15日（周四）")
    assert "9月15日是周三，通知写的是周四" in shown
    assert dialog.problems_list.item(0).foreground().color() == ERROR_RED  # type: ignore[union-attr]
    assert not dialog.import_button.isEnabled()
    assert not dialog.confirm()
    assert ui_room.calendar.overrides() == []


def test_a_conflict_with_the_package_is_listed_and_marked_in_the_table(
    dialog: HolidayNoticeDialog, ui_room: DutyRoom
) -> None:
    dialog.set_text(NOTICE_2026.replace("5月9日（周六）上班", "5月10日（周日）上班"))
    shown = problems(dialog)
    assert len(shown) == 2
    assert "2026-05-09（周六）：通知未列出，chinese-calendar为调休补班日（劳动节）" in shown[0]
    row = next(
        r
        for r in range(dialog.days_table.rowCount())
        if dialog.days_table.item(r, 0).text() == "2026-05-10"  # type: ignore[union-attr]
    )
    note = dialog.days_table.item(row, 4)
    assert note is not None and note.text() == "冲突：内置数据为休息日"
    assert note.foreground().color() == ERROR_RED
    assert not dialog.import_button.isEnabled()
    assert ui_room.calendar.overrides() == []


def test_a_notice_without_a_year_asks_for_one(dialog: HolidayNoticeDialog) -> None:
    dialog.set_text(NOTICE_2027.split("\n", 1)[1])
    assert "没有年份" in problems(dialog)[0]
    assert not dialog.import_button.isEnabled()
    dialog.year_spin.setValue(2027)
    assert dialog.import_button.isEnabled()
    assert dialog.days_table.rowCount() == 39


def test_from_file_reads_a_gbk_notice(qtbot, ui_room: DutyRoom, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "notice.txt"
    saved.write_bytes(NOTICE_2027.encode("gb18030"))
    dialog = HolidayNoticeDialog(ui_room, choose_path=lambda _parent: str(saved))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.text_edit.toPlainText() == NOTICE_2027
    assert dialog.import_button.isEnabled()
    missing = HolidayNoticeDialog(ui_room, choose_path=lambda _parent: str(tmp_path / "none"))
    qtbot.addWidget(missing)
    qtbot.mouseClick(missing.file_button, Qt.MouseButton.LeftButton)
    assert "无法读取文件" in missing.error_label.text()


def test_the_settings_button_opens_it_and_an_import_is_said_there(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("page_settings")
    assert isinstance(page, SettingsPage)
    warning = page.findChild(QLabel, "holiday_missing_label")
    assert warning is not None and "2027年" in warning.text()
    button = page.findChild(QPushButton, "override_notice_button")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.notice_dialog
    assert isinstance(dialog, HolidayNoticeDialog) and dialog.isVisible()
    dialog.set_text(NOTICE_2027)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    feedback = page.findChild(QLabel, "override_error_label")
    assert feedback is not None
    assert feedback.text() == "已导入2027年国务院通知：法定节假日33天，调休补班日6天"
    assert page.model.rowCount() == 39
    assert warning.isHidden()
