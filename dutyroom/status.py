"""The duty status as plain data: the `status --json` contract (README) and its text rendering."""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from typing import Any

from dutyroom.incident_fields import obligation_to_dict
from dutyroom.messages import t
from dutyroom.models import ObligationState, Person
from dutyroom.roster import DutyStatus
from dutyroom.services import DutyRoom

KIND_LABELS = {
    "phone": t("电话报告"),
    "written": t("书面报告"),
    "followup": t("续报"),
    "supplementary": t("补报"),
    "final": t("终报"),
    "verify": t("核报"),  # issue 14: 灾情核报 (`incident show` crashed on it)
    "task": t("办理"),  # a duty-log item's action
}
STATE_LABELS = {
    "pending": t("计时中"),
    "warning": t("临近"),
    "critical": t("紧急"),
    "overdue": t("已超时"),
    "done": t("按时完成"),
    "done_late": t("迟报完成"),
    "cancelled": t("已取消"),
}


def _people(people: tuple[Person, ...]) -> list[dict[str, str]]:
    return [{"name": p.name, "phone": p.mobile or p.office_phone} for p in people]


def shift_dict(status: DutyStatus, tz: tzinfo) -> dict[str, Any]:
    return {
        "start": status.shift.start.astimezone(tz).isoformat(),
        "end": status.shift.end.astimezone(tz).isoformat(),
        "day_type": status.day_type.value,
        "leaders": _people(status.leaders),
        "chiefs": _people(status.chiefs),
        "officers": _people(status.officers),
        "problems": list(status.problems),
    }


def status_dict(room: DutyRoom, at: datetime | None = None) -> dict[str, Any]:
    at = at or room.clock.now()
    tz = room.bureau.timezone()
    now_status, next_status = room.roster.now_and_next(at)
    obligations = []
    for item in room.incidents.open_timers(at):
        data = obligation_to_dict(item.obligation, item.rule, at, tz)
        overdue = item.timer.state is ObligationState.OVERDUE
        obligations.append(
            {
                **data,
                "incident_id": item.obligation.incident_id,
                "title": item.incident.title,
                "minutes_left": None if overdue else math.ceil(item.timer.seconds_left / 60),
            }
        )
    year_span = (now_status.shift.day, next_status.shift.day)
    return {
        "at": at.astimezone(tz).isoformat(),
        "bureau": room.bureau.name(),
        "timezone": room.bureau.timezone_name(),
        "shift": shift_dict(now_status, tz),
        "next_shift": shift_dict(next_status, tz),
        "obligations": obligations,
        "holiday_data_missing": room.calendar.missing_years(*year_span),
    }


def status_text(data: dict[str, Any]) -> str:
    """A plain-text rendering for a terminal."""

    def names(people: list[dict[str, str]]) -> str:
        return "、".join(
            f"{p['name']}（{p['phone']}）" if p["phone"] else p["name"] for p in people
        )

    lines = [f"{data['bureau']}  {data['at'][:16].replace('T', ' ')}"]
    for key, label in (("shift", "当前班次"), ("next_shift", "下一班次")):
        shift = data[key]
        lines.append(
            f"{label}：{shift['start'][5:16].replace('T', ' ')} → "
            f"{shift['end'][5:16].replace('T', ' ')}（{shift['day_type']}）"
        )
        lines.append(f"  带班领导：{names(shift['leaders']) or '未排'}")
        lines.append(f"  值班员：  {names(shift['officers']) or '未排'}")
        lines.extend(f"  ！{problem}" for problem in shift["problems"])
    lines.append(f"未完成的报送时限：{len(data['obligations'])}项")
    for ob in data["obligations"]:
        when = (
            f"超时{ob['minutes_late']}分钟"
            if ob["state"] == "overdue"
            else f"剩余{ob['minutes_left']}分钟"
        )
        lines.append(
            f"  [{STATE_LABELS[ob['state']]}] #{ob['incident_id']} {ob['title'] or '（无标题）'}"
            f" · {ob['rule']} · 时限 {ob['due_at'][5:16].replace('T', ' ')} · {when}"
        )
    for year in data["holiday_data_missing"]:
        lines.append(f"注意：{year}年法定节假日数据缺失，请在设置中录入")
    return "\n".join(lines)
