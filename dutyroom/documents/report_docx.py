"""The written report as .docx (python-docx): the document of record, laid out as a 上行文 under
GB/T 9704-2012 (report_layout.py has the measures and the order of the elements).

python-docx is imported when a report is written, not at start-up (TECH-NOTES: import costs).
Every run names its font in w:rFonts ascii/hAnsi/eastAsia: without w:eastAsia Word and WPS set
Chinese in a Latin font's fallback. Offices' machines do not all carry 仿宋_GB2312 or
方正小标宋简体 (Windows 10 ships 仿宋 and 华文中宋 only with Office), so the font table lists the
fallbacks in w:altName and GB2312's charset: Word looks a missing font up by those.
The 22 × 28 grid is kept with an exact line pitch and a slightly negative character spacing rather
than Word's document grid, which LibreOffice and WPS interpret differently.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from dutyroom.documents.report import ReportDraft
from dutyroom.documents.report_layout import (
    BODY_FONTS,
    BODY_PT,
    BOTTOM_MM,
    CHAR_PITCH_PT,
    CHAR_SPACING_PT,
    HEADING_FONTS,
    LEFT_MM,
    LINE_PITCH_PT,
    PAGE_HEIGHT_MM,
    PAGE_NUMBER_FONTS,
    PAGE_NUMBER_PT,
    PAGE_WIDTH_MM,
    RIGHT_MM,
    SIGNER_FONTS,
    TEXT_WIDTH_PT,
    TITLE_FONTS,
    TITLE_PT,
    TOP_MM,
    body_paragraphs,
    issued_date,
    signature_indents,
    title_lines,
)

TITLE_FONT = TITLE_FONTS[0]
HEADING_FONT = HEADING_FONTS[0]
BODY_FONT = BODY_FONTS[0]
SIGNER_FONT = SIGNER_FONTS[0]
PAGE_NUMBER_FONT = PAGE_NUMBER_FONTS[0]

# GB/T 9704 §7.5: the page number's 一字线 sits 7 mm below the 版心; its line is 16 pt high.
_FOOTER_LINE_PT = 16
_FOOTER_FROM_EDGE_MM = BOTTOM_MM - 7 - _FOOTER_LINE_PT / 72 * 25.4

# Font table entries (w:font): name, the fallbacks Word may look it up by, family, pitch.
_FONT_TABLE = (
    (TITLE_FONTS, "roman"),
    (BODY_FONTS, "modern"),
    (HEADING_FONTS, "modern"),
    (SIGNER_FONTS, "modern"),
    (PAGE_NUMBER_FONTS, "auto"),
)


def _w(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    return OxmlElement(f"w:{tag}", {qn(f"w:{k}"): v for k, v in attrs.items()})


def _run_properties(font: str, size_pt: float, spacing_pt: float) -> Any:
    """w:rPr in schema order: rFonts, spacing, sz, szCs, lang."""
    r_pr = _w("rPr")
    r_pr.append(_w("rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font, hint="eastAsia"))
    if spacing_pt:
        r_pr.append(_w("spacing", val=str(round(spacing_pt * 20))))
    r_pr.append(_w("sz", val=str(round(size_pt * 2))))
    r_pr.append(_w("szCs", val=str(round(size_pt * 2))))
    r_pr.append(_w("lang", val="en-US", eastAsia="zh-CN"))
    return r_pr


def _run(para: Any, text: str, font: str, size_pt: float, spacing_pt: float = 0.0) -> Any:
    """A run of `text`; a newline in it is a line break inside the paragraph, a tab a tab."""
    run = _w("r")
    run.append(_run_properties(font, size_pt, spacing_pt))
    for index, line in enumerate(text.split("\n")):
        if index:
            run.append(_w("br"))
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                run.append(_w("tab"))
            if part:
                t = _w("t")
                t.text = part
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.append(t)
    para._p.append(run)
    return run


def _body_run(para: Any, text: str, font: str = BODY_FONT) -> Any:
    return _run(para, text, font, BODY_PT, CHAR_SPACING_PT)


def _format(para: Any, **options: Any) -> Any:
    """Exact line pitch on every paragraph; `align`, indents in pt, space before in lines."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    pf = para.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(options.get("pitch", LINE_PITCH_PT))
    pf.space_before = Pt(options.get("before", 0) * LINE_PITCH_PT)
    pf.space_after = Pt(options.get("after", 0) * LINE_PITCH_PT)
    if "align" in options:
        para.alignment = options["align"]
    for key in ("first_line", "left", "right"):
        if options.get(key):
            setattr(pf, f"{key}_indent", Pt(options[key]))
    if options.get("keep_next"):
        pf.keep_with_next = True
    return para


def _page_field(para: Any, value: str) -> None:
    """ "— n —" with n a PAGE field (complex field: Word, WPS and LibreOffice all update it)."""
    font, size = PAGE_NUMBER_FONT, PAGE_NUMBER_PT
    _run(para, "— ", font, size)
    for char_type, instruction in (("begin", ""), ("", " PAGE "), ("separate", "")):
        run = _run(para, "", font, size)
        if char_type:
            run.append(_w("fldChar", fldCharType=char_type))
        else:
            text = _w("instrText")
            text.text = instruction
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(text)
    _run(para, value, font, size)
    _run(para, "", font, size).append(_w("fldChar", fldCharType="end"))
    _run(para, " —", font, size)


def _page_numbers(doc: Any) -> None:
    """Odd pages: number at the right, one character in; even pages: at the left (§7.5)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    for footer, align, side, value in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right", "1"),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left", "2"),
    ):
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0]
        _format(para, align=align, pitch=_FOOTER_LINE_PT, **{side: PAGE_NUMBER_PT})
        _page_field(para, value)


def _page_setup(doc: Any) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.footer_distance = Mm(round(_FOOTER_FROM_EDGE_MM, 1))
    normal = doc.styles["Normal"]
    normal.element.get_or_add_rPr().append(_w("lang", val="en-US", eastAsia="zh-CN"))
    normal.font.name = BODY_FONT
    normal.font.size = Pt(BODY_PT)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(LINE_PITCH_PT)
    pf.space_before = pf.space_after = Pt(0)
    # Widow control would pull a line over to the next page and leave 21 lines on this one.
    pf.widow_control = False
    # Word and LibreOffice put extra space between Chinese and digits ("2026 年"), which 公文 do
    # not have and which breaks the 28-character line.
    spacing = normal.element.get_or_add_pPr().find(qn("w:spacing"))
    for tag in ("autoSpaceDE", "autoSpaceDN"):  # schema order: both come before w:spacing
        spacing.addprevious(_w(tag, val="0"))


def _font_table(xml: bytes) -> bytes:
    """The font table with every font the report names, its fallbacks in w:altName (a comma
    separated list, ECMA-376 §17.8.3.1) and the GB2312 charset, so a missing font is replaced by
    a Chinese one of the same style rather than by a Latin default."""
    entries = "".join(
        f"<w:font w:name={quoteattr(names[0])}><w:altName w:val={quoteattr(','.join(names[1:]))}/>"
        f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
        for names, family in _FONT_TABLE
    )
    return xml.replace(b"</w:fonts>", entries.encode() + b"</w:fonts>", 1)


def _save(doc: Any, path: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/fontTable.xml":
                data = _font_table(data)
            out.writestr(item, data)


def _header(doc: Any, draft: ReportDraft) -> bool:
    """紧急程度 and the 发文字号/签发人 line, where set; True if anything was written."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt

    wrote = False
    if draft.urgency:
        _body_run(_format(doc.add_paragraph()), draft.urgency, HEADING_FONT)
        wrote = True
    signer = draft.signer if draft.show_signer else ""
    if draft.doc_number or signer:
        para = _format(doc.add_paragraph())
        if draft.doc_number:
            para.paragraph_format.left_indent = Pt(CHAR_PITCH_PT)
            _body_run(para, draft.doc_number)
        if signer:
            # 签发人 one character in from the right margin, on the 发文字号's line (§7.2.4).
            stop = Pt(TEXT_WIDTH_PT - CHAR_PITCH_PT)
            para.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.RIGHT)
            if not draft.doc_number:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                para.paragraph_format.right_indent = Pt(CHAR_PITCH_PT)
            else:
                _body_run(para, "\t")
            _body_run(para, "签发人：")
            _body_run(para, signer, SIGNER_FONT)
        wrote = True
    return wrote


def report_docx(draft: ReportDraft, path: Path) -> Path:
    """Write the draft to `path` as a GB/T 9704-2012 上行文 (see the module docstring)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    _page_setup(doc)
    _page_numbers(doc)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = draft.title, draft.bureau, draft.bureau
    props.comments = props.subject = props.keywords = ""

    has_header = _header(doc, draft)
    # §7.3.1: the title two lines under the header, one blank line above the 主送机关.
    title = _format(
        doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, before=2 if has_header else 0, after=1
    )
    _run(title, "\n".join(title_lines(draft.title)), TITLE_FONT, TITLE_PT)
    if draft.report_to:
        para = _format(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT)
        _body_run(para, f"{draft.report_to}：")
    indent = 2 * CHAR_PITCH_PT
    last = None
    for kind, text in body_paragraphs(draft):
        if kind == "heading":
            para = _format(doc.add_paragraph(), first_line=indent, keep_next=True)
            _body_run(para, text, HEADING_FONT)
        else:
            para = _format(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=indent)
            _body_run(para, text)
        last = para
    if last is not None:
        # §7.3.5: 署名 and 成文日期 never stand on a page without body text above them.
        last.paragraph_format.keep_with_next = True
    # §7.3.5.1: one blank line under the body, 署名 centred over the date, date 右空四字.
    date = issued_date(draft.at)
    bureau_right, date_right = signature_indents(draft.bureau, date)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    if draft.bureau:
        para = _format(
            doc.add_paragraph(),
            align=right,
            right=bureau_right * CHAR_PITCH_PT,
            before=1,
            keep_next=True,
        )
        _body_run(para, draft.bureau)
    para = _format(
        doc.add_paragraph(),
        align=right,
        right=date_right * CHAR_PITCH_PT,
        before=0 if draft.bureau else 1,
    )
    _body_run(para, date)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _save(doc, path)
    return path
