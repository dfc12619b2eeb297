"""Shift handover: the draft from the record, submit, accept (locks), annotate (version 2), and
what runs after acceptance (the daily workbook export and a backup)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dutyroom import handover as sheets
from dutyroom.app.compose import open_room
from dutyroom.backups import BackupChoices
from dutyroom.clock import FakeClock
from dutyroom.errors import ConflictError, ValidationError
from dutyroom.handover import EquipmentItem, HandoverSheet
from dutyroom.models import Handover, LogKind
from dutyroom.roster import Shift
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import add_staff, local, make_room
from tests.storage_access import store_of

DAY = date(2026, 11, 23)


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 25))
    yield room
    room.close()


def set_now(room: DutyRoom, *args: int) -> None:
    assert isinstance(room.clock, FakeClock)
    room.clock.set(local(*args))


def shift(room: DutyRoom) -> Shift:
    return room.log.shift_of_day(DAY)


def busy_shift(room: DutyRoom) -> HandoverSheet:
    set_now(room, 2026, 11, 23, 14)
    room.incidents.receive(
        {"title": "化工厂爆炸", "deaths": 3, "place": "河口镇"}, received_by="赵晓明"
    )
    set_now(room, 2026, 11, 23, 16)
    room.log.add(LogKind.INSTRUCTION, "王局长批示：全力搜救，及时续报")
    set_now(room, 2026, 11, 24, 8, 10)
    return room.handover.draft(shift(room))


def test_draft_fills_people_incidents_every_clock_and_instructions(room: DutyRoom) -> None:
    sheet = busy_shift(room)
    this, following = room.roster.now_and_next(shift(room).start)
    assert sheet.outgoing_leaders == tuple(p.name for p in this.leaders)
    assert sheet.incoming_leaders == tuple(p.name for p in following.leaders)
    assert sheet.incoming_officers == tuple(p.name for p in following.officers)
    assert sheet.outgoing and sheet.incoming and set(sheet.outgoing).isdisjoint(sheet.incoming)
    assert [(i.title, i.grade, i.status) for i in sheet.incidents] == [
        ("化工厂爆炸", "较大", "处置中")
    ]
    timers = room.incidents.open_timers(room.clock.now())
    assert len(sheet.clocks) == len(timers) >= 3
    overdue = [c for c in sheet.clocks if c.state == "已超时"]
    assert overdue and all(c.minutes_late and c.minutes_left is None for c in overdue)
    assert sheet.next_followup is not None and sheet.next_followup.kind == "续报"
    assert sheet.instructions == ("16:00 王局长批示：全力搜救，及时续报",)
    assert [e.name for e in sheet.equipment] == list(sheets.DEFAULT_EQUIPMENT)
    assert sheets.from_json(sheets.to_json(sheet)) == sheet


def test_submit_accept_lock_and_annotate(room: DutyRoom) -> None:
    ran: list[Handover] = []
    room.handover.after_accept = ran.append
    sheet = busy_shift(room)
    assert room.handover.state(shift(room)) == "未开始"
    faulty = replace(sheet, equipment=(EquipmentItem("传真", "异常", ""),))
    with pytest.raises(ValidationError, match="传真异常"):
        room.handover.submit(faulty, by="交班人")
    stored = room.handover.submit(replace(sheet, notices="明日9时视频会商"), by=sheet.outgoing[0])
    assert stored.id is not None and stored.version == 1 and stored.accepted_at is None
    assert room.handover.state(shift(room)) == "待接班"
    leader, officer = sheet.incoming_leaders[0], sheet.incoming_officers[0]
    with pytest.raises(ValidationError) as err:
        room.handover.accept(stored.id, "", officer)
    assert err.value.field == "leader_name"
    with pytest.raises(ValidationError, match="不是接班值班员"):
        room.handover.accept(stored.id, leader, sheet.outgoing_officers[0])
    with pytest.raises(ValidationError, match="不是接班带班领导"):
        room.handover.accept(stored.id, "路人甲", officer)
    assert room.handover.state(shift(room)) == "待接班" and not ran
    set_now(room, 2026, 11, 24, 8, 32)
    accepted = room.handover.accept(stored.id, leader, officer)
    assert accepted.accepted_at == local(2026, 11, 24, 8, 32)
    assert accepted.accepted_by == f"{leader}、{officer}"
    assert room.handover.state(shift(room)) == "已交接" and ran == [accepted]
    with pytest.raises(ConflictError):
        room.handover.submit(sheet, by=sheet.outgoing[0])
    with pytest.raises(ConflictError):
        room.handover.accept(stored.id, leader, officer)
    assert room.handover.get(stored.id) == accepted
    second = room.handover.annotate(stored.id, "补充：卫星电话电池待更换", by=officer)
    assert second.version == 2 and second.id != stored.id
    versions = room.handover.versions(shift(room))
    assert [v.version for v in versions] == [1, 2]
    assert room.handover.sheet_of(versions[0]).annotations == ()
    note = room.handover.sheet_of(second).annotations
    assert [(a.by, a.text) for a in note] == [(officer, "补充：卫星电话电池待更换")]
    assert room.handover.sheet_of(second).notices == "明日9时视频会商"
    logged = room.log.entries(local(2026, 11, 24, 8), local(2026, 11, 24, 9))
    assert any("交接班完成" in e.content and e.ref_table == "handover" for e in logged)


def test_annotate_needs_an_accepted_sheet_text_and_author(room: DutyRoom) -> None:
    sheet = busy_shift(room)
    stored = room.handover.submit(sheet, by="交班人")
    assert stored.id is not None
    with pytest.raises(ConflictError):
        room.handover.annotate(stored.id, "更正", by="某人")
    again = room.handover.submit(replace(sheet, remarks="已改"), by="交班人")
    assert again.id == stored.id and again.version == 1  # replaced before acceptance
    room.handover.accept(stored.id, sheet.incoming_leaders[0], sheet.incoming_officers[0])
    with pytest.raises(ValidationError):
        room.handover.annotate(stored.id, "  ", by="某人")
    with pytest.raises(ValidationError):
        room.handover.annotate(stored.id, "更正", by="")


def test_reminder_is_fifteen_minutes_before_the_end_by_default(room: DutyRoom) -> None:
    assert room.handover.reminder_at(shift(room)) == local(2026, 11, 24, 8, 15)
    store_of(room).settings.set("handover_reminder_minutes", "30")
    assert room.handover.reminder_at(shift(room)) == local(2026, 11, 24, 8, 0)


def test_bureau_equipment_list_is_data(room: DutyRoom) -> None:
    room.handover.set_equipment_names(["值班电话", "北斗终端"])
    assert [e.name for e in room.handover.draft(shift(room)).equipment] == ["值班电话", "北斗终端"]
    with pytest.raises(ValidationError):
        room.handover.set_equipment_names(["  "])


def test_accept_exports_the_workbook_and_backs_up(tmp_path: Path) -> None:
    room = open_room(tmp_path, FakeClock(local(2026, 11, 23, 9)))
    try:
        room.bureau.set_name("示范县应急管理局")
        add_staff(room)
        room.roster.generate(date(2026, 11, 22), date(2026, 11, 25))
        room.backups.save_choices(BackupChoices((12, 0), 2, ""))
        room.log.add(LogKind.CALL_IN, "县气象局来电：暴雨蓝色预警")
        sheet = room.handover.draft(shift(room))
        stored = room.handover.submit(sheet, by=sheet.outgoing[0])
        assert stored.id is not None
        room.handover.accept(stored.id, sheet.incoming_leaders[0], sheet.incoming_officers[0])
        export = tmp_path / "exports" / "值班日志-2026-11-23.xlsx"
        assert export.is_file()
        ws = load_workbook(export)["2026-11-23"]
        texts = [c.value for row in ws.iter_rows() for c in row if c.value]
        assert "县气象局来电：暴雨蓝色预警" in texts
        backups = sorted((tmp_path / "backups").iterdir())
        assert len(backups) == 1 and backups[0].suffix == ".sqlite3"
        for minutes in (1, 2, 3):  # the daily job keeps the newest `backup_keep`
            assert isinstance(room.clock, FakeClock)
            room.clock.set(local(2026, 11, 23, 9) + timedelta(minutes=minutes))
            assert room.backups.backup_now() is not None
        assert len(list((tmp_path / "backups").iterdir())) == 2
    finally:
        room.close()


# ---------------------------------------------------------------------------- carried over

SATELLITE_DOWN = EquipmentItem("卫星电话", "异常", "无信号，已报修（县电信局）")
LANDSLIDE = "青山乡石门村滑坡：2人失联，待乡政府核实后续报"


def hand_over(room: DutyRoom, sheet: HandoverSheet, *, accept: bool = True) -> Handover:
    """Submit `sheet` at 08:20 of its shift's end day and (by default) accept it at 08:32."""
    end = sheet.shift_end
    assert isinstance(room.clock, FakeClock)
    room.clock.set(end.replace(hour=8, minute=20))
    stored = room.handover.submit(sheet, by=sheet.outgoing_officers[0])
    assert stored.id is not None
    if accept:
        room.clock.set(end.replace(hour=8, minute=32))
        stored = room.handover.accept(
            stored.id, sheet.incoming_leaders[0], sheet.incoming_officers[0]
        )
    return stored


def with_satellite(sheet: HandoverSheet, item: EquipmentItem) -> HandoverSheet:
    return replace(
        sheet, equipment=tuple(item if e.name == item.name else e for e in sheet.equipment)
    )


def satellite(sheet: HandoverSheet) -> EquipmentItem:
    return next(e for e in sheet.equipment if e.name == "卫星电话")


def test_the_next_draft_keeps_what_was_handed_over_until_someone_settles_it(
    room: DutyRoom,
) -> None:
    room.roster.generate(date(2026, 11, 26), date(2026, 11, 27))
    set_now(room, 2026, 11, 24, 8, 10)
    first = with_satellite(room.handover.draft(shift(room)), SATELLITE_DOWN)
    first = replace(first, unfinished=LANDSLIDE, notices="明日9时视频会商", remarks="钥匙在柜内")
    assert first.carried == () and first.carried_from is None  # nothing stored before
    hand_over(room, first)

    second_shift = room.log.shift_of_day(date(2026, 11, 24))
    set_now(room, 2026, 11, 25, 8, 5)
    second = room.handover.draft(second_shift)
    assert satellite(second) == SATELLITE_DOWN
    assert second.unfinished == LANDSLIDE
    assert second.notices == "" and second.remarks == ""  # said to the incoming shift, done
    assert second.carried == ("卫星电话", sheets.UNFINISHED_ITEM)
    assert second.carried_from == shift(room).start
    assert [e.name for e in second.carried_faults()] == ["卫星电话"]
    assert [e.status for e in second.equipment if e.name != "卫星电话"] == ["正常"] * 4
    # handed over again unchanged (submitted, not yet accepted): still there the day after
    hand_over(room, second, accept=False)
    third_shift = room.log.shift_of_day(date(2026, 11, 25))
    third = room.handover.draft(third_shift)
    assert satellite(third) == SATELLITE_DOWN and third.unfinished == LANDSLIDE

    # the third shift has it repaired and the missing found: the fourth draft is clean
    settled = replace(with_satellite(third, EquipmentItem("卫星电话")), unfinished="")
    hand_over(room, settled)
    fourth = room.handover.draft(room.log.shift_of_day(date(2026, 11, 26)))
    assert satellite(fourth).status == "正常" and satellite(fourth).remark == ""
    assert fourth.unfinished == "" and fourth.carried == () and fourth.faults() == []
    assert sheets.from_json(sheets.to_json(second)) == second


def test_a_fault_off_the_checklist_is_still_carried_and_nothing_is_carried_from_a_later_shift(
    room: DutyRoom,
) -> None:
    room.handover.set_equipment_names(["值班电话", "传真", "北斗终端"])
    set_now(room, 2026, 11, 24, 8, 10)
    beidou = EquipmentItem("北斗终端", "异常", "电池鼓包，已停用")
    sheet = room.handover.draft(shift(room))
    sheet = replace(sheet, equipment=(*sheet.equipment[:2], beidou), unfinished="无")
    hand_over(room, sheet)
    room.handover.set_equipment_names(["值班电话", "传真"])  # taken off the list meanwhile
    nxt = room.handover.draft(room.log.shift_of_day(date(2026, 11, 24)))
    assert [e.name for e in nxt.equipment] == ["值班电话", "传真", "北斗终端"]
    assert nxt.equipment[-1] == beidou
    assert nxt.unfinished == "" and nxt.carried == ("北斗终端",)  # "无" is nothing to carry
    # an earlier shift's draft never takes over what a later one handed over
    earlier = room.handover.draft(room.log.shift_of_day(date(2026, 11, 22)))
    assert earlier.carried == () and earlier.faults() == []


def test_the_status_says_draft_submitted_accepted_with_who_and_when(room: DutyRoom) -> None:
    sheet = busy_shift(room)
    assert room.handover.status(shift(room)) == sheets.SheetStatus()
    assert room.handover.status(shift(room)).draft
    stored = hand_over(room, sheet, accept=False)
    submitted = room.handover.status(shift(room))
    assert (submitted.state, submitted.submitted_by, submitted.submitted_at) == (
        "已提交",
        sheet.outgoing_officers[0],
        local(2026, 11, 24, 8, 20),
    )
    assert submitted.accepted_at is None and not submitted.draft
    accepted = hand_over(room, replace(sheet, remarks="已改"), accept=True)
    assert accepted.id == stored.id
    status = room.handover.status(shift(room))
    assert status.state == "已接班" and status.accepted_at == local(2026, 11, 24, 8, 32)
    assert status.accepted_by == f"{sheet.incoming_leaders[0]}、{sheet.incoming_officers[0]}"
    set_now(room, 2026, 11, 24, 10)
    assert accepted.id is not None
    room.handover.annotate(accepted.id, "补记传真号码", by=sheet.incoming_officers[0])
    later = room.handover.status(shift(room))
    # the annotation is a new version made at 10:00; submitted and accepted stay as they were
    assert later.version == 2 and later.submitted_at == local(2026, 11, 24, 8, 20)
    assert later.accepted_at == local(2026, 11, 24, 8, 32)


def test_a_sheet_stored_before_the_submitter_was_recorded_dates_from_its_first_version(
    room: DutyRoom,
) -> None:
    sheet = busy_shift(room)
    stored = hand_over(room, sheet, accept=False)
    old = replace(room.handover.sheet_of(stored), submitted_at=None, submitted_by="")
    store_of(room).handovers.update(replace(stored, content=sheets.to_json(old)))
    status = room.handover.status(shift(room))
    assert status.submitted_at == stored.created_at and status.submitted_by == ""


def test_clocks_read_in_hours_and_minutes_as_of_the_drafting_time(room: DutyRoom) -> None:
    from dutyroom.documents.handover_doc import as_of, clock_text, span_text

    assert [span_text(m) for m in (8, 60, 915, 1500)] == [
        "8分钟",
        "1小时",
        "15小时15分",
        "25小时",
    ]
    sheet = busy_shift(room)  # drafted 11-24 08:10, the day the shift ends
    tz = room.bureau.timezone()
    assert as_of(sheet, tz) == "08:10"
    assert as_of(replace(sheet, drafted_at=local(2026, 11, 23, 23, 50)), tz) == "11-23 23:50"
    late = next(c for c in sheet.clocks if c.minutes_late)
    running = next(c for c in sheet.clocks if c.minutes_left)
    assert clock_text(late, "08:10").startswith("截至08:10，已超时")
    assert clock_text(running, "08:10") == f"截至08:10，剩余{span_text(running.minutes_left or 0)}"
    assert clock_text(running) == f"剩余{span_text(running.minutes_left or 0)}"
