"""Handle: plain sqlite3 transactions that behave as sqlite-utils' execute()/atomic() do; opening an
up-to-date database loads neither sqlite-utils nor the migrations, a new or older one is still
migrated."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from db import open_database, pending_migrations
from db.handle import Handle
from db.migration_names import MIGRATION_NAMES, MIGRATION_SET
from db.migrations import migrations
from dutyroom import SCHEMA_VERSION
from dutyroom.errors import BusyError

ROOT = Path(__file__).resolve().parents[2]

# Opens the database given as argv[1] through db.open_store, makes one audited write and says
# what it found and which modules it had to import.
OPEN_AND_REPORT = """
import json, sys
from pathlib import Path
import db
store = db.open_store(Path(sys.argv[1]))
store.set_actor("王五")
store.settings.set("bureau_name", "某县应急管理局")
actor = store.db.execute("SELECT actor FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
print(json.dumps({
    "version": db.schema_version(store.db),
    "pending": db.pending_migrations(store.db),
    "actor": actor,
    "sqlite_utils": sorted(m for m in sys.modules if m.split(".")[0] == "sqlite_utils"),
    "migrations": "db.migrations" in sys.modules,
}))
store.close()
"""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def open_in_new_process(path: Path) -> dict[str, Any]:
    result = run_python(OPEN_AND_REPORT, str(path))
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_known_names_are_the_registered_migrations_in_order() -> None:
    """A migration registered in db/migrations.py but not listed in db/migration_names.py
    would never be applied to an up-to-date database (and vice versa)."""
    assert tuple(migration.name for migration in migrations._migrations) == MIGRATION_NAMES
    assert migrations.name == MIGRATION_SET
    assert len(MIGRATION_NAMES) == SCHEMA_VERSION


def test_importing_db_loads_no_sqlite_utils() -> None:
    code = (
        "import sys, db, db.store, db.connection, db.backup, db.audit, db.handle; "
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'sqlite_utils' "
        "or m == 'db.migrations']; "
        "assert not loaded, loaded"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_new_database_is_migrated_then_reopened_without_sqlite_utils(db_path: Path) -> None:
    first = open_in_new_process(db_path)
    assert first["version"] == SCHEMA_VERSION and first["pending"] == []
    assert first["sqlite_utils"] and first["migrations"]  # a new database needs the migrations
    assert first["actor"] == "王五"

    again = open_in_new_process(db_path)
    assert again["sqlite_utils"] == [] and not again["migrations"]
    assert again["version"] == SCHEMA_VERSION and again["pending"] == []
    assert again["actor"] == "王五"  # the audit triggers still see who writes


def test_older_database_is_migrated_on_opening(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before=MIGRATION_NAMES[-1])
    # 0003 sets user_version to the number of migrations registered (db/migrations.py), so
    # the version of a database stopped before the last one is not SCHEMA_VERSION - 1: what
    # makes it older is the migration it has not had.
    assert pending_migrations(old) == [MIGRATION_NAMES[-1]]
    old.close()

    report = open_in_new_process(db_path)
    assert report["sqlite_utils"] and report["migrations"]
    assert report["version"] == SCHEMA_VERSION and report["pending"] == []


def test_migration_record_without_an_id_key_is_still_rebuilt(db_path: Path) -> None:
    """The fast path is taken only when Migrations.apply() would change nothing: an old-style
    record table (no `id` key) is rebuilt by sqlite-utils as before."""
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            "ALTER TABLE _sqlite_migrations RENAME TO old_record;"
            "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT,"
            " PRIMARY KEY (migration_set, name));"
            "INSERT INTO _sqlite_migrations SELECT migration_set, name, applied_at FROM old_record;"
            "DROP TABLE old_record;"
        )
    conn.close()
    db = open_database(db_path)
    keys = [row[1] for row in db.execute("PRAGMA table_info(_sqlite_migrations)") if row[5]]
    assert keys == ["id"]
    assert pending_migrations(db) == []
    db.close()


# The same scenarios run against sqlite_utils.Database, the reference, and against Handle.
MAKERS: dict[str, Callable[[sqlite3.Connection], Any]] = {
    "sqlite_utils": Database,
    "handle": Handle,
}


@pytest.fixture(params=sorted(MAKERS))
def make(request: pytest.FixtureRequest) -> Callable[[sqlite3.Connection], Any]:
    return MAKERS[request.param]


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "t.sqlite3")
    conn.executescript(
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " p_id INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED);"
        "CREATE TABLE log (what TEXT);"
        "CREATE TRIGGER no_bad BEFORE INSERT ON c WHEN NEW.name = 'bad' BEGIN"
        " SELECT RAISE(ROLLBACK, 'bad name'); END;"
        "CREATE TRIGGER c_deleted AFTER DELETE ON c BEGIN INSERT INTO log VALUES ('deleted'); END;"
    )
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM c ORDER BY id")]


def test_a_write_outside_a_transaction_commits(make: Any, conn: sqlite3.Connection) -> None:
    db = make(conn)
    cursor = db.execute("INSERT INTO c (name) VALUES (?)", ("a",))
    assert cursor.lastrowid == 1 and not conn.in_transaction
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO c (name) VALUES (NULL)")
    assert not conn.in_transaction  # the failed write's implicit transaction is not left open
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    db.execute("INSERT OR REPLACE INTO c (id, name) VALUES (1, 'b')")
    assert conn.execute("SELECT what FROM log").fetchall() == [("deleted",)]


def test_nested_blocks_are_savepoints(make: Any, conn: sqlite3.Connection) -> None:
    db = make(conn)
    with db.atomic() as inside:
        assert inside is db and conn.in_transaction
        db.execute("INSERT INTO c (name) VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO c (name) VALUES ('inner')")
            raise ValueError("inner only")
        with db.atomic():
            db.execute("INSERT INTO c (name) VALUES ('kept')")
    assert not conn.in_transaction
    assert names(conn) == ["outer", "kept"]
    with pytest.raises(KeyboardInterrupt), db.atomic():
        db.execute("INSERT INTO c (name) VALUES ('lost')")
        raise KeyboardInterrupt
    assert names(conn) == ["outer", "kept"] and not conn.in_transaction


def test_a_rollback_trigger_inside_a_savepoint_keeps_its_error(
    make: Any, conn: sqlite3.Connection
) -> None:
    db = make(conn)
    db.execute("INSERT INTO c (name) VALUES ('before')")
    with pytest.raises(sqlite3.IntegrityError, match="bad name"), db.atomic():
        db.execute("INSERT INTO c (name) VALUES ('outer')")
        with db.atomic():
            db.execute("INSERT INTO c (name) VALUES ('bad')")
    assert not conn.in_transaction
    assert names(conn) == ["before"]


def test_a_failing_commit_rolls_back(make: Any, conn: sqlite3.Connection) -> None:
    db = make(conn)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), db.atomic():
        db.execute("INSERT INTO c (name, p_id) VALUES ('orphan', 99)")  # checked at COMMIT
    assert not conn.in_transaction
    assert names(conn) == []
    with db.atomic():  # the connection is usable again
        db.execute("INSERT INTO c (name) VALUES ('next')")
    assert names(conn) == ["next"]


def test_transaction_statements_are_not_committed_behind_the_caller(
    make: Any, conn: sqlite3.Connection
) -> None:
    db = make(conn)
    db.execute("/* a comment */ BEGIN")
    db.execute("INSERT INTO c (name) VALUES ('a')")
    assert conn.in_transaction
    db.execute("ROLLBACK")
    assert names(conn) == []


def test_table_names_as_sqlite_utils_gives_them() -> None:
    db = open_database(None)
    assert db.table_names() == Database(db.conn).table_names()
    db.close()


def test_atomic_takes_the_write_lock_at_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits (busy_timeout) or is refused at the start of its
    block, never halfway through it (TECH-NOTES.md)."""
    path = tmp_path / "lock.sqlite3"
    first = Handle(sqlite3.connect(path, timeout=0))
    first.execute("CREATE TABLE t (a)")
    second = Handle(sqlite3.connect(path, timeout=0))
    with first.atomic():
        with pytest.raises(BusyError, match="数据库正忙"), second.atomic():
            pass  # refused at BEGIN, before any statement of the block, with a message to show
        assert not second.conn.in_transaction
    first.close()
    second.close()
