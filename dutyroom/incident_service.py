"""Incidents: receipt starts the clocks, edits regrade, reports complete obligations."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from dutyroom import grading, obligations
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.incident_fields import apply_fields
from dutyroom.models import (
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    LogEntry,
    LogKind,
    Obligation,
    ObligationState,
    Rule,
)
from dutyroom.obligations import Plan, Timer
from dutyroom.ports import Store
from dutyroom.rules import DEFAULT_RULES


@dataclass(frozen=True, slots=True)
class OpenTimer:
    incident: Incident
    obligation: Obligation
    rule: Rule | None
    timer: Timer


class IncidentService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        timezone: Callable[[], ZoneInfo],
        policy: Callable[[], grading.GradingPolicy],
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._tz = timezone
        self._policy = policy

    # -- rules -------------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        rules = self._store.rules.list()
        if not rules:
            with self._store.atomic():
                self._store.rules.replace_all(DEFAULT_RULES)
            rules = self._store.rules.list()
        return rules

    # -- receipt and edits ---------------------------------------------------------------------
    def receive(
        self, fields: Mapping[str, Any] | None = None, *, received_by: str = ""
    ) -> Incident:
        """Store a new incident; its clocks run from received_at (default: now)."""
        now = self._clock.now()
        blank = Incident(received_at=now, received_by=received_by)
        incident = grading.regrade(apply_fields(blank, fields or {}), self._policy())
        with self._store.atomic():
            stored = self._store.incidents.add(incident)
            self._apply(obligations.plan(stored, self.rules(), [], now, self._tz()))
            self._log(now, LogKind.INCIDENT, f"接报：{stored.title or '（标题待填）'}", stored.id)
        self._events.emit("incidents")
        return stored

    def update(self, incident_id: int, fields: Mapping[str, Any]) -> Incident:
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.CLOSED:
            raise ValidationError("status", "事件已终结，不能再修改；如需更正请联系管理员")
        if "received_at" in fields:
            raise ValidationError("received_at", "接报时间须通过“更正接报时间”修改并说明原因")
        incident = grading.regrade(apply_fields(previous, fields), self._policy())
        return self._save(previous, incident)

    def override_grade(self, incident_id: int, grade: Grade | None, reason: str) -> Incident:
        previous = self._store.incidents.get(incident_id)
        if grade is not None and not reason.strip():
            raise ValidationError("grade_override_reason", "人工调整等级须填写理由")
        incident = dataclasses.replace(
            previous, grade_override=grade, grade_override_reason=reason.strip() if grade else ""
        )
        return self._save(previous, incident)

    def close(self, incident_id: int, note: str) -> Incident:
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.CLOSED:
            raise ValidationError("status", "事件已终结")
        if not note.strip():
            raise ValidationError("closing_note", "请填写终结说明")
        incident = dataclasses.replace(
            previous,
            status=IncidentStatus.CLOSED,
            closed_at=self._clock.now(),
            closing_note=note.strip(),
        )
        return self._save(previous, incident)

    def _save(self, previous: Incident, incident: Incident) -> Incident:
        now = self._clock.now()
        assert incident.id is not None
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            existing = self._store.obligations.for_incident(incident.id)
            plan = obligations.plan(
                stored, self.rules(), existing, now, self._tz(), previous=previous
            )
            self._apply(plan)
        self._events.emit("incidents")
        return stored

    def _apply(self, plan: Plan) -> None:
        for obligation, reason in plan.cancel:
            self._store.obligations.update(
                dataclasses.replace(
                    obligation, status=ObligationState.CANCELLED, cancelled_reason=reason
                )
            )
        for obligation in plan.add:
            self._store.obligations.add(obligation)

    # -- reports ------------------------------------------------------------------------------
    def report(self, obligation_id: int, evidence: Evidence) -> Obligation:
        """Complete an obligation with its evidence; the next 续报 follows from the stored times."""
        obligation = self._store.obligations.get(obligation_id)
        done = obligations.complete(obligation, evidence)
        incident = self._store.incidents.get(obligation.incident_id)
        now = self._clock.now()
        with self._store.atomic():
            self._store.obligations.update(done)
            self._store.obligations.add_evidence(evidence)
            existing = self._store.obligations.for_incident(obligation.incident_id)
            self._apply(obligations.plan(incident, self.rules(), existing, now, self._tz()))
            late = f"，迟报{done.minutes_late}分钟" if done.minutes_late else ""
            self._log(
                evidence.done_at,
                LogKind.REPORT,
                f"报送：{incident.title or '事件'} {obligation.rule_code}，{evidence.method}报"
                f"{evidence.to_unit}{evidence.to_person}{late}",
                incident.id,
            )
        self._events.emit("incidents")
        return done

    # -- reading --------------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident:
        return self._store.incidents.get(incident_id)

    def obligations_of(self, incident_id: int) -> list[Obligation]:
        return self._store.obligations.for_incident(incident_id)

    def open_incidents(self) -> list[Incident]:
        return self._store.incidents.list_open()

    def open_timers(self, now: datetime | None = None) -> list[OpenTimer]:
        """Every pending obligation with its timer at `now`, most urgent first."""
        now = now or self._clock.now()
        rules = {rule.code: rule for rule in self.rules()}
        incidents: dict[int, Incident] = {}
        result = []
        for ob in self._store.obligations.open():
            if ob.incident_id not in incidents:
                incidents[ob.incident_id] = self._store.incidents.get(ob.incident_id)
            rule = rules.get(ob.rule_code)
            warn = rule.warn_minutes if rule else 10
            critical = rule.critical_minutes if rule else 5
            timer = obligations.timer(ob, now, warn_minutes=warn, critical_minutes=critical)
            result.append(OpenTimer(incidents[ob.incident_id], ob, rule, timer))
        result.sort(key=lambda t: t.obligation.due_at)
        return result

    def _log(self, at: datetime, kind: LogKind, content: str, ref_id: int | None) -> None:
        self._store.log.add(
            LogEntry(at=at, kind=kind, content=content, ref_table="incident", ref_id=ref_id)
        )
