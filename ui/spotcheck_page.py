"""查岗: record checks received from above and checks the bureau makes (DOMAIN.md §6).

Left: the form, with the big "来电/接通" timer button (first press starts, second press stops and
fills the seconds; it reads the room's clock). Right: the checks of the last 30 days with
failures in red, the 通报 list, and the units to check with the next one suggested.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError, ValidationError
from dutyroom.models import SpotCheck
from dutyroom.services import DutyRoom
from dutyroom.spot_checks import (
    DIRECTIONS,
    MADE,
    METHODS,
    NORMAL,
    RECEIVED,
    RESULTS,
    AnswerTimer,
    approx_rings,
)
from ui.feedback import show_feedback
from ui.formatting import core_text
from ui.qt_dates import to_qdatetime
from ui.restyle import set_property
from ui.room_signals import RoomSignals
from ui.spotcheck_model import SpotCheckModel

LIST_DAYS = 30
TIMER_QSS = (
    "QPushButton#answer_timer_button { font-size: 20pt; font-weight: bold; color: #FFFFFF;"
    " background: #1F3A5F; border: none; border-radius: 8px; padding: 12px 20px; }"
    'QPushButton#answer_timer_button[running="true"] { background: #D9541E; }'
    'QLabel[fielderror="true"] { color: #C62828; }'
    "QLabel#next_check_label { font-size: 14pt; font-weight: bold; color: #1F3A5F; }"
)


class SpotCheckPage(QWidget):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        officer: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_spotcheck")
        self.setStyleSheet(TIMER_QSS)
        self._room = room
        self._officer = officer
        self.timer: AnswerTimer = room.spot_checks.timer()
        self.model = SpotCheckModel(room.bureau.timezone(), self)
        self.errors: dict[str, QLabel] = {}

        title = QLabel(self.tr("查岗"), self)
        title.setObjectName("page_title")
        body = QHBoxLayout()
        body.setSpacing(18)
        form_scroll = QScrollArea(
            self
        )  # 1366×768: the form scrolls, the save button stays reachable
        form_scroll.setObjectName("spotcheck_form_scroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form = self._build_form()
        form_scroll.setWidget(form)
        # as narrow as the form allows (the records table needs the width), never sideways
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.ensurePolished()
        bar = form_scroll.verticalScrollBar().sizeHint().width()
        form_scroll.setFixedWidth(max(360, form.minimumSizeHint().width()) + bar)
        body.addWidget(form_scroll, 0)
        body.addLayout(self._build_lists(), 1)
        # The records have eleven columns: at 1366 they get the page's whole width in a tab of
        # their own instead of a sideways scroll beside the form.
        record = QWidget(self)
        record.setObjectName("spotcheck_record_tab")
        record.setLayout(body)
        body.setContentsMargins(0, 10, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("spotcheck_tabs")
        self.tabs.addTab(record, self.tr("登记查岗"))
        self.tabs.addTab(self.table, self.tr("近{n}天查岗记录").format(n=LIST_DAYS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        signals.changed.connect(self._on_signals_changed)
        self.clear_form()
        self.reload()

    # --- construction ----------------------------------------------------------------------

    def _field(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        error = QLabel(widget.parentWidget())
        error.setObjectName(f"{field}_error_label")
        error.setProperty("fielderror", "true")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(widget.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        self.errors[field] = error

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记查岗"), self)
        box.setObjectName("spotcheck_form")
        self.direction_combo = QComboBox(box)
        self.direction_combo.setObjectName("direction_combo")
        for key in (RECEIVED, MADE):
            self.direction_combo.addItem(core_text(DIRECTIONS[key]), key)
        self.at_edit = QDateTimeEdit(box)
        self.at_edit.setObjectName("at_edit")
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.method_combo = QComboBox(box)
        self.method_combo.setObjectName("method_combo")
        for method in METHODS:  # shown in the UI language, stored as the core's word
            self.method_combo.addItem(core_text(method), method)
        self.checker_unit_edit = QLineEdit(box)
        self.checker_unit_edit.setObjectName("checker_unit_edit")
        self.checker_person_edit = QLineEdit(box)
        self.checker_person_edit.setObjectName("checker_person_edit")
        self.checked_unit_edit = QLineEdit(box)
        self.checked_unit_edit.setObjectName("checked_unit_edit")
        self.answered_by_edit = QLineEdit(box)
        self.answered_by_edit.setObjectName("answered_by_edit")
        self.leader_check = QCheckBox(self.tr("带班领导在岗"), box)
        self.leader_check.setObjectName("leader_present_check")
        self.officer_check = QCheckBox(self.tr("值班员在岗"), box)
        self.officer_check.setObjectName("officer_present_check")
        present = QWidget(box)
        checks = QVBoxLayout(present)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.leader_check)
        checks.addWidget(self.officer_check)
        self.timer_button = QPushButton(box)
        self.timer_button.setObjectName("answer_timer_button")
        self.timer_button.clicked.connect(self._on_timer_button_clicked)
        self.seconds_spin = QSpinBox(box)
        self.seconds_spin.setObjectName("answer_seconds_spin")
        self.seconds_spin.setRange(-1, 24 * 3600)
        self.seconds_spin.setSpecialValueText(self.tr("未计时"))
        self.seconds_spin.setSuffix(self.tr(" 秒"))
        self.seconds_spin.valueChanged.connect(self._on_seconds_spin_value_changed)
        self.rings_label = QLabel(box)
        self.rings_label.setObjectName("rings_label")
        seconds = QWidget(box)
        row = QHBoxLayout(seconds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.seconds_spin, 1)
        row.addWidget(self.rings_label)
        self.result_combo = QComboBox(box)
        self.result_combo.setObjectName("result_combo")
        for result in RESULTS:
            self.result_combo.addItem(core_text(result), result)
        self.follow_up_edit = QLineEdit(box)
        self.follow_up_edit.setObjectName("follow_up_edit")
        self.save_button = QPushButton(self.tr("保存查岗记录"), box)
        self.save_button.setObjectName("spotcheck_save_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.feedback = QLabel(box)
        self.feedback.setObjectName("spotcheck_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.direction_combo.currentIndexChanged.connect(self._on_direction_combo_changed)

        # Two columns of fields: at 1366×768 the whole form and its save button are in view
        # (one column of thirteen rows needed a scroll).
        left, right = QFormLayout(), QFormLayout()
        for column in (left, right):
            column.setVerticalSpacing(8)
        self._field(left, self.tr("方向"), self.direction_combo, "direction")
        self._field(left, self.tr("时间"), self.at_edit, "at")
        self._field(left, self.tr("方式"), self.method_combo, "method")
        self._field(left, self.tr("查岗单位"), self.checker_unit_edit, "checker_unit")
        self._field(left, self.tr("查岗人"), self.checker_person_edit, "checker_person")
        self._field(left, self.tr("被查单位"), self.checked_unit_edit, "checked_unit")
        self._field(right, self.tr("接听人"), self.answered_by_edit, "answered_by")
        right.addRow(self.tr("在岗情况"), present)
        self._field(right, self.tr("接听用时"), seconds, "answer_seconds")
        self._field(right, self.tr("结果"), self.result_combo, "result")
        self._field(right, self.tr("后续处理"), self.follow_up_edit, "follow_up")
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.timer_button)
        layout.addLayout(columns)
        layout.addWidget(self.save_button)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        return box

    def _build_lists(self) -> QVBoxLayout:
        self.table = QTableView(self)
        self.table.setObjectName("spotcheck_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Eleven columns beside the form at 1366: long unit names wrap in their cell (rows grow)
        # instead of pushing the table into a sideways scroll.
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMaximumSectionSize(120)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.failures_list = QListWidget(self)
        self.failures_list.setObjectName("failures_list")
        self.failures_list.setStyleSheet("QListWidget#failures_list { color: #C62828; }")
        self.units_list = QListWidget(self)
        self.units_list.setObjectName("units_list")
        self.units_list.setWordWrap(True)
        self.units_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.units_list.itemDoubleClicked.connect(self._on_units_list_item_double_clicked)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("next_check_label")
        self.next_label.setWordWrap(True)
        self.check_next_button = QPushButton(self.tr("查此单位"), self)
        self.check_next_button.setObjectName("check_next_button")
        self.check_next_button.clicked.connect(self._on_check_next_button_clicked)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.check_next_button)

        failures_box = QGroupBox(self.tr("通报（未接、脱岗、代岗）"), self)
        QVBoxLayout(failures_box).addWidget(self.failures_list)
        units_box = QGroupBox(self.tr("本局查岗对象（双击填入）"), self)
        units_layout = QVBoxLayout(units_box)
        units_layout.addLayout(next_row)
        units_layout.addWidget(self.units_list)
        column = QVBoxLayout()
        column.addWidget(units_box, 3)
        column.addWidget(failures_box, 2)
        return column

    # --- data ------------------------------------------------------------------------------

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("spot_checks", "reference", "bureau"):
            self.reload()

    def reload(self) -> None:
        tz = self._room.bureau.timezone()
        now = self._room.clock.now()
        start, end = now - timedelta(days=LIST_DAYS), now + timedelta(days=1)
        self.model.set_checks(self._room.spot_checks.between(start, end), tz)
        self.failures_list.clear()
        for check in self._room.spot_checks.failures(start, end):
            who = check.checked_unit if check.direction == MADE else self.tr("本单位（上级查岗）")
            self.failures_list.addItem(
                f"{check.at.astimezone(tz):%m-%d %H:%M}  {who}  {core_text(check.result)}"
                + (f"  {check.follow_up}" if check.follow_up else "")
            )
        self.units_list.clear()
        units = self._room.spot_checks.units_to_check()
        for unit in units:
            last = (
                unit.last_checked_at.astimezone(tz).strftime("%m-%d %H:%M")
                if unit.last_checked_at
                else self.tr("从未查岗")
            )
            phone = unit.contact.phone or unit.contact.mobile
            self.units_list.addItem(
                self.tr("{unit}　{phone}　{last}（{n}次）").format(
                    unit=unit.unit, phone=phone, last=last, n=unit.checks
                )
            )
        self._next = units[0] if units else None
        if self._next is None:
            self.next_label.setText(self.tr("通讯录中还没有乡镇或成员单位"))
        else:
            phone = self._next.contact.phone or self._next.contact.mobile
            self.next_label.setText(
                self.tr("建议下一个查岗：{unit} {phone}").format(unit=self._next.unit, phone=phone)
            )
        self.check_next_button.setEnabled(self._next is not None)

    # --- the form --------------------------------------------------------------------------

    def clear_form(self) -> None:
        self.timer.reset()
        self._show_timer()
        self.at_edit.setDateTime(self._local_now())
        self.method_combo.setCurrentIndex(0)
        for edit in (self.checker_person_edit, self.answered_by_edit, self.follow_up_edit):
            edit.clear()
        self.leader_check.setChecked(True)
        self.officer_check.setChecked(True)
        self.seconds_spin.setValue(-1)
        self.result_combo.setCurrentIndex(self.result_combo.findData(NORMAL))
        self._on_direction_combo_changed()
        self._clear_errors()

    def _local_now(self) -> QDateTime:
        local = self._room.now_local()
        return to_qdatetime(local)

    def _on_direction_combo_changed(self, _index: int = 0) -> None:
        """上级查岗: the bureau is the one checked; 本局查岗: the bureau is the checker."""
        name = self._room.bureau.name()
        if self.direction_combo.currentData() == RECEIVED:
            self.checked_unit_edit.setText(name)
            self.checker_unit_edit.clear()
        else:
            self.checker_unit_edit.setText(name)
            self.checked_unit_edit.clear()

    def _on_timer_button_clicked(self) -> None:
        if self.timer.running:
            self.seconds_spin.setValue(self.timer.stop())
        else:
            self.timer.start()
            self.at_edit.setDateTime(self._local_now())
        self._show_timer()

    def _show_timer(self) -> None:
        running = self.timer.running
        if running:
            text = self.tr("接通  {s}秒").format(s=self.timer.elapsed())
        else:
            text = self.tr("来电/接通  开始计时")
        self.timer_button.setText(text)
        set_property(self.timer_button, "running", "true" if running else "false")

    def _on_seconds_spin_value_changed(self, value: int) -> None:
        self.rings_label.setText(
            self.tr("约{n}声").format(n=approx_rings(value)) if value >= 0 else ""
        )

    def tick(self, now: datetime) -> None:
        if self.timer.running:
            self._show_timer()

    def check_from_form(self) -> SpotCheck:
        qt_at = self.at_edit.dateTime()
        tz = self._room.bureau.timezone()
        at = datetime(
            qt_at.date().year(),
            qt_at.date().month(),
            qt_at.date().day(),
            qt_at.time().hour(),
            qt_at.time().minute(),
            tzinfo=tz,
        )
        seconds = self.seconds_spin.value()
        return SpotCheck(
            at=at,
            direction=str(self.direction_combo.currentData()),
            method=str(self.method_combo.currentData()),
            checker_unit=self.checker_unit_edit.text(),
            checker_person=self.checker_person_edit.text(),
            checked_unit=self.checked_unit_edit.text(),
            answered_by=self.answered_by_edit.text(),
            leader_present=self.leader_check.isChecked(),
            officer_present=self.officer_check.isChecked(),
            answer_seconds=None if seconds < 0 else seconds,
            result=str(self.result_combo.currentData()),
            follow_up=self.follow_up_edit.text(),
        )

    def save(self) -> SpotCheck | None:
        self._clear_errors()
        try:
            saved = self._room.spot_checks.record(self.check_from_form(), taken_by=self._officer())
        except ValidationError as exc:
            label = self.errors.get(exc.field)
            if label is not None:
                label.setText(core_text(exc.message))
                label.show()
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return None
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return None
        self.clear_form()
        show_feedback(self.feedback, self.tr("已保存，并记入值班日志"), error=False)
        return saved

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _fill_unit(self, row: int) -> None:
        units = self._room.spot_checks.units_to_check()
        if 0 <= row < len(units):
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(MADE))
            self.checked_unit_edit.setText(units[row].unit)
            self.checked_unit_edit.setFocus()

    def _on_check_next_button_clicked(self) -> None:
        self._fill_unit(0)

    def _on_units_list_item_double_clicked(self, item: object) -> None:
        self._fill_unit(self.units_list.currentRow())
