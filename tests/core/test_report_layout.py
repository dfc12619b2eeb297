"""The written report's page layout (GB/T 9704-2012, 上行文), read back from the .docx with
python-docx and from LibreOffice's rendering with pdftotext; the print HTML's order."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from hypothesis import assume, given
from hypothesis import strategies as st

from dutyroom.documents import report_html
from dutyroom.documents.report import ReportDraft, ReportKind
from dutyroom.documents.report_docx import report_docx
from dutyroom.documents.report_layout import (
    CHAR_PITCH_PT,
    CHARS_PER_LINE,
    LINE_PITCH_PT,
    LINES_PER_PAGE,
    TEXT_HEIGHT_PT,
    TEXT_WIDTH_PT,
    TITLE_CHARS,
    header_lines,
    signature_indents,
    title_lines,
    width,
)

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 12, 1, 6, 30, tzinfo=TZ)
SECTIONS = (
    ("事发时间、地点", "2026年11月30日22时15分许，河口镇工业园区兴业路8号。"),
    ("简要经过", "二号车间反应釜发生爆炸并引发火灾。\n23时40分明火被扑灭。"),
    ("伤亡和初步损失", "事故造成2人死亡、5人受伤。"),
    ("已采取措施", "县消防救援大队出动8车40人。"),
    ("联系人及电话", "县应急管理局值班员吴倩，电话0731-12345678。"),
)
FULL = ReportDraft(
    title="关于河口镇某化工有限公司“11·30”较大爆炸事故的报告",
    kind=ReportKind.FIRST,
    sequence=1,
    bureau="示范县应急管理局",
    signer="王建国",
    at=AT,
    incident_id=3,
    occurred_at=datetime(2026, 11, 30, 22, 15, tzinfo=TZ),
    place="河口镇",
    sections=SECTIONS,
    report_to="市应急管理局",
    doc_number="示应急值〔2026〕3号",
    urgency="特急",
    lead="2026年11月30日22时15分许，河口镇某化工有限公司发生爆炸事故，现将有关情况报告如下：",
)
BARE = ReportDraft(
    title="关于河口镇仓库火灾的报告",
    kind=ReportKind.FIRST,
    sequence=1,
    bureau="示范县应急管理局",
    signer="王建国",
    at=AT,
    incident_id=4,
    occurred_at=None,
    place="",
    sections=(("简要经过", "仓库起火。"),),
    show_signer=False,
)


def _docx(tmp_path: Path, draft: ReportDraft = FULL) -> Any:
    return Document(str(report_docx(draft, tmp_path / "报告.docx")))


def _east_asia(paragraph: Any) -> set[str]:
    return {
        run._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
        for run in paragraph.runs
        if run.text.strip()
    }


def _sizes(paragraph: Any) -> set[float]:
    return {run.font.size.pt for run in paragraph.runs if run.text.strip()}


def _by_text(doc: Any, text: str) -> Any:
    return next(p for p in doc.paragraphs if p.text == text)


def test_a4_with_the_gb9704_type_area(tmp_path: Path) -> None:
    section = _docx(tmp_path).sections[0]
    tolerance = Mm(0.1)
    for value, mm in (
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ):
        assert abs(value - Mm(mm)) < tolerance
    text_width = section.page_width - section.left_margin - section.right_margin
    text_height = section.page_height - section.top_margin - section.bottom_margin
    assert abs(text_width - Mm(156)) < tolerance and abs(text_height - Mm(225)) < tolerance


def test_the_grid_holds_22_lines_of_28_characters() -> None:
    assert LINES_PER_PAGE * LINE_PITCH_PT <= TEXT_HEIGHT_PT < (LINES_PER_PAGE + 1) * LINE_PITCH_PT
    assert CHARS_PER_LINE * CHAR_PITCH_PT <= TEXT_WIDTH_PT < (CHARS_PER_LINE + 1) * CHAR_PITCH_PT
    assert 16 * CHARS_PER_LINE > TEXT_WIDTH_PT  # why the characters are drawn closer
    assert TITLE_CHARS == 20


def test_elements_in_order_with_their_fonts_and_alignment(tmp_path: Path) -> None:
    doc = _docx(tmp_path)
    texts = [p.text for p in doc.paragraphs]
    title = "关于河口镇某化工有限公司\n“11·30”较大爆炸事故的报告"
    assert texts[:5] == [
        "特急",
        "示应急值〔2026〕3号\t签发人：王建国",
        title,
        "市应急管理局：",
        FULL.lead,
    ]
    assert texts[5:9] == [
        "一、事发时间、地点",
        SECTIONS[0][1],
        "二、简要经过",
        "二号车间反应釜发生爆炸并引发火灾。",
    ]
    assert texts[-2:] == ["示范县应急管理局", "2026年12月1日"]
    urgency, header, head, report_to = doc.paragraphs[:4]
    assert _east_asia(urgency) == {"黑体"} and _sizes(urgency) == {16}
    number, signer_label, signer = (r for r in header.runs if r.text.strip())
    assert (number.text, signer_label.text, signer.text) == (
        "示应急值〔2026〕3号",
        "签发人：",
        "王建国",
    )
    assert _east_asia(header) == {"仿宋_GB2312", "楷体_GB2312"}
    assert signer._element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    tab = header.paragraph_format.tab_stops[0]
    assert tab.alignment == 2  # right, one character in from the right margin
    assert abs(tab.position - Pt(TEXT_WIDTH_PT - CHAR_PITCH_PT)) < Pt(0.1)
    assert head.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert _east_asia(head) == {"方正小标宋简体"} and _sizes(head) == {22}
    fonts = head.runs[0]._element.rPr.rFonts
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "方正小标宋简体"
    assert (
        report_to.alignment == WD_ALIGN_PARAGRAPH.LEFT
        and not report_to.paragraph_format.first_line_indent
    )
    assert _east_asia(_by_text(doc, "二、简要经过")) == {"黑体"}
    for text in (FULL.lead, SECTIONS[1][1].split("\n")[1], "示范县应急管理局", "2026年12月1日"):
        para = _by_text(doc, text)
        assert _east_asia(para) == {"仿宋_GB2312"} and _sizes(para) == {16}
    body = _by_text(doc, SECTIONS[3][1])
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(body.paragraph_format.first_line_indent - Pt(2 * CHAR_PITCH_PT)) < Pt(0.1)
    spacing = body.runs[0]._element.rPr.find(qn("w:spacing"))
    assert spacing.get(qn("w:val")) == "-5"  # -0.25 pt: 28 characters fill 156 mm


def test_every_paragraph_sits_on_the_exact_line_pitch(tmp_path: Path) -> None:
    doc = _docx(tmp_path)
    for para in doc.paragraphs:
        pf = para.paragraph_format
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY, para.text
        assert round(pf.line_spacing.pt, 2) == LINE_PITCH_PT, para.text
        for space in (pf.space_before, pf.space_after):
            lines = (space or 0) / Pt(LINE_PITCH_PT)
            assert abs(lines - round(lines)) < 0.01, para.text  # whole blank lines only
    normal = doc.styles["Normal"].paragraph_format
    assert normal.line_spacing_rule == WD_LINE_SPACING.EXACTLY and normal.widow_control is False


def test_signature_and_date_right_aligned_date_four_characters_in(tmp_path: Path) -> None:
    doc = _docx(tmp_path)
    bureau, date = doc.paragraphs[-2:]
    assert bureau.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert abs(date.paragraph_format.right_indent - Pt(4 * CHAR_PITCH_PT)) < Pt(0.1)
    # 署名 centred over the date: equal overhang on both sides.
    bureau_right = bureau.paragraph_format.right_indent.pt / CHAR_PITCH_PT
    overhang = (width(bureau.text) - width(date.text)) / 2
    assert abs(bureau_right - (4 - overhang)) < 0.01
    assert abs(bureau.paragraph_format.space_before.pt - LINE_PITCH_PT) < 0.1  # 下空一行
    assert not any(w in p.text for p in doc.paragraphs for w in ("拟稿人", "（签名）", "____"))


def test_the_last_body_paragraph_keeps_with_the_signature(tmp_path: Path) -> None:
    """§7.3.5: the 署名 and date never stand alone on a page; the last lines of the body go over
    with them (seen in LibreOffice on the scenario's 首报, which ended one line short)."""
    doc = _docx(tmp_path)
    last_body = doc.paragraphs[-3]
    assert last_body.text and last_body.paragraph_format.keep_with_next
    assert doc.paragraphs[-2].paragraph_format.keep_with_next  # 署名 with the date


def test_signature_indents_centre_and_never_pass_the_margin() -> None:
    assert signature_indents("局", "2026年12月1日") == (6.75, 4.0)
    assert signature_indents("示范县人民政府应急管理局防汛抗旱指挥部", "2026年12月1日")[0] == 0.0


def test_page_numbers_in_the_footers_outer_edge_with_a_page_field(tmp_path: Path) -> None:
    doc = _docx(tmp_path)
    settings = doc.settings.element
    assert settings.find(qn("w:evenAndOddHeaders")) is not None
    section = doc.sections[0]
    odd, even = section.footer, section.even_page_footer
    for footer, align, value in (
        (odd, WD_ALIGN_PARAGRAPH.RIGHT, "1"),
        (even, WD_ALIGN_PARAGRAPH.LEFT, "2"),
    ):
        assert not footer.is_linked_to_previous
        para = footer.paragraphs[0]
        xml = para._p.xml
        assert "<w:instrText" in xml and " PAGE " in xml and 'w:fldCharType="begin"' in xml
        assert para.text == f"— {value} —"
        assert para.alignment == align
        assert _sizes(para) == {14} and _east_asia(para) == {"宋体"}
    assert odd.paragraphs[0].paragraph_format.right_indent == Pt(14)  # 单页码居右空一字
    assert even.paragraphs[0].paragraph_format.left_indent == Pt(14)  # 双页码居左空一字


def test_font_table_names_the_fallbacks(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(report_docx(FULL, tmp_path / "r.docx")) as z:
        table = z.read("word/fontTable.xml").decode()
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋,宋体,SimSun"/>' in table
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/>' in table
    assert '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体,KaiTi"/>' in table


def test_missing_elements_leave_no_paragraph_behind(tmp_path: Path) -> None:
    doc = _docx(tmp_path, BARE)
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "关于河口镇仓库火灾的报告",
        "一、简要经过",
        "仓库起火。",
        "示范县应急管理局",
        "2026年12月1日",
    ]
    assert all(t.strip() for t in texts)
    assert doc.paragraphs[0].paragraph_format.space_before in (None, 0)  # no header above it
    with_empty = ReportDraft(
        **{**_fields(BARE), "sections": (("事发单位", ""), ("简要经过", "起火。"))}
    )
    assert [p.text for p in _docx(tmp_path, with_empty).paragraphs][1:3] == [
        "一、简要经过",
        "起火。",
    ]


def _fields(draft: ReportDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in ReportDraft.__dataclass_fields__}


def test_signer_alone_goes_right_and_is_left_off_when_not_shown(tmp_path: Path) -> None:
    only_signer = ReportDraft(**{**_fields(FULL), "doc_number": "", "urgency": ""})
    header = _docx(tmp_path, only_signer).paragraphs[0]
    assert header.text == "签发人：王建国" and header.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    hidden = ReportDraft(**{**_fields(FULL), "show_signer": False})
    assert [p.text for p in _docx(tmp_path, hidden).paragraphs][:2] == [
        "特急",
        "示应急值〔2026〕3号",
    ]
    unsigned = ReportDraft(**{**_fields(FULL), "signer": "", "doc_number": ""})
    assert "签发人" not in "".join(p.text for p in _docx(tmp_path, unsigned).paragraphs)


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("关于河口镇仓库火灾的报告", ("关于河口镇仓库火灾的报告",)),
        # 21 characters: a one-line fit would leave "告" alone on the second line.
        (
            "关于河口镇某仓储有限公司仓库火灾事故的报告",
            ("关于河口镇某仓储有限公司", "仓库火灾事故的报告"),
        ),
        (
            "关于示范县河口镇工业园区某化工有限公司二号车间反应釜爆炸事故的续报二",
            ("关于示范县河口镇工业园区某化工有限公司", "二号车间反应釜爆炸事故的续报二"),
        ),
    ],
)
def test_title_lines_examples(title: str, lines: tuple[str, ...]) -> None:
    assert title_lines(title) == lines


_TITLE_CHARS = st.sampled_from(
    list("关于河口镇某化工有限公司仓库火灾爆炸事故的报告续报终、，（）“”《》")
    + list("0123456789AB")
)


@given(st.text(_TITLE_CHARS, min_size=1, max_size=90))
def test_title_never_leaves_a_character_alone(title: str) -> None:
    title = title.strip()
    # Three punctuation marks in a row ("“““…") leave no line break the rules allow; no title
    # of an office has them (hypothesis found 000 and twenty opening quotes).
    assume(not re.search(r"[（“《，、）”》]{3,}", title))
    lines = title_lines(title)
    assert "".join(lines) == title
    assert all(width(line) <= TITLE_CHARS for line in lines)
    if len(lines) > 1:
        assert all(width(line) >= 2 for line in lines)
        assert all(line[0] not in "，、）”》" and line[-1] not in "（“《" for line in lines[1:])


@given(
    st.text(
        st.sampled_from(list("关于河口镇某化工有限公司仓库火灾爆炸事故的报告")),
        min_size=21,
        max_size=80,
    )
)
def test_plain_titles_take_fewest_lines_balanced(title: str) -> None:
    lines = title_lines(title)
    assert len(lines) == -(-len(title) // TITLE_CHARS)
    lengths = [len(line) for line in lines]
    assert max(lengths) - min(lengths) <= 4


def test_long_title_breaks_inside_one_centred_paragraph(tmp_path: Path) -> None:
    title = "关于示范县河口镇工业园区某化工有限公司二号车间反应釜爆炸事故的续报二"
    doc = _docx(tmp_path, ReportDraft(**{**_fields(BARE), "title": title}))
    head = doc.paragraphs[0]
    assert head.text == "\n".join(title_lines(title))
    assert head._p.xml.count("<w:br/>") == 1 and head.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_print_html_follows_the_docx_order_without_placeholders() -> None:
    html = report_html(FULL)
    order = [
        "特急",
        "示应急值〔2026〕3号",
        "签发人：<span class='signer'>王建国</span>",
        "关于河口镇某化工有限公司<br/>“11·30”较大爆炸事故的报告",
        "市应急管理局：",
        FULL.lead,
        "一、事发时间、地点",
        "五、联系人及电话",
        "示范县应急管理局",
        "2026年12月1日",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert re.search(r"<p class='right'>示范县应急管理局[\u3000\u2002]+</p>", html)
    assert "<p class='right'>2026年12月1日\u3000\u3000\u3000\u3000</p>" in html
    for absent in ("（待补充）", "拟稿人", "报告单位："):
        assert absent not in html
    assert header_lines(FULL) == ("特急", "示应急值〔2026〕3号　　签发人：王建国")
    assert header_lines(BARE) == ()
    bare = report_html(BARE)
    assert "签发人" not in bare and "主送" not in bare and "特急" not in bare


LONG_TEXT = (
    "11月30日22时15分许，示范县河口镇工业园区某化工有限公司二号车间反应釜发生爆炸并引发火灾，"
    "县应急管理局接到县消防救援大队电话报告后，值班领导立即带领工作组赶赴现场处置。"
)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_libreoffice_puts_22_lines_of_28_characters_on_a_full_page(tmp_path: Path) -> None:
    long = ReportDraft(
        **{**_fields(FULL), "sections": (("简要经过", "\n".join([LONG_TEXT] * 12)),)}
    )
    docx = report_docx(long, tmp_path / "long.docx")
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: no clash with a running LO
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = tmp_path / "long.pdf"

    def page_lines(number: int) -> list[str]:
        out = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return [line.strip() for line in out.splitlines() if line.strip()]

    second = page_lines(2)  # all body text: no title, no signature
    assert second[-1].replace(" ", "") == "—2—"
    body = second[:-1]
    assert len(body) == LINES_PER_PAGE
    # Lines of Chinese only (no digits, whose width differs by font) hold 28 characters.
    chinese = [line for line in body if not re.search(r"[0-9A-Za-z]", line)]
    assert chinese and max(len(line.replace(" ", "")) for line in chinese) == CHARS_PER_LINE
    first = page_lines(1)
    assert first[0] == "特急" and first[-1].replace(" ", "") == "—1—"
