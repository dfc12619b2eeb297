"""Printing the core's HTML documents on A4: to a PDF file (also headless, for the CLI) or through
Qt's print preview. Every page gets the bureau name at the top and "第 n 页 共 m 页" at the foot.

The content (and its signature lines) comes from dutyroom/documents/; this module only renders.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtPrintSupport import QPrinter

from ui.print_fonts import print_font, set_print_html

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

MARGIN_MM = 15
BAND_INCH = 0.35  # height of the header and footer bands (about 9 mm)
BAND_POINT_SIZE = 8.5


def ensure_app() -> QGuiApplication:
    """A Qt application for headless rendering (the CLI); offscreen unless a platform is set."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    assert isinstance(app, QGuiApplication)
    return app


def a4_layout(*, landscape: bool = False) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def _tables(frame: QTextFrame) -> list[QTextTable]:
    """The tables at the top level of the document. A table inside a table cell (the draft
    handover's banner layout) is left alone: Qt ignores a page break inside a cell, so a split
    there would only copy the same cut row again and again."""
    return [child for child in frame.childFrames() if isinstance(child, QTextTable)]


def _first_split_row(document: QTextDocument, height: float) -> tuple[QTextTable, int] | None:
    """The first table row (in document order) that crosses a page boundary and fits on one
    page, as (table, row); None when no row does."""
    layout = document.documentLayout()
    for table in _tables(document.rootFrame()):
        for row in range(table.format().headerRowCount(), table.rows()):
            rects = [
                layout.blockBoundingRect(cursor.block())
                for col in range(table.columns())
                for cursor in (
                    table.cellAt(row, col).firstCursorPosition(),
                    table.cellAt(row, col).lastCursorPosition(),
                )
            ]
            top = min(r.top() for r in rects)
            bottom = max(r.bottom() for r in rects)
            if bottom - top < height * 0.8 and int(top // height) != int((bottom - 1) // height):
                return table, row
    return None


def _copy_cell(source: QTextTableCell, target: QTextTableCell) -> None:
    cursor = source.firstCursorPosition()
    cursor.setPosition(source.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    target.setFormat(source.format())
    target.firstCursorPosition().insertFragment(cursor.selection())


def _split_table(table: QTextTable, row: int) -> None:
    """Rows row.. of `table` go into a new table (its header rows repeated) on the next page."""
    header = table.format().headerRowCount()
    rows = [*range(header), *range(row, table.rows())]
    cursor = QTextCursor(table.document())
    cursor.setPosition(table.lastPosition() + 1)
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    moved = cursor.insertTable(len(rows), table.columns(), fmt)
    for new_row, old_row in enumerate(rows):
        for col in range(table.columns()):
            cell = table.cellAt(old_row, col)
            if cell.row() == old_row and cell.column() == col:
                _copy_cell(cell, moved.cellAt(new_row, col))
                if cell.rowSpan() > 1 or cell.columnSpan() > 1:
                    moved.mergeCells(new_row, col, cell.rowSpan(), cell.columnSpan())
    table.removeRows(row, table.rows() - row)


def keep_rows_together(document: QTextDocument) -> None:
    """No table row is cut by a page boundary: the table is split before it and the rest goes
    on the next page under a copy of the header row.

    QTextDocument splits rows line by line and ignores `page-break-inside: avoid`; a page break
    inside a cell moves only that cell's text (and adds blank pages), so rows are found after
    layout and whole tables split, one at a time (each split moves what follows). A row taller
    than most of a page is left to split: it could not be kept whole anyway.
    """
    height = document.pageSize().height()
    if height <= 0:
        return
    for _ in range(4 * document.pageCount() + 4):
        found = _first_split_row(document, height)
        if found is None:
            return
        _split_table(*found)


BandPainter = Callable[[QPainter, QRectF, QRectF, int, int], None]
"""Paints one page's bands: (painter, top band, foot band, page index from 0, page count)."""


def header_and_number(header: str) -> BandPainter:
    """The usual bands: the bureau's name on top, "第 n 页 共 m 页" at the foot."""

    def paint(painter: QPainter, top: QRectF, foot: QRectF, index: int, pages: int) -> None:
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, header)
        footer = QCoreApplication.translate("Printing", "第 {n} 页 共 {total} 页").format(
            n=index + 1, total=pages
        )
        painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, footer)

    return paint


def paint_document(
    printer: QPrinter,
    html: str,
    header: str,
    *,
    bands: BandPainter | None = None,
    band_inch: float = BAND_INCH,
) -> int:
    """Lay the HTML out on the printer's pages and paint them with header and footer bands
    (`bands`, by default the bureau's name and the page number); returns the page count. Used
    for PDF files and as the preview's paintRequested slot, by every printed document."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)  # point sizes in the printer's resolution
    set_print_html(document, html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    band = printer.resolution() * band_inch
    body = QSizeF(page.width(), page.height() - 2 * band)
    document.setPageSize(body)
    keep_rows_together(document)
    pages = document.pageCount()
    font = print_font(document.defaultFont())
    font.setPointSizeF(BAND_POINT_SIZE)
    paint_bands = bands or header_and_number(header)
    painter = QPainter(printer)
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            painter.setFont(font)
            top = QRectF(0, 0, page.width(), band)
            foot = QRectF(0, page.height() - band, page.width(), band)
            paint_bands(painter, top, foot, index, pages)
            painter.save()
            painter.translate(0, band - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
    return pages


def html_to_pdf(html: str, out: Path, *, header: str, landscape: bool = False) -> int:
    """Render to a PDF file on A4; returns the number of pages."""
    ensure_app()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(a4_layout(landscape=landscape))
    printer.setDocName(header)
    return paint_document(printer, html, header)


def print_with_preview(
    parent: QWidget, html: str, *, header: str, title: str, landscape: bool = False
) -> None:
    """The real print: Qt's preview dialog (modal; tests call html_to_pdf instead)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout(landscape=landscape))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_document(p, html, header))
    from PySide6.QtCore import QSize

    from ui.screen_fit import fit_to_screen

    # Qt opens its preview at 715×512, too small to read a page: as big as the screen allows.
    fit_to_screen(dialog, QSize(1200, 820))
    dialog.exec()
