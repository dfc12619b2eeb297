"""One definition of control characters for every form."""

from __future__ import annotations

import pytest

from dutyroom.text import has_control, printable


@pytest.mark.parametrize(
    ("text", "single_line", "multi_line"),
    [
        ("正常文字 abc", False, False),
        ("第一行\n第二行", True, False),
        ("a\tb", True, False),
        ("a\x00b", True, True),
        ("a\x1bb", True, True),
        ("a\x7fb", True, True),
        ("emoji 🚒 \u202e", False, False),
    ],
)
def test_has_control(text: str, single_line: bool, multi_line: bool) -> None:
    assert has_control(text) is single_line
    assert has_control(text, multiline=True) is multi_line


def test_printable_keeps_line_breaks_and_drops_the_rest() -> None:
    assert printable("a\x00b\x7f\nc\td\x1b") == "ab\nc\td"
