"""The handover sheet (交接班记录) as printable HTML, signatures of both sides at the foot.

The sheet says where it stands (草稿 / 已提交 / 已接班, who and when) and a draft says so in a grey
banner repeated at the top of every page: QTextDocument has no CSS watermark or page header, but
it repeats a table's <thead> rows on each page it spans, so the whole body sits in one table
whose head row is the banner."""

from __future__ import annotations

from datetime import datetime, tzinfo

from dutyroom.documents.html import esc, names, page, record_paragraph, signatures, table
from dutyroom.handover import ClockLine, HandoverSheet, LogClockLine, SheetStatus
from dutyroom.messages import Text, t

CLOCK_HEADERS = ("编号", "事件", "报送事项", "时限", "状态", "剩余/超时")


def _t(at: datetime, tz: tzinfo | None) -> str:
    return f"{at.astimezone(tz):%m-%d %H:%M}"


def span_text(minutes: int) -> Text:
    """915 → 15小时15分; under an hour 8分钟; whole hours 2小时."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return t("{minutes}分钟", minutes=rest)
    if not rest:
        return t("{hours}小时", hours=hours)
    return t("{hours}小时{minutes}分", hours=hours, minutes=rest)


def as_of(sheet: HandoverSheet, tz: tzinfo | None = None) -> str:
    """When the sheet's clocks were counted: HH:MM on the day the shift ends (the usual draft
    before 08:30), with the date on any other day."""
    drafted = sheet.drafted_at.astimezone(tz)
    same_day = drafted.date() == sheet.shift_end.astimezone(tz).date()
    return f"{drafted:%H:%M}" if same_day else f"{drafted:%m-%d %H:%M}"


def clock_text(clock: ClockLine | LogClockLine, at: str = "") -> str:
    """剩余X小时Y分 / 已超时X小时Y分; with `at` (as_of: the minutes were counted when the sheet
    was drafted) prefixed 截至HH:MM, since paper is read long after."""
    if clock.minutes_late is not None:
        left = t("已超时{span}", span=span_text(clock.minutes_late))
    else:
        left = t("剩余{span}", span=span_text(clock.minutes_left or 0))
    return t("截至{at}，{left}", at=at, left=left) if at else left


def sheet_title(bureau: str, sheet: HandoverSheet, tz: tzinfo | None = None) -> str:
    start = sheet.shift_start.astimezone(tz)
    return f"{bureau}交接班记录（{start.year}年{start.month}月{start.day}日）"


def clock_item(clock: ClockLine) -> str:
    """首报·电话（未报：县人民政府总值班室）: the incoming shift must know who is still owed
    once some units have had it. Before any, every recipient is owed, as the rule says: not
    spelled out, so the sheet stays one page."""
    if not clock.missing or not clock.reached:
        return clock.rule
    return f"{clock.rule}（未报：{'、'.join(clock.missing)}）"


def _clocks(sheet: HandoverSheet, tz: tzinfo | None) -> str:
    at = as_of(sheet, tz)
    rows = [
        (
            c.incident_id,
            c.incident_title,
            clock_item(c),
            _t(c.due_at, tz),
            c.state,
            clock_text(c, at),
        )
        for c in sheet.clocks
    ]
    follow = sheet.next_followup
    nxt = (
        f"下一次续报：{follow.incident_title}，时限 {_t(follow.due_at, tz)}"
        f"（{clock_text(follow, at)}）"
        if follow
        else "下一次续报：无"
    )
    clocks = table(CLOCK_HEADERS, rows, empty="无正在计时的报送时限")
    return _small(clocks) + _p(nxt)


def _small(html: str) -> str:
    """A table made by html.table a point smaller: 截至HH:MM，已超时X小时Y分 beside an event's
    title still fits the width, and the sheet its page."""
    return html.replace("<td>", "<td style='font-size:9.5pt'>")


LOG_CLOCK_HEADERS = ("日志时间", "事项", "办理要求", "时限", "未办对象", "剩余/超时")
INSTRUCTION_KIND = "领导批示"


def _log_clocks(sheet: HandoverSheet, tz: tzinfo | None, *, instructions: bool) -> str:
    """The running clocks of 领导批示 (instructions=True) or of the other duty-log items."""
    rows = [
        (
            _t(c.at, tz),
            c.content,
            c.rule,
            _t(c.due_at, tz),
            c.missing or "—",
            clock_text(c, as_of(sheet, tz)),
        )
        for c in sheet.log_clocks
        if (c.kind == INSTRUCTION_KIND) == instructions
    ]
    if not rows:
        return ""
    title = "尚未落实的批示时限" if instructions else "尚未办结的值班事项时限"
    return _p(f"{title}：") + table(LOG_CLOCK_HEADERS, rows)


def _p(text: str) -> str:
    """A section's text without the paragraph margins that would push the signatures off a
    one-page sheet."""
    return f"<p style='margin:1px 0 2px 0'>{esc(text)}</p>"


def _incidents(sheet: HandoverSheet, tz: tzinfo | None) -> str:
    rows = [
        (
            i.incident_id,
            _t(i.received_at, tz),
            i.title + ("（前班移交）" if i.carried_over else ""),
            i.grade,
            i.status,
        )
        for i in sheet.incidents
    ]
    return table(("编号", "接报时间", "事件", "等级", "状态"), rows, empty="本班无事件")


def _annotations(sheet: HandoverSheet, tz: tzinfo | None) -> str:
    if not sheet.annotations:
        return ""
    rows = [(_t(a.at, tz), a.by, a.text) for a in sheet.annotations]
    return "<h2>更正批注</h2>" + table(("时间", "更正人", "内容"), rows)


def state_text(status: SheetStatus) -> Text:
    if status.draft:
        return t("草稿（未提交）")
    if status.accepted_at is None:
        return t("已提交（待接班确认）")
    if status.version > 1:
        return t("已接班（第{version}版，含更正批注）", version=status.version)
    return t("已接班")


def _who_when(who: str, at: datetime | None, tz: tzinfo | None, done: str, none: str) -> str:
    if at is None:
        return none
    return f"{who or t('（未记录姓名）')}　{_t(at, tz)} {done}"


def status_fields(sheet: HandoverSheet, status: SheetStatus, tz: tzinfo | None) -> str:
    """The head of the sheet, two label/value pairs a row: state and times, then people."""
    shift = t("{start} 至 {end}", start=_t(sheet.shift_start, tz), end=_t(sheet.shift_end, tz))
    accepted = _t(status.accepted_at, tz) if status.accepted_at else t("尚未接班")
    pairs = (
        (t("交接状态"), state_text(status), t("实际交接时间"), accepted),
        (t("班次"), shift, t("汇总时间"), _t(sheet.drafted_at, tz)),
        (
            t("交班带班领导"),
            names(sheet.outgoing_leaders),
            t("接班带班领导"),
            names(sheet.incoming_leaders),
        ),
        (
            t("交班值班员"),
            names(sheet.outgoing_officers),
            t("接班值班员"),
            names(sheet.incoming_officers),
        ),
        (
            t("交班提交"),
            _who_when(status.submitted_by, status.submitted_at, tz, t("提交"), t("未提交")),
            t("接班确认"),
            _who_when(status.accepted_by, status.accepted_at, tz, t("确认"), t("未确认")),
        ),
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<th width='17%' align='left'>{esc(v)}</th>"
            if i % 2 == 0
            else f"<td width='33%'{_STATE_STYLE if (r, i) == (0, 1) else ''}>{esc(v)}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for r, row in enumerate(pairs)
    )
    return f'<table cellspacing="0" cellpadding="4" width="100%" border="1">{rows}</table>'


_STATE_STYLE = " style='font-weight:bold'"
# Grey and large enough to be seen across a desk, light enough to read the sheet through.
_BANNER = (
    "<p align='center' style='font-size:22pt;font-weight:bold;color:#9A9A9A;margin:0'>{mark}</p>"
    "<p align='center' style='font-size:9pt;color:#808080;margin:0'>{note}</p>"
)


def _with_banner(body: str, status: SheetStatus) -> str:
    """A draft's body in one borderless table whose head row (the banner) QTextDocument repeats
    at the top of every page."""
    if not status.draft:
        return body
    banner = _BANNER.format(
        mark=esc(t("草稿（未提交）")),
        note=esc(t("本交接单尚未提交，不作为交接依据；以提交、接班确认后的打印件为准")),
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' border='0'>"
        f"<thead><tr><td style='border:none;padding:0 0 10px 0'>{banner}</td></tr></thead>"
        f"<tbody><tr><td style='border:none;padding:0'>{body}</td></tr></tbody></table>"
    )


def page_header(bureau: str, status: SheetStatus) -> str:
    """The header band ui.printing draws on every page: a draft says so there too."""
    return t("{bureau}　交接班记录草稿（未提交）", bureau=bureau) if status.draft else bureau


def _equipment(sheet: HandoverSheet) -> str:
    carried = {item.name for item in sheet.carried_faults()}
    rows = [
        (e.name, e.status + (t("（前班移交）") if e.name in carried else ""), e.remark)
        for e in sheet.equipment
    ]
    return table(("设备", "状态", "备注"), rows)


def handover_html(
    sheet: HandoverSheet,
    bureau: str,
    tz: tzinfo | None = None,
    status: SheetStatus | None = None,
    record: str = "",
) -> str:
    """A4 portrait; `tz` is the bureau's zone (times print in it; None keeps the stored zone);
    `status` None is a draft (HandoverService.status says what a stored sheet is); `record` is
    the chain head (DutyRoom.record_line), printed under the signatures."""
    status = status or SheetStatus()
    instructions = "\n".join(sheet.instructions) or "无"
    body = (
        f"<h1>{esc(sheet_title(bureau, sheet, tz))}</h1>{status_fields(sheet, status, tz)}"
        f"<h2>一、本班事件</h2>{_incidents(sheet, tz)}"
        f"<h2>二、正在计时的报送时限</h2>{_clocks(sheet, tz)}"
        f"<h2>三、领导批示及落实情况</h2>{_p(instructions)}"
        f"{_log_clocks(sheet, tz, instructions=True)}"
        f"<h2>四、未办结事项</h2>{_p(sheet.unfinished or '无')}"
        f"{_log_clocks(sheet, tz, instructions=False)}"
        f"<h2>五、待传达通知</h2>{_p(sheet.notices or '无')}"
        f"<h2>六、设备状况</h2>{_equipment(sheet)}"
        f"<h2>七、其他事项</h2>{_p(sheet.remarks or '无')}"
        f"{_annotations(sheet, tz)}"
        + signatures(("交班带班领导", "交班值班员"), ("接班带班领导", "接班值班员"))
        + record_paragraph(record)
    )
    return page(sheet_title(bureau, sheet, tz), _with_banner(body, status))
