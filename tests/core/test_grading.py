"""Decree 493 grading: every boundary, missing persons, 较大涉险, and monotonicity."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.grading import (
    GradingPolicy,
    grade_for,
    incident_is_major,
    is_near_miss,
    regrade,
    reportable_as_major,
)
from dutyroom.models import Casualties, Grade, Incident

G, L, M, X = Grade.GENERAL, Grade.LARGER, Grade.MAJOR, Grade.GRAVE


@pytest.mark.parametrize(
    ("c", "grade"),
    [
        (Casualties(deaths=2), G),
        (Casualties(deaths=3), L),
        (Casualties(deaths=9), L),
        (Casualties(deaths=10), M),
        (Casualties(deaths=29), M),
        (Casualties(deaths=30), X),
        (Casualties(serious_injuries=9), G),
        (Casualties(serious_injuries=10), L),
        (Casualties(serious_injuries=49), L),
        (Casualties(serious_injuries=50), M),
        (Casualties(serious_injuries=99), M),
        (Casualties(serious_injuries=100), X),
        (Casualties(direct_loss_wan=999.9), G),
        (Casualties(direct_loss_wan=1000), L),
        (Casualties(direct_loss_wan=4999.9), L),
        (Casualties(direct_loss_wan=5000), M),
        (Casualties(direct_loss_wan=9999.9), M),
        (Casualties(direct_loss_wan=10000), X),
        (Casualties(), G),
        (Casualties(injured=500), G),  # light injuries do not grade
        (Casualties(deaths=2, serious_injuries=50, direct_loss_wan=1000), M),
    ],
)
def test_grade_boundaries(c: Casualties, grade: Grade) -> None:
    assert grade_for(c)[0] is grade


@pytest.mark.parametrize(
    ("count_missing", "grade"),
    [(True, L), (False, G)],
)
def test_missing_persons_count_with_deaths_by_setting(count_missing: bool, grade: Grade) -> None:
    c = Casualties(deaths=2, missing=1)
    assert grade_for(c, GradingPolicy(count_missing_as_deaths=count_missing))[0] is grade


@pytest.mark.parametrize(
    ("c", "reason"),
    [
        (Casualties(deaths=3), "死亡（含失踪）3人，达到较大（3–9人）"),
        (Casualties(deaths=1, missing=9), "死亡（含失踪）10人，达到重大（10–29人）"),
        (Casualties(deaths=30), "死亡（含失踪）30人，达到特别重大（≥30人）"),
        (Casualties(serious_injuries=12), "重伤（含急性中毒）12人，达到较大（10–49人）"),
        (Casualties(direct_loss_wan=1200), "直接经济损失1200万元，达到较大（1000–<5000万元）"),
        (Casualties(), "未达较大标准"),
    ],
)
def test_reasons_name_the_deciding_criterion(c: Casualties, reason: str) -> None:
    assert grade_for(c)[1] == reason


def test_reason_lists_every_criterion_reaching_the_top_grade() -> None:
    grade, reason = grade_for(Casualties(deaths=4, serious_injuries=12, direct_loss_wan=10))
    assert grade is L
    assert "死亡" in reason and "重伤" in reason and "直接经济损失" not in reason
    assert grade_for(Casualties(deaths=3), GradingPolicy(False))[1].startswith("死亡3人")


@pytest.mark.parametrize(
    ("c", "near"),
    [
        (Casualties(endangered=9), False),
        (Casualties(endangered=10), True),
        (Casualties(trapped=2), False),
        (Casualties(trapped=3), True),
        (Casualties(trapped=1, missing=2), True),
        (Casualties(evacuated=499), False),
        (Casualties(evacuated=500), True),
        (Casualties(deaths=2, serious_injuries=9), False),
    ],
)
def test_near_miss_thresholds(c: Casualties, near: bool) -> None:
    assert is_near_miss(c) is near


def test_near_miss_thresholds_are_data() -> None:
    policy = GradingPolicy(near_miss_evacuated=100)
    assert is_near_miss(Casualties(evacuated=100), policy)


@pytest.mark.parametrize(
    ("grade", "near", "sensitive", "expected"),
    [
        (G, False, False, False),
        (G, True, False, True),
        (G, False, True, True),
        (L, False, False, True),
        (X, False, False, True),
    ],
)
def test_reportable_as_major(grade: Grade, near: bool, sensitive: bool, expected: bool) -> None:
    assert reportable_as_major(grade, near, sensitive) is expected


def test_regrade_recomputes_and_keeps_override() -> None:
    incident = Incident(
        received_at=datetime(2026, 10, 1, tzinfo=UTC),
        casualties=Casualties(deaths=12),
        grade_override=Grade.GRAVE,
        grade_override_reason="省里定",
    )
    again = regrade(incident)
    assert (again.grade, again.grade_override, again.effective_grade) == (M, X, X)
    # Issue 14: the reason names the table it used.
    assert again.grade_reason.startswith(
        "按《生产安全事故报告和调查处理条例》第三条：死亡（含失踪）12人"
    )
    assert incident.grade is G  # the original is untouched


def test_incident_is_major_uses_numbers_flags_and_override() -> None:
    base = Incident(received_at=datetime(2026, 10, 1, tzinfo=UTC))
    assert not incident_is_major(base)
    assert incident_is_major(regrade(Incident(base.received_at, casualties=Casualties(deaths=3))))
    assert incident_is_major(Incident(base.received_at, casualties=Casualties(trapped=3)))
    assert incident_is_major(Incident(base.received_at, sensitive=True))
    assert incident_is_major(Incident(base.received_at, grade_override=L))


_counts = st.integers(min_value=0, max_value=200)
_casualties = st.builds(
    Casualties,
    deaths=_counts,
    missing=_counts,
    serious_injuries=_counts,
    direct_loss_wan=st.floats(min_value=0, max_value=20000, allow_nan=False),
)


@given(_casualties, st.sampled_from(["deaths", "missing", "serious_injuries", "direct_loss_wan"]))
def test_grade_is_monotonic_in_each_number(c: Casualties, name: str) -> None:
    more = dataclasses.replace(c, **{name: getattr(c, name) + 5})
    assert grade_for(more)[0].rank >= grade_for(c)[0].rank
