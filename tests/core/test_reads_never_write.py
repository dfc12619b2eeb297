"""Reads never write, and the facts read on every receipt (zone, switches, rules) are read from
storage once and kept until the change event that says they changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from db import SqliteStore, open_database
from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.rules import DEFAULT_RULES
from dutyroom.services import DutyRoom
from tests.storage_access import store_of

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@contextmanager
def statements(room: DutyRoom) -> Iterator[list[str]]:
    """Every SQL statement run on the room's connection inside the block."""
    conn = store_of(room).db.conn
    assert isinstance(conn, sqlite3.Connection)
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def bare_room() -> DutyRoom:
    return DutyRoom(SqliteStore(open_database(None)), FakeClock(T0))


def test_rules_is_a_read_even_when_there_are_none() -> None:
    room = bare_room()
    with statements(room) as seen:
        assert room.incidents.rules() == []
    assert seen and all(sql.lstrip().upper().startswith("SELECT") for sql in seen)
    assert store_of(room).rules.list() == []  # nothing was seeded behind the caller's back


def test_the_defaults_are_written_once_where_the_room_is_opened(tmp_path: Path) -> None:
    room = open_room(tmp_path, FakeClock(T0))
    assert [r.code for r in room.incidents.rules()] == [r.code for r in DEFAULT_RULES]
    assert room.incidents.ensure_default_rules() is False  # already there: no second write
    room.close()


def test_rules_are_read_once_until_a_rules_event() -> None:
    room = bare_room()
    assert room.incidents.ensure_default_rules() is True
    first = room.incidents.rules()
    with statements(room) as seen:
        assert room.incidents.rules() == first
    assert seen == []
    store_of(room).rules.replace_all(DEFAULT_RULES[:1])
    room.events.emit("rules")
    assert [r.code for r in room.incidents.rules()] == [DEFAULT_RULES[0].code]


def test_the_zone_is_read_once_and_a_change_is_seen_at_once() -> None:
    room = bare_room()
    assert room.bureau.timezone().key == "Asia/Shanghai"
    with statements(room) as seen:
        for _ in range(5):
            room.bureau.timezone()
        room.now_local()
    assert seen == []  # repeated reads do not query storage
    room.bureau.set_timezone("Asia/Tokyo")
    assert room.bureau.timezone().key == "Asia/Tokyo"
    assert room.now_local().utcoffset() == ZoneInfo("Asia/Tokyo").utcoffset(T0)


def test_a_bureau_event_from_another_writer_drops_the_kept_zone() -> None:
    room = bare_room()
    assert room.bureau.timezone().key == "Asia/Shanghai"
    store_of(room).settings.set("timezone", "Asia/Urumqi")  # as a settings section would
    room.events.emit("bureau")
    assert room.bureau.timezone().key == "Asia/Urumqi"


def test_the_grading_switch_is_kept_until_a_bureau_event() -> None:
    room = bare_room()
    assert room.grading_policy().count_missing_as_deaths is True
    with statements(room) as seen:
        room.grading_policy()
    assert seen == []
    room.bureau.set_count_missing_as_deaths(False)
    assert room.grading_policy().count_missing_as_deaths is False
    incident = room.incidents.receive({"title": "矿井透水", "deaths": 2, "missing": 1})
    assert incident.grade.value == "一般"  # the new switch graded it, not the kept old one
