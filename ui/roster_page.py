"""排班: the month grid (days × roles) with holidays, swaps, problems; generate, edit, publish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Person, Role, Swap
from dutyroom.services import DutyRoom
from ui import roster_ops
from ui.day_picker_dialog import DayPickerDialog
from ui.feedback import Confirm, ask_confirmation, show_feedback
from ui.flow_layout import FlowLayout
from ui.formatting import core_text, enum_text
from ui.room_signals import RoomSignals
from ui.roster_io import Printer, RosterIO, choose_open_path, choose_save_path, print_with_preview
from ui.roster_model import ERROR_RED, RosterModel
from ui.roster_side import RosterSidePanel
from ui.swap_dialog import SwapDialog

PathChooser = Callable[[QWidget, str, str], str | None]

_AMBER_STYLE = (
    "color: #5A3B00; background: #FFF4D6; border: 1px solid #E0B040;"
    " border-radius: 4px; padding: 6px 10px;"
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RosterPage(QWidget):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        confirm: Confirm = ask_confirmation,
        choose_save: PathChooser = choose_save_path,
        choose_open: PathChooser = choose_open_path,
        print_html: Printer = print_with_preview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_roster")
        self._room = room
        self._confirm = confirm
        self.model = RosterModel(self)
        self.data: roster_ops.MonthData | None = None
        self.swap_dialog: SwapDialog | None = None
        self.day_dialog: DayPickerDialog | None = None
        self._columns_fitted = False
        self._year, self._month = room.today().year, room.today().month
        self.io = RosterIO(
            room,
            self,
            signals=signals,
            say=lambda text, error: self._say(text, error=error),
            choose_save=choose_save,
            choose_open=choose_open,
            print_html=print_html,
        )

        title = QLabel(self.tr("排班"), self)
        title.setObjectName("page_title")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("roster_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("roster_missing_label")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(_AMBER_STYLE)
        self.missing_label.hide()

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addLayout(self._build_month_picker())
        header.addStretch(1)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("roster_state_label")
        header.addWidget(self.state_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("roster_splitter")
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_side())
        # The grid takes what the side panel (sized to its fairness columns) leaves over.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(1, False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self._build_actions())
        layout.addWidget(self.missing_label)
        layout.addWidget(self.feedback)
        layout.addWidget(splitter, 1)

        signals.changed.connect(self._on_signals_changed)
        self.reload()
        splitter.setSizes([10_000, self.side.minimumWidth()])

    # --- construction ----------------------------------------------------------------------

    def _build_month_picker(self) -> QHBoxLayout:
        self.prev_button = QPushButton(self.tr("‹ 上月"), self)
        self.prev_button.setObjectName("roster_prev_month")
        self.prev_button.setToolTip(self.tr("上个月"))
        self.next_button = QPushButton(self.tr("下月 ›"), self)
        self.next_button.setObjectName("roster_next_month")
        self.next_button.setToolTip(self.tr("下个月"))
        self.month_edit = QDateEdit(self)
        self.month_edit.setObjectName("roster_month_edit")
        self.month_edit.setDisplayFormat(self.tr("yyyy年M月"))
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setDate(QDate(self._year, self._month, 1))
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.month_edit.dateChanged.connect(self._on_month_edit_changed)
        for keys, button in (("Ctrl+PgUp", self.prev_button), ("Ctrl+PgDown", self.next_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.click)
            button.setToolTip(f"{button.toolTip()}  ({keys})")
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.prev_button)
        row.addWidget(self.month_edit)
        row.addWidget(self.next_button)
        return row

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> FlowLayout:
        self.generate_button = self._button(
            "roster_generate_button", self.tr("生成本月"), self._on_generate_clicked
        )
        self.overwrite_check = QCheckBox(self.tr("覆盖手工调整"), self)
        self.overwrite_check.setObjectName("roster_overwrite_check")
        self.swap_button = self._button(
            "roster_swap_button", self.tr("串班/代班…"), self._on_swap_clicked
        )
        self.undo_button = self._button(
            "roster_undo_swap_button", self.tr("撤销调班"), self._on_undo_clicked
        )
        self.publish_button = self._button(
            "roster_publish_button", self.tr("发布"), self._on_publish_clicked
        )
        self.export_button = self._button(
            "roster_export_button", self.tr("导出Excel…"), self._on_export_clicked
        )
        self.import_button = self._button(
            "roster_import_button", self.tr("导入Excel…"), self._on_import_clicked
        )
        self.print_button = self._button(
            "roster_print_button", self.tr("打印…"), self._on_print_clicked
        )
        self.people_button = self._button(
            "roster_people_button", self.tr("人员管理…"), self._on_people_clicked
        )
        # Wraps onto a second line where the labels are wider than the page (English at 1366).
        row = FlowLayout(spacing=8)
        for widget in (self.generate_button, self.overwrite_check):
            row.addWidget(widget)
        for widget in (self.swap_button, self.undo_button, self.publish_button):
            row.addWidget(widget)
        row.add_stretch()
        for widget in (
            self.export_button,
            self.import_button,
            self.print_button,
            self.people_button,
        ):
            row.addWidget(widget)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        return self.table

    def _build_side(self) -> RosterSidePanel:
        self.side = RosterSidePanel(self)
        self.problems_list = self.side.problems_list
        self.fairness_table = self.side.fairness_table
        self.swaps_list = self.side.swaps_list
        self.problems_list.itemActivated.connect(self._on_problems_item_activated)
        return self.side

    # --- month -----------------------------------------------------------------------------

    def month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_month(self, year: int, month: int) -> None:
        if (year, month) == (self._year, self._month):
            return
        self.month_edit.setDate(QDate(year, month, 1))  # → _on_month_edit_changed

    def _on_month_edit_changed(self, value: QDate) -> None:
        year, month = value.year(), value.month()
        if (year, month) != (self._year, self._month):
            self._year, self._month = year, month
            self.reload()

    def _on_prev_button_clicked(self) -> None:
        self.set_month(*roster_ops.previous_month(self._year, self._month))

    def _on_next_button_clicked(self) -> None:
        self.set_month(*roster_ops.next_month(self._year, self._month))

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        data = roster_ops.load_month(self._room, self._year, self._month)
        self.data = data
        self.model.set_rows(data.rows)
        self._widen_columns()
        self.missing_label.setText(f"⚠ {data.missing_message}" if data.missing_message else "")
        self.missing_label.setVisible(bool(data.missing_message))
        self.side.fill(data)
        self.undo_button.setEnabled(self.swaps_list.count() > 0)
        errors = sum(1 for p in data.problems if p.severity == "error")
        state = self.tr("已发布") if data.published else self.tr("草稿")
        summary = self.tr("错误 {e} 个，提醒 {w} 个").format(
            e=errors, w=len(data.problems) - errors
        )
        self.state_label.setText(f"{state}　{summary}".strip())
        self.state_label.setStyleSheet(f"color: {ERROR_RED.name()};" if errors else "")

    def _widen_columns(self) -> None:
        """Every column but 问题 as wide as its header and cells need (holiday names, English
        headers); never narrower than the officer made it, and the problems column stretches."""
        header = self.table.horizontalHeader()
        header.ensurePolished()  # measured with the style sheet's bold and padding
        first = not self._columns_fitted
        for column in range(self.model.columnCount() - 1):
            needed = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if first or header.sectionSize(column) < needed:
                header.resizeSection(column, needed)
        self._columns_fitted = self.model.rowCount() > 0

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("roster", "people", "calendar"):
            self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.feedback, text, error=error)

    # --- actions ---------------------------------------------------------------------------

    def _on_generate_clicked(self) -> None:
        start, end = roster_ops.month_days(self._year, self._month)
        overwrite = self.overwrite_check.isChecked()
        if overwrite and not self._confirm(
            self, self.tr("重新生成将覆盖本月所有手工调整，确定吗？")
        ):
            return
        try:
            problems = self._room.roster.generate(start, end, overwrite_manual=overwrite)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        errors = sum(1 for p in problems if p.severity == "error")
        if errors:
            self._say(self.tr("已生成，但有 {n} 个问题，见右侧列表").format(n=errors), error=True)
        else:
            self._say(self.tr("已生成 {y}年{m}月排班").format(y=self._year, m=self._month))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        role = self.model.role_of_column(index.column())
        if role is None:
            return
        self.open_day_dialog(self.model.row_at(index.row()).day, role)

    def open_day_dialog(self, day: date, role: Role) -> DayPickerDialog:
        row = self.model.row_at(self.model.row_of(day))
        template = self._room.roster.template()
        dialog = DayPickerDialog(
            day=day,
            role=role,
            eligible=roster_ops.eligible_people(self._room, role),
            chosen=[p.id for p in row.people.get(role, ()) if p.id is not None],
            minimum=template.minimum(row.info.day_type, role),
            set_day=self._room.roster.set_day,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.day_dialog = dialog
        dialog.open()
        return dialog

    def _people_on(self, day: date, role: Role) -> list[Person]:
        by_id = {p.id: p for p in self._room.people.list()}
        return [
            by_id[a.person_id]
            for a in self._room.roster.assignments(day, day)
            if a.role is role and a.person_id in by_id
        ]

    def _on_swap_clicked(self) -> None:
        self.open_swap_dialog()

    def open_swap_dialog(self, day: date | None = None, role: Role = Role.OFFICER) -> SwapDialog:
        index = self.table.currentIndex()
        if day is None:
            day = self.model.row_at(index.row()).day if index.isValid() else self._room.today()
            role = self.model.role_of_column(index.column()) or role if index.isValid() else role
        dialog = SwapDialog(
            day=day,
            role=role,
            people_on=self._people_on,
            eligible=lambda r: roster_ops.eligible_people(self._room, r),
            submit=self._room.roster.swap,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.swap_saved.connect(self._on_swap_dialog_saved)
        self.swap_dialog = dialog
        dialog.open()
        return dialog

    def _on_swap_dialog_saved(self, swap: Swap) -> None:
        self._say(self.tr("已登记{kind}").format(kind=enum_text(swap.kind)))

    def _on_undo_clicked(self) -> None:
        item = self.swaps_list.currentItem()
        if item is None:
            self._say(self.tr("请先在“调班记录”中选择要撤销的一条"), error=True)
            self.side.setCurrentWidget(self.swaps_list)
            return
        swap: Swap = item.data(Qt.ItemDataRole.UserRole)
        if not self._confirm(self, self.tr("撤销这条调班？\n{t}").format(t=item.text())):
            return
        try:
            self._room.roster.undo_swap(swap)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self._say(self.tr("已撤销调班"))

    def _on_publish_clicked(self) -> None:
        message = roster_ops.publish_month(self._room, self, self._confirm, self.month())
        if message:
            self._say(message[0], error=message[1])

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        day = item.data(Qt.ItemDataRole.UserRole)
        if day:
            row = self.model.row_of(date.fromisoformat(day))
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _on_export_clicked(self) -> None:
        self.io.export_month(self.month())

    def _on_import_clicked(self) -> None:
        self.io.import_file(self.month())

    def _on_print_clicked(self) -> None:
        if self.data is not None:
            self.io.print_month(self.data)

    def _on_people_clicked(self) -> None:
        self.io.open_people_dialog()
