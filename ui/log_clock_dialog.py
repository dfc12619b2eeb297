"""办结 a duty-log item's clock (预警·报告带班领导, 来文·办理, 批示·传达…): how, to whom, who."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.log_clocks import LogTimer
from dutyroom.models import Evidence, Obligation
from dutyroom.services import DutyRoom
from ui.countdown import obligation_name
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

METHODS = (
    QT_TRANSLATE_NOOP("LogClockDialog", "电话"),
    QT_TRANSLATE_NOOP("LogClockDialog", "短信"),
    QT_TRANSLATE_NOOP("LogClockDialog", "传真"),
    QT_TRANSLATE_NOOP("LogClockDialog", "当面"),
    QT_TRANSLATE_NOOP("LogClockDialog", "系统"),
)


class LogClockDialog(QDialog):
    """Non-modal friendly: tests fill the fields and call submit(); the time done is now."""

    def __init__(
        self, room: DutyRoom, item: LogTimer, *, officer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("log_clock_dialog")
        self.setWindowTitle(self.tr("办结值班事项"))
        self._room = room
        self._obligation = item.obligation
        # Never `self.done`/`self.result`: they shadow QDialog's, and PySide6 dies when Qt calls.
        self.recorded: Obligation | None = None
        heading = QLabel(f"{obligation_name(item.obligation, item.rule)} · {item.title}", self)
        heading.setObjectName("log_clock_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.method = QComboBox(self)
        self.method.setObjectName("log_clock_method")
        self.method.setEditable(True)
        for method in METHODS:
            self.method.addItem(self.tr(method), method)
        missing = item.obligation.missing_units()
        self.to_unit = QLineEdit(missing[0] if missing else "", self)
        self.to_unit.setObjectName("log_clock_to")
        self.to_unit.setPlaceholderText(self.tr("告知或转发的对象，如：带班领导、各乡镇"))
        self.by = QLineEdit(officer, self)
        self.by.setObjectName("log_clock_by")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("log_clock_error")
        self.error_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("对象 *"), self.to_unit)
        form.addRow(self.tr("办理人 *"), self.by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("log_clock_buttons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("办结"))
        ok.setObjectName("log_clock_ok")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.to_unit if not self.to_unit.text() else self.by).setFocus()

    def method_text(self) -> str:
        """The chosen method as stored (the Chinese word), or what was typed."""
        index = self.method.currentIndex()
        typed = self.method.currentText().strip()
        if index >= 0 and self.method.itemText(index) == typed:
            return str(self.method.itemData(index))
        return typed

    def submit(self) -> bool:
        """Store it; on a refusal (a wrong field, a busy or full disk) show the message and keep
        the dialog open with what was typed."""
        assert self._obligation.id is not None
        evidence = Evidence(
            obligation_id=self._obligation.id,
            done_at=self._room.clock.now(),
            method=self.method_text(),
            to_unit=self.to_unit.text().strip(),
            to_person="",
            by=self.by.text().strip(),
        )
        try:
            self.recorded = self._room.log.report(self._obligation.id, evidence)
        except DutyRoomError as exc:
            self.error_label.setText(core_text(exc.message))
            self.error_label.show()
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()
