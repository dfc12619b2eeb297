"""The handover sheet (交接班记录) as printable HTML, signatures of both sides at the foot."""

from __future__ import annotations

from datetime import datetime, tzinfo

from dutyroom.documents.html import esc, fields, names, page, signatures, table
from dutyroom.handover import ClockLine, HandoverSheet, LogClockLine
from dutyroom.messages import t

CLOCK_HEADERS = ("编号", "事件", "报送事项", "时限", "状态", "剩余/超时")


def _t(at: datetime, tz: tzinfo | None) -> str:
    return f"{at.astimezone(tz):%m-%d %H:%M}"


def clock_text(clock: ClockLine | LogClockLine) -> str:
    if clock.minutes_late is not None:
        return t("已超时{minutes_late}分钟", minutes_late=clock.minutes_late)
    return t("剩余{minutes_left}分钟", minutes_left=clock.minutes_left)


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
    rows = [
        (c.incident_id, c.incident_title, clock_item(c), _t(c.due_at, tz), c.state, clock_text(c))
        for c in sheet.clocks
    ]
    follow = sheet.next_followup
    nxt = (
        f"下一次续报：{follow.incident_title}，时限 {_t(follow.due_at, tz)}（{clock_text(follow)}）"
        if follow
        else "下一次续报：无"
    )
    return table(CLOCK_HEADERS, rows, empty="无正在计时的报送时限") + f"<p>{esc(nxt)}</p>"


LOG_CLOCK_HEADERS = ("日志时间", "事项", "办理要求", "时限", "未办对象", "剩余/超时")
INSTRUCTION_KIND = "领导批示"


def _log_clocks(sheet: HandoverSheet, tz: tzinfo | None, *, instructions: bool) -> str:
    """The running clocks of 领导批示 (instructions=True) or of the other duty-log items."""
    rows = [
        (_t(c.at, tz), c.content, c.rule, _t(c.due_at, tz), c.missing or "—", clock_text(c))
        for c in sheet.log_clocks
        if (c.kind == INSTRUCTION_KIND) == instructions
    ]
    if not rows:
        return ""
    title = "尚未落实的批示时限" if instructions else "尚未办结的值班事项时限"
    return f"<p>{esc(title)}：</p>" + table(LOG_CLOCK_HEADERS, rows)


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


def handover_html(sheet: HandoverSheet, bureau: str, tz: tzinfo | None = None) -> str:
    """A4 portrait; `tz` is the bureau's zone (times print in it; None keeps the stored zone)."""
    header = fields(
        [
            ("交接时间", f"{_t(sheet.shift_end, tz)}（班次 {_t(sheet.shift_start, tz)} 起）"),
            ("交班带班领导", names(sheet.outgoing_leaders)),
            ("交班值班员", names(sheet.outgoing_officers)),
            ("接班带班领导", names(sheet.incoming_leaders)),
            ("接班值班员", names(sheet.incoming_officers)),
        ]
    )
    equipment = table(
        ("设备", "状态", "备注"), [(e.name, e.status, e.remark) for e in sheet.equipment]
    )
    instructions = "<br/>".join(esc(i) for i in sheet.instructions) or "无"
    body = (
        f"<h1>{esc(sheet_title(bureau, sheet, tz))}</h1>{header}"
        f"<h2>一、本班事件</h2>{_incidents(sheet, tz)}"
        f"<h2>二、正在计时的报送时限</h2>{_clocks(sheet, tz)}"
        f"<h2>三、领导批示及落实情况</h2><p>{instructions}</p>"
        f"{_log_clocks(sheet, tz, instructions=True)}"
        f"<h2>四、未办结事项</h2><p>{esc(sheet.unfinished or '无')}</p>"
        f"{_log_clocks(sheet, tz, instructions=False)}"
        f"<h2>五、待传达通知</h2><p>{esc(sheet.notices or '无')}</p>"
        f"<h2>六、设备状况</h2>{equipment}"
        f"<h2>七、其他事项</h2><p>{esc(sheet.remarks or '无')}</p>"
        f"{_annotations(sheet, tz)}"
        + signatures(("交班带班领导", "交班值班员"), ("接班带班领导", "接班值班员"))
    )
    return page(sheet_title(bureau, sheet, tz), body)
