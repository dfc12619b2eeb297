"""Shared plumbing of the repositories: value conversion, row reading and guarded writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Any

from db.handle import Handle, Params
from dutyroom.errors import ConflictError, NotFoundError, StorageError, ValidationError

# SQLite errors that mean "the disk or file refuses the write", not a bug in our SQL, with what
# the person is told (the write was rolled back: nothing of it was kept).
# The disk or folder, not the data: SQLite's words, and what the officer is told.
STORAGE_FAILURES = {
    "database or disk is full": "磁盘空间已满",
    "attempt to write a readonly database": "数据库文件或数据文件夹为只读",
    "disk i/o error": "磁盘读写出错",
    "unable to open database file": "无法打开数据库文件",
}


def ts(value: datetime) -> str:
    """An aware datetime as ISO-8601 UTC text, e.g. 2026-11-23T03:30:00+00:00."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime cannot be stored: {value!r}")
    return value.astimezone(UTC).isoformat()


def ts_opt(value: datetime | None) -> str | None:
    return None if value is None else ts(value)


def from_ts(text: str) -> datetime:
    """ISO text back to an aware datetime in UTC."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def from_ts_opt(text: str | None) -> datetime | None:
    return None if text is None else from_ts(text)


def day_text(value: date) -> str:
    return value.isoformat()


def day_text_opt(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def from_day(text: str) -> date:
    return date.fromisoformat(text)


def from_day_opt(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def time_text(value: time) -> str:
    return value.isoformat()


def from_time(text: str) -> time:
    return time.fromisoformat(text)


def opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


class BaseRepo:
    """Holds the database; `_write()` is one transaction (a savepoint inside `atomic()`)."""

    def __init__(self, db: Handle) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.conn

    def _rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        cursor = self._conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows: list[sqlite3.Row] = cursor.execute(sql, params).fetchall()
        return rows

    def _records(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, read as they are consumed. sqlite3.Row finds a column by name with a
        scan of the column names, which made decoding a 45-column incident row cost more than
        reading it; and a row tuple that dies at once, unlike fetchall()'s list of them, does not
        count towards the next garbage collection, which a year's ledger triggered by the dozen."""
        cursor = self._conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def _row(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def _write(self) -> Iterator[None]:
        with translate_errors(), self._db.atomic():
            yield

    def _insert(self, table: str, values: Mapping[str, Any]) -> int:
        """INSERT one row in its own transaction (or the caller's) and return its id."""
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._write():
            cursor = self._conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return row_id

    def _update(self, table: str, row_id: int | None, values: Mapping[str, Any], what: str) -> None:
        """UPDATE one row by id; NotFoundError when there is no such row."""
        if row_id is None:
            raise NotFoundError(f"{what}尚未保存，无法修改")
        assignments = ", ".join(f"{column} = ?" for column in values)
        with self._write():
            cursor = self._conn.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id)
            )
        if cursor.rowcount == 0:
            raise NotFoundError(f"找不到{what}（编号 {row_id}）")

    def _get_row(self, table: str, row_id: int, what: str) -> sqlite3.Row:
        row = self._row(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if row is None:
            raise NotFoundError(f"找不到{what}（编号 {row_id}）")
        return row


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn disk-level and foreign-key failures into the typed errors the UI shows."""
    try:
        yield
    except UnicodeEncodeError as exc:
        # A lone surrogate ("\ud800", from JSON or a paste) cannot be stored as UTF-8; sqlite3
        # refuses it while binding, before anything is written.
        raise ValidationError("text", "内容含有无效字符（孤立代理字符），请删除后重试") from exc
    except sqlite3.IntegrityError as exc:
        if "FOREIGN KEY" in str(exc):
            raise NotFoundError("引用的记录不存在（人员、事件或班次已被删除？）") from exc
        raise
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        for failure, reason in STORAGE_FAILURES.items():
            if failure in text:
                raise StorageError(
                    f"数据库无法写入（{reason}），本次修改未保存；请释放磁盘空间或检查文件权限后重试"
                ) from exc
        raise


def unique_violation(exc: sqlite3.IntegrityError) -> bool:
    return "UNIQUE constraint failed" in str(exc)


def conflict(message: str, exc: sqlite3.IntegrityError) -> ConflictError:
    error = ConflictError(message)
    error.__cause__ = exc
    return error
