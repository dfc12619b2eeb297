"""Day types (工作日/休息日/法定节假日/调休补班日) from chinese_calendar and admin overrides."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar

from dutyroom.holiday_notice import FESTIVALS, ParsedNotice, weekday_name
from dutyroom.messages import Text, joined, t
from dutyroom.models import DayType, HolidayOverride, Role, SpecialPeriod

# chinese_calendar names holidays in English; the duty room speaks Chinese.
_HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": t("元旦"),
    "Spring Festival": t("春节"),
    "Tomb-sweeping Day": t("清明节"),
    "Labour Day": t("劳动节"),
    "Dragon Boat Festival": t("端午节"),
    "National Day": t("国庆节"),
    "Mid-autumn Festival": t("中秋节"),
    "Anti-Fascist 70th Day": t("抗战胜利纪念日"),
}


def iter_days(start: date, end: date) -> Iterator[date]:
    """Every day from start to end, both included."""
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DayInfo:
    """A day's type (工作日, 休息日, 法定节假日, 调休补班日) and where it comes from."""

    day: date
    day_type: DayType
    name: str  # Chinese holiday name ("春节"); for a 调休补班日 the holiday it makes up for
    known: bool  # False: no package data for the year and no override, weekday fallback used
    overridden: bool
    special: str = ""  # the bureau's special period covering the day (汛期, 重要活动…)


def _weekday_type(day: date) -> DayType:
    return DayType.RESTDAY if day.weekday() >= 5 else DayType.WORKDAY


@lru_cache(maxsize=4096)
def _package_info(day: date) -> DayInfo:
    """What chinese_calendar says about a day, or the weekday fallback when it has no data."""
    try:
        is_holiday, english = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        # The package raises for years it does not know (2027 in version 1.11).
        return DayInfo(day, _weekday_type(day), "", known=False, overridden=False)
    name = _HOLIDAY_NAMES.get(english, english) if english else ""
    if english and is_holiday:
        # Weekend days inside a holiday period also carry the name: they are staffed 双带双值.
        day_type = DayType.HOLIDAY
    elif english and not is_holiday and day.weekday() >= 5:
        day_type = DayType.MAKEUP
    elif english and not is_holiday:
        day_type = DayType.WORKDAY
    else:
        day_type = _weekday_type(day)
    return DayInfo(day, day_type, name, known=True, overridden=False)


@lru_cache(maxsize=64)
def _package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def package_knows(year: int) -> bool:
    """Whether chinese_calendar has the State Council's arrangement for the year."""
    return _package_knows(year)


def _years_with_every_festival(overrides: Iterable[HolidayOverride]) -> frozenset[int]:
    """Years whose 法定节假日 overrides name each of the seven festivals in their notes."""
    named: dict[int, set[str]] = {}
    for override in overrides:
        if override.day_type == DayType.HOLIDAY:
            found = {f for f in FESTIVALS if f in override.note}
            named.setdefault(override.day.year, set()).update(found)
    return frozenset(year for year, names in named.items() if names.issuperset(FESTIVALS))


@dataclass(frozen=True, slots=True)
class NoticeConflict:
    """A day on which the notice and chinese_calendar disagree (None: not a special day)."""

    day: date
    notice: DayType | None
    package: DayType
    festival: str

    def message(self) -> Text:
        festival = t("（{name}）", name=self.festival) if self.festival else ""
        weekday = weekday_name(self.day)
        if self.notice is None:
            return t(
                "{day}（{weekday}）：通知未列出，chinese-calendar为{package}{festival}",
                day=self.day.isoformat(),
                weekday=weekday,
                package=self.package,
                festival=festival,
            )
        return t(
            "{day}（{weekday}）：通知为{notice}，chinese-calendar为{package}{festival}",
            day=self.day.isoformat(),
            weekday=weekday,
            notice=self.notice,
            package=self.package,
            festival=festival,
        )


def notice_conflicts(notice: ParsedNotice) -> list[NoticeConflict]:
    """Where the notice disagrees with chinese_calendar, for the days of years the package
    knows: each day the notice gives, and (when no line was refused) each special day of the
    notice's year that it leaves out."""
    conflicts: list[NoticeConflict] = []
    given = {d.day: d for d in notice.days}
    for notice_day in notice.days:
        if not _package_knows(notice_day.day.year):
            continue
        package = _package_info(notice_day.day)
        if package.day_type != notice_day.day_type:
            conflicts.append(
                NoticeConflict(notice_day.day, notice_day.day_type, package.day_type, package.name)
            )
    year = notice.year
    # With a line refused, its days are absent from `given`: listing them again says nothing new.
    if year is not None and _package_knows(year) and not notice.refused:
        for day in iter_days(date(year, 1, 1), date(year, 12, 31)):
            package = _package_info(day)
            special = package.day_type in (DayType.HOLIDAY, DayType.MAKEUP)
            # Late-December days of next year's 元旦 belong to next year's notice.
            next_new_year = day.month == 12 and package.name == t("元旦")
            if special and day not in given and not next_new_year:
                conflicts.append(NoticeConflict(day, None, package.day_type, package.name))
    return sorted(conflicts, key=lambda c: c.day)


class HolidayCalendar:
    """Day types for the roster; an administrator's override always wins over the package."""

    def __init__(
        self,
        overrides: Iterable[HolidayOverride] = (),
        specials: Iterable[SpecialPeriod] = (),
        notice_years: Iterable[int] = (),
    ) -> None:
        self._overrides: dict[date, HolidayOverride] = {o.day: o for o in overrides}
        self._entered_years = frozenset(notice_years) | _years_with_every_festival(
            self._overrides.values()
        )
        self._specials = tuple(specials)
        self._cache: dict[date, DayInfo] = {}

    def info(self, day: date) -> DayInfo:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        override = self._overrides.get(day)
        if override is not None:
            base = _package_info(day)
            name = override.note or (base.name if override.day_type == base.day_type else "")
            result = DayInfo(day, override.day_type, name, known=True, overridden=True)
        else:
            result = _package_info(day)
            if not result.known and day.year in self._entered_years:
                # The whole year was entered: a day it leaves out is an ordinary day, not a guess.
                result = DayInfo(day, result.day_type, "", known=True, overridden=False)
        names = joined("、", (p.name for p in self._specials if p.start <= day <= p.end))
        if names:
            result = DayInfo(
                day, result.day_type, result.name, result.known, result.overridden, names
            )
        self._cache[day] = result
        return result

    def minimums_on(self, day: date) -> Mapping[Role, int]:
        """The special periods' minimums for the day (the highest where periods overlap)."""
        merged: dict[Role, int] = {}
        for period in self._specials:
            if period.start <= day <= period.end:
                for role, count in period.minimums.items():
                    merged[role] = max(merged.get(role, 0), count)
        return merged

    def day_type(self, day: date) -> DayType:
        return self.info(day).day_type

    def is_special(self, day: date) -> bool:
        """Weekend or holiday: counts for the fairness of the roster."""
        return self.day_type(day) in (DayType.HOLIDAY, DayType.RESTDAY)

    def missing_years(self, start: date, end: date) -> list[int]:
        """Years in the range whose holidays are not all known: the package has no data, no
        whole notice was imported, and the overrides do not name all seven festivals (one day
        entered by hand leaves the rest of the year on the weekday fallback)."""
        return [
            year
            for year in range(start.year, end.year + 1)
            if not _package_knows(year) and year not in self._entered_years
        ]

    @staticmethod
    def message_for_missing(years: Iterable[int]) -> str:
        listed = joined("、", [t("{year}年", year=y) for y in sorted(set(years))])
        if not listed:
            return ""
        return t(
            "{years}法定节假日数据缺失：已按普通周末处理，请在“设置”中录入节假日", years=listed
        )
