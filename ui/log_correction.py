"""The correction dialog of the duty log: new text and a reason; the core keeps the old entry
and stores the correction as a new, referencing entry (audited)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import LogEntry
from dutyroom.services import DutyRoom
from ui.formatting import core_text


class CorrectionDialog(QDialog):
    """Signals:
    corrected(int): the correction was stored (the new entry's id).
    """

    corrected = Signal(int)

    def __init__(
        self, room: DutyRoom, entry: LogEntry, by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("log_correction_dialog")
        self.setWindowTitle(self.tr("更正值班日志"))
        self.setMinimumWidth(520)
        self._room = room
        self._entry = entry
        self._by = by
        original = QLabel(core_text(entry.content), self)
        original.setObjectName("log_correction_original_label")
        original.setWordWrap(True)
        self.content_edit = QPlainTextEdit(entry.content, self)
        self.content_edit.setObjectName("log_correction_content_edit")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("log_correction_reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("必填，如：来电单位记错"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("log_correction_error_label")
        self.error_label.setStyleSheet("color:#C62828;")
        self.error_label.hide()
        note = QLabel(self.tr("原记录不会被删除或改写，更正将作为新记录保存并留痕。"), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("log_correction_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("原内容"), original)
        form.addRow(self.tr("更正为"), self.content_edit)
        form.addRow(self.tr("更正原因"), self.reason_edit)
        form.addRow(note)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def accept(self) -> None:
        assert self._entry.id is not None
        try:
            stored = self._room.log.correct(
                self._entry.id,
                self.content_edit.toPlainText(),
                self.reason_edit.text(),
                by=self._by,
            )
        except DutyRoomError as exc:
            self.error_label.setText(core_text(exc.message))
            self.error_label.show()
            return
        super().accept()
        if stored.id is not None:
            self.corrected.emit(stored.id)
