"""The roster on paper: holiday periods as offices count them, the holiday 值班安排表 read back,
and the refusals when a holiday's dates are not known."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dutyroom.calendar import HolidayCalendar
from dutyroom.errors import ValidationError
from dutyroom.excel.transfer import export_holiday_roster
from dutyroom.models import Role
from dutyroom.paper_settings import PaperSettings
from dutyroom.roster_paper import holiday_paper, holiday_period, month_paper
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room
from tests.core.test_holiday_notice import NOTICE_2027


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room()
    for person in room.people.list():
        title = "副局长" if Role.LEADER in person.roles else "科员"
        room.people.update(dataclasses.replace(person, title=title))
    room.bureau.set_paper(PaperSettings(duty_phone="0731-86661234", duty_fax="0731-86661235"))
    yield room
    room.close()


def days(calendar: HolidayCalendar, festival: str, year: int) -> tuple[date, date, int]:
    period = holiday_period(calendar, festival, year)
    return period[0].day, period[-1].day, len(period)


def test_holiday_periods_from_the_package() -> None:
    calendar = HolidayCalendar()
    assert days(calendar, "春节", 2026) == (date(2026, 2, 15), date(2026, 2, 23), 9)
    assert days(calendar, "国庆节", 2026) == (date(2026, 10, 1), date(2026, 10, 7), 7)
    # 元旦 2024 began on 30 December 2023: the period is the one holding 1 January.
    assert days(calendar, "元旦", 2024) == (date(2023, 12, 30), date(2024, 1, 1), 3)
    # 2025: 国庆节 and 中秋节 run together; asking for either gives the whole period.
    assert days(calendar, "中秋节", 2025) == (date(2025, 10, 1), date(2025, 10, 8), 8)
    assert days(calendar, "国庆节", 2025) == (date(2025, 10, 1), date(2025, 10, 8), 8)


def test_unknown_dates_and_names_are_refused_in_chinese() -> None:
    with pytest.raises(ValidationError, match="2027年春节的放假日期未知") as caught:
        holiday_period(HolidayCalendar(), "春节", 2027)
    assert caught.value.field == "holiday" and "导入国务院办公厅的放假通知" in caught.value.message
    with pytest.raises(ValidationError, match="无法识别的节日：圣诞节"):
        holiday_period(HolidayCalendar(), "圣诞节", 2026)


def test_an_imported_notice_gives_the_dates(room: DutyRoom) -> None:
    room.calendar.import_notice(NOTICE_2027, 2027)
    paper = holiday_paper(room, "春节", 2027, maker="孙丽娟")
    assert [d.day for d in paper.days][0::8] == [date(2027, 2, 5), date(2027, 2, 13)]
    assert paper.title == "示范县应急管理局2027年春节假期值班安排表"
    assert "调休上班：2027年2月14日（星期日）、2027年2月20日（星期六）" in paper.notes
    assert paper.warnings == ("注意：2月5日、2月6日、2月7日、2月8日、2月9日、2月10日、"
                              "2月11日、2月12日、2月13日尚未排班",)  # fmt: skip


def test_the_holiday_sheet_reads_back(room: DutyRoom, tmp_path: Path) -> None:
    room.roster.generate(date(2026, 9, 28), date(2026, 10, 10))
    out = export_holiday_roster(room, "国庆节", 2026, tmp_path / "国庆.xlsx", maker="孙丽娟")
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县应急管理局2026年国庆节假期值班安排表"
    assert (
        "值班电话：0731-86661234" in ws["A2"].value and "值班传真：0731-86661235" in ws["A2"].value
    )
    assert [c.value for c in ws[3]] == [
        "日期", "星期", "带班领导", "职务", "手机", "值班员", "职务", "手机", "值班电话"
    ]  # fmt: skip
    rows = list(ws.iter_rows(min_row=4, max_row=10, values_only=True))
    assert [r[0].day for r in rows] == list(range(1, 8)) and rows[0][1] == "星期四"
    for row in rows:  # 双带双值: two of each, a line each, 职务 beside the name
        assert len(row[2].split("\n")) == 2 and row[3] == "副局长\n副局长"
        assert len(row[5].split("\n")) == 2 and row[6] == "科员\n科员"
        assert all(p.startswith("139") for p in row[4].split("\n"))
    assert ws["I4"].value == "0731-86661234" and "I4:I10" in {str(r) for r in ws.merged_cells}
    assert ws["A11"].value == "假期：2026年10月1日至2026年10月7日，共7天。"
    assert ws["A12"].value.startswith("调休上班：2026年9月20日（星期日）、2026年10月10日")
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.oddFooter.left.text == "制表人：孙丽娟"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.oddFooter.right.text == "制表日期：2026年11月23日"


def test_the_maker_defaults_to_the_officer_on_duty(room: DutyRoom) -> None:
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 30))
    status, _ = room.roster.now_and_next()
    paper = month_paper(room, 2026, 11)
    assert paper.maker == status.officers[0].name and paper.maker_text().endswith(paper.maker)
    assert month_paper(room, 2026, 11, maker="").maker_text() == "制表人：＿＿＿＿"
