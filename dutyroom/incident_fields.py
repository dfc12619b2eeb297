"""Incident fields as plain dicts: the stable JSON contract of the CLI and checks on every value."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import joined, t
from dutyroom.models import Incident, Obligation, ObligationState, Rule
from dutyroom.obligations import timer
from dutyroom.text import printable

TEXT_FIELDS: dict[str, int] = {
    "title": 100,
    "category": 30,
    "subtype": 30,
    "place": 200,
    "township": 50,
    "reporter": 50,
    "reporter_unit": 100,
    "reporter_phone": 30,
    "summary": 5000,
    "measures": 5000,
    "received_by": 50,
    "channel": 20,
    "source": 100,
    "unit": 100,
    "informed": 500,
    "leaders_on_site": 500,
    "site_contact": 100,
    "requests": 2000,
    "trend": 2000,
}
COUNT_FIELDS = (
    "deaths",
    "missing",
    "injured",
    "serious_injuries",
    "trapped",
    "endangered",
    "evacuated",
)
FLAG_FIELDS = ("sensitive", "near_miss")
TIME_FIELDS = ("received_at", "occurred_at")
INPUT_KEYS = frozenset((*TEXT_FIELDS, *COUNT_FIELDS, *FLAG_FIELDS, *TIME_FIELDS, "direct_loss_wan"))
# Hard limits: values above are refused (a typing error), never capped. Figures above the much
# lower limits of dutyroom/plausibility.py are kept after the officer confirms them.
MAX_COUNT = 1_000_000
MIN_YEAR, MAX_YEAR = 1900, 2100  # times outside are typing errors (0001, 9999)
MAX_LOSS_WAN = 100_000_000.0  # 1万亿元: anything above is a typing error
# 接报时间 and 事发时间 may run ahead of the clock by this much (a PC clock a little slow, the
# minute about to start typed in); anything later has not happened yet.
FUTURE_TOLERANCE = timedelta(minutes=1)
TITLE_CLEARED = t("标题不能为空：已填写的标题只能修改，不能清空")

FIELD_LABELS = {
    "title": t("标题"),
    "place": t("事发地点"),
    "summary": t("简要经过"),
    "measures": t("处置措施"),
    "reporter": t("报告人"),
    "reporter_phone": t("报告人电话"),
    "requests": t("请求事项"),
    "deaths": t("死亡"),
    "missing": t("失踪"),
    "injured": t("受伤"),
    "serious_injuries": t("重伤"),
    "trapped": t("被困"),
    "endangered": t("涉险"),
    "evacuated": t("疏散转移"),
    "direct_loss_wan": t("直接经济损失"),
    "received_at": t("接报时间"),
    "occurred_at": t("事发时间"),
}


def parse_time(key: str, value: object) -> datetime:
    if not isinstance(value, str):
        raise ValidationError(
            key, t("{field}应为 ISO-8601 时间文本", field=FIELD_LABELS.get(key, key))
        )
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError(
            key, t("{field}无法识别：{value}", field=FIELD_LABELS.get(key, key), value=value[:40])
        ) from exc
    if parsed.tzinfo is None:
        raise ValidationError(
            key, t("{field}须带时区，如 2026-11-23T08:30+08:00", field=FIELD_LABELS.get(key, key))
        )
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:  # deadlines are computed from it: stay in range
        raise ValidationError(
            key,
            t(
                "{field}超出范围（{first}–{last}年），请核实",
                field=FIELD_LABELS.get(key, key),
                first=MIN_YEAR,
                last=MAX_YEAR,
            ),
        )
    return parsed


def _count(key: str, value: object) -> int:
    label = FIELD_LABELS.get(key, key)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(key, t("{label}人数应为整数", label=label))
    try:
        number = float(value) if isinstance(value, str) else value
    except ValueError as exc:
        raise ValidationError(key, t("{label}人数应为整数", label=label)) from exc
    if isinstance(number, float) and (not math.isfinite(number) or number != int(number)):
        raise ValidationError(key, t("{label}人数应为整数", label=label))
    count = int(number)
    if count < 0:
        raise ValidationError(key, t("{label}人数不能为负数", label=label))
    if count > MAX_COUNT:
        raise ValidationError(
            key,
            t(
                "{label}人数{count}超过上限{limit}，请核实是否输入有误",
                label=label,
                count=count,
                limit=MAX_COUNT,
            ),
        )
    return count


def _loss(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError("direct_loss_wan", t("直接经济损失应为数字（万元）"))
    try:
        loss = float(value)
    except ValueError as exc:
        raise ValidationError("direct_loss_wan", t("直接经济损失应为数字（万元）")) from exc
    if not math.isfinite(loss) or loss < 0:
        raise ValidationError("direct_loss_wan", t("直接经济损失不能为负数"))
    if loss > MAX_LOSS_WAN:
        raise ValidationError(
            "direct_loss_wan",
            t(
                "直接经济损失超过上限{limit:.0f}万元（1万亿元），请核实是否输入有误",
                limit=MAX_LOSS_WAN,
            ),
        )
    return round(loss, 2)


def _text(key: str, value: object) -> str:
    return clean_text(key, value, TEXT_FIELDS[key])


def clean_text(key: str, value: object, limit: int, label: str | None = None) -> str:
    """Typed text as stored: control characters dropped, trimmed; too long or invalid raises."""
    label = label or FIELD_LABELS.get(key, key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(key, t("{label}应为文本", label=label))
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        # A lone surrogate (JSON "\ud800") cannot be stored as UTF-8: refuse it here, not in SQLite.
        raise ValidationError(key, t("{label}含有无效字符", label=label))
    cleaned = printable(value).strip()
    if len(cleaned) > limit:
        raise ValidationError(key, t("{label}过长（最多{limit}字）", label=label, limit=limit))
    return cleaned


def apply_fields(incident: Incident, fields: Mapping[str, Any]) -> Incident:
    """A copy of `incident` with `fields` applied; unknown keys and bad values raise."""
    unknown = sorted(set(fields) - INPUT_KEYS)
    if unknown:
        raise ValidationError(unknown[0], t("不认识的字段：{fields}", fields=joined("、", unknown)))
    changes: dict[str, Any] = {}
    casualty_changes: dict[str, Any] = {}
    for key, value in fields.items():
        if key in TEXT_FIELDS:
            changes[key] = _text(key, value)
        elif key in COUNT_FIELDS:
            casualty_changes[key] = _count(key, 0 if value is None else value)
        elif key == "direct_loss_wan":
            casualty_changes[key] = _loss(0 if value is None else value)
        elif key in FLAG_FIELDS:
            if not isinstance(value, bool):
                raise ValidationError(key, t("{key} 应为 true 或 false", key=key))
            changes[key] = value
        elif key == "occurred_at" and value is None:
            changes[key] = None
        else:
            changes[key] = parse_time(key, value)
    if casualty_changes:
        changes["casualties"] = dataclasses.replace(incident.casualties, **casualty_changes)
    updated = dataclasses.replace(incident, **changes)
    if updated.casualties.serious_injuries > updated.casualties.injured > 0:
        raise ValidationError("serious_injuries", t("重伤人数不能多于受伤人数"))
    return updated


def check_not_future(key: str, at: datetime | None, now: datetime) -> None:
    """Refuse a 接报时间 or 事发时间 more than FUTURE_TOLERANCE after `now`."""
    if at is not None and at > now + FUTURE_TOLERANCE:
        label = FIELD_LABELS.get(key, key)
        raise ValidationError(key, t("{label}不能晚于当前时间（允许1分钟误差）", label=label))


def check_entered_times(incident: Incident, fields: Mapping[str, Any], now: datetime) -> None:
    """The times given in `fields` (already applied to `incident`) must not lie in the future;
    stored times are not checked again (the clock may have been set back since)."""
    for key in TIME_FIELDS:
        if key in fields:
            check_not_future(key, getattr(incident, key), now)


def check_title_kept(previous: Incident, updated: Incident) -> None:
    """A title once given may be changed but not emptied; one never given may stay empty."""
    if previous.title.strip() and not updated.title.strip():
        raise ValidationError("title", TITLE_CLEARED)


def time_warnings(incident: Incident) -> list[str]:
    """Soft checks: shown to the officer, never blocking (the caller may have been vague)."""
    warnings: list[str] = []
    if incident.occurred_at and incident.occurred_at > incident.received_at:
        warnings.append(t("事发时间晚于接报时间，请核实"))
    return warnings


def incident_to_dict(incident: Incident, tz: tzinfo) -> dict[str, Any]:
    """The output half of the JSON contract (see README): times in the bureau's zone with offset."""
    c = incident.casualties
    return {
        "id": incident.id,
        "received_at": incident.received_at.astimezone(tz).isoformat(),
        "occurred_at": incident.occurred_at.astimezone(tz).isoformat()
        if incident.occurred_at
        else None,
        **{key: getattr(incident, key) for key in TEXT_FIELDS},
        **{key: getattr(c, key) for key in COUNT_FIELDS},
        "direct_loss_wan": c.direct_loss_wan,
        "sensitive": incident.sensitive,
        "near_miss": incident.near_miss,
        "grade": incident.effective_grade.value,
        "grade_reason": incident.grade_override_reason
        if incident.grade_override
        else incident.grade_reason,
        "status": incident.status.value,
        "closed_at": incident.closed_at.astimezone(tz).isoformat() if incident.closed_at else None,
        "voided_at": incident.voided_at.astimezone(tz).isoformat() if incident.voided_at else None,
        "void_reason": incident.void_reason,
    }


def obligation_to_dict(
    ob: Obligation, rule: Rule | None, now: datetime, tz: tzinfo
) -> dict[str, Any]:
    """One obligation of the JSON contract (README): state and lateness as of `now`.

    `minutes_late` is the stored delay of a done obligation (0 when on time), the whole
    minutes past due of an overdue one, and null otherwise. `status --json` adds its own keys.
    """
    warn = rule.warn_minutes if rule else 10
    critical = rule.critical_minutes if rule else 5
    t = timer(ob, now, warn_minutes=warn, critical_minutes=critical)
    if t.state is ObligationState.OVERDUE:
        late: int | None = math.floor(-t.seconds_left / 60)
    elif ob.status is ObligationState.DONE:
        late = ob.minutes_late or 0
    else:
        late = None
    return {
        "id": ob.id,
        "rule": rule.name if rule else ob.rule_code,
        "kind": ob.kind.value,
        "due_at": ob.due_at.astimezone(tz).isoformat(),
        "state": t.state.value,
        "done_at": ob.done_at.astimezone(tz).isoformat() if ob.done_at else None,
        "minutes_late": late,
    }


def incident_output(
    incident: Incident,
    obligations: Iterable[Obligation],
    rules: Iterable[Rule],
    now: datetime,
    tz: tzinfo,
) -> dict[str, Any]:
    """What `incident receive/show/update/report/close` print: the incident and every obligation."""
    by_code = {rule.code: rule for rule in rules}
    return {
        **incident_to_dict(incident, tz),
        "obligations": [
            obligation_to_dict(ob, by_code.get(ob.rule_code), now, tz) for ob in obligations
        ],
    }
