"""The 接报台账 reads a flat number of SQL statements whatever the number of incidents, and the
rows it builds from its narrow read (only the ledger's columns) are those the whole records of
each incident with its own obligations make."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, tzinfo
from operator import attrgetter
from zoneinfo import ZoneInfo

from dutyroom.clock import FakeClock
from dutyroom.ledger_rows import LedgerRow, collect_ledger_rows, ledger_row
from dutyroom.models import Evidence, Grade, Incident, LogKind, Obligation, ObligationState
from dutyroom.ports import LedgerIncident, LedgerInstruction, LedgerObligation
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room
from tests.reporting import BOTH_UNITS
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
DAY = date(2026, 11, 23)
PERIOD = (datetime(2026, 11, 23, tzinfo=TZ), datetime(2026, 11, 24, tzinfo=TZ))


def filled_room(incidents: int) -> DutyRoom:
    """`incidents` incidents 10 minutes apart: reported on time, late, still open, voided and
    closed in turn (some with a 续报 sent, a grade set by hand, a subtype, a time of
    occurrence), so that every kind of ledger cell occurs."""
    room = make_room()
    clock = room.clock
    assert isinstance(clock, FakeClock)
    for n in range(incidents):
        clock.set(T0 + timedelta(minutes=10 * n))
        fields: dict[str, object] = {
            "title": f"事件{n}",
            "deaths": 3 if n % 2 == 0 else 0,
            "injured": n % 3,
            "township": "青山乡",
            "reporter": "李大山" if n % 2 else "",
            "reporter_unit": "石门村" if n % 3 else "",
            "summary": f"简要情况{n}",
        }
        if n % 4 == 0:
            occurred = clock.now() - timedelta(minutes=20)
            fields.update(subtype="民房火灾", occurred_at=occurred.isoformat())
        if n % 7 == 3:
            fields.update(subtype="森林草原火灾", forest_area_ha=n * 1.5)
        if n % 7 == 5:
            fields.update(subtype="地震灾害", magnitude=4.5)
        incident = room.incidents.receive(fields, received_by="赵晓明")
        assert incident.id is not None
        if n % 3 == 2:
            room.log.add(
                LogKind.INSTRUCTION,
                f"批示{n}",
                person="刘志强",
                ref_table="incident",
                ref_id=incident.id,
            )
        if n % 6 == 1:
            room.incidents.override_grade(incident.id, Grade.MAJOR, "社会影响大")
        if n % 5 in (0, 1, 4):
            clock.set(clock.now() + timedelta(minutes=5 if n % 5 != 1 else 200))
            # Closed ones report four times: a report done may owe a 续报, or restart its clock.
            for _ in range(4 if n % 5 == 4 else 1):
                pending = [
                    ob
                    for ob in room.incidents.obligations_of(incident.id)
                    if ob.status is ObligationState.PENDING and ob.id is not None
                ]
                for ob in pending[:1]:
                    assert ob.id is not None
                    units = "、".join(ob.missing_units()) or BOTH_UNITS
                    evidence = Evidence(ob.id, clock.now(), "电话", units, "值班员", "赵晓明")
                    room.incidents.report(ob.id, evidence)
                clock.set(clock.now() + timedelta(minutes=30))
        if n % 5 == 4:
            room.incidents.close(incident.id, "处置完毕")
        elif n % 5 == 3:
            room.incidents.void(incident.id, "重复接报")
    clock.set(T0 + timedelta(minutes=10 * incidents + 45))
    return room


# ---------------------------------------------------------------- the reference: whole records


def reference_row(
    room: DutyRoom, incident: Incident, obs: Iterable[Obligation], now: datetime, tz: tzinfo
) -> LedgerRow:
    """The ledger's row made from a whole Incident, its whole Obligations and their Evidence
    (read one by one through the services), through the same formatting as the narrow read."""
    assert incident.id is not None
    c = incident.casualties
    narrow = LedgerIncident(
        incident.id,
        incident.received_at,
        incident.occurred_at,
        incident.title,
        incident.category,
        incident.subtype,
        incident.township,
        incident.place,
        incident.grade,
        incident.grade_override,
        c.deaths,
        c.missing,
        c.injured,
        incident.status,
        incident.void_reason,
        incident.closed_at,
        incident.forest_area_ha,
        incident.magnitude,
        incident.received_by,
        incident.reporter,
        incident.reporter_unit,
        incident.summary,
    )
    owed = [
        LedgerObligation(
            incident.id,
            ob.kind,
            ob.status,
            ob.due_at,
            ob.done_at,
            ob.minutes_late,
            tuple(
                (e.method, e.to_unit + e.to_person)
                for e in sorted(
                    room.incidents.evidence_of(ob.id or 0), key=attrgetter("done_at", "id")
                )
            ),
        )
        for ob in sorted(obs, key=attrgetter("due_at", "sequence"))
    ]
    instructions = [
        LedgerInstruction(incident.id, e.at, e.content, e.person)
        for e in store_of(room).log.for_ref("incident", incident.id)
        if e.kind is LogKind.INSTRUCTION
    ]
    return ledger_row(narrow, owed, now, tz, instructions)


def reference_rows(room: DutyRoom) -> list[LedgerRow]:
    tz, now = room.bureau.timezone(), room.clock.now()
    return [
        reference_row(room, i, room.incidents.obligations_of(i.id or 0), now, tz)
        for i in room.ledger.ledger(*PERIOD)
    ]


# ---------------------------------------------------------------- the tests


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
    expected = reference_rows(room)
    rows = collect_ledger_rows(room, DAY, DAY)
    assert rows == expected
    assert {r.status for r in rows} == {"处置中", "作废（重复接报）", "已终结"}
    assert {r.grade for r in rows} >= {"重大", "一般"} and any(r.occurred_at for r in rows)
    assert any(r.closed_at for r in rows) and any(r.category == "民房火灾" for r in rows)
    assert any(r.followups for r in rows)
    assert any(r.instructions for r in rows) and any(r.reporter_text for r in rows)
    states = {v for r in rows for v in r.groups[2::5]}
    assert states >= {"未报，已超时", "已取消", "按时"}
    assert any(isinstance(v, int) and v > 0 for r in rows for v in r.groups[3::5])  # a late one
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
