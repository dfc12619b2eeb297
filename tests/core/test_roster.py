"""Shifts in time, rotation, validation, fairness, swaps and who is on duty."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.calendar import HolidayCalendar, iter_days
from dutyroom.errors import ValidationError
from dutyroom.models import (
    Assignment,
    DayType,
    Leave,
    Person,
    Role,
    Swap,
    SwapKind,
)
from dutyroom.roster import (
    DEFAULT_TEMPLATE,
    Problem,
    apply_swap,
    duty_now_and_next,
    fairness,
    generate,
    invert_swap,
    next_shift,
    on_duty,
    shift_at,
    shift_for_day,
    validate,
)

TZ = ZoneInfo("Asia/Shanghai")
T = DEFAULT_TEMPLATE
CAL = HolidayCalendar()
OCTOBER = list(iter_days(date(2026, 10, 1), date(2026, 10, 31)))
NOVEMBER = list(iter_days(date(2026, 11, 1), date(2026, 11, 30)))
LEADERS = [Person(f"领导{i}", (Role.LEADER,), id=i) for i in range(1, 7)]
OFFICERS = [Person(f"值班员{i}", (Role.OFFICER,), id=i) for i in range(11, 19)]
PEOPLE = LEADERS + OFFICERS


def at(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def people_on(assignments: list[Assignment], day: date, role: Role) -> list[int]:
    return [a.person_id for a in assignments if a.day == day and a.role is role]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def codes(problems: list[Problem]) -> Counter[str]:
    return Counter(p.code for p in problems)


# ---------------------------------------------------------------------------- shifts in time


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        (at(2026, 10, 1, 8, 29), date(2026, 9, 30)),
        (at(2026, 10, 1, 8, 30), date(2026, 10, 1)),
        (at(2026, 10, 1, 23, 59), date(2026, 10, 1)),
        (at(2026, 10, 2, 0, 30), date(2026, 10, 1)),  # across midnight
        (at(2026, 11, 1, 8, 29), date(2026, 10, 31)),  # month end
        (at(2027, 1, 1, 3, 0), date(2026, 12, 31)),  # year end
        (at(2026, 3, 1, 8, 0), date(2026, 2, 28)),
        (datetime(2026, 10, 1, 0, 30, tzinfo=UTC), date(2026, 10, 1)),  # 08:30 in Shanghai
        (datetime(2026, 10, 1, 0, 29, 59, tzinfo=UTC), date(2026, 9, 30)),
    ],
)
def test_shift_at(instant: datetime, day: date) -> None:
    shift = shift_at(T, instant, TZ)
    assert shift.day == day
    assert shift.start == at(day.year, day.month, day.day, 8, 30)
    assert shift.end == shift.start + timedelta(hours=24)
    assert shift.start <= instant < shift.end


def test_shift_for_day_and_next_shift() -> None:
    shift = shift_for_day(T, date(2026, 10, 31), TZ)
    assert (shift.start, shift.end) == (at(2026, 10, 31, 8, 30), at(2026, 11, 1, 8, 30))
    assert next_shift(T, at(2026, 11, 1, 8, 29), TZ).day == date(2026, 11, 1)
    assert next_shift(T, at(2026, 11, 1, 8, 30), TZ).day == date(2026, 11, 2)


@given(
    st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    ),
    st.sampled_from([TZ, ZoneInfo("America/New_York"), ZoneInfo("Europe/London")]),
    st.times(),
)
def test_shift_at_always_contains_the_instant(instant: datetime, tz: ZoneInfo, start: time) -> None:
    template = dataclasses.replace(T, start=start)
    shift = shift_at(template, instant, tz)
    assert shift.start <= instant < shift.end
    assert next_shift(template, instant, tz).start > instant


# ---------------------------------------------------------------------------- generation


def test_generated_october_meets_every_minimum_without_back_to_back() -> None:
    roster = generate(OCTOBER, T, PEOPLE, [], CAL)
    assert validate(OCTOBER, roster, T, PEOPLE, [], CAL) == []
    for day in iter_days(date(2026, 10, 1), date(2026, 10, 7)):  # 双带双值 over 国庆
        assert len(people_on(roster, day, Role.LEADER)) == 2
        assert len(people_on(roster, day, Role.OFFICER)) == 2
    assert len(people_on(roster, date(2026, 10, 10), Role.LEADER)) == 1  # 调休补班日
    assert people_on(roster, date(2026, 10, 10), Role.CHIEF) == []  # 值班长 optional


def test_fairness_within_one_shift_per_role_over_a_month() -> None:
    rows = fairness(generate(OCTOBER, T, PEOPLE, [], CAL), CAL, T)
    for group in (LEADERS, OFFICERS):
        shifts = [rows[p.id or 0].shifts for p in group]
        holidays = [rows[p.id or 0].holiday_shifts for p in group]
        assert max(shifts) - min(shifts) <= 1
        assert max(holidays) - min(holidays) <= 1
    row = rows[1]
    assert row.hours == 24 * row.shifts and row.by_role == {Role.LEADER: row.shifts}
    assert sum(r.holiday_shifts for r in rows.values()) == 7 * 4
    assert sum(r.weekend_shifts for r in rows.values()) == 6 * 2  # 10-10 is a 调休补班日


def test_rotation_continues_across_months() -> None:
    october = generate(OCTOBER, T, PEOPLE, [], CAL)
    last_leader = people_on(october, date(2026, 10, 31), Role.LEADER)[-1]
    november = generate(NOVEMBER, T, PEOPLE, [], CAL, history=october)
    expected = last_leader % 6 + 1
    assert people_on(november, date(2026, 11, 1), Role.LEADER) == [expected]
    rows = fairness(october + november, CAL, T)
    for group in (LEADERS, OFFICERS):
        shifts = [rows[p.id or 0].shifts for p in group]
        assert max(shifts) - min(shifts) <= 1
    assert not codes(validate(NOVEMBER, october + november, T, PEOPLE, [], CAL))["back_to_back"]


@pytest.mark.parametrize(
    ("last_day", "expected"),
    [([6, 1], 2), ([1, 6], 2), ([2, 3], 4), ([5, 6], 1), ([3], 4)],
)
def test_rotation_continues_after_a_double_day_in_any_stored_order(
    last_day: list[int], expected: int
) -> None:
    history = [Assignment(date(2026, 10, 7), Role.LEADER, pid, 0) for pid in last_day]
    roster = generate([date(2026, 10, 8)], T, PEOPLE, [], CAL, history=history)
    assert people_on(roster, date(2026, 10, 8), Role.LEADER) == [expected]


def test_leave_is_respected_and_the_skipped_person_is_next() -> None:
    leave = Leave(1, date(2026, 10, 10), date(2026, 10, 20), "年假")
    roster = generate(OCTOBER, T, PEOPLE, [leave], CAL)
    assert all(a.person_id != 1 for a in roster if leave.start <= a.day <= leave.end)
    assert validate(OCTOBER, roster, T, PEOPLE, [leave], CAL) == []


def test_inactive_people_are_not_rostered() -> None:
    people = [dataclasses.replace(p, active=p.id != 2) for p in PEOPLE]
    roster = generate(OCTOBER, T, people, [], CAL)
    assert 2 not in {a.person_id for a in roster}


def test_shortage_is_reported_clearly() -> None:
    people = LEADERS[:1] + OFFICERS[:2]
    days = list(iter_days(date(2026, 9, 29), date(2026, 10, 3)))
    roster = generate(days, T, people, [], CAL)
    problems = validate(days, roster, T, people, [], CAL)
    messages = [p.message for p in errors(problems)]
    assert "10月1日（法定节假日）带班领导不足：需要2人，已排1人" in messages
    assert not any("值班员不足" in m for m in messages)
    # One leader for every day: back-to-back cannot be avoided and is a warning.
    # The leader from 9-30 on; officers: one of them on 10-01, both on 10-02 and 10-03.
    assert codes(problems)["back_to_back"] == 4 + 1 + 2 + 2


def test_back_to_back_avoided_across_roles() -> None:
    # Person 1 leads on 10-12 and would be first in the officers' queue on 10-13.
    both = Person("两用", (Role.LEADER, Role.OFFICER), id=1)
    people = [both, *LEADERS[1:3], *OFFICERS[:2]]
    days = list(iter_days(date(2026, 10, 12), date(2026, 10, 16)))
    roster = generate(days, T, people, [], CAL)
    assert people_on(roster, date(2026, 10, 12), Role.LEADER) == [1]
    assert validate(days, roster, T, people, [], CAL) == []


def test_manual_days_are_kept() -> None:
    manual = [
        Assignment(date(2026, 10, 20), Role.LEADER, 1, 0, manual=True),
        Assignment(date(2026, 10, 20), Role.OFFICER, 18, 0, manual=True),
    ]
    roster = generate(OCTOBER, T, PEOPLE, [], CAL, keep=manual)
    assert [a for a in roster if a.day == date(2026, 10, 20)] == manual
    assert len(roster) == 31 * 2 + 7 * 2
    # The manual day counts as a turn: the rotation stays fair around it.
    rows = fairness(roster, CAL, T)
    for group in (LEADERS, OFFICERS):
        shifts = [rows[p.id or 0].shifts for p in group]
        assert max(shifts) - min(shifts) <= 1
    assert validate(OCTOBER, roster, T, PEOPLE, [], CAL) == []


def test_missing_holiday_data_is_a_warning_per_year() -> None:
    days = list(iter_days(date(2026, 12, 25), date(2027, 1, 10)))
    roster = generate(days, T, PEOPLE, [], CAL)
    problems = validate(days, roster, T, PEOPLE, [], CAL)
    assert [(p.day, p.severity, p.code) for p in problems] == [
        (date(2027, 1, 1), "warning", "holiday_data_missing")
    ]
    assert problems[0].message.startswith("2027年法定节假日数据缺失")
    # Without data, 2027-01-01 is staffed like a plain weekday.
    assert len(people_on(roster, date(2027, 1, 1), Role.LEADER)) == 1


# ---------------------------------------------------------------------------- validation


def test_validate_finds_every_kind_of_problem() -> None:
    people = [*PEOPLE, Person("退休", (Role.OFFICER,), active=False, id=99)]
    day, nxt = date(2026, 10, 12), date(2026, 10, 13)
    roster = [
        Assignment(day, Role.LEADER, 1, 0),
        Assignment(day, Role.OFFICER, 11, 0),
        Assignment(day, Role.OFFICER, 11, 0),
        Assignment(nxt, Role.LEADER, 1, 0),
        Assignment(nxt, Role.OFFICER, 99, 0),
        Assignment(nxt, Role.OFFICER, 77, 0),
    ]
    leave = Leave(11, day, day, "病假")
    problems = validate([day, nxt], roster, T, people, [leave], CAL)
    assert codes(problems) == Counter(
        {"on_leave": 2, "duplicate": 1, "back_to_back": 1, "inactive": 1, "unknown_person": 1}
    )
    assert "10月12日值班员：值班员11正在请假（病假）" in [p.message for p in problems]
    assert [p.severity for p in problems if p.code == "back_to_back"] == ["warning"]


# ---------------------------------------------------------------------------- swaps


def _swap(kind: SwapKind, frm: int, to: int, other: date | None = None) -> Swap:
    return Swap(kind, date(2026, 10, 12), Role.LEADER, frm, to, "本人", "局长", "家中有事", other)


def test_cover_and_its_undo() -> None:
    roster = [Assignment(date(2026, 10, 12), Role.LEADER, 1, 0)]
    swap = _swap(SwapKind.COVER, 1, 2)
    covered = apply_swap(roster, swap)
    assert covered == [Assignment(date(2026, 10, 12), Role.LEADER, 2, 0, manual=True)]
    assert [a.person_id for a in apply_swap(covered, invert_swap(swap))] == [1]


def test_exchange_and_its_undo() -> None:
    roster = [
        Assignment(date(2026, 10, 12), Role.LEADER, 1, 0),
        Assignment(date(2026, 10, 14), Role.LEADER, 2, 0),
    ]
    swap = _swap(SwapKind.EXCHANGE, 1, 2, date(2026, 10, 14))
    swapped = apply_swap(roster, swap)
    assert [(a.day.day, a.person_id, a.manual) for a in swapped] == [(12, 2, True), (14, 1, True)]
    assert [a.person_id for a in apply_swap(swapped, invert_swap(swap))] == [1, 2]


@pytest.mark.parametrize(
    ("swap", "field"),
    [
        (_swap(SwapKind.COVER, 3, 2), "from_person_id"),
        (_swap(SwapKind.COVER, 1, 5), "to_person_id"),  # already on that day
        (_swap(SwapKind.EXCHANGE, 1, 2), "other_day"),
        (_swap(SwapKind.EXCHANGE, 1, 4, date(2026, 10, 14)), "from_person_id"),
    ],
)
def test_swap_errors(swap: Swap, field: str) -> None:
    roster = [
        Assignment(date(2026, 10, 12), Role.LEADER, 1, 0),
        Assignment(date(2026, 10, 12), Role.OFFICER, 5, 0),
        Assignment(date(2026, 10, 14), Role.LEADER, 2, 0),
    ]
    with pytest.raises(ValidationError) as err:
        apply_swap(roster, swap)
    assert err.value.field == field and err.value.message


# ---------------------------------------------------------------------------- who is on duty


def test_on_duty_at_handover_edge_into_a_holiday() -> None:
    roster = generate(list(iter_days(date(2026, 9, 30), date(2026, 10, 1))), T, PEOPLE, [], CAL)
    before = on_duty(at(2026, 10, 1, 8, 29), T, roster, PEOPLE, CAL, TZ)
    after = on_duty(at(2026, 10, 1, 8, 30), T, roster, PEOPLE, CAL, TZ)
    assert (before.shift.day, before.day_type, len(before.leaders)) == (
        date(2026, 9, 30),
        DayType.WORKDAY,
        1,
    )
    assert (after.shift.day, after.day_type, len(after.leaders), len(after.officers)) == (
        date(2026, 10, 1),
        DayType.HOLIDAY,
        2,
        2,
    )
    assert before.problems == after.problems == ()
    assert [p.id for p in after.leaders] == people_on(roster, date(2026, 10, 1), Role.LEADER)


def test_on_duty_reports_gaps_across_month_end() -> None:
    roster = [Assignment(date(2026, 10, 31), Role.OFFICER, 11, 0)]
    status = on_duty(at(2026, 11, 1, 2, 0), T, roster, PEOPLE, CAL, TZ)
    assert status.shift.day == date(2026, 10, 31)
    assert [p.name for p in status.officers] == ["值班员11"]
    assert status.problems == ("未排带班领导",)
    now, nxt = duty_now_and_next(at(2026, 11, 1, 2, 0), T, roster, PEOPLE, CAL, TZ)
    assert now == status
    assert (nxt.shift.day, nxt.at) == (date(2026, 11, 1), at(2026, 11, 1, 8, 30))
    assert nxt.problems == ("未排带班领导", "未排值班员")


def test_on_duty_short_on_holiday() -> None:
    roster = [
        Assignment(date(2026, 10, 2), Role.LEADER, 1, 0),
        Assignment(date(2026, 10, 2), Role.OFFICER, 11, 0),
        Assignment(date(2026, 10, 2), Role.OFFICER, 12, 0),
    ]
    status = on_duty(at(2026, 10, 2, 20, 0), T, roster, PEOPLE, CAL, TZ)
    assert status.problems == ("带班领导不足：需要2人，已排1人",)


def test_templates_filter_assignments_by_id() -> None:
    template = dataclasses.replace(T, id=7)
    roster = [Assignment(date(2026, 10, 12), Role.LEADER, 1, 8)]
    status = on_duty(at(2026, 10, 12, 12, 0), template, roster, PEOPLE, CAL, TZ)
    assert status.leaders == ()
    assert generate([date(2026, 10, 12)], template, PEOPLE, [], CAL)[0].template_id == 7
