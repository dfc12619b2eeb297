"""On the 值班台: "交接未完成" in red until the open shift's handover is accepted."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from dutyroom.errors import DutyRoomError
from dutyroom.handover import STATE_ACCEPTED
from dutyroom.services import DutyRoom
from ui.handover_page import handover_shift, handover_state_text
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)


class HandoverStateLabel(QLabel):
    def __init__(self, room: DutyRoom, signals: RoomSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handover_state_label")
        self._room = room
        self._boundary: datetime | None = None
        signals.changed.connect(self._on_signals_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            text = handover_state_text(self._room)
            done = self._room.handover.state(handover_shift(self._room)) == STATE_ACCEPTED
            self._boundary = self._room.log.current_shift().end
        except DutyRoomError as exc:
            log.info("handover state unavailable: %s", exc.message)
            text, done = "", False
        colour = "#1f7a3a" if done else "#C62828"
        self.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.setText(self.tr("交接班：") + text if text else "")

    def tick(self, now: datetime) -> None:
        """Cheap: only a passed shift boundary reads the database."""
        if self._boundary is not None and now >= self._boundary:
            self.refresh()

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("handover", "roster"):
            self.refresh()
