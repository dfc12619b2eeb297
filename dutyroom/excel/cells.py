"""Parsers for the cells of the tables bureaus keep: dates in many spellings, several names a cell.

Every parser normalises with NFKC first, so full-width digits, slashes, commas and spaces
("１２／１", "张三，李四") read like their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import date, datetime, timedelta

from dutyroom.messages import t

# Excel serial day numbers (days since 1899-12-30) between 1982 and 2119: a date column
# formatted as "General" shows them as plain numbers.
_SERIAL_RANGE = (30000, 80000)
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_EPOCH_1904 = date(1904, 1, 1)
# Duty rosters are for the years the program runs in; 1899 or 9999 is a typing or format error.
MIN_DATE_YEAR, MAX_DATE_YEAR = 2000, 2100

_FULL = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?!\d)")
_PARTIAL = re.compile(r"^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\s*[-/.]\s*\d)")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_LIST_SEPARATORS = re.compile(r"[、,/;\\|\n]+")


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
        made = date(year, month, day)
    except ValueError:
        raise DateCellError(t("日期不存在：{text}", text=text)) from None
    return _in_range(made, text)


def _in_range(day: date, text: str) -> date:
    if not MIN_DATE_YEAR <= day.year <= MAX_DATE_YEAR:
        raise DateCellError(
            t(
                "日期{text}超出范围（{first}–{last}年），请核实",
                text=text,
                first=MIN_DATE_YEAR,
                last=MAX_DATE_YEAR,
            )
        )
    return day


def parse_date_cell(value: object, year: int | None, *, date1904: bool = False) -> date | None:
    """A date cell as a date; None for an empty cell; DateCellError when it cannot be read.

    Accepts real dates and datetimes, Excel serial numbers (the 1900 or, with `date1904`, the
    1904 date system), and text such as "2026-12-01", "2026/12/1", "2026.12.1", "2026年12月1日",
    "20261201", and, taking `year` for the year, "12月1日", "12-01", "12/1", "12.1". Trailing
    text ("12月1日（周二）") is ignored. Dates outside 2000–2100 are refused.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _in_range(value.date(), value.date().isoformat())
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            epoch = _EXCEL_EPOCH_1904 if date1904 else _EXCEL_EPOCH
            return _in_range(epoch + timedelta(days=int(value)), normalise(value))
        if isinstance(value, float) and 1 <= value < 13 and not value.is_integer():
            # "12.1" typed into a number cell: Excel keeps 12.1 for 12.10 too.
            raise DateCellError(
                t(
                    "日期“{value}”被 Excel 存成了数字，分不清是几月几日（12.1 与 12.10 相同）："
                    "请把日期列设为日期或文本格式后重新填写",
                    value=normalise(value),
                )
            )
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


def split_names(value: object, known: Collection[str] = ()) -> list[str]:
    """Names in one cell, in order, without repeats.

    Offices pad two-character names to line up with three-character ones ("王  强", "王　强"):
    a run that is a `known` name once its inner spaces are removed is that person, and a run of
    single characters split by spaces is one name (no Chinese name has one character). Only then
    are spaces separators, after 、，, / ; | and line breaks.
    """
    text = normalise(value)  # NFKC: the full-width space becomes a plain one
    if not text:
        return []
    whole = "".join(text.split())
    if whole in known:
        return [whole]
    names: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        pieces = part.split()
        if not pieces:
            continue
        joined = "".join(pieces)
        if joined in known or (len(pieces) > 1 and all(len(p) == 1 for p in pieces)):
            names.append(joined)
        else:
            names.extend(pieces)
    return list(dict.fromkeys(names))
