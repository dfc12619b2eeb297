"""The duty log (值班日志): entries in time order."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from db.base_repo import BaseRepo, from_ts, opt_int, ts
from dutyroom.models import LogEntry, LogKind


def _entry(row: sqlite3.Row) -> LogEntry:
    return LogEntry(
        at=from_ts(row["at"]),
        kind=LogKind(row["kind"]),
        content=row["content"],
        unit=row["unit"],
        person=row["person"],
        number=row["number"],
        taken_by=row["taken_by"],
        ref_table=row["ref_table"],
        ref_id=opt_int(row["ref_id"]),
        id=row["id"],
    )


class SqliteLogRepo(BaseRepo):
    def add(self, entry: LogEntry) -> LogEntry:
        new_id = self._insert(
            "log_entry",
            {
                "at": ts(entry.at),
                "kind": entry.kind.value,
                "content": entry.content,
                "unit": entry.unit,
                "person": entry.person,
                "number": entry.number,
                "taken_by": entry.taken_by,
                "ref_table": entry.ref_table,
                "ref_id": entry.ref_id,
            },
        )
        return replace(entry, id=new_id)

    def get(self, entry_id: int) -> LogEntry:
        return _entry(self._get_row("log_entry", entry_id, "值班日志记录"))

    def between(self, start: datetime, end: datetime) -> list[LogEntry]:
        """Entries with start <= at < end, in time order."""
        rows = self._rows(
            "SELECT * FROM log_entry WHERE at >= ? AND at < ? ORDER BY at, id", (ts(start), ts(end))
        )
        return [_entry(row) for row in rows]

    def for_ref(self, ref_table: str, ref_id: int) -> list[LogEntry]:
        """Entries about one record (e.g. an incident), in time order."""
        rows = self._rows(
            "SELECT * FROM log_entry WHERE ref_table = ? AND ref_id = ? ORDER BY at, id",
            (ref_table, ref_id),
        )
        return [_entry(row) for row in rows]
