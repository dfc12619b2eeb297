"""The 接报台账 reads a flat number of SQL statements whatever the number of incidents, and the
rows it builds are those of each incident with its own obligations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dutyroom.clock import FakeClock
from dutyroom.documents.collect import collect_ledger_rows, ledger_row
from dutyroom.models import Evidence, ObligationState
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
DAY = date(2026, 11, 23)
PERIOD = (datetime(2026, 11, 23, tzinfo=TZ), datetime(2026, 11, 24, tzinfo=TZ))


def filled_room(incidents: int) -> DutyRoom:
    """`incidents` incidents 10 minutes apart: reported on time, late, still open, voided and
    closed in turn, so that every kind of ledger cell occurs."""
    room = make_room()
    clock = room.clock
    assert isinstance(clock, FakeClock)
    for n in range(incidents):
        clock.set(T0 + timedelta(minutes=10 * n))
        incident = room.incidents.receive(
            {"title": f"事件{n}", "deaths": 3 if n % 2 == 0 else 0, "township": "青山乡"},
            received_by="赵晓明",
        )
        assert incident.id is not None
        obligations = room.incidents.obligations_of(incident.id)
        if n % 5 in (0, 1):
            clock.set(clock.now() + timedelta(minutes=5 if n % 5 == 0 else 200))
            for ob in obligations[:1]:
                assert ob.id is not None
                evidence = Evidence(ob.id, clock.now(), "电话", "市应急管理局", "值班员", "赵晓明")
                room.incidents.report(ob.id, evidence)
        elif n % 5 == 3:
            room.incidents.void(incident.id, "重复接报")
    clock.set(T0 + timedelta(minutes=10 * incidents + 45))
    return room


@contextmanager
def counted(room: DutyRoom) -> Iterator[Callable[[], int]]:
    statements: list[str] = []
    conn = store_of(room).db.conn
    conn.set_trace_callback(statements.append)
    try:
        yield lambda: len(statements)
    finally:
        conn.set_trace_callback(None)


def test_the_ledger_export_reads_a_flat_number_of_statements() -> None:
    counts = []
    for n in (3, 30):
        room = filled_room(n)
        with counted(room) as statements:
            rows = collect_ledger_rows(room, DAY, DAY)
        assert len(rows) == n
        counts.append(statements())
        room.close()
    assert counts[0] == counts[1]


def test_ledger_rows_are_each_incidents_own_obligations() -> None:
    room = filled_room(12)
    tz, now = room.bureau.timezone(), room.clock.now()
    expected = [
        ledger_row(i, room.incidents.obligations_of(i.id or 0), now, tz)
        for i in room.ledger.ledger(*PERIOD)
    ]
    rows = collect_ledger_rows(room, DAY, DAY)
    assert rows == expected
    assert {r.status for r in rows} == {"处置中", "作废（重复接报）"}
    states = {v for r in rows for v in r.groups if isinstance(v, str)}
    assert states >= {"已超时", "已取消"}
    assert any(isinstance(v, int) and v > 0 for r in rows for v in r.groups)  # a late report
    room.close()


def test_late_only_reads_a_flat_number_of_statements_and_keeps_the_late_ones() -> None:
    counts, late = [], []
    for n in (3, 30):
        room = filled_room(n)
        now = room.clock.now()
        with counted(room) as statements:
            found = room.ledger.ledger(*PERIOD, late_only=True)
        counts.append(statements())
        late.append([i.id for i in found])
        expected = [
            i.id
            for i in room.ledger.ledger(*PERIOD)
            if any(
                (ob.status is ObligationState.DONE and (ob.minutes_late or 0) > 0)
                or (ob.status is ObligationState.PENDING and ob.due_at < now)
                for ob in room.incidents.obligations_of(i.id or 0)
            )
        ]
        assert late[-1] == expected and expected
        room.close()
    assert counts[0] == counts[1]
