"""The day's duty log (值班日志) as plain rows, and its printable HTML.

A "day" is the duty day: the shift that starts on that roster date (e.g. 08:30 to 08:30 the next
morning), which is how the paper log is kept. Times are aware and already in the bureau's zone.
The rows are plain data so the workbook can be written from any thread (DESIGN.md §2.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dutyroom.documents.html import esc, fields, names, page, record_paragraph, signatures


@dataclass(frozen=True, slots=True)
class LogRow:
    at: datetime
    kind: str
    content: str
    unit: str = ""
    person: str = ""
    number: str = ""
    taken_by: str = ""
    handling: str = ""  # 处理情况/领导批示: what became of it, from the stored record only

    @property
    def party(self) -> str:
        return " ".join(p for p in (self.unit, self.person, self.number) if p)


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
    """One obligation of the shift: done in it, due in it, or still open at its end."""

    incident_id: int
    incident_title: str
    rule: str
    due_at: datetime
    done_at: datetime | None
    outcome: str  # 按时 / 迟报N分钟 / 未报（已超时） / 未报（计时中）
    method: str = ""
    to: str = ""
    by: str = ""


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
        """ "2026年11月30日08:30至12月1日08:30": each date once, the end's year only when the shift
        crosses into a new year."""
        start, end = self.shift_start, self.shift_end
        end_year = f"{end.year}年" if end.year != start.year else ""
        return (
            f"{start.year}年{start.month}月{start.day}日{start:%H:%M}至"
            f"{end_year}{end.month}月{end.day}日{end:%H:%M}"
        )

    def clock(self, at: datetime | None) -> str:
        """HH:MM on the shift's first date; "12-02 00:15" after midnight or on any other date."""
        if at is None:
            return ""
        return f"{at:%H:%M}" if at.date() == self.shift_start.date() else f"{at:%m-%d %H:%M}"


# Every table of the log has six columns, the same grid in the printout and the workbook (whose
# columns all tables share); 内容 takes 46% of the width.
ENTRY_HEADERS = ("时间", "类别", "单位/人员/电话", "内容", "处理情况/领导批示", "记录人")
INCIDENT_HEADERS = ("接报时间", "等级", "类别", "事件及地点", "伤亡/状态", "接报人")
REPORT_HEADERS = ("时限", "报送事项", "事件", "方式/报送对象", "完成情况", "经办人")
COLUMN_PERCENT = (10, 7, 17, 45, 13, 8)
# The printout's other two tables have columns of their own (the workbook's cannot).
INCIDENT_PERCENT = (10, 6, 10, 46, 18, 10)
REPORT_PERCENT = (10, 12, 24, 26, 18, 10)
assert all(
    sum(p) == 100 and len(p) == len(ENTRY_HEADERS)
    for p in (COLUMN_PERCENT, INCIDENT_PERCENT, REPORT_PERCENT)
)


def title(bureau: str, day: date) -> str:
    return f"{bureau}值班日志（{day.year}年{day.month}月{day.day}日）"


def entry_values(row: LogRow) -> tuple[object, ...]:
    return (row.at, row.kind, row.party, row.content, row.handling, row.taken_by)


def incident_values(row: IncidentRow) -> tuple[object, ...]:
    where = f"（{row.place}）" if row.place else ""
    state = "；".join(p for p in (row.casualties, row.status) if p)
    return (
        row.received_at,
        row.grade,
        row.category,
        f"{row.incident_id}号 {row.title}{where}",
        state,
        row.received_by,
    )


def report_values(row: ReportRow, log: DailyLog) -> tuple[object, ...]:
    done = f"{log.clock(row.done_at)} {row.outcome}" if row.done_at else row.outcome
    how = " ".join(p for p in (row.method, row.to) if p)
    return (
        row.due_at,
        row.rule,
        f"{row.incident_id}号 {row.incident_title}",
        how,
        done,
        row.by,
    )


# Log-specific layout: a compact 9pt table so that a 40-entry shift fits on three A4 pages.
_LOG_STYLE = "td,th{font-size:8.5pt;padding:1px 2px}h2{font-size:11pt;margin:4px 0 1px 0}"


def _table(
    log: DailyLog,
    headers: tuple[str, ...],
    percent: tuple[int, ...],
    rows: list[tuple[object, ...]],
) -> str:
    head = "".join(f"<th width='{w}%'>{esc(h)}</th>" for h, w in zip(headers, percent, strict=True))
    cells = [
        "<tr>"
        + "".join(f"<td>{esc(log.clock(v) if isinstance(v, datetime) else v)}</td>" for v in values)
        + "</tr>"
        for values in rows
    ]
    body = "".join(cells) or f"<tr><td colspan='{len(headers)}'>无</td></tr>"
    return (
        '<table cellspacing="0" cellpadding="2" width="100%" border="1">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def daily_log_html(log: DailyLog, bureau: str, record: str = "") -> str:
    """A4 portrait: header block, entries in time order, incidents and reports, signatures,
    and `record`, the chain head (DutyRoom.record_line)."""
    header = fields(
        [
            ("班次", log.shift_text),
            ("带班领导 / 值班员", f"{names(log.leaders)} / {names(log.officers)}"),
        ]
    )
    missed = sum(1 for r in log.reports if r.done_at is None)
    body = (
        f"<h1>{esc(title(bureau, log.day))}</h1>{header}"
        f"<h2>一、值班记录（{len(log.entries)}条）</h2>"
        + _table(log, ENTRY_HEADERS, COLUMN_PERCENT, [entry_values(e) for e in log.entries])
        + f"<h2>二、接报事件（{len(log.incidents)}起）</h2>"
        + _table(
            log, INCIDENT_HEADERS, INCIDENT_PERCENT, [incident_values(i) for i in log.incidents]
        )
        + f"<h2>{esc(report_heading(log, missed))}</h2>"
        + _table(log, REPORT_HEADERS, REPORT_PERCENT, [report_values(r, log) for r in log.reports])
        + signatures(("带班领导", "值班员"))
        + record_paragraph(record)
    )
    # After the shared style, so the log's own sizes win (html.py keeps the fonts).
    return page(title(bureau, log.day), body).replace("</style>", _LOG_STYLE + "</style>", 1)


def report_heading(log: DailyLog, missed: int | None = None) -> str:
    if missed is None:
        missed = sum(1 for r in log.reports if r.done_at is None)
    return f"三、报送情况（{len(log.reports)}项，其中未报{missed}项）"
