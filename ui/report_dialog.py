"""Record a report for one obligation: how, to whom, by whom, when (a new time needs a reason)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Evidence, Obligation, ObligationKind
from dutyroom.obligations import recipients_line
from dutyroom.services import DutyRoom
from ui.countdown import countdown_words, due_text
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

METHODS = (
    QT_TRANSLATE_NOOP("ReportDialog", "电话"),
    QT_TRANSLATE_NOOP("ReportDialog", "传真"),
    QT_TRANSLATE_NOOP("ReportDialog", "系统"),
    QT_TRANSLATE_NOOP("ReportDialog", "专网"),
)
DEFAULT_UNIT = "市应急管理局总值班室"
TIME_TOLERANCE = timedelta(minutes=2)  # as the service: a minute of typing is not a correction


class ReportDialog(QDialog):
    """Non-modal friendly: tests fill the fields and call submit(); exec() is for people."""

    def __init__(
        self,
        room: DutyRoom,
        obligation: Obligation,
        *,
        title: str,
        officer: str,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("登记报送"))
        self._room = room
        self._obligation = obligation
        self._tz = tz
        self._opened_at = room.clock.now()
        # Never `self.done`: that shadows QDialog.done(), and PySide6 dies when Qt calls it.
        self.recorded: Obligation | None = None

        heading = QLabel(title, self)
        heading.setObjectName("report_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        left = int((obligation.due_at - self._opened_at).total_seconds())
        due = QLabel(
            due_text(obligation.due_at, self._opened_at, tz) + "　" + countdown_words(left), self
        )
        due.setObjectName("report_due")
        self.method = QComboBox(self)
        self.method.setObjectName("report_method")
        for method in METHODS:
            self.method.addItem(self.tr(method), method)
        if obligation.kind is not ObligationKind.PHONE:
            self.method.setCurrentIndex(self.method.findData("专网"))
        missing = obligation.missing_units()
        # A call reaches one unit: a phone report starts with the first unit still missing
        # ticked, so one 确定 never records a call nobody made. One fax, system message or
        # document reaches them all: every missing unit ticked.
        phone = obligation.kind is ObligationKind.PHONE
        ticked = missing[:1] if phone else missing
        self.to_unit = QLineEdit(self._units_text(ticked) if missing else DEFAULT_UNIT, self)
        self.to_unit.setObjectName("report_to_unit")
        # The ticks write the field, which stays editable for a unit named as the office names
        # it (the service matches it).
        self.recipient_boxes: list[QCheckBox] = []
        for index, unit in enumerate(missing):
            box = QCheckBox(unit, self)
            box.setObjectName(f"report_recipient_{index}")
            box.setChecked(unit in ticked)
            box.toggled.connect(self._on_recipient_toggled)
            self.recipient_boxes.append(box)
        self.recipients_label = QLabel(core_text(recipients_line(obligation, tz)), self)
        self.recipients_label.setObjectName("report_recipients")
        self.recipients_label.setWordWrap(True)
        self.recipients_label.setVisible(bool(obligation.recipients))
        self.to_person = QLineEdit(self)
        self.to_person.setObjectName("report_to_person")
        self.to_number = QLineEdit(self)
        self.to_number.setObjectName("report_to_number")
        self.by = QLineEdit(officer, self)
        self.by.setObjectName("report_by")
        self.done_at = QDateTimeEdit(self)
        self.done_at.setObjectName("report_done_at")
        self.done_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.done_at.setDateTime(self._qt_local(self._opened_at))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("report_reason")
        self.reason.setPlaceholderText(self.tr("改动了报送时间时必填：为何补录"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("report_error")
        self.error_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("报送方式"), self.method)
        if self.recipient_boxes:
            boxes = QHBoxLayout()
            for box in self.recipient_boxes:
                boxes.addWidget(box)
            boxes.addStretch(1)
            form.addRow(self.tr("报送对象"), self.recipients_label)
            form.addRow(self.tr("本次报送 *"), boxes)
            form.addRow(self.tr("接收单位 *"), self.to_unit)
        else:
            form.addRow(self.tr("报送单位 *"), self.to_unit)
        form.addRow(self.tr("接收人"), self.to_person)
        form.addRow(self.tr("电话"), self.to_number)
        form.addRow(self.tr("报送人 *"), self.by)
        form.addRow(self.tr("报送时间"), self.done_at)
        form.addRow(self.tr("补录原因"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("report_buttons")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(due)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.to_person.setFocus()
        # Wide enough for the heading and every placeholder (it was 270 px and cut them).
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.setMinimumWidth(max(520, hint + 200))

    @staticmethod
    def _units_text(units: tuple[str, ...] | list[str]) -> str:
        return "、".join(units)  # the service splits "A、B" into one evidence per unit

    def choose_units(self, *units: str) -> None:
        """Tick exactly these of the missing units (tests; people click the boxes)."""
        for box in self.recipient_boxes:
            box.setChecked(box.text() in units)

    def _on_recipient_toggled(self, _checked: bool) -> None:
        self.to_unit.setText(
            self._units_text([box.text() for box in self.recipient_boxes if box.isChecked()])
        )

    def _qt_local(self, moment: datetime) -> QDateTime:
        local = moment.astimezone(self._tz)
        return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)

    def chosen_time(self) -> datetime:
        value = self.done_at.dateTime()
        d, t = value.date(), value.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._tz)
        opened = self._opened_at.astimezone(self._tz).replace(second=0, microsecond=0)
        # Untouched: the real instant (seconds matter for "on time"), not the minute shown.
        return self._room.clock.now() if local == opened else local

    def set_done_at(self, moment: datetime) -> None:
        self.done_at.setDateTime(self._qt_local(moment))

    def submit(self) -> bool:
        """Store the report; on a refusal show it and keep the dialog open with what was typed."""
        done_at = self.chosen_time()
        reason = self.reason.text().strip()
        if abs(self._room.clock.now() - done_at) > TIME_TOLERANCE and not reason:
            return self._fail(self.tr("报送时间不是当前时间，请填写补录原因"))
        assert self._obligation.id is not None
        evidence = Evidence(
            obligation_id=self._obligation.id,
            done_at=done_at,
            method=str(self.method.currentData()),
            to_unit=self.to_unit.text().strip(),
            to_person=self.to_person.text().strip(),
            to_number=self.to_number.text().strip(),
            by=self.by.text().strip(),
        )
        try:
            self.recorded = self._room.incidents.report(
                self._obligation.id, evidence, reason=reason
            )
        except DutyRoomError as exc:
            # A wrong field, and also a busy or full disk: nothing stored, the dialog stays open
            # with what was typed, so 确定 again stores it.
            return self._fail(core_text(exc.message))
        return True

    def _fail(self, message: str) -> bool:
        self.error_label.setText(message)
        self.error_label.show()
        return False

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()


def open_report_dialog(
    room: DutyRoom,
    obligation: Obligation,
    *,
    title: str,
    officer: str,
    tz: tzinfo,
    parent: QWidget,
) -> ReportDialog:
    """The same dialog from the board and from the incident form, shown non-modal (it keeps the
    clocks behind it running; tests drive it through its widgets or submit())."""
    dialog = ReportDialog(room, obligation, title=title, officer=officer, tz=tz, parent=parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
