"""QDate/QDateTime ⇄ datetime.date/datetime without `toPython()`, which is typed as object."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(local: datetime) -> QDateTime:
    """The wall-clock minute of an aware or naive local time (seconds dropped, as editors show)."""
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, 0))
