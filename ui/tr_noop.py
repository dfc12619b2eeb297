"""A typed QT_TRANSLATE_NOOP: marks a string for lupdate and returns it unchanged.

PySide6's stub declares the result as `object`, so every marked table would need a cast; lupdate
finds the calls by their name, whichever module the function comes from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source
