"""Backups through SQLite's online backup API, with retention, and read-only integrity checks."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Protocol

from db.audit import chained
from db.audit_chain import verify_chain, verify_state
from db.base_repo import STORAGE_FAILURES
from db.connection import SQLITE_HEADER, check_ours_and_not_newer, open_readonly
from dutyroom.errors import StorageError

BACKUP_PREFIX = "dutyroom-"
BACKUP_SUFFIX = ".sqlite3"
_BACKUP_NAME = re.compile(r"^dutyroom-\d{8}-\d{6}\.sqlite3$")


class HoldsConnection(Protocol):
    """An open database such as db.handle.Handle (or a sqlite_utils.Database)."""

    @property
    def conn(self) -> sqlite3.Connection: ...


def backup_to(source: Path | str | sqlite3.Connection | HoldsConnection, out: Path) -> Path:
    """Copy the database to `out` atomically: a consistent snapshot even while others write.

    The copy is made in a temporary file next to `out`, switched to rollback-journal mode so it
    is one self-contained file, flushed to disk and then renamed over `out`.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    own_connection = isinstance(source, Path | str)
    if isinstance(source, Path | str):
        src = open_readonly(Path(source))  # the source file is only ever read
    elif isinstance(source, sqlite3.Connection):
        src = source
    else:
        src = source.conn
    handle, temp_name = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        dst = sqlite3.connect(temp_name)
        try:
            src.backup(dst)  # one step: the whole database under a single read snapshot
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        if own_connection:
            src.close()
    return out


def backup_name(now: datetime) -> str:
    return f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def backups(folder: Path) -> list[Path]:
    """Backups made by backup_with_retention in `folder`, oldest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _BACKUP_NAME.match(p.name))


def backup_with_retention(db_path: Path, folder: Path, keep: int, now: datetime) -> Path:
    """Back up to folder/dutyroom-YYYYMMDD-HHMMSS.sqlite3 (`now` as given); keep the newest N."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    made = backup_to(db_path, Path(folder) / backup_name(now))
    existing = backups(folder)
    for old in existing[: max(0, len(existing) - keep)]:
        if old != made:
            old.unlink(missing_ok=True)
    return made


def latest_backup(folder: Path) -> Path | None:
    found = backups(folder)
    return found[-1] if found else None


class CheckImpossibleError(StorageError):
    """The check could not run (disk full, no permission): says nothing about the file itself."""


def storage_reason(exc: BaseException) -> str | None:
    """Why a disk operation failed, in Chinese, when it is the disk or folder and not the data."""
    import errno

    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "磁盘空间已满"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "位置只读或没有写入权限"
        if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
            return "路径中有同名文件，不是文件夹"
        if exc.errno == errno.ENOENT:
            return "路径不存在"
        return f"磁盘读写出错（{exc.strerror or exc}）"
    text = str(exc).lower()
    return next((reason for failure, reason in STORAGE_FAILURES.items() if failure in text), None)


def _cannot_check(reason: str, path: Path) -> str:
    return f"无法检查数据库：{reason}（数据库本身未必损坏）：{path}"


def integrity_check(path: Path) -> list[str]:
    """Problems found by PRAGMA integrity_check and foreign_key_check, and a database from a
    newer dutyroom; empty means sound. CheckImpossibleError when the disk, not the file, stops it.

    Opens the file read-only and never writes to it.
    """
    path = Path(path)
    try:
        conn = open_readonly(path)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except (StorageError, OSError) as exc:
        cause = exc.__cause__ if isinstance(exc, StorageError) else exc
        reason = storage_reason(cause) if cause is not None else None
        if reason is not None and path.is_file():
            raise CheckImpossibleError(
                f"无法检查数据库：{reason}（数据库本身未必损坏）：{path}"
            ) from exc
        return [exc.message if isinstance(exc, StorageError) else f"无法读取：{path}（{exc}）"]
    if header and header != SQLITE_HEADER:
        conn.close()
        return [f"{path} 不是 dutyroom 数据库文件（不是 SQLite 格式）"]
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if problems == ["ok"]:
            problems = []
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"外键失效：{table} 第 {rowid} 行引用的 {parent} 不存在")
        if not problems:
            try:
                check_ours_and_not_newer(conn, path)
            except StorageError as exc:
                problems.append(exc.message)
        if not problems and chained(conn):
            problems += verify_chain(conn) + verify_state(conn)
        return problems
    except sqlite3.OperationalError as exc:
        # A full disk or a folder without rights (WAL needs its -shm file) is not damage.
        reason = storage_reason(exc)
        if reason is not None and "malformed" not in str(exc).lower():
            raise CheckImpossibleError(
                f"无法检查数据库：{reason}（数据库本身未必损坏）：{path}"
            ) from exc
        return [f"无法检查数据库：{exc}"]
    except sqlite3.DatabaseError as exc:
        return [f"无法检查数据库：{exc}"]
    finally:
        conn.close()


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check, read-only: the fast start-up test (no index-content cross check).

    Empty means sound; a file that is missing is not "damaged" (a new database is made).
    """
    path = Path(path)
    if not path.exists():
        return []
    try:
        conn = open_readonly(path)
    except StorageError as exc:
        return [exc.message]
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        return [] if problems == ["ok"] else problems
    except sqlite3.DatabaseError as exc:
        return [f"数据库文件已损坏：{exc}"]
    finally:
        conn.close()


def damaged_name(path: Path, now: datetime) -> Path:
    """Where a replaced database is kept: dutyroom.sqlite3.damaged-YYYYMMDD-HHMMSS."""
    return path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")


def restore_backup(backup: Path, db_path: Path, now: datetime) -> Path | None:
    """Replace `db_path` by a copy of `backup`; returns where the replaced file was kept.

    The backup is checked first (integrity_check) and copied next to the database before anything
    is moved, so a failure leaves the current file where it was. The replaced file (and its -wal
    and -shm companions) is renamed with a timestamp, never deleted; None if there was none.
    """
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise StorageError(f"备份文件不存在：{backup}")
    problems = integrity_check(backup)
    if problems:
        raise StorageError(f"备份文件未通过完整性检查，未做任何修改：{backup}（{problems[0]}）")
    staged = backup_to(backup, db_path.with_name(db_path.name + ".restoring"))
    aside = damaged_name(db_path, now)
    kept = None
    if db_path.exists():
        os.replace(db_path, aside)
        kept = aside
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():  # belongs to the replaced file, not to the restored copy
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(staged, db_path)
    return kept
