"""The day's duty log (值班日志) as plain rows, and its printable HTML.

A "day" is the duty day: the shift that starts on that roster date (e.g. 08:30 to 08:30 the next
morning), which is how the paper log is kept. Times are aware and already in the bureau's zone.
The rows are plain data so the workbook can be written from any thread (DESIGN.md §2.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutyroom.documents.html import esc, fields, names, page, signatures, table


@dataclass(frozen=True, slots=True)
class LogRow:
    at: datetime
    kind: str
    content: str
    unit: str = ""
    person: str = ""
    number: str = ""
    taken_by: str = ""


@dataclass(frozen=True, slots=True)
class IncidentRow:
    incident_id: int
    received_at: datetime
    title: str
    place: str
    category: str
    grade: str
    casualties: str
    status: str
    received_by: str = ""


@dataclass(frozen=True, slots=True)
class ReportRow:
    incident_id: int
    incident_title: str
    rule: str
    due_at: datetime
    done_at: datetime
    minutes_late: int
    method: str
    to: str
    by: str


@dataclass(frozen=True, slots=True)
class DailyLog:
    day: date
    shift_start: datetime
    shift_end: datetime
    leaders: tuple[str, ...]
    officers: tuple[str, ...]
    entries: tuple[LogRow, ...] = ()
    incidents: tuple[IncidentRow, ...] = ()
    reports: tuple[ReportRow, ...] = ()

    @property
    def shift_text(self) -> str:
        return f"{self.shift_start:%m月%d日 %H:%M} 至 {self.shift_end:%m月%d日 %H:%M}"


ENTRY_HEADERS = ("时间", "类别", "单位", "人员", "电话", "内容", "记录人")
INCIDENT_HEADERS = ("编号", "接报时间", "事件", "地点", "类别", "等级", "伤亡", "状态", "接报人")
REPORT_HEADERS = (
    "编号",
    "事件",
    "报送事项",
    "时限",
    "完成时间",
    "迟报(分钟)",
    "方式",
    "报送对象",
    "经办人",
)


def title(bureau: str, day: date) -> str:
    return f"{bureau}值班日志（{day.year}年{day.month}月{day.day}日）"


def entry_values(row: LogRow) -> tuple[object, ...]:
    return (row.at, row.kind, row.unit, row.person, row.number, row.content, row.taken_by)


def incident_values(row: IncidentRow) -> tuple[object, ...]:
    return (
        row.incident_id,
        row.received_at,
        row.title,
        row.place,
        row.category,
        row.grade,
        row.casualties,
        row.status,
        row.received_by,
    )


def report_values(row: ReportRow) -> tuple[object, ...]:
    return (
        row.incident_id,
        row.incident_title,
        row.rule,
        row.due_at,
        row.done_at,
        row.minutes_late,
        row.method,
        row.to,
        row.by,
    )


def _text(values: tuple[object, ...]) -> list[str]:
    return [f"{v:%H:%M}" if isinstance(v, datetime) else str(v) for v in values]


def daily_log_html(log: DailyLog, bureau: str) -> str:
    """A4 portrait: header block, entries in time order, incidents and reports, signatures."""
    header = fields(
        [
            ("日期", f"{log.day.year}年{log.day.month}月{log.day.day}日"),
            ("班次", log.shift_text),
            ("带班领导", names(log.leaders)),
            ("值班员", names(log.officers)),
        ]
    )
    body = (
        f"<h1>{esc(title(bureau, log.day))}</h1>{header}"
        f"<h2>一、值班记录（{len(log.entries)}条）</h2>"
        + table(ENTRY_HEADERS, (_text(entry_values(e)) for e in log.entries), empty="本班无记录")
        + f"<h2>二、接报事件（{len(log.incidents)}起）</h2>"
        + table(INCIDENT_HEADERS, (_text(incident_values(i)) for i in log.incidents))
        + f"<h2>三、信息报送（{len(log.reports)}次）</h2>"
        + table(REPORT_HEADERS, (_text(report_values(r)) for r in log.reports))
        + signatures(("带班领导", "值班员"))
    )
    return page(title(bureau, log.day), body)
