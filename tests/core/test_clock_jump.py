"""The system clock set forward or back an hour while running: deadlines stay, alarms ring once.

Driven as the 1-second tick drives the service: every tick claims the moments that passed since
the previous tick (alerts.moments_between), so a forward jump is one tick over a long span.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from dutyroom.alerts import Moment
from dutyroom.clock import FakeClock
from dutyroom.obligations import timer
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import local, make_room

T0 = local(2026, 11, 23, 9)
HOUR = timedelta(hours=1)


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    opened = make_room(staff=False)
    yield opened
    opened.close()


class Ticker:
    """The per-tick check of the core: claim what passed in (last, now]; record what rang."""

    def __init__(self, room: DutyRoom, clock: FakeClock) -> None:
        self.room, self.clock, self.last = room, clock, clock.now()
        self.rang: list[Moment] = []

    def tick(self) -> None:
        now = self.clock.now()
        if now > self.last:
            for moment in self.room.alarms.moments_between(self.last, now):
                if self.room.alarms.claim(moment):
                    self.rang.append(moment)
        self.last = now  # a backward jump restarts from the new now, as ui/alarms.py does

    def run_to(self, end: datetime, step: timedelta = timedelta(seconds=30)) -> None:
        while self.clock.now() < end:
            self.clock.set(min(end, self.clock.now() + step))
            self.tick()


def stored_due(room: DutyRoom, incident_id: int) -> dict[int, datetime]:
    return {ob.id or 0: ob.due_at for ob in room.incidents.obligations_of(incident_id)}


def test_jumps_move_no_deadline_and_ring_each_moment_once(room: DutyRoom) -> None:
    clock = room.clock
    assert isinstance(clock, FakeClock)
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    assert incident.id is not None
    due = stored_due(room, incident.id)
    phone = next(o for o in room.incidents.obligations_of(incident.id) if o.kind.value == "phone")
    ticker = Ticker(room, clock)

    ticker.run_to(T0 + timedelta(minutes=10))
    assert ticker.rang == []
    clock.set(clock.now() + HOUR)  # forward an hour in one step: 10:10
    ticker.tick()
    passed = {m.key for m in ticker.rang}
    # Every moment the jump passed rang, once: warning, critical, due and the overdue repeats.
    assert {f"{phone.id}:warning", f"{phone.id}:critical", f"{phone.id}:due"} <= passed
    assert len(passed) == len(ticker.rang)
    assert stored_due(room, incident.id) == due  # no deadline moved
    left = timer(phone, clock.now()).seconds_left
    assert left == (phone.due_at - clock.now()) // timedelta(seconds=1) < 0  # follows the clock

    rang_before = list(ticker.rang)
    clock.set(clock.now() - HOUR)  # back an hour: 09:10 again
    ticker.tick()
    now = clock.now()
    assert timer(phone, now).seconds_left == (phone.due_at - now) // timedelta(seconds=1) > 0
    ticker.run_to(T0 + timedelta(minutes=10) + HOUR)  # live through 09:10–10:10 a second time
    assert ticker.rang == rang_before  # nothing claimed rang again
    ticker.run_to(T0 + 2 * HOUR)  # later moments (new overdue repeats) still ring, once each
    later = ticker.rang[len(rang_before) :]
    assert later and all(m.at > T0 + timedelta(minutes=10) + HOUR for m in later)
    assert len({m.key for m in ticker.rang}) == len(ticker.rang)
    assert stored_due(room, incident.id) == due


def test_open_timers_follow_the_clock_both_ways(room: DutyRoom) -> None:
    clock = room.clock
    assert isinstance(clock, FakeClock)
    room.incidents.receive({"title": "山体滑坡", "trapped": 3})
    for jump in (HOUR, -HOUR, -HOUR, 2 * HOUR):
        clock.set(clock.now() + jump)
        for item in room.incidents.open_timers():
            expected = (item.obligation.due_at - clock.now()) // timedelta(seconds=1)
            assert item.timer.seconds_left == expected
