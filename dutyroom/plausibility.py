"""Figures beyond plausibility: the UI asks the officer to confirm them, the core never refuses.

A typing slip (99999999 for 9, a loss typed in 元 instead of 万元) must not silently grade an
event 特别重大 and start the wrong deadlines; a real catastrophe must still be recordable. So these
limits only ask for confirmation. The hard limits that refuse a value outright (a sure typing
error) are `MAX_COUNT` and `MAX_LOSS_WAN` in dutyroom/incident_fields.py.

Where the limits come from: they are the bureau's choice of "surely a slip in a county or city
duty room", not a bound of nature. The largest Chinese disaster of recent decades, the 2008 汶川
earthquake, officially counted 69,227 dead, 17,923 missing, 374,643 injured, more than 15 million
people relocated and 8,451 亿元 of direct loss: every figure above these limits. A real event
beyond them is therefore possible and is stored once the officer confirms it (1000 deaths asks
"确认无误?", it does not say "不可能").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from dutyroom.messages import t
from dutyroom.models import Casualties

# People: a county duty room's single reports rarely reach hundreds (较大 starts at 3 deaths,
# 特别重大 at 30); more than 1000 in one report is far more often a slip than a fact.
PEOPLE_LIMIT = 1000
# Endangered or evacuated: whole villages and towns are moved ahead of floods and typhoons, so
# tens of thousands are ordinary; more than 100,000 from one county report asks for confirmation.
MOVED_LIMIT = 100_000
# Direct loss in 万元: 100 亿元 = 1,000,000 万元, a hundred times the 特别重大 bound (1 亿元).
LOSS_LIMIT_WAN = 1_000_000

LIMITS: Mapping[str, float] = {
    "deaths": PEOPLE_LIMIT,
    "missing": PEOPLE_LIMIT,
    "injured": PEOPLE_LIMIT,
    "serious_injuries": PEOPLE_LIMIT,
    "trapped": PEOPLE_LIMIT,
    "endangered": MOVED_LIMIT,
    "evacuated": MOVED_LIMIT,
    "direct_loss_wan": LOSS_LIMIT_WAN,
}
LABELS: Mapping[str, str] = {
    "deaths": t("死亡人数"),
    "missing": t("失踪人数"),
    "injured": t("受伤人数"),
    "serious_injuries": t("重伤人数"),
    "trapped": t("被困人数"),
    "endangered": t("涉险人数"),
    "evacuated": t("紧急疏散转移人数"),
    "direct_loss_wan": t("直接经济损失"),
}


@dataclass(frozen=True, slots=True)
class Implausible:
    """One figure above its plausibility limit, with the question to put to the officer."""

    field: str
    value: float
    limit: float
    message: str


def _number(value: object) -> float | None:
    """The figure as typed (int, float or numeric text); None for anything else (apply_fields
    refuses what is not a number; this module only asks about numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def _message(key: str, value: float, limit: float) -> str:
    label = LABELS.get(key, key)
    if key == "direct_loss_wan":
        yi = _text(limit / 10_000)
        return t(
            "{label} {value} 万元超过 {limit} 万元（{yi}亿元），请确认是否输入有误（单位为万元）",
            label=label,
            value=_text(value),
            limit=_text(limit),
            yi=yi,
        )
    return t(
        "{label} {value} 超过 {limit}，请确认是否输入有误",
        label=label,
        value=_text(value),
        limit=_text(limit),
    )


def implausible(
    fields: Mapping[str, object], limits: Mapping[str, float] = LIMITS
) -> list[Implausible]:
    """The figures of `fields` (incident field keys, as for `update`) above their limits, in the
    order of `limits`; other keys and values that are not numbers are ignored."""
    found = []
    for key, limit in limits.items():
        if key not in fields:
            continue
        number = _number(fields[key])
        if number is not None and number > limit:
            found.append(Implausible(key, number, limit, _message(key, number, limit)))
    return found


def implausible_changes(
    before: Casualties, fields: Mapping[str, object], limits: Mapping[str, float] = LIMITS
) -> list[Implausible]:
    """Like `implausible`, but only for figures that differ from the stored ones: a figure the
    officer confirmed once is not asked about again on every save."""
    changed = {
        key: value
        for key, value in fields.items()
        if key in limits and _number(value) != float(getattr(before, key))
    }
    return implausible(changed, limits)
