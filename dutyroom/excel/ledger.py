"""The incident ledger (接报台账) for a date range, streamed with openpyxl write-only mode.

One row per incident, one column group per obligation kind (时限, 完成时间, 迟报分钟). Rows are
plain data collected on the GUI thread; `write_ledger` may run on any thread and reports
progress. Body cells carry no per-cell style (a styled cell costs a Python object each and the
ledger must stay within 1.5× of plain write-only speed); only the header rows are styled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1000

BASE_HEADERS = (
    "编号",
    "接报时间",
    "事发时间",
    "事件",
    "类别",
    "乡镇",
    "地点",
    "等级",
    "死亡",
    "失踪",
    "受伤",
    "受害森林面积(公顷)",
    "震级",
    "状态",
    "终结时间",
)
GROUPS = ("电话报告", "书面报告", "续报", "补报", "终报")  # ObligationKind order
GROUP_COLUMNS = ("时限", "完成时间", "迟报(分钟)")
TAIL_HEADERS = ("续报次数",)
BASE_WIDTHS = (6, 17, 17, 36, 10, 10, 24, 8, 6, 6, 6, 10, 6, 8, 17)
HEADER_FILL = "D9E1F2"


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One incident; datetimes are naive wall-clock times in the bureau's zone (Excel has no
    zones). `groups` holds (时限, 完成时间 or a state text, 迟报分钟) per kind of GROUPS, flat."""

    incident_id: int
    received_at: datetime
    occurred_at: datetime | None
    title: str
    category: str
    township: str
    place: str
    grade: str
    deaths: int
    missing: int
    injured: int
    status: str
    closed_at: datetime | None
    groups: tuple[object, ...]  # len(GROUPS) * 3
    followups: int = 0
    # Blank (None) where not entered: most incidents are neither fires nor earthquakes.
    forest_area_ha: float | None = None
    magnitude: float | None = None

    def values(self) -> list[object]:
        return [
            self.incident_id,
            self.received_at,
            self.occurred_at,
            self.title,
            self.category,
            self.township,
            self.place,
            self.grade,
            self.deaths,
            self.missing,
            self.injured,
            self.forest_area_ha,
            self.magnitude,
            self.status,
            self.closed_at,
            *self.groups,
            self.followups,
        ]

    def formula_like(self) -> bool:
        # A tuple's `in` instead of any() over a generator: asked of every row of a year.
        return "=" in (self.title[:1], self.category[:1], self.township[:1], self.place[:1])


def _guarded(ws: Any, values: list[object]) -> list[object]:
    """Typed text starting with "=" stays text (excel/style.safe_value); rare, so the cost of a
    styled cell is paid only on such rows."""
    from openpyxl.cell import WriteOnlyCell

    from dutyroom.excel.style import safe_value

    out: list[object] = []
    for value in values:
        if isinstance(value, str) and value[:1] == "=":
            cell = WriteOnlyCell(ws)
            safe_value(cell, value)
            out.append(cell)
        else:
            out.append(value)
    return out


def headers() -> list[str]:
    group = [f"{g}{c}" for g in GROUPS for c in GROUP_COLUMNS]
    return [*BASE_HEADERS, *group, *TAIL_HEADERS]


def ledger_title(bureau: str, start: date, end: date) -> str:
    return f"{bureau}接报台账（{start:%Y-%m-%d}至{end:%Y-%m-%d}）"


def _setup(ws: Any, bureau: str) -> None:
    from openpyxl.utils import get_column_letter

    widths = [*BASE_WIDTHS, *(17, 17, 9) * len(GROUPS), 8]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "E4"
    ws.print_title_rows = "2:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = bureau
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


def _header_rows(ws: Any, title: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def styled(value: object, font: Any = bold) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        cell.font, cell.fill, cell.alignment = font, fill, center
        return cell

    ws.append([WriteOnlyCell(ws, value=title)])
    group_row: list[object] = [styled("")] * len(BASE_HEADERS)
    for group in GROUPS:
        group_row += [styled(group), styled(""), styled("")]
    ws.append([*group_row, styled("")])
    ws.append([styled(h) for h in headers()])


def write_ledger(
    path: Path,
    rows: Sequence[LedgerRow] | Iterable[LedgerRow],
    *,
    bureau: str,
    start: date,
    end: date,
    total: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Stream the ledger to `path`; `progress(done, total)` every PROGRESS_EVERY rows and at the
    end (from the calling thread)."""
    from openpyxl import Workbook

    count = total if total is not None else len(rows) if isinstance(rows, Sequence) else 0
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(f"{start:%Y%m%d}-{end:%Y%m%d}")
    _setup(ws, bureau)
    _header_rows(ws, ledger_title(bureau, start, end))
    done = 0
    append = ws.append
    for row in rows:
        append(_guarded(ws, row.values()) if row.formula_like() else row.values())
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, count)
    if progress is not None:
        progress(done, max(count, done))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".part")
    workbook.save(temp)
    temp.replace(path)
    return path
