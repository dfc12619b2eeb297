"""Opening the database: refuse what is not ours or too new, set the pragmas, apply migrations."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from db.handle import Executes, Handle
from db.migration_names import MIGRATION_NAMES, MIGRATION_SET
from dutyroom import SCHEMA_VERSION
from dutyroom.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_MIGRATIONS_TABLE = "_sqlite_migrations"


def open_database(path: Path | None) -> Handle:
    """Open (creating if needed) and migrate the database; None gives a fresh in-memory one.

    Raises StorageError, without touching the file, when the folder is not writable, the file
    is not SQLite or not a dutyroom database, or it was written by a newer dutyroom.
    """
    if path is None:
        db = Handle(sqlite3.connect(":memory:"))
        _configure(db, wal=False)
        _migrate(db)
        return db
    path = Path(path)
    _check_folder(path.parent)
    existed = _check_header(path)
    if existed:
        # A read-only connection: unlike a read-write one, closing it never checkpoints the WAL
        # of another writer into the file, so a refused file is left byte for byte as it was.
        try:
            with closing(open_readonly(path)) as conn:
                check_ours_and_not_newer(conn, path)
        except sqlite3.DatabaseError as exc:
            raise _storage_error(path, exc) from exc
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageError(f"无法打开数据库：{path}（{exc}）") from exc
    try:
        db = Handle(conn)
        _configure(db, wal=True)
        # Up to date (every start but the first after an upgrade): no sqlite-utils, ~30 ms saved.
        if not (existed and _is_current(db)):
            _migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _storage_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _storage_error(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return StorageError(
            f"{path} 不是 dutyroom 数据库文件（文件已损坏或不是 SQLite 格式），未做任何修改"
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(f"数据库文件只读，无法写入：{path}")
    return StorageError(f"无法打开数据库：{path}（{exc}）")


def open_readonly(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection (URI mode=ro) for exports, checks and other readers.

    check_same_thread=False is for a connection its owner shares between threads under a lock
    (db/shared_reader.py)."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"数据库文件不存在：{path}")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise StorageError(f"无法以只读方式打开数据库：{path}（{exc}）") from exc
    return conn


def schema_version(db: Executes) -> int:
    """The schema version the database is at (PRAGMA user_version, set by each migration)."""
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def pending_migrations(db: Executes) -> list[str]:
    """Names of the migrations this program knows and the database has not had yet."""
    applied = set(_applied_migrations(db))
    return [name for name in MIGRATION_NAMES if name not in applied]


def known_migrations() -> list[str]:
    return list(MIGRATION_NAMES)


def _applied_migrations(db: Executes) -> list[str]:
    """Names recorded in _sqlite_migrations for our set, in the order they were applied."""
    if not _has_table(db, _MIGRATIONS_TABLE):
        return []
    rows = db.execute(
        f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _has_table(db: Executes, name: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return db.execute(sql, (name,)).fetchone() is not None


def _is_current(db: Handle) -> bool:
    """True when applying the migrations would do nothing (so sqlite-utils need not be loaded):
    the schema version is ours, every migration is recorded, and the record table has the `id`
    key that sqlite-utils' Migrations would otherwise rebuild it with."""
    if schema_version(db) != SCHEMA_VERSION or pending_migrations(db):
        return False
    keys = [row[1] for row in db.execute(f"PRAGMA table_info({_MIGRATIONS_TABLE})") if row[5]]
    return keys == ["id"]


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise StorageError(f"数据目录不是文件夹（路径中有同名文件）：{folder}") from exc
    except OSError as exc:
        raise StorageError(f"数据目录不可写：{folder}（{exc.strerror or exc}）") from exc
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"数据目录不可写：{folder}")


def _check_header(path: Path) -> bool:
    """Refuse a file that is not SQLite before anything touches it; True if it holds data."""
    if not path.exists():
        return False
    if not path.is_file():
        raise StorageError(f"{path} 不是 dutyroom 数据库文件（不是普通文件），未做任何修改")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"无法读取数据库文件：{path}（{exc.strerror or exc}）") from exc
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path} 不是 dutyroom 数据库文件（不是 SQLite 格式），未做任何修改")
    if header and not os.access(path, os.W_OK):
        raise StorageError(f"数据库文件只读，无法写入：{path}")
    return bool(header)


def check_ours_and_not_newer(db: sqlite3.Connection, path: Path) -> None:
    """Read-only checks before the first write: written by a newer dutyroom, or someone else's?"""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"数据库来自更新版本的 dutyroom（架构版本 {version}），请升级程序后再打开；未做任何修改"
        )
    tables = {
        str(row[0])
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    }
    if not tables:
        return  # a new, empty database
    if _MIGRATIONS_TABLE not in tables:
        raise StorageError(
            f"{path} 不是 dutyroom 数据库文件（没有 dutyroom 的迁移记录），未做任何修改"
        )
    applied = set(_applied_migrations(db))
    unknown = applied - set(known_migrations())
    if unknown:
        raise StorageError(
            f"数据库来自更新版本的 dutyroom（架构版本 {max(version, len(applied))}），"
            "请升级程序后再打开；未做任何修改"
        )
    if not applied and tables - {_MIGRATIONS_TABLE}:
        raise StorageError(
            f"{path} 不是 dutyroom 数据库文件（没有 dutyroom 的迁移记录），未做任何修改"
        )


def _configure(db: Handle, *, wal: bool) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


def _migrate(db: Handle) -> None:
    """Apply the pending migrations: only here are sqlite-utils and db.migrations imported."""
    from sqlite_utils import Database

    from db.migrations import migrations

    migrations.apply(Database(db.conn))
