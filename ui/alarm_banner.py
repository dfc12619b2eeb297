"""The alarm strip on the 值班台: one line per ringing deadline, the most urgent first, with
知道了·停止响铃 and 暂缓N分钟 (a reason required)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from dutyroom.errors import ValidationError
from dutyroom.models import AlarmEvent
from dutyroom.services import DutyRoom
from ui.alarms import AlarmController
from ui.formatting import core_text
from ui.room_signals import RoomSignals
from ui.tr_noop import QT_TRANSLATE_NOOP

SNOOZE_MINUTES = 10
KIND_WORDS = {
    "warning": QT_TRANSLATE_NOOP("AlarmBanner", "临近"),
    "critical": QT_TRANSLATE_NOOP("AlarmBanner", "紧急"),
    "due": QT_TRANSLATE_NOOP("AlarmBanner", "到时"),
    "overdue": QT_TRANSLATE_NOOP("AlarmBanner", "超时"),
}
URGENCY = ("overdue", "due", "critical", "warning")  # the strip's order: 超时 first
MAX_ROWS = 4  # beyond that one line says how many more (the clocks below keep the height)


class AlarmBanner(QFrame):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        controller: AlarmController,
        officer: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_banner")
        self._room = room
        self._controller = controller
        self._officer = officer
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 6, 12, 6)
        self._grid.setVerticalSpacing(4)
        self._widgets: list[QWidget] = []
        self._shown: tuple[tuple[tuple[int, AlarmEvent, str], ...], int] | None = None
        self.obligation_ids: list[int] = []
        signals.changed.connect(self._on_signals_changed)
        controller.alarm_raised.connect(self._on_controller_alarm_raised)
        self.reload()

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("alarms", "incidents"):
            self.reload()

    def _on_controller_alarm_raised(self, _moment: object) -> None:
        self.reload()

    def reload(self) -> None:
        latest: dict[int, AlarmEvent] = {}
        for event in self._room.alarms.ringing():
            latest[event.obligation_id] = event
        ranked = sorted(latest.items(), key=lambda item: self._rank(item[1]))
        shown = (
            tuple(
                (ob_id, event, self._controller.describe_obligation(ob_id))
                for ob_id, event in ranked[:MAX_ROWS]
            ),
            len(ranked),
        )
        if shown == self._shown:
            return  # the same rows: kept (F2 and every other write reload the banner)
        self._shown = shown
        for widget in self._widgets:
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]  # findChild must not see it
            widget.deleteLater()
        self._widgets = []
        self.obligation_ids = [ob_id for ob_id, _event in ranked]
        for row, (ob_id, event) in enumerate(ranked[:MAX_ROWS]):
            self._add_row(row, ob_id, event)
        hidden = len(ranked) - MAX_ROWS
        if hidden > 0:
            more = QLabel(self.tr("另有{n}项提醒，见下方各事件的计时").format(n=hidden), self)
            more.setObjectName("alarm_more_label")
            self._grid.addWidget(more, MAX_ROWS * 2, 0, 1, 4)
            more.show()
            self._widgets.append(more)
        self.setVisible(bool(latest))

    def _add_row(self, row: int, ob_id: int, event: AlarmEvent) -> None:
        word = self.tr(KIND_WORDS.get(event.kind, event.kind))
        text = QLabel(f"⚠ [{word}] {self._controller.describe_obligation(ob_id)}", self)
        text.setObjectName(f"alarm_text_{ob_id}")
        text.setWordWrap(True)
        ack = QPushButton(self.tr("知道了·停止响铃"), self)
        ack.setObjectName(f"ack_button_{ob_id}")
        ack.clicked.connect(lambda _=False, i=ob_id: self.acknowledge(i))
        reason = QLineEdit(self)
        reason.setObjectName(f"snooze_reason_{ob_id}")
        reason.setPlaceholderText(self.tr("暂缓原因（必填）"))
        reason.setMinimumWidth(
            reason.fontMetrics().horizontalAdvance(reason.placeholderText()) + 24
        )
        snooze = QPushButton(self.tr("暂缓{n}分钟").format(n=SNOOZE_MINUTES), self)
        snooze.setObjectName(f"snooze_button_{ob_id}")
        snooze.clicked.connect(lambda _=False, i=ob_id: self.snooze(i))
        error = QLabel(self)
        error.setObjectName(f"snooze_error_{ob_id}")
        error.setProperty("error", "true")
        error.hide()
        self._grid.addWidget(text, row * 2, 0)
        self._grid.addWidget(ack, row * 2, 1)
        self._grid.addWidget(reason, row * 2, 2)
        self._grid.addWidget(snooze, row * 2, 3)
        self._grid.addWidget(error, row * 2 + 1, 0, 1, 4)
        self._grid.setColumnStretch(0, 1)
        for widget in (text, ack, reason, snooze):
            widget.show()  # added to a shown parent: Qt would only show them on the next loop
        self._widgets.extend((text, ack, reason, snooze, error))

    def _rank(self, event: AlarmEvent) -> tuple[int, datetime]:
        """超时 before 到时 before 紧急 before 临近; within a kind the deadline that passed (or
        comes) first: the most overdue item is the first line."""
        kind = URGENCY.index(event.kind) if event.kind in URGENCY else len(URGENCY)
        return (kind, self._controller.due_at(event.obligation_id) or event.moment_at)

    def acknowledge(self, obligation_id: int) -> None:
        self._controller.acknowledge(obligation_id, self._officer())

    def snooze(self, obligation_id: int) -> bool:
        reason = self.findChild(QLineEdit, f"snooze_reason_{obligation_id}")
        text = reason.text() if reason is not None else ""
        try:
            self._controller.snooze(obligation_id, SNOOZE_MINUTES, text, self._officer())
        except ValidationError as exc:
            error = self.findChild(QLabel, f"snooze_error_{obligation_id}")
            if error is not None:
                error.setText(core_text(exc.message))
                error.show()
            return False
        return True
