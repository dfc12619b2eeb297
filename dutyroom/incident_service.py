"""Incidents: receipt starts the clocks, edits regrade, reports complete obligations."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
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

# How far a report's time may differ from the clock before the officer must say why: the form
# is filled at "now", and a minute or two of typing is not a correction.
REPORT_TIME_TOLERANCE = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class OpenTimer:
    """A pending obligation with its incident, its rule and its countdown."""

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
        # 接报时间 is shown to the minute; microseconds would only clutter the JSON contract.
        blank = Incident(received_at=now.replace(microsecond=0), received_by=received_by)
        incident = grading.regrade(apply_fields(blank, fields or {}), self._policy())
        with self._store.atomic():
            stored = self._store.incidents.add(incident)
            self._apply(obligations.plan(stored, self.rules(), [], now, self._tz()))
            # The log reads in time order: the entry stands at the time the call came in.
            title = stored.title or "（标题待填）"
            self._log(stored.received_at, LogKind.INCIDENT, f"接报：{title}", stored.id)
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
    def report(self, obligation_id: int, evidence: Evidence, *, reason: str = "") -> Obligation:
        """Complete an obligation with its evidence; the next 续报 follows from the stored times.

        The time done defaults to now in the form; any other time (a report made earlier and
        recorded late) needs `reason`, which is kept in the evidence note and the duty log.
        A late completion keeps its minutes late for ever.
        """
        now = self._clock.now()
        evidence = self._checked_evidence(obligation_id, evidence, now, reason.strip())
        obligation = self._store.obligations.get(obligation_id)
        done = obligations.complete(obligation, evidence)
        incident = self._store.incidents.get(obligation.incident_id)
        with self._store.atomic():
            self._store.obligations.update(done)
            self._store.obligations.add_evidence(evidence)
            existing = self._store.obligations.for_incident(obligation.incident_id)
            self._apply(obligations.plan(incident, self.rules(), existing, now, self._tz()))
            late = f"，迟报{done.minutes_late}分钟" if done.minutes_late else ""
            why = f"（报送时间补录：{reason.strip()}）" if reason.strip() else ""
            self._log(
                evidence.done_at,
                LogKind.REPORT,
                f"报送：{incident.title or '事件'} {obligation.rule_code}，{evidence.method}报"
                f"{evidence.to_unit}{evidence.to_person}{late}{why}",
                incident.id,
            )
        self._events.emit("incidents")
        return done

    @staticmethod
    def _checked_evidence(
        obligation_id: int, evidence: Evidence, now: datetime, reason: str
    ) -> Evidence:
        if evidence.obligation_id != obligation_id:
            raise ValidationError("obligation_id", "报送记录与时限不对应")
        if evidence.done_at.tzinfo is None:
            raise ValidationError("done_at", "报送时间缺少时区")
        if evidence.done_at > now + REPORT_TIME_TOLERANCE:
            raise ValidationError("done_at", "报送时间不能晚于当前时间")
        if abs(now - evidence.done_at) <= REPORT_TIME_TOLERANCE:
            return evidence
        if not reason:
            raise ValidationError("reason", "报送时间不是当前时间，请说明原因")
        note = "；".join(
            part for part in (evidence.note.strip(), f"报送时间补录：{reason}") if part
        )
        return dataclasses.replace(evidence, note=note)

    # -- corrections ----------------------------------------------------------------------------
    def correct_received_at(self, incident_id: int, new_time: datetime, reason: str) -> Incident:
        """Correct 接报时间 (the call came in earlier than it was entered), with a reason.

        Pending obligations anchored on it are cancelled with "接报时间更正：…" and planned
        again from the corrected time; done ones keep their times and lateness.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", "更正接报时间须说明原因")
        if new_time.tzinfo is None:
            raise ValidationError("received_at", "接报时间缺少时区")
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.CLOSED:
            raise ValidationError("status", "事件已终结，不能更正接报时间")
        now = self._clock.now()
        if new_time > now:
            raise ValidationError("received_at", "接报时间不能晚于当前时间")
        if new_time == previous.received_at:
            return previous
        tz = self._tz()
        label = (
            f"接报时间更正：{reason}（原{previous.received_at.astimezone(tz):%m-%d %H:%M}，"
            f"现{new_time.astimezone(tz):%m-%d %H:%M}）"
        )
        incident = dataclasses.replace(previous, received_at=new_time)
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            existing = self._store.obligations.for_incident(incident_id)
            plan = obligations.plan(stored, self.rules(), existing, now, tz, previous=previous)
            self._apply(Plan(add=plan.add, cancel=tuple((ob, label) for ob, _ in plan.cancel)))
            self._log(now, LogKind.INCIDENT, f"{stored.title or '事件'}：{label}", incident_id)
        self._events.emit("incidents")
        return stored

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
