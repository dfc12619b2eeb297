"""值班日志 page: keyboard-only quick entry, filters and search, audited corrections, linking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from dutyroom.clock import FakeClock
from dutyroom.models import LogKind
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import local
from ui.log_page import LogPage
from ui.main_window import MainWindow
from ui.room_signals import RoomSignals


@pytest.fixture
def page(qtbot, ui_room: DutyRoom) -> LogPage:
    opened: list[int] = []
    page = LogPage(ui_room, RoomSignals(ui_room.events), officer=lambda: "赵晓明",
                   open_incident=opened.append)  # fmt: skip
    page.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_and_enter(page: LogPage, text: str) -> None:
    edit = page.findChild(QLineEdit, "log_quick_edit")
    edit.setFocus()
    edit.insert(text)  # QTest aborts on Chinese keystrokes; Enter is a real key press
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_quick_entry_with_the_keyboard_only(page: LogPage, ui_room: DutyRoom) -> None:
    combo = page.findChild(QComboBox, "log_kind_combo")
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # 来电 → 去电
    assert combo.currentData() == LogKind.CALL_OUT
    type_and_enter(page, "09:40 向市局值班室报告雨情")
    entries = ui_room.log.for_day(ui_room.today())
    assert [(e.kind, e.content, e.taken_by) for e in entries] == [
        (LogKind.CALL_OUT, "向市局值班室报告雨情", "赵晓明")
    ]
    assert entries[0].at == local(2026, 11, 23, 9, 40)
    assert page.quick_edit.text() == ""
    table = page.findChild(QTableView, "log_table")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 2).data() == "向市局值班室报告雨情"


def test_an_empty_line_is_refused_with_a_message(page: LogPage, ui_room: DutyRoom) -> None:
    type_and_enter(page, "   ")
    assert page.feedback.isVisible() and "请填写" in page.feedback.text()
    assert ui_room.log.for_day(ui_room.today()) == []


def test_filter_by_type_and_search(page: LogPage, ui_room: DutyRoom, qtmodeltester) -> None:
    ui_room.log.add(LogKind.CALL_IN, "县消防大队来电", unit="县消防大队")
    ui_room.log.add(LogKind.WARNING, "市气象台暴雨蓝色预警")
    ui_room.log.add(LogKind.CALL_IN, "河口镇来电报告道路积水", unit="河口镇")
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    kinds = page.findChild(QComboBox, "log_filter_kind_combo")
    kinds.setCurrentIndex(kinds.findData(LogKind.WARNING))
    assert [page.model.entry_at(r).kind for r in range(page.model.rowCount())] == [LogKind.WARNING]
    kinds.setCurrentIndex(kinds.findData(LogKind.CALL_IN))
    assert page.model.rowCount() == 2
    page.findChild(QLineEdit, "log_search_edit").setText("河口")
    assert page.model.rowCount() == 1
    assert page.model.entry_at(0).unit == "河口镇"
    kinds.setCurrentIndex(0)
    page.search_edit.clear()
    assert page.model.rowCount() == 3


def test_the_day_filter_follows_the_duty_day(
    page: LogPage, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    ui_clock.set(local(2026, 11, 24, 7, 0))  # before 08:30: still the 23rd's shift
    ui_room.log.add(LogKind.OTHER, "夜间平稳")
    assert page.model.rowCount() == 1
    page.day_edit.setDate(page.day_edit.date().addDays(1))
    assert page.model.rowCount() == 0
    page.range_combo.setCurrentIndex(1)  # calendar day 24th: 00:00–24:00
    assert page.model.rowCount() == 1


def test_correction_needs_a_reason_and_keeps_the_old_entry(
    page: LogPage, ui_room: DutyRoom
) -> None:
    old = ui_room.log.add(LogKind.CALL_IN, "县消防大队来电", unit="县消防大队")
    page.table.selectRow(0)
    page.correct_button.click()
    dialog = page.correction_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.content_edit.setPlainText("县公安局来电")
    dialog.accept()
    assert dialog.isVisible() and "原因" in dialog.error_label.text()
    dialog.reason_edit.insert("来电单位记错")
    dialog.accept()
    assert not dialog.isVisible()
    entries = ui_room.log.for_day(ui_room.today())
    assert entries[0].id == old.id and entries[0].content == "县消防大队来电"
    assert "县公安局来电" in entries[1].content and "来电单位记错" in entries[1].content
    assert page.model.rowCount() == 2
    assert page.model.index(0, 2).data().startswith("（已更正）")


def test_incident_entries_link_and_open_on_double_click(page: LogPage, ui_room: DutyRoom) -> None:
    incident = ui_room.incidents.receive({"title": "河口镇山体滑坡"})
    rows = [r for r in range(page.model.rowCount()) if page.model.entry_at(r).ref_table]
    assert rows
    row = rows[0]
    assert page.model.index(row, 7).data() == f"事件 #{incident.id}"
    page.table.doubleClicked.emit(page.model.index(row, 2))
    assert page.opened == [incident.id]  # type: ignore[attr-defined]


def test_the_page_is_in_the_main_window(main_window: MainWindow) -> None:
    page = main_window.show_page("page_log")
    assert isinstance(page, LogPage)
    assert page.findChild(QLineEdit, "log_quick_edit") is not None
