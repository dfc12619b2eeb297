"""Grading of 生产安全事故 by State Council Decree 493 art. 3, plus 较大涉险 and 敏感 reporting."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dutyroom.messages import Text, joined, t
from dutyroom.models import Casualties, Grade, Incident

# Decree 493 lower bounds, ascending grade order (较大, 重大, 特别重大); "≥" includes the bound.
DEATH_BOUNDS: tuple[int, int, int] = (3, 10, 30)
SERIOUS_INJURY_BOUNDS: tuple[int, int, int] = (10, 50, 100)
LOSS_WAN_BOUNDS: tuple[float, float, float] = (1000.0, 5000.0, 10000.0)

_RAISED = (Grade.LARGER, Grade.MAJOR, Grade.GRAVE)
PERSONS = t("人")
TEN_THOUSAND_YUAN = t("万元")


@dataclass(frozen=True, slots=True)
class GradingPolicy:
    """The bureau's switches; the decree's bounds are law, these are local practice."""

    count_missing_as_deaths: bool = True
    near_miss_endangered: int = 10
    near_miss_trapped_or_missing: int = 3
    near_miss_evacuated: int = 500


DEFAULT_POLICY = GradingPolicy()


def _fmt_num(value: float) -> str:
    return f"{value:g}"


def _grade_by(value: float, bounds: tuple[float, ...]) -> Grade:
    grade = Grade.GENERAL
    for bound, candidate in zip(bounds, _RAISED, strict=True):
        if value >= bound:
            grade = candidate
    return grade


def _band(grade: Grade, bounds: tuple[float, ...], unit: str) -> Text:
    """The bracket text of a grade for one criterion, e.g. "3–9人" or "≥30人"."""
    index = _RAISED.index(grade)
    low = _fmt_num(bounds[index])
    if index == len(bounds) - 1:
        return t("≥{low}{unit}", low=low, unit=unit)
    upper = bounds[index + 1]
    high = _fmt_num(upper - 1) if unit == PERSONS else f"<{_fmt_num(upper)}"
    return t("{low}–{high}{unit}", low=low, high=high, unit=unit)


def grade_for(c: Casualties, policy: GradingPolicy = DEFAULT_POLICY) -> tuple[Grade, str]:
    """The highest grade any single criterion reaches, and a reason naming the deciding criteria."""
    deaths = c.deaths + (c.missing if policy.count_missing_as_deaths else 0)
    death_label = t("死亡（含失踪）") if policy.count_missing_as_deaths else t("死亡")
    criteria: list[tuple[Grade, str, str]] = []
    g = _grade_by(deaths, DEATH_BOUNDS)
    criteria.append((g, t("{label}{n}人", label=death_label, n=deaths), PERSONS))
    g = _grade_by(c.serious_injuries, SERIOUS_INJURY_BOUNDS)
    criteria.append((g, t("重伤（含急性中毒）{n}人", n=c.serious_injuries), PERSONS))
    g = _grade_by(c.direct_loss_wan, LOSS_WAN_BOUNDS)
    loss = _fmt_num(c.direct_loss_wan)
    criteria.append((g, t("直接经济损失{loss}万元", loss=loss), TEN_THOUSAND_YUAN))
    bounds = {0: DEATH_BOUNDS, 1: SERIOUS_INJURY_BOUNDS, 2: LOSS_WAN_BOUNDS}
    top = max((grade for grade, _, _ in criteria), key=lambda grade: grade.rank)
    if top is Grade.GENERAL:
        return Grade.GENERAL, t("未达较大标准")
    parts = [
        t(
            "{criterion}，达到{grade}（{band}）",
            criterion=text,
            grade=grade,
            band=_band(grade, bounds[i], unit),
        )
        for i, (grade, text, unit) in enumerate(criteria)
        if grade is top
    ]
    return top, joined("；", parts)


def reason_of(incident: Incident) -> str:
    """The stored grade reason, as the core's message (which a UI can translate) when grading the
    numbers with or without the missing counted as deaths gives the same words; else as stored."""
    for count_missing in (True, False):
        policy = GradingPolicy(count_missing_as_deaths=count_missing)
        _, reason = grade_for(incident.casualties, policy)
        if reason == incident.grade_reason:
            return reason
    return incident.grade_reason


def is_near_miss(c: Casualties, policy: GradingPolicy = DEFAULT_POLICY) -> bool:
    """较大涉险 by the numbers; a threat to a key facility is the officer's manual flag."""
    return (
        c.endangered >= policy.near_miss_endangered
        or c.trapped + c.missing >= policy.near_miss_trapped_or_missing
        or c.evacuated >= policy.near_miss_evacuated
    )


def reportable_as_major(grade: Grade, near_miss: bool, sensitive: bool) -> bool:
    """Reported like a 较大 event: grade ≥ 较大, or 较大涉险, or 敏感."""
    return grade.rank >= Grade.LARGER.rank or near_miss or sensitive


def incident_is_major(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> bool:
    """The test of the "major" rules: effective grade, flags, and near-miss numbers."""
    near_miss = incident.near_miss or is_near_miss(incident.casualties, policy)
    return reportable_as_major(incident.effective_grade, near_miss, incident.sensitive)


def regrade(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> Incident:
    """A copy with grade and grade_reason recomputed from the numbers; the override is untouched."""
    grade, reason = grade_for(incident.casualties, policy)
    return dataclasses.replace(incident, grade=grade, grade_reason=reason)
