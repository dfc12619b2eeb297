"""IncidentService corrections and reports, AlarmService and the ledger, over a real store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from db import SqliteStore, open_database
from dutyroom.alerts import MomentKind
from dutyroom.clock import FakeClock
from dutyroom.errors import ValidationError
from dutyroom.incident_fields import obligation_to_dict
from dutyroom.models import (
    Evidence,
    Grade,
    IncidentStatus,
    LogKind,
    Obligation,
    ObligationState,
)
from dutyroom.services import DutyRoom
from tests.reporting import BOTH_UNITS
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
MIN = timedelta(minutes=1)
S = ObligationState


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def room(clock: FakeClock) -> Iterator[DutyRoom]:
    store = SqliteStore(open_database(None))
    room = DutyRoom(store, clock)
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    yield room
    store.close()


def receive_major(room: DutyRoom) -> int:
    fields = {"title": "化工厂爆炸", "deaths": 3, "category": "事故灾难"}
    incident = room.incidents.receive(fields, received_by="张三")
    assert incident.id is not None and incident.grade is Grade.LARGER
    return incident.id


def by_code(room: DutyRoom, incident_id: int, code: str, status: S = S.PENDING) -> Obligation:
    found = [
        o
        for o in room.incidents.obligations_of(incident_id)
        if o.rule_code == code and o.status is status
    ]
    assert len(found) == 1, found
    return found[0]


def evidence(ob: Obligation, at: datetime) -> Evidence:
    assert ob.id is not None
    return Evidence(ob.id, at, "电话", BOTH_UNITS, "值班员", "张三")


def alarm_logs(room: DutyRoom) -> list[str]:
    entries = store_of(room).log.between(T0 - 1440 * MIN, T0 + 30 * 1440 * MIN)
    return [e.content for e in entries if e.kind is LogKind.ALARM]


# -- 接报时间 correction ----------------------------------------------------------------------


def test_correct_received_at_cancels_and_replans_and_leaves_done_alone(
    room: DutyRoom, clock: FakeClock
) -> None:
    iid = receive_major(room)
    clock.advance(minutes=10)
    phone = by_code(room, iid, "first_phone")
    room.incidents.report(phone.id or 0, evidence(phone, clock.now()))
    done_before = by_code(room, iid, "first_phone", S.DONE)
    written_before = by_code(room, iid, "first_written")

    corrected = room.incidents.correct_received_at(iid, T0 - 4 * MIN, "来电实际早4分钟")

    assert corrected.received_at == T0 - 4 * MIN
    assert by_code(room, iid, "first_phone", S.DONE) == done_before  # never re-timed
    cancelled = by_code(room, iid, "first_written", S.CANCELLED)
    assert cancelled.id == written_before.id and cancelled.due_at == written_before.due_at
    assert cancelled.cancelled_reason.startswith("接报时间更正：来电实际早4分钟")
    new_written = by_code(room, iid, "first_written")
    assert new_written.id != written_before.id
    assert new_written.anchor_at == T0 - 4 * MIN and new_written.due_at == T0 + 56 * MIN
    assert by_code(room, iid, "followup").due_at == T0 - 4 * MIN + 1440 * MIN
    phones = [o for o in room.incidents.obligations_of(iid) if o.rule_code == "first_phone"]
    assert phones == [done_before]


@pytest.mark.parametrize(
    ("when", "reason", "message"),
    [
        (T0 - 4 * MIN, " ", "须说明原因"),
        # One minute of clock skew is allowed (issue 12); a second more is refused.
        (T0 + 1 * MIN + timedelta(seconds=1), "打错了", "不能晚于当前时间（允许1分钟误差）"),
    ],
)
def test_correct_received_at_refuses(
    room: DutyRoom, when: datetime, reason: str, message: str
) -> None:
    iid = receive_major(room)
    before = room.incidents.obligations_of(iid)
    with pytest.raises(ValidationError, match=message):
        room.incidents.correct_received_at(iid, when, reason)
    assert room.incidents.obligations_of(iid) == before


def test_update_refuses_received_at(room: DutyRoom) -> None:
    iid = receive_major(room)
    with pytest.raises(ValidationError, match="更正接报时间"):
        room.incidents.update(iid, {"received_at": "2026-11-23T13:00+08:00"})


# -- reports ---------------------------------------------------------------------------------


def test_report_with_a_late_time_needs_a_reason_and_keeps_minutes_late(
    room: DutyRoom, clock: FakeClock
) -> None:
    iid = receive_major(room)
    written = by_code(room, iid, "first_written")
    clock.set(T0 + 120 * MIN)
    late = evidence(written, T0 + 70 * MIN)
    with pytest.raises(ValidationError, match="请说明原因"):
        room.incidents.report(written.id or 0, late)
    assert by_code(room, iid, "first_written").status is S.PENDING
    done = room.incidents.report(written.id or 0, late, reason="当时已电话报送，补录")
    assert done.minutes_late == 10 and done.done_at == T0 + 70 * MIN
    clock.advance(days=3)
    stored = by_code(room, iid, "first_written", S.DONE)
    data = obligation_to_dict(stored, None, clock.now(), TZ)
    assert (data["state"], data["minutes_late"]) == ("done_late", 10)
    # One evidence per unit reached, each with the reason.
    kept = store_of(room).obligations.evidence(written.id or 0)
    assert [e.to_unit for e in kept] == ["市应急管理局", "县人民政府总值班室"]
    assert all("当时已电话报送，补录" in e.note for e in kept)


@pytest.mark.parametrize("field", ["method", "to_unit", "by"])
def test_report_requires_evidence(room: DutyRoom, field: str) -> None:
    iid = receive_major(room)
    phone = by_code(room, iid, "first_phone")
    bad = dataclasses.replace(evidence(phone, T0), **{field: " "})
    with pytest.raises(ValidationError):
        room.incidents.report(phone.id or 0, bad)
    assert by_code(room, iid, "first_phone").status is S.PENDING


def test_report_time_in_the_future_is_refused(room: DutyRoom) -> None:
    iid = receive_major(room)
    phone = by_code(room, iid, "first_phone")
    with pytest.raises(ValidationError, match="不能晚于当前时间"):
        room.incidents.report(phone.id or 0, evidence(phone, T0 + 10 * MIN), reason="x")


# -- alarms ----------------------------------------------------------------------------------


def test_claim_rings_each_moment_once(room: DutyRoom, clock: FakeClock) -> None:
    iid = receive_major(room)
    clock.set(T0 + 20 * MIN)
    [warning] = [m for m in room.alarms.moments_between(T0, clock.now())]
    assert warning.kind is MomentKind.WARNING
    assert room.alarms.claim(warning) is True
    assert room.alarms.claim(warning) is False
    assert [e.moment_key for e in room.alarms.ringing()] == [warning.key]
    assert room.alarms.acknowledge(warning.obligation_id, "张三") == 1
    assert room.alarms.ringing() == []
    nxt = room.alarms.next_moment()
    assert nxt is not None and nxt.kind is MomentKind.CRITICAL and nxt.at == T0 + 25 * MIN
    phone = by_code(room, iid, "first_phone")
    room.incidents.report(phone.id or 0, evidence(phone, clock.now()))
    assert room.alarms.claim(nxt) is False  # done: it no longer rings


def test_snooze_needs_a_reason_is_logged_and_silences(room: DutyRoom, clock: FakeClock) -> None:
    receive_major(room)
    clock.set(T0 + 30 * MIN)
    due = [m for m in room.alarms.moments_between(T0, clock.now()) if m.kind is MomentKind.DUE]
    assert room.alarms.claim(due[0])
    with pytest.raises(ValidationError, match="原因"):
        room.alarms.snooze(due[0].obligation_id, 10, "  ")
    until = room.alarms.snooze(due[0].obligation_id, 10, "正在电话报送", by="张三")
    assert until == T0 + 40 * MIN
    assert any("暂缓提醒10分钟" in text and "正在电话报送" in text for text in alarm_logs(room))
    clock.set(T0 + 45 * MIN)
    later = room.alarms.moments_between(T0 + 30 * MIN, clock.now())
    first_phone = [m for m in later if m.obligation_id == due[0].obligation_id]
    assert [m.key.split(":", 1)[1] for m in first_phone] == ["overdue:1", "overdue:2", "overdue:3"]
    assert room.alarms.claim(first_phone[0]) is False  # 14:35, inside the snooze
    assert room.alarms.claim(first_phone[2]) is True  # 14:45, after it


def test_catch_up_logs_each_missed_obligation_once(room: DutyRoom, clock: FakeClock) -> None:
    receive_major(room)
    room.alarms.heartbeat(T0 + 1 * MIN)
    clock.set(T0 + 3 * 60 * MIN)
    missed = room.alarms.catch_up()
    assert sorted(m.key for m in missed) == ["1:overdue:30", "2:overdue:24"]
    texts = alarm_logs(room)
    assert len(texts) == 2
    assert any("首报·电话" in t and "在程序未运行期间已超时150分钟" in t for t in texts)
    assert any("首报·书面" in t and "已超时120分钟" in t for t in texts)
    assert room.alarms.catch_up() == []
    assert room.alarms.last_seen() == clock.now()
    assert len(alarm_logs(room)) == 2


def test_drafts_round_trip(room: DutyRoom, clock: FakeClock) -> None:
    room.alarms.save_draft("incident", "new", {"title": "滑坡", "deaths": 2})
    clock.advance(seconds=5)
    room.alarms.save_draft("incident", "new", {"title": "滑坡（更新）", "deaths": 3})
    draft = room.alarms.load_draft("incident", "new")
    assert draft is not None and draft.payload == {"title": "滑坡（更新）", "deaths": 3}
    assert draft.saved_at == T0 + 5 * timedelta(seconds=1)
    with pytest.raises(ValidationError):
        room.alarms.save_draft("incident", "bad", {"at": object()})
    assert [d.key for d in room.alarms.drafts()] == ["new"]
    room.alarms.discard_draft("incident", "new")
    assert room.alarms.drafts() == []


# -- ledger ----------------------------------------------------------------------------------


def test_ledger_filters_and_search(room: DutyRoom, clock: FakeClock) -> None:
    major = receive_major(room)
    general = room.incidents.receive({"title": "道路交通事故", "category": "事故灾难"})
    room.incidents.close(general.id or 0, "已处置完毕")
    clock.set(T0 + 2 * 60 * MIN)  # the major one's first reports are overdue now
    day = (T0 - 60 * MIN, T0 + 24 * 60 * MIN)
    assert [i.id for i in room.ledger.ledger(*day)] == [major, general.id]
    assert [i.id for i in room.ledger.ledger(*day, grade=Grade.LARGER)] == [major]
    accidents = room.ledger.ledger(*day, category="事故灾难")
    assert [i.id for i in accidents] == [major, general.id]
    closed = room.ledger.ledger(*day, state=IncidentStatus.CLOSED)
    assert [i.id for i in closed] == [general.id]
    assert [i.id for i in room.ledger.ledger(*day, late_only=True)] == [major]
    assert [i.id for i in room.ledger.search("化工厂")] == [major]
    assert [i.id for i in room.ledger.search("交通")] == [general.id]  # 2 characters: LIKE


def test_history_has_edits_reports_alarms_and_log_in_time_order(
    room: DutyRoom, clock: FakeClock
) -> None:
    iid = receive_major(room)
    clock.set(T0 + 20 * MIN)
    [warning] = room.alarms.moments_between(T0, clock.now())
    room.alarms.claim(warning)
    room.alarms.acknowledge(warning.obligation_id, "张三")
    phone = by_code(room, iid, "first_phone")
    room.incidents.report(phone.id or 0, evidence(phone, clock.now()))
    room.incidents.update(iid, {"deaths": 4})
    history = room.ledger.history(iid)
    sources = {item.source for item in history}
    assert sources == {"audit", "evidence", "alarm", "log"}
    assert [h.at for h in history] == sorted(h.at for h in history)
    edits = [h for h in history if h.source == "audit" and h.table == "incident"]
    assert any("deaths" in h.changes for h in edits)
    assert any(h.source == "alarm" and "已确认（张三）" in h.summary for h in history)
    assert any(h.source == "evidence" and "市应急管理局" in h.summary for h in history)


def test_the_log_entry_of_a_receipt_stands_at_the_receipt_time() -> None:
    from datetime import UTC, datetime, timedelta

    from db import SqliteStore, open_database
    from dutyroom.clock import FakeClock
    from dutyroom.models import LogKind
    from dutyroom.services import DutyRoom

    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    room = DutyRoom(SqliteStore(open_database(None)), FakeClock(now))
    room.incidents.ensure_default_rules()
    earlier = now - timedelta(minutes=40)
    incident = room.incidents.receive({"title": "晚登记的来电", "received_at": earlier.isoformat()})
    entries = [
        e
        for e in room.log.entries(now - timedelta(days=1), now + timedelta(days=1))
        if e.kind is LogKind.INCIDENT and e.ref_id == incident.id
    ]
    assert [e.at for e in entries] == [earlier]


def test_one_written_report_meets_the_disaster_initial_report_too(
    room: DutyRoom, clock: FakeClock
) -> None:
    fields = {"title": "石门村山体滑坡", "category": "自然灾害", "deaths": 3}
    incident = room.incidents.receive(fields, received_by="张三")
    assert incident.id is not None
    written = by_code(room, incident.id, "first_written")
    clock.advance(minutes=30)
    room.incidents.report(written.id or 0, evidence(written, clock.now()))
    initial = by_code(room, incident.id, "disaster_initial", S.DONE)
    assert initial.minutes_late == 0
    (proof,) = store_of(room).obligations.evidence(initial.id or 0)
    assert proof.to_unit == "市应急管理局"
    entries = room.log.entries(T0, clock.now() + MIN)
    (line,) = [e.content for e in entries if e.kind.value == "报送"]
    assert "同一份报告同时满足：灾情初报" in line
