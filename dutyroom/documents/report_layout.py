"""The written report's page layout as a 上行文 under GB/T 9704-2012, and its print HTML.

The measures here are shared by the .docx (report_docx.py, the document of record) and the HTML
that Qt prints, so both put the same elements in the same order:

    紧急程度 (top left, 三号黑体)             where the bureau sets one
    发文字号 (left) ······ 签发人：姓名 (right) where set; "签发人" 仿宋, the name 楷体
    title (二号小标宋, centred, balanced lines, never one character alone on a line)
    主送机关：                                  flush left
    lead paragraph, then 一、二、… headings (黑体) and their paragraphs (三号仿宋, 22 × 28)
    署名 centred over the date, 成文日期 four characters from the right margin

GB/T 9704 §7.3.5.1 (reports go out stamped): 成文日期 一般右空四字, 署名 以成文日期为准居中.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from datetime import datetime

from dutyroom.documents.html import esc
from dutyroom.documents.report import ReportDraft

# A4 and the 版心 156 × 225 mm (GB/T 9704 §5.2.1, §5.2.2).
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 37, 35, 28, 26
TEXT_WIDTH_MM, TEXT_HEIGHT_MM = 156, 225
TEXT_WIDTH_PT = TEXT_WIDTH_MM / 25.4 * 72  # 442.2 pt
TEXT_HEIGHT_PT = TEXT_HEIGHT_MM / 25.4 * 72  # 637.8 pt

BODY_PT = 16  # 三号
TITLE_PT = 22  # 二号
PAGE_NUMBER_PT = 14  # 四号
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
# 637.8 pt / 22 = 28.99 pt; 28.95 pt (579 twips) is what Word's own 22-line grid uses and leaves
# 0.9 pt so the 22nd line never spills onto the next page.
LINE_PITCH_PT = 28.95
# 28 characters at 16 pt take 448 pt, 5.8 pt more than the 442.2 pt line, so a plain 16 pt line
# holds only 27: each character is drawn 0.25 pt closer (28 × 15.75 = 441 pt).
CHAR_SPACING_PT = -0.25
CHAR_PITCH_PT = BODY_PT + CHAR_SPACING_PT
# 442.2 pt / 22 pt: a title line holds 20 characters.
TITLE_CHARS = int(TEXT_WIDTH_PT // TITLE_PT)

# Font names as Chinese offices' Word/WPS installations carry them, each with the names to fall
# back to where it is missing (written into the .docx font table as w:altName).
TITLE_FONTS = ("方正小标宋简体", "华文中宋", "宋体", "SimSun")
BODY_FONTS = ("仿宋_GB2312", "仿宋", "FangSong")
HEADING_FONTS = ("黑体", "SimHei")
SIGNER_FONTS = ("楷体_GB2312", "楷体", "KaiTi")
PAGE_NUMBER_FONTS = ("宋体", "SimSun")

_DIGITS = "零一二三四五六七八九"
# Lines may not start with closing punctuation nor end with opening punctuation (避头尾).
_NO_START = set("，。、；：？！）》」』”’…—%·")
_NO_END = set("（《「『“‘")
# Breaking after these reads naturally in a title: after a particle, a list mark, or the end of a
# place or organisation name ("关于河口镇 / 某公司仓库火灾的报告").
_NATURAL_AFTER = set("的、，和与及镇乡县市区村省州旗路街号司厂矿站场院校")
# In squared characters: a natural break wins while it leaves both lines within about 2.2
# characters of the even split (2 × 2.2² ≈ 10), so "有限公司" is not split to gain one character.
_UNNATURAL_PENALTY = 10.0
_BALANCE_SLACK = 2.0


def width(text: str) -> float:
    """Printed width in characters: full-width (Chinese, ［］, ℃) 1, Latin letters and digits ½."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "FWA" else 0.5 for ch in text)


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (section numbers)."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return _DIGITS[n]
    return f"{_DIGITS[tens] if tens > 1 else ''}十{_DIGITS[ones] if ones else ''}"


def heading(index: int, text: str) -> str:
    """The index-th (from 0) first-level heading: "一、事发时间、地点"."""
    return f"{chinese_number(index + 1)}、{text}"


def issued_date(at: datetime) -> str:
    """成文日期 in Arabic numerals, no leading zeros (GB/T 9704-2012 §7.3.5.1): 2026年12月1日."""
    return f"{at.year}年{at.month}月{at.day}日"


def signer_text(draft: ReportDraft) -> str:
    return f"签发人：{draft.signer}" if draft.show_signer and draft.signer else ""


def header_lines(draft: ReportDraft) -> tuple[str, ...]:
    """The lines above the title as plain text (紧急程度; 发文字号 and 签发人), only those set."""
    lines = [draft.urgency] if draft.urgency else []
    pair = [p for p in (draft.doc_number, signer_text(draft)) if p]
    if pair:
        lines.append("　　".join(pair))
    return tuple(lines)


def _tokens(text: str) -> list[str]:
    """Characters, with runs of Latin letters and digits kept whole (never broken inside)."""
    tokens: list[str] = []
    for ch in text:
        latin = ch.isascii() and ch.isalnum()
        if latin and tokens and tokens[-1][-1].isascii() and tokens[-1][-1].isalnum():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def _may_break(before: str, after: str) -> bool:
    return before[-1] not in _NO_END and after[0] not in _NO_START


def title_lines(title: str, per_line: int = TITLE_CHARS) -> tuple[str, ...]:
    """The title broken into as few lines as fit `per_line` characters, balanced in length,
    breaking at natural points where that costs little, and never leaving a line of one
    character (GB/T 9704 §7.3.1: 回行时词意完整，排列对称，长短适宜)."""
    title = title.strip()
    total = width(title)
    if total <= per_line:
        return (title,) if title else ()
    tokens = _tokens(title)
    prefix = [0.0]  # prefix[i]: width of tokens[:i]
    for token in tokens:
        prefix.append(prefix[-1] + width(token))
    count = len(tokens)
    for lines in range(math.ceil(total / per_line), count // 2 + 1):
        # Balanced first: every line within two characters of the even split; only where
        # punctuation rules forbid that, any split that fits.
        for slack in (_BALANCE_SLACK, float(per_line)):
            cuts = _best_cuts(tokens, prefix, lines, per_line, slack)
            if cuts is not None:
                return tuple("".join(tokens[a:b]) for a, b in itertools.pairwise(cuts))
    return _hard_wrap(title, per_line)


def _best_cuts(
    tokens: list[str], prefix: list[float], lines: int, per_line: int, slack: float
) -> list[int] | None:
    """Where the lines start (and the end), the cheapest split into `lines` lines; None if none
    fits. Cost: squared distance from the even split, plus a penalty per unnatural break."""
    count = len(tokens)
    target = prefix[-1] / lines
    # best[k][i]: cheapest split of tokens[:i] into k lines, and where its last line starts
    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, 0)}]
    for k in range(1, lines + 1):
        row: dict[int, tuple[float, int]] = {}
        for i in [count] if k == lines else range(1, count):
            if i < count and not _may_break(tokens[i - 1], tokens[i]):
                continue
            penalty = (
                _UNNATURAL_PENALTY if i < count and tokens[i - 1][-1] not in _NATURAL_AFTER else 0.0
            )
            for j, (cost, _) in best[k - 1].items():
                line_width = prefix[i] - prefix[j]
                if j >= i or not 2 <= line_width <= per_line or abs(line_width - target) > slack:
                    continue
                total_cost = cost + (line_width - target) ** 2 + penalty
                if i not in row or total_cost < row[i][0]:
                    row[i] = (total_cost, j)
        best.append(row)
    if count not in best[lines]:
        return None
    cuts = [count]
    for k in range(lines, 0, -1):
        cuts.append(best[k][cuts[-1]][1])
    return cuts[::-1]


def _hard_wrap(title: str, per_line: int) -> tuple[str, ...]:
    """Last resort (a title that is one long Latin run): fill lines character by character,
    then move characters down until the last line is two characters wide."""
    lines: list[str] = [""]
    for ch in title:
        if lines[-1] and width(lines[-1] + ch) > per_line:
            lines.append("")
        lines[-1] += ch
    while len(lines) > 1 and width(lines[-1]) < 2 and len(lines[-2]) > 1:
        lines[-2], lines[-1] = lines[-2][:-1], lines[-2][-1] + lines[-1]
    return tuple(lines)


def signature_indents(bureau: str, date: str) -> tuple[float, float]:
    """Right indents in characters of the 署名 and the 成文日期: the date four characters from
    the right margin, the 署名 centred over the date (never past the margin)."""
    date_right = 4.0
    bureau_right = date_right + (width(date) - width(bureau)) / 2
    return max(0.0, bureau_right), date_right


def body_paragraphs(draft: ReportDraft) -> list[tuple[str, str]]:
    """The body in reading order as (kind, text): "lead", "heading" or "text"; nothing empty."""
    out: list[tuple[str, str]] = []
    out += [("lead", line.strip()) for line in draft.lead.splitlines() if line.strip()]
    index = 0
    for head, text in draft.sections:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            continue
        out.append(("heading", heading(index, head)))
        out += [("text", line) for line in lines]
        index += 1
    return out


# QTextDocument takes a CSS subset: font-family lists, pt sizes, text-align and line-height in
# percent, but indents and margins only in device pixels (1/1200 in on the printer), and it has no
# letter-spacing in pt, no page footers of its own and no font-table fallbacks. So indents are
# kept as ideographic spaces under white-space:pre-wrap (one space, one character wide); the
# print follows the .docx's order and alignment, the .docx alone keeps the exact 22 × 28 grid.
_PRINT_STYLE = (
    "body{{font-family:{body};font-size:16pt}}"
    "p{{margin:0;line-height:150%;text-align:justify;white-space:pre-wrap}}"
    "p.urgency{{font-family:{heading}}}"
    "p.title{{font-family:{title};font-size:22pt;line-height:120%;text-align:center}}"
    "p.heading{{font-family:{heading}}}"
    "p.right{{text-align:right}}"
    "span.signer{{font-family:{signer}}}"
)
_SPACE = "\u3000"  # one character wide
_GAP = "<p>&#160;</p>"  # a blank line (margins would be device pixels)


def _families(names: tuple[str, ...]) -> str:
    return ",".join(f"'{name}'" for name in names) + ",'WenQuanYi Micro Hei',serif"


def _blank(chars: float) -> str:
    """Blank space `chars` characters wide (to the half): ideographic and en spaces."""
    halves = round(chars * 2)
    return _SPACE * (halves // 2) + "\u2002" * (halves % 2)


def report_html(draft: ReportDraft) -> str:
    """The report for Qt's printer, in the .docx's order and alignment (no placeholders)."""
    style = _PRINT_STYLE.format(
        body=_families(BODY_FONTS),
        heading=_families(HEADING_FONTS),
        title=_families(TITLE_FONTS),
        signer=_families(SIGNER_FONTS),
    )
    parts: list[str] = []
    if draft.urgency:
        parts.append(f"<p class='urgency'>{esc(draft.urgency)}</p>")
    signer = signer_text(draft)
    if draft.doc_number or signer:
        number = f"{_SPACE}{esc(draft.doc_number)}" if draft.doc_number else ""
        name = f"签发人：<span class='signer'>{esc(draft.signer)}</span>{_SPACE}" if signer else ""
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr>"
            f"<td style='white-space:pre'>{number}</td>"
            f"<td align='right' style='white-space:pre'>{name}</td></tr></table>"
        )
    lines = "<br/>".join(esc(line) for line in title_lines(draft.title))
    parts += [_GAP] if parts else []
    parts += [f"<p class='title'>{lines}</p>", _GAP]
    if draft.report_to:
        parts.append(f"<p>{esc(draft.report_to)}：</p>")
    for kind, text in body_paragraphs(draft):
        css = " class='heading'" if kind == "heading" else ""
        parts.append(f"<p{css}>{_blank(2)}{esc(text)}</p>")
    date = issued_date(draft.at)
    bureau_right, date_right = signature_indents(draft.bureau, date)
    parts.append(_GAP)
    if draft.bureau:
        parts.append(f"<p class='right'>{esc(draft.bureau)}{_blank(bureau_right)}</p>")
    parts.append(f"<p class='right'>{esc(date)}{_blank(date_right)}</p>")
    return (
        f"<html><head><meta charset='utf-8'/><title>{esc(draft.title)}</title>"
        f"<style>{style}</style></head><body>{''.join(parts)}</body></html>"
    )
