"""Spot checks: the answer timer on a fake clock, validation, the log entry, failures, next unit."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.errors import ValidationError
from dutyroom.models import Contact, ContactKind, LogKind, SpotCheck
from dutyroom.services import DutyRoom
from dutyroom.spot_checks import AnswerTimer, approx_rings
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def room(clock: FakeClock) -> Iterator[DutyRoom]:
    store = SqliteStore(open_database(None))
    room = DutyRoom(store, clock)
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    for name, kind, unit in (
        ("城关镇值班室", ContactKind.TOWNSHIP, "城关镇"),
        ("青山乡值班室", ContactKind.TOWNSHIP, "青山乡"),
        ("县气象局", ContactKind.MEMBER, "气象局"),
        ("市应急局总值班室", ContactKind.SUPERIOR, "市应急局"),
    ):
        room.directory.add_contact(Contact(name, kind, unit, phone="0731-86661001"))
    yield room
    store.close()


def made(unit: str, at: datetime, result: str = "正常", **changes: object) -> SpotCheck:
    check = SpotCheck(
        at=at,
        direction="made",
        method="电话",
        checker_unit="县应急局",
        checker_person="赵晓明",
        checked_unit=unit,
        answered_by="" if result == "未接" else "李四",
        leader_present=result == "正常",
        officer_present=result == "正常",
        answer_seconds=None if result == "未接" else 12,
        result=result,
    )
    return dataclasses.replace(check, **changes)  # type: ignore[arg-type]


def test_answer_timer_counts_seconds_on_the_fake_clock(clock: FakeClock) -> None:
    timer = AnswerTimer(clock)
    assert not timer.running and timer.elapsed() == 0
    assert timer.start() == T0
    clock.advance(seconds=7.9)
    assert timer.running and timer.elapsed() == 7
    clock.advance(seconds=4.2)
    assert timer.stop() == 12
    assert timer.seconds == 12 and not timer.running
    clock.advance(seconds=30)
    assert timer.elapsed() == 0  # stopped: nothing more is counted


def test_stopping_a_timer_that_never_started_is_refused(clock: FakeClock) -> None:
    with pytest.raises(ValidationError, match="计时尚未开始"):
        AnswerTimer(clock).stop()


def test_rings() -> None:
    assert [approx_rings(s) for s in (0, 5, 6, 15, 16)] == [1, 1, 2, 3, 4]


def test_recording_a_check_writes_its_log_entry(room: DutyRoom) -> None:
    heard: list[str] = []
    room.events.subscribe(heard.append)
    saved = room.spot_checks.record(made("城关镇", T0), taken_by="赵晓明")
    assert saved.id is not None
    entries = store_of(room).log.for_ref("spot_check", saved.id)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.kind is LogKind.SPOT_CHECK and entry.at == T0 and entry.taken_by == "赵晓明"
    assert "查岗城关镇" in entry.content and "结果：正常" in entry.content
    assert "12秒接听" in entry.content
    assert heard == ["spot_checks", "log"]


def test_received_check_log_names_the_checking_unit(room: DutyRoom) -> None:
    check = made("县应急局", T0, direction="received", checker_unit="市应急局")
    saved = room.spot_checks.record(check)
    assert saved.id is not None
    entry = store_of(room).log.for_ref("spot_check", saved.id)[0]
    assert entry.unit == "市应急局" and entry.content.startswith("市应急局赵晓明电话查岗本单位")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"method": "邮件"}, "method", "查岗方式"),
        ({"result": "还行"}, "result", "查岗结果"),
        ({"direction": "sideways"}, "direction", "查岗方向"),
        ({"checked_unit": "  "}, "checked_unit", "被查单位"),
        ({"checker_unit": ""}, "checker_unit", "查岗单位"),
        ({"answer_seconds": -1}, "answer_seconds", "接听用时"),
        ({"officer_present": False}, "result", "不能为“正常”"),
        ({"answered_by": ""}, "answered_by", "接听人"),
        ({"answer_seconds": 90000}, "answer_seconds", "24小时"),
    ],
)
def test_validation_messages(
    room: DutyRoom, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        room.spot_checks.record(made("城关镇", T0, **changes))
    assert caught.value.field == field
    assert store_of(room).log.between(T0 - timedelta(days=1), T0 + timedelta(days=1)) == []


def test_a_naive_time_is_refused(room: DutyRoom) -> None:
    with pytest.raises(ValidationError, match="时区"):
        room.spot_checks.record(made("城关镇", datetime(2026, 11, 23, 9)))


def test_unanswered_check_takes_no_answer_time(room: DutyRoom) -> None:
    with pytest.raises(ValidationError, match="未接"):
        room.spot_checks.record(made("城关镇", T0, "未接", answer_seconds=30))


def test_failures_are_listed_for_the_notice(room: DutyRoom) -> None:
    room.spot_checks.record(made("城关镇", T0))
    room.spot_checks.record(made("青山乡", T0 + timedelta(hours=1), "未接"))
    room.spot_checks.record(made("气象局", T0 + timedelta(hours=2), "脱岗", leader_present=True))
    room.spot_checks.record(made("城关镇", T0 + timedelta(hours=3), "设备故障"))
    failures = room.spot_checks.failures(T0, T0 + timedelta(days=1))
    assert [(c.checked_unit, c.result) for c in failures] == [
        ("青山乡", "未接"),
        ("气象局", "脱岗"),
    ]


def test_correction_keeps_the_first_log_line(room: DutyRoom) -> None:
    saved = room.spot_checks.record(made("城关镇", T0))
    room.spot_checks.correct(dataclasses.replace(saved, follow_up="已电话提醒"))
    assert saved.id is not None
    contents = [e.content for e in store_of(room).log.for_ref("spot_check", saved.id)]
    assert len(contents) == 2 and contents[1].startswith("更正：") and "已电话提醒" in contents[1]
    assert room.spot_checks.get(saved.id).follow_up == "已电话提醒"


def test_next_to_check_spreads_checks_over_units(room: DutyRoom, clock: FakeClock) -> None:
    units = room.spot_checks.units_to_check()
    # Superior duty rooms are not checked by the bureau; directory order breaks ties.
    assert [u.unit for u in units] == ["城关镇", "青山乡", "气象局"]
    visited = []
    for _ in range(6):
        suggestion = room.spot_checks.next_to_check()
        assert suggestion is not None
        visited.append(suggestion.unit)
        room.spot_checks.record(made(suggestion.unit, clock.now()))
        clock.advance(hours=1)
    assert visited == ["城关镇", "青山乡", "气象局", "城关镇", "青山乡", "气象局"]
    counts = {u.unit: u.checks for u in room.spot_checks.units_to_check()}
    assert counts == {"城关镇": 2, "青山乡": 2, "气象局": 2}


def test_a_never_checked_unit_comes_first(room: DutyRoom, clock: FakeClock) -> None:
    room.spot_checks.record(made("城关镇", T0 - timedelta(days=30)))
    room.spot_checks.record(made("气象局", T0 - timedelta(days=40)))
    units = room.spot_checks.units_to_check()
    assert [u.unit for u in units] == ["青山乡", "气象局", "城关镇"]
    assert units[0].last_checked_at is None
