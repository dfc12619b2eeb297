"""The 接报 ledger: filters, full-text search, and one incident's whole history in time order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from dutyroom.clock import Clock
from dutyroom.incident_fields import COUNT_FIELDS
from dutyroom.messages import joined, t
from dutyroom.models import (
    AlarmEvent,
    AuditRecord,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    LogEntry,
    Obligation,
    ObligationKind,
    ObligationState,
)
from dutyroom.ports import LedgerIncident, LedgerInstruction, LedgerObligation, Store
from dutyroom.report_basis import AUTOMATIC_LOG_KINDS, WRITTEN_KINDS, ReportBasis, SentReport

_ACTIONS = {"INSERT": t("新增"), "UPDATE": t("修改"), "DELETE": t("删除")}
_TABLES = {
    "incident": t("事件"),
    "obligation": t("报送时限"),
    "evidence": t("报送记录"),
    "alarm_event": t("提醒"),
}
_ALARM_KINDS = {"warning": t("临近"), "critical": t("紧急"), "due": t("到时"), "overdue": t("超时")}
# Sorting ties (same second): the edit first, then what it caused.
_SOURCE_ORDER = {"audit": 0, "evidence": 1, "alarm": 2, "log": 3}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One line of an incident's history; `changes` maps a field to (old, new) for edits."""

    at: datetime
    source: str  # audit, evidence, alarm, log
    summary: str
    actor: str = ""
    table: str = ""
    row_id: int | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


class LedgerService:
    def __init__(self, store: Store, clock: Clock, rule_names: Callable[[], dict[str, str]]):
        self._store = store
        self._clock = clock
        self._rule_names = rule_names

    def search(self, text: str, limit: int = 200) -> list[Incident]:
        """Full-text search (trigram FTS for 3+ characters, LIKE below), newest first."""
        return self._store.incidents.search(text, limit)

    def ledger(
        self,
        start: datetime,
        end: datetime,
        *,
        category: str | None = None,
        grade: Grade | None = None,
        state: IncidentStatus | None = None,
        late_only: bool = False,
    ) -> list[Incident]:
        """Incidents received in [start, end), oldest first, filtered; `late_only` keeps those
        with a report done late or a deadline overdue now."""
        now = self._clock.now()
        obligations = self._obligations_between(start, end) if late_only else {}
        result = []
        for incident in self._store.incidents.list_between(start, end):
            if category and category not in (incident.category, incident.subtype):
                continue
            if grade is not None and incident.effective_grade is not grade:
                continue
            if state is not None and incident.status is not state:
                continue
            if late_only and not _is_late(obligations.get(incident.id or 0, ()), now):
                continue
            result.append(incident)
        return result

    def with_obligations(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[LedgerIncident, list[LedgerObligation]]]:
        """Incidents received in [start, end), oldest first, each with its obligations ordered
        by due_at, sequence: two queries of only the ledger's columns, however many incidents
        (the 接报台账 of a year).

        Both come in the incidents' order and are merged as they are read, so a caller that keeps
        only what it makes of each pair never holds the year's incidents at once: fewer live
        objects, fewer and shorter garbage collections (~0.4 s of a year's export otherwise)."""
        obligations = self._store.ledger.obligations(start, end)
        pending = next(obligations, None)
        for incident in self._store.ledger.incidents(start, end):
            own = []
            while pending is not None and pending.incident_id == incident.id:
                own.append(pending)
                pending = next(obligations, None)
            yield incident, own

    def instructions(self, start: datetime, end: datetime) -> Iterator[LedgerInstruction]:
        """领导批示 logged against the incidents received in [start, end), in their order."""
        return self._store.ledger.instructions(start, end)

    def _obligations_between(self, start: datetime, end: datetime) -> dict[int, list[Obligation]]:
        by_incident: dict[int, list[Obligation]] = {}
        for ob in self._store.obligations.for_received_between(start, end):
            by_incident.setdefault(ob.incident_key, []).append(ob)
        return by_incident

    def history(self, incident_id: int) -> list[HistoryItem]:
        """Every edit (audit), report, alarm and log entry of the incident, in time order."""
        self._store.incidents.get(incident_id)  # NotFoundError for a wrong id
        obs = self._store.obligations.for_incident(incident_id)
        ob_ids = [ob.id for ob in obs if ob.id is not None]
        evidence = [e for i in ob_ids for e in self._store.obligations.evidence(i)]
        alarms = self._store.alarms.for_obligations(ob_ids)
        audit = self._store.audit
        records = [
            *audit.for_rows("incident", [incident_id]),
            *audit.for_rows("obligation", ob_ids),
            *audit.for_rows("evidence", [e.id for e in evidence if e.id is not None]),
            *audit.for_rows("alarm_event", [a.id for a in alarms if a.id is not None]),
        ]
        names = self._rule_names()
        by_id = {ob.id: ob for ob in obs}
        items = [
            *(_audit_item(r) for r in records),
            *(_evidence_item(e, by_id.get(e.obligation_id), names) for e in evidence),
            *_alarm_items(alarms, by_id, names),
            *(_log_item(entry) for entry in self._store.log.for_ref("incident", incident_id)),
        ]
        return sorted(items, key=lambda item: (item.at, _SOURCE_ORDER[item.source]))

    def report_basis(self, incident_id: int) -> ReportBasis:
        """The written reports sent for the incident, each with the incident's fields as they
        were when it was recorded, whether casualty counts were ever entered, and the officers'
        log notes about it.

        "When it was recorded" is the order of the audit rows (their ids), not their times: the
        audit stamps the computer's clock, the evidence the time the officer gives."""
        self._store.incidents.get(incident_id)  # NotFoundError for a wrong id
        obligations = self._store.obligations
        written = [
            ob
            for ob in obligations.for_incident(incident_id)
            if ob.kind in WRITTEN_KINDS and ob.id is not None
        ]
        evidence = [(e, ob) for ob in written for e in obligations.evidence(ob.id or 0)]
        audit = self._store.audit
        states = sorted(audit.for_rows("incident", [incident_id]), key=lambda r: r.id)
        recorded = {
            r.row_id: r.id
            for r in audit.for_rows("evidence", [e.id for e, _ in evidence if e.id is not None])
            if r.action == "INSERT"
        }
        by_time: dict[datetime, list[tuple[Evidence, Obligation]]] = {}
        for e, ob in sorted(evidence, key=lambda pair: pair[0].done_at):
            by_time.setdefault(e.done_at, []).append((e, ob))
        sent = []
        for at, group in by_time.items():
            marks = [recorded[e.id] for e, _ in group if e.id in recorded]
            before = [
                r.new for r in states if r.new is not None and (not marks or r.id < min(marks))
            ]
            fields = before[-1] if before else {}
            first = min((ob for _, ob in group), key=lambda ob: _KIND_RANK[ob.kind])
            sent.append(SentReport(at, first.kind, first.sequence, dict(fields)))
        return ReportBasis(
            sent=tuple(sent),
            counts_recorded=any(_counts_recorded(r) for r in states),
            notes=tuple(
                entry
                for entry in self._store.log.for_ref("incident", incident_id)
                if entry.kind not in AUTOMATIC_LOG_KINDS
            ),
        )


_KIND_RANK = {kind: rank for rank, kind in enumerate(ObligationKind)}


def _counts_recorded(record: AuditRecord) -> bool:
    new, old = record.new or {}, record.old
    return any(
        new.get(key) or (old is not None and old.get(key) != new.get(key)) for key in COUNT_FIELDS
    )


def _is_late(obligations: Iterable[Obligation], now: datetime) -> bool:
    return any(
        (ob.status is ObligationState.DONE and (ob.minutes_late or 0) > 0)
        or (ob.status is ObligationState.PENDING and ob.due_at < now)
        for ob in obligations
    )


def _rule(ob: Obligation | None, names: dict[str, str]) -> str:
    return "" if ob is None else names.get(ob.rule_code, ob.rule_code)


def _audit_item(record: AuditRecord) -> HistoryItem:
    changes: dict[str, tuple[object, object]] = {}
    if record.old is not None and record.new is not None:
        changes = {
            key: (record.old.get(key), value)
            for key, value in record.new.items()
            if record.old.get(key) != value
        }
    action = _ACTIONS.get(record.action, record.action)
    what = t("{action}{table}", action=action, table=_TABLES.get(record.table, record.table))
    if changes:
        what = t("{what}：{fields}", what=what, fields=joined("、", changes))
    return HistoryItem(
        at=record.at,
        source="audit",
        summary=what,
        actor=record.actor,
        table=record.table,
        row_id=record.row_id,
        changes=changes,
    )


def _evidence_item(e: Evidence, ob: Obligation | None, names: dict[str, str]) -> HistoryItem:
    number = t("（{to_number}）", to_number=e.to_number) if e.to_number else ""
    to = t("{unit}{person}{number}", unit=e.to_unit, person=e.to_person, number=number)
    late = (
        t("，迟报{minutes_late}分钟", minutes_late=ob.minutes_late)
        if ob is not None and ob.minutes_late
        else ""
    )
    note = t("；{note}", note=e.note) if e.note else ""
    return HistoryItem(
        at=e.done_at,
        source="evidence",
        summary=t(
            "{rule}：{method}报{to}，经办人{by}{late}{note}",
            rule=_rule(ob, names),
            method=e.method,
            to=to,
            by=e.by,
            late=late,
            note=note,
        ),
        actor=e.by,
        table="evidence",
        row_id=e.id,
    )


def _alarm_items(
    alarms: Iterable[AlarmEvent], obs: dict[int | None, Obligation], names: dict[str, str]
) -> list[HistoryItem]:
    items = []
    for a in alarms:
        rule = _rule(obs.get(a.obligation_id), names)
        kind = _ALARM_KINDS.get(a.kind, a.kind)
        items.append(
            HistoryItem(
                a.fired_at,
                "alarm",
                t("{rule}：{kind}提醒", rule=rule, kind=kind),
                "",
                "alarm_event",
                a.id,
            )
        )
        if a.acknowledged_at is not None:
            text = t("{rule}：提醒已确认（{by}）", rule=rule, by=a.acknowledged_by or t("未署名"))
            items.append(
                HistoryItem(
                    a.acknowledged_at, "alarm", text, a.acknowledged_by, "alarm_event", a.id
                )
            )
    return items


def _log_item(entry: LogEntry) -> HistoryItem:
    return HistoryItem(
        at=entry.at,
        source="log",
        summary=t("[{kind}] {content}", kind=entry.kind, content=entry.content),
        actor=entry.taken_by,
        table="log_entry",
        row_id=entry.id,
    )
