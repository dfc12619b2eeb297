"""Text rules every form and document shares: what counts as a control character in typed or
imported text (one definition for every form), and a period of days as written on paper."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from dutyroom.messages import t

_KEPT = "\n\t"  # line breaks and tabs are part of multi-line text (经过, 措施, 备注)


def has_control(text: str, *, multiline: bool = False) -> bool:
    """True when `text` holds characters that cannot be printed or written to Excel
    (C0 controls and DEL; with `multiline`, line breaks and tabs are allowed)."""
    return any((ord(ch) < 32 or ord(ch) == 127) and not (multiline and ch in _KEPT) for ch in text)


def printable(text: str) -> str:
    """`text` without control characters, keeping line breaks and tabs."""
    return "".join(ch for ch in text if ch in _KEPT or (ord(ch) >= 32 and ord(ch) != 127))


def date_span(first: date, last: date) -> str:
    """A period of whole days as written on paper, both ends included: 2026年12月1日至12月31日
    (the year again only when it changes), 2026年12月1日 for a single day."""
    start = t("{y}年{m}月{d}日", y=first.year, m=first.month, d=first.day)
    if last == first:
        return str(start)
    if last.year == first.year:
        end = t("{m}月{d}日", m=last.month, d=last.day)
    else:
        end = t("{y}年{m}月{d}日", y=last.year, m=last.month, d=last.day)
    return str(t("{start}至{end}", start=start, end=end))


def covered_days(start: datetime, end: datetime, tz: tzinfo) -> tuple[date, date]:
    """The local dates a half-open period [start, end) covers: an end at local midnight is the
    day before (a request for 12-01..12-31 is stored as [12-01 00:00, 01-01 00:00))."""
    local_end = end.astimezone(tz)
    final = local_end.date()
    if local_end.time() == time(0) and final > start.astimezone(tz).date():
        final -= timedelta(days=1)
    return start.astimezone(tz).date(), final
