"""Reporting obligations from an incident and the rules, and their timer state at a given `now`."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo

from dutyroom.errors import ValidationError
from dutyroom.grading import DEFAULT_POLICY, GradingPolicy, incident_is_major
from dutyroom.messages import t
from dutyroom.models import (
    Anchor,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    Rule,
)
from dutyroom.rules import (
    APPLIES_CASUALTY_CHANGE,
    APPLIES_CLOSING_MAJOR,
    APPLIES_GENERAL,
    APPLIES_MAJOR,
    APPLIES_OPEN_MAJOR,
    supplementary_window_days,
)

_SECOND = timedelta(seconds=1)
_PENDING = ObligationState.PENDING
_DONE = ObligationState.DONE
_CANCELLED = ObligationState.CANCELLED
# Reports whose sending restarts the 续报 clock (Anchor.PREVIOUS).
_PREVIOUS_KINDS = (ObligationKind.WRITTEN, ObligationKind.FOLLOWUP)
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
    """The DONE copy of a pending obligation; evidence of how, to whom and by whom is required."""
    if ob.status is not _PENDING:
        raise ValidationError("status", t("该时限已完成或已取消"))
    for name, message in _EVIDENCE_FIELDS:
        if not str(getattr(evidence, name)).strip():
            raise ValidationError(name, message)
    if evidence.done_at.tzinfo is None:
        raise ValidationError("done_at", t("报送时间缺少时区"))
    return dataclasses.replace(
        ob,
        status=_DONE,
        done_at=evidence.done_at,
        minutes_late=minutes_late(ob.due_at, evidence.done_at),
    )


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
    major: bool
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
            )
        )

    def drop(self, obs: Sequence[Obligation], reason: str) -> None:
        self.cancel.extend((o, reason) for o in obs)


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
    done = [
        o.done_at
        for o in obligations
        if o.status is _DONE and o.kind in _PREVIOUS_KINDS and o.done_at is not None
    ]
    return max(done) if done else incident.received_at


def offset_minutes(rule: Rule, grade: Grade, sequence: int = 1) -> int:
    """Minutes from anchor to due: repeats use repeat_minutes; 重大 and up repeat_minutes_major."""
    if rule.repeat_minutes_major is not None and grade.rank >= Grade.MAJOR.rank:
        return rule.repeat_minutes_major
    if sequence > 1 and rule.repeat_minutes is not None:
        return rule.repeat_minutes
    return rule.offset_minutes


def next_midnight(now: datetime, tz: tzinfo) -> datetime:
    """24:00 of `now`'s local date: the 补报 deadline."""
    local_day = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(local_day, time(0), tzinfo=tz)


def _one_shot(p: _Planner, rule: Rule, applies: bool) -> None:
    """首报 and 一般·书面: exactly one live obligation while the rule applies."""
    pending = p.of_rule(rule, _PENDING)
    if not applies:
        if rule.applies == APPLIES_GENERAL:
            reason = t("事件按较大及以上报送，不再适用{name}时限", name=rule.name)
        else:
            reason = t("等级调整为一般，不再适用{name}时限", name=rule.name)
        p.drop(pending, reason)
        return
    anchor_at = anchor_time(rule.anchor, p.incident, p.mine)
    if anchor_at is None:
        return
    due_at = anchor_at + timedelta(minutes=rule.offset_minutes)
    for ob in pending:
        if ob.anchor_at != anchor_at:
            p.drop([ob], t("{name}起算时间已更正，重新计时", name=rule.name))
        elif ob.due_at != due_at:
            p.drop([ob], t("{name}时限规则已调整，重新计时", name=rule.name))
    stale = [o for o in pending if (o.anchor_at, o.due_at) != (anchor_at, due_at)]
    if len(stale) < len(pending) or p.of_rule(rule, _DONE):
        return
    if rule.applies == APPLIES_GENERAL and _done_of_kind(p, rule.kind):
        return  # already reported in writing while the event counted as major
    p.new(rule, anchor_at, due_at)


def _done_of_kind(p: _Planner, kind: ObligationKind) -> bool:
    return any(o.kind is kind and o.status is _DONE for o in p.mine)


def _followup(p: _Planner, rule: Rule) -> None:
    """续报: one pending report at a time while a ≥较大 incident is open, numbered 一、二…"""
    pending = p.of_rule(rule, _PENDING)
    grade = p.incident.effective_grade
    if p.incident.status is IncidentStatus.CLOSED:
        p.drop(pending, t("事件已终结"))
        return
    if grade.rank < Grade.LARGER.rank:
        p.drop(pending, t("等级调整为{grade}，不再需要{name}", grade=grade.value, name=rule.name))
        return
    anchor_at = anchor_time(rule.anchor, p.incident, p.mine)
    if anchor_at is None:
        return
    sequence = len(p.of_rule(rule, _DONE)) + 1
    minutes = offset_minutes(rule, grade, sequence)
    due_at = anchor_at + timedelta(minutes=minutes)
    keep = [
        o for o in pending if (o.anchor_at, o.due_at, o.sequence) == (anchor_at, due_at, sequence)
    ]
    for ob in pending:
        if ob in keep[:1]:
            continue
        if ob.due_at - ob.anchor_at != timedelta(minutes=minutes):
            reason = t(
                "等级调整为{grade}，{name}间隔改为{interval}",
                grade=grade.value,
                name=rule.name,
                interval=_hours(minutes),
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
    if not any(o.status is _DONE for o in p.mine):
        return  # nothing reported yet: the new numbers go into the pending first report
    start = p.incident.occurred_at or p.incident.received_at
    window = timedelta(days=supplementary_window_days(p.incident.category, p.incident.subtype))
    if p.now - start > window or p.of_rule(rule, _PENDING):
        return
    # The clock runs from the moment the change was recorded, due by 24:00 that local day.
    p.new(rule, p.now, next_midnight(p.now, p.tz))


def _final(p: _Planner, rule: Rule) -> None:
    """终报 when a ≥较大 incident is closed; withdrawn if it is reopened or downgraded."""
    pending = p.of_rule(rule, _PENDING)
    grade = p.incident.effective_grade
    if p.incident.status is not IncidentStatus.CLOSED:
        p.drop(pending, t("事件已重新打开，暂不需要终报"))
        return
    if grade.rank < Grade.LARGER.rank:
        p.drop(pending, t("等级调整为{grade}，不需要终报", grade=grade.value))
        return
    _one_shot(p, rule, applies=True)


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


def plan(
    incident: Incident,
    rules: Sequence[Rule],
    existing: Sequence[Obligation],
    now: datetime,
    tz: tzinfo,
    *,
    previous: Incident | None = None,
    policy: GradingPolicy = DEFAULT_POLICY,
) -> Plan:
    """What to add and cancel so the incident's obligations match the rules at `now`.

    Pure: the caller stores the result. Done obligations are never touched; a pending one whose
    due time would change is cancelled with a reason and replaced, never re-timed. Obligations of
    rules that are disabled or no longer exist are left alone, except when the incident is
    voided (作废): then every pending one is cancelled. "major" counts 较大涉险 by the numbers
    (`policy`) as well as by the officer's flag.
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
        major=incident_is_major(incident, policy),
    )
    for rule in rules:
        if not rule.enabled:
            continue
        if rule.applies == APPLIES_MAJOR:
            _one_shot(p, rule, p.major)
        elif rule.applies == APPLIES_GENERAL:
            _one_shot(p, rule, not p.major)
        elif rule.applies == APPLIES_OPEN_MAJOR:
            _followup(p, rule)
        elif rule.applies == APPLIES_CASUALTY_CHANGE:
            _supplementary(p, rule)
        elif rule.applies == APPLIES_CLOSING_MAJOR:
            _final(p, rule)
    return Plan(add=tuple(p.add), cancel=tuple(p.cancel))
