"""What every exported sheet shares: text cells that never run as formulas, widths for CJK text."""

from __future__ import annotations

import unicodedata
from typing import Any

THIN_COLOR = "999999"


def safe_value(cell: Any, value: object) -> None:
    """Put a value in a cell; text starting with "=" stays text.

    openpyxl turns any string starting with "=" into a formula. We force the cell's type back to
    text (data_type "s") and set quotePrefix, the style Excel itself gives a cell typed with a
    leading apostrophe: Excel shows "=…" as text and does not evaluate it, and openpyxl reads the
    same text back unchanged (no apostrophe is added to the value).
    """
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
        cell.quotePrefix = True


def display_width(text: str) -> int:
    """Columns a text needs: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit_columns(ws: Any, widths: dict[int, int], *, minimum: int = 6, maximum: int = 40) -> None:
    """Set each column's width from the widest text seen in it (plus padding), within bounds."""
    from openpyxl.utils import get_column_letter

    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, width + 2))


def thin_border() -> Any:
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color=THIN_COLOR)
    return Border(left=side, right=side, top=side, bottom=side)


def a4_landscape(ws: Any, title_rows: str) -> None:
    """A4 landscape, fit to one page wide, the header row repeated on every printed page."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
