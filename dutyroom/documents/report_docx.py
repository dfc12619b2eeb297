"""The written report as .docx (python-docx): what bureaus edit in Word/WPS and send on.

python-docx is imported when a report is written, not at start-up (TECH-NOTES: import costs).
Chinese text needs the East Asian font set on w:rFonts (w:eastAsia), or Word/WPS falls back to a
Latin font's fallback; headings use 黑体 and body 仿宋_GB2312, the usual government style.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dutyroom.documents.report import ReportDraft, header_lines, heading

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"


def _font(run: Any, name: str, size_pt: float, *, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    r_pr = run._element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(r_fonts)
    r_fonts.set(qn("w:eastAsia"), name)


def _paragraph(doc: Any, text: str, font: str, size: float, **options: Any) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    para = doc.add_paragraph()
    if options.get("center"):
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options.get("indent"):
        para.paragraph_format.first_line_indent = Pt(size * 2)  # two characters, as on paper
    para.paragraph_format.space_after = Pt(options.get("after", 0))
    _font(para.add_run(text), font, size, bold=bool(options.get("bold")))
    return para


def report_docx(draft: ReportDraft, path: Path) -> Path:
    """Write the draft to `path` (A4; title centred; 签发人 line; numbered headings)."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    doc.core_properties.title = draft.title
    doc.core_properties.author = draft.bureau
    unit_line, time_line = header_lines(draft)
    _paragraph(doc, unit_line, BODY_FONT, 14, after=0)
    _paragraph(doc, draft.title, TITLE_FONT, 22, center=True, after=12)
    for index, (head, text) in enumerate(draft.sections):
        _paragraph(doc, heading(index, head), HEADING_FONT, 16, indent=True)
        for line in (text or "（待补充）").splitlines() or [""]:
            _paragraph(doc, line, BODY_FONT, 16, indent=True)
    _paragraph(doc, "", BODY_FONT, 16)
    _paragraph(doc, draft.bureau, BODY_FONT, 16, after=0)
    _paragraph(doc, time_line, BODY_FONT, 16)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
