"""Reporting-deadline rules as data (DOMAIN.md §4): defaults, presets, checks, serialisation."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import t
from dutyroom.models import Anchor, ObligationKind, Rule

# `applies` values understood by obligations.plan.
APPLIES_MAJOR = "major"  # effective grade ≥ 较大, or 较大涉险, or 敏感
APPLIES_GENERAL = "general"  # not major
APPLIES_OPEN_MAJOR = "open_major"  # open and effective grade ≥ 较大: the 续报 series
APPLIES_CASUALTY_CHANGE = "casualty_change"  # 补报
APPLIES_CLOSING_MAJOR = "closing_major"  # 终报
APPLIES_VALUES: tuple[str, ...] = (
    APPLIES_MAJOR,
    APPLIES_GENERAL,
    APPLIES_OPEN_MAJOR,
    APPLIES_CASUALTY_CHANGE,
    APPLIES_CLOSING_MAJOR,
)

# 补报 window after the event: 30 days, 7 for road traffic and fire (their casualty counts settle
# within a week under the accident-reporting rules).
SUPPLEMENTARY_WINDOW_DAYS = 30
SUPPLEMENTARY_SHORT_WINDOW_DAYS = 7
SUPPLEMENTARY_SHORT_CATEGORIES: frozenset[str] = frozenset({"道路交通", "火灾"})


def _rule(
    code: str, name: str, kind: ObligationKind, applies: str, anchor: Anchor, offset: int
) -> Rule:
    return Rule(
        code=code, name=name, kind=kind, applies=applies, anchor=anchor, offset_minutes=offset
    )


FIRST_PHONE = _rule(
    "first_phone", t("首报·电话"), ObligationKind.PHONE, APPLIES_MAJOR, Anchor.RECEIVED, 30
)
FIRST_WRITTEN = _rule(
    "first_written", t("首报·书面"), ObligationKind.WRITTEN, APPLIES_MAJOR, Anchor.RECEIVED, 60
)
GENERAL_WRITTEN = _rule(
    "general_written", t("一般·书面"), ObligationKind.WRITTEN, APPLIES_GENERAL, Anchor.RECEIVED, 180
)
FOLLOWUP = dataclasses.replace(
    _rule(
        "followup", t("续报"), ObligationKind.FOLLOWUP, APPLIES_OPEN_MAJOR, Anchor.PREVIOUS, 1440
    ),
    repeat_minutes=1440,
    repeat_minutes_major=720,
)
# The due time of a 补报 is the next local midnight, not anchor + offset: offset 0 is a placeholder.
SUPPLEMENTARY = _rule(
    "supplementary",
    t("补报"),
    ObligationKind.SUPPLEMENTARY,
    APPLIES_CASUALTY_CHANGE,
    Anchor.RECEIVED,
    0,
)
FINAL = _rule("final", t("终报"), ObligationKind.FINAL, APPLIES_CLOSING_MAJOR, Anchor.CLOSED, 60)

DEFAULT_RULES: tuple[Rule, ...] = (
    FIRST_PHONE,
    FIRST_WRITTEN,
    GENERAL_WRITTEN,
    FOLLOWUP,
    SUPPLEMENTARY,
    FINAL,
)


def _with_offsets(rules: Iterable[Rule], offsets: Mapping[str, int]) -> tuple[Rule, ...]:
    return tuple(
        dataclasses.replace(r, offset_minutes=offsets[r.code]) if r.code in offsets else r
        for r in rules
    )


# The natural-disaster preset leaves out the daily 零报告 by 09:00: it is a fixed clock time while a
# response is active, not an obligation of one incident, and the rule model has no such anchor yet.
PRESETS: dict[str, tuple[Rule, ...]] = {
    t("默认（部颁）"): DEFAULT_RULES,
    t("从严（电话15分钟/书面35分钟）"): _with_offsets(
        DEFAULT_RULES, {"first_phone": 15, "first_written": 35}
    ),
    t("一般事件2小时"): _with_offsets(DEFAULT_RULES, {"general_written": 120}),
    t("一般事件6小时"): _with_offsets(DEFAULT_RULES, {"general_written": 360}),
    t("自然灾害（首报2小时）"): _with_offsets(
        DEFAULT_RULES, {"first_written": 120, "general_written": 120}
    ),
}


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
        if rule.applies not in APPLIES_VALUES:
            raise ValidationError(
                "applies",
                t("规则“{label}”的适用范围“{applies}”无效", label=label, applies=rule.applies),
            )
        if rule.offset_minutes < 0:
            raise ValidationError("offset_minutes", t("规则“{label}”的时限不能为负数", label=label))
        if rule.warn_minutes < 0 or rule.critical_minutes < 0:
            raise ValidationError(
                "warn_minutes", t("规则“{label}”的提醒时间不能为负数", label=label)
            )
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
        "id": rule.id,
    }


def _opt_int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def rule_from_dict(data: Mapping[str, Any]) -> Rule:
    """Inverse of rule_to_dict; missing optional keys take the Rule defaults."""
    try:
        return Rule(
            code=str(data["code"]),
            name=str(data["name"]),
            kind=ObligationKind(data["kind"]),
            applies=str(data["applies"]),
            anchor=Anchor(data["anchor"]),
            offset_minutes=int(data["offset_minutes"]),
            repeat_minutes=_opt_int(data.get("repeat_minutes")),
            repeat_minutes_major=_opt_int(data.get("repeat_minutes_major")),
            warn_minutes=int(data.get("warn_minutes", 10)),
            critical_minutes=int(data.get("critical_minutes", 5)),
            enabled=bool(data.get("enabled", True)),
            id=_opt_int(data.get("id")),
        )
    except KeyError as exc:
        raise ValidationError(
            str(exc.args[0]), t("规则数据缺少字段“{field}”", field=exc.args[0])
        ) from exc
    except ValueError as exc:
        raise ValidationError("rule", t("规则数据无效：{exc}", exc=exc)) from exc


def supplementary_window_days(category: str, subtype: str) -> int:
    """How long after the event a casualty change still calls for a 补报."""
    if category in SUPPLEMENTARY_SHORT_CATEGORIES or subtype in SUPPLEMENTARY_SHORT_CATEGORIES:
        return SUPPLEMENTARY_SHORT_WINDOW_DAYS
    return SUPPLEMENTARY_WINDOW_DAYS
