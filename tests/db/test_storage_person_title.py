"""Migration 0008_person_title: a person's 职务, stored apart from 单位 and audited; a database
written at schema version 7 opens with every person's 职务 empty and nothing else changed."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db import SqliteStore, open_database, pending_migrations, schema_version
from db.migration_names import MIGRATION_NAMES
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.models import Person, Role

PERSON_TITLE = "0008_person_title"


def test_title_round_trips_apart_from_unit_and_is_audited(store: SqliteStore) -> None:
    store.set_actor("孙丽娟")
    stored = store.people.add(Person("王建国", (Role.LEADER,), unit="应急管理局", title="副局长"))
    assert store.people.get(stored.id or 0) == stored
    assert (stored.unit, stored.title) == ("应急管理局", "副局长")
    store.people.update(dataclasses.replace(stored, title="局长"))
    insert, update = store.audit.for_rows("person", [stored.id or 0])
    assert insert.new is not None and insert.new["title"] == "副局长"
    assert update.old is not None and update.new is not None
    assert (update.old["title"], update.new["title"]) == ("副局长", "局长")


def test_migration_0008_applies_on_a_version_7_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=PERSON_TITLE)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 7
    assert pending_migrations(old) == list(MIGRATION_NAMES[MIGRATION_NAMES.index(PERSON_TITLE) :])
    assert "title" not in {c.name for c in old["person"].columns}  # type: ignore[union-attr]
    old.execute(
        "INSERT INTO person (name, roles, unit, mobile) VALUES (?, ?, ?, ?)",
        ("赵晓明", "值班员", "应急指挥中心", "13800000001"),
    )
    old.conn.commit()
    old.close()

    store = SqliteStore(open_database(db_path))
    assert schema_version(store.db) == SCHEMA_VERSION == len(MIGRATION_NAMES)
    assert pending_migrations(store.db) == []
    [person] = store.people.list()
    assert (person.name, person.unit, person.mobile, person.title) == (
        "赵晓明",
        "应急指挥中心",
        "13800000001",
        "",
    )
    store.people.update(dataclasses.replace(person, title="科员"))
    assert store.people.get(person.id or 0).title == "科员"
    [*_, last] = store.audit.for_rows("person", [person.id or 0])
    assert (
        last.new is not None and last.new["title"] == "科员" and last.new["unit"] == "应急指挥中心"
    )
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
