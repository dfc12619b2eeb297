"""A realistic demo bureau: people, the default shift, two months of roster, incidents, contacts."""

from __future__ import annotations

from datetime import date, timedelta

from dutyroom.models import Contact, ContactKind, Evidence, Person, Role
from dutyroom.services import DutyRoom

BUREAU = "示范县应急管理局"

# (姓名, 单位, 职务, 手机): 单位 is where someone works, 职务 what they are; both go on paper.
LEADERS = [
    ("王建国", "局领导", "局长", "13907310001"),
    ("李振华", "局领导", "副局长", "13907310002"),
    ("张卫东", "局领导", "副局长", "13907310003"),
    ("刘志强", "局领导", "总工程师", "13907310004"),
    ("陈海燕", "局领导", "纪检组长", "13907310005"),
]
OFFICERS = [
    ("赵晓明", "办公室", "副主任", "13807320011"),
    ("孙丽娟", "办公室", "科员", "13807320012"),
    ("周文斌", "应急指挥中心", "副主任", "13807320013"),
    ("吴倩", "应急指挥中心", "科员", "13807320014"),
    ("郑凯", "安全生产股", "股长", "13807320015"),
    ("冯雪梅", "防汛办", "科员", "13807320016"),
    ("蒋涛", "救灾股", "副股长", "13807320017"),
    ("韩冰", "执法大队", "队员", "13807320018"),
]
BACKUPS = [
    ("杨光", "办公室", "科员", "13807320021"),
    ("朱敏", "应急指挥中心", "科员", "13807320022"),
]

CONTACTS = [
    ("市应急管理局总值班室", ContactKind.SUPERIOR, "市应急管理局", "0731-88880110"),
    ("省应急管理厅总值班室", ContactKind.SUPERIOR, "省应急管理厅", "0731-89990110"),
    ("县委总值班室", ContactKind.GOVERNMENT, "县委办", "0731-86660001"),
    ("县政府总值班室", ContactKind.GOVERNMENT, "县政府办", "0731-86660002"),
    ("县消防救援大队", ContactKind.MEMBER, "消防救援大队", "0731-86660119"),
    ("县公安局指挥中心", ContactKind.MEMBER, "公安局", "0731-86660110"),
    ("县交警大队", ContactKind.MEMBER, "公安局交警大队", "0731-86660122"),
    ("县气象局", ContactKind.MEMBER, "气象局", "0731-86660121"),
    ("城关镇值班室", ContactKind.TOWNSHIP, "城关镇", "0731-86661001"),
    ("青山乡值班室", ContactKind.TOWNSHIP, "青山乡", "0731-86661002"),
    ("河口镇值班室", ContactKind.TOWNSHIP, "河口镇", "0731-86661003"),
    ("李大山（青山乡信息员）", ContactKind.INFORMANT, "青山乡石门村", "13973100031"),
    ("县应急局卫星电话", ContactKind.SATELLITE, "应急管理局", "17400001111"),
]


def fill(room: DutyRoom, *, incidents: bool = True) -> dict[str, int]:
    """Fill a room in one transaction (all or nothing); people already there by name are kept.
    Without `incidents`, only people, roster and contacts (a scenario brings its own events)."""
    room.set_actor("演示数据")
    with room.atomic():
        return _fill(room, incidents)


def _fill(room: DutyRoom, with_incidents: bool = True) -> dict[str, int]:
    known = {person.name for person in room.people.list()}
    room.bureau.set_name(BUREAU)
    staff: list[tuple[str, tuple[Role, ...], str, str, str]] = [
        (name, (Role.LEADER,), unit, title, mobile) for name, unit, title, mobile in LEADERS
    ]
    staff += [
        (name, (Role.OFFICER, Role.CHIEF) if index < 2 else (Role.OFFICER,), unit, title, mobile)
        for index, (name, unit, title, mobile) in enumerate(OFFICERS)
    ]
    staff += [
        (name, (Role.BACKUP, Role.OFFICER), unit, title, mobile)
        for name, unit, title, mobile in BACKUPS
    ]
    for name, roles, unit, title, mobile in staff:
        if name not in known:
            room.people.add(Person(name, roles, unit=unit, mobile=mobile, title=title))
    today = room.today()
    first = today.replace(day=1)
    after_next = first_of_next_month(first_of_next_month(first))
    # The shift that is running at 00:00-08:30 on the 1st began the day before.
    room.roster.generate(first - timedelta(days=1), after_next - timedelta(days=1))
    room.directory.save_contacts(
        [
            Contact(name=name, kind=kind, unit=unit, phone=phone)
            for name, kind, unit, phone in CONTACTS
        ],
        [],
    )
    incidents = _incidents(room) if with_incidents else 0
    return {
        "people": len(LEADERS) + len(OFFICERS) + len(BACKUPS),
        "roster_days": (after_next - first).days,
        "incidents": incidents,
        "contacts": len(CONTACTS),
    }


def _incidents(room: DutyRoom) -> int:
    now = room.clock.now()

    def iso(minutes_ago: float) -> str:
        return (now - timedelta(minutes=minutes_ago)).isoformat()

    room.incidents.receive(
        {
            "received_at": iso(22),
            "occurred_at": iso(40),
            "title": "河口镇某仓储公司仓库火灾",
            "category": "事故灾难",
            "subtype": "火灾",
            "township": "河口镇",
            "place": "河口镇工业园区兴业路8号",
            "reporter": "县消防救援大队指挥中心",
            "reporter_phone": "0731-86660119",
            "deaths": 3,
            "injured": 4,
            "serious_injuries": 1,
            "summary": "仓库起火，现场明火已得到控制，3人经抢救无效死亡。",
            "measures": "消防救援大队出动6车30人；县领导赶赴现场。",
        },
        received_by="赵晓明",
    )
    room.incidents.receive(
        {
            "received_at": iso(95),
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
    landslide = room.incidents.receive(
        {
            "received_at": iso(26 * 60),
            "occurred_at": iso(26 * 60 + 30),
            "title": "青山乡石门村山体滑坡",
            "category": "自然灾害",
            "subtype": "地质灾害",
            "township": "青山乡",
            "place": "青山乡石门村三组",
            "reporter": "李大山（信息员）",
            "reporter_phone": "13973100031",
            "trapped": 3,
            "evacuated": 120,
            "summary": "连续降雨引发山体滑坡，3人被困，已转移群众120人。",
        },
        received_by="孙丽娟",
    )
    for listed in room.incidents.obligations_of(landslide.id or 0):
        # Read again: one written report can meet two written deadlines (same_document).
        ob = next(o for o in room.incidents.obligations_of(landslide.id or 0) if o.id == listed.id)
        if ob.status.value != "pending":
            continue
        if ob.kind.value in ("phone", "written") and ob.id is not None:
            minutes = 20 if ob.kind.value == "phone" else 55
            units = list(ob.missing_units()) or ["市应急管理局"]
            for step, unit in enumerate(units):
                room.incidents.report(
                    ob.id,
                    Evidence(
                        obligation_id=ob.id,
                        done_at=ob.anchor_at + timedelta(minutes=minutes + step),
                        method="电话" if ob.kind.value == "phone" else "专网",
                        to_unit=unit,
                        to_person="值班员",
                        by="孙丽娟",
                    ),
                    reason="示范数据：补录昨日报送",
                )
    _daily_reports_sent(room, landslide.id or 0)
    return 3


def _daily_reports_sent(room: DutyRoom, incident_id: int) -> None:
    """The landslide's 灾情续报 that fell due before now were sent 20 minutes before their
    09:00 deadline: a demo duty room is one that keeps its deadlines."""
    now = room.clock.now()
    for _ in range(3):
        pending = [
            ob
            for ob in room.incidents.obligations_of(incident_id)
            if ob.rule_code == "disaster_daily" and ob.status.value == "pending" and ob.id
        ]
        if not pending or pending[0].due_at > now:
            return
        ob = pending[0]
        assert ob.id is not None
        room.incidents.report(
            ob.id,
            Evidence(
                obligation_id=ob.id,
                done_at=ob.due_at - timedelta(minutes=20),
                method="系统",
                to_unit="、".join(ob.missing_units()) or "市应急管理局",
                to_person="值班员",
                by="孙丽娟",
            ),
            reason="示范数据：补录今晨报送",
        )


def first_of_next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
