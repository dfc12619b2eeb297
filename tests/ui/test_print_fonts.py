"""Every symbol the documents use is drawn in the PDFs, not left blank or boxed.

The text layer of a PDF keeps a character whose glyph is empty, so pdftotext cannot see the
fault (℃ printed blank with its text intact). These tests look at the fonts Qt picks and at the
rasterised pages themselves.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from dutyroom.documents.fonts import PRINT_FAMILIES, PRINT_FONT_CSS
from dutyroom.documents.html import page
from ui.print_fonts import drawing_family, families_for
from ui.printing import html_to_pdf
from ui.roster_print import RosterSheet, print_to_pdf

# What the sheets and reports put on paper: units, numbering, dashes, 文号 brackets, the
# full-width punctuation of Chinese text, the response levels (Ⅳ级) and the 首报·电话 dot.
SYMBOLS = "℃№①②⑩—×·〔〕㎡，（）：；。、“”《》…ⅣⅤ≥→"
NO_FONT_HAS_IT = "\U0010fffd"  # a private-use code point: whatever Qt draws is its missing box
DPI = 50


@pytest.mark.parametrize("char", SYMBOLS)
def test_each_symbol_is_taken_from_a_font_that_draws_it(qapp, char: str) -> None:  # type: ignore[no-untyped-def]
    found = drawing_family(char, families_for(char))
    assert found is not None, f"no font of the chain has {char!r} here"
    family, has_outline = found
    assert has_outline, f"{family} claims {char!r} but its glyph is empty: it prints blank"


def test_wenquanyi_is_skipped_for_its_empty_celsius_glyph(qapp) -> None:  # type: ignore[no-untyped-def]
    """The case the repair exists for, where that font is installed (CI installs it)."""
    if not QFontDatabase.hasFamily("WenQuanYi Micro Hei"):
        pytest.skip("WenQuanYi Micro Hei not installed")
    assert drawing_family("℃", ("WenQuanYi Micro Hei",)) == ("WenQuanYi Micro Hei", False)
    assert "WenQuanYi Micro Hei" not in families_for("℃")
    assert families_for("气") == PRINT_FAMILIES


def test_the_css_names_the_same_chain() -> None:
    assert PRINT_FONT_CSS.startswith("'SimSun','宋体',")
    assert [f.strip("'") for f in PRINT_FONT_CSS.split(",")][:-1] == list(PRINT_FAMILIES)
    assert "font-family:" + PRINT_FONT_CSS in page("t", "")


def _one_symbol_a_page(chars: str) -> str:
    return "".join(
        f"<p style='font-size:40pt;{'page-break-before:always' if i else ''}'>{c}</p>"
        for i, c in enumerate(chars)
    )


def _page_ink(pdf: Path, number: int) -> frozenset[tuple[int, int]]:
    """The dark pixels of the page's body (the header and footer bands cut off), moved to the
    origin: line heights differ between fonts, and the missing box must match wherever it sits."""
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-f", str(number), "-l", str(number), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    magic, width, height, depth, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    w, h = int(width), int(height)
    band = int(DPI * 0.9)  # 15 mm margin and the 9 mm band; the roster sheet has no band
    ink = [(x, y) for y in range(band, h - band) for x in range(w) if pixels[y * w + x] < 128]
    if not ink:
        return frozenset()
    left, top = min(x for x, _ in ink), min(y for _, y in ink)
    return frozenset((x - left, y - top) for x, y in ink)


def _via_documents(html_body: str, out: Path) -> None:
    html_to_pdf(page("符号", html_body), out, header="测试应急管理局")


def _via_roster(html_body: str, out: Path) -> None:
    # The roster sheet's HTML names no font: the document default has to carry the chain.
    sheet = RosterSheet(f"<html><body>{html_body}</body></html>", "符号", "制表人：", "制表日期：")
    print_to_pdf(sheet, out)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("render", [_via_documents, _via_roster], ids=["documents", "roster"])
def test_each_symbol_is_drawn_on_the_rendered_page(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    render: Callable[[str, Path], None],
) -> None:
    pdf = tmp_path / "symbols.pdf"
    render(_one_symbol_a_page(SYMBOLS + NO_FONT_HAS_IT), pdf)
    *inks, missing_box = (_page_ink(pdf, n) for n in range(1, len(SYMBOLS) + 2))
    blank = [c for c, ink in zip(SYMBOLS, inks, strict=True) if not ink]
    boxed = [c for c, ink in zip(SYMBOLS, inks, strict=True) if missing_box and ink == missing_box]
    assert not blank, f"printed blank: {' '.join(blank)}"
    assert not boxed, f"printed as a missing-glyph box: {' '.join(boxed)}"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_page_check_recognises_a_missing_glyph_box(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "boxes.pdf"
    _via_documents(_one_symbol_a_page(NO_FONT_HAS_IT + "\u0d80" + "℃"), pdf)  # U+0D80: unassigned
    box, other_box, celsius = (_page_ink(pdf, n) for n in (1, 2, 3))
    assert box and box == other_box
    assert celsius and celsius != box
