"""导入Excel preview: every row's problems with row numbers; nothing is written until 确认导入."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.excel import transfer
from dutyroom.excel.roster_import import RosterPreview, RowProblem
from dutyroom.models import Role
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text, enum_text
from ui.roster_model import ERROR_RED
from ui.screen_fit import fit_to_screen

_ROLES = (Role.LEADER, Role.CHIEF, Role.OFFICER, Role.BACKUP)


class ImportPreviewDialog(QDialog):
    """Signals:
    imported(object): the RosterImportResult after a successful, all-or-nothing import.
    """

    imported = Signal(object)

    def __init__(self, room: DutyRoom, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview_dialog")
        self.setWindowTitle(self.tr("导入排班预览：{name}").format(name=Path(path).name))
        self._room = room
        self._path = Path(path)
        self.preview: RosterPreview | None = None

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("import_summary_label")
        self.summary_label.setWordWrap(True)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("import_problems_list")
        self.problems_list.setWordWrap(True)
        self.days_table = QTableWidget(0, 2 + len(_ROLES), self)
        self.days_table.setObjectName("import_days_table")
        labels = [self.tr("行号"), self.tr("日期"), *(enum_text(r) for r in _ROLES)]
        self.days_table.setHorizontalHeaderLabels(labels)
        self.days_table.verticalHeader().hide()
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.create_check = QCheckBox(self.tr("自动创建未知人员（按所在列的角色）"), self)
        self.create_check.setObjectName("import_create_people_check")
        self.create_check.toggled.connect(self._on_create_check_toggled)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("import_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.confirm_button = QPushButton(self.tr("确认导入"), self)
        self.confirm_button.setObjectName("import_confirm_button")
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        cancel = QPushButton(self.tr("取消"), self)
        cancel.setObjectName("import_cancel_button")
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_check)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("问题（须全部解决才能导入）："), self))
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(QLabel(self.tr("将导入的排班："), self))
        layout.addWidget(self.days_table, 2)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(820, 620))
        self.refresh()

    def refresh(self) -> None:
        """Read the file again (nothing is written) and show what an import would do."""
        try:
            self.preview = transfer.preview_roster_import(
                self._room, self._path, create_missing_people=self.create_check.isChecked()
            )
        except DutyRoomError as exc:
            self.preview = None
            self._show_problems((RowProblem(0, core_text(exc.message)),))
            self._show_days(None)
            self.summary_label.setText(self.tr("无法读取该文件"))
            self.confirm_button.setEnabled(False)
            return
        self._show_problems(self.preview.problems)
        self._show_days(self.preview)
        span = self.preview.span()
        text = self.tr("工作表“{sheet}”：{n} 天").format(
            sheet=self.preview.sheet, n=len(self.preview.days)
        )
        if span is not None:
            text += self.tr("（{a} 至 {b}）").format(a=span[0].isoformat(), b=span[1].isoformat())
        if self.preview.new_people:
            text += self.tr("；将新建人员：{names}").format(
                names="、".join(self.preview.new_people)
            )
        self.summary_label.setText(text)
        self.confirm_button.setEnabled(self.preview.ok)
        self.confirm_button.setToolTip("" if self.preview.ok else self.tr("请先解决上面列出的问题"))

    def _show_problems(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems_list.clear()
        for problem in problems:
            item = QListWidgetItem(f"✖ {core_text(str(problem))}", self.problems_list)
            item.setForeground(ERROR_RED)
        if not problems:
            QListWidgetItem(self.tr("✔ 没有问题，可以导入"), self.problems_list)

    def _show_days(self, preview: RosterPreview | None) -> None:
        days = preview.days if preview is not None else ()
        self.days_table.setRowCount(len(days))
        for row, imported in enumerate(days):
            values = [str(imported.row), imported.day.isoformat()]
            values += ["、".join(imported.people.get(role, ())) for role in _ROLES]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.days_table.setItem(row, column, item)

    def _on_create_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def confirm(self) -> bool:
        """Write everything or nothing; errors stay in the dialog."""
        if self.preview is None or not self.preview.ok:
            return False
        try:
            result = transfer.apply_roster_import(self._room, self.preview)
        except DutyRoomError as exc:
            show_feedback(self.error_label, core_text(exc.message), error=True)
            return False
        self.imported.emit(result)
        return True

    def _on_confirm_clicked(self) -> None:
        if self.confirm():
            self.accept()
