"""Incidents: receipt starts the clocks, edits regrade, reports complete obligations."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from dutyroom import grading, obligations, report_evidence
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.incident_fields import (
    apply_fields,
    check_entered_times,
    check_not_future,
    check_time_order,
    check_title_kept,
    clean_text,
)
from dutyroom.messages import t
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
from dutyroom.rules import DEFAULT_RULES, LEGACY_APPLIES, validate_rules

VOID_REASON_LIMIT = 500


@dataclass(frozen=True, slots=True)
class OpenTimer:
    """A pending obligation with its incident, its rule and its countdown."""

    incident: Incident
    obligation: Obligation
    rule: Rule | None
    timer: Timer


@dataclass(frozen=True, slots=True)
class UpdatePreview:
    """What `update(incident_id, fields)` would do, computed without writing anything.

    `cancelled` are stored pending obligations that would be cancelled, `cancel_reasons` the
    reason of each (same order); `added` are the obligations that would be created (not stored:
    id None; `due_at` may already be past). `rule_names` maps rule codes to names.
    """

    incident: Incident  # as it would be stored
    old_grade: Grade
    new_grade: Grade
    grade_reason: str
    cancelled: tuple[Obligation, ...]
    cancel_reasons: tuple[str, ...]
    added: tuple[Obligation, ...]
    rule_names: dict[str, str]

    @property
    def lowers_grade(self) -> bool:
        return self.new_grade.rank < self.old_grade.rank

    @property
    def withdrawn(self) -> tuple[Obligation, ...]:
        """Cancelled deadlines that no new one of the same rule replaces: what the officer
        must confirm before a change (a grade that falls, a near miss no longer reached)."""
        renewed = {ob.rule_code for ob in self.added}
        return tuple(ob for ob in self.cancelled if ob.rule_code not in renewed)

    def rule_name(self, ob: Obligation) -> str:
        return self.rule_names.get(ob.rule_code, ob.rule_code)

    def cancelled_lines(self, tz: tzinfo) -> list[str]:
        """ "首报·电话（时限11-23 14:30）：等级调整为一般，不再适用首报·电话时限", one per item."""
        return [
            t(
                "{rule}（时限{due:%m-%d %H:%M}）：{reason}",
                rule=self.rule_name(ob),
                due=ob.due_at.astimezone(tz),
                reason=reason,
            )
            for ob, reason in zip(self.cancelled, self.cancel_reasons, strict=True)
        ]


class IncidentService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        timezone: Callable[[], ZoneInfo],
        policy: Callable[[], grading.GradingPolicy],
        is_workday: obligations.IsWorkday = obligations.weekday_is_workday,
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._tz = timezone
        self._policy = policy
        self._is_workday = is_workday
        # Read on every receipt, save and board reload; kept until a "rules" event.
        self._rules: tuple[Rule, ...] | None = None
        events.subscribe(self._on_event)

    def _on_event(self, topic: str) -> None:
        if topic == "rules":
            self._rules = None

    # -- rules -------------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        """The stored rules; a read only (the defaults are written by ensure_default_rules)."""
        if self._rules is None:
            self._rules = tuple(self._store.rules.list())
        return list(self._rules)

    def ensure_default_rules(self) -> bool:
        """Store the default rules if there are none, or replace the first wave's defaults if
        they were never changed (the database was migrated to rules as data); True when it
        wrote. Called once where a room is opened for writing (dutyroom/app/compose.py), never
        from a read. Obligations already created keep their times."""
        stored = self._store.rules.list()
        if stored and not _untouched_first_wave_defaults(stored):
            return False
        with self._store.atomic():
            self._store.rules.replace_all(DEFAULT_RULES)
        self._events.emit("rules")
        return True

    def save_rules(self, rules: Sequence[Rule]) -> list[Rule]:
        """Replace the bureau's rules as a whole, checked first. Obligations already created
        keep their due times: a changed rule applies to obligations created from now on."""
        validate_rules(rules)
        with self._store.atomic():
            self._store.rules.replace_all(rules)
        self._events.emit("rules")
        return self.rules()

    def is_workday(self, day: date) -> bool:
        return self._is_workday(day)

    # -- receipt and edits ---------------------------------------------------------------------
    def receive(
        self, fields: Mapping[str, Any] | None = None, *, received_by: str = ""
    ) -> Incident:
        """Store a new incident; its clocks run from received_at (default: now)."""
        now = self._clock.now()
        fields = fields or {}
        # 接报时间 is shown to the minute; microseconds would only clutter the JSON contract.
        blank = Incident(received_at=now.replace(microsecond=0), received_by=received_by)
        incident = grading.regrade(apply_fields(blank, fields), self._policy())
        check_entered_times(incident, fields, now)
        check_time_order(incident)
        with self._store.atomic():
            stored = self._store.incidents.add(incident)
            self._apply(self._plan(stored, None, now, self.rules(), existing=[]))
            # The log reads in time order: the entry stands at the time the call came in.
            title = stored.title or t("（标题待填）")
            self._log(
                stored.received_at, LogKind.INCIDENT, t("接报：{title}", title=title), stored.id
            )
        self._events.emit("incidents", incident_id=stored.id)
        return stored

    def update(self, incident_id: int, fields: Mapping[str, Any]) -> Incident:
        previous, incident = self._updated(incident_id, fields)
        return self._save(previous, incident)

    def preview_update(self, incident_id: int, fields: Mapping[str, Any]) -> UpdatePreview:
        """The grade and the deadlines `update` would give, without writing anything: the UI
        shows what a falling grade cancels, and why, before the officer confirms it."""
        previous, incident = self._updated(incident_id, fields)
        rules = self.rules()
        plan = self._plan(incident, previous, self._clock.now(), rules)
        return UpdatePreview(
            incident=incident,
            old_grade=previous.effective_grade,
            new_grade=incident.effective_grade,
            grade_reason=incident.grade_override_reason
            if incident.grade_override
            else incident.grade_reason,
            cancelled=tuple(ob for ob, _ in plan.cancel),
            cancel_reasons=tuple(reason for _, reason in plan.cancel),
            added=plan.add,
            rule_names={rule.code: rule.name for rule in rules},
        )

    def _updated(self, incident_id: int, fields: Mapping[str, Any]) -> tuple[Incident, Incident]:
        """The stored incident and the checked, regraded copy `fields` make of it."""
        previous = self._store.incidents.get(incident_id)
        _check_editable(previous, t("不能再修改"))
        if "received_at" in fields:
            raise ValidationError("received_at", t("接报时间须通过“更正接报时间”修改并说明原因"))
        incident = grading.regrade(apply_fields(previous, fields), self._policy())
        check_title_kept(previous, incident)
        check_entered_times(incident, fields, self._clock.now())
        if "occurred_at" in fields:  # a stored pair is not refused for an unrelated edit
            check_time_order(incident)
        return previous, incident

    def override_grade(self, incident_id: int, grade: Grade | None, reason: str) -> Incident:
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.VOIDED:
            raise ValidationError("status", t("事件已作废，不能调整等级"))
        if grade is not None and not reason.strip():
            raise ValidationError("grade_override_reason", t("人工调整等级须填写理由"))
        incident = dataclasses.replace(
            previous, grade_override=grade, grade_override_reason=reason.strip() if grade else ""
        )
        return self._save(previous, incident)

    def close(self, incident_id: int, note: str) -> Incident:
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.CLOSED:
            raise ValidationError("status", t("事件已终结"))
        if previous.status is IncidentStatus.VOIDED:
            raise ValidationError("status", t("事件已作废，不能终结"))
        if not note.strip():
            raise ValidationError("closing_note", t("请填写终结说明"))
        incident = dataclasses.replace(
            previous,
            status=IncidentStatus.CLOSED,
            closed_at=self._clock.now(),
            closing_note=note.strip(),
        )
        return self._save(previous, incident)

    def void(self, incident_id: int, reason: str) -> Incident:
        """作废: a false call or a duplicate. The incident stays (ledger, audit) marked voided
        with the reason; every pending obligation is cancelled with it, so its clocks and
        alarms stop, and it leaves the board, the handover and the statistics."""
        reason = clean_text("reason", reason, VOID_REASON_LIMIT, t("作废原因"))
        if not reason:
            raise ValidationError("reason", t("作废须说明原因（如误报、重复接报）"))
        previous = self._store.incidents.get(incident_id)
        if previous.status is IncidentStatus.VOIDED:
            raise ValidationError("status", t("事件已作废，不能重复作废"))
        if previous.status is IncidentStatus.CLOSED:
            raise ValidationError("status", t("事件已终结，不能作废；如确属误报请联系管理员更正"))
        now = self._clock.now()
        incident = dataclasses.replace(
            previous, status=IncidentStatus.VOIDED, voided_at=now, void_reason=reason
        )
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            self._apply(self._plan(stored, previous, now, self.rules()))
            title = stored.title or t("（无标题）")
            self._log(
                now,
                LogKind.INCIDENT,
                t("作废：{title}，原因：{reason}", title=title, reason=reason),
                incident_id,
            )
        self._events.emit("incidents", incident_id=incident_id)
        self._events.emit("alarms")
        self._events.emit("log")
        return stored

    def _save(self, previous: Incident, incident: Incident) -> Incident:
        now = self._clock.now()
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            self._apply(self._plan(stored, previous, now, self.rules()))
        self._events.emit("incidents", incident_id=stored.id)
        return stored

    def _plan(
        self,
        incident: Incident,
        previous: Incident | None,
        now: datetime,
        rules: list[Rule],
        *,
        existing: list[Obligation] | None = None,
    ) -> Plan:
        """The one planning call of every write (and of `preview_update`), with the room's
        grading policy; `existing` defaults to the incident's stored obligations."""
        assert incident.id is not None
        if existing is None:
            existing = self._store.obligations.for_incident(incident.id)
        return obligations.plan(
            incident,
            rules,
            existing,
            now,
            self._tz(),
            previous=previous,
            policy=self._policy(),
            is_workday=self._is_workday,
        )

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
        """Record a report with its evidence; the next 续报 follows from the stored times.

        With recipients, the evidence meets the unit it names (`to_unit`); the obligation is done
        when every unit is. The time done defaults to now in the form; any other time (a report
        made earlier and recorded late) needs `reason`, which is kept in the evidence note and the
        duty log. A late completion keeps its minutes late for ever.
        """
        now = self._clock.now()
        evidence = report_evidence.checked_evidence(obligation_id, evidence, now, reason.strip())
        obligation = self._store.obligations.get(obligation_id)
        if obligation.incident_id is None:
            raise ValidationError("obligation_id", t("该时限属于值班日志事项，不是事件的报送"))
        # One fax or system message often goes to several units at once: "市应急管理局、县政府".
        pieces = report_evidence.by_unit(obligation, evidence)
        unit_text = evidence.to_unit.strip()  # as the officer wrote it, all units in one
        met = report_evidence.met_by(obligation, pieces)
        incident = self._store.incidents.get(obligation.incident_id)
        report_evidence.check_after(evidence, incident.received_at, t("接报时间"))
        rules = {r.code: r for r in self.rules()}
        rule = rules.get(obligation.rule_code)
        others = report_evidence.same_document(
            obligation, pieces, self._store.obligations.for_incident(obligation.incident_id)
        )
        with self._store.atomic():
            self._store.obligations.update(met)
            for piece in pieces:
                self._store.obligations.add_evidence(piece)
            for other, other_pieces in others:
                self._store.obligations.update(other)
                for piece in other_pieces:
                    self._store.obligations.add_evidence(piece)
            self._apply(self._plan(incident, None, now, self.rules()))
            # In layers, each with its own words, so the stored line can be read back (ui).
            line = t(
                "报送：{title}「{rule}」，{method}报{to}",
                title=incident.title or t("事件"),
                rule=rule.name if rule else obligation.rule_code,
                method=evidence.method,
                to=" ".join(part for part in (unit_text, evidence.to_person.strip()) if part),
            )
            if met.status is ObligationState.DONE and met.minutes_late:
                line = t("{line}，迟报{minutes_late}分钟", line=line, minutes_late=met.minutes_late)
            if met.status is ObligationState.PENDING:
                line = t(
                    "{line}（尚未报送：{units}）", line=line, units="、".join(met.missing_units())
                )
            if others:
                names = "、".join(
                    (rules[o.rule_code].name if o.rule_code in rules else o.rule_code)
                    for o, _ in others
                )
                line = t("{line}（同一份报告同时满足：{names}）", line=line, names=names)
            if reason.strip():
                line = t("{line}（报送时间补录：{reason}）", line=line, reason=reason.strip())
            # 记录人 of the line is who made the report (经办人), as on the paper log.
            self._store.log.add(
                LogEntry(
                    at=evidence.done_at,
                    kind=LogKind.REPORT,
                    content=line,
                    taken_by=evidence.by.strip(),
                    ref_table="incident",
                    ref_id=incident.id,
                )
            )
        self._events.emit("incidents", incident_id=incident.id)
        return met

    def mark_stable(self, incident_id: int, at: datetime | None = None) -> Incident:
        """灾情稳定: the daily 续报 stop and the 核报 clock starts (working days from `at`)."""
        previous = self._store.incidents.get(incident_id)
        _check_editable(previous, t("不能标记灾情稳定"))
        if previous.stable_at is not None:
            raise ValidationError("stable_at", t("已标记灾情稳定"))
        now = self._clock.now()
        when = (at or now).replace(microsecond=0)
        check_not_future("stable_at", when, now)
        if when < previous.received_at:
            raise ValidationError("stable_at", t("灾情稳定时间不能早于接报时间"))
        incident = dataclasses.replace(previous, stable_at=when)
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            self._apply(self._plan(stored, previous, now, self.rules()))
            self._log(
                when,
                LogKind.INCIDENT,
                t("{title}：灾情稳定", title=stored.title or t("事件")),
                incident_id,
            )
        self._events.emit("incidents", incident_id=incident_id)
        self._events.emit("log")
        return stored

    # -- corrections ----------------------------------------------------------------------------
    def correct_received_at(self, incident_id: int, new_time: datetime, reason: str) -> Incident:
        """Correct 接报时间 (the call came in earlier than it was entered), with a reason.

        Pending obligations anchored on it are cancelled with "接报时间更正：…" and planned
        again from the corrected time; done ones keep their times and lateness.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", t("更正接报时间须说明原因"))
        if new_time.tzinfo is None:
            raise ValidationError("received_at", t("接报时间缺少时区"))
        previous = self._store.incidents.get(incident_id)
        _check_editable(previous, t("不能更正接报时间"))
        now = self._clock.now()
        check_not_future("received_at", new_time, now)
        if new_time == previous.received_at:
            return previous
        tz = self._tz()
        label = t(
            "接报时间更正：{reason}（原{before:%m-%d %H:%M}，现{after:%m-%d %H:%M}）",
            reason=reason,
            before=previous.received_at.astimezone(tz),
            after=new_time.astimezone(tz),
        )
        incident = dataclasses.replace(previous, received_at=new_time)
        check_time_order(incident)
        with self._store.atomic():
            stored = self._store.incidents.update(incident)
            plan = self._plan(stored, previous, now, self.rules())
            self._apply(Plan(add=plan.add, cancel=tuple((ob, label) for ob, _ in plan.cancel)))
            self._log(
                now,
                LogKind.INCIDENT,
                t("{title}：{label}", title=stored.title or t("事件"), label=label),
                incident_id,
            )
        self._events.emit("incidents", incident_id=incident_id)
        return stored

    # -- reading --------------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident:
        return self._store.incidents.get(incident_id)

    def obligations_of(self, incident_id: int) -> list[Obligation]:
        return self._store.obligations.for_incident(incident_id)

    def open_incidents(self) -> list[Incident]:
        return self._store.incidents.list_open()

    def received_between(self, start: datetime, end: datetime) -> list[Incident]:
        """Incidents whose 接报时间 is in [start, end), voided ones included (the record)."""
        return self._store.incidents.list_between(start, end)

    def evidence_of(self, obligation_id: int) -> list[Evidence]:
        return self._store.obligations.evidence(obligation_id)

    def open_timers(self, now: datetime | None = None) -> list[OpenTimer]:
        """Every pending obligation with its timer at `now`, most urgent first."""
        now = now or self._clock.now()
        rules = {rule.code: rule for rule in self.rules()}
        # One read of the open incidents, not one per obligation's incident; a closed
        # incident's 终报 is read on its own.
        incidents = {i.id: i for i in self._store.incidents.list_open() if i.id is not None}
        result = []
        for ob in self._store.obligations.open():
            key = ob.incident_key
            if key not in incidents:
                incidents[key] = self._store.incidents.get(key)
            result.append(_open_timer(incidents[key], ob, rules, now))
        result.sort(key=lambda t: t.obligation.due_at)
        return result

    def open_timers_of(
        self, incident_id: int, now: datetime | None = None
    ) -> tuple[frozenset[int], list[OpenTimer]]:
        """The ids of all of one incident's obligations (pending, done, cancelled) and the
        timers of its pending ones, most urgent first: what the alarms replace after a write
        to that incident alone, in two reads however many incidents are open."""
        now = now or self._clock.now()
        rules = {rule.code: rule for rule in self.rules()}
        incident = self._store.incidents.get(incident_id)
        every = self._store.obligations.for_incident(incident_id)
        ids = frozenset(ob.id for ob in every if ob.id is not None)
        result = [
            _open_timer(incident, ob, rules, now)
            for ob in every
            if ob.status is ObligationState.PENDING
        ]
        result.sort(key=lambda t: t.obligation.due_at)
        return ids, result

    def _log(self, at: datetime, kind: LogKind, content: str, ref_id: int | None) -> None:
        self._store.log.add(
            LogEntry(at=at, kind=kind, content=content, ref_table="incident", ref_id=ref_id)
        )


def _untouched_first_wave_defaults(rules: Sequence[Rule]) -> bool:
    """The six rules the first wave stored, as migration 0007 converted them, unchanged."""
    first_wave = {
        "first_phone": ("major", 30),
        "first_written": ("major", 60),
        "general_written": ("general", 180),
        "followup": ("open_major", 1440),
        "supplementary": ("casualty_change", 0),
        "final": ("closing_major", 60),
    }
    if {r.code for r in rules} != set(first_wave) or any(r.source for r in rules):
        return False
    for rule in rules:
        applies, offset = first_wave[rule.code]
        mode, condition = LEGACY_APPLIES[applies]
        if (rule.applies, rule.condition, rule.offset_minutes) != (mode, condition, offset):
            return False
        if not rule.enabled or rule.recipients or rule.at_times:
            return False
    return True


def _open_timer(
    incident: Incident, ob: Obligation, rules: Mapping[str, Rule], now: datetime
) -> OpenTimer:
    rule = rules.get(ob.rule_code)
    warn = rule.warn_minutes if rule else 10
    critical = rule.critical_minutes if rule else 5
    timer = obligations.timer(ob, now, warn_minutes=warn, critical_minutes=critical)
    return OpenTimer(incident, ob, rule, timer)


def _check_editable(incident: Incident, what: str) -> None:
    """A closed or voided incident is part of the record: it is not edited any more."""
    if incident.status is IncidentStatus.CLOSED:
        raise ValidationError("status", t("事件已终结，{what}；如需更正请联系管理员", what=what))
    if incident.status is IncidentStatus.VOIDED:
        raise ValidationError("status", t("事件已作废，{what}", what=what))
