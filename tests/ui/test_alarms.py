"""AlarmController: once per moment across ticks, jobs and restarts; catch-up on start; sleep."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from dutyroom.alerts import Moment, MomentKind
from dutyroom.clock import FakeClock
from dutyroom.models import Evidence, Obligation, ObligationKind
from dutyroom.services import DutyRoom
from tests.reporting import BOTH_UNITS
from tests.ui.test_incidents import FakeNotifier, FakeSound
from ui.alarms import AlarmController, PlyerNotifier
from ui.countdown import countdown_text
from ui.room_signals import RoomSignals


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


def _with_signals(room: DutyRoom, clock: FakeClock) -> tuple[AlarmController, list, RoomSignals]:
    signals = RoomSignals(room.events)  # the room holds it weakly: the caller keeps it
    ctl = AlarmController(room, FakeNotifier(), FakeSound(), clock, signals=signals)
    raised: list[Moment] = []
    ctl.alarm_raised.connect(raised.append)
    return ctl, raised, signals


def _tick_until(ctl: AlarmController, clock: FakeClock, until: datetime) -> None:
    """The 1-second tick, a minute at a time (a longer gap is a wake from sleep)."""
    while clock.now() < until:
        clock.set(min(until, clock.now() + timedelta(minutes=1)))
        ctl.tick(clock.now())


def _phone(room: DutyRoom, incident_id: int) -> Obligation:
    return next(
        o for o in room.incidents.obligations_of(incident_id) if o.kind is ObligationKind.PHONE
    )


def test_f2_schedules_the_new_incidents_moments_without_rereading_the_others(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for index in range(5):
        ui_room.incidents.receive({"title": f"旧事件{index}", "deaths": 3})
    ctl, raised, _signals = _with_signals(ui_room, ui_clock)
    ctl.start(scheduler=True)
    try:
        before = set(ctl._jobs)

        def every_open_incident(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("a write to one incident re-read every open one")

        monkeypatch.setattr(ui_room.incidents, "open_timers", every_open_incident)
        ui_clock.advance(minutes=1)
        new = ui_room.incidents.receive({"title": "新事件", "deaths": 3})
        assert new.id is not None
        phone = _phone(ui_room, new.id)
        assert phone.id is not None
        expected = {
            (m.kind, m.at)
            for m in ui_room.alarms.moments_between(
                ui_clock.now(), ui_clock.now() + timedelta(minutes=59), pending=[phone]
            )
        }
        scheduled = {
            (m.kind, job.trigger.run_date)
            for m, job in ctl._jobs.items()
            if m.obligation_id == phone.id
        }
        assert (MomentKind.WARNING, phone.due_at - timedelta(minutes=10)) in scheduled
        assert (MomentKind.DUE, phone.due_at) in scheduled
        assert scheduled == expected
        assert before <= set(ctl._jobs)  # the others' jobs are untouched
        assert "新事件" in ctl.describe_obligation(phone.id)
        monkeypatch.undo()
        _tick_until(ctl, ui_clock, phone.due_at - timedelta(minutes=10))
        assert [m.kind for m in raised if m.obligation_id == phone.id] == [MomentKind.WARNING]
    finally:
        ctl.stop()


def test_an_acknowledged_or_reported_deadline_is_not_rung_again_after_a_write(
    qtbot, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    ui_room.incidents.receive({"title": "旁边的事件", "deaths": 3})
    ctl, raised, _signals = _with_signals(ui_room, ui_clock)
    ctl.start(scheduler=True)
    try:
        incident = ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
        assert incident.id is not None
        phone = _phone(ui_room, incident.id)
        assert phone.id is not None
        _tick_until(ctl, ui_clock, phone.due_at - timedelta(minutes=10))
        assert [m.kind for m in raised if m.obligation_id == phone.id] == [MomentKind.WARNING]
        ctl.acknowledge(phone.id, "值班员")
        ui_room.incidents.update(incident.id, {"township": "城关镇"})  # reschedules it
        ctl.tick(ui_clock.now() + timedelta(seconds=1))
        assert [m.kind for m in raised if m.obligation_id == phone.id] == [MomentKind.WARNING]
        evidence = Evidence(phone.id, ui_clock.now(), "电话", BOTH_UNITS, "值班员", "张三")
        ui_room.incidents.report(phone.id, evidence)
        assert not any(m.obligation_id == phone.id for m in ctl._jobs)
        assert not any(m.obligation_id == phone.id for m in ctl._pending)
        _tick_until(ctl, ui_clock, phone.due_at + timedelta(minutes=1))
        assert [m.kind for m in raised if m.obligation_id == phone.id] == [MomentKind.WARNING]
    finally:
        ctl.stop()
