"""Shift handover (交接班): draft from the record, submit, accept (locks), annotate (new version).

What happens after acceptance (the daily workbook export and a backup) is injected as
`after_accept`: the core cannot import db, the composition root (dutyroom/app/compose.py) can.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dutyroom import handover as sheets
from dutyroom.clock import Clock
from dutyroom.errors import ConflictError, ValidationError
from dutyroom.events import Events
from dutyroom.handover import ClockLine, EquipmentItem, HandoverSheet, IncidentLine, LogClockLine
from dutyroom.incident_service import IncidentService, OpenTimer
from dutyroom.log_clocks import LogTimer
from dutyroom.log_service import LogService
from dutyroom.messages import t
from dutyroom.models import Handover, IncidentStatus, LogKind, ObligationKind, ObligationState
from dutyroom.ports import Store
from dutyroom.roster import DutyStatus, Shift

EQUIPMENT_KEY = "handover_equipment"  # JSON list of names, the bureau's own checklist
REMINDER_KEY = "handover_reminder_minutes"
# How far back a draft looks for the last sheet handed over (a skipped handover or two, a
# holiday week): a fault older than that has surely been seen to or written up elsewhere.
CARRY_LOOKBACK = timedelta(days=31)
CLOCK_STATES = {
    ObligationState.PENDING: t("计时中"),
    ObligationState.WARNING: t("临近"),
    ObligationState.CRITICAL: t("紧急"),
    ObligationState.OVERDUE: t("已超时"),
}
KIND_NAMES = {
    ObligationKind.PHONE: t("电话报告"),
    ObligationKind.WRITTEN: t("书面报告"),
    ObligationKind.FOLLOWUP: t("续报"),
    ObligationKind.SUPPLEMENTARY: t("补报"),
    ObligationKind.FINAL: t("终报"),
}
AfterAccept = Callable[[Handover], None]


def clock_line(item: OpenTimer) -> ClockLine:
    ob, seconds = item.obligation, item.timer.seconds_left
    overdue = item.timer.state is ObligationState.OVERDUE
    return ClockLine(
        incident_id=ob.incident_key,
        incident_title=item.incident.title or t("（无标题）"),
        rule=item.rule.name if item.rule else ob.rule_code,
        kind=KIND_NAMES.get(ob.kind, ob.kind.value),
        due_at=ob.due_at,
        state=CLOCK_STATES.get(item.timer.state, item.timer.state.value),
        minutes_left=None if overdue else math.ceil(seconds / 60),
        minutes_late=math.ceil(-seconds / 60) if overdue else None,
        missing=ob.missing_units(),
        reached=tuple(r.unit for r in ob.recipients if r.done_at is not None),
    )


def log_clock_line(item: LogTimer) -> LogClockLine:
    ob, seconds = item.obligation, item.timer.seconds_left
    overdue = item.timer.state is ObligationState.OVERDUE
    return LogClockLine(
        entry_id=item.entry.id or 0,
        kind=item.entry.kind.value,
        at=item.entry.at,
        content=item.entry.content,
        rule=item.rule.name if item.rule else ob.rule_code,
        due_at=ob.due_at,
        state=CLOCK_STATES.get(item.timer.state, item.timer.state.value),
        minutes_left=None if overdue else math.ceil(seconds / 60),
        minutes_late=math.ceil(-seconds / 60) if overdue else None,
        missing="、".join(ob.missing_units()),
    )


class HandoverService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        timezone: Callable[[], ZoneInfo],
        duty: Callable[[datetime], tuple[DutyStatus, DutyStatus]],
        incidents: IncidentService,
        log: LogService,
        after_accept: AfterAccept | None = None,
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._tz = timezone
        self._duty = duty
        self._incidents = incidents
        self._log = log
        self.after_accept = after_accept  # set by the composition root

    # -- settings ------------------------------------------------------------------------------
    def equipment_names(self) -> list[str]:
        raw = self._store.settings.get(EQUIPMENT_KEY)
        names = json.loads(raw) if raw else list(sheets.DEFAULT_EQUIPMENT)
        return [str(n) for n in names if str(n).strip()]

    def set_equipment_names(self, names: list[str]) -> None:
        cleaned = [n.strip() for n in names if n.strip()]
        if not cleaned:
            raise ValidationError("equipment", t("设备检查清单不能为空"))
        self._store.settings.set(EQUIPMENT_KEY, json.dumps(cleaned, ensure_ascii=False))
        self._events.emit("bureau")

    def reminder_minutes(self) -> int:
        value = self._store.settings.get(REMINDER_KEY)
        return int(value) if value and value.isdigit() else sheets.DEFAULT_REMINDER_MINUTES

    def reminder_at(self, shift: Shift) -> datetime:
        """When to remind the outgoing shift (the Qt side schedules it)."""
        return sheets.reminder_at(shift.end, self.reminder_minutes())

    # -- drafting ------------------------------------------------------------------------------
    def draft(self, shift: Shift) -> HandoverSheet:
        """A sheet filled from the record: people, incidents, every running clock, 批示, and what
        the last sheet handed over that is still unsettled (equipment faults, 未办结事项)."""
        now = self._clock.now()
        this, following = self._duty(shift.start)
        clocks = tuple(clock_line(t) for t in self._incidents.open_timers(now))
        followups = [c for c in clocks if c.kind == KIND_NAMES[ObligationKind.FOLLOWUP]]
        tz = self._tz()
        instructions = tuple(
            f"{e.at.astimezone(tz):%H:%M} {e.content}"
            for e in self._log.for_shift(shift, [LogKind.INSTRUCTION])
        )
        fresh = HandoverSheet(
            shift_start=shift.start,
            shift_end=shift.end,
            drafted_at=now,
            outgoing_leaders=tuple(p.name for p in this.leaders),
            outgoing_officers=tuple(p.name for p in (*this.chiefs, *this.officers)),
            incoming_leaders=tuple(p.name for p in following.leaders),
            incoming_officers=tuple(p.name for p in (*following.chiefs, *following.officers)),
            incidents=self._incident_lines(shift),
            clocks=clocks,
            next_followup=min(followups, key=lambda c: c.due_at) if followups else None,
            instructions=instructions,
            equipment=tuple(EquipmentItem(name) for name in self.equipment_names()),
            # Every pending 预警/来文/批示 clock, whatever shift logged it: carried until done.
            log_clocks=tuple(log_clock_line(item) for item in self._log.open_timers(now)),
        )
        return sheets.carry_over(fresh, self._handed_over_before(shift))

    def _handed_over_before(self, shift: Shift) -> HandoverSheet | None:
        """The latest version of the last sheet submitted for an earlier shift (accepted or
        not: the outgoing shift said it either way)."""
        earlier = self._store.handovers.between(shift.start - CARRY_LOOKBACK, shift.start)
        return self.sheet_of(earlier[-1]) if earlier else None

    def _incident_lines(self, shift: Shift) -> tuple[IncidentLine, ...]:
        received = sorted(
            self._store.incidents.list_between(shift.start, shift.end), key=lambda i: i.received_at
        )
        seen = {i.id for i in received}
        older = [i for i in self._store.incidents.list_open() if i.id not in seen]
        older = sorted(
            (i for i in older if i.received_at < shift.start), key=lambda i: i.received_at
        )
        # A voided incident (false call, duplicate) is not handed over: it has nothing open.
        received = [i for i in received if i.status is not IncidentStatus.VOIDED]
        lines = []
        for incident, carried in [*((i, True) for i in older), *((i, False) for i in received)]:
            assert incident.id is not None
            closed = incident.status is IncidentStatus.CLOSED
            lines.append(
                IncidentLine(
                    incident_id=incident.id,
                    title=incident.title or t("（无标题）"),
                    received_at=incident.received_at,
                    grade=incident.effective_grade.value,
                    status=t("已终结") if closed else t("处置中"),
                    carried_over=carried,
                )
            )
        return tuple(lines)

    # -- the stored sheet ----------------------------------------------------------------------
    def versions(self, shift: Shift) -> list[Handover]:
        return self._store.handovers.for_shift(shift.start)

    def current(self, shift: Shift) -> Handover | None:
        versions = self.versions(shift)
        return versions[-1] if versions else None

    def get(self, handover_id: int) -> Handover:
        return self._store.handovers.get(handover_id)

    @staticmethod
    def sheet_of(handover: Handover) -> HandoverSheet:
        return sheets.from_json(handover.content)

    def state(self, shift: Shift) -> str:
        versions = self.versions(shift)
        if not versions:
            return sheets.STATE_NONE
        accepted = any(h.accepted_at is not None for h in versions)
        return sheets.STATE_ACCEPTED if accepted else sheets.STATE_PENDING

    def status(self, shift: Shift) -> sheets.SheetStatus:
        """草稿 (nothing stored), 已提交 or 已接班, with who and when, as paper says it."""
        versions = self.versions(shift)
        if not versions:
            return sheets.SheetStatus()
        return sheets.status_of(versions[0], versions[-1], self.sheet_of(versions[-1]))

    def submit(self, sheet: HandoverSheet, by: str) -> Handover:
        """Store the outgoing shift's sheet (version 1); resubmitting before acceptance replaces
        it (the audit trail keeps the earlier text); after acceptance only `annotate` is allowed."""
        sheets.validate_sheet(sheet)
        if not by.strip():
            raise ValidationError("by", t("请填写交班人"))
        current = self.current_for(sheet.shift_start)
        now = self._clock.now()
        sheet = dataclasses.replace(sheet, submitted_at=now, submitted_by=by.strip())
        record = Handover(
            shift_start=sheet.shift_start,
            outgoing="、".join(sheet.outgoing),
            incoming="、".join(sheet.incoming),
            content=sheets.to_json(sheet),
            created_at=now,
        )
        if current is None:
            stored = self._store.handovers.add(record)
        elif current.accepted_at is not None:
            raise ConflictError(t("本班交接已完成并锁定，不能修改；如需更正请添加批注"))
        else:
            stored = self._store.handovers.update(
                dataclasses.replace(record, id=current.id, version=current.version)
            )
        self._events.emit("handover")
        return stored

    def current_for(self, shift_start: datetime) -> Handover | None:
        versions = self._store.handovers.for_shift(shift_start)
        return versions[-1] if versions else None

    def accept(self, handover_id: int, leader_name: str, officer_name: str) -> Handover:
        """The incoming 带班领导 and 值班员 confirm by name; the sheet locks. Then
        `after_accept` runs (export, backup); if it fails, the acceptance stands and the error
        reaches the caller."""
        handover = self._store.handovers.get(handover_id)
        if handover.accepted_at is not None:
            raise ConflictError(t("本班交接已完成，无需重复接班"))
        leader, officer = sheets.check_acceptors(self.sheet_of(handover), leader_name, officer_name)
        now = self._clock.now()
        with self._store.atomic():
            accepted = self._store.handovers.update(
                dataclasses.replace(handover, accepted_at=now, accepted_by=f"{leader}、{officer}")
            )
            self._log.add(
                LogKind.OTHER,
                t(
                    "交接班完成：{outgoing}交班，{leader}、{officer}接班",
                    outgoing=handover.outgoing or t("交班人员"),
                    leader=leader,
                    officer=officer,
                ),
                at=now,
                taken_by=officer,
                ref_table="handover",
                ref_id=accepted.id,
            )
        self._events.emit("handover")
        if self.after_accept is not None:
            self.after_accept(accepted)
        return accepted

    def annotate(self, handover_id: int, text: str, by: str) -> Handover:
        """A correction to an accepted (locked) sheet: version n+1 carrying the annotation."""
        base = self._store.handovers.get(handover_id)
        if base.accepted_at is None:
            raise ConflictError(t("交接尚未完成，可直接修改后重新提交，无需批注"))
        latest = self.current_for(base.shift_start)
        assert latest is not None
        sheet = sheets.annotated(self.sheet_of(latest), self._clock.now(), by, text)
        new = dataclasses.replace(
            latest,
            content=sheets.to_json(sheet),
            created_at=self._clock.now(),
            version=latest.version + 1,
            id=None,
        )
        stored = self._store.handovers.add(new)
        self._events.emit("handover")
        return stored
