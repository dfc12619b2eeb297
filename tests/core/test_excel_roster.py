"""Roster workbooks: the export read back cell by cell, and imports of many kinds of tables."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.calendar import iter_days
from dutyroom.excel.cells import DateCellError, parse_date_cell, split_names
from dutyroom.excel.roster_export import HOLIDAY_FILL, MAKEUP_FILL, WARNING_COLOR
from dutyroom.excel.transfer import (
    ImportProblemsError,
    apply_roster_import,
    export_roster,
    preview_roster_import,
)
from dutyroom.excel.workbook import WorkbookError
from dutyroom.models import Role
from dutyroom.paper_settings import PaperSettings
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import LEADERS, OFFICERS, dump, ids, make_room
from tests.core.test_holiday_notice import NOTICE_2027


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    yield room
    room.close()


def write(path: Path, rows: Sequence[Sequence[object]], *, merge: str = "") -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in rows:
        ws.append(list(row))
    if merge:
        ws.merge_cells(merge)
    workbook.save(path)
    return path


def crew(room: DutyRoom, day: date) -> dict[Role, list[str]]:
    names = {v: k for k, v in ids(room).items()}
    result: dict[Role, list[str]] = {}
    for a in room.roster.assignments(day, day):
        result.setdefault(a.role, []).append(names[a.person_id])
    return result


# ---------------------------------------------------------------------------- export


def give_titles(room: DutyRoom) -> None:
    for person in room.people.list():
        title = "副局长" if Role.LEADER in person.roles else "科员"
        room.people.update(dataclasses.replace(person, title=title))


def test_export_reads_back_cell_by_cell(room: DutyRoom, tmp_path: Path) -> None:
    give_titles(room)
    room.bureau.set_paper(
        PaperSettings(duty_phone="0731-86661234", duty_fax="0731-86661235", duty_hours="24小时")
    )
    room.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    out = export_roster(room, 2026, 10, tmp_path / "十月.xlsx", maker="孙丽娟")
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县应急管理局2026年10月值班表"
    assert "A1:J1" in {str(r) for r in ws.merged_cells.ranges}
    assert (
        ws["A2"].value == "值班时间：24小时　　值班电话：0731-86661234　　值班传真：0731-86661235"
    )
    assert [c.value for c in ws[3]] == [
        "日期", "星期", "类型", "带班领导", "职务", "手机", "值班员", "职务", "手机", "备注"
    ]  # fmt: skip
    first = [c.value for c in ws[4]]  # 10月1日: 国庆节, 双带双值, one line a person
    assert first[0] == datetime(2026, 10, 1) and ws["A4"].number_format == 'm"月"d"日"'
    assert first[1] == "星期四"
    assert first[2] == "法定节假日（国庆节）"
    assert len(first[3].split("\n")) == 2 and len(first[6].split("\n")) == 2
    assert first[4] == "副局长\n副局长" and first[7] == "科员\n科员"
    assert all(p.startswith("139") for p in first[5].split("\n"))
    assert all(p.startswith("138") for p in first[8].split("\n"))
    assert ws.row_dimensions[4].height >= 2 * 15  # two people: two lines tall
    assert ws["D4"].fill.start_color.rgb.endswith(HOLIDAY_FILL)
    makeup = next(r for r in ws.iter_rows(min_row=4) if r[0].value == datetime(2026, 10, 10))
    assert makeup[2].value.startswith("调休补班日")
    assert makeup[2].fill.start_color.rgb.endswith(MAKEUP_FILL)
    ordinary = next(r for r in ws.iter_rows(min_row=4) if r[0].value == datetime(2026, 10, 12))
    assert ordinary[2].value == "工作日" and ordinary[2].fill.fill_type is None
    assert ws.cell(3 + 31 + 1, 1).value.startswith("红色底")  # the legend under the table
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == "$3:$3"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.freeze_panes == "A4"
    assert ws.oddFooter.left.text == "制表人：孙丽娟"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.oddFooter.right.text == "制表日期：2026年11月23日"
    assert ws.column_dimensions["D"].width >= 8  # a Chinese name, CJK counted double


def test_a_month_without_holiday_data_says_so_on_the_sheet(room: DutyRoom, tmp_path: Path) -> None:
    room.roster.generate(date(2027, 1, 1), date(2027, 1, 31))
    ws = openpyxl.load_workbook(export_roster(room, 2027, 1, tmp_path / "一月.xlsx")).active
    assert ws["A3"].value.startswith("注意：2027年节假日安排尚未公布/未导入，节假日按工作日显示")
    assert ws["A3"].font.color.rgb.endswith(WARNING_COLOR) and ws["A3"].font.b
    assert [c.value for c in ws[4]][:3] == ["日期", "星期", "类型"]
    assert ws.print_title_rows == "$4:$4" and ws.freeze_panes == "A5"
    types = [ws.cell(row, 3).value for row in range(5, 5 + 31)]
    assert types[0] == "元旦（待核）"
    assert "元旦为法定节假日" in ws.cell(5, 10).value
    assert all(text.endswith("（待核）") for text in types)  # no day's type stated as fact
    assert "工作日" not in types and "休息日" not in types
    # The first column still reads back as a roster import: the warning is above the header.
    preview = preview_roster_import(room, tmp_path / "一月.xlsx")
    assert preview.ok and len(preview.days) == 31


def test_a_notice_imported_for_the_year_removes_the_warning(room: DutyRoom, tmp_path: Path) -> None:
    room.calendar.import_notice(NOTICE_2027, 2027)
    ws = openpyxl.load_workbook(export_roster(room, 2027, 1, tmp_path / "一月.xlsx")).active
    assert ws["A3"].value == "日期"
    assert ws["C4"].value == "法定节假日（元旦）"


def test_export_lists_problems_in_the_remarks(room: DutyRoom, tmp_path: Path) -> None:
    people = ids(room)
    room.roster.set_day(date(2026, 12, 1), Role.LEADER, [people[LEADERS[0]]])
    ws = openpyxl.load_workbook(export_roster(room, 2026, 12, tmp_path / "x.xlsx")).active
    assert "值班员不足" in ws["J4"].value
    assert "带班领导不足" in ws["J5"].value


def test_exported_workbook_imports_back_unchanged(room: DutyRoom, tmp_path: Path) -> None:
    room.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    before = room.roster.assignments(date(2026, 10, 1), date(2026, 10, 31))
    out = export_roster(room, 2026, 10, tmp_path / "back.xlsx")
    preview = preview_roster_import(room, out)
    assert preview.ok, preview.problems
    assert len(preview.days) == 31
    apply_roster_import(room, preview)
    after = room.roster.assignments(date(2026, 10, 1), date(2026, 10, 31))
    assert {(a.day, a.role, a.person_id) for a in after} == {
        (a.day, a.role, a.person_id) for a in before
    }
    assert all(a.manual for a in after)  # an imported day is a hand-made day


# ---------------------------------------------------------------------------- plain tables


@pytest.mark.parametrize(
    "text",
    ["2026-12-01", "2026/12/1", "2026.12.1", "2026年12月1日", "12月1日", "12-01", "１２月１日"],
)
def test_text_dates_of_every_format(room: DutyRoom, tmp_path: Path, text: str) -> None:
    rows = [
        ["示范县应急管理局2026年12月值班安排表"],
        [],
        ["日期", "带班领导", "值班员"],
        [text, LEADERS[0], OFFICERS[0]],
    ]
    path = write(tmp_path / "table.xlsx", rows, merge="A1:C2")
    preview = preview_roster_import(room, path)
    assert preview.ok, preview.problems
    assert [d.day for d in preview.days] == [date(2026, 12, 1)]


def test_plain_table_with_title_spaces_blank_rows_and_several_names(
    room: DutyRoom, tmp_path: Path
) -> None:
    rows = [
        ["2026年12月份值班表", None, None, None],
        [" 日 期 ", "星期", "带班\n领导", "值班人员"],
        [datetime(2026, 12, 1), "二", f" {LEADERS[0]} ", f"{OFFICERS[0]}、{OFFICERS[1]}"],
        [],
        ["12月2日", "三", f"{LEADERS[1]}，{LEADERS[2]}", f"{OFFICERS[2]}/{OFFICERS[3]}"],
        ["12月3日", "四", LEADERS[3], f"{OFFICERS[4]}　{OFFICERS[5]}\n{OFFICERS[6]}"],
        [None, None, None, None],
        ["注：如需调班请提前报办公室", None, None, None],
    ]
    path = write(tmp_path / "值班.xlsx", rows, merge="A1:D1")
    preview = preview_roster_import(room, path)
    assert preview.ok, preview.problems
    assert preview.skipped_rows == (8,)
    apply_roster_import(room, preview)
    assert crew(room, date(2026, 12, 1)) == {
        Role.LEADER: [LEADERS[0]],
        Role.OFFICER: [OFFICERS[0], OFFICERS[1]],
    }
    assert crew(room, date(2026, 12, 2))[Role.LEADER] == [LEADERS[1], LEADERS[2]]
    assert crew(room, date(2026, 12, 3))[Role.OFFICER] == OFFICERS[4:7]


def test_year_from_the_file_name(room: DutyRoom, tmp_path: Path) -> None:
    rows = [["日期", "带班领导", "值班员"], ["12月31日", LEADERS[0], OFFICERS[0]]]
    preview = preview_roster_import(room, write(tmp_path / "2026年12月值班表.xlsx", rows))
    assert preview.ok and preview.days[0].day == date(2026, 12, 31)


def test_two_row_header_under_a_merged_cell(room: DutyRoom, tmp_path: Path) -> None:
    rows = [
        ["日期", "值班人员", None],
        [None, "带班领导", "值班员"],
        ["2026-12-05", LEADERS[0], OFFICERS[0]],
    ]
    preview = preview_roster_import(room, write(tmp_path / "t.xlsx", rows, merge="B1:C1"))
    assert preview.ok, preview.problems
    assert preview.days[0].people == {Role.LEADER: (LEADERS[0],), Role.OFFICER: (OFFICERS[0],)}


# ---------------------------------------------------------------------------- refusals


def test_every_problem_has_its_row_and_nothing_is_written(room: DutyRoom, tmp_path: Path) -> None:
    room.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    rows = [
        ["日期", "带班领导", "值班员"],
        ["12月1日", LEADERS[0], OFFICERS[0]],  # fine
        ["12月1日", LEADERS[1], OFFICERS[1]],  # duplicate date
        ["12月32日", LEADERS[1], OFFICERS[1]],  # no such day
        ["下周一", LEADERS[1], OFFICERS[1]],  # unreadable
        ["12月4日", "张无名", OFFICERS[1]],  # unknown person
        ["12月5日", OFFICERS[2], LEADERS[2]],  # roles the other way round
        [None, LEADERS[3], OFFICERS[3]],  # no date
    ]
    before = dump(room)
    preview = preview_roster_import(room, write(tmp_path / "2026年12月.xlsx", rows))
    text = [str(p) for p in preview.problems]
    assert text[0] == "第3行：日期12月1日与第2行重复"
    assert text[1].startswith("第4行：日期不存在")
    assert text[2] == "第5行：无法识别的日期：下周一"
    assert text[3] == "第6行：人员“张无名”不在人员名单中（可选择自动新建）"
    assert text[4].startswith(f"第7行：{OFFICERS[2]}不是带班领导")
    assert text[6].startswith("第8行：日期为空")
    with pytest.raises(ImportProblemsError):
        apply_roster_import(room, preview)
    assert dump(room) == before


def test_missing_year_is_a_row_problem(room: DutyRoom, tmp_path: Path) -> None:
    rows = [["日期", "带班领导", "值班员"], ["12月1日", LEADERS[0], OFFICERS[0]]]
    preview = preview_roster_import(room, write(tmp_path / "roster.xlsx", rows))
    assert str(preview.problems[0]).startswith("第2行：日期“12月1日”没有年份")


def test_day_outside_the_allowed_range(room: DutyRoom, tmp_path: Path) -> None:
    rows = [["日期", "带班领导", "值班员"], ["2027-01-01", LEADERS[0], OFFICERS[0]]]
    allowed = (date(2026, 12, 1), date(2026, 12, 31))
    preview = preview_roster_import(room, write(tmp_path / "r.xlsx", rows), allowed=allowed)
    assert (
        str(preview.problems[0])
        == "第2行：日期2027-01-01不在导入范围（2026-12-01 至 2026-12-31）内"
    )


def test_unknown_people_are_created_on_request(room: DutyRoom, tmp_path: Path) -> None:
    rows = [["日期", "带班领导", "值班员"], ["2026-12-01", "新领导", "新人甲、新人乙"]]
    path = write(tmp_path / "r.xlsx", rows)
    preview = preview_roster_import(room, path, create_missing_people=True)
    assert preview.ok and preview.new_people == {
        "新领导": (Role.LEADER,),
        "新人甲": (Role.OFFICER,),
        "新人乙": (Role.OFFICER,),
    }
    result = apply_roster_import(room, preview)
    assert result.people_created == 3
    assert crew(room, date(2026, 12, 1)) == {
        Role.LEADER: ["新领导"],
        Role.OFFICER: ["新人甲", "新人乙"],
    }


def test_a_failure_during_apply_rolls_back_the_new_people_too(
    room: DutyRoom, tmp_path: Path
) -> None:
    rows = [["日期", "带班领导", "值班员"], ["2026-12-01", LEADERS[0], "新人甲"]]
    preview = preview_roster_import(
        room, write(tmp_path / "r.xlsx", rows), create_missing_people=True
    )
    room.people.deactivate(ids(room)[LEADERS[0]])  # changed between preview and confirm
    before = dump(room)
    with pytest.raises(Exception, match="已停用"):
        apply_roster_import(room, preview)
    assert dump(room) == before
    assert room.people.by_name("新人甲") is None


def _raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "旧版 .xls"),
        ("日期,带班领导,值班员\n2026-12-01,王建国,赵晓明\n".encode(), "CSV"),
        ("日期,带班领导\n2026-12-01,王建国\n".encode("gb18030"), "CSV"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "不是 Excel 工作簿"),
        (b"PK\x03\x04 this is a broken zip", "已损坏"),
        (b"", "空的"),
    ],
    ids=["xls", "csv-utf8", "csv-gbk", "png", "broken-zip", "zero-bytes"],
)
def test_files_that_are_not_workbooks(
    room: DutyRoom, tmp_path: Path, data: bytes, message: str
) -> None:
    before = dump(room)
    with pytest.raises(WorkbookError, match=message):
        preview_roster_import(room, _raw(tmp_path / "排班.xlsx", data))
    assert dump(room) == before


def test_empty_workbook_and_missing_header(room: DutyRoom, tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="空的工作簿"):
        preview_roster_import(room, write(tmp_path / "empty.xlsx", []))
    rows = [["姓名", "电话"], ["王建国", "1390"]]
    preview = preview_roster_import(room, write(tmp_path / "other.xlsx", rows))
    assert not preview.ok and "未找到表头" in str(preview.problems[0])


def test_a_5000_row_sheet(room: DutyRoom, tmp_path: Path) -> None:
    first = date(2026, 1, 1)
    rows: list[list[object]] = [["示范县值班表"], ["日期", "带班领导", "值班员"]]
    for i in range(5000):
        day = first + timedelta(days=i)
        rows.append(
            [day.isoformat(), LEADERS[i % 6], f"{OFFICERS[i % 8]}、{OFFICERS[(i + 1) % 8]}"]
        )
    preview = preview_roster_import(room, write(tmp_path / "big.xlsx", rows))
    assert preview.ok, preview.problems[:3]
    assert len(preview.days) == 5000
    apply_roster_import(room, preview)
    last = first + timedelta(days=4999)
    assert len(room.roster.assignments(first, last)) == 15000


# ---------------------------------------------------------------------------- cell parsers

FORMATS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.month}月{d.day}日",
    lambda d: f"{d.month:02d}-{d.day:02d}",
    lambda d: f" {d.month}月{d.day}日（星期{'一二三四五六日'[d.weekday()]}） ",
    lambda d: datetime(d.year, d.month, d.day, 8, 30),
    lambda d: d,
]


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(range(len(FORMATS))),
)
def test_date_parser_reads_every_format(day: date, fmt: int) -> None:
    assert parse_date_cell(FORMATS[fmt](day), day.year) == day


@given(st.text(max_size=12))
def test_date_parser_never_crashes(text: str) -> None:
    try:
        parse_date_cell(text, 2026)
    except DateCellError as exc:
        assert str(exc)


NAME = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=4
)
SEPARATOR = st.sampled_from(["、", "，", ",", "/", " ", "\n", "　", " 、 ", "；"])


@given(st.lists(NAME, min_size=1, max_size=5, unique=True), st.data())
def test_name_splitter_recovers_the_names(names: list[str], data: st.DataObject) -> None:
    cell = names[0]
    for name in names[1:]:
        cell += data.draw(SEPARATOR) + name
    assert split_names(f" {cell} ") == names


@given(st.text(max_size=40))
def test_name_splitter_never_yields_blanks(text: str) -> None:
    assert all(name and not name.isspace() for name in split_names(text))


def test_excel_serial_number_dates() -> None:
    assert parse_date_cell(46357, None) == date(2026, 12, 1)
    days = list(iter_days(date(2026, 12, 1), date(2026, 12, 3)))
    assert [parse_date_cell(f"{d:%Y%m%d}", None) for d in days] == days
