"""Reading the audit trail (the triggers write it; nothing here writes)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from db.audit import AUDIT_TABLE
from db.base_repo import BaseRepo, from_ts, opt_int
from dutyroom.models import AuditRecord


def _json(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def _record(row: sqlite3.Row) -> AuditRecord:
    return AuditRecord(
        id=row["id"],
        at=from_ts(row["at"]),
        actor=row["actor"],
        table=row["tbl"],
        row_id=opt_int(row["row_id"]),
        action=row["action"],
        old=_json(row["old"]),
        new=_json(row["new"]),
    )


class SqliteAuditRepo(BaseRepo):
    def for_rows(self, table: str, row_ids: Sequence[int]) -> list[AuditRecord]:
        """Every audit row of those rows of `table`, oldest first."""
        if not row_ids:
            return []
        marks = ", ".join("?" for _ in row_ids)
        rows = self._rows(
            f"SELECT * FROM {AUDIT_TABLE} WHERE tbl = ? AND row_id IN ({marks}) ORDER BY id",
            (table, *row_ids),
        )
        return [_record(row) for row in rows]
