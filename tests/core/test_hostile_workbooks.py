"""Workbooks as offices type them and as a hostile sender makes them: padded names import,
oversized or broken files are refused before parsing with a Chinese message, nothing is written."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dutyroom.excel import workbook as wb_module
from dutyroom.excel.cells import DateCellError, parse_date_cell, split_names
from dutyroom.excel.transfer import ImportProblemsError, apply_roster_import, preview_roster_import
from dutyroom.excel.workbook import WorkbookError, read_sheets
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import dump, make_room


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room(staff=False)
    room.people.add(Person("王强", (Role.LEADER,), "局领导", "13900000001"))
    room.people.add(Person("刘洋", (Role.OFFICER,), "办公室", "13900000002"))
    room.people.add(Person("欧阳建国", (Role.OFFICER,), "办公室", "13900000003"))
    yield room
    room.close()


def write(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


HEAD = ("日期", "带班领导", "值班员")


@pytest.mark.parametrize("leader", ["王  强", "王　强", "王 强", " 王强 "])
def test_padded_two_character_names_are_one_person(
    room: DutyRoom, tmp_path: Path, leader: str
) -> None:
    path = write(tmp_path / "2026年12月值班表.xlsx", [HEAD, ("12月1日", leader, "刘 洋、欧阳建国")])
    preview = preview_roster_import(room, path)
    assert preview.ok, [str(p) for p in preview.problems]
    (day,) = preview.days
    assert day.people[Role.LEADER] == ("王强",)
    assert day.people[Role.OFFICER] == ("刘洋", "欧阳建国")


def test_split_names_prefers_known_people_then_separators() -> None:
    known = {"王强", "刘洋", "欧阳建国"}
    assert split_names("王　强、刘洋", known) == ["王强", "刘洋"]
    assert split_names("张三 李四", known) == ["张三", "李四"]  # two names, each of two characters
    assert split_names("张 三", ()) == ["张三"]  # no name has one character: a padded name
    assert split_names("张三/李四\n赵五", ()) == ["张三", "李四", "赵五"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("9999-12-31", "超出范围"),
        ("1899-12-30", "超出范围"),
        (12.1, "存成了数字"),
        ("2026-02-30", "日期不存在"),
    ],
)
def test_impossible_and_ambiguous_dates_are_refused(value: object, words: str) -> None:
    with pytest.raises(DateCellError, match=words):
        parse_date_cell(value, 2026)


def test_serial_numbers_in_both_date_systems() -> None:
    assert parse_date_cell(46357, None) == date(2026, 12, 1)
    assert parse_date_cell(46357 - 1462, None, date1904=True) == date(2026, 12, 1)
    assert parse_date_cell("12.1", 2026) == date(2026, 12, 1)  # dotted text is fine


def test_a_year_9999_row_is_refused_before_anything_is_written(
    room: DutyRoom, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "2026年12月.xlsx",
        [HEAD, ("2026-12-01", "王强", "刘洋"), ("9999-12-31", "王强", "刘洋")],
    )
    before = dump(room)
    preview = preview_roster_import(room, path)
    assert not preview.ok and [p.row for p in preview.problems] == [3]
    with pytest.raises(ImportProblemsError):
        apply_roster_import(room, preview)
    assert dump(room) == before


def test_the_active_visible_sheet_is_read_not_a_hidden_one(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    visible = book.active
    visible.title = "十二月"
    visible.append(HEAD)
    visible.append(("12月1日", "王强", "刘洋"))
    hidden = book.create_sheet("模板", 0)
    hidden.sheet_state = "hidden"
    hidden.append(HEAD)
    book.active = 1
    path = tmp_path / "2026年.xlsx"
    book.save(path)
    assert [s.name for s in read_sheets(path)] == ["十二月"]
    assert [s.name for s in read_sheets(path, sheet="模板")] == ["模板"]
    with pytest.raises(WorkbookError, match="没有名为“三月”的工作表"):
        read_sheets(path, sheet="三月")


def test_a_formula_without_a_result_is_refused_with_its_cell(tmp_path: Path) -> None:
    path = write(tmp_path / "f.xlsx", [HEAD, ("12月1日", "=Sheet2!A1", "刘洋")])
    with pytest.raises(WorkbookError, match="B2单元格是公式"):
        read_sheets(path)


def _rewrite(path: Path, member: str, change: object) -> Path:
    """A copy of the workbook with one part's XML changed (what a hostile sender would do)."""
    out = path.with_name("hostile-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == member:
                data = change(data)  # type: ignore[operator]
            dst.writestr(item, data)
    return out


SHEET = "xl/worksheets/sheet1.xml"


def test_a_declared_giant_dimension_reads_only_the_real_cells(tmp_path: Path) -> None:
    path = write(tmp_path / "d.xlsx", [HEAD, ("12月1日", "王强", "刘洋")])
    huge = _rewrite(path, SHEET, lambda xml: xml.replace(b'ref="A1:C2"', b'ref="A1:XFD1048576"'))
    (sheet,) = read_sheets(huge)
    assert len(sheet.rows) == 2


def test_a_cell_in_the_last_row_is_refused_not_read_for_minutes(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(HEAD)
    book.active.cell(1_048_576, 1, "x")
    path = tmp_path / "last.xlsx"
    book.save(path)
    with pytest.raises(WorkbookError, match="第1048576行超出可导入的范围"):
        read_sheets(path)


def test_rows_beyond_the_declared_dimension_are_read(tmp_path: Path) -> None:
    path = write(tmp_path / "d.xlsx", [HEAD, ("12月1日", "王强", "刘洋")])
    short = _rewrite(path, SHEET, lambda xml: xml.replace(b'ref="A1:C2"', b'ref="A1:A1"'))
    (sheet,) = read_sheets(short)
    assert sheet.rows[1][:3] == ("12月1日", "王强", "刘洋")


def test_a_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    path = write(tmp_path / "b.xlsx", [HEAD])
    padding = b" " * (wb_module.MAX_UNCOMPRESSED_BYTES + 1)
    bomb = _rewrite(path, SHEET, lambda xml: xml.replace(b"<sheetData>", padding + b"<sheetData>"))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(WorkbookError, match="解压后有"):
        read_sheets(bomb)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda xml: xml[: len(xml) // 2], id="truncated"),
        pytest.param(
            lambda xml: (
                b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "'
                + b"a" * 100
                + b'"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                + xml.replace(b"<sheetData>", b"<sheetData>&b;")
            ),
            id="entities",
        ),
        pytest.param(lambda xml: b"\x00\xff garbage", id="garbage"),
    ],
)
def test_malformed_sheet_xml_is_a_chinese_error(tmp_path: Path, change: object) -> None:
    path = write(tmp_path / "m.xlsx", [HEAD, ("12月1日", "王强", "刘洋")])
    with pytest.raises(WorkbookError, match=r"已损坏|实体声明"):
        read_sheets(_rewrite(path, SHEET, change))


def test_the_officer_may_pick_another_sheet(room: DutyRoom, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "十一月"
    book.active.append(HEAD)
    book.active.append(("11月30日", "王强", "刘洋"))
    december = book.create_sheet("十二月")
    december.append(HEAD)
    december.append(("12月1日", "王 强", "欧阳建国"))
    path = tmp_path / "2026年值班表.xlsx"
    book.save(path)
    assert preview_roster_import(room, path).sheet == "十一月"  # the active one
    picked = preview_roster_import(room, path, sheet="十二月")
    assert picked.ok and picked.sheet == "十二月"
    assert [d.day for d in picked.days] == [date(2026, 12, 1)]
