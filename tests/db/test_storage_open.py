"""open_database: pragmas, migrations; refusing files not ours, too new or unwritable."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from db import open_database, open_readonly, pending_migrations, schema_version
from db.chain_hash import register
from db.connection import known_migrations
from db.migrations import MIGRATION_SET
from dutyroom import SCHEMA_VERSION
from dutyroom.errors import StorageError

DOMAIN_TABLES = {
    "person",
    "leave",
    "shift_template",
    "assignment",
    "swap",
    "sign_in",
    "holiday_override",
    "incident",
    "obligation",
    "evidence",
    "rule",
    "log_entry",
    "handover",
    "spot_check",
    "contact",
    "bureau_setting",
    "audit",
    "incident_fts",
}


def applied(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchall()
    return [row[0] for row in rows]


def test_in_memory_database_is_migrated() -> None:
    db = open_database(None)
    assert set(db.table_names()) >= DOMAIN_TABLES
    assert schema_version(db) == SCHEMA_VERSION
    assert pending_migrations(db) == []
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_schema_version_has_one_migration() -> None:
    assert len(known_migrations()) == SCHEMA_VERSION


def test_file_database_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    db.close()


def test_migrations_are_idempotent(db_path: Path) -> None:
    open_database(db_path).close()
    first = applied(db_path)
    assert first == known_migrations()
    db = open_database(db_path)
    assert pending_migrations(db) == []
    assert schema_version(db) == SCHEMA_VERSION
    db.close()
    assert applied(db_path) == first


def test_data_survives_reopening(db_path: Path) -> None:
    db = open_database(db_path)
    db.execute("INSERT INTO bureau_setting (key, value) VALUES ('bureau_name', '某县应急管理局')")
    db.close()
    db = open_database(db_path)
    assert db.execute("SELECT value FROM bureau_setting").fetchone()[0] == "某县应急管理局"
    db.close()


def test_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a database\n" * 10, b"PK\x03\x04" + bytes(200), b"SQLite"],
    ids=["text", "zip", "short"],
)
def test_not_sqlite_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "dutyroom.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StorageError, match="不是 SQLite 格式") as caught:
        open_database(path)
    assert "未做任何修改" in caught.value.message
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dutyroom.sqlite3"]


def _make_newer(path: Path, version: int) -> bytes:
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
    return path.read_bytes()


def test_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    before = _make_newer(db_path, SCHEMA_VERSION + 7)
    with pytest.raises(StorageError, match=f"架构版本 {SCHEMA_VERSION + 7}") as caught:
        open_database(db_path)
    assert "更新版本" in caught.value.message and "未做任何修改" in caught.value.message
    assert db_path.read_bytes() == before


def test_newer_schema_with_pending_wal_is_left_alone(db_path: Path) -> None:
    open_database(db_path).close()
    writer = sqlite3.connect(db_path)  # stays open: its write lives in the WAL
    with writer:
        writer.execute("PRAGMA user_version = 99")
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="更新版本"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    writer.close()


def test_unknown_migration_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            (MIGRATION_SET, "9999_from_the_future", "2030-01-01"),
        )
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="更新版本"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_someone_elses_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="不是 dutyroom 数据库文件"):
        open_database(path)
    assert path.read_bytes() == before


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder open_database cannot write to; as root, chmod stops nothing, so use a file."""
    if os.geteuid() == 0:
        blocker = tmp_path / "afile"
        blocker.write_text("x")
        return blocker / "sub"
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_unwritable_folder(tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    try:
        with pytest.raises(StorageError, match=r"数据目录不可写|数据目录不是文件夹"):
            open_database(folder / "dutyroom.sqlite3")
    finally:
        if folder.exists():
            folder.chmod(0o700)


def test_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "dutyroom.sqlite3"
    open_database(path).close()
    assert path.is_file()


def test_open_readonly_reads_but_cannot_write(db_path: Path) -> None:
    db = open_database(db_path)
    db.execute("INSERT INTO bureau_setting (key, value) VALUES ('k', 'v')")
    conn = open_readonly(db_path)
    register(conn, lambda: "测试")  # as a program connection has them: the trigger compiles
    assert conn.execute("SELECT value FROM bureau_setting").fetchone()[0] == "v"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("INSERT INTO bureau_setting (key, value) VALUES ('x', 'y')")
    conn.close()
    db.close()


def test_open_readonly_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="不存在"):
        open_readonly(tmp_path / "nothing.sqlite3")
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_indexes_on_what_pages_sort_by() -> None:
    db = open_database(None)
    indexed = {
        (row[0], row[1])
        for row in db.execute(
            "SELECT m.name, i.name FROM sqlite_master m, pragma_index_info(m.name) i "
            "WHERE m.type = 'index' AND i.seqno = 0"
        ).fetchall()
    }
    columns = {column for _, column in indexed}
    for column in ("received_at", "at", "day"):
        assert column in columns
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM obligation WHERE status = 'pending' ORDER BY due_at"
    ).fetchall()
    assert "obligation_status_due" in str(plan)
