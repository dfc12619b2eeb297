"""The words of a rule's condition (modes, flags, states) and whether an incident meets it."""

from __future__ import annotations

from dutyroom.grading import DEFAULT_POLICY, GradingPolicy, is_near_miss
from dutyroom.messages import joined, t
from dutyroom.models import Condition, Grade, Incident, IncidentStatus, Rule

# How a rule plans its obligations (Rule.applies).
MODE_ONCE = "once"  # one obligation while the condition holds (首报, 一般·书面, 初报, 核报, 终报)
MODE_SERIES = "series"  # one pending at a time, the next from the previous report (续报)
MODE_CASUALTY_CHANGE = "casualty_change"  # 补报: casualty numbers changed after a report
MODES: tuple[str, ...] = (MODE_ONCE, MODE_SERIES, MODE_CASUALTY_CHANGE)

FLAG_NEAR_MISS = "较大涉险"
FLAG_SENSITIVE = "敏感"
FLAGS: tuple[str, ...] = (FLAG_NEAR_MISS, FLAG_SENSITIVE)

STATE_OPEN = "open"  # open and not (yet) stable
STATE_STABLE = "stable"  # open, 灾情稳定 recorded
STATE_CLOSED = "closed"
STATES: tuple[str, ...] = (STATE_OPEN, STATE_STABLE, STATE_CLOSED)
STATE_NAMES: dict[str, str] = {
    STATE_OPEN: t("处置中"),
    STATE_STABLE: t("已稳定"),
    STATE_CLOSED: t("已终结"),
}

SUBJECT_INCIDENT = "incident"


def state_of(incident: Incident) -> str:
    if incident.status is IncidentStatus.CLOSED:
        return STATE_CLOSED
    return STATE_STABLE if incident.stable_at is not None else STATE_OPEN


def flags_of(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> frozenset[str]:
    """The flags that hold: 较大涉险 by the officer's mark or by the numbers, 敏感."""
    flags = set()
    if incident.near_miss or is_near_miss(incident.casualties, policy):
        flags.add(FLAG_NEAR_MISS)
    if incident.sensitive:
        flags.add(FLAG_SENSITIVE)
    return frozenset(flags)


def grade_test(
    condition: Condition, incident: Incident, policy: GradingPolicy = DEFAULT_POLICY
) -> bool:
    """The grade part of a condition: under the cap, and a grade, a flag or a casualty count."""
    grade = incident.effective_grade
    if condition.max_grade is not None and grade.rank > condition.max_grade.rank:
        return False
    paths: list[bool] = []
    if condition.min_grade is not None:
        paths.append(grade.rank >= condition.min_grade.rank)
    if condition.also_flags:
        paths.append(bool(flags_of(incident, policy) & set(condition.also_flags)))
    if condition.also_dead_missing is not None:
        dead_missing = incident.casualties.deaths + incident.casualties.missing
        paths.append(dead_missing >= condition.also_dead_missing)
    return not paths or any(paths)


def why_not(rule: Rule, incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> str | None:
    """None when the rule applies to the incident now; else why not, in Chinese (the reason a
    pending obligation of the rule is cancelled with)."""
    c = rule.condition
    name = rule.name
    kinds = {incident.category, incident.subtype} - {""}
    if c.categories and not kinds & set(c.categories):
        return t(
            "类别不属于{categories}，不适用{name}时限",
            categories=joined("、", c.categories),
            name=name,
        )
    excluded = sorted(kinds & set(c.not_categories))
    if excluded:
        return t("类别为{category}，不适用{name}时限", category=excluded[0], name=name)
    state = state_of(incident)
    if c.states and state not in c.states:
        if state == STATE_CLOSED:
            return t("事件已终结")
        if c.states == (STATE_CLOSED,):
            return t("事件已重新打开，暂不需要{name}", name=name)
        if state == STATE_STABLE:
            return t("灾情已稳定，不再需要{name}", name=name)
        return t("灾情尚未稳定，暂不需要{name}", name=name)
    if c.unless_flags and flags_of(incident, policy) & set(c.unless_flags):
        return t("事件按较大及以上报送，不再适用{name}时限", name=name)
    capped = c.max_grade is not None and incident.effective_grade.rank > c.max_grade.rank
    if capped and c.max_grade is Grade.GENERAL:
        return t("事件按较大及以上报送，不再适用{name}时限", name=name)
    if not grade_test(c, incident, policy):
        return t("等级调整为{grade}，不再适用{name}时限", grade=incident.effective_grade, name=name)
    return None


def describe(condition: Condition) -> str:
    """The condition in one line of Chinese, for the rule editor and "why this deadline"."""
    parts: list[str] = []
    if condition.categories:
        parts.append(t("类别：{names}", names=joined("、", condition.categories)))
    if condition.not_categories:
        parts.append(t("不含：{names}", names=joined("、", condition.not_categories)))
    grade_paths: list[str] = []
    low, high = condition.min_grade, condition.max_grade
    if low is not None and high is not None and low == high:
        grade_paths.append(low)
    elif low is not None and high is not None:
        grade_paths.append(t("{low}至{high}", low=low, high=high))
    elif low is not None:
        grade_paths.append(t("{grade}及以上", grade=low))
    elif high is not None:
        grade_paths.append(t("{grade}及以下", grade=high))
    grade_paths.extend(condition.also_flags)
    if condition.also_dead_missing is not None:
        grade_paths.append(t("死亡失踪≥{n}人", n=condition.also_dead_missing))
    if grade_paths:
        parts.append(joined("或", grade_paths))
    if condition.unless_flags:
        parts.append(t("非{flags}", flags=joined("、", condition.unless_flags)))
    if condition.states:
        parts.append(joined("、", [STATE_NAMES[s] for s in condition.states if s in STATE_NAMES]))
    return joined("；", parts) if parts else t("所有事件")
