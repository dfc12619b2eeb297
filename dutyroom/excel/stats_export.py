"""The statistics workbook: the tables of the 统计 page with native Excel charts (openpyxl)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border
from dutyroom.excel.transfer import _save
from dutyroom.messages import t
from dutyroom.stats import CheckStats, Delay, Rate, Stats
from dutyroom.text import covered_days, date_span

RATE_FORMAT = "0.0%"
DELAY_SHEET = "迟报漏报"
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def _percent(rate: float | None) -> float | str:
    return "—" if rate is None else rate


def _table(
    ws: Any, top: int, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Write a titled table from row `top`; returns the first free row after a blank one."""
    from openpyxl.styles import Font

    border = thin_border()
    ws.cell(top, 1, title).font = Font(bold=True, size=12)
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(top + 1, col, text)
        cell.font = Font(bold=True)
        cell.border = border
    for r, values in enumerate(rows, start=top + 2):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(r, col)
            safe_value(cell, value)
            cell.border = border
            if isinstance(value, float) and headers[col - 1].endswith("率"):
                cell.number_format = RATE_FORMAT
            elif isinstance(value, datetime):
                cell.number_format = DATE_FORMAT
    return top + 2 + len(rows) + 1


def _rate_row(name: str, rate: Rate) -> list[Any]:
    return [name, rate.counted, rate.on_time, rate.late, rate.missed, _percent(rate.rate)]


def _check_row(name: str, checks: CheckStats) -> list[Any]:
    return [
        name,
        checks.checks,
        checks.both_present,
        checks.failures,
        _percent(checks.on_post_rate),
    ]


def _delay_rows(delays: Sequence[Delay], tz: tzinfo) -> list[list[Any]]:
    def local(moment: datetime | None) -> datetime | None:
        """A date cell in the bureau's zone, to the minute (Excel has no zones)."""
        if moment is None:
            return None
        return moment.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)

    return [
        [d.incident_id, d.title, d.rule, local(d.due_at), local(d.done_at), d.minutes]
        for d in delays
    ]


def period_text(stats: Stats, tz: tzinfo) -> str:
    """The period as it was asked for: [12-01, 01-01) reads 2026年12月1日至12月31日."""
    return date_span(*covered_days(stats.start, stats.end, tz))


def _summary_sheet(ws: Any, stats: Stats, bureau: str, tz: tzinfo) -> None:
    from openpyxl.styles import Font

    title = ws.cell(
        1, 1, str(t("{bureau}值班统计（{period}）", bureau=bureau, period=period_text(stats, tz)))
    )
    title.font = Font(bold=True, size=14)
    rate_headers = ("规则", "应报", "按时", "迟报", "漏报", "及时率")
    rows = [_rate_row("合计", stats.overall), *(_rate_row(n, r) for n, r in stats.by_rule.items())]
    row = _table(ws, 3, "报送及时率", rate_headers, rows)
    row = _table(
        ws, row, "1小时内报送达标率", rate_headers, [_rate_row("首报·书面", stats.headline)]
    )
    check_headers = ("方向", "查岗次数", "均在岗", "未接/脱岗/代岗", "在岗率")
    checks = [
        _check_row("本局查岗", stats.checks_made),
        _check_row("上级查岗", stats.checks_received),
    ]
    _table(ws, row, "查岗", check_headers, checks)
    ws.freeze_panes = "A3"


def _counts_sheet(
    workbook: Any, title: str, header: str, counts: dict[str, int], chart: str
) -> None:
    from openpyxl.chart import BarChart, LineChart, Reference

    ws = workbook.create_sheet(title)
    _table(ws, 1, title, (header, "起数"), [[k, v] for k, v in counts.items()])
    if not counts:
        return
    made: Any = BarChart() if chart == "bar" else LineChart()
    made.title = title
    made.y_axis.title = "起数"
    made.x_axis.title = header
    data = Reference(ws, min_col=2, min_row=2, max_row=2 + len(counts))
    categories = Reference(ws, min_col=1, min_row=3, max_row=2 + len(counts))
    made.add_data(data, titles_from_data=True)
    made.set_categories(categories)
    made.legend = None
    ws.add_chart(made, "D2")


def build_stats_workbook(stats: Stats, bureau: str, tz: tzinfo) -> Any:
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = "汇总"
    _summary_sheet(summary, stats, bureau, tz)
    period = period_text(stats, tz)
    delays = workbook.create_sheet(DELAY_SHEET)
    delay_headers = ("事件编号", "事件", "规则", "时限", "完成时间", "延误（分钟）")
    row = _table(delays, 1, "迟报", delay_headers, _delay_rows(stats.late, tz))
    _table(delays, row, "漏报（截至统计时刻）", delay_headers, _delay_rows(stats.missed, tz))
    _counts_sheet(workbook, "按类别", "类别", stats.by_category, "bar")
    _counts_sheet(workbook, "按等级", "等级", stats.by_grade, "bar")
    _counts_sheet(workbook, "按乡镇", "乡镇", stats.by_township, "bar")
    _counts_sheet(workbook, "按月份", "月份", stats.by_month, "line")
    duty = workbook.create_sheet("值班时长")
    duty_rows = [[r.name, r.shifts, r.hours, r.holiday_shifts] for r in stats.duty]
    _table(duty, 1, "值班时长", ("姓名", "班次", "小时", "节假日班次"), duty_rows)
    for ws in workbook.worksheets:
        widths: dict[int, int] = {}
        for line in ws.iter_rows(min_row=2):
            for cell in line:
                if cell.value is not None:
                    width = display_width(str(cell.value))
                    widths[cell.column] = max(widths.get(cell.column, 0), width)
        for column, value in ((4, "2026-12-31 23:59"), (5, "2026-12-31 23:59")):
            if ws.title == DELAY_SHEET:  # date cells: as wide as the text they print
                widths[column] = max(widths.get(column, 0), len(value))
        fit_columns(ws, widths)
        a4_landscape(ws, "1:2")
        # Room for the header and footer: LibreOffice drops them where the margin cannot hold them.
        ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.oddHeader.left.text = bureau
        ws.oddHeader.center.text = str(t("值班统计·{sheet}", sheet=ws.title))
        ws.oddHeader.right.text = period
        ws.oddFooter.center.text = str(t("第 &P 页 共 &N 页"))
    return workbook


def export_stats(stats: Stats, bureau: str, tz: tzinfo, path: Path) -> Path:
    return _save(build_stats_workbook(stats, bureau, tz), Path(path))
