"""Bureau-marked special periods (汛期, 重要活动…) with their own minimums, kept as bureau data."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import t
from dutyroom.models import Role, SpecialPeriod

SETTING_KEY = "special_periods"
MAX_PER_ROLE = 10
MAX_DAYS = 366


def validate(periods: Sequence[SpecialPeriod]) -> list[SpecialPeriod]:
    """Cleaned copies; raises ValidationError (Chinese) for the first bad period."""
    cleaned = []
    for period in periods:
        name = " ".join(period.name.split())
        if not name:
            raise ValidationError("name", t("请填写特殊时期名称（如：汛期、重要活动）"))
        if len(name) > 20:
            raise ValidationError("name", t("特殊时期名称过长（最多20个字）"))
        if period.end < period.start:
            raise ValidationError("end", t("“{name}”的结束日期早于开始日期", name=name))
        if (period.end - period.start).days + 1 > MAX_DAYS:
            raise ValidationError("end", t("“{name}”超过一年，请分段设置", name=name))
        minimums = {Role(role): int(count) for role, count in period.minimums.items()}
        if any(not 0 <= count <= MAX_PER_ROLE for count in minimums.values()):
            raise ValidationError(
                "minimums",
                t("“{name}”的人数应在0到{per_role}之间", name=name, per_role=MAX_PER_ROLE),
            )
        if not any(minimums.values()):
            raise ValidationError("minimums", t("“{name}”至少要为一个角色设定人数", name=name))
        cleaned.append(SpecialPeriod(name, period.start, period.end, minimums))
    return sorted(cleaned, key=lambda p: (p.start, p.name))


def to_json(periods: Sequence[SpecialPeriod]) -> str:
    return json.dumps(
        [
            {
                "name": p.name,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "minimums": {role.value: count for role, count in p.minimums.items()},
            }
            for p in periods
        ],
        ensure_ascii=False,
    )


def from_json(text: str | None) -> list[SpecialPeriod]:
    """Stored periods; an unreadable value reads as none rather than stopping the roster."""
    if not text:
        return []
    try:
        raw: list[dict[str, Any]] = json.loads(text)
        return [
            SpecialPeriod(
                str(item["name"]),
                date.fromisoformat(item["start"]),
                date.fromisoformat(item["end"]),
                {Role(role): int(count) for role, count in item["minimums"].items()},
            )
            for item in raw
        ]
    except (ValueError, KeyError, TypeError):
        return []
