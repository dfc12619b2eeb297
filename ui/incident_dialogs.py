"""Small dialogs of the 接报 page: close an incident (a note is required), void a false call or
a duplicate (a reason is required), mark a disaster stable (灾情稳定, at a time) and the
incident's history."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

SOURCE_LABELS = {
    "audit": QT_TRANSLATE_NOOP("HistoryDialog", "修改"),
    "evidence": QT_TRANSLATE_NOOP("HistoryDialog", "报送"),
    "alarm": QT_TRANSLATE_NOOP("HistoryDialog", "提醒"),
    "log": QT_TRANSLATE_NOOP("HistoryDialog", "日志"),
}


class _ActionDialog(QDialog):
    """One required input, an explanation, 确定/取消; a refusal is shown and the dialog stays.
    Subclasses give the texts (translated in their own context) and the action."""

    def _build(self, explanation: str, field: QWidget, name: str) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{name}_error")
        self.error_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName(f"{name}_buttons")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _act(self) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        try:
            self._act()
        except DutyRoomError as exc:
            self.error_label.setText(core_text(exc.message))
            self.error_label.show()
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()


class CloseDialog(_ActionDialog):
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
        explanation = self.tr("终结后事件不能再修改；较大及以上事件将生成终报时限。")
        self._build(explanation, self.note, "close")

    def _act(self) -> None:
        self._room.incidents.close(self._incident_id, self.note.toPlainText())


class VoidDialog(_ActionDialog):
    """作废: a false call or a duplicate leaves the board, the handover and the statistics, and
    stays in the ledger marked 作废; never deleted. Tests pick a reason and call submit()."""

    REASONS = (
        QT_TRANSLATE_NOOP("VoidDialog", "误报（核实无此事件）"),
        QT_TRANSLATE_NOOP("VoidDialog", "重复接报（同一事件已登记）"),
        QT_TRANSLATE_NOOP("VoidDialog", "误按新接报"),
    )

    def __init__(self, room: DutyRoom, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("void_dialog")
        self.setWindowTitle(self.tr("作废事件"))
        self._room = room
        self._incident_id = incident_id
        self.reason = QComboBox(self)
        self.reason.setObjectName("void_reason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr(text) for text in self.REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("作废原因（必填）"))
        explanation = self.tr(
            "作废后，事件及其报送时限离开值班台、交接班和统计，在台账中标为“作废”并保留原因；"
            "不会删除。"
        )
        self._build(explanation, self.reason, "void")

    def _act(self) -> None:
        self._room.incidents.void(self._incident_id, self.reason.currentText())


class StableDialog(_ActionDialog):
    """灾情稳定: the daily 灾情续报 end and the 核报 clock starts from the time given (default
    now; an earlier time when the 指挥部 said so before it was recorded). Tests set `at` and
    call submit()."""

    def __init__(
        self, room: DutyRoom, incident_id: int, tz: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stable_dialog")
        self.setWindowTitle(self.tr("标记灾情稳定"))
        self._room = room
        self._incident_id = incident_id
        self._tz = tz
        self._opened = room.clock.now().astimezone(tz).replace(second=0, microsecond=0)
        self.at = QDateTimeEdit(self)
        self.at.setObjectName("stable_at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_at(self._opened)
        explanation = self.tr(
            "灾情稳定后不再每日续报；核报时限自稳定时间起算（2个工作日内）。请核对稳定时间："
        )
        self._build(explanation, self.at, "stable")

    def set_at(self, moment: datetime) -> None:
        local = moment.astimezone(self._tz)
        self.at.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        )

    def chosen_time(self) -> datetime | None:
        """None when left at the minute the dialog opened: the service takes the real now."""
        value = self.at.dateTime()
        d, t = value.date(), value.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._tz)
        return None if local == self._opened else local

    def _act(self) -> None:
        self._room.incidents.mark_stable(self._incident_id, self.chosen_time())


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
                core_text(item.summary),
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
