"""A plain-text rendering of `stats --json` for a terminal."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dutyroom.text import covered_days, date_span


def _rate(data: dict[str, Any]) -> str:
    rate = data["rate"]
    shown = "—" if rate is None else f"{rate * 100:.1f}%"
    return (
        f"{shown}（应报{data['counted']}，按时{data['on_time']}，"
        f"迟报{data['late']}，漏报{data['missed']}）"
    )


def _counts(counts: dict[str, int]) -> str:
    # "2026-11：3" — a colon, because a key may end in a digit itself (months, townships).
    return "，".join(f"{key}：{value}" for key, value in counts.items()) or "无"


def stats_text(data: dict[str, Any]) -> str:
    start, end = datetime.fromisoformat(data["start"]), datetime.fromisoformat(data["end"])
    # The JSON keeps the half-open [start, end) in the bureau's zone; people read the days asked.
    assert start.tzinfo is not None
    period = date_span(*covered_days(start, end, start.tzinfo))
    lines = [f"统计区间：{period}，统计时刻 {data['at'][:16].replace('T', ' ')}"]
    lines.append(f"1小时内报送达标率：{_rate(data['within_hour'])}")
    lines.append(f"报送及时率：{_rate(data['timeliness']['overall'])}")
    for name, rate in data["timeliness"]["by_rule"].items():
        lines.append(f"  {name}：{_rate(rate)}")
    for key, label in (("late", "迟报"), ("missed", "漏报")):
        for item in data[key]:
            lines.append(
                f"  {label} #{item['incident_id']} {item['title'] or '（无标题）'} · {item['rule']}"
                f" · 时限 {item['due_at'][5:16].replace('T', ' ')} · 延误{item['minutes']}分钟"
            )
    incidents = data["incidents"]
    lines.append(f"事件：{incidents['total']}起")
    lines.append(f"  按类别：{_counts(incidents['by_category'])}")
    lines.append(f"  按等级：{_counts(incidents['by_grade'])}")
    lines.append(f"  按乡镇：{_counts(incidents['by_township'])}")
    lines.append(f"  按月份：{_counts(incidents['by_month'])}")
    for key, label in (("made", "本局查岗"), ("received", "上级查岗")):
        checks = data["spot_checks"][key]
        rate = checks["on_post_rate"]
        shown = "—" if rate is None else f"{rate * 100:.1f}%"
        lines.append(
            f"{label}：{checks['checks']}次，在岗率{shown}，未接/脱岗/代岗{checks['failures']}次"
        )
    lines.append("值班时长：")
    for row in data["duty"]:
        lines.append(
            f"  {row['name']}：{row['shifts']}班，{row['hours']}小时，"
            f"节假日{row['holiday_shifts']}班"
        )
    return "\n".join(lines)
