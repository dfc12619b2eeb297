"""The audit trail as a hash chain: `check` names the first break, records changed outside the
program, rows cut from the end; the actor is the writing connection's own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, check_database, open_database
from db.audit_chain import BASELINE_ACTOR, head, verify_chain, verify_state
from db.migrations import migrations
from dutyroom.models import Person, Role

CHAIN = "0009_audit_chain"


def busy_store(path: Path) -> SqliteStore:
    store = SqliteStore(open_database(path))
    store.set_actor("赵晓明")
    for i in range(5):
        store.people.add(Person(f"人员{i}", (Role.OFFICER,), unit="办公室"))
    return store


def raw(path: Path) -> sqlite3.Connection:
    """A connection as a person with the file and sqlite3 would open it: no program functions."""
    return sqlite3.connect(path, isolation_level=None)


def test_a_sound_trail_checks_clean_and_has_a_head(db_path: Path) -> None:
    store = busy_store(db_path)
    newest = head(store.db)
    assert newest.audit_id >= 5 and len(newest.hash) == 64 and len(newest.short) == 12
    assert store.record_head() == (newest.audit_id, newest.hash)
    store.db.close()
    assert check_database(db_path) == []


def test_an_outside_tool_cannot_write_an_audited_table(db_path: Path) -> None:
    busy_store(db_path).db.close()
    conn = raw(db_path)
    try:
        conn.execute("UPDATE person SET unit = '外' WHERE id = 1")
        raise AssertionError("the trigger should have refused the write")
    except sqlite3.OperationalError as exc:
        assert "dutyroom_" in str(exc)
    finally:
        conn.close()


def test_an_edited_audit_row_breaks_the_chain_there(db_path: Path) -> None:
    busy_store(db_path).db.close()
    conn = raw(db_path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET actor = '别人' WHERE id = 3")
    assert any("第 3 条" in p for p in verify_chain(conn))
    conn.close()
    assert any("第 3 条处断开" in p for p in check_database(db_path))


def test_a_record_changed_with_the_triggers_dropped_is_named(db_path: Path) -> None:
    busy_store(db_path).db.close()
    conn = raw(db_path)
    conn.execute("DROP TRIGGER audit_person_update")
    conn.execute("UPDATE person SET unit = '改过' WHERE id = 2")
    conn.execute("DROP TRIGGER audit_person_insert")
    conn.execute("INSERT INTO person (name, roles, unit) VALUES ('冒名', '值班员', '')")
    problems = verify_state(conn)
    conn.close()
    assert any("person 第 2 行" in p and "不符" in p for p in problems)
    assert any("没有任何审计记录" in p for p in problems)
    assert any("person 表的审计触发器（insert、update）已被删除" in p for p in problems)


def test_rows_cut_from_the_end_are_noticed(db_path: Path) -> None:
    store = busy_store(db_path)
    last = head(store.db).audit_id
    store.db.close()
    conn = raw(db_path)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id = ?", (last,))
    problems = verify_chain(conn)
    conn.close()
    assert problems and f"第 {last} 至 {last} 条已被删除" in problems[0]


def test_two_connections_record_their_own_actor(db_path: Path) -> None:
    first = busy_store(db_path)
    second = SqliteStore(open_database(db_path))
    second.set_actor("孙丽娟")
    a = first.people.add(Person("甲某", (Role.OFFICER,)))
    b = second.people.add(Person("乙某", (Role.OFFICER,)))
    c = first.people.add(Person("丙某", (Role.OFFICER,)))
    actors = {
        row[0]: row[1]
        for row in first.db.execute(
            "SELECT row_id, actor FROM audit WHERE tbl = 'person' AND action = 'INSERT'"
        )
    }
    assert (actors[a.id], actors[b.id], actors[c.id]) == ("赵晓明", "孙丽娟", "赵晓明")
    first.db.close()
    second.db.close()
    assert check_database(db_path) == []


def test_migration_chains_an_old_trail_and_baselines_untracked_changes(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=CHAIN)
    old.execute("INSERT INTO person (name, roles, unit) VALUES ('老人员', '值班员', '办公室')")
    # What an earlier migration did without a trigger: a value changed behind the trail.
    old.execute("DROP TRIGGER audit_person_update")
    old.execute("UPDATE person SET unit = '迁移改动' WHERE name = '老人员'")
    old.conn.commit()
    old.close()
    store = SqliteStore(open_database(db_path))
    baseline = store.db.execute(
        "SELECT tbl, new FROM audit WHERE actor = ?", (BASELINE_ACTOR,)
    ).fetchall()
    assert len(baseline) == 1 and "迁移改动" in baseline[0][1]
    assert verify_chain(store.db) == [] and verify_state(store.db) == []
    store.db.close()
    assert check_database(db_path) == []
