"""The daily duty-log workbook: one sheet per duty day with header block, entries, incidents and
the shift's reports; A4 landscape at 100%, the entry header repeated on every page, frozen panes.

Every table has the log's six columns (dutyroom/documents/daily.py), so the widths are fixed and
内容 keeps 46% of the width; row heights are computed from the text, because Excel and openpyxl
do not grow a row for wrapped text written by a program.

Built from plain `DailyLog` data, so it may run on a background thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from dutyroom.documents.daily import (
    ENTRY_HEADERS,
    INCIDENT_HEADERS,
    REPORT_HEADERS,
    DailyLog,
    entry_values,
    incident_values,
    report_heading,
    report_values,
    title,
)
from dutyroom.documents.html import names
from dutyroom.excel.style import a4_landscape, display_width, safe_value, thin_border

HEADER_FILL = "D9E1F2"
TIME_FORMAT = "hh:mm"
DATETIME_FORMAT = "mm-dd hh:mm"
ENTRY_HEADER_ROW = 6  # repeated on every printed page
# Character units of each column (a CJK character takes 2); 内容 is 58 of 126, 46%.
WIDTHS = (12, 9, 16, 58, 22, 9)
LAST_COLUMN = len(WIDTHS)
LINE_POINTS = 15.0  # one line of 11 pt text, CJK included, as LibreOffice and Excel draw it
PAD_POINTS = 3.0
# A4 landscape less the side margins of style.a4_landscape (0.4 in each), in millimetres.
PRINTABLE_MM = 297 - 2 * 0.4 * 25.4
assert len(ENTRY_HEADERS) == len(INCIDENT_HEADERS) == len(REPORT_HEADERS) == LAST_COLUMN


def sheet_name(log: DailyLog) -> str:
    return f"{log.day:%Y-%m-%d}"


def _plain(value: object) -> object:
    """Excel has no time zones: datetimes go in as the bureau's wall-clock time."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def column_mm(width: float) -> float:
    """Printed width of a column of `width` units at 100%: Excel's 7 px a unit plus 5 px of
    padding, at 96 px an inch."""
    return (width * 7 + 5) * 25.4 / 96


def effective_scale(widths: Sequence[float] = WIDTHS) -> float:
    """The scale fitToWidth=1 prints at: 1.0 when the columns fit the page, less when not."""
    return min(1.0, PRINTABLE_MM / sum(column_mm(w) for w in widths))


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped cell of `width` units needs for `text` (CJK characters count 2)."""
    usable = max(1.0, width - 1)
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n"))


def row_height(values: Sequence[str], widths: Sequence[float] = WIDTHS) -> float:
    lines = max(text_lines(v, w) for v, w in zip(values, widths, strict=False))
    return lines * LINE_POINTS + PAD_POINTS


class _SheetWriter:
    """Writes rows top to bottom, sharing styles (openpyxl copies a style object per cell)."""

    def __init__(self, ws: Any, log: DailyLog) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = ws
        self.log = log
        self.row = 1
        self.border = thin_border()
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.bold = Font(bold=True)
        self.fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)

    def title(self, text: str) -> None:
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(self.row, 1)
        safe_value(cell, text)
        cell.font = Font(size=16, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        self._merge(1, LAST_COLUMN)
        self.ws.row_dimensions[self.row].height = 30
        self.row += 1

    def _merge(self, first: int, last: int) -> None:
        self.ws.merge_cells(
            start_row=self.row, start_column=first, end_row=self.row, end_column=last
        )

    def line(self, *cells: tuple[int, int, str]) -> None:
        """A header-block line: (first column, last column, text) pieces, each merged."""
        for first, last, text in cells:
            cell = self.ws.cell(self.row, first)
            safe_value(cell, text)
            cell.alignment = self.wrap
            if last > first:
                self._merge(first, last)
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1
        self.ws.cell(self.row, 1, text).font = self.bold
        self.row += 1

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
        header_row = self.row
        for col, text in enumerate(headers, start=1):
            cell = self.ws.cell(self.row, col, text)
            cell.font, cell.fill, cell.border = self.bold, self.fill, self.border
            cell.alignment = self.wrap
        self.ws.row_dimensions[self.row].height = row_height(headers)
        self.row += 1
        for values in rows:
            texts = []
            for col, value in enumerate(values, start=1):
                cell = self.ws.cell(self.row, col)
                safe_value(cell, _plain(value))
                cell.border, cell.alignment = self.border, self.wrap
                if isinstance(value, datetime):
                    same_day = value.date() == self.log.shift_start.date()
                    cell.number_format = TIME_FORMAT if same_day else DATETIME_FORMAT
                texts.append(self.log.clock(value) if isinstance(value, datetime) else str(value))
            self.ws.row_dimensions[self.row].height = row_height(texts)
            self.row += 1
        if not rows:
            self.line((1, LAST_COLUMN, "无"))
        return header_row


def write_day(ws: Any, log: DailyLog, bureau: str) -> None:
    from openpyxl.utils import get_column_letter

    writer = _SheetWriter(ws, log)
    writer.title(title(bureau, log.day))
    writer.line((1, 1, "班次"), (2, LAST_COLUMN, log.shift_text))
    writer.line(
        (1, 1, "带班领导"),
        (2, 3, names(log.leaders)),
        (4, LAST_COLUMN, f"值班员：{names(log.officers)}"),
    )
    writer.heading(f"一、值班记录（{len(log.entries)}条）")
    assert writer.row == ENTRY_HEADER_ROW  # the print-title row below
    writer.table(ENTRY_HEADERS, [entry_values(e) for e in log.entries])
    writer.heading(f"二、接报事件（{len(log.incidents)}起）")
    writer.table(INCIDENT_HEADERS, [incident_values(i) for i in log.incidents])
    writer.heading(report_heading(log))
    writer.table(REPORT_HEADERS, [report_values(r, log) for r in log.reports])
    writer.row += 1
    ws.cell(writer.row, 1, "带班领导（签字）：")
    ws.cell(writer.row, 4, "值班员（签字）：")
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(ENTRY_HEADER_ROW + 1, 1).coordinate
    a4_landscape(ws, f"{ENTRY_HEADER_ROW}:{ENTRY_HEADER_ROW}")
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddHeader.center.text = bureau


def build_daily_workbook(logs: Sequence[DailyLog], bureau: str) -> Any:
    """An openpyxl Workbook with one sheet per duty day; the caller saves it."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for log in logs:
        write_day(workbook.create_sheet(sheet_name(log)), log, bureau)
    return workbook


def write_daily_workbook(path: Path, logs: Sequence[DailyLog], bureau: str) -> Path:
    """Save atomically enough for an export: write beside the target, then rename over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".part")
    build_daily_workbook(logs, bureau).save(temp)
    temp.replace(path)
    return path
