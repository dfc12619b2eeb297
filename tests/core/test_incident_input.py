"""Input that protects the record: no 接报/事发时间 in the future, a title once given is never
emptied, counts above the hard limits are refused (never capped), and a grade change can be
previewed (what it would cancel and add) through the same path as `update`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.errors import ValidationError
from dutyroom.grading import GradingPolicy
from dutyroom.incident_fields import COUNT_FIELDS, MAX_COUNT, MAX_LOSS_WAN, TITLE_CLEARED
from dutyroom.incident_service import IncidentService, UpdatePreview
from dutyroom.models import Grade, Incident, Obligation, ObligationState
from dutyroom.services import DutyRoom
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)
S = ObligationState
FUTURE = "不能晚于当前时间（允许1分钟误差）"


def new_room() -> DutyRoom:
    room = DutyRoom(SqliteStore(open_database(None)), FakeClock(T0))
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    room.set_actor("测试")
    return room


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    opened = new_room()
    yield opened
    opened.close()


def state(room: DutyRoom) -> tuple[list[Incident], int, int]:
    """Everything a refused write must leave alone: incidents, obligations, audit rows."""
    db = store_of(room).db
    obligations = int(db.execute("SELECT count(*) FROM obligation").fetchone()[0])
    audit = int(db.execute("SELECT count(*) FROM audit").fetchone()[0])
    return room.incidents.open_incidents(), obligations, audit


# -- 接报时间 and 事发时间 in the future ----------------------------------------------------


@pytest.mark.parametrize("key", ["received_at", "occurred_at"])
def test_receive_allows_one_minute_of_clock_skew(room: DutyRoom, key: str) -> None:
    stored = room.incidents.receive({"title": "来电", key: (T0 + MIN).isoformat()})
    assert getattr(stored, key) == T0 + MIN


@pytest.mark.parametrize("key", ["received_at", "occurred_at"])
@pytest.mark.parametrize("ahead", [MIN + SEC, 3 * 60 * MIN, 400 * 1440 * MIN])
def test_receive_refuses_a_time_in_the_future(room: DutyRoom, key: str, ahead: timedelta) -> None:
    before = state(room)
    with pytest.raises(ValidationError, match=FUTURE) as caught:
        room.incidents.receive({"title": "来电", key: (T0 + ahead).isoformat()})
    assert caught.value.field == key
    label = "接报时间" if key == "received_at" else "事发时间"
    assert caught.value.message == f"{label}{FUTURE}"
    assert state(room) == before


def test_update_refuses_an_occurred_at_in_the_future(room: DutyRoom) -> None:
    incident = room.incidents.receive({"title": "来电"})
    assert incident.id is not None
    before = state(room)
    with pytest.raises(ValidationError, match=FUTURE) as caught:
        room.incidents.update(incident.id, {"occurred_at": (T0 + 2 * MIN).isoformat()})
    assert caught.value.field == "occurred_at"
    assert state(room) == before
    updated = room.incidents.update(incident.id, {"occurred_at": (T0 - 30 * MIN).isoformat()})
    assert updated.occurred_at == T0 - 30 * MIN


def test_correcting_received_at_refuses_the_future_the_same_way(room: DutyRoom) -> None:
    incident = room.incidents.receive({"title": "来电", "deaths": 3})
    assert incident.id is not None
    with pytest.raises(ValidationError, match=FUTURE):
        room.incidents.correct_received_at(incident.id, T0 + 2 * MIN, "录入有误")
    moved = room.incidents.correct_received_at(incident.id, T0 + MIN, "录入有误")
    assert moved.received_at == T0 + MIN


def test_stored_times_are_not_checked_again_after_the_clock_went_back(room: DutyRoom) -> None:
    incident = room.incidents.receive({"title": "来电", "occurred_at": T0.isoformat()})
    assert incident.id is not None and isinstance(room.clock, FakeClock)
    room.clock.set(T0 - 60 * MIN)  # the PC clock was corrected backwards
    assert room.incidents.update(incident.id, {"place": "河口镇"}).place == "河口镇"


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seconds=st.integers(min_value=-3 * 86400, max_value=3 * 86400),
    key=st.sampled_from(["received_at", "occurred_at"]),
)
def test_future_times_are_refused_exactly_beyond_one_minute(
    room: DutyRoom, seconds: int, key: str
) -> None:
    at = T0 + timedelta(seconds=seconds)
    try:
        stored = room.incidents.receive({key: at.isoformat()})
    except ValidationError as exc:
        assert seconds > 60 and exc.field == key
    else:
        assert seconds <= 60 and getattr(stored, key) == at


# -- 标题 -----------------------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "   ", "\u3000\t", "\x00"])
def test_a_given_title_cannot_be_emptied(room: DutyRoom, blank: str) -> None:
    incident = room.incidents.receive({"title": "化工厂爆炸"})
    assert incident.id is not None
    before = state(room)
    with pytest.raises(ValidationError) as caught:
        room.incidents.update(incident.id, {"title": blank, "deaths": 1})
    assert (caught.value.field, caught.value.message) == ("title", TITLE_CLEARED)
    assert state(room) == before
    assert room.incidents.update(incident.id, {"title": "化工厂火灾"}).title == "化工厂火灾"


def test_a_title_never_given_may_stay_empty(room: DutyRoom) -> None:
    incident = room.incidents.receive()  # F2: an untitled incident, the clock running
    assert incident.id is not None and incident.title == ""
    assert room.incidents.update(incident.id, {"title": "", "place": "河口镇"}).title == ""
    assert room.incidents.update(incident.id, {"title": "仓库火灾"}).title == "仓库火灾"


# -- hard limits: refused, never capped ------------------------------------------------------


@pytest.mark.parametrize("key", COUNT_FIELDS)
def test_counts_above_max_count_are_refused_not_capped(room: DutyRoom, key: str) -> None:
    before = state(room)
    for value in (MAX_COUNT + 1, 99_999_999, str(99_999_999)):
        with pytest.raises(ValidationError, match=f"超过上限{MAX_COUNT}") as caught:
            room.incidents.receive({key: value})
        assert caught.value.field == key
    assert state(room) == before
    fields: dict[str, Any] = {key: MAX_COUNT}
    if key == "serious_injuries":
        fields["injured"] = MAX_COUNT
    stored = room.incidents.receive(fields)
    assert getattr(stored.casualties, key) == MAX_COUNT


def test_a_loss_above_the_limit_is_refused(room: DutyRoom) -> None:
    with pytest.raises(ValidationError, match="超过上限") as caught:
        room.incidents.receive({"direct_loss_wan": MAX_LOSS_WAN * 10})
    assert caught.value.field == "direct_loss_wan"
    assert room.incidents.receive({"direct_loss_wan": MAX_LOSS_WAN}).casualties.direct_loss_wan


# -- preview of an update ------------------------------------------------------------------


def test_preview_of_a_falling_grade_lists_what_it_would_cancel_and_writes_nothing(
    room: DutyRoom,
) -> None:
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    assert incident.id is not None
    before = (state(room), room.incidents.get(incident.id))

    preview = room.incidents.preview_update(incident.id, {"deaths": 2})

    assert (state(room), room.incidents.get(incident.id)) == before
    assert (preview.old_grade, preview.new_grade) == (Grade.LARGER, Grade.GENERAL)
    assert preview.lowers_grade and preview.grade_reason.endswith("：未达较大标准")
    assert preview.incident.casualties.deaths == 2 and preview.incident.id == incident.id
    names = [preview.rule_name(ob) for ob in preview.cancelled]
    assert sorted(names) == ["续报", "首报·书面", "首报·电话"]
    assert all(ob.id is not None and ob.status is S.PENDING for ob in preview.cancelled)
    reasons = dict(zip(names, preview.cancel_reasons, strict=True))
    assert reasons["首报·电话"] == "等级调整为一般，不再适用首报·电话时限"
    assert preview.withdrawn == preview.cancelled
    [added] = preview.added
    assert (preview.rule_name(added), added.due_at, added.id) == ("一般·书面", T0 + 120 * MIN, None)
    lines = preview.cancelled_lines(TZ)
    assert "首报·电话（时限11-23 14:30）：等级调整为一般，不再适用首报·电话时限" in lines


def test_preview_and_update_agree(room: DutyRoom) -> None:
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    assert incident.id is not None
    assert isinstance(room.clock, FakeClock)
    room.clock.advance(minutes=20)
    before = snapshot(room, incident.id)
    preview = room.incidents.preview_update(incident.id, {"deaths": 12})  # rises to 重大
    assert not preview.lowers_grade and preview.new_grade is Grade.MAJOR
    assert [preview.rule_name(o) for o in preview.cancelled] == ["续报"]  # every 12 h now
    assert preview.withdrawn == ()  # replaced by the 12-hour 续报, not gone
    updated = room.incidents.update(incident.id, {"deaths": 12})
    assert updated == preview.incident
    _assert_preview_was_applied(room, incident.id, before, preview)


def _assert_preview_was_applied(
    room: DutyRoom, iid: int, before: dict[int | None, Obligation], preview: UpdatePreview
) -> None:
    """The update that followed `preview` cancelled and added exactly what it listed."""
    after = {ob.id: ob for ob in room.incidents.obligations_of(iid)}
    changed = {i for i, ob in before.items() if after[i] != ob}
    assert changed == {ob.id for ob in preview.cancelled}
    for ob, reason in zip(preview.cancelled, preview.cancel_reasons, strict=True):
        assert before[ob.id] == ob
        assert after[ob.id].status is S.CANCELLED and after[ob.id].cancelled_reason == reason
    new = [ob for ob in after.values() if ob.id not in before]
    key = [(o.rule_code, o.due_at, o.sequence, o.anchor_at) for o in preview.added]
    assert sorted(key) == sorted((o.rule_code, o.due_at, o.sequence, o.anchor_at) for o in new)


def snapshot(room: DutyRoom, iid: int) -> dict[int | None, Obligation]:
    return {ob.id: ob for ob in room.incidents.obligations_of(iid)}


@settings(max_examples=40, deadline=None)
@given(
    start=st.fixed_dictionaries(
        {"deaths": st.integers(0, 40), "trapped": st.integers(0, 5), "sensitive": st.booleans()}
    ),
    change=st.fixed_dictionaries(
        {},
        optional={
            "deaths": st.integers(0, 40),
            "missing": st.integers(0, 5),
            "trapped": st.integers(0, 5),
            "evacuated": st.integers(0, 1000),
            "direct_loss_wan": st.floats(0, 20000, allow_nan=False),
            "sensitive": st.booleans(),
            "near_miss": st.booleans(),
        },
    ),
    minutes=st.integers(0, 3000),
)
def test_preview_predicts_update_exactly(
    start: dict[str, Any], change: dict[str, Any], minutes: int
) -> None:
    room = new_room()
    incident = room.incidents.receive({"title": "事件", **start})
    assert incident.id is not None and isinstance(room.clock, FakeClock)
    room.clock.advance(minutes=minutes)
    before = snapshot(room, incident.id)
    preview = room.incidents.preview_update(incident.id, change)
    updated = room.incidents.update(incident.id, change)
    assert updated == preview.incident and updated.effective_grade is preview.new_grade
    _assert_preview_was_applied(room, incident.id, before, preview)
    room.close()


def test_preview_refuses_what_update_refuses(room: DutyRoom) -> None:
    incident = room.incidents.receive({"title": "化工厂爆炸"})
    assert incident.id is not None
    for fields, field in (
        ({"title": ""}, "title"),
        ({"deaths": -1}, "deaths"),
        ({"received_at": T0.isoformat()}, "received_at"),
        ({"occurred_at": (T0 + 5 * MIN).isoformat()}, "occurred_at"),
    ):
        with pytest.raises(ValidationError) as caught:
            room.incidents.preview_update(incident.id, fields)
        assert caught.value.field == field


def test_obligations_are_planned_with_the_rooms_grading_policy(room: DutyRoom) -> None:
    """plan() used the default 较大涉险 thresholds whatever the room's policy said."""
    strict = GradingPolicy(near_miss_evacuated=100)
    service = IncidentService(
        store_of(room), room.events, room.clock, room.bureau.timezone, lambda: strict
    )
    incident = service.receive({"title": "山洪转移群众", "evacuated": 200})
    assert incident.id is not None
    codes = {ob.rule_code for ob in service.obligations_of(incident.id)}
    assert {"first_phone", "first_written"} <= codes  # 较大涉险 by the room's own threshold
    preview = service.preview_update(incident.id, {"evacuated": 50})
    assert {ob.rule_code for ob in preview.withdrawn} >= {"first_phone", "first_written"}
