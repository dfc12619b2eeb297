"""Parsers for the cells of the tables bureaus keep: dates in many spellings, several names a cell.

Every parser normalises with NFKC first, so full-width digits, slashes, commas and spaces
("１２／１", "张三，李四") read like their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from dutyroom.messages import t

# Excel serial day numbers (days since 1899-12-30) between 1982 and 2119: a date column
# formatted as "General" shows them as plain numbers.
_SERIAL_RANGE = (30000, 80000)
_EXCEL_EPOCH = date(1899, 12, 30)

_FULL = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?!\d)")
_PARTIAL = re.compile(r"^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\s*[-/.]\s*\d)")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_NAME_SEPARATORS = re.compile(r"[、,/;\\|\s]+")


class DateCellError(ValueError):
    """A date cell that cannot be read; the message is Chinese and names the cell's text."""


def normalise(value: object) -> str:
    """A cell as text: NFKC, zero-width characters removed, ends trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # phone numbers typed into a number cell come back as 1.39e10
    text = unicodedata.normalize("NFKC", str(value))
    return text.replace("\u200b", "").replace("\ufeff", "").strip()


def header_key(value: object) -> str:
    """A header cell reduced for keyword matching: no spaces at all (“带 班 领 导”)."""
    return "".join(normalise(value).split())


def year_in(text: str) -> int | None:
    """The first plausible year in a title or file name ("2026年12月值班表.xlsx" → 2026)."""
    match = _YEAR.search(unicodedata.normalize("NFKC", text))
    return int(match.group(1)) if match else None


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateCellError(t("日期不存在：{text}", text=text)) from None


def parse_date_cell(value: object, year: int | None) -> date | None:
    """A date cell as a date; None for an empty cell; DateCellError when it cannot be read.

    Accepts real dates and datetimes, Excel serial numbers, and text such as "2026-12-01",
    "2026/12/1", "2026.12.1", "2026年12月1日", "20261201", and, taking `year` for the year,
    "12月1日", "12-01", "12/1". Trailing text ("12月1日（周二）") is ignored.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise DateCellError(t("无法识别的日期：{value}", value=normalise(value)))
    text = normalise(value)
    if not text:
        return None
    match = _FULL.match(text) or _COMPACT.match(text)
    if match:
        y, m, d = (int(part) for part in match.groups())
        return _make(y, m, d, text)
    match = _PARTIAL.match(text)
    if match:
        if year is None:
            raise DateCellError(
                t(
                    "日期“{text}”没有年份：请在标题或文件名中写明年份（如“2026年12月值班表”）",
                    text=text,
                )
            )
        return _make(year, int(match.group(1)), int(match.group(2)), text)
    raise DateCellError(t("无法识别的日期：{text}", text=text[:30]))


def split_names(value: object) -> list[str]:
    """Names in one cell, in order, without repeats: separated by 、，, / ; spaces or newlines."""
    text = normalise(value)
    names = [part for part in _NAME_SEPARATORS.split(text) if part]
    return list(dict.fromkeys(names))
