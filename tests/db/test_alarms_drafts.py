"""Alarm events (each moment recorded once), drafts, app state, audit reading; migration 0002."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import SqliteStore, open_database, schema_version
from db.audit import audited_tables
from db.base_repo import ts
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.errors import NotFoundError
from dutyroom.models import (
    AlarmEvent,
    Anchor,
    Draft,
    Incident,
    Obligation,
    ObligationKind,
    ObligationState,
)
from tests.db.conftest import T0


def add_obligation(store: SqliteStore) -> Obligation:
    incident = store.incidents.add(Incident(received_at=T0, title="化工厂爆炸"))
    assert incident.id is not None
    return store.obligations.add(
        Obligation(
            incident_id=incident.id,
            rule_code="first_phone",
            kind=ObligationKind.PHONE,
            anchor=Anchor.RECEIVED,
            anchor_at=T0,
            due_at=T0 + timedelta(minutes=30),
        )
    )


def add_obligation_as_0001(conn: sqlite3.Connection) -> Obligation:
    """The rows add_obligation makes, written in SQL as a program of schema 0001 wrote them:
    today's repositories write columns (incident.void_reason) that 0001 does not have."""
    incident_id = conn.execute(
        "INSERT INTO incident (received_at, title) VALUES (?, ?)", (ts(T0), "化工厂爆炸")
    ).lastrowid
    assert incident_id is not None
    ob = Obligation(
        incident_id=incident_id,
        rule_code="first_phone",
        kind=ObligationKind.PHONE,
        anchor=Anchor.RECEIVED,
        anchor_at=T0,
        due_at=T0 + timedelta(minutes=30),
    )
    ob_id = conn.execute(
        "INSERT INTO obligation (incident_id, rule_code, kind, anchor, anchor_at, due_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (incident_id, ob.rule_code, ob.kind.value, ob.anchor.value, ts(T0), ts(ob.due_at)),
    ).lastrowid
    conn.commit()
    return dataclasses.replace(ob, id=ob_id)


def event(ob: Obligation, key: str = "1:warning") -> AlarmEvent:
    assert ob.id is not None
    return AlarmEvent(ob.id, key, "warning", T0 + timedelta(minutes=20), T0 + timedelta(minutes=20))


def test_claiming_a_moment_twice_fails_the_second_time(store: SqliteStore) -> None:
    ob = add_obligation(store)
    first = store.alarms.claim(event(ob))
    assert first is not None and first.id is not None
    assert store.alarms.claim(event(ob)) is None
    assert store.alarms.is_claimed("1:warning")
    assert not store.alarms.is_claimed("1:critical")
    assert [e.moment_key for e in store.alarms.for_obligation(ob.id or 0)] == ["1:warning"]


def test_claim_for_a_missing_obligation_is_refused(store: SqliteStore) -> None:
    with pytest.raises(NotFoundError):
        store.alarms.claim(AlarmEvent(99, "99:due", "due", T0, T0))


def test_acknowledge_updates_and_unacknowledged_lists_pending_only(store: SqliteStore) -> None:
    ob = add_obligation(store)
    claimed = store.alarms.claim(event(ob))
    assert claimed is not None
    assert store.alarms.unacknowledged() == [claimed]
    acked = dataclasses.replace(claimed, acknowledged_at=T0, acknowledged_by="张三")
    store.alarms.update(acked)
    assert store.alarms.unacknowledged() == []
    assert store.alarms.for_obligations([ob.id or 0]) == [acked]
    store.obligations.update(dataclasses.replace(ob, status=ObligationState.CANCELLED))
    store.alarms.claim(event(ob, "1:critical"))
    assert store.alarms.unacknowledged() == []  # its obligation no longer pends


def test_alarm_events_are_audited_drafts_and_app_state_are_not(store: SqliteStore) -> None:
    assert "alarm_event" in audited_tables(store.db)
    assert not {"draft", "app_state"} & set(audited_tables(store.db))
    ob = add_obligation(store)
    claimed = store.alarms.claim(event(ob))
    assert claimed is not None and claimed.id is not None
    records = store.audit.for_rows("alarm_event", [claimed.id])
    assert [(r.action, r.table, r.row_id) for r in records] == [
        ("INSERT", "alarm_event", claimed.id)
    ]
    assert records[0].new is not None and records[0].new["moment_key"] == "1:warning"


def test_drafts_save_replace_list_delete(store: SqliteStore) -> None:
    store.drafts.save(Draft("incident", "new", {"title": "山体滑坡", "deaths": 1}, T0))
    later = T0 + timedelta(seconds=5)
    store.drafts.save(Draft("incident", "new", {"title": "山体滑坡（更新）"}, later))
    store.drafts.save(Draft("incident", "7", {"title": "另一起"}, T0))
    got = store.drafts.get("incident", "new")
    assert got == Draft("incident", "new", {"title": "山体滑坡（更新）"}, later)
    assert [(d.form, d.key) for d in store.drafts.all()] == [("incident", "new"), ("incident", "7")]
    store.drafts.delete("incident", "new")
    assert store.drafts.get("incident", "new") is None


def test_app_state_round_trip(store: SqliteStore) -> None:
    assert store.app_state.get_time("last_seen") is None
    store.app_state.set_time("last_seen", T0)
    store.app_state.set_time("last_seen", T0 + timedelta(minutes=1))
    assert store.app_state.get_time("last_seen") == T0 + timedelta(minutes=1)


def test_migration_0002_applies_on_a_database_made_by_0001(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0002_alarms_drafts")
    assert schema_version(old) == 1
    assert "alarm_event" not in old.table_names()
    ob = add_obligation_as_0001(old.conn)
    old.close()

    store = SqliteStore(open_database(db_path))
    assert schema_version(store.db) == SCHEMA_VERSION >= 2
    assert {"alarm_event", "draft", "app_state"} <= set(store.db.table_names())
    assert store.obligations.get(ob.id or 0) == ob  # the record survived the migration
    assert store.alarms.claim(event(ob)) is not None
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
