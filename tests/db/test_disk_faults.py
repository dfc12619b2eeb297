"""Disk full and read-only during a write: a Chinese StorageError, nothing partial, then recovery.

Disk full is simulated with `PRAGMA max_page_count` just above the current size, read-only with
`PRAGMA query_only` (the tests run as root, for whom chmod blocks nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.errors import StorageError
from dutyroom.models import Evidence, LogKind, Person, Role
from dutyroom.services import DutyRoom
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
TABLES = ("incident", "obligation", "evidence", "log_entry", "person", "draft", "audit")
BIG = "经过" * 2400  # two incidents of these do not fit in one spare page


@pytest.fixture
def room(tmp_path: Path) -> Iterator[DutyRoom]:
    opened = open_room(tmp_path, FakeClock(T0))
    opened.incidents.receive({"title": "已有事件", "deaths": 3})
    yield opened
    opened.close()


def counts(room: DutyRoom) -> dict[str, int]:
    db = store_of(room).db
    return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def disk_full(room: DutyRoom) -> Callable[[], None]:
    db = store_of(room).db
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute(f"PRAGMA max_page_count = {pages + 1}")
    return lambda: db.execute("PRAGMA max_page_count = 1073741823")


def read_only(room: DutyRoom) -> Callable[[], None]:
    db = store_of(room).db
    db.execute("PRAGMA query_only = ON")
    return lambda: db.execute("PRAGMA query_only = OFF")


def report(room: DutyRoom) -> None:
    """One report to one unit still missing (a new one on each call)."""
    for timer in room.incidents.open_timers():
        ob = timer.obligation
        if ob.id is not None and ob.incident_id is not None:
            unit = (ob.missing_units() or ("市应急管理局",))[0]
            room.incidents.report(ob.id, Evidence(ob.id, T0, "电话", unit, "李四", "王五"))
            return
    raise AssertionError("no pending obligation left to report")


WRITES: dict[str, Callable[[DutyRoom], object]] = {
    # multi-row writes: incident + obligations + log entry + audit rows in one transaction
    "receive": lambda r: r.incidents.receive({"title": "断电", "summary": BIG, "deaths": 3}),
    "update": lambda r: r.incidents.update(
        r.incidents.open_incidents()[0].id or 0, {"summary": BIG, "measures": BIG, "deaths": 12}
    ),
    "report": report,
    "log": lambda r: r.log.add(LogKind.CALL_IN, BIG[:2000], unit="县消防大队"),
    "person": lambda r: r.people.add(Person(name="张三", roles=(Role.OFFICER,), unit=BIG)),
    "draft": lambda r: r.alarms.save_draft("incident", "1", {"summary": BIG}),
}
FAULTS = {"disk_full": disk_full, "read_only": read_only}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("write", WRITES)
def test_a_refused_write_leaves_nothing_and_the_next_one_works(
    room: DutyRoom, fault: str, write: str
) -> None:
    before = counts(room)
    clear = FAULTS[fault](room)
    # Fill what is left first so that the write under test cannot fit either.
    with pytest.raises(StorageError) as info:
        for _ in range(5):
            WRITES[write](room)
    message = info.value.message
    assert "数据库无法写入" in message and "未保存" in message
    assert ("磁盘空间已满" if fault == "disk_full" else "只读") in message
    assert all(ord(ch) < 128 or "\u3000" <= ch <= "\uffef" for ch in message)  # no SQLite text
    if fault == "read_only":
        assert counts(room) == before  # nothing at all was written
    # The transaction was rolled back: no orphan obligation, audit row or log line.
    after = counts(room)
    db = store_of(room).db
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = db.execute(
        "SELECT count(*) FROM obligation WHERE incident_id NOT IN (SELECT id FROM incident)"
    ).fetchone()[0]
    assert orphans == 0
    written = after["incident"] - before["incident"]
    assert after["obligation"] - before["obligation"] in (0, 3 * written, 3 * written + 1)

    clear()
    refused = counts(room)
    WRITES[write](room)  # the condition cleared: the same write now works
    assert counts(room)["audit"] > refused["audit"] or write == "draft"


def test_disk_full_in_the_middle_of_a_receive_keeps_no_part_of_it(room: DutyRoom) -> None:
    """The exact case of the brief: one multi-row write, refused; counts the same before/after."""
    clear = disk_full(room)
    before = counts(room)
    with pytest.raises(StorageError):
        room.incidents.receive({"title": "大", "summary": BIG, "measures": BIG, "deaths": 3})
    assert counts(room) == before
    clear()
    stored = room.incidents.receive({"title": "恢复后", "deaths": 3})
    assert stored.id is not None and len(room.incidents.obligations_of(stored.id)) == 3
