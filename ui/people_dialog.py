"""人员管理: add and edit people (roles, phones, active) and their leave; nobody is ever deleted."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Leave, Person, Role
from dutyroom.people_service import MAX_TITLE
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text, enum_text
from ui.qt_dates import to_date
from ui.room_signals import RoomSignals
from ui.screen_fit import fit_to_screen
from ui.tr_noop import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    Role.LEADER: "person_role_leader",
    Role.CHIEF: "person_role_chief",
    Role.OFFICER: "person_role_officer",
    Role.BACKUP: "person_role_backup",
}
_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleDialog", "姓名"),
    QT_TRANSLATE_NOOP("PeopleDialog", "角色"),
    QT_TRANSLATE_NOOP("PeopleDialog", "单位"),
    QT_TRANSLATE_NOOP("PeopleDialog", "职务"),
    QT_TRANSLATE_NOOP("PeopleDialog", "手机"),
    QT_TRANSLATE_NOOP("PeopleDialog", "办公电话"),
    QT_TRANSLATE_NOOP("PeopleDialog", "状态"),
)
# Wide enough for the table and the form side by side; fit_to_screen caps it to the screen.
PREFERRED_SIZE = QSize(1100, 680)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeopleDialog(QDialog):
    def __init__(
        self, room: DutyRoom, signals: RoomSignals | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("people_dialog")
        self.setWindowTitle(self.tr("人员管理"))
        self._room = room
        self._people: list[Person] = []
        self._editing: Person | None = None

        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setObjectName("people_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        # The form and the leave box scroll rather than push the dialog past a small screen
        # (1366×768 with a taskbar); the close button stays below them, always in view.
        side = QWidget(self)
        side.setObjectName("people_side")
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._build_form(side))
        right.addWidget(self._build_leave_box(side), 1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setObjectName("people_side_scroll")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side)
        side.ensurePolished()  # measured with the style sheet's paddings and fonts
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(side.minimumSizeHint().width() + bar)
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(self.side_scroll, 2)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.setObjectName("people_button_box")
        self.button_box.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(row, 1)
        self._layout.addWidget(self.button_box)
        if signals is not None:
            signals.changed.connect(self._on_signals_changed)
        self.reload()
        self.new_person()
        self.fit()

    def fit(self, available: QRect | None = None) -> QSize:
        """Wide enough for every column and the form (English is wider), capped to the screen
        (or to `available`, in tests)."""
        self.table.ensurePolished()
        table = (
            self.table.horizontalHeader().length()
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        margins = self._layout.contentsMargins()
        needed = table + self.side_scroll.minimumWidth() + margins.left() + margins.right() + 12
        return fit_to_screen(self, PREFERRED_SIZE.expandedTo(QSize(needed, 0)), available=available)

    # --- construction ----------------------------------------------------------------------

    def _line(self, name: str, parent: QWidget, max_length: int = 30) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    def _build_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("人员信息"), parent)
        self.name_edit = self._line("person_name_edit", box, 20)
        self.role_checks: dict[Role, QCheckBox] = {}
        roles = QHBoxLayout()
        for role, name in ROLE_NAMES.items():
            check = QCheckBox(enum_text(role), box)
            check.setObjectName(name)
            self.role_checks[role] = check
            roles.addWidget(check)
        self.unit_edit = self._line("person_unit_edit", box, 60)
        self.title_edit = self._line("person_title_edit", box, MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("如：副局长、科长、科员"))
        self.mobile_edit = self._line("person_mobile_edit", box)
        self.office_edit = self._line("person_office_edit", box)
        self.active_check = QCheckBox(self.tr("在册（取消勾选即停用，历史记录保留）"), box)
        self.active_check.setObjectName("person_active_check")
        self.error_label = QLabel(box)
        self.error_label.setObjectName("person_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.new_button = QPushButton(self.tr("新建"), box)
        self.new_button.setObjectName("person_new_button")
        self.new_button.clicked.connect(self.new_person)
        self.save_button = QPushButton(self.tr("保存"), box)
        self.save_button.setObjectName("person_save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form = QFormLayout(box)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("角色"), roles)
        form.addRow(self.tr("单位"), self.unit_edit)
        form.addRow(self.tr("职务"), self.title_edit)
        phones = QHBoxLayout()
        phones.addWidget(self.mobile_edit, 1)
        phones.addWidget(QLabel(self.tr("办公电话"), box))
        phones.addWidget(self.office_edit, 1)
        form.addRow(self.tr("手机"), phones)
        form.addRow(self.active_check)
        form.addRow(self.error_label)
        form.addRow(buttons)
        return box

    def _build_leave_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("请假"), parent)
        self.leave_start = QDateEdit(box)
        self.leave_start.setObjectName("leave_start_edit")
        self.leave_end = QDateEdit(box)
        self.leave_end.setObjectName("leave_end_edit")
        for edit in (self.leave_start, self.leave_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(self._room.today()))
        self.leave_reason = self._line("leave_reason_edit", box, 100)
        self.leave_reason.setPlaceholderText(self.tr("事由，如：年休假"))
        self.leave_add = QPushButton(self.tr("登记请假"), box)
        self.leave_add.setObjectName("leave_add_button")
        self.leave_add.clicked.connect(self._on_leave_add_clicked)
        self.leave_list = QListWidget(box)
        self.leave_list.setObjectName("leave_list")
        self.leave_delete = QPushButton(self.tr("删除所选请假"), box)
        self.leave_delete.setObjectName("leave_delete_button")
        self.leave_delete.clicked.connect(self._on_leave_delete_clicked)
        self.leave_feedback = QLabel(box)
        self.leave_feedback.setObjectName("leave_error_label")
        self.leave_feedback.setWordWrap(True)
        self.leave_feedback.hide()
        self.leave_list.setMinimumHeight(72)
        dates = QHBoxLayout()
        dates.addWidget(self.leave_start, 1)
        dates.addWidget(QLabel(self.tr("至"), box))
        dates.addWidget(self.leave_end, 1)
        reason = QHBoxLayout()
        reason.addWidget(self.leave_reason, 1)
        reason.addWidget(self.leave_add)
        delete = QHBoxLayout()
        delete.addStretch(1)
        delete.addWidget(self.leave_delete)
        layout = QVBoxLayout(box)
        layout.addLayout(dates)
        layout.addLayout(reason)
        layout.addWidget(self.leave_list, 1)
        layout.addLayout(delete)
        layout.addWidget(self.leave_feedback)
        return box

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._people = sorted(
            self._room.people.list(), key=lambda p: (not p.active, list(Role).index(p.roles[0]))
        )
        self.table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            values = (
                person.name,
                self.tr("、").join(enum_text(r) for r in person.roles),
                person.unit,
                person.title,
                person.mobile,
                person.office_phone,
                self.tr("在册") if person.active else self.tr("已停用"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self._load_leaves()

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "people":
            self.reload()

    def _load_leaves(self) -> None:
        self.leave_list.clear()
        person = self._editing
        enabled = person is not None and person.id is not None
        for widget in (self.leave_add, self.leave_delete, self.leave_start, self.leave_end):
            widget.setEnabled(enabled)
        if not enabled or person is None:
            return
        for leave in self._room.people.leaves(person.id):
            text = self.tr("{start} 至 {end}  {reason}").format(
                start=leave.start.isoformat(), end=leave.end.isoformat(), reason=leave.reason
            )
            item = QListWidgetItem(text.strip(), self.leave_list)
            item.setData(Qt.ItemDataRole.UserRole, leave.id)

    # --- editing ---------------------------------------------------------------------------

    def new_person(self) -> None:
        self.table.clearSelection()
        self._show(Person("", (Role.OFFICER,)))
        self.name_edit.setFocus()

    def select_person(self, name: str) -> None:
        for row, person in enumerate(self._people):
            if person.name == name:
                self.table.selectRow(row)
                return
        raise LookupError(name)

    def _show(self, person: Person) -> None:
        self._editing = person
        self.name_edit.setText(person.name)
        for role, check in self.role_checks.items():
            check.setChecked(role in person.roles)
        self.unit_edit.setText(person.unit)
        self.title_edit.setText(person.title)
        self.mobile_edit.setText(person.mobile)
        self.office_edit.setText(person.office_phone)
        self.active_check.setChecked(person.active)
        self.error_label.hide()
        self._load_leaves()

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._show(self._people[rows[0].row()])

    def form_person(self) -> Person:
        base = self._editing or Person("", ())
        return dataclasses.replace(
            base,
            name=self.name_edit.text(),
            roles=tuple(role for role, check in self.role_checks.items() if check.isChecked()),
            unit=self.unit_edit.text(),
            title=self.title_edit.text(),
            mobile=self.mobile_edit.text(),
            office_phone=self.office_edit.text(),
            active=self.active_check.isChecked(),
        )

    def save(self) -> Person | None:
        """Add or update; the service's Chinese message (duplicate name, …) is shown here."""
        person = self.form_person()
        try:
            if person.id is None:
                stored = self._room.people.add(person)
            else:
                stored = self._room.people.update(person)
        except DutyRoomError as exc:
            show_feedback(self.error_label, core_text(exc.message), error=True)
            return None
        self.reload()
        self.select_person(stored.name)
        saved = self.tr("已保存：{name}").format(name=stored.name)
        show_feedback(self.error_label, saved, error=False)
        return stored

    def _on_save_clicked(self) -> None:
        self.save()

    def add_leave(self) -> Leave | None:
        person = self._editing
        if person is None or person.id is None:
            return None
        leave = Leave(
            person.id,
            to_date(self.leave_start.date()),
            to_date(self.leave_end.date()),
            self.leave_reason.text().strip(),
        )
        try:
            stored = self._room.people.add_leave(leave)
        except DutyRoomError as exc:
            show_feedback(self.leave_feedback, core_text(exc.message), error=True)
            return None
        self.leave_reason.clear()
        self._load_leaves()
        show_feedback(self.leave_feedback, self.tr("已登记请假"), error=False)
        return stored

    def _on_leave_add_clicked(self) -> None:
        self.add_leave()

    def _on_leave_delete_clicked(self) -> None:
        item = self.leave_list.currentItem()
        if item is None:
            show_feedback(self.leave_feedback, self.tr("请先选择一条请假记录"), error=True)
            return
        try:
            self._room.people.delete_leave(int(item.data(Qt.ItemDataRole.UserRole)))
        except DutyRoomError as exc:
            show_feedback(self.leave_feedback, core_text(exc.message), error=True)
            return
        self._load_leaves()
