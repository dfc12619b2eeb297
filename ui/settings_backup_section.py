"""设置 › 备份与导出: where the automatic daily workbook goes, how many backups to keep, the daily
backup time, the last backup, a backup now, and restoring one (after a confirmation that names
what will be replaced; the current database is backed up first; the app then has to restart)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from dutyroom.backups import BackupChoices
from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text
from ui.room_signals import RoomSignals

Confirm = Callable[[QWidget, str], bool]
FolderChooser = Callable[[QWidget, str, str], str | None]
Restore = Callable[[Path], None]


def choose_folder(parent: QWidget, title: str, start: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def backup_label(path: Path) -> str:
    """ "2026-11-24 08:20:05" from dutyroom-20261124-082005.sqlite3 (the file name if odd)."""
    try:
        stamp = datetime.strptime(path.stem.removeprefix("dutyroom-"), "%Y%m%d-%H%M%S")
    except ValueError:
        return path.name
    return f"{stamp:%Y-%m-%d %H:%M:%S}"


class BackupSection(QGroupBox):
    def __init__(
        self,
        room: DutyRoom,
        confirm: Confirm,
        *,
        choose_dir: FolderChooser = choose_folder,
        restore: Restore | None = None,
        quit_app: Callable[[], object] = QApplication.quit,
        signals: RoomSignals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("备份与导出"))
        self.setObjectName("backup_section")
        self._room = room
        self._confirm = confirm
        self._choose_dir = choose_dir
        self._restore = restore or room.backups.restore
        self._quit = quit_app
        self._signals = signals
        self.exports_edit = QLineEdit(self)
        self.exports_edit.setObjectName("exports_dir_edit")
        self.exports_edit.setPlaceholderText(str(room.backups.default_exports_dir() or ""))
        browse = QPushButton(self.tr("选择…"), self)
        browse.setObjectName("exports_dir_browse_button")
        browse.clicked.connect(self._on_browse_clicked)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("backup_keep_spin")
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setSuffix(self.tr(" 份"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("backup_time_edit")
        self.time_edit.setDisplayFormat("HH:mm")
        save = QPushButton(self.tr("保存"), self)
        save.setObjectName("backup_save_button")
        save.clicked.connect(self._on_save_clicked)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("backup_last_label")
        now_button = QPushButton(self.tr("立即备份"), self)
        now_button.setObjectName("backup_now_button")
        now_button.clicked.connect(self._on_now_clicked)
        self.list_combo = QComboBox(self)
        self.list_combo.setObjectName("backup_list_combo")
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        self.restore_button.setObjectName("backup_restore_button")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("backup_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.exports_edit, 1)
        folder_row.addWidget(browse)
        last_row = QHBoxLayout()
        last_row.addWidget(self.last_label, 1)
        last_row.addWidget(now_button)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.list_combo, 1)
        restore_row.addWidget(self.restore_button)
        # a count, a time and a button at their own size, not stretched across the page
        keep_row, time_row, save_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for row, widget in (
            (keep_row, self.keep_spin),
            (time_row, self.time_edit),
            (save_row, save),
        ):
            row.addWidget(widget)
            row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("值班日志自动导出到"), folder_row)
        form.addRow(self.tr("保留备份"), keep_row)
        form.addRow(self.tr("每日自动备份时间"), time_row)
        form.addRow("", save_row)
        form.addRow(self.tr("最近一次备份"), last_row)
        form.addRow(self.tr("恢复备份"), restore_row)
        form.addRow(self.feedback)
        self.reload()

    def reload(self) -> None:
        choices = self._room.backups.choices()
        self.exports_edit.setText(choices.exports_dir)
        self.keep_spin.setValue(choices.keep)
        self.time_edit.setTime(QTime(*choices.time))
        found = self._room.backups.backups()
        self.last_label.setText(
            backup_label(found[0]) if found else self.tr("尚无备份（交接班确认时自动备份）")
        )
        self.list_combo.clear()
        for path in found:
            self.list_combo.addItem(backup_label(path), str(path))
        self.restore_button.setEnabled(bool(found))

    def _say(self, text: str, *, error: bool) -> None:

        show_feedback(self.feedback, text, error=error)

    def _on_browse_clicked(self) -> None:
        start = self.exports_edit.text() or self.exports_edit.placeholderText()
        chosen = self._choose_dir(self, self.tr("选择导出文件夹"), start)
        if chosen:
            self.exports_edit.setText(chosen)

    def _on_save_clicked(self) -> None:
        at = self.time_edit.time()
        choices = BackupChoices(
            (at.hour(), at.minute()), self.keep_spin.value(), self.exports_edit.text().strip()
        )
        try:
            self._room.backups.save_choices(choices)  # DailyBackup hears "bureau" and reschedules
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self._say(self.tr("已保存"), error=False)

    def _on_now_clicked(self) -> None:
        try:
            made = self._room.backups.backup_now()
        except (DutyRoomError, OSError) as exc:
            self._say(self.tr("备份失败：{e}").format(e=exc), error=True)
            return
        self.reload()
        self._say(self.tr("已备份：{p}").format(p=made), error=False)

    def _on_restore_clicked(self) -> None:
        data = self.list_combo.currentData()
        if not data:
            return
        backup = Path(data)
        question = self.tr(
            "用 {when} 的备份替换当前值班数据？\n\n将被替换：{db}\n（其中 {when} 之后的所有记录）\n"
            "替换前会先备份当前数据。恢复后程序将关闭，请重新启动。"
        ).format(when=backup_label(backup), db=self._room.db_path)
        if not self._confirm(self, question):
            return
        if self._signals is not None:
            self._signals.replacing_database.emit()  # the LAN page's connection lets go
        try:
            self._restore(backup)
        except (DutyRoomError, OSError) as exc:
            self._say(self.tr("恢复失败：{e}").format(e=exc), error=True)
            return
        finally:
            if self._signals is not None:
                self._signals.database_replaced.emit()
        self._say(self.tr("已恢复，请重新启动程序。"), error=False)
        self._quit()
