"""Migration 0007_rules_as_data on a database the first wave wrote: its obligations, evidence and
alarms come through unchanged, its rules are read in the new model, and the untouched first-wave
defaults give way to the new ones on the next open (issue 14)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, open_database, pending_migrations
from db.audit import audited_tables
from db.base_repo import ts
from db.migrations import migrations
from dutyroom.clock import FakeClock
from dutyroom.models import Condition, Grade, ObligationState
from dutyroom.rule_defaults import DEFAULT_RULES
from dutyroom.services import DutyRoom
from tests.db.conftest import T0

RULES_AS_DATA = "0007_rules_as_data"
# The six rules as the first wave stored them (dutyroom/rules.py before issue 14).
FIRST_WAVE_RULES = (
    ("first_phone", "首报·电话", "phone", "major", "received", 30, None, None),
    ("first_written", "首报·书面", "written", "major", "received", 60, None, None),
    ("general_written", "一般·书面", "written", "general", "received", 180, None, None),
    ("followup", "续报", "followup", "open_major", "previous", 1440, 1440, 720),
    ("supplementary", "补报", "supplementary", "casualty_change", "received", 0, None, None),
    ("final", "终报", "final", "closing_major", "closed", 60, None, None),
)


def first_wave_database(path: Path, *, general_minutes: int = 180) -> None:
    """A database at 0005 with the first wave's rules, a 较大 incident, a done and a pending
    obligation, the done one's evidence and an alarm on the pending one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = Database(sqlite3.connect(path))
    migrations.apply(old, stop_before={"0006_incident_area_magnitude", RULES_AS_DATA})
    assert RULES_AS_DATA in pending_migrations(old)
    for code, name, kind, applies, anchor, offset, repeat, major in FIRST_WAVE_RULES:
        if code == "general_written":
            offset = general_minutes
        old.execute(
            "INSERT INTO rule (code, name, kind, applies, anchor, offset_minutes, repeat_minutes,"
            " repeat_minutes_major) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (code, name, kind, applies, anchor, offset, repeat, major),
        )
    old.execute(
        "INSERT INTO incident (id, received_at, title, category, deaths, grade) "
        "VALUES (1, ?, '化工厂爆炸', '事故灾难', 3, '较大')",
        (ts(T0),),
    )
    old.execute(
        "INSERT INTO obligation (id, incident_id, rule_code, kind, anchor, anchor_at, due_at, "
        "status, done_at, minutes_late, created_at) VALUES "
        "(7, 1, 'first_phone', 'phone', 'received', ?, ?, 'done', ?, 0, ?)",
        (ts(T0), ts(T0 + timedelta(minutes=30)), ts(T0 + timedelta(minutes=20)), ts(T0)),
    )
    old.execute(
        "INSERT INTO obligation (id, incident_id, rule_code, kind, anchor, anchor_at, due_at, "
        "created_at) VALUES (9, 1, 'first_written', 'written', 'received', ?, ?, ?)",
        (ts(T0), ts(T0 + timedelta(minutes=60)), ts(T0)),
    )
    old.execute(
        "INSERT INTO evidence (obligation_id, done_at, method, to_unit, done_by) "
        "VALUES (7, ?, '电话', '市应急管理局', '张三')",
        (ts(T0 + timedelta(minutes=20)),),
    )
    old.execute(
        "INSERT INTO alarm_event (obligation_id, moment_key, kind, moment_at, fired_at) "
        "VALUES (9, '9:warning', 'warning', ?, ?)",
        (ts(T0 + timedelta(minutes=50)), ts(T0 + timedelta(minutes=50))),
    )
    old.conn.commit()
    old.close()


def obligation_rows(store: SqliteStore) -> list[tuple[object, ...]]:
    return store.db.execute(
        "SELECT id, incident_id, rule_code, anchor_at, due_at, status, done_at, minutes_late "
        "FROM obligation ORDER BY id"
    ).fetchall()


def test_the_first_waves_obligations_come_through_unchanged(db_path: Path) -> None:
    first_wave_database(db_path)
    raw = sqlite3.connect(db_path)
    before = raw.execute(
        "SELECT id, incident_id, rule_code, anchor_at, due_at, status, done_at, minutes_late "
        "FROM obligation ORDER BY id"
    ).fetchall()
    raw.close()

    store = SqliteStore(open_database(db_path))
    assert pending_migrations(store.db) == []
    assert obligation_rows(store) == before
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    evidence = store.obligations.evidence(7)
    assert [e.to_unit for e in evidence] == ["市应急管理局"]
    (alarm,) = store.db.execute("SELECT obligation_id FROM alarm_event").fetchall()
    assert alarm[0] == 9
    assert "obligation" in audited_tables(store.db) and "rule" in audited_tables(store.db)
    written = store.obligations.get(9)
    assert written.recipients == () and written.log_entry_id is None  # any report meets it
    store.close()


def test_the_first_waves_rules_read_as_conditions(db_path: Path) -> None:
    first_wave_database(db_path, general_minutes=360)
    store = SqliteStore(open_database(db_path))
    rules = {r.code: r for r in store.rules.list()}
    assert rules["first_phone"].applies == "once"
    assert rules["first_phone"].condition == Condition(
        min_grade=Grade.LARGER, also_flags=("较大涉险", "敏感")
    )
    assert rules["general_written"].condition.max_grade is Grade.GENERAL
    assert rules["followup"].applies == "series"
    assert rules["final"].condition.states == ("closed",)
    store.close()


def test_untouched_first_wave_defaults_are_replaced_and_nothing_is_re_timed(
    db_path: Path,
) -> None:
    first_wave_database(db_path)
    store = SqliteStore(open_database(db_path))
    before = obligation_rows(store)
    room = DutyRoom(store, FakeClock(T0 + timedelta(minutes=40)))
    assert room.incidents.ensure_default_rules() is True
    assert [r.code for r in room.incidents.rules()] == [r.code for r in DEFAULT_RULES]
    assert obligation_rows(store) == before
    # The pending report keeps its time and, made before recipients, any report meets it.
    from dutyroom.models import Evidence

    done = room.incidents.report(
        9, Evidence(9, T0 + timedelta(minutes=40), "传真", "市应急管理局", "", "张三")
    )
    assert done.status is ObligationState.DONE and done.due_at == T0 + timedelta(minutes=60)
    store.close()


def test_a_bureaus_own_rules_are_kept(db_path: Path) -> None:
    first_wave_database(db_path, general_minutes=360)
    store = SqliteStore(open_database(db_path))
    room = DutyRoom(store, FakeClock(T0))
    assert room.incidents.ensure_default_rules() is False
    general = next(r for r in room.incidents.rules() if r.code == "general_written")
    assert general.offset_minutes == 360
    store.close()
