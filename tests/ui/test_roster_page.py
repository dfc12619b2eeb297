"""排班 page: month grid, generation, day edits, swaps on the 值班台, problems, Excel, print."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from dutyroom.clock import FakeClock
from dutyroom.models import Person, Role, SwapKind
from dutyroom.paper_settings import PaperSettings
from dutyroom.services import DutyRoom
from ui.dashboard import DashboardPage
from ui.main_window import MainWindow
from ui.room_signals import RoomSignals
from ui.roster_model import SHORT_TINT
from ui.roster_page import RosterPage
from ui.roster_print import RosterSheet, print_to_pdf
from ui.swap_dialog import SwapDialog

SHANGHAI = ZoneInfo("Asia/Shanghai")
LEADERS = ("王建国", "李振华", "张卫东")
OFFICERS = ("赵晓明", "孙丽娟", "周文斌")


def staff(room: DutyRoom, leaders: tuple[str, ...] = LEADERS, officers=OFFICERS) -> None:  # type: ignore[no-untyped-def]
    for number, name in enumerate(leaders):
        room.people.add(Person(name, (Role.LEADER,), mobile=f"1390731000{number}"))
    for number, name in enumerate(officers):
        room.people.add(Person(name, (Role.OFFICER,), mobile=f"1380732001{number}"))


def names_on(room: DutyRoom, day: date, role: Role) -> list[str]:
    by_id = {p.id: p.name for p in room.people.list()}
    return [by_id[a.person_id] for a in room.roster.assignments(day, day) if a.role is role]


class Recorder:
    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent: object, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def confirm() -> Recorder:
    return Recorder()


@pytest.fixture
def page(qtbot, ui_room: DutyRoom, confirm: Recorder, tmp_path: Path) -> RosterPage:  # type: ignore[no-untyped-def]
    signals = RoomSignals(ui_room.events)
    printed: list[Path] = []

    def to_pdf(_parent: object, sheet: RosterSheet) -> None:
        printed.append(print_to_pdf(sheet, tmp_path / "roster.pdf"))

    widget = RosterPage(
        ui_room,
        signals,
        confirm=confirm,
        choose_save=lambda *_: str(tmp_path / "out" / "roster.xlsx"),
        choose_open=lambda *_: str(tmp_path / "in.xlsx"),
        print_html=to_pdf,
    )
    widget.printed = printed  # type: ignore[attr-defined]
    widget._test_signals = signals  # type: ignore[attr-defined]  # keep the bridge alive
    qtbot.addWidget(widget)
    return widget


def click(qtbot, page: RosterPage, name: str) -> None:  # type: ignore[no-untyped-def]
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_model_passes_the_model_tester(qtmodeltester, page: RosterPage, ui_room) -> None:  # type: ignore[no-untyped-def]
    staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    assert page.model.rowCount() == 30
    qtmodeltester.check(page.model)


def test_the_issue_swap_shows_on_the_duty_desk_at_0829_and_0830(
    qtbot, main_window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    staff(ui_room)
    page = main_window.show_page("page_roster")
    assert isinstance(page, RosterPage)
    assert page.month() == (2026, 11)
    click(qtbot, page, "roster_generate_button")
    assert page.findChild(QTableView, "roster_table").model().rowCount() == 30
    day23, day24 = date(2026, 11, 23), date(2026, 11, 24)
    on_23 = names_on(ui_room, day23, Role.LEADER)
    on_24 = names_on(ui_room, day24, Role.LEADER)
    assert len(on_23) == len(on_24) == 1 and on_23 != on_24
    cover = next(name for name in LEADERS if name not in on_23 + on_24)

    # 代班 on the 24th: the grid's cell is selected, the dialog opens, is filled and accepted.
    page.table.setCurrentIndex(page.model.index(page.model.row_of(day24), 3))
    click(qtbot, page, "roster_swap_button")
    dialog = page.findChild(SwapDialog, "swap_dialog")
    assert dialog is not None and dialog.day() == day24 and dialog.role() is Role.LEADER
    assert dialog.kind() is SwapKind.COVER
    assert dialog.from_combo.currentText() == on_24[0]
    dialog.select_person(dialog.to_combo, cover)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请填写申请人"  # all of who/approved/why are required
    assert names_on(ui_room, day24, Role.LEADER) == on_24
    dialog.requested_edit.setText(on_24[0])
    dialog.approved_edit.setText("王建国")
    dialog.reason_edit.setText("出差")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert names_on(ui_room, day24, Role.LEADER) == [cover]
    row = page.model.row_of(day24)
    cell = page.model.index(row, 3)
    assert page.model.data(cell) == f"{cover} ↔"
    assert "出差" in page.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert page.swaps_list.count() == 1

    dashboard = main_window.show_page("page_dashboard")
    assert isinstance(dashboard, DashboardPage)

    def duty(name: str) -> str:
        return dashboard.findChild(QWidget, "dashboard_now_card").findChild(QLabel, name).text()

    at_0829 = datetime(2026, 11, 24, 8, 29, tzinfo=SHANGHAI).astimezone(UTC)
    ui_clock.set(at_0829)
    main_window.tick(at_0829)
    assert on_23[0] in duty("duty_leaders_label")
    assert cover not in duty("duty_leaders_label")
    assert names_on(ui_room, day23, Role.OFFICER)[0] in duty("duty_officers_label")
    ui_clock.advance(minutes=1)
    main_window.tick(ui_clock.now())
    assert cover in duty("duty_leaders_label")
    assert on_24[0] not in duty("duty_leaders_label")
    assert names_on(ui_room, day24, Role.OFFICER)[0] in duty("duty_officers_label")


def test_undo_puts_the_people_back(qtbot, page: RosterPage, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    day, other = date(2026, 11, 10), date(2026, 11, 12)
    before = names_on(ui_room, day, Role.OFFICER), names_on(ui_room, other, Role.OFFICER)
    dialog = page.open_swap_dialog(day, Role.OFFICER)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SwapKind.EXCHANGE))
    dialog.other_day_edit.setDate(other)
    for edit, text in (
        (dialog.requested_edit, "赵晓明"),
        (dialog.approved_edit, "王建国"),
        (dialog.reason_edit, "家中有事"),
    ):
        edit.setText(text)
    assert dialog.submit(), dialog.error_label.text()
    assert names_on(ui_room, day, Role.OFFICER) == before[1]
    page.swaps_list.setCurrentRow(0)
    click(qtbot, page, "roster_undo_swap_button")
    assert (names_on(ui_room, day, Role.OFFICER), names_on(ui_room, other, Role.OFFICER)) == before
    assert page.swaps_list.count() == 0


def test_a_day_edit_is_manual_and_survives_generation(
    qtbot, page: RosterPage, ui_room: DutyRoom
) -> None:
    staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    day = date(2026, 11, 5)
    index = page.model.index(page.model.row_of(day), 5)  # 值班员
    page.table.doubleClicked.emit(index)
    dialog = page.day_dialog
    assert dialog is not None and dialog.list.count() == len(OFFICERS)
    dialog.set_checked(["周文斌", "孙丽娟"])
    assert dialog.submit(), dialog.error_label.text()
    assert sorted(names_on(ui_room, day, Role.OFFICER)) == sorted(["周文斌", "孙丽娟"])
    assert all(a.manual for a in ui_room.roster.assignments(day, day) if a.role is Role.OFFICER)
    click(qtbot, page, "roster_generate_button")  # keeps manual edits by default
    assert sorted(names_on(ui_room, day, Role.OFFICER)) == sorted(["周文斌", "孙丽娟"])


def test_holiday_rows_are_tinted_and_named(page: RosterPage) -> None:
    page.set_month(2026, 10)
    model = page.model
    holiday = model.index(model.row_of(date(2026, 10, 1)), 0)
    workday = model.index(model.row_of(date(2026, 10, 12)), 0)
    makeup = model.index(model.row_of(date(2026, 10, 10)), 0)
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(holiday, background) is not None
    assert model.data(holiday, background) != model.data(workday, background)
    assert model.data(makeup, background) not in (None, model.data(holiday, background))
    assert "国庆" in model.data(model.index(holiday.row(), 2))


def test_a_short_staffed_month_shows_its_problems_in_red(
    qtbot, page: RosterPage, ui_room: DutyRoom
) -> None:
    staff(ui_room, leaders=("王建国",), officers=("赵晓明",))
    page.set_month(2026, 10)
    click(qtbot, page, "roster_generate_button")
    texts = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert any("带班领导不足" in t and "10月1日" in t for t in texts)
    row = page.model.row_of(date(2026, 10, 1))
    leader = page.model.index(row, 3)
    assert "缺人" in page.model.data(leader)
    assert page.model.data(leader, Qt.ItemDataRole.BackgroundRole).color() == SHORT_TINT
    assert "不足" in page.model.data(page.model.index(row, 7))
    feedback = page.findChild(QLabel, "roster_feedback_label")
    assert feedback.property("feedback") == "error"


def test_publishing_with_problems_lists_them_and_asks(
    qtbot, page: RosterPage, ui_room: DutyRoom, confirm: Recorder
) -> None:
    staff(ui_room, leaders=("王建国",), officers=("赵晓明",))
    page.set_month(2026, 10)
    click(qtbot, page, "roster_generate_button")
    confirm.answer = False
    click(qtbot, page, "roster_publish_button")
    assert "带班领导不足" in confirm.questions[-1]
    assert not ui_room.roster.month_state(2026, 10).published
    confirm.answer = True
    click(qtbot, page, "roster_publish_button")
    assert ui_room.roster.month_state(2026, 10).published
    assert "已发布" in page.state_label.text()


def test_missing_holiday_data_is_warned_in_amber(page: RosterPage) -> None:
    page.set_month(2027, 1)
    label = page.findChild(QLabel, "roster_missing_label")
    assert not label.isHidden()
    assert "2027年法定节假日数据缺失" in label.text()
    page.set_month(2026, 12)
    assert label.isHidden()


def test_month_buttons_move_by_one_month(qtbot, page: RosterPage) -> None:
    click(qtbot, page, "roster_prev_month")
    assert page.month() == (2026, 10)
    click(qtbot, page, "roster_next_month")
    click(qtbot, page, "roster_next_month")
    assert page.month() == (2026, 12)
    assert page.model.rowCount() == 31


def test_export_writes_a_workbook_openpyxl_reads(
    qtbot, page: RosterPage, ui_room: DutyRoom, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    click(qtbot, page, "roster_export_button")
    path = tmp_path / "out" / "roster.xlsx"
    sheet = load_workbook(path).active
    assert "2026年11月" in str(sheet.cell(1, 1).value)
    values = [str(c.value or "") for row in sheet.iter_rows() for c in row]
    assert names_on(ui_room, date(2026, 11, 1), Role.LEADER)[0] in values


def test_import_preview_blocks_a_bad_file_and_writes_nothing(
    qtbot, page: RosterPage, ui_room: DutyRoom, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    staff(ui_room)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["2026年12月值班表"])
    sheet.append(["日期", "带班领导", "值班员"])
    sheet.append(["2026-12-01", "王建国", "赵晓明"])
    sheet.append(["12月2日", "不认识", "孙丽娟"])
    sheet.append(["不是日期", "李振华", "周文斌"])
    workbook.save(tmp_path / "in.xlsx")
    click(qtbot, page, "roster_import_button")
    dialog = page.io.import_dialog
    assert dialog is not None
    problems = dialog.problems_list
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert any("第4行" in t and "不认识" in t for t in texts)
    assert any("第5行" in t for t in texts)
    assert not dialog.confirm_button.isEnabled()
    assert not dialog.confirm()
    assert ui_room.roster.assignments(date(2026, 12, 1), date(2026, 12, 31)) == []
    # Creating unknown people fixes row 4, not the bad date of row 5.
    dialog.create_check.setChecked(True)
    assert not dialog.confirm_button.isEnabled()
    assert ui_room.people.by_name("不认识") is None


def test_import_of_a_good_file_writes_after_confirmation(
    qtbot, page: RosterPage, ui_room: DutyRoom, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    staff(ui_room)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["日期", "带班领导", "值班员"])
    sheet.append(["2026-12-01", "王建国", "赵晓明、孙丽娟"])
    workbook.save(tmp_path / "in.xlsx")
    click(qtbot, page, "roster_import_button")
    dialog = page.io.import_dialog
    assert dialog.confirm_button.isEnabled()
    assert ui_room.roster.assignments(date(2026, 12, 1), date(2026, 12, 1)) == []
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert sorted(names_on(ui_room, date(2026, 12, 1), Role.OFFICER)) == ["孙丽娟", "赵晓明"]


def test_a_file_that_is_not_a_workbook_is_refused(qtbot, page: RosterPage, tmp_path: Path) -> None:
    (tmp_path / "in.xlsx").write_bytes(b"\x00\x01garbage" * 50)
    click(qtbot, page, "roster_import_button")
    dialog = page.io.import_dialog
    assert "不是 Excel 工作簿" in dialog.problems_list.item(0).text()
    assert not dialog.confirm_button.isEnabled()


def test_print_renders_a_pdf_with_pages(qtbot, page: RosterPage, ui_room: DutyRoom) -> None:
    staff(ui_room)
    page.set_month(2026, 10)
    ui_room.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    click(qtbot, page, "roster_print_button")
    (pdf,) = page.printed  # type: ignore[attr-defined]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 1


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_printed_roster_carries_title_phones_titles_and_foot(
    qtbot, page: RosterPage, ui_room: DutyRoom
) -> None:
    staff(ui_room)
    for person in ui_room.people.list():
        title = "副局长" if Role.LEADER in person.roles else "科员"
        ui_room.people.update(dataclasses.replace(person, title=title))
    ui_room.bureau.set_paper(PaperSettings(duty_phone="0731-86661234", duty_fax="0731-86661235"))
    page.set_month(2026, 10)
    ui_room.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    click(qtbot, page, "roster_print_button")
    (pdf,) = page.printed  # type: ignore[attr-defined]
    shutil.copy(pdf, "/tmp/rost/print2026.pdf") if Path("/tmp/rost").is_dir() else None
    text = pdf_text(pdf)
    pages = text.split("\f")
    assert "2026年10月值班表" in pages[0]
    assert "值班电话：0731-86661234" in pages[0] and "值班传真：0731-86661235" in pages[0]
    assert "副局长" in pages[0] and "科员" in pages[0] and "13907310000" in pages[0]
    assert "法定节假日（国庆节）" in pages[0]
    count = len([p for p in pages if p.strip()])
    for number, text_of_page in enumerate(pages[:count], start=1):
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{count}\s*页", text_of_page)
        assert "制表人：" in text_of_page and "制表日期：" in text_of_page
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    assert size is not None and float(size.group(1)) > float(size.group(2))  # landscape
    assert abs(float(size.group(1)) - 842) < 3  # A4: 297 mm


def test_printed_roster_warns_of_missing_holiday_data(
    qtbot, page: RosterPage, ui_room: DutyRoom
) -> None:
    staff(ui_room)
    page.set_month(2027, 1)
    ui_room.roster.generate(date(2027, 1, 1), date(2027, 1, 31))
    click(qtbot, page, "roster_print_button")
    (pdf,) = page.printed  # type: ignore[attr-defined]
    shutil.copy(pdf, "/tmp/rost/print2027.pdf") if Path("/tmp/rost").is_dir() else None
    text = pdf_text(pdf)
    assert "2027年节假日安排尚未公布/未导入，节假日按工作日显示，请核对" in text
    assert "元旦（待核）" in text
    assert re.search(r"1月4日\s+星期一\s+工作日（待核）", text)
    assert not re.search(r"星期.\s+工作日\s", text)  # no day claims 工作日 as fact


def test_no_database_work_on_the_tick(main_window: MainWindow, ui_room, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("page_roster")
    monkeypatch.setattr(ui_room.roster, "assignments", lambda *a: pytest.fail("DB on tick"))
    main_window.tick()
