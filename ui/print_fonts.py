"""The printed documents' font chain (dutyroom/documents/fonts.py) applied on the Qt side.

Qt takes each character from the first family of the chain whose character map claims it, and
a font may claim a character whose glyph is empty (WenQuanYi Micro Hei's ℃): it prints blank
and the PDF's text layer still has it. So after the HTML is laid in, every such character is
given the chain without the fonts that draw it empty. The default font carries the chain too,
for HTML that names no font (the roster sheet) and for the page bands.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextCharFormat, QTextDocument

from dutyroom.documents.fonts import PRINT_FAMILIES


def print_font(base: QFont | None = None) -> QFont:
    """A copy of base (size, weight) that looks characters up along the print chain."""
    font = QFont(base) if base is not None else QFont()
    font.setFamilies(list(PRINT_FAMILIES))
    return font


@cache
def _raw_font(family: str) -> QRawFont | None:
    if not QFontDatabase.hasFamily(family):
        return None  # QFont would resolve it to some substitute, which is not what Qt draws
    font = QFont(family)
    font.setPixelSize(48)
    return QRawFont.fromFont(font)


def drawing_family(char: str, families: tuple[str, ...]) -> tuple[str, bool] | None:
    """The installed family Qt takes char from, and whether that glyph has an outline."""
    for family in families:
        raw = _raw_font(family)
        if raw is None:
            continue
        (glyph,) = raw.glyphIndexesForString(char)
        if glyph:
            return family, not raw.pathForGlyph(glyph).isEmpty()
    return None


@cache
def families_for(char: str) -> tuple[str, ...]:
    """The chain for char, less the fonts that claim it but draw nothing."""
    families = PRINT_FAMILIES
    while (found := drawing_family(char, families)) is not None and not found[1]:
        families = tuple(f for f in families if f != found[0])
    return families


def _draws_ink(char: str) -> bool:
    # Spaces, controls and format characters are empty on purpose.
    return not char.isascii() and unicodedata.category(char)[0] not in "ZC"


def set_print_html(document: QTextDocument, html: str) -> None:
    """setHtml with the chain as default font and no character left to an empty glyph."""
    document.setDefaultFont(print_font(document.defaultFont()))
    document.setHtml(html)
    for char in sorted(set(document.toPlainText())):
        families = families_for(char) if _draws_ink(char) else PRINT_FAMILIES
        if families == PRINT_FAMILIES:
            continue
        repaired = QTextCharFormat()
        repaired.setFontFamilies(list(families))
        cursor = document.find(char, 0, QTextDocument.FindFlag.FindCaseSensitively)
        while not cursor.isNull():
            cursor.mergeCharFormat(repaired)
            cursor = document.find(char, cursor, QTextDocument.FindFlag.FindCaseSensitively)
