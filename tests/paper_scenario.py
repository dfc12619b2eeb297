"""The shift the paperwork is judged on (issue 15), built through the public API, and every paper
made from it with the real commands.

The shift of 2026-11-30 (08:30 to 08:30): a 较大 chemical explosion phoned up on time and reported
in writing 35 minutes late, a 续报 and the closing; a road accident reported on time; a fire never
reported; 40 entries in the duty log, some after midnight; a handover accepted with the satellite
phone marked 异常; the rosters of 2026-10 and 2027-01 (a year chinese-calendar does not know).

    python -m tests.paper_scenario OUT   # builds OUT/data and writes every paper into OUT/papers
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from db import SqliteStore, open_database
from dutyroom.app.paths import database_path
from dutyroom.clock import FakeClock
from dutyroom.handover import EquipmentItem
from dutyroom.models import Evidence, LogKind, ObligationKind, ObligationState
from dutyroom.paper_settings import PaperSettings
from dutyroom.services import DutyRoom
from tests.reporting import BOTH_UNITS

TZ = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 30)
EXPLOSION_WRITTEN_LATE = 35


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return (
        datetime(2026, 11, day, hour, minute, tzinfo=TZ)
        if day <= 30
        else datetime(2026, 12, day - 30, hour, minute, tzinfo=TZ)
    )


def _report(room: DutyRoom, incident_id: int, kind: ObligationKind, when: datetime) -> None:
    assert isinstance(room.clock, FakeClock)
    room.clock.set(when)
    pending = [
        o
        for o in room.incidents.obligations_of(incident_id)
        if o.kind is kind and o.status is ObligationState.PENDING and o.id is not None
    ]
    ob = min(pending, key=lambda o: o.due_at)
    assert ob.id is not None
    room.incidents.report(
        ob.id,
        Evidence(
            obligation_id=ob.id,
            done_at=when,
            method="电话" if kind is ObligationKind.PHONE else "传真",
            to_unit=BOTH_UNITS if ob.recipients else "市应急管理局",
            to_person="值班员",
            by="赵晓明",
        ),
    )


def build(data_dir: Path) -> DutyRoom:
    """The scenario in a fresh data folder (the folder must not hold a database yet)."""
    from dutyroom.demo import fill

    room = DutyRoom(SqliteStore(open_database(database_path(data_dir))), FakeClock(at(30, 8, 0)))
    room.incidents.ensure_default_rules()
    fill(room, incidents=False)
    room.bureau.set_paper(
        PaperSettings(
            duty_phone="0731-86660110", duty_fax="0731-86660111", doc_number="示应急值〔2026〕"
        )
    )
    room.set_actor("赵晓明")
    room.roster.generate(date(2026, 10, 1), date(2026, 12, 31))
    room.roster.generate(date(2027, 1, 1), date(2027, 1, 31))
    clock = room.clock
    assert isinstance(clock, FakeClock)

    clock.set(at(30, 9, 12))
    explosion = room.incidents.receive(
        {
            "received_at": at(30, 9, 10).isoformat(),
            "occurred_at": at(30, 8, 52).isoformat(),
            "title": "河口镇某化工有限公司反应釜爆炸",
            "category": "事故灾难",
            "subtype": "危险化学品",
            "township": "河口镇",
            "place": "河口镇化工园区纬三路6号",
            "unit": "某化工有限公司",
            "reporter": "河口镇值班室",
            "reporter_phone": "0731-86661003",
            "deaths": 4,
            "injured": 6,
            "summary": "该公司二车间反应釜发生爆炸，引发局部火灾，气温-5℃，现场有人员被困。",
            "measures": "消防救援大队出动8车40人赶赴现场；县医院派出救护车4辆。",
        },
        received_by="赵晓明",
    )
    assert explosion.id is not None
    _report(room, explosion.id, ObligationKind.PHONE, at(30, 9, 35))
    due = min(
        o.due_at
        for o in room.incidents.obligations_of(explosion.id)
        if o.kind is ObligationKind.WRITTEN
    )
    _report(room, explosion.id, ObligationKind.WRITTEN, due + timedelta(minutes=35))

    clock.set(at(30, 11, 22))
    road = room.incidents.receive(
        {
            "received_at": at(30, 11, 20).isoformat(),
            "occurred_at": at(30, 11, 5).isoformat(),
            "title": "城关镇人民路两车相撞交通事故",
            "category": "事故灾难",
            "subtype": "道路交通",
            "township": "城关镇",
            "place": "城关镇人民路与建设路交叉口",
            "reporter": "县交警大队",
            "injured": 2,
            "summary": "两辆小型轿车相撞，2人轻伤送医。",
        },
        received_by="赵晓明",
    )
    assert road.id is not None
    _report(room, road.id, ObligationKind.WRITTEN, at(30, 12, 40))

    clock.set(at(30, 14, 6))
    room.incidents.receive(
        {
            "received_at": at(30, 14, 5).isoformat(),
            "title": "青山乡石门村民房火灾",
            "category": "事故灾难",
            "subtype": "火灾",
            "township": "青山乡",
            "place": "青山乡石门村五组",
            "reporter": "李大山（青山乡信息员）",
            "summary": "一处民房起火，村民正在扑救。",
        },
        received_by="孙丽娟",
    )

    clock.set(at(30, 15, 30))
    room.incidents.update(
        explosion.id,
        {"deaths": 5, "injured": 7, "measures": "现场明火已扑灭，搜救工作结束。"},
    )
    _report(room, explosion.id, ObligationKind.SUPPLEMENTARY, at(30, 15, 50))
    _report(room, explosion.id, ObligationKind.FOLLOWUP, at(30, 17, 10))
    _fill_log(room)
    clock.set(at(31, 6, 0))
    room.incidents.close(explosion.id, "现场处置完毕，伤员均已送医救治，善后工作由县政府牵头。")
    _handover(room)
    return room


def _fill_log(room: DutyRoom) -> None:
    """Enough ordinary entries that the shift's log holds 40, some after midnight."""
    clock = room.clock
    assert isinstance(clock, FakeClock)
    kinds = (LogKind.CALL_IN, LogKind.CALL_OUT, LogKind.OTHER, LogKind.OTHER)
    texts = (
        "县气象局来电：今夜至明晨有大风降温，最低气温-5℃，请做好防范。",
        "通知城关镇、河口镇值班室加强夜间值守，落实带班领导在岗。",
        "按市应急管理局《关于做好寒潮天气防范应对工作的通知》（市应急〔2026〕88号）要求，"
        "向各乡镇转发并提醒做好防范。",
        "对各乡镇值班室进行电话抽查，均有人接听。",
    )
    start = at(30, 16, 0)
    total = len(room.log.entries(at(30, 8, 30), at(31, 8, 30)))
    for i in range(40 - total):
        clock.set(start + timedelta(minutes=25 * i))
        room.log.add(kinds[i % 4], f"{texts[i % 4]}（第{i + 1}条）")


def _handover(room: DutyRoom) -> None:
    clock = room.clock
    assert isinstance(clock, FakeClock)
    clock.set(at(31, 8, 10))
    shift = room.log.shift_of_day(DAY)
    sheet = room.handover.draft(shift)
    equipment = tuple(
        EquipmentItem(e.name, "异常", "无法搜到卫星信号，已报修") if "卫星" in e.name else e
        for e in sheet.equipment
    )
    handover = room.handover.submit(replace(sheet, equipment=equipment), "赵晓明")
    incoming, _ = room.roster.now_and_next(shift.end)
    assert handover.id is not None
    clock.set(at(31, 8, 32))
    room.handover.accept(handover.id, incoming.leaders[0].name, incoming.officers[0].name)


PAPERS = (
    ("print", "handover", "--shift", DAY.isoformat(), "--pdf", "handover.pdf"),
    ("print", "daily-log", "--date", DAY.isoformat(), "--pdf", "daily-log.pdf"),
    ("export", "daily-log", "--date", DAY.isoformat(), "--out", "daily-log.xlsx"),
    ("export", "ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "ledger.xlsx"),
    ("export", "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "stats.xlsx"),
    ("roster", "export", "--month", "2026-10", "--out", "roster-2026-10.xlsx"),
    ("roster", "export", "--month", "2027-01", "--out", "roster-2027-01.xlsx"),
    ("people", "export", "--out", "people.xlsx"),
    ("roster", "export-holiday", "--holiday", "国庆节", "--year", "2026", "--out", "holiday.xlsx"),
)


def report_papers(explosion_id: int) -> tuple[tuple[str, ...], ...]:
    drafts = (("首报", "report-first.docx"), ("续报", "report-followup.docx"))
    return (
        *(("report", "draft", str(explosion_id), "--kind", k, "--out", f) for k, f in drafts),
        ("report", "draft", str(explosion_id), "--kind", "终报", "--out", "report-final.docx"),
    )


def explosion_of(room: DutyRoom) -> int:
    found = room.incidents.received_between(at(30, 9, 0), at(30, 9, 30))
    return next(i.id for i in found if i.id is not None and "反应釜" in i.title)


def papers(data_dir: Path, out: Path, explosion_id: int) -> list[tuple[str, int]]:
    """Every paper of the scenario through the real commands; (name, exit code) for each."""
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for args in (*PAPERS, *report_papers(explosion_id)):
        full = [a if not a.endswith((".pdf", ".xlsx", ".docx")) else str(out / a) for a in args]
        done = subprocess.run(
            [sys.executable, "-m", "dutyroom", "--data-dir", str(data_dir), *full],
            capture_output=True,
            text=True,
            check=False,
        )
        results.append((args[-1], done.returncode))
        if done.returncode:
            print(" ".join(args), "->", done.returncode, done.stderr.strip(), file=sys.stderr)
    return results


def main() -> int:
    out = Path(sys.argv[1])
    data = out / "data"
    room = build(data)
    explosion_id = explosion_of(room)
    room.close()
    results = papers(data, out / "papers", explosion_id)
    for name, code in results:
        print(f"{'ok ' if code == 0 else 'ERR'} {name}")
    return max(code for _, code in results)


if __name__ == "__main__":
    sys.exit(main())
