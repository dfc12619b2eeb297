"""Printing to PDF through the injectable printer, and the background workbook export."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool, QTime
from PySide6.QtWidgets import QPushButton

from dutyroom.backups import BackupChoices
from dutyroom.models import LogKind
from dutyroom.services import DutyRoom
from ui.export_tasks import ExportJob, start_export
from ui.log_page import LogPage
from ui.print_preview import PdfPrinter
from ui.room_signals import RoomSignals


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def log_page(qtbot, ui_room: DutyRoom, tmp_path: Path) -> LogPage:
    for minute in range(120):
        ui_room.log.add(LogKind.CALL_IN, f"第{minute}号来电：河口镇报告道路积水情况", unit="河口镇")
    chosen = tmp_path / "out" / "日志"
    page = LogPage(
        ui_room,
        RoomSignals(ui_room.events),
        print_html=PdfPrinter(tmp_path / "pdf"),
        choose_save=lambda _parent, _title, _suggested: str(chosen),
    )
    qtbot.addWidget(page)
    return page


def test_the_daily_log_prints_to_a_pdf_with_pages(log_page: LogPage) -> None:
    log_page.print_button.click()
    printer = log_page._print_html
    assert isinstance(printer, PdfPrinter)
    ((pdf, pages),) = printer.printed
    assert pdf.exists() and pages >= 3  # 120 entries do not fit on one A4 page
    if shutil.which("pdftotext"):
        text = pdf_text(pdf)
        assert "值班日志" in text and "第119号来电" in text
        assert f"共{pages}页" in text.replace(" ", "")


def test_the_workbook_export_runs_in_the_background_and_signals(
    qtbot, log_page: LogPage, tmp_path: Path
) -> None:
    with qtbot.waitSignal(log_page.export_finished, timeout=10_000) as blocker:
        job = log_page.export_day(log_page.selected_day())
        assert job is not None
    path = Path(blocker.args[0])
    assert path == tmp_path / "out" / "日志.xlsx"
    sheet = load_workbook(path).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "第0号来电：河口镇报告道路积水情况" in values
    assert "第119号来电：河口镇报告道路积水情况" in values
    assert log_page.export_button.isEnabled()
    assert "已导出" in log_page.feedback.text()


def test_a_failing_export_reports_its_error_on_the_gui_thread(qtbot) -> None:
    def work(progress):  # type: ignore[no-untyped-def]
        progress(1, 2)
        raise OSError("磁盘已满")

    job = start_export(None, work, "测试")
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["磁盘已满"]
    assert job.completed
    QThreadPool.globalInstance().waitForDone()


def test_progress_reaches_the_gui_thread(qtbot, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for i in range(1, 4):
            progress(i, 3)
        out = tmp_path / "x.txt"
        out.write_text("ok")
        return out

    job = ExportJob(work, "测试")
    job.signals.progressed.connect(lambda d, t: seen.append((d, t)))  # before it starts
    job.start()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert job.dialog.maximum() == 3


# --------------------------------------------------------------------- 设置 › 备份与导出


def test_backup_settings_are_saved_and_a_backup_can_be_made(
    qtbot, ui_room: DutyRoom, data_dir: Path, tmp_path: Path
) -> None:
    from ui.settings_backup_section import BackupSection

    section = BackupSection(ui_room, lambda _p, _t: True, choose_dir=lambda *_: str(tmp_path))
    qtbot.addWidget(section)
    assert "尚无备份" in section.last_label.text()
    section.findChild(QPushButton, "exports_dir_browse_button").click()
    assert section.exports_edit.text() == str(tmp_path)
    section.keep_spin.setValue(7)
    section.time_edit.setTime(QTime(13, 5))
    section.findChild(QPushButton, "backup_save_button").click()
    assert ui_room.backups.choices() == BackupChoices((13, 5), 7, str(tmp_path))
    assert ui_room.backups.exports_dir() == tmp_path
    section.findChild(QPushButton, "backup_now_button").click()
    assert len(list((data_dir / "backups").glob("*.sqlite3"))) == 1
    assert section.last_label.text().startswith("2026-11-23")
    assert section.list_combo.count() == 1


def test_restore_names_what_is_replaced_backs_up_first_and_restarts(
    qtbot, ui_clock, tmp_path: Path
) -> None:
    from dutyroom.app.compose import open_room
    from ui.settings_backup_section import BackupSection

    folder = tmp_path / "restore"
    room = open_room(folder, clock=ui_clock)
    room.log.add(LogKind.OTHER, "备份前的记录")
    room.backups.backup_now()
    ui_clock.advance(timedelta(minutes=5))
    room.log.add(LogKind.OTHER, "备份后的记录")
    asked: list[str] = []
    quits: list[bool] = []
    section = BackupSection(
        room, lambda _p, text: asked.append(text) or True, quit_app=lambda: quits.append(True)
    )
    qtbot.addWidget(section)
    section.restore_button.click()
    assert "dutyroom.sqlite3" in asked[0] and "2026-11-23" in asked[0]
    assert quits == [True]
    assert len(list((folder / "backups").glob("*.sqlite3"))) == 2  # the safety copy first
    again = open_room(folder, clock=ui_clock)
    try:
        contents = [e.content for e in again.log.for_day(again.today())]
        assert contents == ["备份前的记录"]
    finally:
        again.close()


# --------------------------------------------------------------------- 书面报告 draft


def test_report_draft_lists_missing_elements_saves_docx_and_prints(
    qtbot, ui_room: DutyRoom, tmp_path: Path
) -> None:
    from docx import Document

    from ui.report_draft_dialog import open_report_draft

    incident = ui_room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    printer = PdfPrinter(tmp_path / "pdf")
    dialog = open_report_draft(
        ui_room, incident.id, None,
        choose_save=lambda *_: str(tmp_path / "报告"), print_html=printer,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "事发地点" in dialog.missing() and "尚缺要素" in dialog.missing_label.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("续报"))
    assert "续报" in dialog.title_label.text()
    # Nothing was reported in writing yet: the 续报 is warned, in the dialog itself.
    assert dialog.warnings_label.isVisibleTo(dialog)
    assert "尚未报送书面首报" in dialog.warnings_label.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("首报"))
    assert not dialog.warnings_label.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("续报"))
    dialog.save_button.click()
    document = Document(str(tmp_path / "报告.docx"))
    assert any("续报" in p.text for p in document.paragraphs)
    dialog.print_button.click()
    assert printer.printed and printer.printed[0][1] >= 1


def test_the_incident_form_has_a_report_draft_button(qtbot, main_window, ui_room) -> None:  # type: ignore[no-untyped-def]
    from ui.report_draft_dialog import ReportDraftDialog

    incident_id = main_window.receive_incident()
    page = main_window.page("page_incidents")
    page.findChild(QPushButton, "report_draft_button").click()
    dialogs = [d for d in page.findChildren(ReportDraftDialog) if d.isVisible()]
    assert dialogs and dialogs[0].draft is not None
    assert dialogs[0].draft.incident_id == incident_id
    dialogs[0].close()
