"""The roster on an A4 landscape sheet: the month roster for posting and the holiday 值班安排表.

Both are a dutyroom.roster_paper.RosterPaper: title, the bureau's 值班时间 and 值班电话/传真, a red
warning line for days without holiday data, one row per day with each person's 职务 and phone,
制表人, date and page numbers in the page footer. The sheet reads back as a roster import
(dutyroom/excel/roster_import.py): the 职务 and 手机 columns are not role columns.
"""

from __future__ import annotations

import math
from typing import Any

from dutyroom.excel.style import a4_landscape, display_width, safe_value, thin_border
from dutyroom.messages import t
from dutyroom.models import DayType, Role
from dutyroom.roster_paper import PaperDay, PaperPerson, RosterPaper

HOLIDAY_FILL = "FFC7CE"  # light red: 法定节假日
MAKEUP_FILL = "FFF2CC"  # light yellow: 调休补班日
UNKNOWN_FILL = "EDEDED"  # grey: no holiday data, the type is a guess to be checked
HEADER_FILL = "D9E1F2"
WARNING_COLOR = "C00000"
DATE_FORMAT = 'm"月"d"日"'
LINE_POINTS = 15.0  # one line of 11 pt text in LibreOffice and Excel
PAGE_FOOTER = "第 &P 页 共 &N 页"


def headers(paper: RosterPaper, *, holiday: bool) -> list[str]:
    """日期, 星期, (类型,) each role with its 职务 and 手机, then 备注 or 值班电话."""
    out: list[str] = [t("日期"), t("星期")]
    if not holiday:
        out.append(t("类型"))
    for role in paper.roles:
        out += [str(role), t("职务"), t("手机")]
    out.append(t("值班电话") if holiday else t("备注"))
    return out


def _lines(people: tuple[PaperPerson, ...], field: str) -> str:
    # One line per person, so that name, 职务 and phone of the same person stay level.
    return "\n".join(getattr(p, field) for p in people)


def row_values(paper: RosterPaper, day: PaperDay, *, holiday: bool) -> list[object]:
    values: list[object] = [day.day, day.weekday]
    if not holiday:
        values.append(day.type_text)
    for role in paper.roles:
        people = day.people.get(role, ())
        values += [_lines(people, "name"), _lines(people, "title"), _lines(people, "phone")]
    values.append(paper.duty_phone if holiday else "；".join(day.notes))
    return values


def _fill(color: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def _merged_line(ws: Any, row: int, last: int, text: str, **font: Any) -> Any:
    from openpyxl.styles import Alignment, Font

    cell = ws.cell(row, 1)
    safe_value(cell, text)
    cell.font = Font(**font)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    return cell


def _footer(ws: Any, paper: RosterPaper) -> None:
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        footer.left.text = paper.maker_text()
        footer.center.text = PAGE_FOOTER
        footer.right.text = paper.date_text()
        for part in (footer.left, footer.center, footer.right):
            part.size = 10


def _widths(ws: Any, columns: dict[int, int], total: int) -> None:
    """Column widths from the widest line; the sheet is fitted to one page wide, so the widths
    only set proportions: capped so that one long remark does not shrink every other column."""
    from openpyxl.utils import get_column_letter

    for col in range(1, total + 1):
        width = max(6, min(36, columns.get(col, 0) + 2))
        ws.column_dimensions[get_column_letter(col)].width = width


def _row_heights(ws: Any, first: int, last_row: int, columns: int) -> None:
    """openpyxl does not autofit: each row as tall as its most wrapped cell (a long remark, two
    people on a holiday), counting CJK characters double against the column's width."""
    from openpyxl.utils import get_column_letter

    for row in range(first, last_row + 1):
        lines = 1
        for col in range(1, columns + 1):
            value = ws.cell(row, col).value
            if not isinstance(value, str) or not value:
                continue
            room = max(1.0, ws.column_dimensions[get_column_letter(col)].width - 1)
            wrapped = sum(math.ceil(display_width(part) / room) or 1 for part in value.split("\n"))
            lines = max(lines, wrapped)
        ws.row_dimensions[row].height = LINE_POINTS * lines + 6


def build_roster_workbook(paper: RosterPaper, *, holiday: bool = False) -> Any:
    """An openpyxl Workbook with the sheet; the caller saves it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    ws = workbook.active
    first = paper.days[0].day
    ws.title = t("假期值班") if holiday else t("{y}年{m}月", y=first.year, m=first.month)
    names = headers(paper, holiday=holiday)
    last = len(names)
    border = thin_border()
    _merged_line(ws, 1, last, paper.title, size=18, bold=True)
    ws.row_dimensions[1].height = 34
    _merged_line(ws, 2, last, paper.contact_line(), size=11)
    ws.row_dimensions[2].height = 20
    row = 3
    for warning in paper.warnings:
        _merged_line(ws, row, last, warning, size=11, bold=True, color=WARNING_COLOR)
        ws.row_dimensions[row].height = 20
        row += 1
    header_row = row
    widths: dict[int, int] = {}
    for col, text in enumerate(names, start=1):
        cell = ws.cell(header_row, col, text)
        cell.font = Font(bold=True)
        cell.fill = _fill(HEADER_FILL)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center")
        widths[col] = display_width(text)
    ws.row_dimensions[header_row].height = 22
    fills = {DayType.HOLIDAY: _fill(HOLIDAY_FILL), DayType.MAKEUP: _fill(MAKEUP_FILL)}
    wrap = Alignment(vertical="center", wrap_text=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, day in enumerate(paper.days, start=1):
        row = header_row + offset
        fill = fills.get(day.day_type) if day.known else _fill(UNKNOWN_FILL)
        for col, value in enumerate(row_values(paper, day, holiday=holiday), start=1):
            cell = ws.cell(row, col)
            safe_value(cell, value)
            cell.border = border
            cell.alignment = centred if col <= 2 else wrap
            if fill is not None:
                cell.fill = fill
            text = "12月31日" if col == 1 else str(value)
            widths[col] = max(widths[col], *(display_width(part) for part in text.split("\n")))
        ws.cell(row, 1).number_format = DATE_FORMAT
    last_row = header_row + len(paper.days)
    if holiday and paper.days:
        # One number for the whole period, as offices write it: a merged cell down the column.
        ws.merge_cells(
            start_row=header_row + 1, start_column=last, end_row=last_row, end_column=last
        )
        ws.cell(header_row + 1, last).alignment = centred
    row = last_row + 1
    for note in paper.notes:
        cell = _merged_line(ws, row, last, note, size=10)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        row += 1
    _widths(ws, widths, last)
    _row_heights(ws, header_row + 1, last_row, last)
    ws.freeze_panes = ws.cell(header_row + 1, 1).coordinate
    a4_landscape(ws, f"{header_row}:{header_row}")
    ws.page_margins.bottom = 0.7  # room for the footer line
    ws.page_margins.footer = 0.3
    _footer(ws, paper)
    return workbook


def role_columns(paper: RosterPaper, *, holiday: bool = False) -> dict[Role, int]:
    """1-based column of each role's names (tests and the import read them)."""
    start = 3 if holiday else 4
    return {role: start + 3 * index for index, role in enumerate(paper.roles)}
