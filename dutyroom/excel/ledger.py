"""The incident ledger (接报台账) for a date range, streamed with openpyxl write-only mode.

Two sheets from the same rows (dutyroom/ledger_rows.py):

- 接报台账: what an office files and prints — eleven columns, A4 landscape, one page wide at a
  readable scale, wrapped text, row heights computed from the text (openpyxl cannot autofit and
  LibreOffice/Excel do not re-measure rows a file gives heights for), the header row on every
  page, bureau, period and page numbers in the header and footer.
- 明细: every column for filtering and sums, one line per incident.

Rows are plain data collected on the GUI thread; `write_ledger` may run on any thread and reports
progress. A styled cell costs a Python object each; the rows are streamed through one styled cell
per column, re-filled for every row (write-only mode writes a row when it is appended), so a year
of 30,000 incidents pays for its styles once per column, not once per cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dutyroom.excel.style import display_width
from dutyroom.ledger_rows import GROUPS, LedgerRow
from dutyroom.messages import t
from dutyroom.text import date_span

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1000

SHEET_FILED = str(t("接报台账"))
SHEET_DETAIL = str(t("明细"))
DATE_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_FILL = "D9E1F2"
BODY_SIZE = 10
# Points per printed line of 10 pt CJK text in LibreOffice and Excel (the CJK fonts' line gap
# makes it ~1.3 em), and the cell's top and bottom padding.
LINE_HEIGHT = 13.5
ROW_PADDING = 3.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit

# The filed sheet: header, width in characters (CJK characters count two), wrapped.
FILED_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    (str(t("编号")), 5, False),
    (str(t("接报时间")), 16.5, False),
    (str(t("事件")), 24, True),
    (str(t("地点")), 16, True),
    (str(t("类别")), 10, True),
    (str(t("等级")), 5.5, True),
    (str(t("伤亡")), 15, True),
    (str(t("报告人/单位")), 18, True),
    (str(t("接报人")), 8, True),
    (str(t("报送情况")), 36, True),
    (str(t("状态")), 10, True),
)

DETAIL_BASE = (
    (str(t("编号")), 6),
    (str(t("接报时间")), 16.5),
    (str(t("事发时间")), 16.5),
    (str(t("事件")), 30),
    (str(t("类别")), 10),
    (str(t("乡镇")), 10),
    (str(t("地点")), 20),
    (str(t("等级")), 6),
    (str(t("死亡")), 6),
    (str(t("失踪")), 6),
    (str(t("受伤")), 6),
    (str(t("受害森林面积(公顷)")), 10),
    (str(t("震级")), 6),
    (str(t("报告人")), 10),
    (str(t("报告单位")), 18),
    (str(t("接报人")), 8),
    (str(t("简要情况")), 40),
    (str(t("状态")), 12),
    (str(t("终结时间")), 16.5),
)
GROUP_COLUMNS = (
    (str(t("时限")), 16.5),
    (str(t("完成时间")), 16.5),
    (str(t("情况")), 13),
    (str(t("迟报(分钟)")), 8),
    (str(t("方式/对象")), 30),
)
DETAIL_TAIL = ((str(t("续报次数")), 8), (str(t("领导批示")), 40))
# Columns of the detail sheet that hold times (1-based), for their number format.
_DETAIL_TIMES = frozenset(
    {2, 3, len(DETAIL_BASE)}
    | {len(DETAIL_BASE) + g * len(GROUP_COLUMNS) + c for g in range(len(GROUPS)) for c in (1, 2)}
)

# A4 landscape less the margins below, in millimetres, for the scale check in the tests.
MARGIN_INCHES = 0.4
A4_LANDSCAPE_WIDTH_MM = 297.0


def headers() -> list[str]:
    """The detail sheet's column headers."""
    group = [f"{g}{c}" for g in GROUPS for c, _ in GROUP_COLUMNS]
    return [*(h for h, _ in DETAIL_BASE), *group, *(h for h, _ in DETAIL_TAIL)]


def filed_headers() -> list[str]:
    return [h for h, _, _ in FILED_COLUMNS]


def ledger_title(bureau: str, start: date, end: date) -> str:
    return str(t("{bureau}接报台账（{period}）", bureau=bureau, period=date_span(start, end)))


def column_width_mm(width: float) -> float:
    """Printed width of a column `width` characters wide (Excel: 7 px a character plus 5 px
    padding at 96 dpi for the default font)."""
    return (width * 7 + 5) * 25.4 / 96


def filed_scale() -> float:
    """The scale fitToWidth=1 prints the filed sheet at."""
    printable = A4_LANDSCAPE_WIDTH_MM - 2 * MARGIN_INCHES * 25.4
    total = sum(column_width_mm(w) for _, w, _ in FILED_COLUMNS)
    return min(1.0, printable / total)


def _lines(text: str, width: float) -> int:
    """Printed lines of `text` wrapped in a column `width` characters wide."""
    room = max(1.0, width - 1.5)
    return sum(max(1, math.ceil(display_width(part) / room)) for part in text.split("\n"))


def row_height(texts: Sequence[tuple[str, float]]) -> float:
    lines = max((_lines(text, width) for text, width in texts if text), default=1)
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING)


def filed_values(row: LedgerRow) -> list[object]:
    return [
        row.incident_id,
        row.received_at,
        row.title,
        row.place_text,
        row.category,
        row.grade,
        row.casualty_text,
        row.reporter_text,
        row.received_by,
        row.reports,
        row.status,
    ]


def detail_values(row: LedgerRow) -> list[object]:
    return [
        row.incident_id,
        row.received_at,
        row.occurred_at,
        row.title,
        row.category,
        row.township,
        row.place,
        row.grade,
        row.deaths,
        row.missing,
        row.injured,
        row.forest_area_ha,
        row.magnitude,
        row.reporter,
        row.reporter_unit,
        row.received_by,
        row.summary,
        row.status,
        row.closed_at,
        *row.groups,
        row.followups,
        row.instructions,
    ]


def _formula_like(values: list[object]) -> bool:
    return any(isinstance(v, str) and v[:1] == "=" for v in values)


class _Sheet:
    """One write-only sheet: its styled cells, re-filled for every row."""

    def __init__(self, ws: Any, styles: Sequence[Any], widths: Sequence[float]) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.ws = ws
        self.widths = widths
        self.styles = styles
        self.cells: list[Any] = []
        for style in styles:
            cell = WriteOnlyCell(ws)
            if style is not None:
                cell.style = style
            self.cells.append(cell)

    def append(self, values: list[object]) -> None:
        if _formula_like(values):
            self._append_guarded(values)
            return
        cells = self.cells
        for cell, value in zip(cells, values, strict=True):
            cell.value = value
        self.ws.append(cells)

    def _append_guarded(self, values: list[object]) -> None:
        """Typed text starting with "=" stays text (excel/style.safe_value); rare, so these rows
        get cells of their own and the shared ones keep their style."""
        from openpyxl.cell import WriteOnlyCell

        from dutyroom.excel.style import safe_value

        out = []
        for style, value in zip(self.styles, values, strict=True):
            cell = WriteOnlyCell(self.ws)
            if style is not None:
                cell.style = style
            safe_value(cell, value)
            out.append(cell)
        self.ws.append(out)


def _styles(workbook: Any) -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(size=BODY_SIZE)
    top_wrap = Alignment(vertical="top", wrap_text=True)
    top_center = Alignment(horizontal="center", vertical="top", wrap_text=True)
    made = {
        "台账文字": NamedStyle("台账文字", font=font, alignment=top_wrap, border=border),
        "台账居中": NamedStyle("台账居中", font=font, alignment=top_center, border=border),
        "台账时间": NamedStyle(
            "台账时间", font=font, alignment=top_center, border=border, number_format=DATE_FORMAT
        ),
        "台账表头": NamedStyle(
            "台账表头",
            font=Font(size=BODY_SIZE, bold=True),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
            border=border,
            fill=PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
        ),
        "台账标题": NamedStyle(
            "台账标题",
            font=Font(size=16, bold=True),
            alignment=Alignment(horizontal="center", vertical="center"),
        ),
        "明细时间": NamedStyle("明细时间", number_format=DATE_FORMAT),
    }
    for style in made.values():
        workbook.add_named_style(style)
    return made


def _print_setup(ws: Any, bureau: str, start: date, end: date, title_rows: str, name: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = MARGIN_INCHES
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.horizontalCentered = True
    ws.oddHeader.left.text = bureau
    ws.oddHeader.center.text = name
    ws.oddHeader.right.text = date_span(start, end)
    ws.oddFooter.center.text = str(t("第 &P 页 共 &N 页"))


def _filed_sheet(
    workbook: Any, styles: dict[str, Any], bureau: str, start: date, end: date
) -> _Sheet:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(SHEET_FILED)
    for col, (_, width, _) in enumerate(FILED_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"
    _print_setup(ws, bureau, start, end, "2:2", str(t("接报台账")))
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    last = get_column_letter(len(FILED_COLUMNS))
    ws.merged_cells.add(f"A1:{last}1")
    ws.row_dimensions[1].height = 30
    title = WriteOnlyCell(ws, value=ledger_title(bureau, start, end))
    title.style = styles["台账标题"]
    ws.append([title])
    header = []
    for text, _, _ in FILED_COLUMNS:
        cell = WriteOnlyCell(ws, value=text)
        cell.style = styles["台账表头"]
        header.append(cell)
    ws.row_dimensions[2].height = 20
    ws.append(header)
    cell_styles = [
        styles["台账时间"] if i == 1 else styles["台账文字" if wrap and i != 5 else "台账居中"]
        for i, (_, _, wrap) in enumerate(FILED_COLUMNS)
    ]
    return _Sheet(ws, cell_styles, [w for _, w, _ in FILED_COLUMNS])


def _detail_sheet(
    workbook: Any, styles: dict[str, Any], bureau: str, start: date, end: date
) -> _Sheet:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(SHEET_DETAIL)
    widths = [w for _, w in (*DETAIL_BASE, *GROUP_COLUMNS * len(GROUPS), *DETAIL_TAIL)]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "E2"
    _print_setup(ws, bureau, start, end, "1:1", str(t("接报台账（明细）")))
    ws.print_title_cols = "A:D"
    ws.page_setup.scale = 70
    ws.page_setup.pageOrder = "overThenDown"
    header = []
    for text in headers():
        cell = WriteOnlyCell(ws, value=text)
        cell.style = styles["台账表头"]
        header.append(cell)
    ws.row_dimensions[1].height = 30
    ws.append(header)
    cell_styles = [
        styles["明细时间"] if col in _DETAIL_TIMES else None for col in range(1, len(widths) + 1)
    ]
    return _Sheet(ws, cell_styles, widths)


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
    end (from the calling thread). Both sheets are written in one pass over `rows` (each
    write-only sheet streams to its own file), so an iterator is read once and never held."""
    from openpyxl import Workbook

    count = total if total is not None else len(rows) if isinstance(rows, Sequence) else 0
    workbook = Workbook(write_only=True)
    styles = _styles(workbook)
    filed = _filed_sheet(workbook, styles, bureau, start, end)
    detail = _detail_sheet(workbook, styles, bureau, start, end)
    heights = filed.ws.row_dimensions
    widths = filed.widths
    done = 0
    for number, row in enumerate(rows, start=3):
        values = filed_values(row)
        heights[number].height = row_height(
            [(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)]
        )
        filed.append(values)
        # The row is written as it is appended: its height is no longer needed, and a year's
        # 30,000 kept would be memory for nothing.
        del heights[number]
        detail.append(detail_values(row))
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
