"""Figures beyond plausibility ask for confirmation (a list of questions), never a refusal."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.incident_fields import COUNT_FIELDS, MAX_COUNT, MAX_LOSS_WAN, apply_fields
from dutyroom.models import Casualties, Incident
from dutyroom.plausibility import LIMITS, Implausible, implausible, implausible_changes

T0 = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("key", "limit"),
    [
        ("deaths", 1000),
        ("missing", 1000),
        ("injured", 1000),
        ("serious_injuries", 1000),
        ("trapped", 1000),
        ("endangered", 100_000),
        ("evacuated", 100_000),
        ("direct_loss_wan", 1_000_000),
    ],
)
def test_default_limits(key: str, limit: int) -> None:
    assert LIMITS[key] == limit
    assert implausible({key: limit}) == []
    [found] = implausible({key: limit + 1})
    assert (found.field, found.value, found.limit) == (key, limit + 1, limit)


def test_every_count_field_has_a_limit_below_the_hard_limit() -> None:
    assert set(LIMITS) == {*COUNT_FIELDS, "direct_loss_wan"}
    assert all(LIMITS[key] < MAX_COUNT for key in COUNT_FIELDS)
    assert LIMITS["direct_loss_wan"] < MAX_LOSS_WAN


def test_messages_are_chinese_questions() -> None:
    found = implausible({"deaths": 99_999_999, "evacuated": "200000", "direct_loss_wan": 2e6})
    assert [f.message for f in found] == [
        "死亡人数 99999999 超过 1000，请确认是否输入有误",
        "紧急疏散转移人数 200000 超过 100000，请确认是否输入有误",
        "直接经济损失 2000000 万元超过 1000000 万元（100亿元），请确认是否输入有误（单位为万元）",
    ]
    [loss] = implausible({"direct_loss_wan": 1_500_000.5})
    assert "1500000.5 万元" in loss.message


@pytest.mark.parametrize(
    "value", [None, True, "abc", "", math.nan, math.inf, [5000], {"n": 5000}, -5]
)
def test_what_is_not_a_plausible_worry_is_ignored(value: object) -> None:
    assert implausible({"deaths": value, "title": "x" * 5000, "unknown": 10**9}) == []


def test_own_limits() -> None:
    assert implausible({"deaths": 50}, {"deaths": 30}) == [
        Implausible("deaths", 50, 30, "死亡人数 50 超过 30，请确认是否输入有误")
    ]


def test_the_core_stores_an_implausible_figure_once_given() -> None:
    """Plausibility is a question for the officer: the core keeps a confirmed figure."""
    fields = {"deaths": 5000, "evacuated": 500_000}
    assert len(implausible(fields)) == 2
    stored = apply_fields(Incident(received_at=T0), fields)
    assert (stored.casualties.deaths, stored.casualties.evacuated) == (5000, 500_000)


@given(
    key=st.sampled_from(sorted(LIMITS)),
    value=st.one_of(
        st.integers(min_value=0, max_value=10**9),
        st.floats(min_value=0, max_value=1e12, allow_nan=False),
    ),
    as_text=st.booleans(),
)
def test_flagged_exactly_above_the_limit(key: str, value: float, as_text: bool) -> None:
    given_value: Any = str(value) if as_text else value
    found = implausible({key: given_value})
    assert bool(found) is (float(value) > LIMITS[key])
    for item in found:
        assert item.field == key and item.limit == LIMITS[key] and "请确认" in item.message


def test_a_figure_confirmed_once_is_not_asked_again() -> None:
    stored = Casualties(deaths=5000, evacuated=10)
    assert implausible_changes(stored, {"deaths": 5000, "evacuated": "10", "title": "x"}) == []
    [found] = implausible_changes(stored, {"deaths": "5000", "evacuated": 200_000})
    assert found.field == "evacuated"
    assert [f.field for f in implausible_changes(stored, {"deaths": 6000})] == ["deaths"]
