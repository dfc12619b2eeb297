"""Print a core HTML document: Qt's print preview in the app, a PDF file in tests.

Pages take a `PrintHtml` callable; the default opens QPrintPreviewDialog through ui/printing.py,
tests pass `PdfPrinter(folder)` so nothing modal ever opens and the PDF can be checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui import printing


@dataclass(frozen=True, slots=True)
class PrintJob:
    """What to print: the HTML, the header band text (bureau name) and a window/file title."""

    html: str
    header: str
    title: str
    landscape: bool = False


PrintHtml = Callable[[QWidget, PrintJob], object]


def preview_print(parent: QWidget, job: PrintJob) -> None:
    """The real print: A4 print preview (modal), where the user may also save as PDF."""
    printing.print_with_preview(
        parent, job.html, header=job.header, title=job.title, landscape=job.landscape
    )


def safe_file_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "document"


class PdfPrinter:
    """A `PrintHtml` that writes each job to folder/<title>.pdf and remembers page counts."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.printed: list[tuple[Path, int]] = []

    def __call__(self, _parent: QWidget, job: PrintJob) -> Path:
        out = self.folder / f"{safe_file_name(job.title)}.pdf"
        pages = printing.html_to_pdf(job.html, out, header=job.header, landscape=job.landscape)
        self.printed.append((out, pages))
        return out
