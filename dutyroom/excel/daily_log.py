"""The daily duty-log workbook: one sheet per duty day with header block, entries, incidents and
reports; A4 landscape, the entry header repeated on every page, frozen panes, CJK-wide columns.

Built from plain `DailyLog` data, so it may run on a background thread.
"""

from __future__ import annotations

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
    report_values,
    title,
)
from dutyroom.documents.html import names
from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border

HEADER_FILL = "D9E1F2"
TIME_FORMAT = "hh:mm"
DATETIME_FORMAT = "mm-dd hh:mm"
ENTRY_HEADER_ROW = 6  # repeated on every printed page
LAST_COLUMN = max(len(ENTRY_HEADERS), len(INCIDENT_HEADERS), len(REPORT_HEADERS))


def sheet_name(log: DailyLog) -> str:
    return f"{log.day:%Y-%m-%d}"


def _plain(value: object) -> object:
    """Excel has no time zones: datetimes go in as the bureau's wall-clock time."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


class _SheetWriter:
    """Writes rows top to bottom, sharing styles (openpyxl copies a style object per cell)."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = ws
        self.row = 1
        self.border = thin_border()
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.bold = Font(bold=True)
        self.fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        self.widths: dict[int, int] = {}

    def _measure(self, col: int, value: object) -> None:
        text = "00-00 00:00" if isinstance(value, datetime) else str(value)
        self.widths[col] = max(self.widths.get(col, 0), display_width(text))

    def title(self, text: str) -> None:
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(self.row, 1)
        safe_value(cell, text)
        cell.font = Font(size=16, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        self.ws.merge_cells(
            start_row=self.row, start_column=1, end_row=self.row, end_column=LAST_COLUMN
        )
        self.ws.row_dimensions[self.row].height = 30
        self.row += 1

    def pairs(self, *pairs: tuple[str, str]) -> None:
        """A header-block line: label, value (merged over two columns), label, value."""
        col = 1
        for label, value in pairs:
            self.ws.cell(self.row, col, label).font = self.bold
            safe_value(self.ws.cell(self.row, col + 1), value)
            self.ws.merge_cells(
                start_row=self.row, start_column=col + 1, end_row=self.row, end_column=col + 2
            )
            col += 4
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
            self._measure(col, text)
        self.row += 1
        for values in rows:
            for col, value in enumerate(values, start=1):
                cell = self.ws.cell(self.row, col)
                safe_value(cell, _plain(value))
                cell.border, cell.alignment = self.border, self.wrap
                if isinstance(value, datetime):
                    cell.number_format = TIME_FORMAT if col == 1 else DATETIME_FORMAT
                self._measure(col, value)
            self.row += 1
        return header_row


def write_day(ws: Any, log: DailyLog, bureau: str) -> None:
    writer = _SheetWriter(ws)
    writer.title(title(bureau, log.day))
    day = f"{log.day.year}年{log.day.month}月{log.day.day}日"
    writer.pairs(("日期", day), ("班次", log.shift_text))
    writer.pairs(("带班领导", names(log.leaders)), ("值班员", names(log.officers)))
    writer.heading(f"一、值班记录（{len(log.entries)}条）")
    assert writer.row == ENTRY_HEADER_ROW  # the print-title row below
    writer.table(ENTRY_HEADERS, [entry_values(e) for e in log.entries])
    writer.heading(f"二、接报事件（{len(log.incidents)}起）")
    writer.table(INCIDENT_HEADERS, [incident_values(i) for i in log.incidents])
    writer.heading(f"三、信息报送（{len(log.reports)}次）")
    writer.table(REPORT_HEADERS, [report_values(r) for r in log.reports])
    writer.row += 1
    ws.cell(writer.row, 1, "带班领导（签字）：")
    ws.cell(writer.row, 5, "值班员（签字）：")
    fit_columns(ws, writer.widths, maximum=48)
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
