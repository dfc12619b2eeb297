"""Migration 0006_incident_area_magnitude: incident.forest_area_ha and magnitude, stored and
audited, and a database made before them opens with both at 0."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, open_database, pending_migrations, schema_version
from db.base_repo import ts
from db.migration_names import MIGRATION_NAMES
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.models import Incident
from tests.db.conftest import T0

AREA_MAGNITUDE = "0006_incident_area_magnitude"


def test_area_and_magnitude_round_trip_and_are_audited(store: SqliteStore) -> None:
    store.set_actor("孙丽娟")
    stored = store.incidents.add(Incident(received_at=T0, title="青山林场山火", forest_area_ha=2.5))
    changed = dataclasses.replace(stored, forest_area_ha=12.75, magnitude=5.2)
    store.incidents.update(changed)
    assert store.incidents.get(stored.id or 0) == changed
    insert, update = store.audit.for_rows("incident", [stored.id or 0])
    assert insert.new is not None and insert.new["forest_area_ha"] == 2.5
    assert update.old is not None and update.new is not None
    assert (update.old["magnitude"], update.new["magnitude"]) == (0, 5.2)
    assert update.new["forest_area_ha"] == 12.75


def test_migration_0006_applies_on_a_database_made_by_0005(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=AREA_MAGNITUDE)
    assert pending_migrations(old) == list(MIGRATION_NAMES[MIGRATION_NAMES.index(AREA_MAGNITUDE) :])
    columns = {c.name for c in old["incident"].columns}  # type: ignore[union-attr]
    assert "forest_area_ha" not in columns and "magnitude" not in columns
    old.execute(
        "INSERT INTO incident (received_at, title, category, subtype) VALUES (?, ?, ?, ?)",
        (ts(T0), "青山林场山火", "自然灾害", "森林草原火灾"),
    )
    old.conn.commit()
    old.close()

    store = SqliteStore(open_database(db_path))
    assert schema_version(store.db) == SCHEMA_VERSION == len(MIGRATION_NAMES)
    assert pending_migrations(store.db) == []
    [incident] = store.incidents.search("青山林场")
    assert (incident.forest_area_ha, incident.magnitude) == (0.0, 0.0)
    store.incidents.update(dataclasses.replace(incident, forest_area_ha=3.0))
    [*_, last] = store.audit.for_rows("incident", [incident.id or 0])
    assert last.new is not None and last.new["forest_area_ha"] == 3.0 and "magnitude" in last.new
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
