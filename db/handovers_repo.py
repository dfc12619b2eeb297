"""Handover sheets (交接班记录); a changed sheet is saved as a new version, never overwritten."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from typing import Any

from db.base_repo import BaseRepo, from_ts, from_ts_opt, ts, ts_opt
from dutyroom.models import Handover


def _values(handover: Handover) -> dict[str, Any]:
    return {
        "shift_start": ts(handover.shift_start),
        "outgoing": handover.outgoing,
        "incoming": handover.incoming,
        "content": handover.content,
        "created_at": ts(handover.created_at),
        "accepted_at": ts_opt(handover.accepted_at),
        "accepted_by": handover.accepted_by,
        "version": handover.version,
    }


def _handover(row: sqlite3.Row) -> Handover:
    return Handover(
        shift_start=from_ts(row["shift_start"]),
        outgoing=row["outgoing"],
        incoming=row["incoming"],
        content=row["content"],
        created_at=from_ts(row["created_at"]),
        accepted_at=from_ts_opt(row["accepted_at"]),
        accepted_by=row["accepted_by"],
        version=row["version"],
        id=row["id"],
    )


class SqliteHandoversRepo(BaseRepo):
    def add(self, handover: Handover) -> Handover:
        return replace(handover, id=self._insert("handover", _values(handover)))

    def update(self, handover: Handover) -> Handover:
        self._update("handover", handover.id, _values(handover), "交接班记录")
        return handover

    def get(self, handover_id: int) -> Handover:
        return _handover(self._get_row("handover", handover_id, "交接班记录"))

    def for_shift(self, shift_start: datetime) -> list[Handover]:
        """Every version of the sheet of the shift starting at `shift_start`, oldest first."""
        rows = self._rows(
            "SELECT * FROM handover WHERE shift_start = ? ORDER BY version, id",
            (ts(shift_start),),
        )
        return [_handover(row) for row in rows]

    def between(self, start: datetime, end: datetime) -> list[Handover]:
        """Sheets of shifts starting in [start, end), by shift then version."""
        rows = self._rows(
            "SELECT * FROM handover WHERE shift_start >= ? AND shift_start < ? "
            "ORDER BY shift_start, version, id",
            (ts(start), ts(end)),
        )
        return [_handover(row) for row in rows]

    def latest(self) -> Handover | None:
        row = self._row("SELECT * FROM handover ORDER BY shift_start DESC, version DESC, id DESC")
        return None if row is None else _handover(row)
