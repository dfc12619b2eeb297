"""A realistic 40-entry shift (2026-11-23 08:30 to 11-24 08:30) for the duty-log outputs: a 较大
chemical explosion reported on time by phone and 35 minutes late in writing, a road accident, a
fire never reported, warnings and instructions, entries after midnight, and one automatic line
as the first wave stored it (with the rule code first_phone)."""

from __future__ import annotations

from datetime import timedelta

from dutyroom.clock import FakeClock
from dutyroom.models import Evidence, LogEntry, LogKind
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import local
from tests.storage_access import store_of

DAY = "2026-11-23"
START = local(2026, 11, 23, 9)
LONG = (
    "县气象台发布暴雨黄色预警：预计今天夜间到明天白天，青山乡、河口镇、城关镇将出现暴雨，"
    "局地大暴雨，累计雨量80至120毫米，并伴有雷电和短时强降水，请各乡镇做好防范应对工作。"
)


def _report(room: DutyRoom, incident_id: int, kind: str, minutes: int, by: str) -> None:
    for ob in room.incidents.obligations_of(incident_id):
        if ob.kind.value != kind or ob.status.value != "pending" or ob.id is None:
            continue
        for step, unit in enumerate(ob.missing_units() or ("市应急管理局",)):
            room.incidents.report(
                ob.id,
                Evidence(
                    ob.id,
                    ob.anchor_at + timedelta(minutes=minutes + step),
                    "电话" if kind == "phone" else "传真",
                    unit,
                    "值班员",
                    by,
                ),
                reason="补录",
            )
        return


def busy_shift(room: DutyRoom, clock: FakeClock) -> None:
    """Fill the shift; the clock ends at 08:20 the next morning (before the shift ends)."""
    clock.set(local(2026, 11, 23, 10, 6))
    explosion = room.incidents.receive(
        {
            "received_at": local(2026, 11, 23, 10, 5).isoformat(),
            "title": "河口镇化工园区某化工厂爆炸事故",
            "category": "事故灾难",
            "subtype": "危险化学品",
            "township": "河口镇",
            "place": "化工园区纬三路6号",
            "deaths": 3,
            "injured": 6,
        },
        received_by="吴倩",
    )
    clock.set(local(2026, 11, 23, 14, 1))
    road = room.incidents.receive(
        {
            "received_at": local(2026, 11, 23, 14, 0).isoformat(),
            "title": "城关镇建设路货车侧翻交通事故",
            "category": "事故灾难",
            "subtype": "道路交通",
            "township": "城关镇",
            "injured": 1,
        },
        received_by="吴倩",
    )
    clock.set(local(2026, 11, 24, 1, 11))
    fire = room.incidents.receive(
        {
            "received_at": local(2026, 11, 24, 1, 10).isoformat(),
            "title": "青山乡石门村民房火灾",
            "category": "事故灾难",
            "subtype": "火灾",
            "township": "青山乡",
            "deaths": 3,
        },
        received_by="郑凯",
    )
    assert explosion.id and road.id and fire.id
    clock.set(local(2026, 11, 24, 8, 20))
    _report(room, explosion.id, "phone", 20, "吴倩")
    _report(room, explosion.id, "written", 95, "吴倩")  # due at 60 minutes: 35 late
    _report(room, road.id, "written", 100, "郑凯")
    # A line as the first wave stored it: the rule code, no 记录人.
    store_of(room).log.add(
        LogEntry(
            at=local(2026, 11, 23, 10, 40),
            kind=LogKind.REPORT,
            content="报送：河口镇化工园区某化工厂爆炸事故 first_phone，电话报市应急管理局 值班员",
            ref_table="incident",
            ref_id=explosion.id,
        )
    )
    kinds = [LogKind.CALL_IN, LogKind.CALL_OUT, LogKind.DOCUMENT, LogKind.OTHER]
    stored = len(room.log.for_shift(room.log.shift_of_day(START.date())))
    at = local(2026, 11, 23, 8, 40)
    for i in range(40 - stored - 3):
        at += timedelta(minutes=37)
        text = (
            LONG
            if i % 7 == 0
            else f"第{i + 1}次：青山乡报告雨情，石门村转移群众{10 + i}人，无人员伤亡"
        )
        room.log.add(
            kinds[i % len(kinds)],
            text,
            at=at,
            unit="县气象局" if i % 7 == 0 else "青山乡人民政府",
            person="王工",
            number="0731-8666" + f"{i:04d}",
            taken_by="吴倩" if at.hour >= 9 and at.date() == START.date() else "郑凯",
        )
    room.log.add(LogKind.WARNING, LONG, at=local(2026, 11, 23, 17, 5), unit="县气象台")
    room.log.add(
        LogKind.INSTRUCTION,
        "县委刘书记批示：全力搜救被困人员，做好伤员救治和善后，举一反三开展危化品企业排查。",
        at=local(2026, 11, 23, 11, 0),
        taken_by="吴倩",
    )
    room.log.add(LogKind.OTHER, "00:30 查岗：各乡镇值班在岗", at=local(2026, 11, 24, 0, 30))
