"""The font chain every printed document uses: one list, in the order a character is looked up.

Qt draws each character with the first family in the list that is installed and whose character
map claims it. Measured on the fonts themselves (README "字体与符号"):

- SimSun / 宋体 (Windows; the body face of the printed sheets) covers ℃ № ①–⑩ — × · 〔〕 ㎡
  and the full-width punctuation; on Windows nothing after it is needed.
- Noto Serif CJK SC / Noto Sans CJK SC (Linux package fonts-noto-cjk) cover the same.
- Microsoft YaHei (every Windows) covers the same, in case SimSun was removed.
- WenQuanYi Micro Hei (fonts-wqy-microhei), the CJK font most Linux machines have, covers the
  text but maps ℃ ℉ Å Ⅴ Ⅹ ∼ ‾ to empty outlines: those printed blank (the text layer keeps
  them). ui/print_fonts.py finds such characters in a document and draws them with the rest of
  the chain, that is DejaVu Sans (fonts-dejavu-core, on virtually every Linux), which has real
  glyphs for them. DejaVu does not stand before WenQuanYi: its Latin letters and digits are
  about 16% wider, enough to push a one-page sheet onto a second page.
- Segoe UI Symbol (Windows) for circled numbers past ⑩ where nothing above has them.
"""

from __future__ import annotations

PRINT_FAMILIES: tuple[str, ...] = (
    "SimSun",
    "宋体",
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "微软雅黑",
    "WenQuanYi Micro Hei",
    "DejaVu Sans",
    "Segoe UI Symbol",
)

# The generic family last: whatever the platform resolves for characters none of the above has.
PRINT_FONT_CSS = ",".join(f"'{family}'" for family in PRINT_FAMILIES) + ",serif"
