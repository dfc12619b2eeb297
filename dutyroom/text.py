"""What counts as a control character in typed or imported text: one definition for every form."""

from __future__ import annotations

_KEPT = "\n\t"  # line breaks and tabs are part of multi-line text (经过, 措施, 备注)


def has_control(text: str, *, multiline: bool = False) -> bool:
    """True when `text` holds characters that cannot be printed or written to Excel
    (C0 controls and DEL; with `multiline`, line breaks and tabs are allowed)."""
    return any((ord(ch) < 32 or ord(ch) == 127) and not (multiline and ch in _KEPT) for ch in text)


def printable(text: str) -> str:
    """`text` without control characters, keeping line breaks and tabs."""
    return "".join(ch for ch in text if ch in _KEPT or (ord(ch) >= 32 and ord(ch) != 127))
