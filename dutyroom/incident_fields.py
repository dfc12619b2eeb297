"""Incident fields as plain dicts: the stable JSON contract of the CLI and checks on every value."""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import joined, t
from dutyroom.models import Incident, Obligation, ObligationState, Rule
from dutyroom.obligations import timer
from dutyroom.text import has_control, printable


class FieldKind(enum.StrEnum):
    TEXT = "text"
    COUNT = "count"  # a whole number of people, in Casualties
    LOSS = "loss"  # 万元, in Casualties
    FIGURE = "figure"  # a measured size on Incident: 公顷, 震级 (grading tables read them)
    FLAG = "flag"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class IncidentField:
    """One field an officer enters: the Incident attribute, which is also its key in the JSON
    contract (README), in the form and in storage. `label` names it in the core's messages
    (None: the key, as it always has been); `report_word` names a count in the written
    report's casualty sentence; `limit` is a text's most characters."""

    key: str
    kind: FieldKind
    label: str | None = None
    limit: int = 0
    report_word: str = ""


# The one table of entered fields. Within each kind the order is that of the JSON contract.
INCIDENT_FIELDS: tuple[IncidentField, ...] = (
    IncidentField("received_at", FieldKind.TIME, t("接报时间")),
    IncidentField("occurred_at", FieldKind.TIME, t("事发时间")),
    IncidentField("title", FieldKind.TEXT, t("标题"), limit=100),
    IncidentField("category", FieldKind.TEXT, limit=30),
    IncidentField("subtype", FieldKind.TEXT, limit=30),
    IncidentField("place", FieldKind.TEXT, t("事发地点"), limit=200),
    IncidentField("township", FieldKind.TEXT, limit=50),
    IncidentField("reporter", FieldKind.TEXT, t("报告人"), limit=50),
    IncidentField("reporter_unit", FieldKind.TEXT, limit=100),
    IncidentField("reporter_phone", FieldKind.TEXT, t("报告人电话"), limit=30),
    IncidentField("summary", FieldKind.TEXT, t("简要经过"), limit=5000),
    IncidentField("measures", FieldKind.TEXT, t("处置措施"), limit=5000),
    IncidentField("received_by", FieldKind.TEXT, limit=50),
    IncidentField("channel", FieldKind.TEXT, limit=20),
    IncidentField("source", FieldKind.TEXT, limit=100),
    IncidentField("unit", FieldKind.TEXT, limit=100),
    IncidentField("informed", FieldKind.TEXT, limit=500),
    IncidentField("leaders_on_site", FieldKind.TEXT, limit=500),
    IncidentField("site_contact", FieldKind.TEXT, limit=100),
    IncidentField("requests", FieldKind.TEXT, t("请求事项"), limit=2000),
    IncidentField("trend", FieldKind.TEXT, limit=2000),
    IncidentField("deaths", FieldKind.COUNT, t("死亡"), report_word="死亡"),
    IncidentField("missing", FieldKind.COUNT, t("失踪"), report_word="失踪"),
    IncidentField("injured", FieldKind.COUNT, t("受伤"), report_word="受伤"),
    IncidentField("serious_injuries", FieldKind.COUNT, t("重伤"), report_word="其中重伤"),
    IncidentField("trapped", FieldKind.COUNT, t("被困"), report_word="被困"),
    IncidentField("endangered", FieldKind.COUNT, t("涉险"), report_word="受威胁"),
    IncidentField("evacuated", FieldKind.COUNT, t("疏散转移"), report_word="转移"),
    IncidentField("direct_loss_wan", FieldKind.LOSS, t("直接经济损失")),
    IncidentField("forest_area_ha", FieldKind.FIGURE, t("受害森林面积")),
    IncidentField("magnitude", FieldKind.FIGURE, t("震级")),
    IncidentField("sensitive", FieldKind.FLAG),
    IncidentField("near_miss", FieldKind.FLAG),
)
FIELDS_BY_KEY = {field.key: field for field in INCIDENT_FIELDS}


def keys_of(kind: FieldKind) -> tuple[str, ...]:
    return tuple(field.key for field in INCIDENT_FIELDS if field.kind is kind)


TEXT_FIELDS: dict[str, int] = {f.key: f.limit for f in INCIDENT_FIELDS if f.kind is FieldKind.TEXT}
COUNT_FIELDS = keys_of(FieldKind.COUNT)
FLAG_FIELDS = keys_of(FieldKind.FLAG)
TIME_FIELDS = keys_of(FieldKind.TIME)
FIGURE_FIELDS = keys_of(FieldKind.FIGURE)
INPUT_KEYS = frozenset(FIELDS_BY_KEY)
# Hard limits: values above are refused (a typing error), never capped. Figures above the much
# lower limits of dutyroom/plausibility.py are kept after the officer confirms them.
MAX_COUNT = 1_000_000
MIN_YEAR, MAX_YEAR = 1900, 2100  # times outside are typing errors (0001, 9999)
MAX_LOSS_WAN = 100_000_000.0  # 1万亿元: anything above is a typing error
# The most a figure can be, and the decimals kept: China's forests cover about 2.3亿 ha, and no
# earthquake on record reached M9.6 (Valdivia 1960: 9.5).
FIGURE_LIMITS: dict[str, tuple[float, int]] = {
    "forest_area_ha": (10_000_000.0, 2),
    "magnitude": (10.0, 1),
}
# 接报时间 and 事发时间 may run ahead of the clock by this much (a PC clock a little slow, the
# minute about to start typed in); anything later has not happened yet.
FUTURE_TOLERANCE = timedelta(minutes=1)
TITLE_CLEARED = t("标题不能为空：已填写的标题只能修改，不能清空")

FIELD_LABELS = {f.key: f.label for f in INCIDENT_FIELDS if f.label is not None}
# Set by an action, not typed into the form; named in the refusals all the same.
FIELD_LABELS["stable_at"] = t("灾情稳定时间")


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


def _figure(key: str, value: object) -> float:
    label = FIELD_LABELS.get(key, key)
    limit, decimals = FIGURE_LIMITS[key]
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(key, t("{label}应为数字", label=label))
    try:
        number = float(value)
    except ValueError as exc:
        raise ValidationError(key, t("{label}应为数字", label=label)) from exc
    if not math.isfinite(number) or number < 0:
        raise ValidationError(key, t("{label}不能为负数", label=label))
    if number > limit:
        raise ValidationError(
            key, t("{label}超过上限{limit:.0f}，请核实是否输入有误", label=label, limit=limit)
        )
    return round(number, decimals)


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
        elif key in FIGURE_FIELDS:
            changes[key] = _figure(key, 0 if value is None else value)
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


def check_json_types(fields: Mapping[str, Any]) -> None:
    """JSON from a script or another system is held to its types, where the form is lenient
    with what a person types: a count is a non-negative whole number (not "3", null or 3.5), a
    figure a number, a flag true/false, a time a string, text a string without control
    characters (line breaks and tabs allowed). The first wrong field is named."""
    for key, value in fields.items():
        label = FIELD_LABELS.get(key, key)
        if key in COUNT_FIELDS:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    key, t("{label}人数应为不小于0的整数（JSON 数字）", label=label)
                )
        elif key in FIGURE_FIELDS or key == "direct_loss_wan":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError(key, t("{label}应为数字（JSON 数字）", label=label))
        elif key in TEXT_FIELDS:
            if not isinstance(value, str):
                raise ValidationError(key, t("{label}应为文本", label=label))
            if has_control(value, multiline=True):
                raise ValidationError(key, t("{label}含有不可见的控制字符", label=label))
        elif key in TIME_FIELDS and value is not None and not isinstance(value, str):
            raise ValidationError(key, t("{field}应为 ISO-8601 时间文本", field=label))


def check_time_order(incident: Incident) -> None:
    """事发 cannot follow 接报 (beyond the minute the officer rounds to): refused, not warned."""
    occurred = incident.occurred_at
    if occurred is not None and occurred > incident.received_at + FUTURE_TOLERANCE:
        raise ValidationError("occurred_at", t("事发时间不能晚于接报时间，请核实"))


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
        **{key: getattr(incident, key) for key in FIGURE_FIELDS},
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
        "stable_at": incident.stable_at.astimezone(tz).isoformat() if incident.stable_at else None,
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
        "recipients": [
            {"unit": r.unit, "done_at": r.done_at.astimezone(tz).isoformat() if r.done_at else None}
            for r in ob.recipients
        ],
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
