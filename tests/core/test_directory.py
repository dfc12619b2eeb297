"""The reference shelf: contacts (validation, search, Excel all or nothing), documents, lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.contact_search import ContactIndex
from dutyroom.errors import NotFoundError, ValidationError
from dutyroom.excel.contacts_excel import (
    apply_contacts_import,
    export_contacts,
    preview_contacts_import,
)
from dutyroom.excel.transfer import ImportProblemsError
from dutyroom.models import Contact, ContactKind
from dutyroom.reference import DEFAULT_PROCEDURE, ProcedureStep, ReportingDuty
from dutyroom.services import DutyRoom

TZ = ZoneInfo("Asia/Shanghai")
K = ContactKind
PEOPLE = [
    Contact("王建国", K.GOVERNMENT, "县政府办", "主任", "0731-8666 0002", "139 0731 0001"),
    Contact("城关镇值班室", K.TOWNSHIP, "城关镇", phone="0731-86661001"),
    Contact("李大山", K.INFORMANT, "青山乡石门村", "信息员", mobile="13973100031"),
    Contact("县气象局", K.MEMBER, "气象局", phone="0731-86660121"),
    Contact("王小建", K.WARDEN, "河口镇", "地灾监测员", mobile="15807310099"),
]


@pytest.fixture
def room(tmp_path: Path) -> Iterator[DutyRoom]:
    store = SqliteStore(open_database(None))
    room = DutyRoom(store, FakeClock(datetime(2026, 11, 23, 9, tzinfo=TZ)), data_dir=tmp_path)
    room.incidents.ensure_default_rules()  # as dutyroom/compose.py open_room does
    for contact in PEOPLE:
        room.directory.add_contact(contact)
    yield room
    store.close()


def names(contacts: list[Contact]) -> list[str]:
    return [c.name for c in contacts]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("建国", ["王建国"]),  # part of the name
        ("王", ["王建国", "王小建"]),  # names starting with it come first
        ("石门村", ["李大山"]),  # the unit
        ("气象", ["县气象局"]),
        ("86660002", ["王建国"]),  # digits of "0731-8666 0002", spaces and dashes ignored
        ("0731 8666-1001", ["城关镇值班室"]),  # a typed number with separators
        ("07310001", ["王建国"]),  # mobile "139 0731 0001"
        ("100031", ["李大山"]),
        ("wjg", ["王建国"]),  # pinyin initials
        ("WJG", ["王建国"]),
        ("wx", ["王小建"]),
        ("cgz", ["城关镇值班室"]),  # initials of the name (城关镇值班室) and of the unit
        ("qxj", ["县气象局"]),  # initials inside the name: xqxj
        ("zzz", []),
        ("12", []),  # two digits match too much to mean anything
    ],
)
def test_search(room: DutyRoom, query: str, expected: list[str]) -> None:
    assert names(room.directory.search(query)) == expected


def test_search_by_kind_and_empty_query(room: DutyRoom) -> None:
    assert names(room.directory.search("", kind=K.TOWNSHIP)) == ["城关镇值班室"]
    assert len(room.directory.search("  ")) == len(PEOPLE)


def test_index_is_built_once_and_rebuilt_after_a_change(room: DutyRoom) -> None:
    index = room.directory.index()
    assert room.directory.index() is index  # a keystroke does not rebuild it
    room.directory.add_contact(Contact("张卫东", K.GOVERNMENT, "县委办", mobile="13907310003"))
    assert room.directory.index() is not index
    assert names(room.directory.search("zwd")) == ["张卫东"]


def test_search_of_two_thousand_contacts_finds_each_kind_of_query() -> None:
    """Name, phone digits, pinyin initials and unit all match (speed: python -m bench.directory)."""
    contacts = [
        Contact(f"联系人{i}", K.OTHER, f"单位{i % 50}", mobile=f"139{i:08d}") for i in range(2000)
    ]
    index = ContactIndex.build(contacts)
    for query in ("联系人19", "00001999", "lxr", "单位7"):
        assert index.search(query)


@pytest.mark.parametrize(
    ("contact", "field"),
    [
        (Contact("  ", K.OTHER, phone="110"), "name"),
        (Contact("某人", K.OTHER), "phone"),
        (Contact("某人", K.OTHER, phone="打这个号"), "phone"),
        (Contact("某人", K.OTHER, mobile="1" * 30), "mobile"),
    ],
)
def test_contact_validation(room: DutyRoom, contact: Contact, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        room.directory.add_contact(contact)
    assert caught.value.field == field


def test_update_and_delete(room: DutyRoom) -> None:
    stored = room.directory.search("李大山")[0]
    room.directory.update_contact(
        Contact("李大山", K.INFORMANT, "青山乡", mobile="13800000000", id=stored.id)
    )
    assert names(room.directory.search("13800000000")) == ["李大山"]
    with pytest.raises(NotFoundError):
        room.directory.update_contact(Contact("x", K.OTHER, phone="1", id=9999))
    assert stored.id is not None
    room.directory.delete_contact(stored.id)
    assert room.directory.search("李大山") == []


# ---------------------------------------------------------------------------- Excel


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_export_then_import_is_a_no_op(room: DutyRoom, tmp_path: Path) -> None:
    out = export_contacts(room, tmp_path / "通讯录.xlsx")
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == [
        "名称",
        "类别",
        "单位",
        "职务",
        "电话",
        "手机",
        "乡镇",
        "备注",
    ]
    assert ws["A2"].value == "王建国" and ws["E2"].value == "0731-8666 0002"
    preview = preview_contacts_import(room, out)
    assert preview.ok and preview.count("same") == len(PEOPLE)


def test_import_adds_and_updates(room: DutyRoom, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "in.xlsx",
        [
            ["县级通讯录"],
            ["姓名", "类别", "单位", "手机号码", "办公电话"],
            ["王建国", "政府部门", "县政府办", "139 0731 0001", "0731-86660009"],
            ["河口镇值班室", "乡镇", "河口镇", None, "0731-86661003"],
        ],
    )
    preview = preview_contacts_import(room, path)
    assert preview.ok, preview.problems
    assert [(r.row, r.change) for r in preview.rows] == [(3, "update"), (4, "add")]
    assert apply_contacts_import(room, preview) == {"add": 1, "update": 1, "same": 0}
    assert room.directory.search("王建国")[0].phone == "0731-86660009"
    # Index rebuilt; initials of a name rank above initials of a unit (王小建 of 河口镇).
    assert names(room.directory.search("hkz")) == ["河口镇值班室", "王小建"]


def test_import_with_one_bad_row_writes_nothing(room: DutyRoom, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [
            ["名称", "类别", "单位", "电话"],
            ["新联系人甲", "成员单位", "水利局", "0731-1"],
            ["新联系人乙", "外星单位", "水利局", "0731-2"],
            ["新联系人丙", "成员单位", "水利局", ""],
            ["新联系人甲", "成员单位", "水利局", "0731-3"],
        ],
    )
    preview = preview_contacts_import(room, path)
    assert not preview.ok
    assert [str(p) for p in preview.problems] == [
        "第3行：无法识别的类别“外星单位”（可用：上级值班室、政府部门、成员单位、乡镇值班、信息员、"
        "责任人、卫星电话、其他）",
        "第4行：请至少填写一个电话或手机号码",
        "第5行：“新联系人甲”与第2行重复",
    ]
    before = room.directory.contacts()
    with pytest.raises(ImportProblemsError):
        apply_contacts_import(room, preview)
    assert room.directory.contacts() == before


def test_import_without_a_header(room: DutyRoom, tmp_path: Path) -> None:
    preview = preview_contacts_import(room, write_sheet(tmp_path / "x.xlsx", [["a", "b"]]))
    assert not preview.ok and "未找到表头" in str(preview.problems[0])


# ---------------------------------------------------------------------------- documents


def test_document_is_copied_into_the_data_folder(room: DutyRoom, tmp_path: Path) -> None:
    source = tmp_path / "outside" / "防汛应急预案.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 plan")
    first = room.directory.add_document("县防汛应急预案", "专项预案", source, note="2026年修订")
    second = room.directory.add_document("县防汛应急预案（旧版）", "专项预案", source)
    assert first.file == "防汛应急预案.pdf" and second.file == "防汛应急预案（2）.pdf"
    path = room.directory.document_path(first)
    assert path == tmp_path / "documents" / "防汛应急预案.pdf"
    assert path.read_bytes() == b"%PDF-1.4 plan" and source.exists()
    assert [d.title for d in room.directory.documents()] == [
        "县防汛应急预案",
        "县防汛应急预案（旧版）",
    ]
    assert first.id is not None
    room.directory.delete_document(first.id)
    assert not path.exists() and source.exists()
    with pytest.raises(ValidationError):
        room.directory.add_document("  ", "其他")
    with pytest.raises(ValidationError, match="找不到文件"):
        room.directory.add_document("缺文件", "其他", tmp_path / "nope.pdf")
    entry = room.directory.add_document("无附件的目录", "")
    assert entry.category == "其他"
    with pytest.raises(NotFoundError):
        room.directory.document_path(entry)


def test_procedure_defaults_then_edits(room: DutyRoom) -> None:
    steps = room.directory.procedure()
    assert len(steps) == len(DEFAULT_PROCEDURE) and steps[0].stage == "接报"
    room.directory.set_procedure([ProcedureStep("接报", "记录时间"), ProcedureStep("报告", "报告")])
    assert [(s.stage, s.text, s.position) for s in room.directory.procedure()] == [
        ("接报", "记录时间", 0),
        ("报告", "报告", 1),
    ]
    with pytest.raises(ValidationError):
        room.directory.set_procedure([])


def test_reporting_duties_defaults_then_edits(room: DutyRoom) -> None:
    duties = room.directory.reporting_duties()
    assert ("道路交通事故", "公安局交警大队") in [(d.event_kind, d.department) for d in duties]
    room.directory.set_reporting_duties([ReportingDuty("森林火灾", "林业局", "0731-1")])
    assert [(d.event_kind, d.department, d.contact) for d in room.directory.reporting_duties()] == [
        ("森林火灾", "林业局", "0731-1")
    ]
    with pytest.raises(ValidationError, match="第1行"):
        room.directory.set_reporting_duties([ReportingDuty("森林火灾", " ")])
