"""设置: the bureau's name, time zone and paper settings, and the administrator's holiday
overrides."""

from __future__ import annotations

import zoneinfo
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import DayType
from dutyroom.roster_service import NoticePreview
from dutyroom.services import DutyRoom
from ui.feedback import Confirm, ask_confirmation, show_feedback
from ui.formatting import core_text, enum_text
from ui.holiday_model import HolidayModel
from ui.qt_dates import to_date
from ui.room_signals import RoomSignals
from ui.settings import AppSettings
from ui.settings_backup_section import BackupSection
from ui.settings_lan_section import LanSection
from ui.settings_language_section import LanguageSection
from ui.settings_paper_section import PaperSection
from ui.settings_rules_section import RulesSection
from ui.settings_special_section import SpecialPeriodsSection

DEFAULT_ZONE = "Asia/Shanghai"


def timezone_names() -> list[str]:
    """Asia/Shanghai first (nearly every user), then the rest alphabetically."""
    rest = sorted(zoneinfo.available_timezones() - {DEFAULT_ZONE})
    return [DEFAULT_ZONE, *rest]


def _feedback_label(object_name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


class SettingsPage(QScrollArea):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        confirm: Confirm = ask_confirmation,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._room = room
        self._confirm = confirm
        self.model = HolidayModel(self)
        self.notice_dialog: QWidget | None = None  # the 粘贴国务院通知 dialog, for tests

        body = QWidget(self)
        body.setObjectName("settings_body")
        title = QLabel(self.tr("设置"), body)
        title.setObjectName("page_title")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        if settings is not None:  # a per-desk preference, not in the database
            layout.addWidget(LanguageSection(settings, body))
        layout.addWidget(self._build_bureau_box(body))
        layout.addWidget(self._build_timezone_box(body))
        self.rules_section = RulesSection(room, signals, confirm=confirm, parent=body)
        layout.addWidget(self.rules_section)
        # After the rules: set once per bureau, and the rules section keeps its place on a
        # 1366×768 screen.
        self.paper_section = PaperSection(room, signals, body)
        layout.addWidget(self.paper_section)
        layout.addWidget(self._build_holiday_box(body), 1)
        layout.addWidget(SpecialPeriodsSection(room, signals, body))
        layout.addWidget(LanSection(room, body))
        layout.addWidget(BackupSection(room, confirm, signals=signals, parent=body))
        self.setWidget(body)

        signals.changed.connect(self._on_signals_changed)
        self._load_bureau()
        self._load_calendar()

    # --- construction ----------------------------------------------------------------------

    def _build_bureau_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("单位名称"), parent)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("bureau_name_edit")
        self.name_edit.setPlaceholderText(self.tr("例如：某某县应急管理局值班室"))
        self.name_edit.setMaxLength(120)
        self.name_save = QPushButton(self.tr("保存"), box)
        self.name_save.setObjectName("bureau_save_button")
        self.name_feedback = _feedback_label("bureau_name_error_label", box)
        self.name_save.clicked.connect(self._on_name_save_clicked)
        self.name_edit.returnPressed.connect(self._on_name_save_clicked)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.name_save)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.name_feedback)
        return box

    def _build_timezone_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("时区"), parent)
        self.tz_combo = QComboBox(box)
        self.tz_combo.setObjectName("timezone_combo")
        self.tz_combo.setEditable(True)
        self.tz_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tz_combo.addItems(timezone_names())
        self.tz_combo.setMinimumContentsLength(24)
        self.tz_save = QPushButton(self.tr("保存"), box)
        self.tz_save.setObjectName("timezone_save_button")
        self.tz_feedback = _feedback_label("timezone_error_label", box)
        self.tz_save.clicked.connect(self._on_tz_save_clicked)
        hint = QLabel(self.tr("排班交接时间、接报时间均按此时区显示；一般无需修改。"), box)
        hint.setObjectName("hint_label")
        row = QHBoxLayout()
        row.addWidget(self.tz_combo, 1)
        row.addWidget(self.tz_save)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.tz_feedback)
        return box

    def _build_holiday_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("节假日调整"), parent)
        self.missing_label = QLabel(box)
        self.missing_label.setObjectName("holiday_missing_label")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        hint = QLabel(
            self.tr(
                "国务院公布次年放假安排后，如系统尚未内置，请“粘贴国务院通知”导入，"
                "或在此逐日录入；手工录入优先。"
            ),
            box,
        )
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)

        self.date_edit = QDateEdit(box)
        self.date_edit.setObjectName("override_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(_qdate(self._room.today()))
        self.type_combo = QComboBox(box)
        self.type_combo.setObjectName("override_type_combo")
        for day_type in (DayType.HOLIDAY, DayType.MAKEUP, DayType.WORKDAY, DayType.RESTDAY):
            self.type_combo.addItem(enum_text(day_type), day_type)
        self.note_edit = QLineEdit(box)
        self.note_edit.setObjectName("override_note_edit")
        self.note_edit.setPlaceholderText(self.tr("说明，如：春节"))
        self.add_button = QPushButton(self.tr("添加"), box)
        self.add_button.setObjectName("override_add_button")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.note_edit.returnPressed.connect(self._on_add_clicked)
        self.notice_button = QPushButton(self.tr("粘贴国务院通知…"), box)
        self.notice_button.setObjectName("override_notice_button")
        self.notice_button.setToolTip(self.tr("从国务院办公厅的放假安排通知一次导入全年节假日"))
        self.notice_button.clicked.connect(self._on_notice_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.type_combo)
        add_row.addWidget(self.note_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.notice_button)

        self.table = QTableView(box)
        self.table.setObjectName("override_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 160)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(220)

        self.delete_button = QPushButton(self.tr("删除所选"), box)
        self.delete_button.setObjectName("override_delete_button")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.override_feedback = _feedback_label("override_error_label", box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.override_feedback)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(box)
        layout.addWidget(self.missing_label)
        layout.addWidget(hint)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return box

    def leave_allowed(self) -> bool:
        """Asked by the main window before another page is shown (unsaved rules)."""
        return self.rules_section.leave_allowed()

    # --- loading ---------------------------------------------------------------------------

    def _load_bureau(self) -> None:
        self.name_edit.setText(self._room.bureau.name())
        self.tz_combo.setCurrentText(self._room.bureau.timezone_name())

    def _load_calendar(self) -> None:
        self.model.set_overrides(self._room.calendar.overrides())
        today = self._room.today()
        # This year and next: the next year's list is the one that is usually missing.
        years = self._room.calendar.missing_years(
            date(today.year, 1, 1), date(today.year + 1, 12, 31)
        )
        text = core_text(self._room.calendar.missing_message(years))
        self.missing_label.setText(f"⚠ {text}" if text else "")
        self.missing_label.setVisible(bool(text))

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "calendar":
            self._load_calendar()

    # --- actions ---------------------------------------------------------------------------

    def _on_name_save_clicked(self) -> None:
        try:
            self._room.bureau.set_name(self.name_edit.text())
        except DutyRoomError as exc:
            show_feedback(self.name_feedback, core_text(exc.message), error=True)
            return
        self.name_edit.setText(self._room.bureau.name())
        show_feedback(self.name_feedback, self.tr("已保存"), error=False)

    def _on_tz_save_clicked(self) -> None:
        try:
            self._room.bureau.set_timezone(self.tz_combo.currentText())
        except DutyRoomError as exc:
            show_feedback(self.tz_feedback, core_text(exc.message), error=True)
            return
        show_feedback(self.tz_feedback, self.tr("已保存"), error=False)

    def _on_add_clicked(self) -> None:
        day = to_date(self.date_edit.date())
        day_type = DayType(self.type_combo.currentData())
        try:
            self._room.calendar.set_override(day, day_type, self.note_edit.text())
        except DutyRoomError as exc:
            show_feedback(self.override_feedback, core_text(exc.message), error=True)
            return
        self.note_edit.clear()
        show_feedback(
            self.override_feedback,
            self.tr("已保存：{day} {type}").format(day=day.isoformat(), type=enum_text(day_type)),
            error=False,
        )
        row = self.model.row_of(day)
        if row >= 0:
            self.table.selectRow(row)

    def _on_notice_clicked(self) -> None:
        from ui.holiday_notice_dialog import HolidayNoticeDialog  # built on first use

        dialog = HolidayNoticeDialog(self._room, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_notice_imported)
        self.notice_dialog = dialog
        dialog.open()

    def _on_notice_imported(self, preview: object) -> None:
        assert isinstance(preview, NoticePreview)
        notice = preview.notice
        show_feedback(
            self.override_feedback,
            self.tr("已导入{year}年国务院通知：法定节假日{h}天，调休补班日{m}天").format(
                year=notice.year, h=notice.count(DayType.HOLIDAY), m=notice.count(DayType.MAKEUP)
            ),
            error=False,
        )

    def _on_delete_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_feedback(
                self.override_feedback, self.tr("请先在表格中选择要删除的日期"), error=True
            )
            return
        override = self.model.override_at(rows[0].row())
        question = self.tr("删除 {day} 的节假日调整（{type}）？").format(
            day=override.day.isoformat(), type=enum_text(override.day_type)
        )
        if not self._confirm(self, question):
            return
        try:
            self._room.calendar.delete_override(override.day)
        except DutyRoomError as exc:
            show_feedback(self.override_feedback, core_text(exc.message), error=True)
            return
        show_feedback(
            self.override_feedback, self.tr("已删除：{day}").format(day=override.day), error=False
        )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
