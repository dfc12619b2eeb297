"""Migration 0004_incident_void: incident.voided_at and void_reason, stored, read and audited."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, open_database, pending_migrations, schema_version
from db.base_repo import ts
from db.migration_names import MIGRATION_NAMES
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.models import Incident, IncidentStatus
from tests.db.conftest import T0

VOID = "0004_incident_void"


def test_a_voided_incident_round_trips(store: SqliteStore) -> None:
    stored = store.incidents.add(Incident(received_at=T0, title="误报"))
    voided = dataclasses.replace(
        stored,
        status=IncidentStatus.VOIDED,
        voided_at=T0 + timedelta(minutes=5),
        void_reason="重复接报；与1号同一起",
    )
    store.incidents.update(voided)
    assert store.incidents.get(stored.id or 0) == voided
    assert store.incidents.list_open() == []
    assert store.incidents.list_between(T0, T0 + timedelta(hours=1)) == [voided]


def test_the_audit_records_who_voided_and_why(store: SqliteStore) -> None:
    store.set_actor("孙丽娟")
    stored = store.incidents.add(Incident(received_at=T0, title="误报"))
    at = T0 + timedelta(minutes=5)
    store.incidents.update(
        dataclasses.replace(stored, status=IncidentStatus.VOIDED, voided_at=at, void_reason="误报")
    )
    insert, update = store.audit.for_rows("incident", [stored.id or 0])
    assert insert.new is not None and insert.new["void_reason"] == "" and "voided_at" in insert.new
    assert update.actor == "孙丽娟" and update.old is not None and update.new is not None
    assert (update.old["status"], update.new["status"]) == ("open", "voided")
    assert (update.old["voided_at"], update.new["voided_at"]) == (None, ts(at))
    assert (update.old["void_reason"], update.new["void_reason"]) == ("", "误报")


def test_migration_0004_applies_on_a_database_made_by_0003(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=VOID)
    # Made by 0003: 0004 and every later migration still to come.
    assert pending_migrations(old) == list(MIGRATION_NAMES[MIGRATION_NAMES.index(VOID) :])
    columns = {c.name for c in old["incident"].columns}  # type: ignore[union-attr]
    assert "voided_at" not in columns
    old.execute(
        "INSERT INTO incident (received_at, title, status, closed_at, closing_note) "
        "VALUES (?, ?, 'closed', ?, ?)",
        (ts(T0), "化工厂爆炸", ts(T0 + timedelta(hours=2)), "处置完毕"),
    )
    old.conn.commit()
    old.close()

    store = SqliteStore(open_database(db_path))
    assert schema_version(store.db) == SCHEMA_VERSION == len(MIGRATION_NAMES)
    assert pending_migrations(store.db) == []
    [incident] = store.incidents.list_between(T0, T0 + timedelta(hours=1))
    assert (incident.title, incident.status, incident.closing_note) == (
        "化工厂爆炸",
        IncidentStatus.CLOSED,
        "处置完毕",
    )
    assert (incident.voided_at, incident.void_reason) == (None, "")
    assert [i.id for i in store.incidents.search("化工厂")] == [incident.id]  # FTS still works
    store.incidents.update(dataclasses.replace(incident, title="化工厂爆炸事故"))
    [*_, last] = store.audit.for_rows("incident", [incident.id or 0])
    assert last.new is not None and {"voided_at", "void_reason"} <= set(last.new)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
