"""The shell: navigation over every page, lazy pages, the clock tick, top bar and status bar."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget

from dutyroom.clock import FakeClock
from dutyroom.models import DayType
from dutyroom.services import DutyRoom
from ui.app import build_main_window
from ui.main_window import MainWindow
from ui.settings import LAST_PAGE, AppSettings

PAGES = [
    ("page_dashboard", "值班台"),
    ("page_incidents", "接报"),
    ("page_roster", "排班"),
    ("page_log", "值班日志"),
    ("page_handover", "交接班"),
    ("page_spotcheck", "查岗"),
    ("page_stats", "统计"),
    ("page_reference", "通讯录与资料"),
    ("page_settings", "设置"),
]


def label(window: MainWindow, name: str) -> QLabel:
    found = window.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_navigation_lists_the_pages_in_order(main_window: MainWindow) -> None:
    nav = main_window.findChild(QListWidget, "nav")
    assert nav is not None
    assert [nav.item(i).text() for i in range(nav.count())] == [title for _, title in PAGES]
    assert main_window.page_names() == [name for name, _ in PAGES]


def test_pages_are_built_on_first_visit(main_window: MainWindow) -> None:
    assert main_window.current_page_name() == "page_dashboard"
    assert main_window.page("page_settings") is None
    assert main_window.page("page_stats") is None


@pytest.mark.parametrize(("row", "name"), [(i, name) for i, (name, _) in enumerate(PAGES)])
def test_clicking_the_navigation_shows_each_page(
    qtbot, main_window: MainWindow, row: int, name: str
) -> None:
    main_window.show_page(PAGES[-1][0] if row == 0 else PAGES[0][0])  # start elsewhere
    nav = main_window.findChild(QListWidget, "nav")
    rect = nav.visualItemRect(nav.item(row))
    with qtbot.waitSignal(main_window.page_shown, check_params_cb=lambda n: n == name):
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    stack = main_window.findChild(QStackedWidget, "pages")
    assert stack.currentWidget().objectName() == name
    assert stack.currentWidget().isVisible()


def test_ctrl_number_walks_every_page(qtbot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    for number, (name, _) in enumerate(PAGES, start=1):
        with qtbot.waitSignal(main_window.page_shown):
            qtbot.keyClick(
                main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
            )
        assert main_window.current_page_name() == name
        page = main_window.findChild(QStackedWidget, "pages").currentWidget()
        assert page.isVisible()


def test_the_clock_follows_the_tick(main_window: MainWindow, ui_clock: FakeClock) -> None:
    main_window.tick()
    assert label(main_window, "clock_label").text() == "10:00:00"
    ui_clock.advance(seconds=75)
    main_window.tick()
    assert label(main_window, "clock_label").text() == "10:01:15"


def test_top_bar_shows_bureau_date_weekday_and_day_type(
    main_window: MainWindow, ui_room: DutyRoom
) -> None:
    assert label(main_window, "bureau_name_label").text() == ui_room.bureau.name()
    assert label(main_window, "date_label").text() == "2026年11月23日 星期一 · 工作日"
    assert not label(main_window, "calendar_warning_label").isVisible()


def test_date_line_changes_at_midnight_and_names_the_holiday(
    main_window: MainWindow, ui_clock: FakeClock, ui_room: DutyRoom
) -> None:
    ui_room.calendar.set_override(ui_room.today() + timedelta(days=1), DayType.HOLIDAY, "测试假日")
    ui_clock.advance(hours=14)  # 00:00 on Tuesday in Shanghai
    main_window.tick()
    assert (
        label(main_window, "date_label").text() == "2026年11月24日 星期二 · 法定节假日（测试假日）"
    )


def test_missing_holiday_data_is_warned_in_the_top_bar(
    main_window: MainWindow, ui_clock: FakeClock
) -> None:
    ui_clock.advance(days=10)  # 3 December: next month is January 2027, not in the package
    main_window.tick()
    warning = label(main_window, "calendar_warning_label")
    assert warning.isVisible()
    assert "2027年" in warning.text()


def test_status_bar_shows_data_file_and_duty(main_window: MainWindow, ui_room: DutyRoom) -> None:
    assert str(ui_room.db_path) in label(main_window, "status_db_label").text()
    assert "带班领导" in label(main_window, "status_duty_label").text()


def test_geometry_and_last_page_are_restored(
    qtbot, ui_room: DutyRoom, app_settings: AppSettings
) -> None:
    first = build_main_window(ui_room, app_settings)
    qtbot.addWidget(first)
    # the offscreen screen is 800×600; the 值班台's strip of shift cards sets the least width
    size = (max(720, first.minimumSizeHint().width()), 520)
    first.resize(*size)
    first.show()
    first.show_page("page_log")
    first.close()
    assert app_settings.get(LAST_PAGE) == "page_log"

    second = build_main_window(ui_room, app_settings)
    qtbot.addWidget(second)
    assert second.height() == size[1]
    # The saved width comes back, or the screen's where the screen is narrower (800 offscreen).
    screen = second.screen().availableGeometry().width()
    assert min(size[0], screen) - 4 <= second.width() <= min(size[0], screen)
    assert second.current_page_name() == "page_log"


def test_show_and_raise_restores_a_minimized_window(qtbot, main_window: MainWindow) -> None:
    main_window.showMinimized()
    main_window.show_and_raise()
    assert main_window.isVisible()
    assert not main_window.isMinimized()
