"""The audit trail: every write of the record is copied by triggers; audit rows never change."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from db import SqliteStore
from db.audit import (
    audit_trigger_sql,
    audited_tables,
    create_audit_tables,
    install_audit,
    json_of_row,
)
from db.migrations import RECORD_TABLES
from dutyroom.models import (
    DayType,
    HolidayOverride,
    Incident,
    Leave,
    LogEntry,
    LogKind,
    Person,
    Role,
)
from tests.db.conftest import T0


def audit_rows(store: SqliteStore, table: str) -> list[dict[str, Any]]:
    cursor = store.db.execute(
        "SELECT at, actor, tbl, row_id, action, old, new FROM audit WHERE tbl = ? ORDER BY id",
        (table,),
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        row["old"] = None if row["old"] is None else json.loads(row["old"])
        row["new"] = None if row["new"] is None else json.loads(row["new"])
    return rows


def test_every_record_table_is_audited(store: SqliteStore) -> None:
    assert set(audited_tables(store.db)) == set(RECORD_TABLES)
    for excluded in ("audit", "audit_actor", "_sqlite_migrations", "incident_fts", "draft"):
        assert excluded not in audited_tables(store.db)


def test_insert_update_delete_are_recorded_with_actor(store: SqliteStore) -> None:
    store.set_actor("王五")
    person = store.people.add(Person("张三", (Role.LEADER,)))
    store.set_actor("赵六")
    store.people.update(Person("张三", (Role.LEADER, Role.OFFICER), unit="局办", id=person.id))
    leave = store.people.add_leave(Leave(person.id or 0, date(2026, 12, 1), date(2026, 12, 2)))
    store.people.delete_leave(leave.id or 0)

    inserted, updated = audit_rows(store, "person")
    assert inserted["action"] == "INSERT" and inserted["actor"] == "王五"
    assert inserted["row_id"] == person.id
    assert inserted["old"] is None
    assert inserted["new"]["name"] == "张三" and inserted["new"]["roles"] == "带班领导"
    assert updated["action"] == "UPDATE" and updated["actor"] == "赵六"
    assert updated["old"]["unit"] == "" and updated["new"]["unit"] == "局办"
    assert updated["new"]["roles"] == "带班领导、值班员"
    assert updated["at"].endswith("+00:00") and "T" in updated["at"]

    leave_insert, leave_delete = audit_rows(store, "leave")
    assert leave_delete["action"] == "DELETE" and leave_delete["new"] is None
    assert leave_delete["old"] == {
        "id": leave.id,
        "person_id": person.id,
        "start_day": "2026-12-01",
        "end_day": "2026-12-02",
        "reason": "",
    }
    assert leave_insert["new"] == leave_delete["old"]


def test_text_keyed_tables_record_their_key(store: SqliteStore) -> None:
    store.settings.set("timezone", "Asia/Shanghai")
    store.calendar.set_override(HolidayOverride(date(2027, 1, 1), DayType.HOLIDAY))
    assert audit_rows(store, "bureau_setting")[0]["row_id"] == "timezone"
    assert audit_rows(store, "holiday_override")[0]["row_id"] == "2027-01-01"


def test_wide_incident_row_is_recorded_whole(store: SqliteStore) -> None:
    incident = store.incidents.add(Incident(received_at=T0, title="山体滑坡", place="某村"))
    row = audit_rows(store, "incident")[0]
    columns = [r[1] for r in store.db.execute("PRAGMA table_info(incident)").fetchall()]
    assert list(row["new"]) == columns
    assert row["new"]["received_at"] == "2026-11-23T03:30:00+00:00"
    assert row["new"]["occurred_at"] is None
    assert row["row_id"] == incident.id


def test_actor_table_is_not_audited(store: SqliteStore) -> None:
    store.set_actor("某人")
    assert store.actor() == "某人"
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 0


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit SET actor = 'someone else'",
        "UPDATE audit SET new = NULL WHERE id = 1",
        "DELETE FROM audit",
        "DELETE FROM audit WHERE id = 1",
    ],
)
def test_audit_rows_are_append_only(store: SqliteStore, sql: str) -> None:
    store.log.add(LogEntry(T0, LogKind.OTHER, "记录"))
    before = audit_rows(store, "log_entry")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute(sql)
    with pytest.raises(sqlite3.IntegrityError), store.atomic():
        store.db.execute(sql)
    assert audit_rows(store, "log_entry") == before


def test_rolled_back_writes_leave_no_audit(store: SqliteStore) -> None:
    with pytest.raises(RuntimeError), store.atomic():
        store.log.add(LogEntry(T0, LogKind.OTHER, "记录"))
        raise RuntimeError("boom")
    assert audit_rows(store, "log_entry") == []


def test_install_audit_for_a_later_table() -> None:
    db = Database(memory=True)
    create_audit_tables(db)
    columns = ", ".join(f"c{i} INTEGER" for i in range(150))  # wider than json_object allows
    db.execute(f"CREATE TABLE wide (id INTEGER PRIMARY KEY, {columns})")
    install_audit(db, "wide")
    db.execute("INSERT INTO wide (id, c0, c149) VALUES (1, 5, 7)")
    new = json.loads(db.execute("SELECT new FROM audit").fetchone()[0])
    assert len(new) == 151 and new["c0"] == 5 and new["c149"] == 7 and new["c1"] is None
    assert "json_insert" in json_of_row([f"c{i}" for i in range(150)], "NEW")
    assert any("AFTER DELETE" in sql for sql in audit_trigger_sql(db, "wide"))


def test_file_store_audit_times_are_recent(file_store: SqliteStore) -> None:
    file_store.log.add(LogEntry(T0, LogKind.OTHER, "记录"))
    at = audit_rows(file_store, "log_entry")[0]["at"]
    assert datetime.fromisoformat(at).utcoffset() == timedelta(0)
