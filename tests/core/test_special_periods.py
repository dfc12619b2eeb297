"""Special periods (汛期, 重要活动): their minimums raise a day's staffing, checked and stored."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from db import SqliteStore, open_database
from dutyroom import special_periods
from dutyroom.calendar import HolidayCalendar, iter_days
from dutyroom.clock import FakeClock
from dutyroom.errors import ValidationError
from dutyroom.models import Person, Role, SpecialPeriod
from dutyroom.roster import DEFAULT_TEMPLATE, generate, on_duty, validate
from dutyroom.services import DutyRoom

TZ = ZoneInfo("Asia/Shanghai")
FLOOD = SpecialPeriod(
    "汛期", date(2026, 7, 1), date(2026, 7, 31), {Role.LEADER: 2, Role.OFFICER: 2}
)


def people(leaders: int, officers: int) -> list[Person]:
    staff = [Person(f"领导{i}", (Role.LEADER,), id=i) for i in range(1, leaders + 1)]
    staff += [Person(f"值班员{i}", (Role.OFFICER,), id=100 + i) for i in range(1, officers + 1)]
    return staff


def test_a_day_in_the_period_needs_its_minimums_and_says_why() -> None:
    calendar = HolidayCalendar(specials=[FLOOD])
    assert calendar.info(date(2026, 7, 15)).special == "汛期"
    assert calendar.info(date(2026, 8, 1)).special == ""
    days = list(iter_days(date(2026, 6, 30), date(2026, 7, 2)))
    staff = people(2, 2)
    thin = generate(days, DEFAULT_TEMPLATE, people(1, 1), [], HolidayCalendar())
    problems = validate(days, thin, DEFAULT_TEMPLATE, staff, [], calendar)
    short = [p for p in problems if p.code == "short_staffed"]
    assert {p.day for p in short} == {date(2026, 7, 1), date(2026, 7, 2)}  # not 6-30
    assert "工作日·汛期" in short[0].message and "需要2人" in short[0].message


def test_generation_staffs_the_period_double() -> None:
    calendar = HolidayCalendar(specials=[FLOOD])
    days = list(iter_days(date(2026, 7, 1), date(2026, 7, 31)))
    roster = generate(days, DEFAULT_TEMPLATE, people(6, 8), [], calendar)
    assert not [
        p
        for p in validate(days, roster, DEFAULT_TEMPLATE, people(6, 8), [], calendar)
        if p.severity == "error"
    ]
    for day in days:
        on_day = [a for a in roster if a.day == day]
        assert sum(a.role is Role.LEADER for a in on_day) == 2
        assert sum(a.role is Role.OFFICER for a in on_day) == 2


def test_on_duty_reports_the_shortfall_in_the_period() -> None:
    calendar = HolidayCalendar(specials=[FLOOD])
    days = [date(2026, 7, 10)]
    roster = generate(days, DEFAULT_TEMPLATE, people(1, 1), [], HolidayCalendar())
    status = on_duty(
        datetime(2026, 7, 10, 12, 0, tzinfo=TZ),
        DEFAULT_TEMPLATE,
        roster,
        people(1, 1),
        calendar,
        TZ,
    )
    assert any("不足" in problem for problem in status.problems)


@pytest.mark.parametrize(
    ("period", "field"),
    [
        (SpecialPeriod(" ", date(2026, 7, 1), date(2026, 7, 2), {Role.LEADER: 2}), "name"),
        (SpecialPeriod("汛期", date(2026, 7, 2), date(2026, 7, 1), {Role.LEADER: 2}), "end"),
        (SpecialPeriod("汛期", date(2026, 1, 1), date(2027, 1, 2), {Role.LEADER: 2}), "end"),
        (SpecialPeriod("汛期", date(2026, 7, 1), date(2026, 7, 2), {Role.LEADER: 11}), "minimums"),
        (SpecialPeriod("汛期", date(2026, 7, 1), date(2026, 7, 2), {Role.LEADER: 0}), "minimums"),
    ],
)
def test_bad_periods_are_refused(period: SpecialPeriod, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        special_periods.validate([period])
    assert caught.value.field == field


def test_stored_as_bureau_data_and_used_by_the_service() -> None:
    store = SqliteStore(open_database(None))
    room = DutyRoom(store, FakeClock(datetime(2026, 6, 20, 2, 0, tzinfo=ZoneInfo("UTC"))))
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    room.people.add(Person("王建国", (Role.LEADER,)))
    room.people.add(Person("赵晓明", (Role.OFFICER,)))
    room.calendar.set_special_periods([FLOOD])
    assert room.calendar.special_periods() == [FLOOD]
    assert room.calendar.info(date(2026, 7, 3)).special == "汛期"
    problems = room.roster.generate(date(2026, 7, 1), date(2026, 7, 3))
    assert any("汛期" in p.message for p in problems)
    assert special_periods.from_json("not json") == []
