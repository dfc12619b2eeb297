"""The month roster on paper: an HTML table printed A4 landscape (preview dialog or a PDF file)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from dutyroom.models import DayType, Role
from ui.formatting import weekday_name
from ui.print_fonts import set_print_html
from ui.roster_model import RosterDayRow, type_text
from ui.screen_fit import fit_to_screen

_ROLES = (Role.LEADER, Role.CHIEF, Role.OFFICER, Role.BACKUP)
_FILL = {DayType.HOLIDAY: "#FBD9DC", DayType.MAKEUP: "#FFF1B8", DayType.RESTDAY: "#ECEFF3"}


def month_html(bureau: str, year: int, month: int, rows: list[RosterDayRow]) -> str:
    """One table row per day; roles nobody holds all month are left out to save width."""
    always = (Role.LEADER, Role.OFFICER)
    roles = [r for r in _ROLES if r in always or any(d.people.get(r) for d in rows)]
    head = "".join(f"<th>{escape(r.value)}</th>" for r in roles)
    body = []
    for row in rows:
        fill = _FILL.get(row.info.day_type)
        style = f' style="background:{fill}"' if fill else ""
        cells = [
            f"{row.day.month}月{row.day.day}日",
            weekday_name(row.day),
            type_text(row.info),
            *(
                "、".join(
                    f"{p.name} {p.mobile or p.office_phone}".strip() for p in row.people.get(r, ())
                )
                for r in roles
            ),
            "；".join(p.message for p in row.problems if p.severity == "error"),
        ]
        tds = "".join(f"<td>{escape(c)}</td>" for c in cells)
        body.append(f"<tr{style}>{tds}</tr>")
    title = escape(f"{bureau}值班表（{year}年{month}月）")
    return (
        "<html><head><style>"
        "body{font-size:9pt} h1{font-size:15pt;text-align:center}"
        "table{border-collapse:collapse;width:100%} th{background:#D9E1F2}"
        "td,th{border:1px solid #555;padding:3px 5px}"
        "</style></head><body>"
        f"<h1>{title}</h1>"
        '<table cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr><th>日期</th><th>星期</th><th>类型</th>{head}<th>问题</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        "<p>红色底：法定节假日（双带双值）；黄色底：调休补班日；灰色底：休息日。</p>"
        "</body></html>"
    )


def _a4_landscape(printer: QPrinter) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(10, 10, 10, 10),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    set_print_html(document, html)
    return document


def print_to_pdf(html: str, path: Path) -> Path:
    """Render straight to a PDF file (tests, and 导出PDF later)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _a4_landscape(printer)
    _document(html).print_(printer)
    return path


def print_with_preview(parent: QWidget, html: str) -> None:
    """The real print: Qt's preview dialog (modal; tests inject print_to_pdf instead)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4_landscape(printer)
    document = _document(html)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RosterPrint", "打印排班表"))
    dialog.paintRequested.connect(document.print_)
    fit_preview(dialog)
    dialog.exec()


def fit_preview(dialog: QWidget) -> None:
    """Big enough to read an A4 landscape page (Qt opens its preview small), within the screen."""
    fit_to_screen(dialog, QSize(1200, 820))
