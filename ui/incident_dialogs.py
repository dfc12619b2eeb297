"""Small dialogs of the 接报 page: close an incident (a note is required) and its history."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import ValidationError
from dutyroom.services import DutyRoom
from ui.tr_noop import QT_TRANSLATE_NOOP

SOURCE_LABELS = {
    "audit": QT_TRANSLATE_NOOP("HistoryDialog", "修改"),
    "evidence": QT_TRANSLATE_NOOP("HistoryDialog", "报送"),
    "alarm": QT_TRANSLATE_NOOP("HistoryDialog", "提醒"),
    "log": QT_TRANSLATE_NOOP("HistoryDialog", "日志"),
}


class CloseDialog(QDialog):
    """Tests fill `note` and call submit(); people press 确定."""

    def __init__(self, room: DutyRoom, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_dialog")
        self.setWindowTitle(self.tr("终结事件"))
        self._room = room
        self._incident_id = incident_id
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("closing_note")
        self.note.setPlaceholderText(self.tr("终结说明（必填）：处置结果、善后情况等"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("close_error")
        self.error_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("终结后事件不能再修改；较大及以上事件将生成终报时限。")))
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def submit(self) -> bool:
        try:
            self._room.incidents.close(self._incident_id, self.note.toPlainText())
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()


class HistoryDialog(QDialog):
    """Every edit, report, alarm and log entry of one incident, in time order."""

    def __init__(
        self, room: DutyRoom, incident_id: int, tz: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("事件经过"))
        self.resize(900, 560)
        items = room.ledger.history(incident_id)
        self.table = QTableWidget(len(items), 4, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("类型"), self.tr("内容"), self.tr("操作人")]
        )
        for row, item in enumerate(items):
            cells = (
                item.at.astimezone(tz).strftime("%m-%d %H:%M:%S"),
                self.tr(SOURCE_LABELS.get(item.source, item.source)),
                item.summary,
                item.actor,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(2, 560)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
