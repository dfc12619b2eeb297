"""The month roster as a printable workbook: title, bureau, one row per day, holidays coloured."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border
from dutyroom.models import DayType

HEADERS = ("日期", "星期", "类型", "带班领导", "带班领导电话", "值班员", "值班员电话", "备注")
HEADER_ROW = 3
WEEKDAYS = "一二三四五六日"
HOLIDAY_FILL = "FFC7CE"  # light red: 法定节假日
MAKEUP_FILL = "FFF2CC"  # light yellow: 调休补班日
HEADER_FILL = "D9E1F2"
JOIN = "、"


@dataclass(frozen=True, slots=True)
class ExportPerson:
    name: str
    phone: str


@dataclass(frozen=True, slots=True)
class ExportDay:
    day: date
    day_type: DayType
    holiday_name: str
    leaders: tuple[ExportPerson, ...]
    officers: tuple[ExportPerson, ...]
    notes: tuple[str, ...] = ()


def sheet_title(bureau: str, year: int, month: int) -> str:
    return f"{bureau}值班表（{year}年{month}月）"


def _type_text(day: ExportDay) -> str:
    return f"{day.day_type.value}（{day.holiday_name}）" if day.holiday_name else day.day_type.value


def row_values(day: ExportDay) -> list[object]:
    return [
        day.day,
        f"星期{WEEKDAYS[day.day.weekday()]}",
        _type_text(day),
        JOIN.join(p.name for p in day.leaders),
        JOIN.join(p.phone for p in day.leaders if p.phone),
        JOIN.join(p.name for p in day.officers),
        JOIN.join(p.phone for p in day.officers if p.phone),
        "；".join(day.notes),
    ]


def _fill(color: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def _title(ws: Any, bureau: str, year: int, month: int, generated: str) -> None:
    from openpyxl.styles import Alignment, Font

    last = len(HEADERS)
    safe_value(ws.cell(1, 1), sheet_title(bureau, year, month))
    ws.cell(1, 1).font = Font(size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 30
    safe_value(ws.cell(2, 1), f"单位：{bureau}　　制表：{generated}")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)


def _header(ws: Any, border: Any) -> None:
    from openpyxl.styles import Alignment, Font

    for col, text in enumerate(HEADERS, start=1):
        cell = ws.cell(HEADER_ROW, col, text)
        cell.font = Font(bold=True)
        cell.fill = _fill(HEADER_FILL)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center")


def build_roster_workbook(
    bureau: str, year: int, month: int, days: Sequence[ExportDay], *, generated: str = ""
) -> Any:
    """An openpyxl Workbook with the month; the caller saves it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    ws = workbook.active
    ws.title = f"{year}年{month}月"
    border = thin_border()
    _title(ws, bureau, year, month, generated)
    _header(ws, border)
    widths = {col: display_width(text) for col, text in enumerate(HEADERS, start=1)}
    wrap = Alignment(vertical="center", wrap_text=True)
    fills = {DayType.HOLIDAY: _fill(HOLIDAY_FILL), DayType.MAKEUP: _fill(MAKEUP_FILL)}
    for offset, day in enumerate(days, start=1):
        row = HEADER_ROW + offset
        for col, value in enumerate(row_values(day), start=1):
            cell = ws.cell(row, col)
            safe_value(cell, value)
            cell.border = border
            cell.alignment = wrap
            if day.day_type in fills:
                cell.fill = fills[day.day_type]
            text = "2026-12-31" if col == 1 else str(value)
            widths[col] = max(widths[col], display_width(text))
        ws.cell(row, 1).number_format = "yyyy-mm-dd"
    fit_columns(ws, widths)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1).coordinate
    a4_landscape(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    return workbook
