"""When each reminder of an obligation is due: warning, critical, due and overdue repeats (pure)."""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dutyroom.models import Obligation, ObligationState, Rule

DEFAULT_OVERDUE_REPEAT_MINUTES = 5
DEFAULT_WARN_MINUTES = 10
DEFAULT_CRITICAL_MINUTES = 5
# The start of time for "never seen": every moment up to now counts as missed.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

RulesArg = Mapping[str, Rule] | Iterable[Rule]


class MomentKind(enum.StrEnum):
    WARNING = "warning"
    CRITICAL = "critical"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Moment:
    """One instant at which an alarm must be raised for one obligation."""

    obligation_id: int
    kind: MomentKind
    at: datetime
    due_at: datetime
    repeat: int = 0  # overdue repeats are numbered 1, 2, … (due + repeat × interval)

    @property
    def key(self) -> str:
        """Stable across restarts: the alarm store refuses a key it has already seen."""
        if self.kind is MomentKind.OVERDUE:
            return f"{self.obligation_id}:overdue:{self.repeat}"
        return f"{self.obligation_id}:{self.kind.value}"

    def minutes_late(self, now: datetime) -> int:
        """Whole minutes past due at `now` (0 before due), as status --json counts them."""
        if now <= self.due_at:
            return 0
        return math.floor((now - self.due_at) / timedelta(minutes=1))

    def minutes_left(self, now: datetime) -> int:
        return max(0, math.ceil((self.due_at - now) / timedelta(minutes=1)))


def _rule_map(rules: RulesArg) -> Mapping[str, Rule]:
    if isinstance(rules, Mapping):
        return rules
    return {rule.code: rule for rule in rules}


def _thresholds(ob: Obligation, rules: Mapping[str, Rule]) -> tuple[int, int]:
    rule = rules.get(ob.rule_code)
    if rule is None:
        return DEFAULT_WARN_MINUTES, DEFAULT_CRITICAL_MINUTES
    return rule.warn_minutes, rule.critical_minutes


def _before_due(ob: Obligation, rules: Mapping[str, Rule]) -> list[Moment]:
    """Warning, critical and due, strictly increasing: a threshold equal to a later one is
    dropped so that the same instant never rings twice under two names."""
    assert ob.id is not None
    warn, critical = _thresholds(ob, rules)
    moments = []
    if warn > critical and warn > 0:
        at = ob.due_at - timedelta(minutes=warn)
        moments.append(Moment(ob.id, MomentKind.WARNING, at, ob.due_at))
    if critical > 0:
        at = ob.due_at - timedelta(minutes=critical)
        moments.append(Moment(ob.id, MomentKind.CRITICAL, at, ob.due_at))
    moments.append(Moment(ob.id, MomentKind.DUE, ob.due_at, ob.due_at))
    return moments


def moments_of(
    ob: Obligation, rules: RulesArg, *, repeat_minutes: int = DEFAULT_OVERDUE_REPEAT_MINUTES
) -> Iterator[Moment]:
    """Every alarm moment of a pending obligation, in time order; endless (overdue repeats).

    Done and cancelled obligations have none: they no longer ring.
    """
    if ob.status is not ObligationState.PENDING or ob.id is None:
        return
    if repeat_minutes <= 0:
        raise ValueError("repeat_minutes must be positive")
    yield from _before_due(ob, _rule_map(rules))
    step = timedelta(minutes=repeat_minutes)
    repeat = 1
    while True:
        yield Moment(ob.id, MomentKind.OVERDUE, ob.due_at + repeat * step, ob.due_at, repeat)
        repeat += 1


def _first_repeat_after(due_at: datetime, after: datetime, repeat_minutes: int) -> int:
    """The number of the first overdue repeat strictly after `after` (skips long absences fast)."""
    if after < due_at:
        return 1
    step = timedelta(minutes=repeat_minutes)
    return (after - due_at) // step + 1


def _moments_in(
    ob: Obligation, rules: Mapping[str, Rule], start: datetime, end: datetime, repeat_minutes: int
) -> Iterator[Moment]:
    """Moments of one obligation with start < at <= end, in time order."""
    if ob.status is not ObligationState.PENDING or ob.id is None:
        return
    for moment in _before_due(ob, rules):
        if start < moment.at <= end:
            yield moment
    step = timedelta(minutes=repeat_minutes)
    repeat = _first_repeat_after(ob.due_at, start, repeat_minutes)
    while (at := ob.due_at + repeat * step) <= end:
        yield Moment(ob.id, MomentKind.OVERDUE, at, ob.due_at, repeat)
        repeat += 1


def born_past(
    obligations: Iterable[Obligation], rules: RulesArg, since: datetime, now: datetime
) -> list[Moment]:
    """One moment to ring now for each obligation created after `since` whose alarms already lay
    at or before `since`: a grade rise anchored on a 接报 45 minutes ago makes a phone report
    that was due 15 minutes ago. Moments after `since` are `moments_between`'s to ring."""
    rule_map = _rule_map(rules)
    found = []
    for ob in obligations:
        created = ob.created_at
        if ob.status is not ObligationState.PENDING or ob.id is None or created is None:
            continue
        if created < since:  # at `since` itself: made after that check, in the same instant
            continue
        if ob.due_at <= since:
            # Repeat 0: the overdue alarm of its birth, a key no scheduled repeat uses.
            found.append(Moment(ob.id, MomentKind.OVERDUE, now, ob.due_at, 0))
            continue
        passed = [m for m in _before_due(ob, rule_map) if m.at <= since]
        if passed:
            found.append(passed[-1])
    return found


def moments_between(
    obligations: Iterable[Obligation],
    rules: RulesArg,
    start: datetime,
    end: datetime,
    *,
    repeat_minutes: int = DEFAULT_OVERDUE_REPEAT_MINUTES,
) -> list[Moment]:
    """Every moment with start < at <= end, ordered by time then key.

    Half-open on the left so that consecutive windows (a, b], (b, c] never repeat a moment.
    """
    if repeat_minutes <= 0:
        raise ValueError("repeat_minutes must be positive")
    rule_map = _rule_map(rules)
    streams = [_moments_in(ob, rule_map, start, end, repeat_minutes) for ob in obligations]
    return sorted(itertools.chain.from_iterable(streams), key=lambda m: (m.at, m.key))


def next_moment_after(
    obligations: Iterable[Obligation],
    rules: RulesArg,
    after: datetime,
    *,
    repeat_minutes: int = DEFAULT_OVERDUE_REPEAT_MINUTES,
) -> Moment | None:
    """The earliest moment strictly after `after` (ties broken by key); None if nothing pends."""
    rule_map = _rule_map(rules)
    best: Moment | None = None
    for ob in obligations:
        if ob.status is not ObligationState.PENDING or ob.id is None:
            continue
        candidate = next(
            (m for m in _before_due(ob, rule_map) if m.at > after),
            None,
        )
        if candidate is None:
            repeat = _first_repeat_after(ob.due_at, after, repeat_minutes)
            at = ob.due_at + repeat * timedelta(minutes=repeat_minutes)
            candidate = Moment(ob.id, MomentKind.OVERDUE, at, ob.due_at, repeat)
        if best is None or (candidate.at, candidate.key) < (best.at, best.key):
            best = candidate
    return best


def missed_while_away(
    obligations: Iterable[Obligation],
    rules: RulesArg,
    last_seen: datetime | None,
    now: datetime,
    *,
    repeat_minutes: int = DEFAULT_OVERDUE_REPEAT_MINUTES,
) -> list[Moment]:
    """Moments that passed while the app was not running, ONE per obligation (the latest).

    A restart after a night away must raise each overdue obligation once, loudly, with its
    minutes late, not replay a hundred five-minute repeats. `last_seen` None (never ran)
    counts everything up to `now` as missed. Ordered by due time, most overdue first.
    """
    start = last_seen or EPOCH
    rule_map = _rule_map(rules)
    missed = []
    for ob in obligations:
        moment = _latest_until(ob, rule_map, now, repeat_minutes)
        if moment is not None and moment.at > start:
            missed.append(moment)
    return sorted(missed, key=lambda m: (m.due_at, m.key))


def _latest_until(
    ob: Obligation, rules: Mapping[str, Rule], now: datetime, repeat_minutes: int
) -> Moment | None:
    """The last moment at or before `now`, computed directly (a month overdue is one step)."""
    if ob.status is not ObligationState.PENDING or ob.id is None:
        return None
    step = timedelta(minutes=repeat_minutes)
    if now >= ob.due_at + step:
        repeat = (now - ob.due_at) // step
        return Moment(ob.id, MomentKind.OVERDUE, ob.due_at + repeat * step, ob.due_at, repeat)
    passed = [m for m in _before_due(ob, rules) if m.at <= now]
    return passed[-1] if passed else None
