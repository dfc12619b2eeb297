"""The font chain every printed document uses: one list, in the order a character is looked up.

Qt (and a browser) draw each character with the first family in the list that is installed and
whose character map claims it. A font whose map claims a character but whose glyph is empty
therefore blanks that character even when a later family has it: WenQuanYi Micro Hei, the CJK
font most Linux machines have, maps ℃ ℉ Å Ⅴ Ⅹ ∼ ‾ to empty outlines (℃ printed blank because of
it). So a font with real glyphs for those must come before it. Measured on the fonts themselves
(README "字体与符号"):

- SimSun / 宋体 (Windows; the 公文 body face of the printed sheets) covers ℃ № ①–⑩ — × · 〔〕 ㎡
  and the full-width punctuation; on Windows nothing after it is needed.
- Noto Serif CJK SC / Noto Sans CJK SC (Linux package fonts-noto-cjk) cover the same.
- Microsoft YaHei (every Windows) covers the same, in case SimSun was removed.
- DejaVu Sans (on virtually every Linux, fonts-dejavu-core) has real ℃ № ①–⑩ — × · Ⅰ–Ⅻ but
  no CJK; it stands before WenQuanYi so those symbols come from it and only the CJK characters
  and full-width punctuation fall through.
- WenQuanYi Micro Hei (fonts-wqy-microhei): the CJK characters where nothing above is installed.
"""

from __future__ import annotations

PRINT_FAMILIES: tuple[str, ...] = (
    "SimSun",
    "宋体",
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "微软雅黑",
    "DejaVu Sans",
    "WenQuanYi Micro Hei",
    "Segoe UI Symbol",
)

# The generic family last: whatever the platform resolves for characters none of the above has.
PRINT_FONT_CSS = ",".join(f"'{family}'" for family in PRINT_FAMILIES) + ",serif"
