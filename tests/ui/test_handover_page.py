"""交接班 page: the outgoing shift fills the sheet, the incoming one accepts with both names, the
sheet locks, and the daily workbook and a backup appear in their folders (issue 5)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from dutyroom.clock import FakeClock
from dutyroom.errors import ConflictError
from dutyroom.models import LogKind
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import add_staff, local
from ui.handover_page import HandoverPage, handover_state_text
from ui.handover_reminder import HandoverReminder
from ui.main_window import MainWindow
from ui.print_preview import PdfPrinter
from ui.room_signals import RoomSignals


class FakeNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.shown.append((title, message))


@pytest.fixture
def busy_room(ui_room: DutyRoom, ui_clock: FakeClock) -> DutyRoom:
    add_staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 22), date(2026, 11, 26))
    ui_clock.set(local(2026, 11, 23, 14))
    ui_room.incidents.receive({"title": "化工厂爆炸", "deaths": 3, "place": "河口镇"})
    ui_clock.set(local(2026, 11, 23, 16))
    ui_room.log.add(LogKind.INSTRUCTION, "王局长批示：全力搜救，及时续报")
    ui_clock.set(local(2026, 11, 24, 8, 10))  # 20 minutes before the 08:30 handover
    return ui_room


def page_of(window: MainWindow) -> HandoverPage:
    page = window.show_page("page_handover")
    assert isinstance(page, HandoverPage)
    return page


def test_outgoing_fills_incoming_accepts_sheet_locks_and_files_appear(
    qtbot, busy_room: DutyRoom, main_window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    main_window.show_page("page_dashboard")
    desk = main_window.page("page_dashboard").findChild(QLabel, "handover_state_label")
    # 10:00, 22 hours before the handover: the 值班台 names the time, without alarm colours
    assert desk.text() == "下次交接 08:30"
    assert desk.property("state") == "next"
    page = page_of(main_window)
    assert "交接未完成" in page.state_label.text()
    assert "交接未完成" in handover_state_text(busy_room)

    page.findChild(QPushButton, "handover_start_button").click()
    assert page.form.incidents_table.rowCount() == 1
    assert page.form.incidents_table.item(0, 2).text() == "化工厂爆炸"
    assert page.form.clocks_table.rowCount() >= 3  # every running clock
    assert "续报" in page.form.followup_label.text()
    assert "王局长批示" in page.form.instructions_edit.toPlainText()
    page.form.notices_edit.setPlainText("市局通知：明日起进入汛期")
    page.findChild(QComboBox, "handover_equipment_status_1").setCurrentText("异常")
    page.findChild(QLineEdit, "handover_equipment_remark_1").setText("传真机卡纸，已报修")
    page.findChild(QPushButton, "handover_submit_button").click()
    assert busy_room.handover.state(page.shift) == "待接班"
    assert "交接未完成" in page.state_label.text()

    sheet = busy_room.handover.sheet_of(busy_room.handover.current(page.shift))
    assert sheet.notices == "市局通知：明日起进入汛期"
    assert sheet.equipment[1].status == "异常"
    page.findChild(QLineEdit, "handover_accept_leader").insert(sheet.incoming_leaders[0])
    page.findChild(QLineEdit, "handover_accept_officer").insert(sheet.incoming_officers[0])
    page.findChild(QPushButton, "handover_accept_button").click()

    assert busy_room.handover.state(page.shift) == "已交接"
    assert page.state_label.text() == "已交接"
    assert desk.text() == "交接班：已交接"
    assert not page.start_button.isEnabled() and not page.submit_button.isEnabled()
    assert page.form.notices_edit.isReadOnly() and page.form.remarks_edit.isReadOnly()
    assert not page.findChild(QComboBox, "handover_equipment_status_0").isEnabled()
    assert not page.accept_box.isVisible() and page.annotate_box.isVisible()
    assert "补充说明" in page.locked_label.text()
    with pytest.raises(ConflictError):
        busy_room.handover.submit(replace(sheet, remarks="改"), "赵晓明")

    workbook = data_dir / "exports" / "值班日志-2026-11-23.xlsx"
    assert workbook.exists()
    cells = [c for row in load_workbook(workbook).active.iter_rows(values_only=True) for c in row]
    assert "王局长批示：全力搜救，及时续报" in cells
    assert list((data_dir / "backups").glob("*.sqlite3"))

    page.annotation_edit.insert("补充：传真机已于08:20修复")
    page.annotation_by.setText("赵晓明")
    page.findChild(QPushButton, "handover_annotate_button").click()
    record = busy_room.handover.current(page.shift)
    assert record.version == 2
    assert busy_room.handover.sheet_of(record).annotations[0].text.startswith("补充")


def test_wrong_acceptor_name_is_refused_and_shown(
    qtbot, busy_room: DutyRoom, main_window: MainWindow
) -> None:
    page = page_of(main_window)
    page.start_button.click()
    page.submit_button.click()
    page.accept_leader.insert("不认识的人")
    page.accept_officer.insert("也不认识")
    page.accept_button.click()
    assert busy_room.handover.state(page.shift) == "待接班"
    assert page.feedback.isVisible() and "不是接班带班领导" in page.feedback.text()


def test_handover_sheet_prints_to_a_pdf_with_chinese_text(
    qtbot, busy_room: DutyRoom, tmp_path: Path
) -> None:
    printer = PdfPrinter(tmp_path / "pdf")
    page = HandoverPage(busy_room, RoomSignals(busy_room.events), print_html=printer)
    qtbot.addWidget(page)
    page.start_button.click()
    page.print_button.click()
    ((pdf, pages),) = printer.printed
    assert pdf.exists() and pages >= 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "交接班记录" in text and "化工厂爆炸" in text
        assert f"共{pages}页" in text.replace(" ", "")


def test_the_reminder_fires_15_minutes_before_the_end_and_only_until_accepted(
    qtbot, busy_room: DutyRoom, ui_clock: FakeClock
) -> None:
    notifier = FakeNotifier()
    ui_clock.set(local(2026, 11, 23, 10))
    reminder = HandoverReminder(busy_room, notifier)
    reminder.start(scheduler=False)
    assert reminder.next_run == local(2026, 11, 24, 8, 15)
    ui_clock.set(local(2026, 11, 24, 8, 15))
    with qtbot.waitSignal(reminder.reminded) as blocker:
        reminder.fire()
    assert "交接班" in blocker.args[0] and notifier.shown
    assert reminder.next_run == local(2026, 11, 25, 8, 15)


def test_the_reminder_job_runs_on_a_real_scheduler(qtbot, busy_room: DutyRoom) -> None:
    reminder = HandoverReminder(busy_room, FakeNotifier())
    reminder.start()
    try:
        jobs = reminder._scheduler.get_jobs()
        assert len(jobs) == 1 and jobs[0].trigger.run_date == local(2026, 11, 24, 8, 15)
    finally:
        reminder.stop()


def test_the_page_moves_to_the_next_shift_at_the_boundary_only(
    qtbot, busy_room: DutyRoom, ui_clock: FakeClock, monkeypatch
) -> None:
    page = HandoverPage(busy_room, RoomSignals(busy_room.events))
    qtbot.addWidget(page)
    calls: list[int] = []
    original = page.reload
    monkeypatch.setattr(page, "reload", lambda: calls.append(1) or original())
    page.tick(local(2026, 11, 24, 8, 29))
    assert calls == []  # ticks touch no database
    ui_clock.set(local(2026, 11, 24, 8, 31))
    page.tick(ui_clock.now())
    assert calls == [1] and page.shift.start == local(2026, 11, 24, 8, 30)


def test_the_draft_shows_what_the_last_shift_handed_over_and_prints_as_a_draft(
    qtbot, busy_room: DutyRoom, ui_clock: FakeClock
) -> None:
    from dutyroom.handover import EquipmentItem

    fault = EquipmentItem("卫星电话", "异常", "无信号，已报修")
    ui_clock.set(local(2026, 11, 23, 8, 10))
    before = busy_room.handover.draft(busy_room.log.shift_of_day(date(2026, 11, 22)))
    before = replace(
        before,
        equipment=tuple(fault if e.name == fault.name else e for e in before.equipment),
        unfinished="2人失联，待核实",
    )
    stored = busy_room.handover.submit(before, by=before.outgoing_officers[0])
    assert stored.id is not None
    busy_room.handover.after_accept = None
    busy_room.handover.accept(stored.id, before.incoming_leaders[0], before.incoming_officers[0])
    ui_clock.set(local(2026, 11, 24, 8, 10))
    page = HandoverPage(busy_room, RoomSignals(busy_room.events))
    qtbot.addWidget(page)
    assert page.form.carried_label.isHidden()
    page.start_button.click()
    row = next(i for i, e in enumerate(page.sheet.equipment) if e.name == fault.name)
    combo = page.findChild(QComboBox, f"handover_equipment_status_{row}")
    assert combo.currentText() == "异常"
    assert page.findChild(QLineEdit, f"handover_equipment_remark_{row}").text() == fault.remark
    assert page.form.unfinished_edit.toPlainText() == "2人失联，待核实"
    hint = page.form.carried_label
    assert not hint.isHidden() and "卫星电话（异常：无信号，已报修）" in hint.text()
    assert "前班（11-22 08:30 班）" in hint.text() and "未办结事项" in hint.text()
    assert page.form.clocks_table.item(0, 5).text().startswith("截至08:10，")
    job = page.print_job()
    assert job is not None and "草稿（未提交）" in job.header and "草稿（未提交）" in job.html
    page.submit_button.click()
    job = page.print_job()
    assert job is not None and job.header == busy_room.bureau.name()
    assert "已提交（待接班确认）" in job.html and "草稿（未提交）" not in job.html
    page.form.remarks_edit.setPlainText("改了但未重新提交")
    job = page.print_job()
    assert job is not None and "草稿（未提交）" in job.html  # not what was submitted
