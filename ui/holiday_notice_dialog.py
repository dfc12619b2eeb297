"""粘贴国务院通知: the year's holidays from the notice's text, previewed before anything is saved.

The preview is read again on every change of the text (nothing is written); 导入 is enabled only
when no line is refused and chinese-calendar agrees for the years it knows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.holiday_notice import MAX_YEAR, MIN_YEAR, decode_notice, weekday_name
from dutyroom.models import DayType
from dutyroom.roster_service import NoticePreview
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text, enum_text
from ui.roster_model import ERROR_RED
from ui.screen_fit import fit_to_screen

ChoosePath = Callable[[QWidget], str | None]
_FROM_TITLE = MIN_YEAR - 1  # the year spin's "按通知标题" value


def choose_notice_file(parent: QWidget) -> str | None:
    title = QCoreApplication.translate("HolidayNoticeDialog", "选择通知文本文件")
    kinds = QCoreApplication.translate("HolidayNoticeDialog", "文本文件 (*.txt)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class HolidayNoticeDialog(QDialog):
    """Signals:
    imported(object): the NoticePreview that was saved.
    """

    imported = Signal(object)

    def __init__(
        self,
        room: DutyRoom,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath = choose_notice_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holiday_notice_dialog")
        self.setWindowTitle(self.tr("粘贴国务院节假日安排通知"))
        self._room = room
        self._choose_path = choose_path
        self.preview: NoticePreview | None = None

        hint = QLabel(
            self.tr(
                "把“国务院办公厅关于××年部分节假日安排的通知”全文粘贴到下面（或从文件读取）。"
                "括号里的星期须与日期相符；与内置数据不一致的日子列为冲突。"
            ),
            self,
        )
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("notice_text_edit")
        self.text_edit.setPlaceholderText(
            self.tr("一、元旦：1月1日（周五）至3日（周日）放假，共3天。…")
        )
        self.text_edit.textChanged.connect(self.refresh)
        self.file_button = QPushButton(self.tr("从文件读取…"), self)
        self.file_button.setObjectName("notice_file_button")
        self.file_button.clicked.connect(self._on_file_clicked)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("notice_year_spin")
        self.year_spin.setRange(_FROM_TITLE, MAX_YEAR)
        self.year_spin.setSpecialValueText(self.tr("按通知标题"))
        self.year_spin.setValue(_FROM_TITLE)
        self.year_spin.setToolTip(self.tr("通知正文没有年份时，在此选择年份"))
        self.year_spin.valueChanged.connect(self.refresh)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("notice_summary_label")
        self.summary_label.setWordWrap(True)
        self.days_table = QTableWidget(0, 5, self)
        self.days_table.setObjectName("notice_days_table")
        self.days_table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("星期"), self.tr("类型"), self.tr("节日"), self.tr("说明")]
        )
        self.days_table.verticalHeader().hide()
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.days_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("notice_problems_list")
        self.problems_list.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("notice_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setObjectName("notice_import_button")
        self.import_button.setMinimumWidth(120)
        self.import_button.clicked.connect(self._on_import_clicked)
        cancel = QPushButton(self.tr("取消"), self)
        cancel.setObjectName("notice_cancel_button")
        cancel.clicked.connect(self.reject)

        source_row = QHBoxLayout()
        source_row.addWidget(self.file_button)
        source_row.addStretch(1)
        source_row.addWidget(QLabel(self.tr("年份："), self))
        source_row.addWidget(self.year_spin)
        left = QVBoxLayout()
        left.addLayout(source_row)
        left.addWidget(self.text_edit, 1)
        right = QVBoxLayout()
        right.addWidget(self.summary_label)
        right.addWidget(self.days_table, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(columns, 3)
        layout.addWidget(QLabel(self.tr("问题（须全部解决才能导入）："), self))
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(1180, 680))
        self.refresh()

    def year(self) -> int | None:
        value = self.year_spin.value()
        return None if value == _FROM_TITLE else value

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    def refresh(self) -> None:
        """Read the text again (nothing is written) and show what 导入 would save."""
        text = self.text_edit.toPlainText()
        self.error_label.hide()
        if not text.strip():
            self.preview = None
            self._show_days(None)
            self.problems_list.clear()
            self.summary_label.setText(self.tr("尚未粘贴通知"))
            self.import_button.setEnabled(False)
            return
        self.preview = self._room.calendar.preview_notice(text, self.year())
        self._show_days(self.preview)
        self._show_problems(self.preview)
        notice = self.preview.notice
        if notice.days:
            summary = self.tr("{year}年：法定节假日{h}天，调休补班日{m}天").format(
                year=notice.year, h=notice.count(DayType.HOLIDAY), m=notice.count(DayType.MAKEUP)
            )
            refused = sum(1 for r in notice.refused if r.line)
            if refused:  # the table lacks those lines' days: say so next to the counts
                summary += self.tr("（另有{n}行未能读取，其日子不在表中）").format(n=refused)
            self.summary_label.setText(summary)
        else:
            self.summary_label.setText(self.tr("没有可导入的日子"))
        self.import_button.setEnabled(self.preview.ok)
        self.import_button.setToolTip("" if self.preview.ok else self.tr("请先解决下面列出的问题"))

    def _show_problems(self, preview: NoticePreview) -> None:
        self.problems_list.clear()
        problems = preview.problems()
        for problem in problems:
            item = QListWidgetItem(f"✖ {core_text(problem)}", self.problems_list)
            item.setForeground(ERROR_RED)
        if not problems:
            QListWidgetItem(self.tr("✔ 没有问题，可以导入"), self.problems_list)

    def _show_days(self, preview: NoticePreview | None) -> None:
        days = preview.notice.days if preview is not None else ()
        conflicting = {c.day: c for c in preview.conflicts} if preview is not None else {}
        replaced = {o.day: o for o in preview.replaced} if preview is not None else {}
        self.days_table.setRowCount(len(days))
        for row, notice_day in enumerate(days):
            conflict = conflicting.get(notice_day.day)
            old = replaced.get(notice_day.day)
            if conflict is not None:
                note = self.tr("冲突：内置数据为{type}").format(type=enum_text(conflict.package))
            elif old is not None:
                note = self.tr("替换原录入：{type}").format(type=enum_text(old.day_type))
            else:
                note = ""
            values = [
                notice_day.day.isoformat(),
                weekday_name(notice_day.day),
                enum_text(notice_day.day_type),
                core_text(notice_day.festival),
                note,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if conflict is not None:
                    item.setForeground(ERROR_RED)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.days_table.setItem(row, column, item)

    def _on_file_clicked(self) -> None:
        path = self._choose_path(self)
        if not path:
            return
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            message = self.tr("无法读取文件：{path}（{why}）").format(
                path=path, why=exc.strerror or exc
            )
            show_feedback(self.error_label, message, error=True)
            return
        text = decode_notice(raw)
        if text is None:
            message = self.tr("文件不是 UTF-8 或 GBK 文本：{path}").format(path=path)
            show_feedback(self.error_label, message, error=True)
            return
        self.set_text(text)

    def confirm(self) -> bool:
        """Save every day of the notice or none; errors stay in the dialog."""
        if self.preview is None or not self.preview.ok:
            return False
        try:
            saved = self._room.calendar.import_notice(self.text_edit.toPlainText(), self.year())
        except DutyRoomError as exc:
            show_feedback(self.error_label, core_text(exc.message), error=True)
            return False
        self.imported.emit(saved)
        return True

    def _on_import_clicked(self) -> None:
        if self.confirm():
            self.accept()
