"""AlarmController: once per moment across ticks, jobs and restarts; catch-up on start; sleep."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject

from dutyroom.alerts import Moment, MomentKind
from dutyroom.clock import FakeClock
from dutyroom.services import DutyRoom
from tests.ui.test_incidents import FakeNotifier, FakeSound
from ui.alarms import AlarmController, PlyerNotifier
from ui.countdown import countdown_text


def controller(room: DutyRoom, clock: FakeClock) -> tuple[AlarmController, FakeNotifier, list]:
    notifier = FakeNotifier()
    ctl = AlarmController(room, notifier, FakeSound(), clock)
    raised: list[Moment] = []
    ctl.alarm_raised.connect(raised.append)
    return ctl, notifier, raised


def test_countdown_text() -> None:
    assert countdown_text(30 * 60) == "30:00"
    assert countdown_text(0) == "00:00"
    assert countdown_text(-1) == "+00:01"
    assert countdown_text(-(62 * 60 + 5)) == "+1:02:05"


def test_each_moment_rings_once_even_via_the_job_path(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    received = ui_clock.now()
    ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
    ctl, notifier, raised = controller(ui_room, ui_clock)
    ctl.start(scheduler=False)
    for second in range(20 * 60, 20 * 60 + 3):  # the tick, second by second, around 20:00
        ui_clock.set(received + timedelta(seconds=second))
        ctl.tick(ui_clock.now())
    assert [m.kind for m in raised] == [MomentKind.WARNING]
    ctl._fire(raised[0])  # a scheduler job for the same moment: refused
    assert len(raised) == 1 and len(notifier.sent) == 1


def test_a_restart_never_rings_a_claimed_moment_again(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    received = ui_clock.now()
    ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
    first, _n, raised = controller(ui_room, ui_clock)
    first.start(scheduler=False)
    ui_clock.set(received + timedelta(minutes=20, seconds=1))
    first.tick(ui_clock.now())
    assert len(raised) == 1
    first.stop()
    second, notifier, again = controller(ui_room, ui_clock)
    assert second.start(scheduler=False) == []
    second._fire(raised[0])
    assert again == [] and notifier.sent == []


def test_missed_while_closed_is_raised_on_start_with_minutes(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    ui_room.incidents.receive({"title": "矿难", "deaths": 5})
    ui_room.alarms.heartbeat(ui_clock.now())
    ui_clock.advance(hours=3)
    ctl, notifier, raised = controller(ui_room, ui_clock)
    missed = ctl.start(scheduler=False)
    assert missed and len(raised) == len(missed)
    assert any("程序未运行期间" in text and "超时" in text for _t, text in notifier.sent)


def test_the_scheduler_gets_one_job_per_upcoming_moment(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    ui_clock.set(ui_room.clock.now())
    ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
    ctl, _n, _r = controller(ui_room, ui_clock)
    ctl.start(scheduler=True)
    try:
        jobs = ctl._scheduler.get_jobs()
        # phone: warning, critical, due (+ repeats inside the hour); written: …; the horizon job
        assert len(jobs) >= 4
    finally:
        ctl.stop()


def test_plyer_failure_falls_back_without_raising(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    PlyerNotifier(lambda: None).notify("标题", "内容")  # no bus, no tray: silent, no exception
    assert isinstance(QObject(), QObject)
