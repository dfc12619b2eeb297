"""Spot checks (查岗) received from above or made on townships and departments."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from typing import Any

from db.base_repo import BaseRepo, from_ts, opt_int, ts
from dutyroom.models import SpotCheck

_TEXT_FIELDS = (
    "direction",
    "method",
    "checker_unit",
    "checker_person",
    "checked_unit",
    "answered_by",
    "result",
    "follow_up",
)


def _values(check: SpotCheck) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(check, name) for name in _TEXT_FIELDS}
    values.update(
        at=ts(check.at),
        leader_present=int(check.leader_present),
        officer_present=int(check.officer_present),
        answer_seconds=check.answer_seconds,
    )
    return values


def _check(row: sqlite3.Row) -> SpotCheck:
    return SpotCheck(
        at=from_ts(row["at"]),
        leader_present=bool(row["leader_present"]),
        officer_present=bool(row["officer_present"]),
        answer_seconds=opt_int(row["answer_seconds"]),
        id=row["id"],
        **{name: row[name] for name in _TEXT_FIELDS},
    )


class SqliteSpotChecksRepo(BaseRepo):
    def add(self, check: SpotCheck) -> SpotCheck:
        return replace(check, id=self._insert("spot_check", _values(check)))

    def update(self, check: SpotCheck) -> SpotCheck:
        self._update("spot_check", check.id, _values(check), "查岗记录")
        return check

    def get(self, check_id: int) -> SpotCheck:
        return _check(self._get_row("spot_check", check_id, "查岗记录"))

    def between(self, start: datetime, end: datetime) -> list[SpotCheck]:
        """Checks with start <= at < end, in time order."""
        rows = self._rows(
            "SELECT * FROM spot_check WHERE at >= ? AND at < ? ORDER BY at, id",
            (ts(start), ts(end)),
        )
        return [_check(row) for row in rows]
