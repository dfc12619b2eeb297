"""Alarm moments of obligations: exact seconds, overdue repeats, collapse after an absence."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.alerts import (
    MomentKind,
    missed_while_away,
    moments_between,
    moments_of,
    next_moment_after,
)
from dutyroom.models import Anchor, Obligation, ObligationKind, ObligationState
from dutyroom.rule_defaults import DEFAULT_RULES, FIRST_PHONE

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 10, 2, 14, 0, tzinfo=TZ)
MIN = timedelta(minutes=1)
RULES = DEFAULT_RULES


def ob(id: int = 1, due: datetime = T0 + 30 * MIN, code: str = "first_phone") -> Obligation:
    return Obligation(
        incident_id=1,
        rule_code=code,
        kind=ObligationKind.PHONE,
        anchor=Anchor.RECEIVED,
        anchor_at=due - 30 * MIN,
        due_at=due,
        id=id,
    )


def test_moments_of_one_obligation_at_exact_times() -> None:
    due = T0 + 30 * MIN
    first = [m for _, m in zip(range(6), moments_of(ob(), RULES), strict=False)]
    assert [(m.kind, m.at, m.key) for m in first] == [
        (MomentKind.WARNING, due - 10 * MIN, "1:warning"),
        (MomentKind.CRITICAL, due - 5 * MIN, "1:critical"),
        (MomentKind.DUE, due, "1:due"),
        (MomentKind.OVERDUE, due + 5 * MIN, "1:overdue:1"),
        (MomentKind.OVERDUE, due + 10 * MIN, "1:overdue:2"),
        (MomentKind.OVERDUE, due + 15 * MIN, "1:overdue:3"),
    ]


@pytest.mark.parametrize(
    ("start", "end", "keys"),
    [
        # Half-open (start, end]: a moment exactly at `end` is in, exactly at `start` is out.
        (T0 + 19 * MIN, T0 + 20 * MIN, ["1:warning"]),
        (T0 + 20 * MIN, T0 + 25 * MIN, ["1:critical"]),
        (T0 + 20 * MIN, T0 + 25 * MIN - timedelta(seconds=1), []),
        (T0 + 29 * MIN + 59 * timedelta(seconds=1), T0 + 30 * MIN, ["1:due"]),
        (T0 + 30 * MIN, T0 + 45 * MIN, ["1:overdue:1", "1:overdue:2", "1:overdue:3"]),
        (T0 + 45 * MIN, T0 + 49 * MIN, []),
    ],
)
def test_moments_between_windows(start: datetime, end: datetime, keys: list[str]) -> None:
    assert [m.key for m in moments_between([ob()], RULES, start, end)] == keys


def test_overdue_repeat_interval_is_a_setting() -> None:
    moments = moments_between([ob()], RULES, T0 + 30 * MIN, T0 + 60 * MIN, repeat_minutes=15)
    assert [m.key for m in moments] == ["1:overdue:1", "1:overdue:2"]
    assert moments[0].at == T0 + 45 * MIN


def test_done_and_cancelled_obligations_do_not_ring() -> None:
    done = dataclasses.replace(ob(), status=ObligationState.DONE, done_at=T0)
    cancelled = dataclasses.replace(ob(2), status=ObligationState.CANCELLED)
    assert moments_between([done, cancelled], RULES, T0, T0 + 5 * 60 * MIN) == []
    assert next_moment_after([done, cancelled], RULES, T0) is None


def test_equal_thresholds_never_ring_twice_at_one_instant() -> None:
    rule = dataclasses.replace(FIRST_PHONE, warn_minutes=5, critical_minutes=0)
    keys = [m.key for m in moments_between([ob()], [rule], T0, T0 + 31 * MIN)]
    assert keys == ["1:warning", "1:due"]  # critical 0 would coincide with due: dropped
    rule = dataclasses.replace(FIRST_PHONE, warn_minutes=5, critical_minutes=5)
    keys = [m.key for m in moments_between([ob()], [rule], T0, T0 + 31 * MIN)]
    assert keys == ["1:critical", "1:due"]


def test_next_moment_after() -> None:
    obs = [ob(1, T0 + 30 * MIN), ob(2, T0 + 12 * MIN)]
    first = next_moment_after(obs, RULES, T0)
    assert first is not None and first.key == "2:warning" and first.at == T0 + 2 * MIN
    later = next_moment_after(obs, RULES, T0 + 3 * 60 * MIN)
    # Both overdue: obligation 2 rings every 5 minutes from 14:12, so 17:02 comes first.
    assert later is not None and later.key == "2:overdue:34" and later.at == T0 + 182 * MIN


def test_missed_while_away_collapses_to_the_latest_per_obligation() -> None:
    obs = [ob(1, T0 + 30 * MIN), ob(2, T0 + 8 * 60 * MIN)]
    now = T0 + 8 * 60 * MIN - 3 * MIN  # obligation 2 is critical, obligation 1 long overdue
    missed = missed_while_away(obs, RULES, T0, now)
    assert [m.key for m in missed] == ["1:overdue:89", "2:critical"]
    assert missed[0].minutes_late(now) == 7 * 60 + 27
    assert missed[1].minutes_left(now) == 3


def test_missed_while_away_only_counts_the_absence() -> None:
    now = T0 + 33 * MIN
    assert [m.key for m in missed_while_away([ob()], RULES, T0 + 29 * MIN, now)] == ["1:due"]
    assert missed_while_away([ob()], RULES, T0 + 31 * MIN, now) == []
    never_seen = missed_while_away([ob()], RULES, None, now)
    assert [m.key for m in never_seen] == ["1:due"]


due_offsets = st.integers(min_value=-600, max_value=600)


@given(
    st.lists(due_offsets, min_size=1, max_size=8),
    st.integers(min_value=-300, max_value=300),
    st.integers(min_value=1, max_value=600),
    st.integers(min_value=1, max_value=30),
)
def test_moments_are_ordered_and_keys_unique(
    dues: list[int], start: int, length: int, repeat: int
) -> None:
    obs = [ob(i + 1, T0 + d * MIN) for i, d in enumerate(dues)]
    begin, end = T0 + start * MIN, T0 + (start + length) * MIN
    moments = moments_between(obs, RULES, begin, end, repeat_minutes=repeat)
    keys = [m.key for m in moments]
    assert len(keys) == len(set(keys))
    assert all(begin < m.at <= end for m in moments)
    assert [(m.at, m.key) for m in moments] == sorted((m.at, m.key) for m in moments)
    for o in obs:
        mine = [m.at for m in moments if m.obligation_id == o.id]
        assert all(a < b for a, b in itertools.pairwise(mine))  # strictly increasing
    nxt = next_moment_after(obs, RULES, begin, repeat_minutes=repeat)
    assert nxt is not None
    if moments:
        assert (nxt.at, nxt.key) == (moments[0].at, moments[0].key)
    missed = missed_while_away(obs, RULES, begin, end, repeat_minutes=repeat)
    latest = {m.obligation_id: m.key for m in moments}
    assert {m.obligation_id: m.key for m in missed} == latest


@given(due_offsets, st.integers(min_value=0, max_value=600))
def test_consecutive_windows_partition_the_moments(due: int, split: int) -> None:
    o = [ob(1, T0 + due * MIN)]
    a, b, c = T0 - 700 * MIN, T0 + (split - 300) * MIN, T0 + 700 * MIN
    whole = moments_between(o, RULES, a, c)
    assert moments_between(o, RULES, a, b) + moments_between(o, RULES, b, c) == whole
