"""Day types from chinese_calendar, admin overrides and the missing-year fallback."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.calendar import HolidayCalendar, iter_days
from dutyroom.models import DayType, HolidayOverride

MAKEUP_2026 = [date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9)]
MAKEUP_2026 += [date(2026, 9, 20), date(2026, 10, 10)]


def test_iter_days_is_inclusive_across_month_and_year_end() -> None:
    days = list(iter_days(date(2026, 12, 30), date(2027, 1, 2)))
    assert days == [date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]
    assert list(iter_days(date(2026, 1, 2), date(2026, 1, 1))) == []


def test_2026_has_33_statutory_holiday_days_and_six_makeup_days() -> None:
    cal = HolidayCalendar()
    year = list(iter_days(date(2026, 1, 1), date(2026, 12, 31)))
    holidays = [d for d in year if cal.day_type(d) is DayType.HOLIDAY]
    makeups = [d for d in year if cal.day_type(d) is DayType.MAKEUP]
    assert len(holidays) == 33
    assert makeups == MAKEUP_2026


@pytest.mark.parametrize(
    ("day", "day_type", "name"),
    [
        (date(2026, 10, 1), DayType.HOLIDAY, "国庆节"),
        (date(2026, 10, 3), DayType.HOLIDAY, "国庆节"),  # a Saturday inside the holiday period
        (date(2026, 10, 7), DayType.HOLIDAY, "国庆节"),
        (date(2026, 10, 8), DayType.WORKDAY, ""),
        (date(2026, 10, 10), DayType.MAKEUP, "国庆节"),
        (date(2026, 2, 17), DayType.HOLIDAY, "春节"),
        (date(2026, 2, 15), DayType.HOLIDAY, "春节"),  # Sunday in the Spring Festival period
        (date(2026, 6, 6), DayType.RESTDAY, ""),
        (date(2026, 6, 8), DayType.WORKDAY, ""),
        (date(2026, 1, 1), DayType.HOLIDAY, "元旦"),
    ],
)
def test_2026_days(day: date, day_type: DayType, name: str) -> None:
    info = HolidayCalendar().info(day)
    assert (info.day_type, info.name, info.known, info.overridden) == (day_type, name, True, False)


@pytest.mark.parametrize(
    ("day", "day_type"),
    [
        (date(2027, 1, 1), DayType.WORKDAY),  # a Friday: the package has no 2027 data
        (date(2027, 1, 2), DayType.RESTDAY),
        (date(2027, 1, 3), DayType.RESTDAY),
        (date(2027, 1, 4), DayType.WORKDAY),
    ],
)
def test_2027_falls_back_to_weekdays_and_is_marked_unknown(day: date, day_type: DayType) -> None:
    info = HolidayCalendar().info(day)
    assert info.day_type is day_type
    assert info.known is False


def test_override_wins_over_package_and_fills_a_missing_year() -> None:
    cal = HolidayCalendar(
        [
            HolidayOverride(date(2027, 1, 1), DayType.HOLIDAY, "元旦"),
            HolidayOverride(date(2026, 10, 8), DayType.HOLIDAY, "防汛"),
            HolidayOverride(date(2026, 10, 1), DayType.WORKDAY),
        ]
    )
    new_year = cal.info(date(2027, 1, 1))
    assert (new_year.day_type, new_year.name, new_year.known, new_year.overridden) == (
        DayType.HOLIDAY,
        "元旦",
        True,
        True,
    )
    assert cal.day_type(date(2026, 10, 8)) is DayType.HOLIDAY
    assert cal.info(date(2026, 10, 1)).name == ""
    assert cal.day_type(date(2026, 10, 1)) is DayType.WORKDAY
    # Other 2027 days still use the fallback and are not known.
    assert cal.info(date(2027, 1, 4)).known is False


def test_missing_years() -> None:
    assert HolidayCalendar().missing_years(date(2026, 12, 1), date(2028, 1, 31)) == [2027, 2028]
    assert HolidayCalendar().missing_years(date(2026, 1, 1), date(2026, 12, 31)) == []
    # One day entered by hand leaves the rest of 2027 on the fallback: still missing.
    cal = HolidayCalendar([HolidayOverride(date(2027, 2, 6), DayType.HOLIDAY, "春节")])
    assert cal.missing_years(date(2026, 12, 1), date(2027, 1, 31)) == [2027]
    assert (
        HolidayCalendar(notice_years=[2027]).missing_years(date(2027, 1, 1), date(2027, 1, 1)) == []
    )


def test_message_for_missing() -> None:
    msg = HolidayCalendar.message_for_missing([2027])
    assert msg == "2027年法定节假日数据缺失：已按普通周末处理，请在“设置”中录入节假日"
    assert HolidayCalendar.message_for_missing([2028, 2027]).startswith("2027年、2028年")
    assert HolidayCalendar.message_for_missing([]) == ""


@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31)))
def test_every_day_has_a_type_and_repeated_lookups_agree(day: date) -> None:
    cal = HolidayCalendar()
    first = cal.info(day)
    assert first == cal.info(day)
    assert first.known is (day.year <= 2026)
    if not first.known:
        assert first.day_type in (DayType.WORKDAY, DayType.RESTDAY)
