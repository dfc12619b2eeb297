"""Corrections on an open incident, each with a reason: 接报时间, a manual grade; and the checklist.

The core re-times deadlines by cancelling and re-adding (never silently) and audits every change;
these dialogs only collect the new value and the reason and show the core's message on refusal.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Grade
from dutyroom.services import DutyRoom
from ui.formatting import core_text, enum_text, grade_reason_text

ERROR_STYLE = "color: #C62828; font-weight: bold;"


class _ReasonDialog(QDialog):
    """Shared frame: a form, a required reason, the core's error in red, OK/Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(self.tr("必填，如：来电时间以通话记录为准"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("correction_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def apply(self) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        """Tests call this; people press OK."""
        try:
            self.apply()
        except DutyRoomError as exc:
            self.error_label.setText(core_text(exc.message))
            return False
        self.accept()
        return True

    def _on_buttons_accepted(self) -> None:
        self.submit()


class ReceivedAtDialog(_ReasonDialog):
    """更正接报时间: the call came in earlier (or later) than it was entered."""

    def __init__(self, room: DutyRoom, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更正接报时间"), parent)
        self.setObjectName("received_at_dialog")
        self._room = room
        self._incident_id = incident_id
        local = room.incidents.get(incident_id).received_at
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("received_at_edit")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_time(local)
        self.form.addRow(self.tr("接报时间"), self.when)
        self.form.addRow(self.tr("更正原因"), self.reason)
        note = QLabel(self.tr("未完成的报送时限将按更正后的时间重新计算，原时限作废并留痕。"), self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def set_time(self, when: datetime) -> None:
        """Shown as the bureau's wall-clock time (never the PC's own zone)."""
        local = when.astimezone(self._room.bureau.timezone())
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def apply(self) -> None:
        shown = self.when.dateTime()
        day, clock = shown.date(), shown.time()
        new_time = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
            tzinfo=self._room.bureau.timezone(),
        )  # fmt: skip
        self._room.incidents.correct_received_at(self._incident_id, new_time, self.reason.text())


class GradeDialog(_ReasonDialog):
    """调整等级: a manual grade over the computed one with a reason, or back to the computed one."""

    def __init__(self, room: DutyRoom, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("人工调整等级"), parent)
        self.setObjectName("grade_dialog")
        self._room = room
        self._incident_id = incident_id
        incident = room.incidents.get(incident_id)
        self.grade = QComboBox(self)
        self.grade.setObjectName("grade_override_combo")
        self.grade.addItem(self.tr("按规则计算（{g}）").format(g=enum_text(incident.grade)), None)
        for grade in Grade:
            self.grade.addItem(enum_text(grade), grade)
        if incident.grade_override is not None:
            self.grade.setCurrentIndex(self.grade.findData(incident.grade_override))
        self.reason.setText(incident.grade_override_reason)
        self.reason.setPlaceholderText(self.tr("必填，如：涉及学校，按较大事件报送"))
        reason = grade_reason_text(incident, override=False)
        self.form.addRow(self.tr("计算等级"), QLabel(reason or "—", self))
        self.form.addRow(self.tr("调整为"), self.grade)
        self.form.addRow(self.tr("调整理由"), self.reason)

    def apply(self) -> None:
        data = self.grade.currentData()  # Qt hands a StrEnum back as its str value
        grade = Grade(data) if data else None
        self._room.incidents.override_grade(self._incident_id, grade, self.reason.text())


class ProcedureDialog(QDialog):
    """The reporting procedure (报告与处置流程) as a checklist beside an open incident."""

    def __init__(self, room: DutyRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure_dialog")
        self.setWindowTitle(self.tr("报告与处置流程"))
        layout = QVBoxLayout(self)
        self.checks: list[QCheckBox] = []
        for step in room.directory.procedure():
            text = self.tr("【{stage}】{text}").format(
                stage=core_text(step.stage), text=core_text(step.text)
            )
            box = QCheckBox(text, self)
            self.checks.append(box)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
