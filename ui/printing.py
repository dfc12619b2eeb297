"""Printing the core's HTML documents on A4: to a PDF file (also headless, for the CLI) or through
Qt's print preview. Every page gets the bureau name at the top and "第 n 页 共 m 页" at the foot.

The content (and its signature lines) comes from dutyroom/documents/; this module only renders.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QTextDocument
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


def paint_document(printer: QPrinter, html: str, header: str) -> int:
    """Lay the HTML out on the printer's pages and paint them with header and footer bands;
    returns the page count. Used for PDF files and as the preview's paintRequested slot."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)  # point sizes in the printer's resolution
    set_print_html(document, html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    band = printer.resolution() * BAND_INCH
    body = QSizeF(page.width(), page.height() - 2 * band)
    document.setPageSize(body)
    pages = document.pageCount()
    font = print_font(document.defaultFont())
    font.setPointSizeF(BAND_POINT_SIZE)
    painter = QPainter(printer)
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            painter.setFont(font)
            top = QRectF(0, 0, page.width(), band)
            foot = QRectF(0, page.height() - band, page.width(), band)
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, header)
            footer = QCoreApplication.translate("Printing", "第 {n} 页 共 {total} 页").format(
                n=index + 1, total=pages
            )
            painter.drawText(
                foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, footer
            )
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
