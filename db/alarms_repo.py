"""Alarm events (one row per raised moment, unique key) and the app's heartbeat state."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from db.base_repo import BaseRepo, from_ts, from_ts_opt, ts, ts_opt, unique_violation
from dutyroom.models import AlarmEvent


def _values(event: AlarmEvent) -> dict[str, Any]:
    return {
        "obligation_id": event.obligation_id,
        "moment_key": event.moment_key,
        "kind": event.kind,
        "moment_at": ts(event.moment_at),
        "fired_at": ts(event.fired_at),
        "acknowledged_at": ts_opt(event.acknowledged_at),
        "acknowledged_by": event.acknowledged_by,
        "snoozed_until": ts_opt(event.snoozed_until),
        "snooze_reason": event.snooze_reason,
    }


def _event(row: sqlite3.Row) -> AlarmEvent:
    return AlarmEvent(
        obligation_id=row["obligation_id"],
        moment_key=row["moment_key"],
        kind=row["kind"],
        moment_at=from_ts(row["moment_at"]),
        fired_at=from_ts(row["fired_at"]),
        acknowledged_at=from_ts_opt(row["acknowledged_at"]),
        acknowledged_by=row["acknowledged_by"],
        snoozed_until=from_ts_opt(row["snoozed_until"]),
        snooze_reason=row["snooze_reason"],
        id=row["id"],
    )


class SqliteAlarmsRepo(BaseRepo):
    def claim(self, event: AlarmEvent) -> AlarmEvent | None:
        """Insert the event; None when its moment_key is already recorded (it has rung)."""
        try:
            new_id = self._insert("alarm_event", _values(event))
        except sqlite3.IntegrityError as exc:
            if unique_violation(exc):
                return None
            raise
        return replace(event, id=new_id)

    def is_claimed(self, moment_key: str) -> bool:
        found = self._scalar("SELECT 1 FROM alarm_event WHERE moment_key = ?", (moment_key,))
        return found is not None

    def update(self, event: AlarmEvent) -> AlarmEvent:
        self._update("alarm_event", event.id, _values(event), "提醒记录")
        return event

    def for_obligation(self, obligation_id: int) -> list[AlarmEvent]:
        rows = self._rows(
            "SELECT * FROM alarm_event WHERE obligation_id = ? ORDER BY moment_at, id",
            (obligation_id,),
        )
        return [_event(row) for row in rows]

    def for_obligations(self, obligation_ids: Sequence[int]) -> list[AlarmEvent]:
        if not obligation_ids:
            return []
        marks = ", ".join("?" for _ in obligation_ids)
        rows = self._rows(
            f"SELECT * FROM alarm_event WHERE obligation_id IN ({marks}) ORDER BY moment_at, id",
            tuple(obligation_ids),
        )
        return [_event(row) for row in rows]

    def unacknowledged(self) -> list[AlarmEvent]:
        """Events still ringing (not acknowledged) whose obligation is still pending."""
        rows = self._rows(
            "SELECT alarm_event.* FROM alarm_event JOIN obligation "
            "ON obligation.id = alarm_event.obligation_id "
            "WHERE alarm_event.acknowledged_at IS NULL AND obligation.status = 'pending' "
            "ORDER BY alarm_event.moment_at, alarm_event.id"
        )
        return [_event(row) for row in rows]


class SqliteAppStateRepo(BaseRepo):
    """Small key/value facts about the running program (heartbeats), not part of the record."""

    def get(self, key: str) -> str | None:
        value = self._scalar("SELECT value FROM app_state WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        with self._write():
            self._conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def get_time(self, key: str) -> datetime | None:
        value = self.get(key)
        return None if value is None else from_ts(value)

    def set_time(self, key: str, value: datetime) -> None:
        self.set(key, ts(value))
