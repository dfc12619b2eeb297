"""Calendar and roster services: day types with overrides, generated months, who is on duty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dutyroom import roster as rostering
from dutyroom.calendar import DayInfo, HolidayCalendar, iter_days
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.models import Assignment, DayType, HolidayOverride, ShiftTemplate
from dutyroom.ports import Store
from dutyroom.roster import DutyStatus, Problem

MAX_GENERATE_DAYS = 400


class CalendarService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events
        self._calendar: HolidayCalendar | None = None

    def holiday_calendar(self) -> HolidayCalendar:
        if self._calendar is None:
            self._calendar = HolidayCalendar(self._store.calendar.overrides())
        return self._calendar

    def info(self, day: date) -> DayInfo:
        return self.holiday_calendar().info(day)

    def missing_years(self, start: date, end: date) -> list[int]:
        return self.holiday_calendar().missing_years(start, end)

    def missing_message(self, years: list[int]) -> str:
        return self.holiday_calendar().message_for_missing(years) if years else ""

    def overrides(self) -> list[HolidayOverride]:
        return sorted(self._store.calendar.overrides(), key=lambda o: o.day)

    def set_override(self, day: date, day_type: DayType, note: str) -> None:
        note = note.strip()
        if len(note) > 100:
            raise ValidationError("note", "说明过长（最多100个字）")
        if not date(2000, 1, 1) <= day <= date(2100, 12, 31):
            raise ValidationError("day", "日期超出范围（2000–2100年）")
        self._store.calendar.set_override(HolidayOverride(day, DayType(day_type), note))
        self._changed()

    def delete_override(self, day: date) -> None:
        self._store.calendar.delete_override(day)
        self._changed()

    def _changed(self) -> None:
        self._calendar = None
        self._events.emit("calendar")


class RosterService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        calendar: CalendarService,
        timezone: Callable[[], ZoneInfo],
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._calendar = calendar
        self._tz = timezone

    def template(self) -> ShiftTemplate:
        """The bureau's shift template; the default one (08:30, 24 h) is created on first use."""
        templates = self._store.templates.list()
        if templates:
            return templates[0]
        return self._store.templates.add(rostering.DEFAULT_TEMPLATE)

    def assignments(self, start: date, end: date) -> list[Assignment]:
        return self._store.roster.assignments(start, end)

    def generate(self, start: date, end: date, *, overwrite_manual: bool = False) -> list[Problem]:
        """Fill start..end by rotation, keeping hand edits unless told; returns the problems."""
        if end < start:
            raise ValidationError("end", "结束日期不能早于开始日期")
        if (end - start).days >= MAX_GENERATE_DAYS:
            raise ValidationError("end", f"一次最多排{MAX_GENERATE_DAYS}天")
        template = self.template()
        days = list(iter_days(start, end))
        existing = self._store.roster.assignments(start, end)
        keep = [] if overwrite_manual else [a for a in existing if a.manual]
        history = self._store.roster.assignments(
            start - timedelta(days=62), start - timedelta(days=1)
        )
        people = self._store.people.list()
        leaves = self._store.people.leaves()
        calendar = self._calendar.holiday_calendar()
        result = rostering.generate(
            days, template, people, leaves, calendar, history=history, keep=keep
        )
        with self._store.atomic():
            self._store.roster.replace_days(days, result)
        self._events.emit("roster")
        return rostering.validate(days, result, template, people, leaves, calendar)

    def validate(self, start: date, end: date) -> list[Problem]:
        template = self.template()
        return rostering.validate(
            list(iter_days(start, end)),
            self._store.roster.assignments(start - timedelta(days=1), end),
            template,
            self._store.people.list(),
            self._store.people.leaves(),
            self._calendar.holiday_calendar(),
        )

    def now_and_next(self, at: datetime | None = None) -> tuple[DutyStatus, DutyStatus]:
        at = at or self._clock.now()
        template = self.template()
        tz = self._tz()
        first = rostering.shift_at(template, at, tz).day
        assignments = self._store.roster.assignments(first, first + timedelta(days=1))
        return rostering.duty_now_and_next(
            at,
            template,
            assignments,
            self._store.people.list(),
            self._calendar.holiday_calendar(),
            tz,
        )
