"""值班事项时限 on the 值班台: a 预警's clocks count down beside the incidents', 办结… meets one,
and the alarms ring for them naming the item."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from dutyroom.alerts import MomentKind
from dutyroom.clock import FakeClock
from dutyroom.models import LogKind, ObligationState
from dutyroom.services import DutyRoom
from tests.ui.test_alarms import _tick_until, _with_signals
from ui.dashboard import DashboardPage
from ui.log_clock_panel import LogClockPanel
from ui.main_window import MainWindow


@pytest.fixture
def panel(main_window: MainWindow) -> LogClockPanel:
    page = main_window.page("page_dashboard")
    assert isinstance(page, DashboardPage)
    found = page.findChild(LogClockPanel, "log_clock_panel")
    assert found is not None
    return found


def test_hidden_without_clocks_then_shown_with_the_warning(
    panel: LogClockPanel, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    assert not panel.isVisible()
    ui_room.log.add(LogKind.CALL_IN, "县消防大队来电")  # no clock: still hidden
    assert not panel.isVisible()
    entry = ui_room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    assert entry.id is not None
    assert panel.isVisible()
    leader, forward = ui_room.log.obligations_of(entry.id)
    label = panel.countdown_label(leader.id or 0)
    assert label is not None and label.isVisible()
    assert label.text() == "10:00"
    missing = panel.findChild(QLabel, f"log_clock_missing_{leader.id}")
    assert missing is not None and missing.text() == "未办：带班领导"
    text = panel.findChild(QLabel, f"log_clock_text_{leader.id}")
    assert text is not None and text.text() == "县气象台发布暴雨橙色预警"
    ui_clock.advance(minutes=7)
    panel.tick(ui_clock.now())
    assert label.text() == "03:00" and label.property("state") == "critical"
    far = panel.countdown_label(forward.id or 0)
    assert far is not None and far.text() == "23:00"


def test_the_dialog_meets_the_missing_recipient(
    qtbot, panel: LogClockPanel, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    entry = ui_room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    assert entry.id is not None
    leader = ui_room.log.obligations_of(entry.id)[0]
    button = panel.findChild(QPushButton, f"log_clock_button_{leader.id}")
    assert button is not None and button.text() == "办结…"
    button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.to_unit.text() == "带班领导"  # prefilled with what is still owed
    dialog.by.clear()
    assert not dialog.submit()
    assert dialog.error_label.text() == "请填写报送人"
    dialog.by.setText("赵晓明")
    assert dialog.submit()
    assert dialog.recorded is not None and dialog.recorded.status is ObligationState.DONE
    assert panel.countdown_label(leader.id or 0) is None  # the row is gone
    assert len(panel.rows) == 1


def test_alarms_ring_for_a_log_clock_and_name_it(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    ctl, raised, _signals = _with_signals(ui_room, ui_clock)
    ctl.start(scheduler=False)
    logged = ui_clock.now()
    entry = ui_room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")  # after start: "log"
    assert entry.id is not None
    leader = ui_room.log.obligations_of(entry.id)[0]
    _tick_until(ctl, ui_clock, logged + timedelta(minutes=5, seconds=1))
    mine = [m for m in raised if m.obligation_id == leader.id]
    # 报告带班领导 within 10 minutes warns 10 minutes ahead: at once, when it is logged.
    assert [m.kind for m in mine] == [MomentKind.WARNING, MomentKind.CRITICAL]
    _title, text = ctl.describe(mine[-1], ui_clock.now())
    assert "预警：县气象台发布暴雨橙色预警「预警·报告带班领导」" in text
    assert ctl.describe_obligation(leader.id or 0).startswith("预警：")
    # Met from the CLI or the panel: its later moments no longer ring.
    from dutyroom.models import Evidence

    ui_room.log.report(
        leader.id or 0, Evidence(leader.id or 0, ui_clock.now(), "电话", "带班领导", "", "赵")
    )
    _tick_until(ctl, ui_clock, logged + timedelta(minutes=11))
    assert len([m for m in raised if m.obligation_id == leader.id]) == 2
    ctl.stop()


def test_the_handover_form_lists_the_running_log_clocks(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    from ui.handover_form import HandoverForm

    ui_room.log.add(LogKind.INSTRUCTION, "县长批示：全力搜救")
    form = HandoverForm(ui_room.bureau.timezone())
    qtbot.addWidget(form)
    tz = ui_room.bureau.timezone()
    form.show_sheet(ui_room.handover.draft(ui_room.log.current_shift()), tz)
    text = form.log_clocks_label.text()
    assert "[领导批示] 县长批示：全力搜救：批示·传达" in text
    assert "批示·落实反馈" in text


def test_the_log_page_says_that_the_clocks_started(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_log_page import type_and_enter
    from ui.log_page import LogPage
    from ui.room_signals import RoomSignals

    signals = RoomSignals(ui_room.events)
    page = LogPage(ui_room, signals, officer=lambda: "赵晓明")
    qtbot.addWidget(page)
    page.show()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(LogKind.WARNING))
    type_and_enter(page, "县气象台发布暴雨橙色预警")
    said = page.feedback.text()
    assert said.startswith("已记录：10:00 预警，开始计时：预警·报告带班领导 10:10、预警·转发 10:30")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(LogKind.CALL_IN))
    type_and_enter(page, "县消防大队来电")
    assert "开始计时" not in page.feedback.text()
