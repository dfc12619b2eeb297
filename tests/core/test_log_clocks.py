"""Clocks of duty-log items (预警, 上级来文, 领导批示): planned from the rules of the entry's kind,
met per recipient with evidence, rung by the alarms, shown by status, carried over at handover."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from dutyroom import log_clocks
from dutyroom.alerts import MomentKind
from dutyroom.clock import FakeClock
from dutyroom.errors import ValidationError
from dutyroom.models import Evidence, LogEntry, LogKind, ObligationKind, ObligationState
from dutyroom.rule_defaults import DEFAULT_RULES
from dutyroom.services import DutyRoom
from dutyroom.status import status_dict, status_text
from tests.core.roster_helpers import local, make_room


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 24))
    yield room
    room.close()


def clock(room: DutyRoom) -> FakeClock:
    assert isinstance(room.clock, FakeClock)
    return room.clock


def _evidence(ob_id: int, room: DutyRoom, to: str, **changes: object) -> Evidence:
    base = Evidence(ob_id, room.clock.now(), "电话", to, "", "赵晓明")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# -- planning (pure) ------------------------------------------------------------------------------
def test_plan_follows_the_rules_of_the_entry_kind() -> None:
    at = local(2026, 11, 23, 9, 14)
    entry = LogEntry(at=at, kind=LogKind.WARNING, content="县气象台发布暴雨橙色预警", id=7)
    planned = log_clocks.plan(entry, DEFAULT_RULES, at)
    assert [(ob.rule_code, ob.due_at - at) for ob in planned] == [
        ("warning_leader", timedelta(minutes=10)),
        ("warning_forward", timedelta(minutes=30)),
    ]
    leader = planned[0]
    assert leader.incident_id is None and leader.log_entry_id == 7
    assert leader.anchor_at == at and leader.kind is ObligationKind.TASK
    assert leader.missing_units() == ("带班领导",)
    assert planned[1].recipients == ()


def test_plan_skips_disabled_rules_other_kinds_and_corrections() -> None:
    at = local(2026, 11, 23, 9)
    rules = [
        dataclasses.replace(r, enabled=False) if r.code == "warning_forward" else r
        for r in DEFAULT_RULES
    ]
    warning = LogEntry(at=at, kind=LogKind.WARNING, content="预警", id=1)
    assert [ob.rule_code for ob in log_clocks.plan(warning, rules, at)] == ["warning_leader"]
    call = LogEntry(at=at, kind=LogKind.CALL_IN, content="来电", id=2)
    assert log_clocks.plan(call, DEFAULT_RULES, at) == []
    correction = dataclasses.replace(warning, id=3, ref_table="log_entry", ref_id=1)
    assert log_clocks.plan(correction, DEFAULT_RULES, at) == []
    with pytest.raises(ValueError):
        log_clocks.plan(dataclasses.replace(warning, id=None), DEFAULT_RULES, at)


def test_kind_aliases_and_unknown_kinds() -> None:
    assert log_clocks.parse_kind("来文") is LogKind.DOCUMENT
    assert log_clocks.parse_kind(" 批示 ") is LogKind.INSTRUCTION
    assert log_clocks.parse_kind("预警") is LogKind.WARNING
    with pytest.raises(ValidationError, match="无法识别的日志类别"):
        log_clocks.parse_kind("天气")


def test_short_title_cuts_long_content() -> None:
    entry = LogEntry(at=local(2026, 11, 23, 9), kind=LogKind.WARNING, content="甲" * 40)
    assert log_clocks.short_title(entry) == "甲" * 29 + "…"
    assert len(log_clocks.short_title(entry)) == log_clocks.TITLE_LIMIT


# -- the service ----------------------------------------------------------------------------------
def test_add_stores_the_clocks_with_the_entry_and_announces_them(room: DutyRoom) -> None:
    heard: list[str] = []
    room.events.subscribe(heard.append)
    entry = room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    assert entry.id is not None
    clocks = room.log.obligations_of(entry.id)
    assert [ob.rule_code for ob in clocks] == ["warning_leader", "warning_forward"]
    assert all(ob.status is ObligationState.PENDING for ob in clocks)
    assert heard == ["log", "alarms"]
    # An incident's reads stay incident-only.
    assert room.incidents.open_timers() == []
    timers = room.log.open_timers()
    assert [t.obligation.rule_code for t in timers] == ["warning_leader", "warning_forward"]
    assert timers[0].entry == entry and timers[0].title == "县气象台发布暴雨橙色预警"


def test_plain_entries_and_corrections_start_no_clocks(room: DutyRoom) -> None:
    call = room.log.add(LogKind.CALL_IN, "县消防大队来电")
    assert call.id is not None and room.log.obligations_of(call.id) == []
    warning = room.log.add(LogKind.WARNING, "暴雨蓝色预警")
    assert warning.id is not None
    fixed = room.log.correct(warning.id, "暴雨黄色预警", "级别记错")
    assert fixed.id is not None
    assert room.log.obligations_of(fixed.id) == []
    assert len(room.log.open_timers()) == 2  # the corrected entry's clocks keep running


def test_report_meets_the_recipient_and_logs_the_action(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 0))
    entry = room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    assert entry.id is not None
    leader = room.log.obligations_of(entry.id)[0]
    assert leader.id is not None
    clock(room).advance(timedelta(minutes=12))
    met = room.log.report(leader.id, _evidence(leader.id, room, "带班领导"))
    assert met.status is ObligationState.DONE and met.minutes_late == 2
    assert [t.obligation.rule_code for t in room.log.open_timers()] == ["warning_forward"]
    lines = [e.content for e in room.log.for_day(date(2026, 11, 23), [LogKind.REPORT])]
    assert lines == [
        "办理：预警·报告带班领导（县气象台发布暴雨橙色预警），电话告知带班领导，超时2分钟"
    ]
    assert room.incidents.evidence_of(leader.id)[0].to_unit == "带班领导"


def test_report_of_an_empty_recipient_list_takes_any_unit(room: DutyRoom) -> None:
    entry = room.log.add(LogKind.WARNING, "预警")
    assert entry.id is not None
    forward = room.log.obligations_of(entry.id)[1]
    assert forward.id is not None and forward.recipients == ()
    met = room.log.report(forward.id, _evidence(forward.id, room, "各乡镇值班室"))
    assert met.status is ObligationState.DONE and met.minutes_late == 0


def test_report_checks_time_reason_evidence_and_subject(room: DutyRoom) -> None:
    logged_at = room.clock.now() - timedelta(minutes=30)  # the 批示 came in half an hour ago
    entry = room.log.add(LogKind.INSTRUCTION, "县长批示：全力搜救", at=logged_at)
    assert entry.id is not None
    passing = room.log.obligations_of(entry.id)[0]
    assert passing.id is not None
    before_entry = logged_at - timedelta(minutes=5)
    with pytest.raises(ValidationError, match="不能早于登记时间"):
        too_early = _evidence(passing.id, room, "各成员单位", done_at=before_entry)
        room.log.report(passing.id, too_early, reason="补录")
    earlier = room.clock.now() - timedelta(minutes=20)
    with pytest.raises(ValidationError, match="请说明原因"):
        room.log.report(passing.id, _evidence(passing.id, room, "各成员单位", done_at=earlier))
    with pytest.raises(ValidationError, match="不能晚于当前时间"):
        later = room.clock.now() + timedelta(minutes=20)
        room.log.report(passing.id, _evidence(passing.id, room, "各成员单位", done_at=later))
    with pytest.raises(ValidationError, match="请填写报送方式"):
        room.log.report(passing.id, _evidence(passing.id, room, "各成员单位", method=" "))
    met = room.log.report(
        passing.id, _evidence(passing.id, room, "各成员单位", done_at=earlier), reason="先电话传达"
    )
    assert met.status is ObligationState.DONE
    assert "办理时间补录：先电话传达" in room.incidents.evidence_of(passing.id)[0].note
    with pytest.raises(ValidationError, match="已完成"):
        room.log.report(passing.id, _evidence(passing.id, room, "各成员单位"))


def test_an_incident_report_is_refused_for_a_log_clock_and_back(room: DutyRoom) -> None:
    entry = room.log.add(LogKind.WARNING, "预警")
    assert entry.id is not None
    leader = room.log.obligations_of(entry.id)[0]
    assert leader.id is not None
    with pytest.raises(ValidationError):
        room.incidents.report(leader.id, _evidence(leader.id, room, "带班领导"))
    incident = room.incidents.receive({"title": "仓库火灾", "category": "火灾"})
    assert incident.id is not None
    first = room.incidents.obligations_of(incident.id)[0]
    assert first.id is not None
    with pytest.raises(ValidationError, match="incident report"):
        room.log.report(first.id, _evidence(first.id, room, "市应急管理局"))


# -- alarms, status, handover ---------------------------------------------------------------------
def test_alarms_ring_for_log_clocks_and_name_the_item(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 0))
    entry = room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    assert entry.id is not None
    leader = room.log.obligations_of(entry.id)[0]
    start, end = local(2026, 11, 23, 9, 0), local(2026, 11, 23, 9, 11)
    moments = [m for m in room.alarms.moments_between(start, end) if m.obligation_id == leader.id]
    assert [m.kind for m in moments] == [MomentKind.CRITICAL, MomentKind.DUE]
    assert room.alarms.next_moment(start) is not None
    # Away for an hour: one missed moment per clock, logged with the item's text.
    clock(room).set(local(2026, 11, 23, 10, 0))
    room.alarms.heartbeat(local(2026, 11, 23, 9, 0))
    missed = room.alarms.catch_up()
    assert {m.obligation_id for m in missed} == {ob.id for ob in room.log.obligations_of(entry.id)}
    alarm_lines = room.log.for_day(date(2026, 11, 23), [LogKind.ALARM])
    assert alarm_lines and all("预警：县气象台发布暴雨橙色预警" in e.content for e in alarm_lines)
    assert all(e.ref_table == "obligation" for e in alarm_lines)
    assert room.alarms.acknowledge(leader.id or 0, "赵晓明") == 1


def test_status_lists_log_clocks_without_an_incident(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 0))
    room.incidents.receive({"title": "仓库火灾", "category": "火灾"})
    entry = room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    data = status_dict(room)
    log_items = [ob for ob in data["obligations"] if ob["incident_id"] is None]
    assert [ob["rule"] for ob in log_items] == ["预警·报告带班领导", "预警·转发"]
    assert all(ob["log_entry_id"] == entry.id for ob in log_items)
    assert log_items[0]["title"] == "县气象台发布暴雨橙色预警"
    assert log_items[0]["minutes_left"] == 10
    dues = [ob["due_at"] for ob in data["obligations"]]
    assert dues == sorted(dues)
    assert f"日志#{entry.id} 县气象台发布暴雨橙色预警" in status_text(data)


def test_handover_carries_pending_log_clocks_until_done(room: DutyRoom) -> None:
    clock(room).set(local(2026, 11, 23, 9, 0))
    warning = room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    room.log.add(LogKind.INSTRUCTION, "县长批示：全力搜救")
    clock(room).set(local(2026, 11, 24, 8, 0))  # the next morning, near the handover
    shift = room.log.current_shift()
    sheet = room.handover.draft(shift)
    rules = sorted(line.rule for line in sheet.log_clocks)
    assert "批示·落实反馈" in rules and "预警·转发" in rules
    assert any(line.kind == "领导批示" for line in sheet.log_clocks)
    assert all(line.minutes_late is not None for line in sheet.log_clocks if line.kind == "预警")
    assert warning.id is not None
    for ob in room.log.obligations_of(warning.id):
        assert ob.id is not None
        room.log.report(
            ob.id, _evidence(ob.id, room, ob.recipients[0].unit if ob.recipients else "各乡镇")
        )
    again = room.handover.draft(shift)
    assert all(line.kind != "预警" for line in again.log_clocks)
    from dutyroom import handover as sheets

    assert sheets.from_json(sheets.to_json(again)).log_clocks == again.log_clocks


def test_the_printed_sheet_lists_log_clocks_under_their_sections(room: DutyRoom) -> None:
    from dutyroom.documents.handover_doc import handover_html

    room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警")
    sheet = room.handover.draft(room.log.current_shift())
    html = handover_html(sheet, "示范县应急管理局")
    assert "尚未办结的值班事项时限" in html and "预警·转发" in html
    assert "尚未落实的批示时限" not in html  # no 批示 logged
    third, fourth = html.index("三、领导批示"), html.index("四、未办结事项")
    assert html.index("尚未办结的值班事项时限") > fourth > third


def test_the_clocks_follow_the_rules_as_edited(room: DutyRoom) -> None:
    """Editable as rules: a longer 报告带班领导, 转发 switched off, a recipient added."""
    edited = []
    for rule in room.incidents.rules():
        if rule.code == "warning_leader":
            rule = dataclasses.replace(rule, offset_minutes=15, recipients=("带班领导", "局长"))
        elif rule.code == "warning_forward":
            rule = dataclasses.replace(rule, enabled=False)
        edited.append(rule)
    room.incidents.save_rules(edited)
    entry = room.log.add(LogKind.WARNING, "暴雨蓝色预警")
    assert entry.id is not None
    (leader,) = room.log.obligations_of(entry.id)
    assert leader.due_at - entry.at == timedelta(minutes=15)
    assert leader.missing_units() == ("带班领导", "局长")
    assert leader.id is not None
    half = room.log.report(leader.id, _evidence(leader.id, room, "带班领导"))
    assert half.status is ObligationState.PENDING and half.missing_units() == ("局长",)
    line = room.log.for_day(date(2026, 11, 23), [LogKind.REPORT])[-1].content
    assert line.endswith("（尚未办理：局长）")
    both = room.log.report(leader.id, _evidence(leader.id, room, "局长"))
    assert both.status is ObligationState.DONE
