"""Migration 0005_stats_indexes: built on a database that already holds incidents, and the
statistics' queries read those covering indexes rather than the incident and obligation rows."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, open_database, pending_migrations, schema_version
from db.base_repo import ts
from db.migration_names import MIGRATION_NAMES
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.clock import FakeClock
from dutyroom.services import DutyRoom
from tests.db.conftest import T0

INDEXES = "0005_stats_indexes"


def _plans(store: SqliteStore) -> dict[str, list[str]]:
    """The query plan lines of every SELECT one `room.stats.period` runs."""
    room = DutyRoom(store, FakeClock(T0 + timedelta(days=3)))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    room.stats.period(T0 - timedelta(days=40), T0 + timedelta(days=2))
    store.db.conn.set_trace_callback(None)
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert selects
    return {
        sql: [str(row[3]) for row in store.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]
        for sql in selects
    }


def test_migration_0005_applies_on_a_database_made_by_0004(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=INDEXES)
    # 0005 and every later migration still to come.
    assert pending_migrations(old) == list(MIGRATION_NAMES[MIGRATION_NAMES.index(INDEXES) :])
    old.execute(
        "INSERT INTO incident (received_at, title, category) VALUES (?, '化工厂爆炸', '事故灾难')",
        (ts(T0),),
    )
    old.execute(
        "INSERT INTO obligation (incident_id, rule_code, kind, anchor, anchor_at, due_at) "
        "VALUES (1, 'first_written', 'written', 'received', ?, ?)",
        (ts(T0), ts(T0 + timedelta(hours=1))),
    )
    old.conn.commit()
    old.close()

    store = SqliteStore(open_database(db_path))
    assert schema_version(store.db) == SCHEMA_VERSION == len(MIGRATION_NAMES)
    assert pending_migrations(store.db) == []
    names = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"incident_received_counted", "obligation_due_counted"} <= names
    room = DutyRoom(store, FakeClock(T0 + timedelta(days=3)))
    stats = room.stats.period(T0 - timedelta(days=1), T0 + timedelta(days=1))
    assert stats.incidents == 1 and stats.overall.counted == 1 and len(stats.missed) == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_the_statistics_read_no_obligation_row_and_sort_no_delay_list(
    store: SqliteStore,
) -> None:
    by_statement = _plans(store)
    plans = [line for lines in by_statement.values() for line in lines]
    # Every obligation the statistics touch comes out of the covering index (a rowid lookup
    # of one obligation would read its whole row).
    on_obligation = [p for p in plans if p.startswith(("SEARCH obligation", "SEARCH o "))]
    assert on_obligation
    assert all("COVERING INDEX obligation_due_counted" in p for p in on_obligation)
    assert not any(p.startswith(("SCAN obligation", "SCAN o USING")) for p in plans)
    counted = [p for p in plans if "incident_received_counted" in p]
    assert counted and all("COVERING INDEX" in p for p in counted)
    assert not any(p.startswith("SCAN incident") or p == "SCAN i" for p in plans)
    # The late and missed list comes in index order: no temp B-tree for its ORDER BY.
    [delay_list] = [lines for sql, lines in by_statement.items() if "ORDER BY o.due_at" in sql]
    assert not any("TEMP B-TREE" in line for line in delay_list)
