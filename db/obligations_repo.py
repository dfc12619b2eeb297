"""Reporting obligations (报送义务) with their deadlines, and the evidence that meets them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from db.base_repo import BaseRepo, from_ts, from_ts_opt, opt_int, ts, ts_opt
from dutyroom.models import (
    Anchor,
    Evidence,
    Obligation,
    ObligationKind,
    ObligationState,
    Recipient,
)


def _values(obligation: Obligation) -> dict[str, Any]:
    return {
        "incident_id": obligation.incident_id,
        "rule_code": obligation.rule_code,
        "kind": obligation.kind.value,
        "anchor": obligation.anchor.value,
        "anchor_at": ts(obligation.anchor_at),
        "due_at": ts(obligation.due_at),
        "sequence": obligation.sequence,
        "status": obligation.status.value,
        "done_at": ts_opt(obligation.done_at),
        "minutes_late": obligation.minutes_late,
        "cancelled_reason": obligation.cancelled_reason,
        "created_at": ts_opt(obligation.created_at),
        "recipients": _recipients_json(obligation.recipients),
        "log_entry_id": obligation.log_entry_id,
    }


def _recipients_json(recipients: tuple[Recipient, ...]) -> str:
    if not recipients:
        return "[]"
    return json.dumps(
        [{"unit": r.unit, "done_at": ts_opt(r.done_at)} for r in recipients], ensure_ascii=False
    )


def _recipients(text: str) -> tuple[Recipient, ...]:
    if text == "[]":
        return ()
    return tuple(
        Recipient(unit=item["unit"], done_at=from_ts_opt(item["done_at"]))
        for item in json.loads(text)
    )


# A dict lookup instead of calling the enum (a Python-level __call__ and __new__ per value):
# the ledger of a year decodes ~100,000 obligations. An unknown value still raises, from the enum.
_KINDS = {kind.value: kind for kind in ObligationKind}
_ANCHORS = {anchor.value: anchor for anchor in Anchor}
_STATES = {state.value: state for state in ObligationState}


def _obligation(row: Mapping[str, Any]) -> Obligation:
    kind, anchor, status = row["kind"], row["anchor"], row["status"]
    return Obligation(
        incident_id=row["incident_id"],
        rule_code=row["rule_code"],
        kind=_KINDS.get(kind) or ObligationKind(kind),
        anchor=_ANCHORS.get(anchor) or Anchor(anchor),
        anchor_at=from_ts(row["anchor_at"]),
        due_at=from_ts(row["due_at"]),
        sequence=row["sequence"],
        status=_STATES.get(status) or ObligationState(status),
        done_at=from_ts_opt(row["done_at"]),
        minutes_late=opt_int(row["minutes_late"]),
        cancelled_reason=row["cancelled_reason"],
        created_at=from_ts_opt(row["created_at"]),
        recipients=_recipients(row["recipients"]),
        log_entry_id=row["log_entry_id"],
        id=row["id"],
    )


def _evidence(row: sqlite3.Row) -> Evidence:
    return Evidence(
        obligation_id=row["obligation_id"],
        done_at=from_ts(row["done_at"]),
        method=row["method"],
        to_unit=row["to_unit"],
        to_person=row["to_person"],
        by=row["done_by"],
        to_number=row["to_number"],
        document=row["document"],
        note=row["note"],
        id=row["id"],
    )


class SqliteObligationsRepo(BaseRepo):
    def add(self, obligation: Obligation) -> Obligation:
        return replace(obligation, id=self._insert("obligation", _values(obligation)))

    def update(self, obligation: Obligation) -> Obligation:
        self._update("obligation", obligation.id, _values(obligation), "报送义务")
        return obligation

    def get(self, obligation_id: int) -> Obligation:
        return _obligation(dict(self._get_row("obligation", obligation_id, "报送义务")))

    def for_incident(self, incident_id: int) -> list[Obligation]:
        rows = self._records(
            "SELECT * FROM obligation WHERE incident_id = ? ORDER BY due_at, id", (incident_id,)
        )
        return [_obligation(row) for row in rows]

    def for_log_entry(self, entry_id: int) -> list[Obligation]:
        rows = self._records(
            "SELECT * FROM obligation WHERE log_entry_id = ? ORDER BY due_at, id", (entry_id,)
        )
        return [_obligation(row) for row in rows]

    def for_received_between(self, start: datetime, end: datetime) -> Iterator[Obligation]:
        """Obligations of the incidents received in [start, end) (the ledger's period), in one
        query instead of one per incident, read as consumed; in the incidents' order (received_at,
        id, as IncidentsRepo.iter_between), then due_at."""
        rows = self._records(
            "SELECT o.* FROM obligation AS o JOIN incident AS i ON i.id = o.incident_id "
            "WHERE i.received_at >= ? AND i.received_at < ? "
            "ORDER BY i.received_at, i.id, o.due_at, o.id",
            (ts(start), ts(end)),
        )
        return (_obligation(row) for row in rows)

    def open(self) -> list[Obligation]:
        """Pending obligations of incidents (a duty-log item's clocks are read on their own)."""
        rows = self._records(
            "SELECT * FROM obligation WHERE status = 'pending' AND incident_id IS NOT NULL "
            "ORDER BY due_at, id"
        )
        return [_obligation(row) for row in rows]

    def open_of_log(self) -> list[Obligation]:
        """Pending clocks of duty-log items (预警, 来文, 批示), ordered by due_at."""
        rows = self._records(
            "SELECT * FROM obligation WHERE status = 'pending' AND log_entry_id IS NOT NULL "
            "ORDER BY due_at, id"
        )
        return [_obligation(row) for row in rows]

    def due_between(self, start: datetime, end: datetime) -> list[Obligation]:
        rows = self._records(
            "SELECT * FROM obligation WHERE due_at >= ? AND due_at < ? AND incident_id IS NOT NULL "
            "ORDER BY due_at, id",
            (ts(start), ts(end)),
        )
        return [_obligation(row) for row in rows]

    def add_evidence(self, evidence: Evidence) -> Evidence:
        self.get(evidence.obligation_id)
        new_id = self._insert(
            "evidence",
            {
                "obligation_id": evidence.obligation_id,
                "done_at": ts(evidence.done_at),
                "method": evidence.method,
                "to_unit": evidence.to_unit,
                "to_person": evidence.to_person,
                "done_by": evidence.by,
                "to_number": evidence.to_number,
                "document": evidence.document,
                "note": evidence.note,
            },
        )
        return replace(evidence, id=new_id)

    def evidence(self, obligation_id: int) -> list[Evidence]:
        rows = self._rows(
            "SELECT * FROM evidence WHERE obligation_id = ? ORDER BY done_at, id", (obligation_id,)
        )
        return [_evidence(row) for row in rows]
