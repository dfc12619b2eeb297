"""Statistics of a period (DOMAIN.md §7). `StatsService.period` computes them from the store's
aggregates (ports.StatsRepo: counts and the late/missed rows, not every record); `compute` does the
same over plain lists of records and is the reference the aggregates are tested against.

The period is [start, end). Definitions (the `stats --json` keys follow them):
- 报送及时率: obligations whose due time falls in the period and has passed (`now`), or that are
  done; cancelled ones are excluded. On time = done at or before due; late (迟报) = done after due;
  missed (漏报) = still pending after due. Rate = on time ÷ counted.
- 1小时内报送达标率: incidents received in the period with a (not cancelled) first written report
  obligation (rule `first_written`); met = sent within 60 minutes of 接报时间. Incidents whose hour
  has not run out and whose report is not sent yet are left out (not decided yet).
- Voided incidents (作废: false calls, duplicates) count nowhere: neither in the incident counts
  nor, with all their obligations (done ones included), in any rate.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from dutyroom.messages import t
from dutyroom.models import Incident, IncidentStatus, Obligation, ObligationState, Rule, SpotCheck
from dutyroom.obligations import minutes_late
from dutyroom.ports import CheckGroup, DelayRow, FirstReport, IncidentGroup, OutcomeCount, Store
from dutyroom.roster import FairnessRow

HEADLINE_RULE = "first_written"
HEADLINE_MINUTES = 60
UNKNOWN_CATEGORY, UNKNOWN_TOWNSHIP = t("未分类"), t("未填写")
_MINUTE = timedelta(minutes=1)
# First written reports of incidents received near the end fall due after it.
_FIRST_REPORT_SLACK = timedelta(days=1)
# Python bounds every UTC offset strictly within ±24 h: an instant a day or more from a month's
# first midnight in UTC lies on the same side of it in every time zone.
_ZONE_SLACK = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Rate:
    counted: int = 0
    on_time: int = 0
    late: int = 0
    missed: int = 0

    @property
    def rate(self) -> float | None:
        """on_time ÷ counted, None when nothing was due (a rate of nothing is not 100%)."""
        return None if self.counted == 0 else self.on_time / self.counted

    def add(self, outcome: str) -> Rate:
        return Rate(
            self.counted + 1,
            self.on_time + (outcome == "on_time"),
            self.late + (outcome == "late"),
            self.missed + (outcome == "missed"),
        )

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate
        return {
            "counted": self.counted,
            "on_time": self.on_time,
            "late": self.late,
            "missed": self.missed,
            "rate": None if rate is None else round(rate, 4),
        }


@dataclass(frozen=True, slots=True)
class Delay:
    """One late or missed obligation; `minutes` is the stored delay or, if missed, as of `now`."""

    obligation_id: int | None
    incident_id: int
    title: str
    rule: str
    due_at: datetime
    done_at: datetime | None
    minutes: int


@dataclass(frozen=True, slots=True)
class DutyRow:
    person_id: int
    name: str
    shifts: int
    hours: int
    holiday_shifts: int


@dataclass(frozen=True, slots=True)
class CheckStats:
    checks: int = 0
    both_present: int = 0
    failures: int = 0
    by_result: dict[str, int] = field(default_factory=dict)

    @property
    def on_post_rate(self) -> float | None:
        return None if self.checks == 0 else self.both_present / self.checks


@dataclass(frozen=True, slots=True)
class Stats:
    start: datetime
    end: datetime
    now: datetime
    overall: Rate
    by_rule: dict[str, Rate]  # keyed by rule name, in rule order
    headline: Rate  # counted = reportable incidents; on_time = within 60 minutes
    late: tuple[Delay, ...]
    missed: tuple[Delay, ...]
    incidents: int
    by_category: dict[str, int]
    by_grade: dict[str, int]
    by_township: dict[str, int]
    by_month: dict[str, int]
    checks_made: CheckStats
    checks_received: CheckStats
    duty: tuple[DutyRow, ...]


def outcome(ob: Obligation, now: datetime) -> str | None:
    """ "on_time", "late", "missed", or None when the obligation does not count (yet)."""
    if ob.status is ObligationState.CANCELLED:
        return None
    if ob.status is ObligationState.DONE:
        done_at = ob.done_at or ob.due_at
        return "late" if done_at > ob.due_at else "on_time"
    return "missed" if ob.due_at <= now else None


def _delay(
    ob: Obligation, result: str, now: datetime, titles: Mapping[int, str], rule: str
) -> Delay:
    if result == "late":
        minutes = ob.minutes_late or minutes_late(ob.due_at, ob.done_at or ob.due_at)
    else:
        minutes = math.floor((now - ob.due_at) / _MINUTE)
    return Delay(
        ob.id,
        ob.incident_key,
        titles.get(ob.incident_key, ""),
        rule,
        ob.due_at,
        ob.done_at,
        minutes,
    )


def timeliness(
    obligations: Iterable[Obligation],
    rules: Sequence[Rule],
    *,
    window: tuple[datetime, datetime],
    now: datetime,
    titles: Mapping[int, str],
) -> tuple[Rate, dict[str, Rate], tuple[Delay, ...], tuple[Delay, ...]]:
    """Overall and per-rule rates of the obligations due in `window`; the late and missed lists."""
    names = {rule.code: rule.name for rule in rules}
    overall = Rate()
    by_rule: dict[str, Rate] = {}
    late: list[Delay] = []
    missed: list[Delay] = []
    for ob in obligations:
        if not window[0] <= ob.due_at < window[1]:
            continue
        result = outcome(ob, now)
        if result is None:
            continue
        name = names.get(ob.rule_code, ob.rule_code)
        overall = overall.add(result)
        by_rule[name] = by_rule.get(name, Rate()).add(result)
        if result != "on_time":
            (late if result == "late" else missed).append(_delay(ob, result, now, titles, name))
    return overall, _in_rule_order(by_rule, names), tuple(late), tuple(missed)


def _in_rule_order(by_rule: dict[str, Rate], names: Mapping[str, str]) -> dict[str, Rate]:
    order = {name: i for i, name in enumerate(names.values())}
    return dict(sorted(by_rule.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def headline(
    incidents: Iterable[Incident], obligations: Iterable[Obligation], now: datetime
) -> Rate:
    """1小时内报送达标率 over incidents received in the period (the caller passes only those)."""
    first: dict[int, Obligation] = {}
    for ob in obligations:
        if ob.rule_code == HEADLINE_RULE and ob.status is not ObligationState.CANCELLED:
            held = first.get(ob.incident_key)
            if held is None or ob.due_at < held.due_at:
                first[ob.incident_key] = ob
    limit = timedelta(minutes=HEADLINE_MINUTES)
    rate = Rate()
    for incident in incidents:
        found = first.get(incident.id) if incident.id is not None else None
        if found is None:
            continue
        ob = found
        deadline = incident.received_at + limit
        if ob.status is ObligationState.DONE and ob.done_at is not None:
            rate = rate.add("on_time" if ob.done_at <= deadline else "late")
        elif deadline <= now:
            rate = rate.add("missed")
    return rate


def _count(values: Iterable[str]) -> dict[str, int]:
    return _most_first(Counter(values))


def _most_first(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def incident_counts(incidents: Sequence[Incident], tz: tzinfo) -> dict[str, dict[str, int]]:
    months = Counter(i.received_at.astimezone(tz).strftime("%Y-%m") for i in incidents)
    return {
        "by_category": _count(i.category.strip() or UNKNOWN_CATEGORY for i in incidents),
        "by_grade": _count(i.effective_grade.value for i in incidents),
        "by_township": _count(i.township.strip() or UNKNOWN_TOWNSHIP for i in incidents),
        "by_month": dict(sorted(months.items())),
    }


def check_stats(checks: Iterable[SpotCheck]) -> CheckStats:
    results: Counter[str] = Counter()
    both = 0
    for check in checks:
        results[check.result] += 1
        both += check.leader_present and check.officer_present
    return _check_stats(results, both)


def _check_stats(results: Mapping[str, int], both: int) -> CheckStats:
    from dutyroom.spot_checks import FAILURES

    total = sum(results.values())
    failures = sum(n for result, n in results.items() if result in FAILURES)
    return CheckStats(total, both, failures, dict(sorted(results.items())))


def duty_rows(fairness: Mapping[int, FairnessRow], names: Mapping[int, str]) -> tuple[DutyRow, ...]:
    rows = [
        DutyRow(pid, names.get(pid, f"#{pid}"), row.shifts, row.hours, row.holiday_shifts)
        for pid, row in fairness.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.hours, r.name)))


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything the statistics of one period are computed from."""

    start: datetime
    end: datetime
    now: datetime
    tz: tzinfo
    incidents: Sequence[Incident]  # received in [start, end)
    obligations: Sequence[Obligation]  # due in [start, end) plus first written reports of those
    rules: Sequence[Rule]
    checks: Sequence[SpotCheck]  # in [start, end)
    fairness: Mapping[int, FairnessRow] = field(default_factory=dict)
    names: Mapping[int, str] = field(default_factory=dict)
    titles: Mapping[int, str] = field(default_factory=dict)  # incident id -> title, for the lists
    voided: frozenset[int] = frozenset()  # ids of voided incidents the obligations belong to


def without_voided(
    incidents: Iterable[Incident], obligations: Iterable[Obligation], voided: Iterable[int] = ()
) -> tuple[list[Incident], list[Obligation]]:
    """The incidents that count and their obligations: voided ones (by status, or by id in
    `voided` for incidents outside the list) and every obligation of theirs are left out."""
    dropped = set(voided)
    kept = []
    for incident in incidents:
        if incident.status is IncidentStatus.VOIDED:
            dropped.add(incident.id or 0)
        else:
            kept.append(incident)
    return kept, [ob for ob in obligations if ob.incident_id not in dropped]


def compute(data: Inputs) -> Stats:
    incidents, obligations = without_voided(data.incidents, data.obligations, data.voided)
    titles = {**data.titles, **{i.id: i.title for i in incidents if i.id is not None}}
    overall, by_rule, late, missed = timeliness(
        obligations, data.rules, window=(data.start, data.end), now=data.now, titles=titles
    )
    counts = incident_counts(incidents, data.tz)
    return Stats(
        start=data.start,
        end=data.end,
        now=data.now,
        overall=overall,
        by_rule=by_rule,
        headline=headline(incidents, obligations, data.now),
        late=late,
        missed=missed,
        incidents=len(incidents),
        by_category=counts["by_category"],
        by_grade=counts["by_grade"],
        by_township=counts["by_township"],
        by_month=counts["by_month"],
        checks_made=check_stats(c for c in data.checks if c.direction == "made"),
        checks_received=check_stats(c for c in data.checks if c.direction == "received"),
        duty=duty_rows(data.fairness, data.names),
    )


# The same statistics from the store's aggregates (ports.StatsRepo); `compute` is the reference.


def rates(counts: Iterable[OutcomeCount], rules: Sequence[Rule]) -> tuple[Rate, dict[str, Rate]]:
    """Overall and per-rule rates from counts per (rule code, outcome), as `timeliness` does."""
    names = {rule.code: rule.name for rule in rules}
    tally: dict[str, Counter[str]] = {}
    for row in counts:
        name = names.get(row.rule_code, row.rule_code)
        tally.setdefault(name, Counter())[row.outcome] += row.obligations
    total: Counter[str] = Counter()
    for outcomes in tally.values():
        total.update(outcomes)
    by_rule = {name: _rate(outcomes) for name, outcomes in tally.items()}
    return _rate(total), _in_rule_order(by_rule, names)


def _rate(outcomes: Mapping[str, int]) -> Rate:
    return Rate(
        sum(outcomes.values()),
        outcomes.get("on_time", 0),
        outcomes.get("late", 0),
        outcomes.get("missed", 0),
    )


def delays(
    rows: Iterable[DelayRow], rules: Sequence[Rule], now: datetime
) -> tuple[tuple[Delay, ...], tuple[Delay, ...]]:
    """The late and the missed lists, with the minutes `_delay` gives."""
    names = {rule.code: rule.name for rule in rules}
    late: list[Delay] = []
    missed: list[Delay] = []
    for row in rows:
        if row.done:
            minutes = row.minutes_late or minutes_late(row.due_at, row.done_at or row.due_at)
        else:
            minutes = math.floor((now - row.due_at) / _MINUTE)
        delay = Delay(
            row.obligation_id,
            row.incident_id,
            row.title,
            names.get(row.rule_code, row.rule_code),
            row.due_at,
            row.done_at,
            minutes,
        )
        (late if row.done else missed).append(delay)
    return tuple(late), tuple(missed)


def headline_of(reports: Iterable[FirstReport], now: datetime) -> Rate:
    """`headline` from each reportable incident's first written report."""
    limit = timedelta(minutes=HEADLINE_MINUTES)
    outcomes: Counter[str] = Counter()
    for report in reports:
        deadline = report.received_at + limit
        if report.done and report.done_at is not None:
            outcomes["on_time" if report.done_at <= deadline else "late"] += 1
        elif deadline <= now:
            outcomes["missed"] += 1
    return _rate(outcomes)


def group_counts(groups: Iterable[IncidentGroup]) -> dict[str, dict[str, int]]:
    """`incident_counts` but by_month, from counts per stored (category, township, grade)."""
    category: Counter[str] = Counter()
    grade: Counter[str] = Counter()
    township: Counter[str] = Counter()
    for group in groups:
        # str.strip() here rather than SQL's trim(): it strips every Unicode space (全角 too).
        category[group.category.strip() or UNKNOWN_CATEGORY] += group.incidents
        grade[group.grade_override or group.grade] += group.incidents
        township[group.township.strip() or UNKNOWN_TOWNSHIP] += group.incidents
    return {
        "by_category": _most_first(category),
        "by_grade": _most_first(grade),
        "by_township": _most_first(township),
    }


def month_pieces(start: datetime, end: datetime) -> list[tuple[datetime, datetime, str | None]]:
    """[start, end) in pieces, each with the local month ("%Y-%m") it lies in whatever the time
    zone, or None within a day of a month's first midnight in UTC, where only the zone decides.
    """
    lo, hi = start.astimezone(UTC), end.astimezone(UTC)
    pieces: list[tuple[datetime, datetime, str | None]] = []
    month = (lo - _ZONE_SLACK).date().replace(day=1)
    while (first := datetime.combine(month, time(), UTC)) - _ZONE_SLACK < hi:
        following = (month + timedelta(days=32)).replace(day=1)
        sure_end = datetime.combine(following, time(), UTC) - _ZONE_SLACK
        for a, b, label in (
            (first - _ZONE_SLACK, first + _ZONE_SLACK, None),
            (first + _ZONE_SLACK, sure_end, month.strftime("%Y-%m")),
        ):
            a, b = max(a, lo), min(b, hi)
            if a < b:
                pieces.append((a, b, label))
        month = following
    return pieces


def check_groups_stats(groups: Iterable[CheckGroup], direction: str) -> CheckStats:
    results: Counter[str] = Counter()
    both = 0
    for group in groups:
        if group.direction == direction:
            results[group.result] += group.checks
            both += group.both_present
    return _check_stats(results, both)


def _delay_dict(delay: Delay, tz: tzinfo) -> dict[str, Any]:
    return {
        "obligation_id": delay.obligation_id,
        "incident_id": delay.incident_id,
        "title": delay.title,
        "rule": delay.rule,
        "due_at": delay.due_at.astimezone(tz).isoformat(),
        "done_at": delay.done_at.astimezone(tz).isoformat() if delay.done_at else None,
        "minutes": delay.minutes,
    }


def _checks_dict(checks: CheckStats) -> dict[str, Any]:
    rate = checks.on_post_rate
    return {
        "checks": checks.checks,
        "both_present": checks.both_present,
        "on_post_rate": None if rate is None else round(rate, 4),
        "failures": checks.failures,
        "by_result": checks.by_result,
    }


def stats_to_dict(stats: Stats, tz: tzinfo) -> dict[str, Any]:
    """The `stats --json` contract (keys documented in README by the lead)."""
    return {
        "start": stats.start.astimezone(tz).isoformat(),
        "end": stats.end.astimezone(tz).isoformat(),
        "at": stats.now.astimezone(tz).isoformat(),
        "timeliness": {
            "overall": stats.overall.to_dict(),
            "by_rule": {name: rate.to_dict() for name, rate in stats.by_rule.items()},
        },
        "within_hour": stats.headline.to_dict(),
        "late": [_delay_dict(d, tz) for d in stats.late],
        "missed": [_delay_dict(d, tz) for d in stats.missed],
        "incidents": {
            "total": stats.incidents,
            "by_category": stats.by_category,
            "by_grade": stats.by_grade,
            "by_township": stats.by_township,
            "by_month": stats.by_month,
        },
        "spot_checks": {
            "made": _checks_dict(stats.checks_made),
            "received": _checks_dict(stats.checks_received),
        },
        "duty": [
            {
                "person_id": r.person_id,
                "name": r.name,
                "shifts": r.shifts,
                "hours": r.hours,
                "holiday_shifts": r.holiday_shifts,
            }
            for r in stats.duty
        ],
    }


def month_period(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The local calendar month holding `day`, as [start, end)."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return (datetime.combine(first, time(), tz), datetime.combine(following, time(), tz))


def day_period(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local days first..last inclusive, as [start, end)."""
    return (
        datetime.combine(first, time(), tz),
        datetime.combine(last + timedelta(days=1), time(), tz),
    )


class StatsService:
    """A period's statistics from the store's aggregates (`period`), or from its records handed
    to `compute` (`inputs`, the reference)."""

    def __init__(
        self,
        store: Store,
        now: Callable[[], datetime],
        timezone: Callable[[], tzinfo],
        rules: Callable[[], list[Rule]],
        fairness: Callable[[date, date], Mapping[int, FairnessRow]],
    ) -> None:
        self._store = store
        self._now = now
        self._timezone = timezone
        self._rules = rules
        self._fairness = fairness

    def inputs(self, start: datetime, end: datetime, now: datetime | None = None) -> Inputs:
        store = self._store
        incidents = store.incidents.list_between(start, end)
        obligations = store.obligations.due_between(start, end + _FIRST_REPORT_SLACK)
        titles = {i.id: i.title for i in incidents if i.id is not None}
        voided = {i.id for i in incidents if i.status is IncidentStatus.VOIDED}
        for incident_id in {ob.incident_key for ob in obligations} - titles.keys():
            other = store.incidents.get(incident_id)
            titles[incident_id] = other.title
            if other.status is IncidentStatus.VOIDED:
                voided.add(incident_id)
        return Inputs(
            start=start,
            end=end,
            now=now or self._now(),
            tz=self._timezone(),
            incidents=incidents,
            obligations=obligations,
            rules=self._rules(),
            checks=store.spot_checks.between(start, end),
            fairness=self._period_fairness(start, end),
            names=self._names(),
            titles=titles,
            voided=frozenset(i for i in voided if i is not None),
        )

    def period(self, start: datetime, end: datetime, now: datetime | None = None) -> Stats:
        now = now or self._now()
        rules = self._rules()
        repo = self._store.stats
        overall, by_rule = rates(repo.outcomes(start, end, now), rules)
        late, missed = delays(repo.delays(start, end, now), rules, now)
        groups = repo.incident_groups(start, end)
        counts = group_counts(groups)
        reports = repo.first_reports(
            HEADLINE_RULE, (start, end), (start, end + _FIRST_REPORT_SLACK)
        )
        checks = repo.check_groups(start, end)
        return Stats(
            start=start,
            end=end,
            now=now,
            overall=overall,
            by_rule=by_rule,
            headline=headline_of(reports, now),
            late=late,
            missed=missed,
            incidents=sum(group.incidents for group in groups),
            by_category=counts["by_category"],
            by_grade=counts["by_grade"],
            by_township=counts["by_township"],
            by_month=self._by_month(start, end),
            checks_made=check_groups_stats(checks, "made"),
            checks_received=check_groups_stats(checks, "received"),
            duty=duty_rows(self._period_fairness(start, end), self._names()),
        )

    def _by_month(self, start: datetime, end: datetime) -> dict[str, int]:
        """Incidents per local month: counted by the store where the month is the same in every
        zone, placed one by one in the bureau's zone near a month's start."""
        pieces = month_pieces(start, end)
        if not pieces:
            return {}
        repo, tz = self._store.stats, self._timezone()
        counts = repo.received_counts([piece[0] for piece in pieces] + [pieces[-1][1]])
        months: Counter[str] = Counter()
        for (a, b, label), count in zip(pieces, counts, strict=True):
            if count and label is not None:
                months[label] += count
            elif count:
                months.update(
                    at.astimezone(tz).strftime("%Y-%m") for at in repo.received_times(a, b)
                )
        return dict(sorted(months.items()))

    def _period_fairness(self, start: datetime, end: datetime) -> Mapping[int, FairnessRow]:
        tz = self._timezone()
        last_day = (end - timedelta(microseconds=1)).astimezone(tz).date()
        return self._fairness(start.astimezone(tz).date(), last_day)

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self._store.people.list() if p.id is not None}

    def month(self, day: date | None = None) -> Stats:
        tz = self._timezone()
        return self.period(*month_period(day or self._now().astimezone(tz).date(), tz))
