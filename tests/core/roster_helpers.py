"""Shared set-up of the roster service, Excel and CLI tests: a room built through the public API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
LEADERS = ["王建国", "李振华", "张卫东", "刘志强", "陈海燕", "周国平"]
OFFICERS = ["赵晓明", "孙丽娟", "周文斌", "吴倩", "郑凯", "冯雪梅", "蒋涛", "韩冰"]
TABLES = ("person", "leave", "assignment", "swap", "sign_in", "bureau_setting", "audit")


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def make_room(path: Path | None = None, *, staff: bool = True) -> DutyRoom:
    room = DutyRoom(SqliteStore(open_database(path)), FakeClock(local(2026, 11, 23, 9)))
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    room.set_actor("测试")
    room.bureau.set_name("示范县应急管理局")
    if staff:
        add_staff(room)
    return room


def add_staff(room: DutyRoom) -> None:
    for i, name in enumerate(LEADERS):
        room.people.add(Person(name, (Role.LEADER,), "局领导", f"1390731000{i}"))
    for i, name in enumerate(OFFICERS):
        room.people.add(Person(name, (Role.OFFICER,), "办公室", f"1380732001{i}"))


def ids(room: DutyRoom) -> dict[str, int]:
    return {p.name: p.id for p in room.people.list() if p.id is not None}


def dump(room: DutyRoom) -> dict[str, list[Any]]:
    """Every row of the roster tables and the audit trail: equal dumps mean nothing was written."""
    conn: sqlite3.Connection = store_of(room).db.conn
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
