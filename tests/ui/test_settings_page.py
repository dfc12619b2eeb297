"""设置: bureau name and time zone through the facade, holiday overrides added and deleted."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QTableView

from dutyroom.models import DayType, HolidayOverride
from dutyroom.services import DutyRoom
from ui.holiday_model import HolidayModel
from ui.main_window import MainWindow
from ui.room_signals import RoomSignals
from ui.settings_page import SettingsPage


def child(parent, cls, name):  # type: ignore[no-untyped-def]
    found = parent.findChild(cls, name)
    assert found is not None, name
    return found


@pytest.fixture
def page(main_window: MainWindow) -> SettingsPage:
    shown = main_window.show_page("page_settings")
    assert isinstance(shown, SettingsPage)
    return shown


def test_renaming_the_bureau_stores_it_and_updates_the_top_bar(
    qtbot, page: SettingsPage, main_window: MainWindow, ui_room: DutyRoom
) -> None:
    edit = child(page, QLineEdit, "bureau_name_edit")
    edit.clear()
    # Chinese arrives through the input method as committed text; QTest can only type Latin-1.
    edit.insert("  清河县应急管理局  ")
    qtbot.mouseClick(child(page, QPushButton, "bureau_save_button"), Qt.MouseButton.LeftButton)
    assert ui_room.bureau.name() == "清河县应急管理局"
    assert child(main_window, QLabel, "bureau_name_label").text() == "清河县应急管理局"
    assert "清河县应急管理局" in main_window.windowTitle()
    assert child(page, QLabel, "bureau_name_error_label").property("feedback") == "ok"


def test_a_blank_bureau_name_is_refused_next_to_the_field(
    qtbot, page: SettingsPage, ui_room: DutyRoom
) -> None:
    before = ui_room.bureau.name()
    edit = child(page, QLineEdit, "bureau_name_edit")
    edit.setText("   ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    error = child(page, QLabel, "bureau_name_error_label")
    assert error.text() == "单位名称不能为空"
    assert error.property("feedback") == "error"
    assert ui_room.bureau.name() == before


def test_an_unknown_time_zone_shows_an_error_and_saves_nothing(
    qtbot, page: SettingsPage, ui_room: DutyRoom
) -> None:
    combo = child(page, QComboBox, "timezone_combo")
    combo.setCurrentText("Mars/Olympus_Mons")
    qtbot.mouseClick(child(page, QPushButton, "timezone_save_button"), Qt.MouseButton.LeftButton)
    error = child(page, QLabel, "timezone_error_label")
    assert error.isVisible()
    assert "Mars/Olympus_Mons" in error.text()
    assert ui_room.bureau.timezone_name() == "Asia/Shanghai"


def test_a_known_time_zone_is_saved_and_moves_the_clock(
    qtbot, page: SettingsPage, main_window: MainWindow, ui_room: DutyRoom
) -> None:
    combo = child(page, QComboBox, "timezone_combo")
    assert combo.itemText(0) == "Asia/Shanghai"
    combo.setCurrentText("Asia/Urumqi")
    qtbot.mouseClick(child(page, QPushButton, "timezone_save_button"), Qt.MouseButton.LeftButton)
    assert ui_room.bureau.timezone_name() == "Asia/Urumqi"
    main_window.tick()
    assert child(main_window, QLabel, "clock_label").text() == "08:00:00"


def test_adding_and_deleting_an_override(qtbot, page: SettingsPage, ui_room: DutyRoom) -> None:
    child(page, QDateEdit, "override_date_edit").setDate(QDate(2027, 2, 6))
    combo = child(page, QComboBox, "override_type_combo")
    combo.setCurrentIndex(combo.findData(DayType.HOLIDAY))
    child(page, QLineEdit, "override_note_edit").insert("春节")
    qtbot.mouseClick(child(page, QPushButton, "override_add_button"), Qt.MouseButton.LeftButton)
    assert ui_room.calendar.overrides() == [
        HolidayOverride(date(2027, 2, 6), DayType.HOLIDAY, "春节")
    ]
    table = child(page, QTableView, "override_table")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 2).data() == "春节"
    assert table.selectionModel().selectedRows()[0].row() == 0

    qtbot.mouseClick(child(page, QPushButton, "override_delete_button"), Qt.MouseButton.LeftButton)
    assert ui_room.calendar.overrides() == []
    assert table.model().rowCount() == 0


def test_deleting_asks_first_and_a_no_keeps_the_override(qtbot, ui_room: DutyRoom) -> None:
    ui_room.calendar.set_override(date(2027, 1, 1), DayType.HOLIDAY, "元旦")
    asked: list[str] = []

    def say_no(_parent: object, text: str) -> bool:
        asked.append(text)
        return False

    page = SettingsPage(ui_room, RoomSignals(ui_room.events), confirm=say_no)
    qtbot.addWidget(page)
    child(page, QTableView, "override_table").selectRow(0)
    qtbot.mouseClick(child(page, QPushButton, "override_delete_button"), Qt.MouseButton.LeftButton)
    assert asked and "2027-01-01" in asked[0]
    assert len(ui_room.calendar.overrides()) == 1


def test_delete_without_a_selection_says_so(qtbot, page: SettingsPage) -> None:
    qtbot.mouseClick(child(page, QPushButton, "override_delete_button"), Qt.MouseButton.LeftButton)
    assert child(page, QLabel, "override_error_label").property("feedback") == "error"


def test_missing_holiday_years_are_warned_above_the_table(page: SettingsPage) -> None:
    # The package knows 2026 but not 2027: "this year and next" must name 2027.
    warning = child(page, QLabel, "holiday_missing_label")
    assert warning.isVisible()
    assert "2027年" in warning.text()


def test_overrides_added_elsewhere_appear_in_the_table(
    page: SettingsPage, ui_room: DutyRoom
) -> None:
    ui_room.calendar.set_override(date(2027, 10, 1), DayType.HOLIDAY, "国庆节")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "2027-10-01 星期五"


def test_holiday_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = HolidayModel()
    model.set_overrides(
        [
            HolidayOverride(date(2027, 1, 1), DayType.HOLIDAY, "元旦"),
            HolidayOverride(date(2027, 2, 7), DayType.MAKEUP, ""),
        ]
    )
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "类型"
    assert model.row_of(date(2027, 2, 7)) == 1
