"""The statistics from the store's aggregates (StatsService.period) equal the reference computed
over every record (compute over StatsService.inputs), key for key and in the same order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.models import (
    Anchor,
    Grade,
    Incident,
    IncidentStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    SpotCheck,
)
from dutyroom.rules import DEFAULT_RULES
from dutyroom.services import DutyRoom
from dutyroom.stats import compute, day_period, month_pieces, stats_to_dict

# Zones with whole, half and quarter hour offsets, DST switched at midnight (São Paulo until
# 2019: the 1st of a month could start at 01:00) or by half an hour (Lord Howe), ±12 h and more.
ZONES = (
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "Europe/London",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/St_Johns",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
)
CODES = (*(rule.code for rule in DEFAULT_RULES), "retired_rule")
TEXTS = ("事故灾难", "自然灾害", "城关镇", "", " ", "\u3000", " 事故灾难\u3000")
S = ObligationState
T = TypeVar("T")

DAY = timedelta(days=1)


def instants(start: datetime, end: datetime) -> st.SearchStrategy[datetime]:
    """In the period or just outside it, some near a month's first midnight in UTC (where the
    zone decides the month), some to the microsecond."""
    span = int((end - start) / timedelta(minutes=1))
    firsts = [
        datetime(year, month, 1, tzinfo=UTC)
        for year in (2018, 2019)
        for month in range(1, 13)
        if start - 2 * DAY <= datetime(year, month, 1, tzinfo=UTC) < end + 2 * DAY
    ]
    near: list[st.SearchStrategy[datetime]] = []
    if firsts:
        near.append(
            st.builds(
                lambda first, minutes: first + timedelta(minutes=minutes),
                st.sampled_from(firsts),
                st.integers(-30 * 60, 30 * 60),
            )
        )
    return st.builds(
        lambda at, micro: at + timedelta(microseconds=micro),
        st.one_of(
            st.integers(-2 * 1440, span + 2 * 1440).map(lambda m: start + timedelta(minutes=m)),
            *near,
        ),
        st.sampled_from((0, 0, 0, 1, 999_999)),
    )


@dataclass(frozen=True)
class Ob:
    code: str
    due_minutes: int
    due_seconds: int
    status: S
    done_minutes: int | None  # after due; None: no done_at stored
    minutes_late: int | None


@dataclass(frozen=True)
class Case:
    received: datetime
    status: IncidentStatus
    category: str
    township: str
    grade: Grade
    override: Grade | None
    obligations: tuple[Ob, ...]


obligations = st.builds(
    Ob,
    st.sampled_from((*CODES, "first_written", "first_written")),
    # 60 often: equal due times within an incident, and a report's hour ending on the dot.
    st.one_of(st.sampled_from((60, 60, 30)), st.integers(-30, 3000)),
    st.sampled_from((0, 0, 30)),
    st.sampled_from((S.PENDING, S.DONE, S.DONE, S.CANCELLED)),
    st.one_of(st.sampled_from((0, None, 60)), st.integers(-90, 180)),
    st.sampled_from((None, 0, 7)),
)


def sized(elements: st.SearchStrategy[T], most: int) -> st.SearchStrategy[list[T]]:
    """Lists of every length up to `most` alike (st.lists favours short ones)."""
    return st.integers(0, most).flatmap(lambda n: st.lists(elements, min_size=n, max_size=n))


def cases(start: datetime, end: datetime) -> st.SearchStrategy[Case]:
    return st.builds(
        Case,
        instants(start, end),
        st.sampled_from((IncidentStatus.OPEN, IncidentStatus.CLOSED, IncidentStatus.VOIDED)),
        st.sampled_from(TEXTS),
        st.sampled_from(TEXTS),
        st.sampled_from(Grade),
        st.one_of(st.none(), st.sampled_from(Grade)),
        sized(obligations, 4).map(tuple),
    )


def checks(start: datetime, end: datetime) -> st.SearchStrategy[tuple]:
    return st.tuples(
        instants(start, end),
        st.sampled_from(("made", "received", "other")),
        st.sampled_from(("正常", "脱岗", "未接", "代岗")),
        st.booleans(),
        st.booleans(),
    )


def fill(store: SqliteStore, incidents: list[Case], spot: list[tuple]) -> list[datetime]:
    """Store the cases; the due times, for a `now` that falls on one exactly."""
    due_times = []
    for n, case in enumerate(incidents):
        added = store.incidents.add(
            Incident(
                received_at=case.received,
                title=f"事件{n}",
                category=case.category,
                township=case.township,
                grade=case.grade,
                grade_override=case.override,
                status=case.status,
            )
        )
        assert added.id is not None
        for ob in case.obligations:
            due = case.received + timedelta(minutes=ob.due_minutes, seconds=ob.due_seconds)
            due_times.append(due)
            done = (
                None
                if ob.done_minutes is None or ob.status is not S.DONE
                else due + timedelta(minutes=ob.done_minutes)
            )
            store.obligations.add(
                Obligation(
                    added.id, ob.code, ObligationKind.WRITTEN, Anchor.RECEIVED, case.received,
                    due, status=ob.status, done_at=done, minutes_late=ob.minutes_late,
                )
            )  # fmt: skip
    for at, direction, result, leader, officer in spot:
        store.spot_checks.add(
            SpotCheck(
                at, direction, "电话", "县应急局", "", "城关镇", "", leader, officer, None, result
            )
        )
    return due_times


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zone=st.sampled_from(ZONES),
    first_day=st.integers(-35, 150),
    days=st.integers(1, 100),
    data=st.data(),
)
def test_aggregates_equal_the_reference(
    zone: str, first_day: int, days: int, data: st.DataObject
) -> None:
    tz = ZoneInfo(zone)
    first = date(2018, 10, 1) + timedelta(days=first_day)
    start, end = day_period(first, first + timedelta(days=days - 1), tz)
    incidents = data.draw(sized(cases(start, end), 30), label="incidents")
    spot = data.draw(sized(checks(start, end), 6), label="spot checks")
    store = SqliteStore(open_database(None))
    try:
        room = DutyRoom(store, FakeClock(start))
        room.bureau.set_timezone(zone)
        due_times = fill(store, incidents, spot)
        now = data.draw(instants(start, end), label="now")
        if due_times and data.draw(st.booleans(), label="now on a due time"):
            now = data.draw(st.sampled_from(due_times), label="now")
        reference = compute(room.stats.inputs(start, end, now))
        aggregated = room.stats.period(start, end, now)
        assert aggregated == reference
        dumped = [
            json.dumps(stats_to_dict(s, tz), ensure_ascii=False) for s in (aggregated, reference)
        ]
        assert dumped[0] == dumped[1]
    finally:
        store.close()


@given(
    start=instants(datetime(2018, 1, 1, tzinfo=UTC), datetime(2019, 12, 1, tzinfo=UTC)),
    length=st.integers(0, 400 * 1440),
    zone=st.sampled_from(ZONES),
    at=st.floats(0, 1),
)
def test_month_pieces_cover_the_period_and_label_it_in_every_zone(
    start: datetime, length: int, zone: str, at: float
) -> None:
    end = start + timedelta(minutes=length)
    pieces = month_pieces(start, end)
    assert [p[0] for p in pieces[1:]] == [p[1] for p in pieces[:-1]]
    assert not pieces or (pieces[0][0], pieces[-1][1]) == (start, end)
    for a, b, label in pieces:
        instant = a + (b - a) * at
        if label is not None and a <= instant < b:
            assert instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m") == label


def test_boundaries_the_random_data_seldom_hits() -> None:
    """A report sent on the 60th minute meets the hour; of two first written reports due at the
    same time the lower id decides; an obligation due exactly at `now` is missed."""
    tz = ZoneInfo("Asia/Shanghai")
    start, end = day_period(date(2018, 10, 1), date(2018, 10, 3), tz)
    on_the_dot = Ob("first_written", 60, 0, S.DONE, 0, None)
    tie = (
        Ob("first_written", 60, 0, S.PENDING, None, None),
        Ob("first_written", 60, 0, S.DONE, 0, None),
    )
    due_now = Ob("general_written", 120, 0, S.PENDING, None, None)
    incidents = [
        Case(start + timedelta(hours=h), IncidentStatus.OPEN, "", "", Grade.GENERAL, None, obs)
        for h, obs in ((1, (on_the_dot,)), (5, tie), (13, (due_now,)))
    ]
    store = SqliteStore(open_database(None))
    try:
        room = DutyRoom(store, FakeClock(start))
        fill(store, incidents, [])
        now = start + timedelta(hours=15)
        aggregated = room.stats.period(start, end, now)
        assert aggregated == compute(room.stats.inputs(start, end, now))
        head = aggregated.headline
        assert (head.counted, head.on_time, head.missed) == (2, 1, 1)
        assert [d.incident_id for d in aggregated.missed] == [2, 3]
    finally:
        store.close()
