"""作废 (a false call or a duplicate): kept, never deleted, out of the board, the handover, the
statistics and the alarms, in the ledger marked 作废 with its reason; the audit keeps who, why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from dutyroom.clock import FakeClock
from dutyroom.errors import NotFoundError, ValidationError
from dutyroom.events import Change
from dutyroom.excel.ledger import filed_headers, headers, write_ledger
from dutyroom.incident_fields import incident_to_dict
from dutyroom.ledger_rows import collect_ledger_rows
from dutyroom.models import Evidence, IncidentStatus, LogKind, Obligation, ObligationState
from dutyroom.services import DutyRoom
from dutyroom.status import status_dict
from tests.core.roster_helpers import make_room
from tests.reporting import BOTH_UNITS

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
MIN = timedelta(minutes=1)
S = ObligationState
DAY = (T0 - 600 * MIN, T0 + 1440 * MIN)


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    opened = make_room()
    opened.roster.generate(date(2026, 11, 22), date(2026, 11, 25))
    assert isinstance(opened.clock, FakeClock)
    opened.clock.set(T0)
    yield opened
    opened.close()


def clock(room: DutyRoom) -> FakeClock:
    assert isinstance(room.clock, FakeClock)
    return room.clock


def receive(room: DutyRoom, title: str = "化工厂爆炸", deaths: int = 3) -> int:
    incident = room.incidents.receive({"title": title, "deaths": deaths}, received_by="赵晓明")
    assert incident.id is not None
    return incident.id


def report_phone(room: DutyRoom, iid: int) -> Obligation:
    [phone] = [o for o in room.incidents.obligations_of(iid) if o.rule_code == "first_phone"]
    assert phone.id is not None
    evidence = Evidence(phone.id, room.clock.now(), "电话", BOTH_UNITS, "值班员", "赵晓明")
    return room.incidents.report(phone.id, evidence)


def test_void_keeps_the_incident_and_cancels_every_pending_obligation(room: DutyRoom) -> None:
    iid = receive(room)
    clock(room).advance(minutes=10)
    done = report_phone(room, iid)
    pending = [o for o in room.incidents.obligations_of(iid) if o.status is S.PENDING]
    assert len(pending) == 2  # 首报·书面 and 续报
    clock(room).advance(minutes=5)

    voided = room.incidents.void(iid, "  重复接报，与1号为同一起  ")

    assert voided.status is IncidentStatus.VOIDED
    assert voided.voided_at == T0 + 15 * MIN and voided.void_reason == "重复接报，与1号为同一起"
    assert room.incidents.get(iid) == voided  # stored, never deleted
    after = {o.id: o for o in room.incidents.obligations_of(iid)}
    assert after[done.id] == done  # a report made stays made
    for ob in pending:
        cancelled = after[ob.id]
        assert cancelled.status is S.CANCELLED and cancelled.due_at == ob.due_at
        assert cancelled.cancelled_reason == "事件已作废：重复接报，与1号为同一起"
    assert len(after) == 3  # nothing added (no 终报, no new 续报)
    [entry] = [
        e
        for e in room.log.entries(*DAY)
        if e.kind is LogKind.INCIDENT and e.content.startswith("作废")
    ]
    assert entry.content == "作废：化工厂爆炸，原因：重复接报，与1号为同一起"
    assert entry.at == T0 + 15 * MIN and entry.ref_id == iid


def test_void_announces_incidents_alarms_and_log(room: DutyRoom) -> None:
    iid = receive(room)
    heard: list[str] = []
    room.events.subscribe(heard.append)
    room.incidents.void(iid, "误报")
    assert {"incidents", "alarms", "log"} <= set(heard)


@pytest.mark.parametrize("reason", ["", "   ", "\u3000\t\n", "\x00\x1b"])
def test_void_needs_a_reason_and_writes_nothing(room: DutyRoom, reason: str) -> None:
    iid = receive(room)
    before = (room.incidents.get(iid), room.incidents.obligations_of(iid))
    with pytest.raises(ValidationError, match="作废须说明原因") as caught:
        room.incidents.void(iid, reason)
    assert caught.value.field == "reason"
    assert (room.incidents.get(iid), room.incidents.obligations_of(iid)) == before


def test_void_reason_too_long_is_refused(room: DutyRoom) -> None:
    iid = receive(room)
    with pytest.raises(ValidationError, match="作废原因过长"):
        room.incidents.void(iid, "误" * 501)
    assert room.incidents.get(iid).status is IncidentStatus.OPEN


def test_void_twice_or_after_closing_is_refused(room: DutyRoom) -> None:
    iid = receive(room)
    room.incidents.void(iid, "误报")
    with pytest.raises(ValidationError, match="事件已作废，不能重复作废") as twice:
        room.incidents.void(iid, "再次")
    assert twice.value.field == "status"
    closed = receive(room, "已处置的事件", deaths=0)
    room.incidents.close(closed, "处置完毕")
    with pytest.raises(ValidationError, match="事件已终结，不能作废"):
        room.incidents.void(closed, "误报")
    with pytest.raises(NotFoundError):
        room.incidents.void(999, "误报")


def test_a_voided_incident_is_not_edited_any_more(room: DutyRoom) -> None:
    iid = receive(room)
    room.incidents.void(iid, "误报")
    stored = room.incidents.get(iid)
    obligations = room.incidents.obligations_of(iid)
    calls = [
        lambda: room.incidents.update(iid, {"title": "改标题"}),
        lambda: room.incidents.preview_update(iid, {"deaths": 1}),
        lambda: room.incidents.close(iid, "终结"),
        lambda: room.incidents.override_grade(iid, None, ""),
        lambda: room.incidents.correct_received_at(iid, T0 - 5 * MIN, "更正"),
    ]
    for call in calls:
        with pytest.raises(ValidationError, match="事件已作废") as caught:
            call()
        assert caught.value.field == "status"
    [cancelled, *_] = [o for o in obligations if o.status is S.CANCELLED]
    assert cancelled.id is not None
    evidence = Evidence(cancelled.id, T0, "电话", BOTH_UNITS, "值班员", "赵晓明")
    with pytest.raises(ValidationError, match="已完成或已取消"):
        room.incidents.report(cancelled.id, evidence)
    assert room.incidents.get(iid) == stored
    assert room.incidents.obligations_of(iid) == obligations


def test_a_voided_incident_leaves_the_board_timers_and_status(room: DutyRoom) -> None:
    kept = receive(room, "真实事件")
    voided = receive(room, "", deaths=3)  # an abandoned F2 that got numbers
    room.incidents.void(voided, "误按F2，无此事件")
    assert [i.id for i in room.incidents.open_incidents()] == [kept]
    assert {t.incident.id for t in room.incidents.open_timers()} == {kept}
    status = status_dict(room, T0 + 600 * MIN)
    assert status["obligations"] and {ob["incident_id"] for ob in status["obligations"]} == {kept}


def test_voiding_stops_the_alarms(room: DutyRoom) -> None:
    iid = receive(room)
    clock(room).set(T0 + 20 * MIN)
    coming = room.alarms.moments_between(T0, T0 + 3000 * MIN)
    [warning] = [m for m in coming if m.at <= clock(room).now()]
    assert room.alarms.claim(warning)
    assert room.alarms.ringing()
    room.incidents.void(iid, "误报")
    assert room.alarms.ringing() == []
    assert room.alarms.moments_between(T0, T0 + 3000 * MIN) == []
    assert room.alarms.next_moment() is None
    assert room.alarms.catch_up(T0 + 3000 * MIN) == []
    clock(room).set(T0 + 3000 * MIN)
    assert not any(room.alarms.claim(m) for m in coming)  # no longer pending: none rings


def test_the_handover_does_not_carry_a_voided_incident(room: DutyRoom) -> None:
    receive(room, "真实事件")
    voided = receive(room, "重复接报的事件")
    room.incidents.void(voided, "重复接报")
    clock(room).set(datetime(2026, 11, 24, 8, 10, tzinfo=TZ))
    sheet = room.handover.draft(room.log.shift_of_day(date(2026, 11, 23)))
    assert [line.title for line in sheet.incidents] == ["真实事件"]
    assert {c.incident_id for c in sheet.clocks} == {1}


def test_statistics_count_neither_the_voided_incident_nor_its_obligations(
    room: DutyRoom,
) -> None:
    receive(room, "真实事件")
    voided = receive(room, "误报事件")
    clock(room).advance(minutes=70)  # both incidents' 首报·电话 were late
    report_phone(room, voided)
    room.incidents.void(voided, "误报")
    stats = room.stats.period(T0 - 60 * MIN, T0 + 1440 * MIN, now=T0 + 1440 * MIN)
    assert stats.incidents == 1
    assert stats.by_grade == {"较大": 1}
    assert {d.incident_id for d in (*stats.late, *stats.missed)} == {1}
    assert stats.overall.counted == 2  # the real one's phone and written reports, both missed
    assert stats.headline.counted == 1


def test_the_ledger_keeps_the_voided_incident_marked_with_its_reason(
    room: DutyRoom, tmp_path: Path
) -> None:
    kept = receive(room, "真实事件")
    voided = receive(room, "误报事件")
    room.incidents.void(voided, "报警人谎报")
    assert [i.id for i in room.ledger.ledger(*DAY)] == [kept, voided]
    only = room.ledger.ledger(*DAY, state=IncidentStatus.VOIDED)
    assert [i.id for i in only] == [voided]
    rows = collect_ledger_rows(room, date(2026, 11, 23), date(2026, 11, 23))
    assert [r.status for r in rows] == ["处置中", "作废（报警人谎报）"]
    path = write_ledger(
        tmp_path / "台账.xlsx",
        rows,
        bureau="示范县应急管理局",
        start=date(2026, 11, 23),
        end=date(2026, 11, 23),
    )
    sheet = load_workbook(path)["明细"]
    status_col = headers().index("状态") + 1
    assert sheet.cell(row=3, column=status_col).value == "作废（报警人谎报）"
    phone_state = sheet.cell(row=3, column=headers().index("电话报告情况") + 1).value
    assert phone_state == "已取消"
    filed = load_workbook(path)["接报台账"]
    assert filed.cell(row=4, column=filed_headers().index("状态") + 1).value == "作废（报警人谎报）"


def test_the_audit_keeps_who_voided_and_why(room: DutyRoom) -> None:
    iid = receive(room)
    room.set_actor("孙丽娟")
    room.incidents.void(iid, "重复接报")
    edits = [h for h in room.ledger.history(iid) if h.source == "audit" and h.table == "incident"]
    last = edits[-1]
    assert last.actor == "孙丽娟"
    assert last.changes["status"] == ("open", "voided")
    assert last.changes["void_reason"] == ("", "重复接报")
    assert last.changes["voided_at"][0] is None and last.changes["voided_at"][1]
    cancels = [h for h in room.ledger.history(iid) if h.table == "obligation" and h.changes]
    assert cancels and all(h.actor == "孙丽娟" for h in cancels)


def test_incident_json_has_the_void_keys(room: DutyRoom) -> None:
    iid = receive(room)
    data = incident_to_dict(room.incidents.get(iid), TZ)
    assert (data["status"], data["voided_at"], data["void_reason"]) == ("open", None, "")
    data = incident_to_dict(room.incidents.void(iid, "误报"), TZ)
    assert data["status"] == "voided"
    assert data["voided_at"] == "2026-11-23T14:00:00+08:00" and data["void_reason"] == "误报"


def test_the_daily_log_shows_the_voided_incident_as_such(room: DutyRoom) -> None:
    from dutyroom.documents.collect import collect_daily_log

    voided = receive(room, "误报事件")
    room.incidents.void(voided, "误报")
    log = collect_daily_log(room, date(2026, 11, 23))
    assert [(row.title, row.status) for row in log.incidents] == [("误报事件", "作废（误报）")]
    assert any(entry.content == "作废：误报事件，原因：误报" for entry in log.entries)


def test_each_write_to_one_incident_names_it_and_the_topic_api_still_hears_it(
    room: DutyRoom,
) -> None:
    topics: list[str] = []
    changes: list[Change] = []
    room.events.subscribe(topics.append)
    room.events.subscribe_changes(changes.append)
    iid = receive(room)
    room.incidents.update(iid, {"township": "城关镇"})
    room.incidents.void(iid, "误报")
    assert topics == ["incidents", "incidents", "incidents", "alarms", "log"]
    assert changes == [
        Change("incidents", iid),
        Change("incidents", iid),
        Change("incidents", iid),
        Change("alarms"),
        Change("log"),
    ]
    room.events.unsubscribe(changes.append)
    room.events.emit("rules")
    assert changes[-1] == Change("log") and topics[-1] == "rules"
