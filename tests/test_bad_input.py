"""Hostile input at every form field, importer and the CLI's JSON: a Chinese message or a value
stored as given (cleaned), never another exception and never part of a write.

Each case goes through `attempt`, which counts every table (audit included) before and after: a
refusal must be in Chinese and must have written nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutyroom.errors import DutyRoomError
from dutyroom.excel.contacts_excel import apply_contacts_import, preview_contacts_import
from dutyroom.excel.transfer import (
    apply_people_import,
    apply_roster_import,
    export_people,
    preview_people_import,
    preview_roster_import,
)
from dutyroom.models import (
    Contact,
    ContactKind,
    DayType,
    LogKind,
    Person,
    Role,
    SpotCheck,
    Swap,
    SwapKind,
)
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import LEADERS, OFFICERS, local, make_room
from tests.storage_access import store_of

CJK = re.compile(r"[\u4e00-\u9fff]")
TEXTS: dict[str, Any] = {
    "empty": "",
    "whitespace": " \t\u3000\n ",
    "10k chars": "险" * 10_000,
    "emoji": "🔥🚒火情",
    "NUL": "火\x00情",
    "ESC": "火\x1b[31m情",
    "RLO": "火\u202e情",
    "lone surrogate": "火\ud800情",
    "SQL": "'; DROP TABLE incident; --",
    "formula": '=HYPERLINK("http://x","点我")',
}
NUMBERS: dict[str, Any] = {
    "-1": -1,
    "huge": 10**18,
    "NaN": math.nan,
    "inf": math.inf,
    "-inf": -math.inf,
    "1.5": 1.5,
    "text '3'": "3",
    "text 'abc'": "abc",
    "bool": True,
}
DATES: dict[str, Any] = {
    "far future": date(9999, 12, 31),
    "far past": date(1, 1, 1),
    "2028-02-29": date(2028, 2, 29),
    "2026-11-23": date(2026, 11, 23),
}


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    opened = make_room()
    yield opened
    opened.close()


def counts(room: DutyRoom) -> dict[str, int]:
    db = store_of(room).db
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'"
        )
    ]
    return {n: int(db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def attempt(room: DutyRoom, where: str, label: str, call: Callable[[], object]) -> str:
    """Run one hostile write: a DutyRoomError in Chinese that wrote nothing, or success."""
    before = counts(room)
    try:
        call()
    except DutyRoomError as exc:
        assert CJK.search(exc.message), f"{where}/{label}: not Chinese: {exc.message!r}"
        assert counts(room) == before, f"{where}/{label}: partial write after refusal"
        outcome = "拒绝：" + exc.message[:40].replace("\n", " ")
    else:
        outcome = "保存"
    return outcome


def stored_text(value: str) -> bool:
    """A stored text holds no lone surrogate and no control character but tab and newline."""
    return not any(0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and c not in "\n\t") for c in value)


# ------------------------------------------------------------------------------ form fields
INCIDENT_TEXT = ("title", "place", "summary", "reporter_phone", "requests")


@pytest.mark.parametrize("label", TEXTS)
@pytest.mark.parametrize("field", INCIDENT_TEXT)
def test_incident_text_fields(room: DutyRoom, field: str, label: str) -> None:
    value = TEXTS[label]
    if (
        attempt(
            room, f"incident.receive {field}", label, lambda: room.incidents.receive({field: value})
        )
        == "保存"
    ):
        stored = room.incidents.open_incidents()[-1]
        assert stored_text(getattr(stored, field))
        if label == "SQL":
            assert getattr(stored, field) == value  # stored as text, nothing executed
    incident = room.incidents.receive({"title": "原标题"})
    assert incident.id is not None
    iid = incident.id
    attempt(
        room, f"incident.update {field}", label, lambda: room.incidents.update(iid, {field: value})
    )


@pytest.mark.parametrize("label", NUMBERS)
@pytest.mark.parametrize("field", ("deaths", "injured", "direct_loss_wan"))
def test_incident_numbers(room: DutyRoom, field: str, label: str) -> None:
    attempt(
        room,
        f"incident.receive {field}",
        label,
        lambda: room.incidents.receive({field: NUMBERS[label]}),
    )


@pytest.mark.parametrize(
    "value",
    [
        "2027-02-29T08:00+08:00",
        "2028-02-29T08:00+08:00",
        "9999-12-31T23:59+08:00",
        "0001-01-01T00:00+08:00",
        "2026-11-23T08:00",
        "明天",
        "",
        12,
    ],
)
def test_incident_times(room: DutyRoom, value: object) -> None:
    attempt(
        room,
        "incident.receive occurred_at",
        repr(value),
        lambda: room.incidents.receive({"occurred_at": value}),
    )
    attempt(
        room,
        "incident.receive received_at",
        repr(value),
        lambda: room.incidents.receive({"received_at": value}),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300), field=st.sampled_from(INCIDENT_TEXT))
def test_incident_text_hypothesis(room: DutyRoom, text: str, field: str) -> None:
    before = counts(room)
    try:
        stored = room.incidents.receive({field: text})
    except DutyRoomError as exc:
        assert CJK.search(exc.message) and counts(room) == before
    else:
        assert stored_text(getattr(stored, field))


@pytest.mark.parametrize("label", TEXTS)
@pytest.mark.parametrize("field", ("name", "unit", "mobile"))
def test_people(room: DutyRoom, field: str, label: str) -> None:
    fields = {"name": "测试人", "unit": "", "mobile": "", field: TEXTS[label]}
    person = Person(roles=(Role.OFFICER,), **fields)
    if attempt(room, f"people.add {field}", label, lambda: room.people.add(person)) == "保存":
        stored = room.people.list()[-1]
        assert stored_text(stored.name + stored.unit + stored.mobile)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=40), unit=st.text(max_size=40))
def test_people_hypothesis(room: DutyRoom, name: str, unit: str) -> None:
    before = counts(room)
    try:
        stored = room.people.add(Person(name=name, roles=(Role.OFFICER,), unit=unit))
    except DutyRoomError as exc:
        assert CJK.search(exc.message) and counts(room) == before
    else:
        assert stored_text(stored.name + stored.unit)


@pytest.mark.parametrize("label", TEXTS)
def test_bureau_name(room: DutyRoom, label: str) -> None:
    attempt(room, "bureau.set_name", label, lambda: room.bureau.set_name(TEXTS[label]))
    assert stored_text(room.bureau.name())


@pytest.mark.parametrize(
    "zone", ["", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Asia/Shanghai\x00", "UTC"]
)
def test_bureau_timezone(room: DutyRoom, zone: str) -> None:
    attempt(room, "bureau.set_timezone", repr(zone), lambda: room.bureau.set_timezone(zone))
    room.bureau.timezone()  # still a usable zone


@pytest.mark.parametrize("label", [*TEXTS, *DATES])
def test_holiday_override(room: DutyRoom, label: str) -> None:
    day = DATES.get(label, date(2026, 12, 1))
    note = TEXTS.get(label, "调休")
    attempt(
        room,
        "calendar.set_override",
        label,
        lambda: room.calendar.set_override(day, DayType.HOLIDAY, note),
    )


def _swap(room: DutyRoom, **changes: Any) -> Swap:
    day = date(2026, 11, 24)
    on_duty = {a.person_id for a in room.roster.assignments(day, day) if a.role is Role.OFFICER}
    officers = [p for p in room.people.list() if Role.OFFICER in p.roles and p.id]
    a = next(p for p in officers if p.id in on_duty)
    b = next(p for p in officers if p.id not in on_duty)
    assert a.id and b.id
    values: dict[str, Any] = {
        "kind": SwapKind.COVER,
        "day": date(2026, 11, 24),
        "role": Role.OFFICER,
        "from_person_id": a.id,
        "to_person_id": b.id,
        "requested_by": a.name,
        "approved_by": LEADERS[0],
        "reason": "家中有事",
    }
    values.update(changes)
    return Swap(**values)


@pytest.mark.parametrize("label", [*TEXTS, *DATES])
def test_swaps(room: DutyRoom, label: str) -> None:
    room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    changes = {"day": DATES[label]} if label in DATES else {"reason": TEXTS[label]}
    attempt(room, "roster.swap", label, lambda: room.roster.swap(_swap(room, **changes)))


def _spot(**changes: Any) -> SpotCheck:
    values: dict[str, Any] = {
        "at": local(2026, 11, 23, 10),
        "direction": "received",
        "method": "电话",
        "checker_unit": "市应急管理局",
        "checker_person": "王",
        "checked_unit": "本局",
        "answered_by": "张",
        "leader_present": True,
        "officer_present": True,
        "answer_seconds": 12,
        "result": "正常",
    }
    values.update(changes)
    return SpotCheck(**values)


@pytest.mark.parametrize("label", [*TEXTS, "-1 s", "huge s"])
def test_spot_checks(room: DutyRoom, label: str) -> None:
    if label in TEXTS:
        check = _spot(checker_unit=TEXTS[label], follow_up=TEXTS[label])
    else:
        check = _spot(answer_seconds=-1 if label == "-1 s" else 10**12)
    attempt(room, "spot_checks.record", label, lambda: room.spot_checks.record(check))


@pytest.mark.parametrize("label", TEXTS)
@pytest.mark.parametrize("field", ("name", "phone", "note"))
def test_contacts(room: DutyRoom, field: str, label: str) -> None:
    fields = {"name": "县消防大队", "phone": "0731-119", "note": "", field: TEXTS[label]}
    contact = Contact(kind=ContactKind.MEMBER, **fields)
    attempt(
        room, f"directory.add_contact {field}", label, lambda: room.directory.add_contact(contact)
    )


@pytest.mark.parametrize("label", [*TEXTS, "year 1", "year 9999"])
def test_log_entries(room: DutyRoom, label: str) -> None:
    if label in TEXTS:
        attempt(room, "log.add content", label, lambda: room.log.add(LogKind.CALL_IN, TEXTS[label]))
        attempt(
            room,
            "log.add unit",
            label,
            lambda: room.log.add(LogKind.CALL_IN, "来电", unit=TEXTS[label]),
        )
        attempt(room, "log.quick_add", label, lambda: room.log.quick_add(TEXTS[label]))
    else:
        year = 1 if label == "year 1" else 9999
        at = local(2026, 11, 23, 9).replace(year=year)
        attempt(room, "log.add at", label, lambda: room.log.add(LogKind.CALL_IN, "来电", at=at))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_log_hypothesis(room: DutyRoom, text: str) -> None:
    before = counts(room)
    try:
        entry = room.log.add(LogKind.OTHER, text, unit=text[:20])
    except DutyRoomError as exc:
        assert CJK.search(exc.message) and counts(room) == before
    else:
        assert stored_text(entry.content + entry.unit)


@pytest.mark.parametrize("label", TEXTS)
def test_handover_names(room: DutyRoom, label: str) -> None:
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 25))
    shift = room.log.current_shift()
    sheet = room.handover.draft(shift)
    name = TEXTS[label]
    if (
        attempt(room, "handover.submit by", label, lambda: room.handover.submit(sheet, name))
        == "保存"
    ):
        handover = room.handover.current(shift)
        assert handover is not None and handover.id is not None
        hid = handover.id
        attempt(room, "handover.accept names", label, lambda: room.handover.accept(hid, name, name))


# ------------------------------------------------------------------------------ importers
FILE_TEXTS = [k for k in TEXTS if k not in ("NUL", "ESC", "lone surrogate")]  # not in xlsx XML


def workbook(path: Path, rows: list[list[object]], *, formulas: bool = False) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for line in book.active.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("=") and not formulas:
                cell.data_type = "s"  # text typed with a leading ', as Excel stores it
    book.save(path)
    return path


@pytest.mark.parametrize("label", FILE_TEXTS)
def test_people_import(room: DutyRoom, tmp_path: Path, label: str) -> None:
    value = TEXTS[label]
    rows: list[list[object]] = [
        ["姓名", "角色", "单位", "手机"],
        ["新同志", "值班员", value, "138"],
    ]
    path = workbook(tmp_path / "p.xlsx", rows)

    def run() -> None:
        preview = preview_people_import(room, path)
        apply_people_import(room, preview)

    if attempt(room, "people import 单位", label, run) == "保存" and label == "formula":
        person = room.people.by_name("新同志")
        assert person is not None and person.unit == value  # stored as text
        cell = openpyxl.load_workbook(export_people(room, tmp_path / "out.xlsx")).active
        unit = next(
            c for row in cell.iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value)
        )
        assert unit.data_type == "s" and unit.quotePrefix and unit.value == value


def test_a_real_formula_cell_is_never_run(room: DutyRoom, tmp_path: Path) -> None:
    """A formula cell (not text) is never run; one saved without its cached result (openpyxl
    writes none) is refused with its cell named, rather than imported as an empty value."""
    rows: list[list[object]] = [["姓名", "角色", "单位"], ["公式人", "值班员", '=CMD("calc")']]
    path = workbook(tmp_path / "f.xlsx", rows, formulas=True)
    outcome = attempt(
        room,
        "people import 单位",
        "real formula cell",
        lambda: apply_people_import(room, preview_people_import(room, path)),
    )
    assert outcome.startswith("拒绝") and "C2单元格是公式" in outcome
    assert room.people.by_name("公式人") is None


@pytest.mark.parametrize("label", FILE_TEXTS)
def test_contacts_import(room: DutyRoom, tmp_path: Path, label: str) -> None:
    value = TEXTS[label]
    rows: list[list[object]] = [
        ["名称", "类别", "电话", "备注"],
        ["县消防大队", "单位", "119", value],
    ]
    path = workbook(tmp_path / "c.xlsx", rows)

    def run() -> None:
        apply_contacts_import(room, preview_contacts_import(room, path))

    attempt(room, "contacts import 备注", label, run)


@pytest.mark.parametrize("label", [*FILE_TEXTS, "2027-02-29", "2028-02-29", "year 9999", "-5"])
def test_roster_import(room: DutyRoom, tmp_path: Path, label: str) -> None:
    day: object = {"2027-02-29": "2027-02-29", "2028-02-29": "2028-02-29"}.get(label, "2026-12-01")
    name: object = TEXTS.get(label, OFFICERS[0])
    if label == "year 9999":
        day = "9999-12-01"
    if label == "-5":
        day = -5
    rows: list[list[object]] = [["日期", "带班领导", "值班员"], [day, LEADERS[0], name]]
    path = workbook(tmp_path / "r.xlsx", rows)

    def run() -> None:
        preview = preview_roster_import(room, path)
        apply_roster_import(room, preview)

    attempt(room, "roster import", label, run)


# ------------------------------------------------------------------------------ CLI JSON
@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        "null",
        '{"title": "\\ud800"}',
        '{"deaths": 1e400}',
        '{"deaths": NaN}',
        '{"deaths": -1}',
        '{"title": "\\u0000火"}',
        '{"unknown": 1}',
        '{"title": ' + json.dumps("险" * 10_000) + "}",
        "{" * 5000,
    ],
)
def test_cli_json(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    from dutyroom.app.cli import main

    data = tmp_path / "in.json"
    data.write_text(text, encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "incident", "receive", "--json", str(data)])
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code:
        assert CJK.search(err)
