"""AlarmController.check with the clock set forward and back an hour: each alarm rings once."""

from __future__ import annotations

from datetime import datetime, timedelta

from dutyroom.clock import FakeClock
from dutyroom.services import DutyRoom
from tests.ui.test_alarms import controller

HOUR = timedelta(hours=1)


def test_forward_and_back_an_hour(qtbot, ui_room: DutyRoom, ui_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    received = ui_clock.now()
    incident = ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
    assert incident.id is not None
    due = {ob.id: ob.due_at for ob in ui_room.incidents.obligations_of(incident.id)}
    ctl, notifier, raised = controller(ui_room, ui_clock)
    ctl.start(scheduler=False)

    def run_to(end: datetime) -> None:
        while ui_clock.now() < end:
            ui_clock.set(min(end, ui_clock.now() + timedelta(seconds=10)))
            ctl.check(ui_clock.now())

    run_to(received + timedelta(minutes=10))
    assert raised == []
    ui_clock.set(ui_clock.now() + HOUR)  # forward: the jump is caught up, one ring per obligation
    ctl.check(ui_clock.now())
    first = list(raised)
    assert first, "a moment passed by the jump was lost"
    assert len({m.obligation_id for m in first}) == len(first)
    ctl.check(ui_clock.now() + timedelta(seconds=1))
    assert raised == first  # and not again on the next tick

    ui_clock.set(ui_clock.now() - HOUR)  # back: claimed moments do not ring a second time
    ctl.check(ui_clock.now())
    run_to(received + timedelta(minutes=10) + HOUR)
    claimed = {m.key for m in first}
    again = [m for m in raised[len(first) :] if m.key in claimed]
    assert again == []
    assert len({m.key for m in raised}) == len(raised)  # nothing rang twice, ever
    run_to(received + 2 * HOUR)  # later overdue repeats still ring
    assert len(raised) > len(first)
    assert {ob.id: ob.due_at for ob in ui_room.incidents.obligations_of(incident.id)} == due
    assert len(notifier.sent) == len(raised)
    ctl.stop()
