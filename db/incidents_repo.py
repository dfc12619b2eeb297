"""Incidents (接报): one flat row each, casualties included; full-text search over the text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from db.base_repo import BaseRepo, from_ts, from_ts_opt, ts, ts_opt
from dutyroom.incident_fields import COUNT_FIELDS, FIGURE_FIELDS, TEXT_FIELDS
from dutyroom.models import Casualties, Grade, Incident, IncidentStatus

SEARCH_COLUMNS = ("title", "place", "summary", "reporter")
# The trigram tokenizer indexes runs of three characters: shorter queries match nothing, so
# they fall back to a LIKE scan.
FTS_MIN_CHARS = 3

# The entered fields come from the one table (dutyroom/incident_fields.py); the others the
# service writes itself.
_TEXT_FIELDS = (
    *TEXT_FIELDS,
    "grade_reason",
    "grade_override_reason",
    "closing_note",
    "void_reason",
)
_CASUALTY_INTS = COUNT_FIELDS


def _values(incident: Incident) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(incident, name) for name in _TEXT_FIELDS}
    values.update({name: getattr(incident.casualties, name) for name in _CASUALTY_INTS})
    values.update({name: float(getattr(incident, name)) for name in FIGURE_FIELDS})
    values.update(
        received_at=ts(incident.received_at),
        occurred_at=ts_opt(incident.occurred_at),
        direct_loss_wan=float(incident.casualties.direct_loss_wan),
        sensitive=int(incident.sensitive),
        near_miss=int(incident.near_miss),
        grade=incident.grade.value,
        grade_override=None if incident.grade_override is None else incident.grade_override.value,
        status=incident.status.value,
        closed_at=ts_opt(incident.closed_at),
        stable_at=ts_opt(incident.stable_at),
        voided_at=ts_opt(incident.voided_at),
    )
    return values


# Dict lookups instead of calls of the enums (see obligations_repo); unknown values still raise.
_GRADES = {grade.value: grade for grade in Grade}
_STATUSES = {status.value: status for status in IncidentStatus}


def _incident(row: Mapping[str, Any]) -> Incident:
    casualties = Casualties(
        **{name: int(row[name]) for name in _CASUALTY_INTS},
        direct_loss_wan=float(row["direct_loss_wan"]),
    )
    grade, override, status = row["grade"], row["grade_override"], row["status"]
    return Incident(
        received_at=from_ts(row["received_at"]),
        occurred_at=from_ts_opt(row["occurred_at"]),
        casualties=casualties,
        sensitive=bool(row["sensitive"]),
        near_miss=bool(row["near_miss"]),
        grade=_GRADES.get(grade) or Grade(grade),
        grade_override=None if override is None else _GRADES.get(override) or Grade(override),
        status=_STATUSES.get(status) or IncidentStatus(status),
        closed_at=from_ts_opt(row["closed_at"]),
        stable_at=from_ts_opt(row["stable_at"]),
        voided_at=from_ts_opt(row["voided_at"]),
        id=row["id"],
        forest_area_ha=float(row["forest_area_ha"]),
        magnitude=float(row["magnitude"]),
        **{name: row[name] for name in _TEXT_FIELDS},
    )


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 string literal: operators, quotes and brackets lose their meaning."""
    return '"' + text.replace('"', '""') + '"'


class SqliteIncidentsRepo(BaseRepo):
    def add(self, incident: Incident) -> Incident:
        return replace(incident, id=self._insert("incident", _values(incident)))

    def update(self, incident: Incident) -> Incident:
        self._update("incident", incident.id, _values(incident), "事件")
        return incident

    def get(self, incident_id: int) -> Incident:
        return _incident(dict(self._get_row("incident", incident_id, "事件")))

    def list_open(self) -> list[Incident]:
        rows = self._records(
            "SELECT * FROM incident WHERE status = 'open' ORDER BY received_at, id"
        )
        return [_incident(row) for row in rows]

    def list_between(self, start: datetime, end: datetime) -> list[Incident]:
        """Incidents received in [start, end), oldest first."""
        return list(self.iter_between(start, end))

    def iter_between(self, start: datetime, end: datetime) -> Iterator[Incident]:
        rows = self._records(
            "SELECT * FROM incident WHERE received_at >= ? AND received_at < ? "
            "ORDER BY received_at, id",
            (ts(start), ts(end)),
        )
        return (_incident(row) for row in rows)

    def count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM incident"))

    def search(self, text: str, limit: int = 200) -> list[Incident]:
        """Incidents whose title, place, summary or reporter contain `text`, newest first."""
        query = text.strip().replace("\x00", "")
        if not query:
            return []
        if len(query) >= FTS_MIN_CHARS:
            # Sort only (received_at, id) of the matches, then read the whole rows of the page:
            # sorting 20,000 full rows of a common word took 45 ms over 100k incidents, this 15.
            rows = self._records(
                "SELECT * FROM incident WHERE id IN ("
                "SELECT i.id FROM incident_fts JOIN incident AS i ON i.id = incident_fts.rowid "
                "WHERE incident_fts MATCH ?1 ORDER BY i.received_at DESC, i.id DESC LIMIT ?2) "
                "ORDER BY received_at DESC, id DESC",
                (fts_phrase(query), limit),
            )
        else:
            # instr() instead of LIKE: no pattern to escape and no case folding, which halves a
            # full scan (a 1-2 character word that matches nothing reads every row).
            where = " OR ".join(f"instr({column}, ?1) > 0" for column in SEARCH_COLUMNS)
            rows = self._records(
                f"SELECT * FROM incident WHERE {where} ORDER BY received_at DESC, id DESC LIMIT ?2",
                (query, limit),
            )
        return [_incident(row) for row in rows]
