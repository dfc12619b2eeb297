"""交接班: the current shift's handover sheet — draft from the record, submit, accept by name
(the sheet locks), then only annotated corrections (补充说明); print on A4."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dutyroom.documents import handover_html
from dutyroom.documents.handover_doc import page_header, sheet_title
from dutyroom.errors import DutyRoomError
from dutyroom.handover import HandoverSheet, SheetStatus
from dutyroom.models import Handover
from dutyroom.roster import Shift
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text, short_time
from ui.handover_form import HandoverForm
from ui.handover_state_label import NOT_DONE, handover_shift, handover_state_text
from ui.print_preview import PrintHtml, PrintJob, preview_print
from ui.room_signals import RoomSignals

if TYPE_CHECKING:
    from ui.page_context import PageContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverPage", text)


class HandoverPage(QScrollArea):
    """Shows `handover_shift(room)`; reloads on "handover", "incidents", "log", "roster"."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        officer: Callable[[], str] = lambda: "",
        print_html: PrintHtml = preview_print,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_handover")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._room = room
        self._officer = officer
        self._print_html = print_html
        self._tz = room.bureau.timezone()
        self.shift: Shift = handover_shift(room)
        self.sheet: HandoverSheet | None = None
        self.record: Handover | None = None
        body = QWidget(self)
        body.setObjectName("handover_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(self._build_header(body))
        self.form = HandoverForm(self._tz, body)
        layout.addWidget(self.form)
        layout.addWidget(self._build_accept_box(body))
        layout.addWidget(self._build_annotate_box(body))
        layout.addStretch(1)
        self.setWidget(body)
        self._signals = signals  # a bridge made for this page alone must live as long
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # --- construction ----------------------------------------------------------------------

    def _build_header(self, parent: QWidget) -> QVBoxLayout:
        title = QLabel(self.tr("交接班"), parent)
        title.setObjectName("page_title")
        self.state_label = QLabel(parent)
        self.state_label.setObjectName("handover_page_state_label")
        self.reminder_label = QLabel(parent)
        self.reminder_label.setObjectName("handover_reminder_label")
        self.reminder_label.setStyleSheet("color:#B8441A; font-weight:bold;")
        self.reminder_label.hide()
        self.start_button = QPushButton(self.tr("开始交接"), parent)
        self.start_button.setObjectName("handover_start_button")
        self.start_button.setToolTip(self.tr("按系统记录重新汇总本班情况（未保存的填写将被覆盖）"))
        self.submit_button = QPushButton(self.tr("提交交班"), parent)
        self.submit_button.setObjectName("handover_submit_button")
        self.print_button = QPushButton(self.tr("打印交接单"), parent)
        self.print_button.setObjectName("handover_print_button")
        self.start_button.clicked.connect(self._on_start_clicked)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addSpacing(16)
        # the state takes what the buttons leave and wraps (English states are long)
        self.state_label.setWordWrap(True)
        row.addWidget(self.state_label, 1)
        for button in (self.start_button, self.submit_button, self.print_button):
            row.addWidget(button)
        self.shift_label = QLabel(parent)
        self.shift_label.setObjectName("handover_shift_label")
        self.feedback = QLabel(parent)
        self.feedback.setObjectName("handover_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.reminder_label)
        column.addWidget(self.shift_label)
        column.addWidget(self.feedback)
        return column

    def _build_accept_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("接班确认（接班带班领导、值班员分别输入本人姓名）"), parent)
        self.accept_leader = QLineEdit(box)
        self.accept_leader.setObjectName("handover_accept_leader")
        self.accept_leader.setPlaceholderText(self.tr("接班带班领导姓名"))
        self.accept_officer = QLineEdit(box)
        self.accept_officer.setObjectName("handover_accept_officer")
        self.accept_officer.setPlaceholderText(self.tr("接班值班员姓名"))
        self.accept_button = QPushButton(self.tr("接班确认"), box)
        self.accept_button.setObjectName("handover_accept_button")
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.accept_officer.returnPressed.connect(self._on_accept_clicked)
        row = QHBoxLayout(box)
        row.addWidget(self.accept_leader, 1)
        row.addWidget(self.accept_officer, 1)
        row.addWidget(self.accept_button)
        self.accept_box = box
        return box

    def _build_annotate_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("补充说明"), parent)
        self.locked_label = QLabel(
            self.tr("本班交接已确认并锁定，内容不能修改；如需更正，请在此补充说明，"
                    "系统将保存为带批注的新版本。"),
            box,
        )  # fmt: skip
        self.locked_label.setObjectName("handover_locked_label")
        self.locked_label.setWordWrap(True)
        self.annotation_edit = QLineEdit(box)
        self.annotation_edit.setObjectName("handover_annotation_edit")
        self.annotation_edit.setPlaceholderText(self.tr("更正或补充的内容"))
        self.annotation_by = QLineEdit(box)
        self.annotation_by.setObjectName("handover_annotation_by_edit")
        self.annotation_by.setPlaceholderText(self.tr("说明人"))
        self.annotate_button = QPushButton(self.tr("补充说明"), box)
        self.annotate_button.setObjectName("handover_annotate_button")
        self.annotate_button.clicked.connect(self._on_annotate_clicked)
        row = QHBoxLayout()
        row.addWidget(self.annotation_edit, 3)
        row.addWidget(self.annotation_by, 1)
        row.addWidget(self.annotate_button)
        column = QVBoxLayout(box)
        column.addWidget(self.locked_label)
        column.addLayout(row)
        self.annotate_box = box
        return box

    # --- state -----------------------------------------------------------------------------

    @property
    def accepted(self) -> bool:
        return self.record is not None and self.record.accepted_at is not None

    def handover_state_text(self) -> str:
        return handover_state_text(self._room)

    def reload(self) -> None:
        """The open shift's stored sheet (latest version) if any; an empty form otherwise."""
        self._tz = self._room.bureau.timezone()
        self.shift = handover_shift(self._room)
        self._boundary = self._room.log.current_shift().end  # when tick() looks again
        self.record = self._room.handover.current(self.shift)
        if self.record is not None:
            self._show_sheet(self._room.handover.sheet_of(self.record))
        else:
            self._show_sheet(None)
        self._apply_state()

    def _apply_state(self) -> None:
        accepted, stored = self.accepted, self.record is not None
        text = self.handover_state_text()
        if not stored and self.sheet is not None:
            text = _tr("{state}（{detail}）").format(
                state=_tr(NOT_DONE), detail=self.tr("填写中，尚未提交")
            )
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            "font-size:16pt; font-weight:bold; color:%s;" % ("#2E7D32" if accepted else "#C62828")
        )
        has_sheet = self.sheet is not None
        self.start_button.setEnabled(not accepted)
        self.submit_button.setEnabled(has_sheet and not accepted)
        self.form.set_editable(has_sheet and not accepted)
        self.accept_box.setEnabled(stored and not accepted)
        self.accept_box.setVisible(not accepted)
        self.annotate_box.setVisible(accepted)
        self.print_button.setEnabled(has_sheet)
        if accepted and self.record is not None:
            self.locked_label.setText(
                self.tr("已于 {at} 由 {by} 接班确认，本交接单已锁定（第{v}版）。内容不能修改；"
                        "如需更正，请在此补充说明，系统将保存为带批注的新版本。").format(
                    at=f"{self.record.accepted_at.astimezone(self._tz):%m-%d %H:%M}"
                    if self.record.accepted_at else "",
                    by=self.record.accepted_by,
                    v=self.record.version,
                )
            )  # fmt: skip
            if not self.annotation_by.text():
                self.annotation_by.setText(self._officer())

    def _show_sheet(self, sheet: HandoverSheet | None) -> None:
        self.sheet = sheet
        start, end = self.shift.start.astimezone(self._tz), self.shift.end.astimezone(self._tz)
        self.shift_label.setText(
            self.tr("班次：{s} 至 {e}").format(s=short_time(start), e=short_time(end))
        )
        self.form.show_sheet(sheet, self._tz)

    def edited_sheet(self) -> HandoverSheet | None:
        return self.form.edited_sheet()

    def _say(self, text: str, *, error: bool) -> None:
        show_feedback(self.feedback, text, error=error)

    # --- actions ---------------------------------------------------------------------------

    def _on_start_clicked(self) -> None:
        try:
            draft = self._room.handover.draft(self.shift)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        if self.sheet is not None:  # keep what was already typed on a resubmission
            edited = self.edited_sheet()
            assert edited is not None
            draft = replace(
                draft, unfinished=edited.unfinished, notices=edited.notices,
                remarks=edited.remarks, equipment=edited.equipment,
            )  # fmt: skip
        self._show_sheet(draft)
        self._apply_state()
        self._say(self.tr("已按系统记录汇总本班情况，请核对、补充后提交。"), error=False)
        self.form.unfinished_edit.setFocus()

    def _on_submit_clicked(self) -> None:
        sheet = self.edited_sheet()
        if sheet is None:
            return
        by = self._officer() or (sheet.outgoing_officers or sheet.outgoing or ("",))[0]
        try:
            self.record = self._room.handover.submit(sheet, by)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self.reload()
        self._say(self.tr("已提交交班，请接班人员核对后确认。"), error=False)
        self.accept_leader.setFocus()

    def _on_accept_clicked(self) -> None:
        if self.record is None or self.record.id is None or self.accepted:
            return
        try:
            self._room.handover.accept(
                self.record.id, self.accept_leader.text(), self.accept_officer.text()
            )
        except DutyRoomError as exc:
            self.reload()  # the acceptance may stand even if the export or backup failed
            self._say(core_text(exc.message), error=True)
            return
        except OSError as exc:
            self.reload()
            self._say(self.tr("交接已确认，但自动导出或备份失败：{e}").format(e=exc), error=True)
            return
        self.accept_leader.clear()
        self.accept_officer.clear()
        self.reload()
        self._say(self.tr("交接完成，已自动导出值班日志并备份数据。"), error=False)

    def _on_annotate_clicked(self) -> None:
        if self.record is None or self.record.id is None:
            return
        try:
            self._room.handover.annotate(
                self.record.id, self.annotation_edit.text(), self.annotation_by.text()
            )
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self.annotation_edit.clear()
        self.reload()
        self._say(self.tr("已保存补充说明（新版本）。"), error=False)

    def print_job(self) -> PrintJob | None:
        sheet = self.sheet if self.accepted else self.edited_sheet()
        if sheet is None:
            return None
        bureau = self._room.bureau.name()
        status = SheetStatus()  # not stored, or changed since: a draft, and marked as one
        if self.record is not None and (
            self.accepted or sheet == self._room.handover.sheet_of(self.record)
        ):
            status = self._room.handover.status(self.shift)
        html = handover_html(sheet, bureau, self._tz, status, self._room.record_line())
        return PrintJob(html, page_header(bureau, status), sheet_title(bureau, sheet, self._tz))

    def _on_print_clicked(self) -> None:
        job = self.print_job()
        if job is None:
            return
        try:
            self._print_html(self, job)
        except OSError as exc:
            self._say(self.tr("打印失败：{e}").format(e=exc), error=True)

    def tick(self, now: datetime) -> None:
        """The main window's tick: at the shift boundary the page moves on (no database before)."""
        if now >= self._boundary and not self._editing():
            self.reload()

    def show_reminder(self, text: str) -> None:
        self.reminder_label.setText(f"⏰ {text}")
        self.reminder_label.setVisible(bool(text))

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("handover", "roster", "bureau") and not self._editing():
            self.reload()

    def _editing(self) -> bool:
        """A drafted, unsubmitted sheet is not thrown away by an unrelated change."""
        return self.sheet is not None and self.record is None


def build_handover_page(ctx: PageContext) -> HandoverPage:
    return HandoverPage(ctx.room, ctx.signals, officer=ctx.officer)
