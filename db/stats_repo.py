"""Aggregates for the statistics (dutyroom.ports.StatsRepo): GROUP BY instead of whole records.

Timestamps are compared as stored text: `ts()` writes every one as ISO-8601 UTC
(YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00), whose text order is time order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from db.base_repo import BaseRepo, from_ts, from_ts_opt, ts
from dutyroom.ports import CheckGroup, DelayRow, FirstReport, IncidentGroup, OutcomeCount

_COUNTED_INCIDENT = "received_at >= ? AND received_at < ? AND status != 'voided'"
# Obligations due in [?, ?) that count by `now` (the third ?): not cancelled, not of a voided
# incident, done or already due. The outcome follows dutyroom.stats.outcome.
_COUNTED_OBLIGATION = (
    "FROM obligation AS o JOIN incident AS i ON i.id = o.incident_id "
    "WHERE o.due_at >= ? AND o.due_at < ? AND o.status != 'cancelled' AND i.status != 'voided' "
    "AND (o.status = 'done' OR o.due_at <= ?)"
)
# The same obligations without the join, for the counts that need nothing of the incident: every
# obligation's incident exists (a foreign key, enforced on every connection, and incidents are
# never deleted), so "not of a voided one" is a lookup in the few voided ids (index
# incident_status) rather than one in the incident table per obligation.
_COUNTED_OBLIGATION_ALONE = (
    "FROM obligation AS o "
    "WHERE o.due_at >= ? AND o.due_at < ? AND o.status != 'cancelled' "
    "AND o.incident_id IS NOT NULL "
    "AND o.incident_id NOT IN (SELECT id FROM incident WHERE status = 'voided') "
    "AND (o.status = 'done' OR o.due_at <= ?)"
)
_LATE = "o.status = 'done' AND o.done_at > o.due_at"


class SqliteStatsRepo(BaseRepo):
    def incident_groups(self, start: datetime, end: datetime) -> list[IncidentGroup]:
        rows = self._conn.execute(
            "SELECT category, township, grade, grade_override, count(*) FROM incident "
            f"WHERE {_COUNTED_INCIDENT} GROUP BY 1, 2, 3, 4",
            (ts(start), ts(end)),
        ).fetchall()
        return [IncidentGroup._make(row) for row in rows]

    def received_counts(self, cuts: Sequence[datetime]) -> list[int]:
        if len(cuts) < 2:
            raise ValueError("received_counts needs at least two cuts")
        inner = cuts[1:-1]
        piece = (
            "CASE "
            + " ".join(f"WHEN received_at < ? THEN {n}" for n in range(len(inner)))
            + f" ELSE {len(inner)} END"
            if inner
            else "0"
        )
        rows = self._conn.execute(
            f"SELECT {piece}, count(*) FROM incident WHERE {_COUNTED_INCIDENT} GROUP BY 1",
            (*(ts(cut) for cut in inner), ts(cuts[0]), ts(cuts[-1])),
        ).fetchall()
        counts = [0] * (len(cuts) - 1)
        for index, count in rows:
            counts[index] = count
        return counts

    def received_times(self, start: datetime, end: datetime) -> list[datetime]:
        rows = self._conn.execute(
            f"SELECT received_at FROM incident WHERE {_COUNTED_INCIDENT}", (ts(start), ts(end))
        ).fetchall()
        return [from_ts(row[0]) for row in rows]

    def outcomes(self, start: datetime, end: datetime, now: datetime) -> list[OutcomeCount]:
        rows = self._conn.execute(
            "SELECT o.rule_code, CASE WHEN o.status != 'done' THEN 'missed' "
            f"WHEN {_LATE} THEN 'late' ELSE 'on_time' END, count(*) "
            f"{_COUNTED_OBLIGATION_ALONE} GROUP BY 1, 2",
            (ts(start), ts(end), ts(now)),
        ).fetchall()
        return [OutcomeCount._make(row) for row in rows]

    def delays(self, start: datetime, end: datetime, now: datetime) -> list[DelayRow]:
        rows = self._conn.execute(
            "SELECT o.id, o.incident_id, i.title, o.rule_code, o.due_at, o.done_at, "
            f"o.minutes_late, o.status = 'done' {_COUNTED_OBLIGATION} "
            f"AND (o.status != 'done' OR ({_LATE})) ORDER BY o.due_at, o.id",
            (ts(start), ts(end), ts(now)),
        ).fetchall()
        return [
            DelayRow(
                ob_id, incident_id, title, rule, from_ts(due), from_ts_opt(done), late, bool(d)
            )
            for ob_id, incident_id, title, rule, due, done, late, d in rows
        ]

    def first_reports(
        self, rule_code: str, received: tuple[datetime, datetime], due: tuple[datetime, datetime]
    ) -> list[FirstReport]:
        rows = self._conn.execute(
            "SELECT i.received_at, o.status = 'done', o.done_at FROM incident AS i JOIN ("
            "SELECT incident_id, status, done_at, "
            "row_number() OVER (PARTITION BY incident_id ORDER BY due_at, id) AS n "
            "FROM obligation WHERE rule_code = ? AND status != 'cancelled' "
            "AND due_at >= ? AND due_at < ?"
            ") AS o ON o.incident_id = i.id AND o.n = 1 "
            "WHERE i.received_at >= ? AND i.received_at < ? AND i.status != 'voided'",
            (rule_code, ts(due[0]), ts(due[1]), ts(received[0]), ts(received[1])),
        ).fetchall()
        return [
            FirstReport(from_ts(at), bool(done), from_ts_opt(done_at)) for at, done, done_at in rows
        ]

    def check_groups(self, start: datetime, end: datetime) -> list[CheckGroup]:
        rows = self._conn.execute(
            "SELECT direction, result, sum(leader_present AND officer_present), count(*) "
            "FROM spot_check WHERE at >= ? AND at < ? GROUP BY 1, 2",
            (ts(start), ts(end)),
        ).fetchall()
        return [CheckGroup._make(row) for row in rows]
