"""Calendar and roster services: day types with overrides, generated months, who is on duty."""

from __future__ import annotations

import calendar as _calendar
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dutyroom import roster as rostering
from dutyroom import special_periods as specials
from dutyroom.attendance import Attendance, AttendanceService
from dutyroom.calendar import (
    DayInfo,
    HolidayCalendar,
    NoticeConflict,
    iter_days,
    notice_conflicts,
)
from dutyroom.clock import Clock
from dutyroom.errors import ConflictError, ValidationError
from dutyroom.events import Events
from dutyroom.holiday_notice import ParsedNotice, parse_notice
from dutyroom.messages import Text, t
from dutyroom.models import (
    Assignment,
    DayType,
    HolidayOverride,
    Person,
    Role,
    ShiftTemplate,
    SignIn,
    SpecialPeriod,
    Swap,
)
from dutyroom.ports import Store
from dutyroom.roster import DutyStatus, FairnessRow, Problem
from dutyroom.swap_service import SwapService

MAX_GENERATE_DAYS = 400
NOTICE_YEARS_KEY = "holiday_notice_years"  # JSON list of years a whole notice was imported for
PUBLISHED_KEY = "roster_published:{year:04d}-{month:02d}"  # value: ISO time, "" for a draft
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")

# Planned staffing of days: for each day, the roles being set and who fills them.
DayPlan = Mapping[date, Mapping[Role, Sequence[int]]]


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-12" (or 2026/12, 2026年12月) as (year, month); ValidationError otherwise."""
    match = _MONTH.match(text or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise ValidationError(
            "month", t("无法识别的月份：{text}（应为 YYYY-MM，如 2026-12）", text=text)
        )
    return int(match.group(1)), int(match.group(2))


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, _calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class MonthState:
    """Whether a month's roster has been published, and when."""

    year: int
    month: int
    published: bool
    published_at: datetime | None = None


class PublishNeedsConfirmationError(ConflictError):
    """Publishing a month with problems: the UI lists `problems` and asks before trying again."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(t("该月排班还有{n}个问题，确认后才能发布", n=len(problems)))
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class NoticePreview:
    """A pasted notice before it is saved: its days, what the package says against it, and the
    administrator's earlier entries it would replace."""

    notice: ParsedNotice
    conflicts: list[NoticeConflict]
    replaced: list[HolidayOverride]

    @property
    def ok(self) -> bool:
        return self.notice.ok and not self.conflicts

    def problems(self) -> list[Text]:
        """Refused lines first, then the conflicts, in Chinese, each naming its line or day."""
        refused = [r.message() for r in self.notice.refused]
        return refused + [c.message() for c in self.conflicts]

    def first_problem(self) -> Text:
        problems = self.problems()
        return problems[0] if problems else t("通知中没有任何放假安排")


def _years_from_json(raw: str | None) -> list[int]:
    try:
        values = json.loads(raw) if raw else []
    except ValueError:
        return []  # a damaged value: the years are simply not known, the warning stays
    if not isinstance(values, list):
        return []
    return sorted({v for v in values if isinstance(v, int) and not isinstance(v, bool)})


class CalendarService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events
        self._calendar: HolidayCalendar | None = None

    def holiday_calendar(self) -> HolidayCalendar:
        if self._calendar is None:
            self._calendar = HolidayCalendar(
                self._store.calendar.overrides(), self.special_periods(), self.notice_years()
            )
        return self._calendar

    def notice_years(self) -> list[int]:
        """Years for which a whole State Council notice was imported."""
        return _years_from_json(self._store.settings.get(NOTICE_YEARS_KEY))

    def preview_notice(self, text: str, year: int | None = None) -> NoticePreview:
        """What importing the notice would save, and what stops it (refused lines, conflicts
        with chinese_calendar); nothing is written."""
        notice = parse_notice(text, year)
        overrides = {o.day: o for o in self._store.calendar.overrides()}
        replaced = [
            overrides[d.day]
            for d in notice.days
            if d.day in overrides
            and (overrides[d.day].day_type, overrides[d.day].note) != (d.day_type, d.festival)
        ]
        return NoticePreview(notice, notice_conflicts(notice), replaced)

    def import_notice(self, text: str, year: int | None = None) -> NoticePreview:
        """Save the notice's days as overrides (festival as note) and mark its year as known;
        all or nothing: ValidationError when any line is refused or the package disagrees."""
        preview = self.preview_notice(text, year)
        if not preview.ok:
            raise ValidationError("notice", preview.first_problem())
        notice_year = preview.notice.year
        assert notice_year is not None  # a notice with days has its year
        with self._store.atomic():
            for notice_day in preview.notice.days:
                self._store.calendar.set_override(
                    HolidayOverride(notice_day.day, notice_day.day_type, notice_day.festival)
                )
            years = sorted({*self.notice_years(), notice_year})
            self._store.settings.set(NOTICE_YEARS_KEY, json.dumps(years))
        self._changed()
        return preview

    def special_periods(self) -> list[SpecialPeriod]:
        return specials.from_json(self._store.settings.get(specials.SETTING_KEY))

    def set_special_periods(self, periods: Sequence[SpecialPeriod]) -> None:
        """Replace the bureau's special periods (汛期, 重要活动); rosters are held to them."""
        self._store.settings.set(specials.SETTING_KEY, specials.to_json(specials.validate(periods)))
        self._changed()

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
            raise ValidationError("note", t("说明过长（最多100个字）"))
        if not date(2000, 1, 1) <= day <= date(2100, 12, 31):
            raise ValidationError("day", t("日期超出范围（2000–2100年）"))
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
        self.swap_service = SwapService(store, events, clock, self.template)
        self.attendance_service = AttendanceService(store, events, clock, self.template, timezone)

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
            raise ValidationError("end", t("结束日期不能早于开始日期"))
        if (end - start).days >= MAX_GENERATE_DAYS:
            raise ValidationError(
                "end", t("一次最多排{generate_days}天", generate_days=MAX_GENERATE_DAYS)
            )
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

    # ------------------------------------------------------------------ manual edits

    def set_day(self, day: date, role: Role, person_ids: Sequence[int]) -> list[Problem]:
        """Who fills `role` on `day`, by hand: kept by generation; returns the day's problems."""
        self.set_days({day: {role: person_ids}})
        return self.validate(day, day)

    def set_days(self, plan: DayPlan) -> None:
        """Replace the roles named in `plan` on each of its days (other roles stay), atomically."""
        if not plan:
            return
        template = self.template()
        people = {p.id: p for p in self._store.people.list() if p.id is not None}
        new: list[Assignment] = []
        for day, roles in plan.items():
            for role, ids in roles.items():
                _check_staff(day, Role(role), ids, people)
                new += [Assignment(day, Role(role), pid, template.id or 0, True) for pid in ids]
        days = sorted(plan)
        with self._store.atomic():
            existing = self._store.roster.assignments(days[0], days[-1])
            kept = [
                a
                for a in existing
                if a.day in plan and (a.template_id != template.id or a.role not in plan[a.day])
            ]
            self._store.roster.replace_days(days, kept + new)
        self._events.emit("roster")

    def fairness(self, start: date, end: date) -> dict[int, FairnessRow]:
        """Shifts, hours, holiday and weekend shifts per person over start..end."""
        return rostering.fairness(
            self._store.roster.assignments(start, end),
            self._calendar.holiday_calendar(),
            self.template(),
        )

    # ------------------------------------------------------------------ draft / published

    def month_state(self, year: int, month: int) -> MonthState:
        value = self._store.settings.get(PUBLISHED_KEY.format(year=year, month=month)) or ""
        when = datetime.fromisoformat(value) if value else None
        return MonthState(year, month, published=bool(value), published_at=when)

    def publish(self, year: int, month: int, *, confirm_problems: bool = False) -> MonthState:
        """Mark a month published; with problems only when the user has confirmed them."""
        problems = self.validate(*month_range(year, month))
        if problems and not confirm_problems:
            raise PublishNeedsConfirmationError(problems)
        key = PUBLISHED_KEY.format(year=year, month=month)
        self._store.settings.set(key, self._clock.now().isoformat())
        self._events.emit("roster")
        return self.month_state(year, month)

    def unpublish(self, year: int, month: int) -> MonthState:
        """Back to draft (the settings table keeps keys, so a draft is the empty value)."""
        self._store.settings.set(PUBLISHED_KEY.format(year=year, month=month), "")
        self._events.emit("roster")
        return self.month_state(year, month)

    # ------------------------------------------------------------------ swaps and sign-in

    def swap(self, swap: Swap) -> Swap:
        """Record and apply a 串班/代班 (requested_by, approved_by and reason are required)."""
        return self.swap_service.swap(swap)

    def undo_swap(self, swap: Swap) -> None:
        self.swap_service.undo(swap)

    def swaps(self, start: date, end: date) -> list[Swap]:
        return self.swap_service.between(start, end)

    def sign_in(self, person_id: int, at: datetime | None = None) -> SignIn:
        return self.attendance_service.sign_in(person_id, at)

    def sign_out(self, person_id: int, at: datetime | None = None) -> SignIn:
        return self.attendance_service.sign_out(person_id, at)

    def sign_ins_for_shift(self, shift_start: datetime) -> list[SignIn]:
        return self.attendance_service.for_shift(shift_start)

    def attendance(self, at: datetime | None = None) -> Attendance:
        return self.attendance_service.attendance(at)


def _check_staff(day: date, role: Role, ids: Sequence[int], people: Mapping[int, Person]) -> None:
    where = f"{rostering.day_label(day)}{role.value}"
    if len(set(ids)) != len(ids):
        raise ValidationError("person_ids", t("{where}：同一人不能重复安排", where=where))
    for pid in ids:
        person = people.get(pid)
        if person is None:
            raise ValidationError(
                "person_ids", t("{where}：人员编号{pid}不存在", where=where, pid=pid)
            )
        if not person.active:
            raise ValidationError(
                "person_ids", t("{where}：{name}已停用，不能排班", where=where, name=person.name)
            )
        if role not in person.roles:
            raise ValidationError(
                "person_ids",
                t("{where}：{name}不是{role}", where=where, name=person.name, role=role.value),
            )
