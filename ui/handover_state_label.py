"""On the 值班台: "下次交接 08:30" until the handover window opens, then "交接未完成" in red
until the open shift's handover is accepted.

Also where the open shift and its state text are worked out (the 交接班 page uses them too), so
that the 值班台 does not have to import the page, its printing and its documents at start-up.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from dutyroom import handover as sheets
from dutyroom.errors import DutyRoomError
from dutyroom.roster import Shift
from dutyroom.services import DutyRoom
from ui.restyle import set_property
from ui.room_signals import RoomSignals
from ui.tr_noop import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NOT_DONE = QT_TRANSLATE_NOOP("HandoverPage", "交接未完成")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverPage", text)


def handover_shift(room: DutyRoom) -> Shift:
    """The shift whose handover is open: the previous one while it waits for acceptance (the
    outgoing shift may not leave before the incoming one accepts), else the current one."""
    current = room.log.current_shift()
    tz = room.bureau.timezone()
    previous = room.log.shift_of_day(current.start.astimezone(tz).date() - timedelta(days=1))
    if previous.end <= current.start and room.handover.state(previous) == sheets.STATE_PENDING:
        return previous
    return current


def handover_state_text(room: DutyRoom) -> str:
    """For the 值班台: "交接未完成" until the open shift's handover is accepted."""
    shift = handover_shift(room)
    state = room.handover.state(shift)
    if state == sheets.STATE_ACCEPTED:
        return _tr("已交接")
    detail = _tr("待接班确认") if state == sheets.STATE_PENDING else _tr("尚未开始交接")
    return _tr("{state}（{detail}）").format(state=_tr(NOT_DONE), detail=detail)


class HandoverStateLabel(QLabel):
    """Neutral while the handover is hours away, red from the reminder on (15 minutes before the
    shift ends by default) until accepted, green when accepted. The colour comes from style.qss
    by the `state` property ("next" / "open" / "done"), not from a style sheet of its own."""

    def __init__(self, room: DutyRoom, signals: RoomSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handover_state_label")
        self._room = room
        self._boundary: datetime | None = None
        signals.changed.connect(self._on_signals_changed)
        self.refresh()

    def refresh(self) -> None:
        now = self._room.clock.now()
        try:
            shift = handover_shift(self._room)
            state = self._room.handover.state(shift)
            current = self._room.log.current_shift()
            opens = self._room.handover.reminder_at(current)
        except DutyRoomError as exc:
            log.info("handover state unavailable: %s", exc.message)
            self._boundary = None
            set_property(self, "state", "open")
            self.setText("")
            return
        tz = self._room.bureau.timezone()
        if state == sheets.STATE_NONE and shift.end == current.end and now < opens:
            # Nothing to hand over yet: red here for 16 hours would teach people to ignore it.
            self._boundary = opens
            set_property(self, "state", "next")
            self.setText(self.tr("下次交接 {at}").format(at=f"{current.end.astimezone(tz):%H:%M}"))
            return
        self._boundary = current.end
        set_property(self, "state", "done" if state == sheets.STATE_ACCEPTED else "open")
        self.setText(self.tr("交接班：") + handover_state_text(self._room))

    def tick(self, now: datetime) -> None:
        """Cheap: only a passed boundary (the window opening, the shift end) reads the DB."""
        if self._boundary is not None and now >= self._boundary:
            self.refresh()

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("handover", "roster"):
            self.refresh()
