"""The printed documents' font chain (dutyroom/documents/fonts.py) applied on the Qt side.

The HTML's CSS names the chain for the body; this covers what the CSS does not reach: the
header and footer bands painted around each page, and HTML without a font-family of its own
(the roster sheet). Without it those fall to the application font, which on Linux resolves
through fontconfig to WenQuanYi Micro Hei and its empty ℃.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from dutyroom.documents.fonts import PRINT_FAMILIES


def print_font(base: QFont | None = None) -> QFont:
    """A copy of base (size, weight) that looks characters up along the print chain."""
    font = QFont(base) if base is not None else QFont()
    font.setFamilies(list(PRINT_FAMILIES))
    return font


def use_print_fonts(document: QTextDocument) -> None:
    """Make the chain the document's default font (call before setHtml)."""
    document.setDefaultFont(print_font(document.defaultFont()))
