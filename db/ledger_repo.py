"""The 接报台账's narrow read (dutyroom.ports.LedgerRepo): only the columns the ledger shows.

A year's ledger is 30,000 incidents and 90,000 obligations; decoding each into a whole Incident
(34 fields) or Obligation cost more than writing its row, so this reads small tuples instead.
Timestamps are compared as stored text (see stats_repo: ts() text order is time order).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from db.base_repo import BaseRepo, from_ts, from_ts_opt, ts
from dutyroom.models import Grade, IncidentStatus, LogKind, ObligationKind, ObligationState
from dutyroom.ports import LedgerIncident, LedgerInstruction, LedgerObligation

_PERIOD = "i.received_at >= ? AND i.received_at < ?"
# Dict lookups instead of calls of the enums (see obligations_repo); unknown values still raise.
_GRADES = {grade.value: grade for grade in Grade}
_STATUSES = {status.value: status for status in IncidentStatus}
_KINDS = {kind.value: kind for kind in ObligationKind}
_STATES = {state.value: state for state in ObligationState}
# One text per obligation for its reports: fields split by U+001E, reports by U+001F (control
# characters never stored in typed text, dutyroom.text.printable), so no row per report is read.
_FIELD, _REPORT = "\x1e", "\x1f"
_EVIDENCE = (
    "(SELECT group_concat(x, char(31)) FROM (SELECT e.method || char(30) || e.to_unit "
    "|| e.to_person AS x FROM evidence AS e WHERE e.obligation_id = o.id ORDER BY e.done_at, e.id))"
)


# ts() writes every time with its offset, so fromisoformat alone gives an aware time; from_ts's
# call and its conversion to UTC (the core converts to the bureau's zone anyway) are 0.2 µs of
# each of a year's ~250,000 times. A time without an offset still goes through from_ts.
_parse = datetime.fromisoformat


def _grade(text: str) -> Grade:
    return _GRADES.get(text) or Grade(text)


class SqliteLedgerRepo(BaseRepo):
    def incidents(self, start: datetime, end: datetime) -> Iterator[LedgerIncident]:
        cursor = self._conn.execute(
            "SELECT i.id, i.received_at, i.occurred_at, i.title, i.category, i.subtype, "
            "i.township, i.place, i.grade, i.grade_override, i.deaths, i.missing, i.injured, "
            "i.status, i.void_reason, i.closed_at, i.forest_area_ha, i.magnitude, "
            "i.received_by, i.reporter, i.reporter_unit, i.summary "
            f"FROM incident AS i WHERE {_PERIOD} "
            "ORDER BY i.received_at, i.id",
            (ts(start), ts(end)),
        )
        for (
            incident_id, received, occurred, title, category, subtype, township, place,
            grade, override, deaths, missing, injured, status, void_reason, closed,
            area, magnitude, received_by, reporter, reporter_unit, summary,
        ) in cursor:  # fmt: skip
            received_at = _parse(received)
            occurred_at = None if occurred is None else _parse(occurred)
            closed_at = None if closed is None else _parse(closed)
            if (
                received_at.tzinfo is None
                or (occurred_at is not None and occurred_at.tzinfo is None)
                or (closed_at is not None and closed_at.tzinfo is None)
            ):
                received_at = from_ts(received)
                occurred_at, closed_at = from_ts_opt(occurred), from_ts_opt(closed)
            yield LedgerIncident(
                incident_id,
                received_at,
                occurred_at,
                title,
                category,
                subtype,
                township,
                place,
                _grade(grade),
                None if override is None else _grade(override),
                int(deaths),
                int(missing),
                int(injured),
                _STATUSES.get(status) or IncidentStatus(status),
                void_reason,
                closed_at,
                float(area),
                float(magnitude),
                received_by,
                reporter,
                reporter_unit,
                summary,
            )

    def obligations(self, start: datetime, end: datetime) -> Iterator[LedgerObligation]:
        cursor = self._conn.execute(
            "SELECT o.incident_id, o.kind, o.status, o.due_at, o.done_at, o.minutes_late, "
            f"{_EVIDENCE} "
            f"FROM obligation AS o JOIN incident AS i ON i.id = o.incident_id WHERE {_PERIOD} "
            "ORDER BY i.received_at, i.id, o.due_at, o.sequence, o.id",
            (ts(start), ts(end)),
        )
        for incident_id, kind, state, due, done, late, reports in cursor:
            due_at = _parse(due)
            done_at = None if done is None else _parse(done)
            if due_at.tzinfo is None or (done_at is not None and done_at.tzinfo is None):
                due_at, done_at = from_ts(due), from_ts_opt(done)
            yield LedgerObligation(
                incident_id,
                _KINDS.get(kind) or ObligationKind(kind),
                _STATES.get(state) or ObligationState(state),
                due_at,
                done_at,
                None if late is None else int(late),
                _reports(reports),
            )

    def instructions(self, start: datetime, end: datetime) -> Iterator[LedgerInstruction]:
        cursor = self._conn.execute(
            "SELECT l.ref_id, l.at, l.content, l.person FROM log_entry AS l "
            "JOIN incident AS i ON i.id = l.ref_id "
            f"WHERE l.ref_table = 'incident' AND l.kind = ? AND {_PERIOD} "
            "ORDER BY i.received_at, i.id, l.at, l.id",
            (LogKind.INSTRUCTION.value, ts(start), ts(end)),
        )
        for incident_id, at, content, person in cursor:
            yield LedgerInstruction(int(incident_id), from_ts(at), content, person)


def _reports(text: str | None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    pairs = []
    for report in text.split(_REPORT):
        method, _, to = report.partition(_FIELD)
        pairs.append((method, to))
    return tuple(pairs)
