"""Reporting-deadline rules as data (DOMAIN.md §4): checks, serialisation, the old format.

The defaults and presets, each with its source, are in dutyroom/rule_defaults.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import time
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import joined, t
from dutyroom.models import Anchor, Condition, Grade, LogKind, ObligationKind, Rule
from dutyroom.rule_conditions import (
    FLAG_NEAR_MISS,
    FLAG_SENSITIVE,
    FLAGS,
    MODE_CASUALTY_CHANGE,
    MODE_ONCE,
    MODE_SERIES,
    MODES,
    STATE_CLOSED,
    STATE_OPEN,
    STATE_STABLE,
    STATES,
    SUBJECT_INCIDENT,
)
from dutyroom.rule_defaults import DEFAULT_RULES, PRESET_NATIONAL, PRESETS

__all__ = ["DEFAULT_RULES", "PRESETS", "PRESET_NATIONAL"]

# 补报 window after the event: 30 days, 7 for road traffic and fire (their casualty counts settle
# within a week under the accident-reporting rules).
SUPPLEMENTARY_WINDOW_DAYS = 30
SUPPLEMENTARY_SHORT_WINDOW_DAYS = 7
SUPPLEMENTARY_SHORT_CATEGORIES: frozenset[str] = frozenset({"道路交通", "火灾"})

# The first wave's `applies` values, read from old rule data (JSON files, databases before
# migration 0007): each is a mode and a condition of the present model.
_MAJOR_CONDITION = Condition(min_grade=Grade.LARGER, also_flags=(FLAG_NEAR_MISS, FLAG_SENSITIVE))
LEGACY_APPLIES: dict[str, tuple[str, Condition]] = {
    "major": (MODE_ONCE, _MAJOR_CONDITION),
    "general": (
        MODE_ONCE,
        Condition(max_grade=Grade.GENERAL, unless_flags=(FLAG_NEAR_MISS, FLAG_SENSITIVE)),
    ),
    "open_major": (
        MODE_SERIES,
        Condition(min_grade=Grade.LARGER, states=(STATE_OPEN, STATE_STABLE)),
    ),
    "casualty_change": (MODE_CASUALTY_CHANGE, Condition()),
    "closing_major": (MODE_ONCE, Condition(min_grade=Grade.LARGER, states=(STATE_CLOSED,))),
}
_LOG_SUBJECTS = frozenset(kind.value for kind in LogKind)


def _check_condition(label: str, c: Condition) -> None:
    for flag in (*c.also_flags, *c.unless_flags):
        if flag not in FLAGS:
            raise ValidationError(
                "condition", t("规则“{label}”的标记“{flag}”无效", label=label, flag=flag)
            )
    for state in c.states:
        if state not in STATES:
            raise ValidationError(
                "condition", t("规则“{label}”的事件状态“{state}”无效", label=label, state=state)
            )
    if c.min_grade is not None and c.max_grade is not None and c.min_grade.rank > c.max_grade.rank:
        raise ValidationError("condition", t("规则“{label}”的最低等级高于最高等级", label=label))
    if c.also_dead_missing is not None and c.also_dead_missing < 1:
        raise ValidationError("condition", t("规则“{label}”的死亡失踪人数门槛须大于0", label=label))
    if set(c.categories) & set(c.not_categories):
        raise ValidationError("condition", t("规则“{label}”的类别既适用又排除", label=label))


def _check_timing(label: str, rule: Rule) -> None:
    if rule.offset_minutes < 0:
        raise ValidationError("offset_minutes", t("规则“{label}”的时限不能为负数", label=label))
    if rule.working_days < 0:
        raise ValidationError("working_days", t("规则“{label}”的工作日数不能为负数", label=label))
    if len(set(rule.at_times)) != len(rule.at_times):
        raise ValidationError("at_times", t("规则“{label}”的截止时刻重复", label=label))
    if rule.warn_minutes < 0 or rule.critical_minutes < 0:
        raise ValidationError("warn_minutes", t("规则“{label}”的提醒时间不能为负数", label=label))
    if rule.warn_minutes < rule.critical_minutes:
        raise ValidationError(
            "warn_minutes",
            t(
                "规则“{label}”的预警时间不能短于紧急时间（{critical_minutes}分钟）",
                label=label,
                critical_minutes=rule.critical_minutes,
            ),
        )
    for field_name in ("repeat_minutes", "repeat_minutes_major"):
        value = getattr(rule, field_name)
        if value is not None and value <= 0:
            raise ValidationError(
                field_name, t("规则“{label}”的续报间隔必须大于0分钟", label=label)
            )
    if rule.applies == MODE_SERIES and rule.anchor is not Anchor.PREVIOUS:
        raise ValidationError("anchor", t("规则“{label}”为续报系列，须从上次报送起算", label=label))
    if rule.applies == MODE_SERIES and not rule.at_times and rule.offset_minutes == 0:
        raise ValidationError(
            "offset_minutes", t("规则“{label}”为续报系列，间隔须大于0分钟", label=label)
        )


def _check_subject(label: str, rule: Rule) -> None:
    if rule.subject == SUBJECT_INCIDENT:
        if rule.anchor is Anchor.LOGGED:
            raise ValidationError(
                "anchor", t("规则“{label}”适用于事件，不能从日志登记时间起算", label=label)
            )
        return
    if rule.subject not in _LOG_SUBJECTS:
        raise ValidationError(
            "subject",
            t("规则“{label}”的适用对象“{subject}”无效", label=label, subject=rule.subject),
        )
    if rule.anchor is not Anchor.LOGGED or rule.applies != MODE_ONCE:
        raise ValidationError(
            "anchor", t("规则“{label}”适用于值班日志事项，须从登记时间起算", label=label)
        )


def validate_rules(rules: Iterable[Rule]) -> None:
    """Raise ValidationError (field, Chinese message) for the first bad rule found."""
    seen: set[str] = set()
    for rule in rules:
        label = rule.name or rule.code
        if not rule.name.strip():
            raise ValidationError("name", t("规则“{code}”的名称不能为空", code=rule.code))
        if not rule.code.strip():
            raise ValidationError("code", t("规则“{label}”的代码不能为空", label=label))
        if rule.code in seen:
            raise ValidationError("code", t("规则代码“{code}”重复", code=rule.code))
        seen.add(rule.code)
        if rule.applies not in MODES:
            raise ValidationError(
                "applies",
                t("规则“{label}”的适用范围“{applies}”无效", label=label, applies=rule.applies),
            )
        units = [unit.strip() for unit in rule.recipients]
        if any(not unit for unit in units):
            raise ValidationError("recipients", t("规则“{label}”的报送对象不能为空", label=label))
        if len(set(units)) != len(units):
            raise ValidationError("recipients", t("规则“{label}”的报送对象重复", label=label))
        _check_condition(label, rule.condition)
        _check_timing(label, rule)
        _check_subject(label, rule)


def recipients_text(rule: Rule) -> str:
    return joined("、", rule.recipients) if rule.recipients else t("（不限）")


def _condition_to_dict(c: Condition) -> dict[str, Any]:
    return {
        "categories": list(c.categories),
        "not_categories": list(c.not_categories),
        "min_grade": c.min_grade.value if c.min_grade else None,
        "max_grade": c.max_grade.value if c.max_grade else None,
        "also_flags": list(c.also_flags),
        "also_dead_missing": c.also_dead_missing,
        "unless_flags": list(c.unless_flags),
        "states": list(c.states),
    }


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    """A plain JSON-able dict (enums as their values) for storage and export."""
    return {
        "code": rule.code,
        "name": rule.name,
        "kind": rule.kind.value,
        "applies": rule.applies,
        "anchor": rule.anchor.value,
        "offset_minutes": rule.offset_minutes,
        "repeat_minutes": rule.repeat_minutes,
        "repeat_minutes_major": rule.repeat_minutes_major,
        "warn_minutes": rule.warn_minutes,
        "critical_minutes": rule.critical_minutes,
        "enabled": rule.enabled,
        "condition": _condition_to_dict(rule.condition),
        "at_times": [at.strftime("%H:%M") for at in rule.at_times],
        "working_days": rule.working_days,
        "recipients": list(rule.recipients),
        "source": rule.source,
        "subject": rule.subject,
        "id": rule.id,
    }


def _int(value: Any, key: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(t("“{key}”须为整数：{value!r}", key=key, value=value)) from exc


def _opt_int(value: Any, key: str = "id") -> int | None:
    return None if value is None or value == "" else _int(value, key)


def _enum(kind: Any, value: Any, key: str) -> Any:
    try:
        return kind(value)
    except ValueError as exc:
        raise ValueError(t("“{key}”的值“{value}”无效", key=key, value=value)) from exc


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValueError(t("应为列表：{value!r}", value=value))
    return tuple(str(item).strip() for item in value)


def _grade(value: Any, key: str) -> Grade | None:
    return None if value in (None, "") else _enum(Grade, value, key)


def condition_from_dict(data: Any) -> Condition:
    if not isinstance(data, Mapping):
        raise ValueError(t("“condition”须为对象：{value!r}", value=data))
    return Condition(
        categories=_strings(data.get("categories")),
        not_categories=_strings(data.get("not_categories")),
        min_grade=_grade(data.get("min_grade"), "min_grade"),
        max_grade=_grade(data.get("max_grade"), "max_grade"),
        also_flags=_strings(data.get("also_flags")),
        also_dead_missing=_opt_int(data.get("also_dead_missing"), "also_dead_missing"),
        unless_flags=_strings(data.get("unless_flags")),
        states=_strings(data.get("states")),
    )


def parse_times(values: Iterable[str]) -> tuple[time, ...]:
    """ "09:00"-style local times; ValueError naming the bad one."""
    result = []
    for text in values:
        try:
            result.append(time.fromisoformat(str(text).strip()))
        except ValueError as exc:
            raise ValueError(t("时刻“{text}”无效（应为HH:MM）", text=text)) from exc
    return tuple(result)


def rule_from_dict(data: Mapping[str, Any]) -> Rule:
    """Inverse of rule_to_dict; missing optional keys take the Rule defaults, and the first
    wave's `applies` values ("major", "general"…) are read as their mode and condition."""
    try:
        applies = str(data["applies"])
        condition = condition_from_dict(data.get("condition") or {})
        if applies in LEGACY_APPLIES and "condition" not in data:
            applies, condition = LEGACY_APPLIES[applies]
        return Rule(
            code=str(data["code"]),
            name=str(data["name"]),
            kind=_enum(ObligationKind, data["kind"], "kind"),
            applies=applies,
            anchor=_enum(Anchor, data["anchor"], "anchor"),
            offset_minutes=_int(data["offset_minutes"], "offset_minutes"),
            repeat_minutes=_opt_int(data.get("repeat_minutes"), "repeat_minutes"),
            repeat_minutes_major=_opt_int(data.get("repeat_minutes_major"), "repeat_minutes_major"),
            warn_minutes=_int(data.get("warn_minutes", 10), "warn_minutes"),
            critical_minutes=_int(data.get("critical_minutes", 5), "critical_minutes"),
            enabled=bool(data.get("enabled", True)),
            condition=condition,
            at_times=parse_times(_strings(data.get("at_times") or ())),
            working_days=_int(data.get("working_days") or 0, "working_days"),
            recipients=_strings(data.get("recipients")),
            source=str(data.get("source") or ""),
            subject=str(data.get("subject") or SUBJECT_INCIDENT),
            id=_opt_int(data.get("id")),
        )
    except KeyError as exc:
        raise ValidationError(
            str(exc.args[0]), t("规则数据缺少字段“{field}”", field=exc.args[0])
        ) from exc
    except (ValueError, TypeError) as exc:
        raise ValidationError("rule", t("规则数据无效：{exc}", exc=exc)) from exc


def supplementary_window_days(category: str, subtype: str) -> int:
    """How long after the event a casualty change still calls for a 补报."""
    if category in SUPPLEMENTARY_SHORT_CATEGORIES or subtype in SUPPLEMENTARY_SHORT_CATEGORIES:
        return SUPPLEMENTARY_SHORT_WINDOW_DAYS
    return SUPPLEMENTARY_WINDOW_DAYS


# --- words for the rule editor and the `rules` commands (additive helpers) -------------------

# Said after every change of the rules, in the editor and on the command line: a saved rule never
# re-times an obligation that already exists (issue 14).
UNCHANGED_NOTE = t("已经产生的报送时限保持原时限不变，修改后的规则适用于此后新产生的时限。")

SUBJECT_NAMES: dict[str, str] = {
    SUBJECT_INCIDENT: t("事件"),
    LogKind.WARNING.value: t("预警"),
    LogKind.DOCUMENT.value: t("文电"),
    LogKind.INSTRUCTION.value: t("领导批示"),
}
MODE_NAMES: dict[str, str] = {
    MODE_ONCE: t("一次"),
    MODE_SERIES: t("续报系列"),
    MODE_CASUALTY_CHANGE: t("伤亡变化补报"),
}
ANCHOR_NAMES: dict[Anchor, str] = {
    Anchor.RECEIVED: t("接报"),
    Anchor.OCCURRED: t("事发"),
    Anchor.PREVIOUS: t("上次报送"),
    Anchor.CLOSED: t("终结"),
    Anchor.STABLE: t("稳定"),
    Anchor.LOGGED: t("登记"),
}
KIND_NAMES: dict[ObligationKind, str] = {
    ObligationKind.PHONE: t("电话报告"),
    ObligationKind.WRITTEN: t("书面报告"),
    ObligationKind.FOLLOWUP: t("续报"),
    ObligationKind.SUPPLEMENTARY: t("补报"),
    ObligationKind.FINAL: t("终报"),
    ObligationKind.VERIFY: t("核报"),
    ObligationKind.TASK: t("事项办理"),
}


def minutes_text(minutes: int) -> str:
    """30 → 30分钟, 120 → 2小时, 90 → 90分钟: whole hours as hours, anything else in minutes."""
    if minutes and minutes % 60 == 0:
        return t("{n}小时", n=minutes // 60)
    return t("{n}分钟", n=minutes)


def _clock_text(at: time) -> str:
    return f"{at.hour}:{at.minute:02d}"


def deadline_text(rule: Rule) -> str:
    """The rule's deadline as the editor's table says it: 30分钟, 2小时, 每日9:00前, 2个工作日,
    24小时（重大以上12小时）; a 补报 is due by the end of the day the numbers changed."""
    if rule.working_days:
        return t("{n}个工作日", n=rule.working_days)
    if rule.at_times:
        return t("每日{times}前", times=joined("、", [_clock_text(at) for at in rule.at_times]))
    if rule.applies == MODE_CASUALTY_CHANGE:
        return t("当日24时前")
    first = minutes_text(rule.offset_minutes)
    repeat = rule.repeat_minutes
    if rule.applies == MODE_SERIES and repeat is not None and repeat != rule.offset_minutes:
        first = t("{first}，此后每{repeat}", first=first, repeat=minutes_text(repeat))
    major = rule.repeat_minutes_major
    if major is not None and major != (repeat or rule.offset_minutes):
        return t("{first}（重大以上{major}）", first=first, major=minutes_text(major))
    return first


def rules_from_json(data: Any) -> list[Rule]:
    """A JSON list of rule dicts (as `rules export` writes them), each read and then all checked
    together; ValidationError (in Chinese, naming the rule's place) on the first problem."""
    if not isinstance(data, list):
        raise ValidationError("rules", t("规则文件应为规则列表（JSON 数组）"))
    rules: list[Rule] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, Mapping):
            raise ValidationError("rules", t("第{n}条规则不是对象", n=number))
        try:
            rules.append(rule_from_dict(item))
        except ValidationError as exc:
            raise ValidationError(
                exc.field, t("第{n}条规则：{message}", n=number, message=exc.message)
            ) from exc
    validate_rules(rules)
    return rules


def same_rules(first: Iterable[Rule], second: Iterable[Rule]) -> bool:
    """The same rules in the same order, whatever ids storage gave them."""

    def key(rules: Iterable[Rule]) -> list[dict[str, Any]]:
        return [{**rule_to_dict(rule), "id": None} for rule in rules]

    return key(first) == key(second)
