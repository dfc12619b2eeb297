"""The month roster on paper, A4 landscape (preview dialog or a PDF file): the same content as the
workbook (dutyroom.roster_paper), with 制表人, page numbers and 制表日期 at the foot of each page.

The pages are laid out and painted by ui/printing.py like every printed document; the roster
passes its own bands: "（续）" on later pages, and 制表人 and the date beside the page number.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from dutyroom.documents.html import page
from dutyroom.models import DayType, Role
from dutyroom.roster_paper import PaperDay, RosterPaper
from ui import printing
from ui.formatting import core_text
from ui.screen_fit import fit_to_screen

_FILL = {DayType.HOLIDAY: "#FBD9DC", DayType.MAKEUP: "#FFF1B8"}
UNKNOWN_FILL = "#EDEDED"
HEAD_FILL = "#D9E1F2"
WARNING_COLOR = "#C00000"
BAND_INCH = 0.3


@dataclass(frozen=True, slots=True)
class RosterSheet:
    """What the printer needs: the HTML and the words of the page foot."""

    html: str
    title: str
    maker: str  # "制表人：…"
    made_on: str  # "制表日期：…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPrint", text)


def _people_cell(day: PaperDay, role: Role) -> str:
    people = day.people.get(role, ())
    lines = []
    for person in people:
        parts = [f"<b>{escape(person.name)}</b>"]
        if person.title:
            parts.append(escape(core_text(person.title)))
        if person.phone:
            parts.append(escape(core_text(person.phone)))
        lines.append("&nbsp;".join(parts))
    return "<br/>".join(lines)


def month_html(paper: RosterPaper) -> str:
    """One table row per day; the warning for days without holiday data above the table."""
    head = [_tr("日期"), _tr("星期"), _tr("类型")]
    head += [core_text(role) for role in paper.roles]
    head.append(_tr("备注"))
    ths = "".join(f"<th bgcolor='{HEAD_FILL}'>{escape(h)}</th>" for h in head)
    body = []
    for day in paper.days:
        fill = _FILL.get(day.day_type) if day.known else UNKNOWN_FILL
        colour = f" bgcolor='{fill}'" if fill else ""
        cells = [
            escape(_tr("{m}月{d}日").format(m=day.day.month, d=day.day.day)),
            escape(core_text(day.weekday)),
            escape(core_text(day.type_text)),
            *(_people_cell(day, role) for role in paper.roles),
            escape("；".join(core_text(n) for n in day.notes)),
        ]
        tds = "".join(f"<td>{c}</td>" for c in cells)
        body.append(f"<tr{colour}>{tds}</tr>")
    warnings = "".join(
        f"<p align='center' style='color:{WARNING_COLOR};font-weight:bold;margin:2px 0'>"
        f"{escape(core_text(w))}</p>"
        for w in paper.warnings
    )
    notes = "".join(
        f"<p style='font-size:9pt;margin:2px 0'>{escape(core_text(n))}</p>" for n in paper.notes
    )
    content = (
        f"<h1>{escape(core_text(paper.title))}</h1>"
        f"<p class='meta'>{escape(core_text(paper.contact_line()))}</p>"
        f"{warnings}"
        '<table cellspacing="0" cellpadding="3" width="100%" border="1">'
        f"<thead><tr>{ths}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"{notes}"
    )
    return page(core_text(paper.title), content)


def sheet_of(paper: RosterPaper) -> RosterSheet:
    return RosterSheet(
        month_html(paper),
        core_text(paper.title),
        core_text(paper.maker_text()),
        core_text(paper.date_text()),
    )


def _bands(sheet: RosterSheet) -> printing.BandPainter:
    """ "（续）" on top of later pages; 制表人, the page number and 制表日期 at every foot."""

    def paint(painter: QPainter, top: QRectF, foot: QRectF, index: int, pages: int) -> None:
        if index:
            cont = _tr("{title}（续）").format(title=sheet.title)
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, cont)
        bottom = Qt.AlignmentFlag.AlignBottom
        number = _tr("第 {n} 页 共 {total} 页").format(n=index + 1, total=pages)
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | bottom, sheet.maker)
        painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | bottom, number)
        painter.drawText(foot, Qt.AlignmentFlag.AlignRight | bottom, sheet.made_on)

    return paint


def paint(printer: QPrinter, sheet: RosterSheet) -> int:
    """Lay the sheet out on the printer's pages with its own bands; returns the page count."""
    return printing.paint_document(
        printer, sheet.html, "", bands=_bands(sheet), band_inch=BAND_INCH
    )


def print_to_pdf(sheet: RosterSheet, path: Path) -> Path:
    """Render straight to a PDF file (tests, and 导出PDF later)."""
    printing.ensure_app()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(printing.a4_layout(landscape=True))
    printer.setDocName(sheet.title)
    paint(printer, sheet)
    return path


def print_with_preview(parent: QWidget, sheet: RosterSheet) -> None:
    """The real print: Qt's preview dialog (modal; tests inject print_to_pdf instead)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(printing.a4_layout(landscape=True))
    printer.setDocName(sheet.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("打印排班表"))
    dialog.paintRequested.connect(lambda p: paint(p, sheet))
    fit_preview(dialog)
    dialog.exec()


def fit_preview(dialog: QWidget) -> None:
    """Big enough to read an A4 landscape page (Qt opens its preview small), within the screen."""
    fit_to_screen(dialog, QSize(1200, 820))
