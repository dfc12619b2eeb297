"""Reporting obligations from an incident and the rules, and their timer state at a given `now`."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from dutyroom.errors import ValidationError
from dutyroom.grading import DEFAULT_POLICY, GradingPolicy
from dutyroom.messages import joined, t
from dutyroom.models import (
    Anchor,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    Recipient,
    Rule,
)
from dutyroom.rule_conditions import (
    MODE_CASUALTY_CHANGE,
    MODE_ONCE,
    MODE_SERIES,
    SUBJECT_INCIDENT,
    why_not,
)
from dutyroom.rules import supplementary_window_days

_SECOND = timedelta(seconds=1)
_PENDING = ObligationState.PENDING
_DONE = ObligationState.DONE
_CANCELLED = ObligationState.CANCELLED
# Reports whose sending restarts the 续报 clock (Anchor.PREVIOUS).
_PREVIOUS_KINDS = (ObligationKind.WRITTEN, ObligationKind.FOLLOWUP, ObligationKind.VERIFY)
# Whether a working day (the 核报's two working days); without a calendar, Monday to Friday.
IsWorkday = Callable[[date], bool]
_CN_NUMBERS = "一二三四五六七八九十"


# ---------------------------------------------------------------------------- timer state


def state_at(
    ob: Obligation, now: datetime, *, warn_minutes: int = 10, critical_minutes: int = 5
) -> ObligationState:
    """The displayed state: stored done/cancelled, or pending refined by the time left."""
    if ob.status is _CANCELLED:
        return _CANCELLED
    if ob.status is _DONE:
        return ObligationState.DONE_LATE if (ob.minutes_late or 0) > 0 else _DONE
    left = ob.due_at - now
    if left < timedelta(0):
        return ObligationState.OVERDUE
    if left <= timedelta(minutes=critical_minutes):
        return ObligationState.CRITICAL
    if left <= timedelta(minutes=warn_minutes):
        return ObligationState.WARNING
    return _PENDING


@dataclass(frozen=True, slots=True)
class Timer:
    """An obligation's countdown at one moment: its state and the seconds left."""

    obligation: Obligation
    state: ObligationState
    seconds_left: int  # floor of due_at - now; negative once overdue


def timer(
    ob: Obligation, now: datetime, warn_minutes: int = 10, critical_minutes: int = 5
) -> Timer:
    """The countdown of one obligation; cheap enough to run for every obligation every second."""
    state = state_at(ob, now, warn_minutes=warn_minutes, critical_minutes=critical_minutes)
    return Timer(ob, state, (ob.due_at - now) // _SECOND)


def minutes_late(due_at: datetime, done_at: datetime) -> int:
    """0 when on time; otherwise whole minutes, rounded up (one second late is one minute late)."""
    if done_at <= due_at:
        return 0
    return math.ceil((done_at - due_at) / timedelta(minutes=1))


def sequence_label(sequence: int) -> str:
    """续报一、二…: the Chinese ordinal used in report titles."""
    if 1 <= sequence <= 10:
        return _CN_NUMBERS[sequence - 1]
    if 11 <= sequence <= 19:
        return "十" + _CN_NUMBERS[sequence - 11]
    return str(sequence)


# ---------------------------------------------------------------------------- completion

_EVIDENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("method", t("请填写报送方式")),
    ("to_unit", t("请填写报送单位")),
    ("by", t("请填写报送人")),
)


def complete(ob: Obligation, evidence: Evidence) -> Obligation:
    """The copy of a pending obligation that `evidence` makes: evidence of how, to whom and by
    whom is required. With recipients, the evidence meets the one it names; the obligation is
    done (its time the last recipient's) when every recipient is, and pending until then."""
    if ob.status is not _PENDING:
        raise ValidationError("status", t("该时限已完成或已取消"))
    for name, message in _EVIDENCE_FIELDS:
        if not str(getattr(evidence, name)).strip():
            raise ValidationError(name, message)
    if evidence.done_at.tzinfo is None:
        raise ValidationError("done_at", t("报送时间缺少时区"))
    if not ob.recipients:
        return _done(ob, evidence.done_at)
    unit = recipient_for(ob, evidence.to_unit)
    recipients = tuple(
        dataclasses.replace(r, done_at=evidence.done_at) if r.unit == unit else r
        for r in ob.recipients
    )
    met = dataclasses.replace(ob, recipients=recipients)
    if met.missing_units():
        return met
    return _done(met, max(r.done_at for r in recipients if r.done_at is not None))


# Words offices leave out when they name a unit: "市应急局" is 市应急管理局, "县政府值班室" is
# 县人民政府总值班室.
_UNIT_FILLERS = ("人民", "管理", "总值班室", "值班室", "值班")


def _unit_core(unit: str) -> str:
    for filler in _UNIT_FILLERS:
        unit = unit.replace(filler, "")
    return unit


def recipient_for(ob: Obligation, to_unit: str) -> str:
    """The recipient of `ob` that a report to `to_unit` reaches: the same name, or the one
    still missing whose name, without the words offices leave out, contains or is contained in
    it ("市应急局值班室" reaches "市应急管理局"); ValidationError naming the missing ones
    when none or several match."""
    typed = to_unit.strip()
    missing = ob.missing_units()
    if typed in missing:
        return typed
    short = _unit_core(typed)
    near = [
        unit
        for unit in missing
        if short and (_unit_core(unit) in short or short in _unit_core(unit))
    ]
    if len(near) == 1:
        return near[0]
    if typed in {r.unit for r in ob.recipients} or (
        not near
        and any(_unit_core(r.unit) in short for r in ob.recipients if r.done_at is not None)
    ):
        raise ValidationError("to_unit", t("已向“{unit}”报送过", unit=typed))
    if near:
        raise ValidationError(
            "to_unit",
            t("“{unit}”可指{units}，请写明其中一个", unit=typed, units=joined("、", near)),
        )
    raise ValidationError(
        "to_unit",
        t(
            "“{unit}”不是该时限的报送对象；尚未报送：{missing}",
            unit=typed,
            missing=joined("、", missing),
        ),
    )


def _done(ob: Obligation, done_at: datetime) -> Obligation:
    return dataclasses.replace(
        ob, status=_DONE, done_at=done_at, minutes_late=minutes_late(ob.due_at, done_at)
    )


def recipients_line(ob: Obligation, tz: tzinfo) -> str:
    """ "已报：市应急管理局 14:20；未报：县人民政府总值班室" (empty without recipients)."""
    done = [
        t("{unit} {at:%H:%M}", unit=r.unit, at=r.done_at.astimezone(tz))
        for r in ob.recipients
        if r.done_at is not None
    ]
    parts = []
    if done:
        parts.append(t("已报：{units}", units=joined("、", done)))
    if ob.missing_units():
        parts.append(t("未报：{units}", units=joined("、", ob.missing_units())))
    return joined("；", parts)


# ---------------------------------------------------------------------------- planning


@dataclass(frozen=True, slots=True)
class Plan:
    """What a change of an incident does to its obligations: new ones, cancelled ones."""

    add: tuple[Obligation, ...] = ()
    cancel: tuple[tuple[Obligation, str], ...] = ()  # obligation and the reason, in Chinese

    def overdue_on_arrival(self, now: datetime) -> tuple[Obligation, ...]:
        """New obligations already past due: the screen must say so loudly."""
        return tuple(ob for ob in self.add if ob.due_at < now)

    @property
    def empty(self) -> bool:
        return not self.add and not self.cancel


@dataclass(slots=True)
class _Planner:
    """The working state of one planning pass over an incident's obligations."""

    incident: Incident
    incident_id: int
    mine: list[Obligation]
    now: datetime
    tz: tzinfo
    previous: Incident | None
    policy: GradingPolicy
    is_workday: IsWorkday
    add: list[Obligation] = field(default_factory=list)
    cancel: list[tuple[Obligation, str]] = field(default_factory=list)

    def of_rule(self, rule: Rule, status: ObligationState) -> list[Obligation]:
        return [o for o in self.mine if o.rule_code == rule.code and o.status is status]

    def new(self, rule: Rule, anchor_at: datetime, due_at: datetime, sequence: int = 1) -> None:
        self.add.append(
            Obligation(
                incident_id=self.incident_id,
                rule_code=rule.code,
                kind=rule.kind,
                anchor=rule.anchor,
                anchor_at=anchor_at,
                due_at=due_at,
                sequence=sequence,
                created_at=self.now,
                recipients=tuple(Recipient(unit) for unit in rule.recipients),
            )
        )

    def drop(self, obs: Sequence[Obligation], reason: str) -> None:
        self.cancel.extend((o, reason) for o in obs)

    def due(self, rule: Rule, anchor_at: datetime, sequence: int = 1) -> datetime:
        return due_time(
            rule, anchor_at, self.incident.effective_grade, sequence, self.tz, self.is_workday
        )


def anchor_time(
    anchor: Anchor, incident: Incident, obligations: Sequence[Obligation]
) -> datetime | None:
    """The instant a rule's clock runs from; None when it does not exist yet (not closed)."""
    if anchor is Anchor.RECEIVED:
        return incident.received_at
    if anchor is Anchor.OCCURRED:
        return incident.occurred_at or incident.received_at
    if anchor is Anchor.CLOSED:
        return incident.closed_at
    if anchor is Anchor.STABLE:
        return incident.stable_at
    if anchor is Anchor.LOGGED:
        return None
    done = [
        o.done_at
        for o in obligations
        if o.status is _DONE and o.kind in _PREVIOUS_KINDS and o.done_at is not None
    ]
    return max(done) if done else incident.received_at


def anchor_fell_back(ob: Obligation, incident: Incident) -> bool:
    """事发时间 unknown, so the clock runs from 接报: the screen says so."""
    return ob.anchor is Anchor.OCCURRED and incident.occurred_at is None


def offset_minutes(rule: Rule, grade: Grade, sequence: int = 1) -> int:
    """Minutes from anchor to due: repeats use repeat_minutes; 重大 and up repeat_minutes_major."""
    if rule.repeat_minutes_major is not None and grade.rank >= Grade.MAJOR.rank:
        return rule.repeat_minutes_major
    if sequence > 1 and rule.repeat_minutes is not None:
        return rule.repeat_minutes
    return rule.offset_minutes


def weekday_is_workday(day: date) -> bool:
    return day.weekday() < 5


def due_time(
    rule: Rule,
    anchor_at: datetime,
    grade: Grade,
    sequence: int,
    tz: tzinfo,
    is_workday: IsWorkday = weekday_is_workday,
) -> datetime:
    """When an obligation of `rule` from `anchor_at` is due.

    Working days: 24:00 of the Nth working day after the anchor's local day. Otherwise anchor +
    offset, and with times of day the first of them at or after that (offset is then the least
    time the officer is given: "by 09:00, at least an hour after the last report").
    """
    if rule.working_days > 0:
        day = anchor_at.astimezone(tz).date()
        left = rule.working_days
        while left:
            day += timedelta(days=1)
            if is_workday(day):
                left -= 1
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    earliest = anchor_at + timedelta(minutes=offset_minutes(rule, grade, sequence))
    if not rule.at_times:
        return earliest
    local = earliest.astimezone(tz)
    candidates = [
        datetime.combine(local.date() + timedelta(days=days), at, tzinfo=tz)
        for days in (0, 1)
        for at in rule.at_times
    ]
    return min(c for c in candidates if c >= earliest)


def next_midnight(now: datetime, tz: tzinfo) -> datetime:
    """24:00 of `now`'s local date: the 补报 deadline."""
    local_day = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(local_day, time(0), tzinfo=tz)


def _already_reported(p: _Planner, rule: Rule) -> bool:
    """A report of the same kind already reached every unit this rule names, and this rule is
    for the lower grades (the event was reported in writing while it counted as major, and is
    now 一般): a rising grade still calls for its own report."""
    if rule.condition.max_grade is None:
        return False
    wanted = set(rule.recipients)
    for o in p.mine:
        if o.status is _DONE and o.kind is rule.kind and o.rule_code != rule.code:
            reached = {r.unit for r in o.recipients}
            if (not wanted and not o.recipients) or (wanted and wanted <= reached):
                return True
    return False


def _once(p: _Planner, rule: Rule) -> None:
    """首报, 一般·书面, 初报, 核报, 终报: exactly one live obligation while the rule applies.

    A pending obligation keeps its due time when the rule is edited (a changed rule affects new
    obligations only); it is replaced, with the reason, only when its anchor time changes."""
    pending = p.of_rule(rule, _PENDING)
    reason = why_not(rule, p.incident, p.policy)
    if reason is not None:
        p.drop(pending, reason)
        return
    anchor_at = anchor_time(rule.anchor, p.incident, p.mine)
    if anchor_at is None:
        return
    moved = [o for o in pending if o.anchor_at != anchor_at]
    for ob in moved:
        if ob.anchor is Anchor.OCCURRED and p.previous and p.previous.occurred_at is None:
            p.drop([ob], t("事发时间已填写，{name}按事发时间重新计时", name=rule.name))
        else:
            p.drop([ob], t("{name}起算时间已更正，重新计时", name=rule.name))
    if len(moved) < len(pending) or p.of_rule(rule, _DONE):
        return
    if _already_reported(p, rule):
        return
    p.new(rule, anchor_at, p.due(rule, anchor_at))


def _series(p: _Planner, rule: Rule) -> None:
    """续报: one pending report at a time while the rule applies, numbered 一、二…"""
    pending = p.of_rule(rule, _PENDING)
    reason = why_not(rule, p.incident, p.policy)
    if reason is not None:
        p.drop(pending, reason)
        return
    anchor_at = anchor_time(rule.anchor, p.incident, p.mine)
    if anchor_at is None:
        return
    grade = p.incident.effective_grade
    sequence = len(p.of_rule(rule, _DONE)) + 1
    due_at = p.due(rule, anchor_at, sequence)
    regraded = p.previous is not None and p.previous.effective_grade is not grade
    keep: list[Obligation] = []
    for ob in pending:
        current = (ob.anchor_at, ob.sequence) == (anchor_at, sequence)
        if current and not keep and (ob.due_at == due_at or not regraded):
            keep.append(ob)  # an edited rule does not re-time it; a new grade does, with reason
            continue
        if current and regraded:
            reason = t(
                "等级调整为{grade}，{name}间隔改为{interval}",
                grade=grade.value,
                name=rule.name,
                interval=_hours(offset_minutes(rule, grade, sequence)),
            )
        elif ob.sequence != sequence or ob.anchor_at < anchor_at:
            reason = t("已有新的报送，{name}重新计时", name=rule.name)
        else:
            reason = t("{name}起算时间已更正，重新计时", name=rule.name)
        p.drop([ob], reason)
    if not keep:
        p.new(rule, anchor_at, due_at, sequence)


def _hours(minutes: int) -> str:
    return t("{n}小时", n=minutes // 60) if minutes % 60 == 0 else t("{n}分钟", n=minutes)


def _supplementary(p: _Planner, rule: Rule) -> None:
    """补报: casualty numbers changed after a report went out, within the window after the event."""
    prev = p.previous
    if prev is None or prev.casualties == p.incident.casualties:
        return
    if why_not(rule, p.incident, p.policy) is not None:
        return
    if not any(o.status is _DONE for o in p.mine):
        return  # nothing reported yet: the new numbers go into the pending first report
    start = p.incident.occurred_at or p.incident.received_at
    window = timedelta(days=supplementary_window_days(p.incident.category, p.incident.subtype))
    if p.now - start > window or p.of_rule(rule, _PENDING):
        return
    # The clock runs from the moment the change was recorded, due by 24:00 that local day.
    p.new(rule, p.now, next_midnight(p.now, p.tz))


def void_reason_text(incident: Incident) -> str:
    """The cancellation reason of a voided incident's obligations: "事件已作废：误报"."""
    return (
        t("事件已作废：{void_reason}", void_reason=incident.void_reason)
        if incident.void_reason
        else t("事件已作废")
    )


def _voided(incident: Incident, existing: Sequence[Obligation]) -> Plan:
    """作废: every pending obligation of the incident, of any rule, is cancelled; none is added."""
    reason = void_reason_text(incident)
    mine = (o for o in existing if o.incident_id == incident.id and o.status is _PENDING)
    return Plan(cancel=tuple((o, reason) for o in mine))


_PLANNERS: dict[str, Callable[[_Planner, Rule], None]] = {
    MODE_ONCE: _once,
    MODE_SERIES: _series,
    MODE_CASUALTY_CHANGE: _supplementary,
}


def plan(
    incident: Incident,
    rules: Sequence[Rule],
    existing: Sequence[Obligation],
    now: datetime,
    tz: tzinfo,
    *,
    previous: Incident | None = None,
    policy: GradingPolicy = DEFAULT_POLICY,
    is_workday: IsWorkday = weekday_is_workday,
) -> Plan:
    """What to add and cancel so the incident's obligations match the rules at `now`.

    Pure: the caller stores the result. Done obligations are never touched; a pending one is
    never re-timed: when its anchor moves or its grade changes its interval, it is cancelled with
    a reason and replaced; when only the rule was edited, it keeps its time. Obligations of rules
    that are disabled or no longer exist are left alone, except when the incident is voided
    (作废): then every pending one is cancelled. 较大涉险 counts by the numbers (`policy`) as
    well as by the officer's flag.
    """
    if incident.id is None:
        raise ValueError("plan() needs a stored incident (id is None)")
    if incident.status is IncidentStatus.VOIDED:
        return _voided(incident, existing)
    p = _Planner(
        incident=incident,
        incident_id=incident.id,
        mine=[o for o in existing if o.incident_id == incident.id],
        now=now,
        tz=tz,
        previous=previous,
        policy=policy,
        is_workday=is_workday,
    )
    for rule in rules:
        if not rule.enabled or rule.subject != SUBJECT_INCIDENT:
            continue
        planner = _PLANNERS.get(rule.applies)
        if planner is not None:
            planner(p, rule)
    return Plan(add=tuple(p.add), cancel=tuple(p.cancel))
