"""A realistic December for the ledger and statistics: a 较大 chemical explosion reported on time
by phone and 35 minutes late in writing, with a 续报, a 领导批示 and its closing; a road accident
reported on time; a fire never reported (overdue); one received this morning and still within
its deadline. The export runs at 2026-12-02 09:00."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dutyroom.clock import FakeClock
from dutyroom.models import Evidence, LogKind, ObligationKind, ObligationState
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room
from tests.reporting import BOTH_UNITS

TZ = ZoneInfo("Asia/Shanghai")
EXPORT_AT = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=TZ)


def _report(
    room: DutyRoom, incident_id: int, kind: ObligationKind, when: datetime, how: str
) -> None:
    clock = room.clock
    assert isinstance(clock, FakeClock)
    clock.set(when)
    ob = next(
        o
        for o in room.incidents.obligations_of(incident_id)
        if o.kind is kind and o.status is ObligationState.PENDING
    )
    assert ob.id is not None
    units = "、".join(ob.missing_units()) or BOTH_UNITS
    room.incidents.report(ob.id, Evidence(ob.id, when, how, units, "值班员", "吴倩"))


def december_room(path: Path | None = None) -> tuple[DutyRoom, dict[str, int]]:
    room = make_room(path)
    clock = room.clock
    assert isinstance(clock, FakeClock)
    ids: dict[str, int] = {}

    clock.set(
        at(
            1,
            9,
            5,
        )
        + timedelta(seconds=37, microseconds=123456)
    )
    blast = room.incidents.receive(
        {
            "occurred_at": at(1, 8, 50).isoformat(),
            "title": "河口镇化工园区某化工厂反应釜爆炸",
            "category": "事故灾难",
            "subtype": "危险化学品",
            "township": "河口镇",
            "place": "河口镇化工园区纬二路6号",
            "reporter": "张建国",
            "reporter_unit": "河口镇安监站",
            "reporter_phone": "13973100088",
            "deaths": 3,
            "injured": 6,
            "summary": "反应釜检修时发生爆炸，引发局部火灾，3人死亡、6人受伤，现场明火已扑灭。",
        },
        received_by="吴倩",
    )
    assert blast.id is not None
    ids["blast"] = blast.id
    _report(room, blast.id, ObligationKind.PHONE, at(1, 9, 25), "电话")
    clock.set(at(1, 9, 40))
    room.log.add(
        LogKind.INSTRUCTION,
        "全力救治伤员，彻查事故原因，及时续报。",
        person="刘志强",
        taken_by="吴倩",
        ref_table="incident",
        ref_id=blast.id,
    )
    _report(room, blast.id, ObligationKind.WRITTEN, at(1, 10, 40), "传真")

    clock.set(at(1, 14, 10))
    road = room.incidents.receive(
        {
            "title": "城关镇人民路两车相撞交通事故",
            "category": "事故灾难",
            "subtype": "道路交通",
            "township": "城关镇",
            "place": "人民路与建设路交叉口",
            "reporter": "县交警大队",
            "injured": 2,
            "summary": "两辆小型轿车相撞，2人轻伤送医。",
        },
        received_by="吴倩",
    )
    assert road.id is not None
    ids["road"] = road.id
    _report(room, road.id, ObligationKind.WRITTEN, at(1, 15, 30), "传真")

    clock.set(at(1, 20, 30))
    fire = room.incidents.receive(
        {
            "title": "青山乡石门村民房火灾",
            "category": "事故灾难",
            "subtype": "火灾",
            "township": "青山乡",
            "place": "石门村三组",
            "reporter": "李大山",
            "reporter_unit": "石门村",
        },
        received_by="孙丽娟",
    )
    assert fire.id is not None
    ids["fire"] = fire.id

    # The blast: a 续报 in the evening, then closed after midnight.
    followups = [
        o
        for o in room.incidents.obligations_of(blast.id)
        if o.kind is ObligationKind.FOLLOWUP and o.status is ObligationState.PENDING
    ]
    if followups:
        _report(room, blast.id, ObligationKind.FOLLOWUP, at(1, 21, 0), "传真")
    clock.set(at(2, 1, 15))
    room.incidents.close(blast.id, "伤员均已送医，现场处置完毕。")

    clock.set(at(2, 8, 30))
    flood = room.incidents.receive(
        {
            "title": "新塘镇低洼路段积水",
            "category": "自然灾害",
            "subtype": "洪涝灾害",
            "township": "新塘镇",
            "place": "新塘镇朝阳路",
            "reporter": "新塘镇人民政府",
        },
        received_by="孙丽娟",
    )
    assert flood.id is not None
    ids["flood"] = flood.id
    clock.set(EXPORT_AT)
    return room, ids
