"""签到 on the 值班台: pending, missing after the allowed minutes, signed in, late, signed out."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel as QLabelType
from PySide6.QtWidgets import QPushButton as QPushButtonType
from pytestqt.qtbot import QtBot

from dutyroom.attendance import AttendanceState
from dutyroom.clock import FakeClock
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from ui.room_signals import RoomSignals
from ui.sign_in_panel import SignInPanel


def _rostered_day(room: DutyRoom) -> None:
    room.people.add(Person("王建国", (Role.LEADER,), mobile="13900000001"))
    room.people.add(Person("赵晓明", (Role.OFFICER,), mobile="13800000002"))
    today = room.today()
    room.roster.generate(today - timedelta(days=1), today + timedelta(days=1))


def _states(panel: SignInPanel) -> dict[str, AttendanceState]:
    return {row.person.name: row.state for row in panel.rows()}


def test_sign_in_states_follow_the_clock_and_the_buttons(
    qtbot: QtBot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    _rostered_day(ui_room)
    shift = ui_room.roster.now_and_next()[0].shift
    ui_clock.set(shift.start + timedelta(minutes=5))
    signals = RoomSignals(ui_room.events)
    panel = SignInPanel(ui_room, signals)
    qtbot.addWidget(panel)
    assert set(_states(panel).values()) == {AttendanceState.PENDING}

    leader = next(row.person for row in panel.rows() if row.role is Role.LEADER)
    officer = next(row.person for row in panel.rows() if row.role is Role.OFFICER)
    panel.findChild(QPushButtonType, f"sign_in_button_{leader.id}").click()
    assert _states(panel)[leader.name] is AttendanceState.SIGNED_IN

    later = shift.start + timedelta(minutes=45)
    ui_clock.set(later)
    panel.tick(later)  # the allowed 30 minutes have passed: 未签到 without any click
    assert _states(panel)[officer.name] is AttendanceState.MISSING
    panel.findChild(QPushButtonType, f"sign_in_button_{officer.id}").click()
    assert _states(panel)[officer.name] is AttendanceState.LATE
    state_label = panel.findChild(QLabelType, f"sign_in_state_{officer.id}")
    assert "迟到" in state_label.text()

    panel.findChild(QPushButtonType, f"sign_out_button_{leader.id}").click()
    row = next(row for row in panel.rows() if row.person.id == leader.id)
    assert row.signed_out_at == later


def test_signing_out_twice_shows_the_message(
    qtbot: QtBot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    _rostered_day(ui_room)
    panel = SignInPanel(ui_room, RoomSignals(ui_room.events))
    qtbot.addWidget(panel)
    person = panel.rows()[0].person
    assert person.id is not None
    with qtbot.waitSignal(panel.failed):
        panel.sign_out(person.id)
    assert "没有未签退的签到记录" in panel.findChild(QLabelType, "sign_in_message_label").text()


def test_double_staffing_signs_in_two_to_a_line_with_one_button_each(
    qtbot: QtBot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    """双带双值: four people in two lines, so the shift strip stays low above the clocks."""
    from dutyroom.models import DayType

    today = ui_room.today()
    ui_room.calendar.set_override(today, DayType.HOLIDAY, "测试双带双值")
    ui_room.calendar.set_override(today - timedelta(days=1), DayType.HOLIDAY, "测试双带双值")
    for name, role in (("王建国", Role.LEADER), ("李振华", Role.LEADER)):
        ui_room.people.add(Person(name, (role,)))
    for name in ("赵晓明", "孙丽娟"):
        ui_room.people.add(Person(name, (Role.OFFICER,)))
    ui_room.roster.generate(today - timedelta(days=1), today + timedelta(days=1))
    shift = ui_room.roster.now_and_next()[0].shift
    ui_clock.set(shift.start + timedelta(minutes=5))
    signals = RoomSignals(ui_room.events)  # kept: the panel listens to it
    panel = SignInPanel(ui_room, signals)
    qtbot.addWidget(panel)
    panel.show()
    assert len(panel.rows()) == 4
    lines = {
        panel._grid.getItemPosition(panel._grid.indexOf(label))[0]
        for label in panel.findChildren(QLabelType)
        if label.objectName().startswith("sign_in_state_")
    }
    assert lines == {0, 1}
    person = panel.rows()[0].person
    sign_in = panel.findChild(QPushButtonType, f"sign_in_button_{person.id}")
    sign_out = panel.findChild(QPushButtonType, f"sign_out_button_{person.id}")
    assert sign_in.isVisible() and not sign_out.isVisible()
    qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)

    def swapped() -> bool:
        out = panel.findChild(QPushButtonType, f"sign_out_button_{person.id}")
        again = panel.findChild(QPushButtonType, f"sign_in_button_{person.id}")
        return out.isVisible() and not again.isVisible()

    qtbot.waitUntil(swapped, timeout=2000)
