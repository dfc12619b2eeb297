"""The roster services over a real (in-memory) store: manual edits, swaps, publishing, sign-in."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from dutyroom.attendance import AttendanceState
from dutyroom.clock import FakeClock
from dutyroom.errors import ConflictError, ValidationError
from dutyroom.models import Role, Swap, SwapKind
from dutyroom.roster_service import PublishNeedsConfirmationError, month_range, parse_month
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import LEADERS, OFFICERS, dump, ids, local, make_room
from tests.storage_access import store_of

DEC1, DEC2, DEC31 = date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 31)


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    room.roster.generate(DEC1, DEC31)
    yield room
    room.close()


def on(room: DutyRoom, day: date, role: Role) -> list[int]:
    return [a.person_id for a in room.roster.assignments(day, day) if a.role is role]


def audit_count(room: DutyRoom) -> int:
    return len(dump(room)["audit"])


# ---------------------------------------------------------------------------- manual edits


def test_set_day_is_manual_audited_and_kept_by_generate(room: DutyRoom) -> None:
    people = ids(room)
    pick = [people[LEADERS[5]]]
    before = audit_count(room)
    problems = room.roster.set_day(DEC2, Role.LEADER, pick)
    assert problems == []
    assert audit_count(room) > before  # the triggers saw the change
    assert on(room, DEC2, Role.LEADER) == pick
    assert all(a.manual for a in room.roster.assignments(DEC2, DEC2) if a.role is Role.LEADER)
    room.roster.generate(DEC1, DEC31)
    assert on(room, DEC2, Role.LEADER) == pick
    room.roster.generate(DEC1, DEC31, overwrite_manual=True)
    assert not any(a.manual for a in room.roster.assignments(DEC1, DEC31))


def test_set_day_refuses_bad_picks_and_writes_nothing(room: DutyRoom) -> None:
    people = ids(room)
    before = dump(room)
    with pytest.raises(ValidationError, match="不是带班领导"):
        room.roster.set_day(DEC2, Role.LEADER, [people[OFFICERS[0]]])
    with pytest.raises(ValidationError, match="重复"):
        room.roster.set_day(DEC2, Role.OFFICER, [people[OFFICERS[0]]] * 2)
    room.people.deactivate(people[LEADERS[4]])
    with pytest.raises(ValidationError, match="已停用"):
        room.roster.set_day(DEC2, Role.LEADER, [people[LEADERS[4]]])
    after = dump(room)
    assert after["assignment"] == before["assignment"]


def test_clearing_a_role_leaves_the_day_short(room: DutyRoom) -> None:
    problems = room.roster.set_day(DEC2, Role.OFFICER, [])
    assert [p.code for p in problems] == ["short_staffed"]
    assert on(room, DEC2, Role.LEADER)  # other roles untouched


def test_fairness_over_a_range(room: DutyRoom) -> None:
    rows = room.roster.fairness(DEC1, DEC31)
    leader_ids = set(ids(room)[n] for n in LEADERS)
    counts = [rows[pid].shifts for pid in leader_ids]
    assert max(counts) - min(counts) <= 1
    assert all(rows[pid].hours == rows[pid].shifts * 24 for pid in rows)


# ---------------------------------------------------------------------------- swaps


def _cover(room: DutyRoom, **changes: object) -> Swap:
    giver = on(room, DEC2, Role.OFFICER)[0]
    taker = next(ids(room)[n] for n in OFFICERS if ids(room)[n] not in on(room, DEC2, Role.OFFICER))
    base = Swap(SwapKind.COVER, DEC2, Role.OFFICER, giver, taker, "赵晓明", "王建国", "家中有事")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_cover_and_undo_round_trip(room: DutyRoom) -> None:
    before = room.roster.assignments(DEC1, DEC31)
    swap = room.roster.swap(_cover(room))
    assert swap.id is not None and swap.created_at is not None
    assert on(room, DEC2, Role.OFFICER) == [swap.to_person_id]
    assert room.roster.swaps(DEC1, DEC31) == [swap]
    room.roster.undo_swap(swap)
    after = room.roster.assignments(DEC1, DEC31)
    assert [(a.day, a.role, a.person_id) for a in after] == [
        (a.day, a.role, a.person_id) for a in before
    ]
    assert room.roster.swaps(DEC1, DEC31)[0].undone
    with pytest.raises(ConflictError, match="已撤销"):
        room.roster.undo_swap(swap)


def test_exchange_and_undo_round_trip(room: DutyRoom) -> None:
    a = on(room, DEC1, Role.LEADER)[0]
    day_b = next(
        d
        for d in (DEC1 + timedelta(days=i) for i in range(2, 9))
        if a not in on(room, d, Role.LEADER)
    )
    b = on(room, day_b, Role.LEADER)[0]
    swap = Swap(
        SwapKind.EXCHANGE, DEC1, Role.LEADER, a, b, "李振华", "王建国", "出差", other_day=day_b
    )
    stored = room.roster.swap(swap)
    assert on(room, DEC1, Role.LEADER) == [b] and on(room, day_b, Role.LEADER) == [a]
    room.roster.undo_swap(stored)
    assert on(room, DEC1, Role.LEADER) == [a] and on(room, day_b, Role.LEADER) == [b]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"requested_by": " "}, "请填写申请人"),
        ({"approved_by": ""}, "请填写批准人"),
        ({"reason": ""}, "请填写换班理由"),
        ({"kind": SwapKind.EXCHANGE}, "串班需要填写对调的日期"),
    ],
)
def test_swap_needs_who_and_why(room: DutyRoom, changes: dict[str, object], message: str) -> None:
    before = dump(room)
    with pytest.raises(ValidationError, match=message):
        room.roster.swap(_cover(room, **changes))
    assert dump(room) == before


def test_a_failed_swap_writes_nothing(room: DutyRoom) -> None:
    before = dump(room)
    leader = ids(room)[LEADERS[0]]
    with pytest.raises(ValidationError, match="不是值班员"):
        room.roster.swap(_cover(room, to_person_id=leader))
    swap = _cover(room)
    swap = dataclasses.replace(swap, day=DEC2 + timedelta(days=400))  # nobody on that day
    with pytest.raises(ValidationError, match="没有该人员"):
        room.roster.swap(swap)
    assert dump(room) == before


# ---------------------------------------------------------------------------- publishing


def test_publish_with_problems_needs_confirmation(room: DutyRoom) -> None:
    assert not room.roster.month_state(2026, 12).published
    room.roster.set_day(DEC2, Role.OFFICER, [])
    with pytest.raises(PublishNeedsConfirmationError) as caught:
        room.roster.publish(2026, 12)
    assert [p.code for p in caught.value.problems] == ["short_staffed"]
    assert not room.roster.month_state(2026, 12).published
    state = room.roster.publish(2026, 12, confirm_problems=True)
    assert state.published and state.published_at is not None
    assert store_of(room).settings.get("roster_published:2026-12")
    assert not room.roster.unpublish(2026, 12).published


def test_a_clean_month_publishes_at_once(room: DutyRoom) -> None:
    assert room.roster.publish(2026, 12).published


def test_month_helpers() -> None:
    assert parse_month("2026-12") == (2026, 12) == parse_month("2026年12月")
    assert month_range(2026, 2) == (date(2026, 2, 1), date(2026, 2, 28))
    with pytest.raises(ValidationError, match="无法识别的月份"):
        parse_month("2026-13")


# ---------------------------------------------------------------------------- sign-in


def _clock(room: DutyRoom) -> FakeClock:
    assert isinstance(room.clock, FakeClock)
    return room.clock


def test_sign_in_lateness_and_missing(room: DutyRoom) -> None:
    clock = _clock(room)
    leader, officer = on(room, DEC2, Role.LEADER)[0], on(room, DEC2, Role.OFFICER)[0]
    clock.set(local(2026, 12, 2, 8, 40))
    states = {r.person.id: r.state for r in room.roster.attendance().rows}
    assert states == {leader: AttendanceState.PENDING, officer: AttendanceState.PENDING}
    room.roster.sign_in(leader)
    clock.set(local(2026, 12, 2, 9, 1))  # 31 minutes after 08:30: the default 30 are over
    states = {r.person.id: r.state for r in room.roster.attendance().rows}
    assert states == {leader: AttendanceState.SIGNED_IN, officer: AttendanceState.MISSING}
    room.roster.sign_in(officer)
    attendance = room.roster.attendance()
    assert attendance.with_state(AttendanceState.LATE)[0].person.id == officer
    assert attendance.deadline == local(2026, 12, 2, 9, 0)


def test_late_minutes_is_a_bureau_setting(room: DutyRoom) -> None:
    room.roster.attendance_service.set_late_minutes(10)
    _clock(room).set(local(2026, 12, 2, 8, 41))
    assert {r.state for r in room.roster.attendance().rows} == {AttendanceState.MISSING}
    with pytest.raises(ValidationError):
        room.roster.attendance_service.set_late_minutes(-1)


def test_early_sign_in_counts_for_the_incoming_shift_and_sign_out(room: DutyRoom) -> None:
    clock = _clock(room)
    incoming = next(
        p for p in on(room, DEC2, Role.OFFICER) if p not in on(room, DEC1, Role.OFFICER)
    )
    clock.set(local(2026, 12, 2, 8, 10))  # before handover at 08:30
    record = room.roster.sign_in(incoming)
    assert record.shift_start == local(2026, 12, 2, 8, 30)
    assert (
        room.roster.sign_in(incoming, local(2026, 12, 2, 8, 20)).signed_in_at == record.signed_in_at
    )
    assert [s.person_id for s in room.roster.sign_ins_for_shift(local(2026, 12, 2, 8, 30))] == [
        incoming
    ]
    out = room.roster.sign_out(incoming, local(2026, 12, 3, 8, 45))  # after the next handover
    assert out.signed_out_at == local(2026, 12, 3, 8, 45)
    with pytest.raises(ValidationError, match="无法签退"):
        room.roster.sign_out(incoming, local(2026, 12, 3, 9, 0))
