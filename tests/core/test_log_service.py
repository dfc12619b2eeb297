"""The duty log service: entries to the minute, quick entry, audited corrections, filters, and
the entries other services write (sign-ins, alarm acknowledgements)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from dutyroom.alerts import MomentKind
from dutyroom.clock import FakeClock
from dutyroom.errors import NotFoundError, ValidationError
from dutyroom.log_service import CORRECTION_REF, is_correction
from dutyroom.models import LogKind
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import local, make_room
from tests.storage_access import store_of


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 24))
    yield room
    room.close()


def clock(room: DutyRoom) -> FakeClock:
    assert isinstance(room.clock, FakeClock)
    return room.clock


def test_add_keeps_the_minute_and_requires_content(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 14) + timedelta(seconds=42))
    entry = room.log.add(
        LogKind.CALL_IN,
        " 县气象局来电：暴雨蓝色预警 ",
        unit="县气象局",
        person="王工",
        number="0731-1234567",
        taken_by="赵晓明",
    )
    assert entry.id is not None
    assert entry.at == local(2026, 11, 23, 9, 14)
    assert entry.content == "县气象局来电：暴雨蓝色预警"
    assert (entry.unit, entry.person, entry.number, entry.taken_by) == (
        "县气象局",
        "王工",
        "0731-1234567",
        "赵晓明",
    )
    with pytest.raises(ValidationError) as err:
        room.log.add(LogKind.OTHER, "   ")
    assert err.value.field == "content" and "内容" in err.value.message


def test_quick_add_reads_a_leading_time_on_the_current_shift(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 30))
    plain = room.log.quick_add("传真机卡纸，已处理", LogKind.EQUIPMENT)
    assert plain.at == local(2026, 11, 23, 9, 30) and plain.kind is LogKind.EQUIPMENT
    timed = room.log.quick_add("08:05 市局通知：明日视频会商", LogKind.DOCUMENT)
    assert timed.at == local(2026, 11, 23, 8, 5) and timed.content == "市局通知：明日视频会商"
    later = room.log.quick_add("23:50 夜间巡查正常")  # a time after now is yesterday's
    assert later.at == local(2026, 11, 22, 23, 50) and later.kind is LogKind.OTHER


def test_correction_is_a_new_entry_and_the_old_text_stays(room: DutyRoom) -> None:
    old = room.log.add(LogKind.CALL_IN, "城关镇来电，报告火情", at=local(2026, 11, 23, 8, 40))
    assert old.id is not None
    with pytest.raises(ValidationError):
        room.log.correct(old.id, "青山乡来电，报告火情", "  ")
    with pytest.raises(NotFoundError):
        room.log.correct(99999, "x", "记错")
    fixed = room.log.correct(old.id, "青山乡来电，报告火情", "乡镇名称记错", by="赵晓明")
    assert is_correction(fixed) and (fixed.ref_table, fixed.ref_id) == (CORRECTION_REF, old.id)
    assert fixed.at == old.at and fixed.kind is old.kind and fixed.taken_by == "赵晓明"
    assert "青山乡来电" in fixed.content and "乡镇名称记错" in fixed.content
    assert room.log.get(old.id) == old
    assert room.log.corrections_of(old.id) == [fixed]
    shown = room.log.entries(local(2026, 11, 23, 8), local(2026, 11, 23, 9))
    assert [e.id for e in shown] == [old.id, fixed.id]
    audit = store_of(room).audit.for_rows("log_entry", [old.id, fixed.id or 0])
    assert [(r.row_id, r.action) for r in audit] == [(old.id, "INSERT"), (fixed.id, "INSERT")]


def test_filters_by_kind_text_shift_and_day(room: DutyRoom) -> None:
    room.log.add(LogKind.CALL_IN, "夜间来电", at=local(2026, 11, 23, 7, 0))
    room.log.add(LogKind.INSTRUCTION, "王局长批示：加强巡查", at=local(2026, 11, 23, 10, 0))
    room.log.add(LogKind.CALL_OUT, "通知河口镇", at=local(2026, 11, 23, 23, 0), unit="河口镇")
    room.log.add(LogKind.OTHER, "次日凌晨巡查", at=local(2026, 11, 24, 6, 0))
    start, end = local(2026, 11, 23), local(2026, 11, 25)
    assert [e.content for e in room.log.entries(start, end, kinds=[LogKind.INSTRUCTION])] == [
        "王局长批示：加强巡查"
    ]
    assert [e.content for e in room.log.entries(start, end, text="河口")] == ["通知河口镇"]
    shift = room.log.shift_of_day(date(2026, 11, 23))  # 08:30 → 08:30 next day
    assert [e.content for e in room.log.for_shift(shift)] == [
        "王局长批示：加强巡查",
        "通知河口镇",
        "次日凌晨巡查",
    ]
    assert [e.content for e in room.log.for_day(date(2026, 11, 23))] == [
        "夜间来电",
        "王局长批示：加强巡查",
        "通知河口镇",
    ]


def test_sign_in_and_out_appear_in_the_log(room: DutyRoom) -> None:
    on_duty = room.roster.now_and_next(local(2026, 11, 23, 9))[0]
    person = on_duty.officers[0]
    assert person.id is not None
    clock(room).set(local(2026, 11, 23, 8, 20))
    record = room.roster.sign_in(person.id)
    clock(room).set(local(2026, 11, 24, 8, 45))
    room.roster.sign_out(person.id)
    entries = room.log.entries(local(2026, 11, 23), local(2026, 11, 25), kinds=[LogKind.SIGN])
    assert [(e.content, e.ref_table, e.ref_id) for e in entries] == [
        (f"{person.name}签到", "sign_in", record.id),
        (f"{person.name}签退", "sign_in", record.id),
    ]


def test_acknowledging_an_alarm_is_logged(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 14))
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3}, received_by="赵晓明")
    assert incident.id is not None
    phone = next(o for o in room.incidents.obligations_of(incident.id) if o.kind.value == "phone")
    moment = next(
        m
        for m in room.alarms.moments_between(
            phone.due_at - timedelta(hours=1), phone.due_at + timedelta(hours=1)
        )
        if m.obligation_id == phone.id and m.kind is MomentKind.WARNING
    )
    clock(room).set(moment.at)
    assert room.alarms.claim(moment)
    assert phone.id is not None
    assert room.alarms.acknowledge(phone.id, "赵晓明") == 1
    alarms = room.log.entries(local(2026, 11, 23), local(2026, 11, 24), kinds=[LogKind.ALARM])
    assert len(alarms) == 1 and alarms[0].content.startswith("确认提醒：化工厂爆炸")
    assert (alarms[0].ref_table, alarms[0].ref_id, alarms[0].taken_by) == (
        "incident",
        incident.id,
        "赵晓明",
    )
