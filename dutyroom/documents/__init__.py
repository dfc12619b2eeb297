"""Printable documents as structured data and HTML: handover sheet, daily log, written report.

Qt only renders the HTML (ui/printing.py); the .docx writer (report_docx) imports python-docx
when it is called, so importing this package stays cheap.
"""

from __future__ import annotations

from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow, daily_log_html
from dutyroom.documents.handover_doc import handover_html
from dutyroom.documents.report import (
    ReportDraft,
    ReportKind,
    check_elements,
    report_title,
    written_report,
)
from dutyroom.documents.report_layout import report_html

__all__ = [
    "DailyLog",
    "IncidentRow",
    "LogRow",
    "ReportDraft",
    "ReportKind",
    "ReportRow",
    "check_elements",
    "daily_log_html",
    "handover_html",
    "report_html",
    "report_title",
    "written_report",
]
