"""设置 → 特殊时期: 汛期、重要活动 and other periods with their own staffing minimums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Role, SpecialPeriod
from dutyroom.services import DutyRoom
from ui.formatting import core_text, enum_text
from ui.room_signals import RoomSignals


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SpecialPeriodsSection(QGroupBox):
    """Periods the bureau marks as special (双带双值 outside statutory holidays)."""

    def __init__(self, room: DutyRoom, signals: RoomSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("special_section")
        self.setTitle(self.tr("特殊时期（汛期、重要活动等）"))
        self._room = room
        today = room.today()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("special_name_edit")
        self.name_edit.setPlaceholderText(self.tr("名称，如：汛期"))
        self.start_edit = QDateEdit(_qdate(today), self)
        self.start_edit.setObjectName("special_start_edit")
        self.end_edit = QDateEdit(_qdate(today), self)
        self.end_edit.setObjectName("special_end_edit")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.leaders_spin = self._spin("special_leaders_spin", 2)
        self.officers_spin = self._spin("special_officers_spin", 2)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.add_button.setObjectName("special_add_button")
        self.remove_button = QPushButton(self.tr("删除所选"), self)
        self.remove_button.setObjectName("special_remove_button")
        self.list = QListWidget(self)
        self.list.setObjectName("special_list")
        self.list.setMaximumHeight(110)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("special_error_label")
        self.error_label.setStyleSheet("color: #C62828;")
        note = QLabel(self.tr("特殊时期内按此处人数排班与检查（取与节假日要求中较高者）。"), self)
        note.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(note, 0, 0, 1, 8)
        row = (
            self.name_edit, self.start_edit, QLabel("—", self), self.end_edit,
            QLabel(self.tr("带班领导"), self), self.leaders_spin,
            QLabel(self.tr("值班员"), self), self.officers_spin,
        )  # fmt: skip
        for column, widget in enumerate(row):
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.add_button, 1, len(row))
        grid.addWidget(self.list, 2, 0, 1, len(row))
        grid.addWidget(self.remove_button, 2, len(row))
        grid.addWidget(self.error_label, 3, 0, 1, len(row) + 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, 10)
        spin.setValue(value)
        return spin

    def reload(self) -> None:
        self.list.clear()
        for period in self._room.calendar.special_periods():
            counts = self.tr("，").join(
                self.tr("{role}{n}人").format(role=enum_text(role), n=n)
                for role, n in period.minimums.items()
                if n
            )
            self.list.addItem(
                self.tr("{name}  {start} 至 {end}  {counts}").format(
                    name=period.name, start=period.start, end=period.end, counts=counts
                )
            )

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "calendar":
            self.reload()

    def _on_add_button_clicked(self) -> None:
        period = SpecialPeriod(
            self.name_edit.text(),
            _date(self.start_edit.date()),
            _date(self.end_edit.date()),
            {Role.LEADER: self.leaders_spin.value(), Role.OFFICER: self.officers_spin.value()},
        )
        self._save([*self._room.calendar.special_periods(), period])

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        periods = self._room.calendar.special_periods()
        if 0 <= row < len(periods):
            self._save(periods[:row] + periods[row + 1 :])

    def _save(self, periods: list[SpecialPeriod]) -> None:
        try:
            self._room.calendar.set_special_periods(periods)
        except DutyRoomError as exc:
            self.error_label.setText(core_text(exc.message))
            return
        self.error_label.clear()
        self.name_edit.clear()
        self.reload()
