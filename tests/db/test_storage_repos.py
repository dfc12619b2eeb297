"""Every repository round-trips its dataclasses: what goes in comes out equal."""

from __future__ import annotations

from datetime import date, time, timedelta, timezone
from pathlib import Path

import pytest

from db import SqliteStore
from dutyroom.errors import ConflictError, NotFoundError
from dutyroom.models import (
    Anchor,
    Assignment,
    Casualties,
    Contact,
    ContactKind,
    DayType,
    Evidence,
    Grade,
    Handover,
    HolidayOverride,
    Incident,
    IncidentStatus,
    Leave,
    LogEntry,
    LogKind,
    Obligation,
    ObligationKind,
    ObligationState,
    Person,
    Role,
    Rule,
    ShiftTemplate,
    SignIn,
    SpotCheck,
    Swap,
    SwapKind,
)
from tests.db.conftest import T0

SHANGHAI = timezone(timedelta(hours=8))


def add_people(store: SqliteStore) -> tuple[Person, Person]:
    a = store.people.add(Person("张三", (Role.LEADER,), unit="应急局", mobile="13800000001"))
    b = store.people.add(Person("李四", (Role.OFFICER, Role.BACKUP), active=False))
    return a, b


def add_template(store: SqliteStore) -> ShiftTemplate:
    return store.templates.add(
        ShiftTemplate(
            "24小时班",
            time(8, 30),
            24,
            {
                DayType.WORKDAY: {Role.LEADER: 1, Role.OFFICER: 1},
                DayType.HOLIDAY: {Role.LEADER: 2, Role.OFFICER: 2},
            },
        )
    )


def full_incident() -> Incident:
    return Incident(
        received_at=T0.astimezone(SHANGHAI),
        title="某镇化工厂爆炸",
        received_by="王五",
        channel="电话",
        source="镇政府",
        reporter="赵六",
        reporter_unit="某镇政府/值班员",
        reporter_phone="0571-1234567",
        informed="县公安局",
        occurred_at=T0 - timedelta(minutes=20, microseconds=123),
        place="某镇工业园区1号",
        township="某镇",
        category="事故灾难",
        subtype="危化品",
        unit="某化工有限公司",
        summary="反应釜爆炸，引发火灾",
        casualties=Casualties(3, 1, 5, 2, 4, 12, 600, 1234.5),
        measures="消防已到场",
        leaders_on_site="副县长",
        site_contact="钱七 13900000000",
        requests="请求支援",
        trend="火势得到控制",
        sensitive=True,
        near_miss=True,
        grade=Grade.LARGER,
        grade_reason="死亡3人",
        grade_override=Grade.MAJOR,
        grade_override_reason="领导要求",
        status=IncidentStatus.CLOSED,
        closed_at=T0 + timedelta(days=2),
        closing_note="处置完毕",
    )


def test_people_round_trip(store: SqliteStore) -> None:
    a, b = add_people(store)
    assert a.id is not None and b.id is not None
    assert store.people.get(a.id) == a
    assert store.people.get(b.id) == b
    assert store.people.by_name("李四") == b
    assert store.people.by_name("无此人") is None
    assert store.people.list() == [a, b]
    assert store.people.list(active_only=True) == [a]
    changed = Person("张三丰", (), office_phone="110", id=a.id)
    assert store.people.update(changed) == changed
    assert store.people.get(a.id) == changed


def test_duplicate_name_is_a_conflict(store: SqliteStore) -> None:
    a, b = add_people(store)
    with pytest.raises(ConflictError, match="已有同名人员：张三"):
        store.people.add(Person("张三", (Role.OFFICER,)))
    with pytest.raises(ConflictError, match="已有同名人员：李四"):
        store.people.update(Person("李四", (), id=a.id))
    assert store.people.list() == [a, b]


def test_missing_ids_raise_not_found(store: SqliteStore) -> None:
    with pytest.raises(NotFoundError, match="人员"):
        store.people.get(42)
    with pytest.raises(NotFoundError):
        store.people.update(Person("无", (), id=42))
    with pytest.raises(NotFoundError):
        store.people.update(Person("无", ()))
    with pytest.raises(NotFoundError):
        store.people.delete_leave(42)
    with pytest.raises(NotFoundError):
        store.people.add_leave(Leave(42, date(2026, 1, 1), date(2026, 1, 2)))
    with pytest.raises(NotFoundError):
        store.incidents.get(1)
    with pytest.raises(NotFoundError):
        store.obligations.get(1)
    with pytest.raises(NotFoundError):
        store.templates.get(1)
    with pytest.raises(NotFoundError):
        store.roster.mark_swap_undone(1)
    with pytest.raises(NotFoundError):
        store.contacts.get(1)
    with pytest.raises(NotFoundError):
        store.obligations.add_evidence(Evidence(9, T0, "电话", "市局", "值班员", "王五"))


def test_leaves(store: SqliteStore) -> None:
    a, b = add_people(store)
    assert a.id is not None and b.id is not None
    l1 = store.people.add_leave(Leave(a.id, date(2026, 12, 1), date(2026, 12, 3), "年假"))
    l2 = store.people.add_leave(Leave(b.id, date(2026, 11, 1), date(2026, 11, 1)))
    assert store.people.leaves() == [l2, l1]
    assert store.people.leaves(a.id) == [l1]
    assert l1.id is not None
    store.people.delete_leave(l1.id)
    assert store.people.leaves() == [l2]


def test_templates_round_trip(store: SqliteStore) -> None:
    template = add_template(store)
    assert template.id is not None
    assert store.templates.get(template.id) == template
    assert store.templates.list() == [template]
    changed = ShiftTemplate("白班", time(8, 0), 12, {}, id=template.id)
    store.templates.update(changed)
    assert store.templates.get(template.id) == changed
    assert store.templates.get(template.id).minimum(DayType.HOLIDAY, Role.LEADER) == 0


def test_roster_assignments(store: SqliteStore) -> None:
    a, b = add_people(store)
    template = add_template(store)
    assert a.id and b.id and template.id
    d1, d2, d3 = date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)
    first = [
        Assignment(d1, Role.OFFICER, b.id, template.id),
        Assignment(d1, Role.LEADER, a.id, template.id, manual=True),
        Assignment(d2, Role.LEADER, b.id, template.id),
        Assignment(d3, Role.LEADER, a.id, template.id),
    ]
    with store.atomic():
        store.roster.replace_days([d1, d2, d3], first)
    assert store.roster.assignments(d1, d3) == [first[1], first[0], first[2], first[3]]
    assert store.roster.assignments(d2, d2) == [first[2]]
    replacement = [Assignment(d2, Role.OFFICER, a.id, template.id)]
    store.roster.replace_days([d2], replacement)
    assert store.roster.assignments(d2, d2) == replacement
    assert len(store.roster.assignments(d1, d3)) == 4


def test_swaps_and_sign_ins(store: SqliteStore) -> None:
    a, b = add_people(store)
    assert a.id and b.id
    swap = store.roster.add_swap(
        Swap(
            SwapKind.EXCHANGE,
            date(2026, 12, 5),
            Role.OFFICER,
            a.id,
            b.id,
            "张三",
            "局长",
            "家中有事",
            other_day=date(2026, 12, 9),
            created_at=T0,
        )
    )
    cover = store.roster.add_swap(
        Swap(SwapKind.COVER, date(2026, 12, 20), Role.LEADER, b.id, a.id, "李四", "局长", "出差")
    )
    assert store.roster.swaps(date(2026, 12, 1), date(2026, 12, 31)) == [swap, cover]
    assert store.roster.swaps(date(2026, 12, 9), date(2026, 12, 9)) == [swap]
    assert swap.id is not None
    store.roster.mark_swap_undone(swap.id)
    assert store.roster.swaps(date(2026, 12, 5), date(2026, 12, 5))[0].undone

    shift = T0.replace(hour=0, minute=30)
    signed = store.roster.upsert_sign_in(SignIn(a.id, shift, signed_in_at=shift))
    assert store.roster.sign_ins(shift) == [signed]
    out = store.roster.upsert_sign_in(
        SignIn(a.id, shift, signed_in_at=shift, signed_out_at=shift + timedelta(hours=24))
    )
    assert out.id == signed.id
    assert store.roster.sign_ins(shift.astimezone(SHANGHAI)) == [out]


def test_calendar_overrides(store: SqliteStore) -> None:
    h = HolidayOverride(date(2027, 1, 1), DayType.HOLIDAY, "元旦")
    m = HolidayOverride(date(2026, 12, 27), DayType.MAKEUP)
    store.calendar.set_override(h)
    store.calendar.set_override(m)
    assert store.calendar.overrides() == [m, h]
    h2 = HolidayOverride(date(2027, 1, 1), DayType.WORKDAY, "改")
    store.calendar.set_override(h2)
    assert store.calendar.overrides() == [m, h2]
    store.calendar.delete_override(date(2026, 12, 27))
    store.calendar.delete_override(date(2000, 1, 1))  # nothing there: no error
    assert store.calendar.overrides() == [h2]


def test_incidents_round_trip(store: SqliteStore) -> None:
    incident = store.incidents.add(full_incident())
    assert incident.id is not None
    back = store.incidents.get(incident.id)
    assert back == incident
    assert back.received_at.utcoffset() == timedelta(0)  # returned in UTC
    minimal = store.incidents.add(Incident(received_at=T0 + timedelta(hours=1)))
    assert store.incidents.get(minimal.id or 0) == minimal
    assert store.incidents.count() == 2
    assert store.incidents.list_open() == [minimal]
    assert store.incidents.list_between(T0, T0 + timedelta(hours=1)) == [incident]
    assert store.incidents.list_between(T0, T0 + timedelta(hours=2)) == [incident, minimal]
    reopened = Incident(received_at=T0, title="改", id=incident.id)
    store.incidents.update(reopened)
    assert store.incidents.get(incident.id) == reopened
    assert store.incidents.list_open() == [reopened, minimal]


def test_naive_datetimes_are_refused(store: SqliteStore) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.incidents.add(Incident(received_at=T0.replace(tzinfo=None)))
    assert store.incidents.count() == 0


def test_obligations_and_evidence(store: SqliteStore) -> None:
    incident = store.incidents.add(full_incident())
    assert incident.id is not None
    late = store.obligations.add(
        Obligation(
            incident.id,
            "first_written",
            ObligationKind.WRITTEN,
            Anchor.RECEIVED,
            T0,
            T0 + timedelta(minutes=60),
            created_at=T0,
        )
    )
    early = store.obligations.add(
        Obligation(
            incident.id,
            "first_phone",
            ObligationKind.PHONE,
            Anchor.OCCURRED,
            T0,
            T0 + timedelta(minutes=30),
            sequence=2,
        )
    )
    assert store.obligations.get(late.id or 0) == late
    assert store.obligations.open() == [early, late]
    assert store.obligations.for_incident(incident.id) == [early, late]
    done = Obligation(
        incident.id,
        "first_phone",
        ObligationKind.PHONE,
        Anchor.OCCURRED,
        T0,
        T0 + timedelta(minutes=30),
        sequence=2,
        status=ObligationState.DONE,
        done_at=T0 + timedelta(minutes=41),
        minutes_late=11,
        id=early.id,
    )
    cancelled = Obligation(
        incident.id,
        "first_written",
        ObligationKind.WRITTEN,
        Anchor.RECEIVED,
        T0,
        T0 + timedelta(minutes=60),
        status=ObligationState.CANCELLED,
        cancelled_reason="等级下调",
        created_at=T0,
        id=late.id,
    )
    with store.atomic():
        store.obligations.update(done)
        store.obligations.update(cancelled)
    assert store.obligations.open() == []
    assert store.obligations.for_incident(incident.id) == [done, cancelled]
    evidence = store.obligations.add_evidence(
        Evidence(
            early.id or 0,
            T0 + timedelta(minutes=41),
            "电话",
            "市应急局",
            "值班员孙八",
            "王五",
            to_number="0571-7654321",
            document="报告.docx",
            note="已口头报告",
        )
    )
    assert store.obligations.evidence(early.id or 0) == [evidence]
    assert store.obligations.evidence(late.id or 0) == []


def test_rules_replace_all(store: SqliteStore) -> None:
    rules = [
        Rule("first_phone", "首报·电话", ObligationKind.PHONE, "major", Anchor.RECEIVED, 30),
        Rule(
            "followup",
            "续报",
            ObligationKind.FOLLOWUP,
            "open_major",
            Anchor.PREVIOUS,
            1440,
            repeat_minutes=1440,
            repeat_minutes_major=720,
            warn_minutes=30,
            critical_minutes=10,
            enabled=False,
        ),
    ]
    store.rules.replace_all(rules)
    stored = store.rules.list()
    assert [r.__class__(**{**_fields(r), "id": None}) for r in stored] == rules
    store.rules.replace_all(rules[1:])
    assert [r.code for r in store.rules.list()] == ["followup"]
    with pytest.raises(ConflictError):
        store.rules.replace_all([rules[0], rules[0]])
    assert [r.code for r in store.rules.list()] == ["followup"]  # unchanged


def _fields(rule: Rule) -> dict[str, object]:
    return {name: getattr(rule, name) for name in rule.__slots__}


def test_log_round_trip(store: SqliteStore) -> None:
    later = store.log.add(LogEntry(T0 + timedelta(minutes=5), LogKind.CALL_IN, "市局来电查岗"))
    first = store.log.add(
        LogEntry(
            T0,
            LogKind.INCIDENT,
            "接报化工厂爆炸",
            unit="某镇",
            person="赵六",
            number="110",
            taken_by="王五",
            ref_table="incident",
            ref_id=7,
        )
    )
    assert store.log.between(T0, T0 + timedelta(hours=1)) == [first, later]
    assert store.log.between(T0 + timedelta(minutes=1), T0 + timedelta(minutes=5)) == []


def test_contacts_round_trip(store: SqliteStore) -> None:
    c = store.contacts.add(
        Contact("市应急局值班室", ContactKind.SUPERIOR, phone="0571-1", township="", note="24h")
    )
    d = store.contacts.add(Contact("某镇值班", ContactKind.TOWNSHIP, mobile="139", township="某镇"))
    assert store.contacts.list() == [c, d]
    changed = Contact("某镇值班室", ContactKind.TOWNSHIP, title="主任", id=d.id)
    store.contacts.update(changed)
    assert store.contacts.get(d.id or 0) == changed
    store.contacts.delete(c.id or 0)
    assert store.contacts.list() == [changed]


def test_settings(store: SqliteStore) -> None:
    assert store.settings.get("timezone") is None
    assert store.settings.get("timezone", "Asia/Shanghai") == "Asia/Shanghai"
    store.settings.set("timezone", "Asia/Urumqi")
    store.settings.set("bureau_name", "某县应急管理局")
    store.settings.set("timezone", "Asia/Shanghai")
    assert store.settings.all() == {"bureau_name": "某县应急管理局", "timezone": "Asia/Shanghai"}


def test_handovers_round_trip(store: SqliteStore) -> None:
    h1 = store.handovers.add(Handover(T0, "张三", "李四", '{"a": 1}', created_at=T0))
    h2 = store.handovers.add(
        Handover(
            T0,
            "张三",
            "李四",
            '{"a": 2}',
            created_at=T0 + timedelta(minutes=5),
            accepted_at=T0 + timedelta(minutes=10),
            accepted_by="李四",
            version=2,
        )
    )
    assert store.handovers.get(h1.id or 0) == h1
    assert store.handovers.for_shift(T0) == [h1, h2]
    assert store.handovers.between(T0, T0 + timedelta(days=1)) == [h1, h2]
    assert store.handovers.latest() == h2


def test_spot_checks_round_trip(store: SqliteStore) -> None:
    check = store.spot_checks.add(
        SpotCheck(T0, "received", "电话", "市应急局", "孙八", "本局", "王五", True, False, 9, "好")
    )
    assert store.spot_checks.get(check.id or 0) == check
    assert store.spot_checks.between(T0, T0 + timedelta(seconds=1)) == [check]
    changed = SpotCheck(
        T0, "made", "视频", "本局", "王五", "某镇", "", False, False, None, "未接", "通报", check.id
    )
    store.spot_checks.update(changed)
    assert store.spot_checks.get(check.id or 0) == changed


def test_is_empty_and_path(store: SqliteStore) -> None:
    assert store.path is None
    assert store.is_empty()
    store.settings.set("timezone", "Asia/Shanghai")
    assert store.is_empty()
    store.log.add(LogEntry(T0, LogKind.OTHER, "开始值班"))
    assert not store.is_empty()


def test_file_store_path(file_store: SqliteStore, db_path: Path) -> None:
    assert file_store.path == db_path.resolve()
