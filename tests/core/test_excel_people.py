"""People workbooks: export read back, all-or-nothing import, formulas kept as text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest

from dutyroom.errors import ConflictError, ValidationError
from dutyroom.excel.people_excel import HEADER_ROW, HEADERS
from dutyroom.excel.transfer import (
    ImportProblemsError,
    apply_people_import,
    export_people,
    preview_people_import,
)
from dutyroom.excel.workbook import WorkbookError
from dutyroom.models import Person, Role
from dutyroom.paper_settings import PaperSettings
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import LEADERS, OFFICERS, dump, make_room


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    yield room
    room.close()


def write(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def test_export_reads_back(room: DutyRoom, tmp_path: Path) -> None:
    room.bureau.set_paper(PaperSettings(duty_phone="0731-86661234"))
    room.people.add(
        Person(
            "多面手",
            (Role.LEADER, Role.OFFICER),
            "办公室",
            "13900000000",
            "0731-1",
            title="副主任",
        )
    )
    room.people.deactivate(room.people.by_name(LEADERS[0]).id)  # type: ignore[union-attr,arg-type]
    out = export_people(room, tmp_path / "人员.xlsx", maker="孙丽娟")
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县应急管理局值班人员名单"
    assert "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
    assert "值班电话：0731-86661234" in ws["A2"].value
    assert tuple(c.value for c in ws[HEADER_ROW]) == HEADERS
    assert HEADERS[:3] == ("序号", "姓名", "职务")
    rows = {r[1]: r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}
    assert rows["多面手"][1:] == (
        "多面手",
        "副主任",
        "带班领导、值班员",
        "办公室",
        "13900000000",
        "0731-1",
        "在岗",
    )
    assert rows[LEADERS[0]][7] == "停用" and rows[LEADERS[0]][0] == 1
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == "$3:$3"
    assert ws.oddFooter.left.text == "制表人：孙丽娟"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.oddFooter.right.text == "制表日期：2026年11月23日"


def test_export_imports_back_with_the_title(room: DutyRoom, tmp_path: Path) -> None:
    person = room.people.by_name(OFFICERS[0])
    assert person is not None
    room.people.update(dataclasses.replace(person, title="科员"))
    out = export_people(room, tmp_path / "人员.xlsx")
    ws = openpyxl.load_workbook(out).active
    row = next(r for r in ws.iter_rows(min_row=HEADER_ROW + 1) if r[1].value == OFFICERS[0])
    row[2].value = "副主任"  # the office promoted them, in the file
    ws.cell(ws.max_row + 1, 2, "新同志")
    ws.cell(ws.max_row, 3, "科员")
    ws.cell(ws.max_row, 4, "值班员")
    ws.parent.save(out)
    preview = preview_people_import(room, out)
    assert preview.ok, preview.problems
    assert (preview.count("add"), preview.count("update")) == (1, 1)
    apply_people_import(room, preview)
    assert room.people.by_name(OFFICERS[0]).title == "副主任"  # type: ignore[union-attr]
    new = room.people.by_name("新同志")
    assert new is not None and (new.title, new.unit) == ("科员", "")


def test_a_title_column_is_read_apart_from_the_unit(room: DutyRoom, tmp_path: Path) -> None:
    rows = [["姓名", "职务", "角色", "工作单位"], ["钱进", "股长", "值班员", "安全生产股"]]
    apply_people_import(room, preview_people_import(room, write(tmp_path / "p.xlsx", rows)))
    person = room.people.by_name("钱进")
    assert person is not None and (person.title, person.unit) == ("股长", "安全生产股")
    with pytest.raises(ValidationError, match="职务过长"):
        room.people.update(dataclasses.replace(person, title="很" * 21))


def test_import_adds_updates_and_keeps_the_rest(room: DutyRoom, tmp_path: Path) -> None:
    rows = [
        ["人员名单"],
        ["姓 名", "角色", "单位", "手机", "办公电话"],
        ["新同志", "值班员、备班", "防汛办", 13812345678, None],
        [LEADERS[1], "带班领导", "局领导", "13907310001", "0731-88"],  # office phone changed
        [],
        [LEADERS[2], "带班领导", "局领导", "13907310002", ""],  # unchanged
    ]
    preview = preview_people_import(room, write(tmp_path / "p.xlsx", rows))
    assert preview.ok, preview.problems
    assert (preview.count("add"), preview.count("update"), preview.count("same")) == (1, 1, 1)
    apply_people_import(room, preview)
    new = room.people.by_name("新同志")
    assert new is not None and new.roles == (Role.OFFICER, Role.BACKUP)
    assert new.mobile == "13812345678"  # a number cell comes back as digits, not 1.38e10
    assert room.people.by_name(LEADERS[1]).office_phone == "0731-88"  # type: ignore[union-attr]


def test_problems_are_listed_by_row_and_nothing_is_written(room: DutyRoom, tmp_path: Path) -> None:
    rows = [
        ["姓名", "角色", "单位"],
        ["甲", "值班员", ""],
        ["乙", "司机", ""],
        ["甲", "值班员", ""],
        ["", "值班员", "办公室"],
        ["丙", "", ""],
    ]
    before = dump(room)
    preview = preview_people_import(room, write(tmp_path / "p.xlsx", rows))
    assert [str(p) for p in preview.problems] == [
        "第3行：无法识别的角色“司机”（可用：带班领导、值班长、值班员、备班）",
        "第4行：甲与第2行重名",
        "第5行：姓名不能为空",
        "第6行：请为丙至少选择一个角色",
    ]
    with pytest.raises(ImportProblemsError):
        apply_people_import(room, preview)
    assert dump(room) == before


def test_formula_text_is_stored_as_text_and_exported_unexecuted(
    room: DutyRoom, tmp_path: Path
) -> None:
    source = tmp_path / "p.xlsx"
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["姓名", "角色", "单位"])
    ws.append(["钱多多", "值班员", None])
    ws["C2"].value = '=HYPERLINK("http://evil","点我")'
    ws["C2"].data_type = "s"  # typed as text, as a user pasting it with a leading ' would get
    workbook.save(source)
    apply_people_import(room, preview_people_import(room, source))
    assert room.people.by_name("钱多多").unit == '=HYPERLINK("http://evil","点我")'  # type: ignore[union-attr]
    out = openpyxl.load_workbook(export_people(room, tmp_path / "out.xlsx")).active
    cell = next(r[4] for r in out.iter_rows(min_row=HEADER_ROW + 1) if r[1].value == "钱多多")
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == '=HYPERLINK("http://evil","点我")'


def test_duplicate_name_message_reaches_the_user(room: DutyRoom) -> None:
    with pytest.raises(ConflictError, match=f"已有同名人员：{LEADERS[0]}"):
        room.people.add(Person(f" {LEADERS[0]} ", (Role.OFFICER,)))


def test_not_a_workbook(room: DutyRoom, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    path.write_text("姓名,角色\n张三,值班员\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match="CSV"):
        preview_people_import(room, path)
