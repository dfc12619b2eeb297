"""The handover reminder: a job on a GUI-thread QtScheduler at room.handover.reminder_at(shift)
(15 minutes before the shift ends by default) that raises a notification and an in-app message.

The AlarmController's scheduler is private and rebuilt with remove_all_jobs(), so this keeps a
small scheduler of its own, started the same way (DebugExecutor, trigger objects, explicit zone).
Tests call `fire()` directly and read `next_run`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from dutyroom import handover as sheets
from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.alarms import Notifier
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverReminder", text)


class HandoverReminder(QObject):
    """Signals:
    reminded(str): the reminder text, for the in-app banner (status bar, 交接班 page).
    """

    reminded = Signal(str)

    def __init__(
        self,
        room: DutyRoom,
        notifier: Notifier,
        *,
        signals: RoomSignals | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._notifier = notifier
        self._scheduler: Any = None
        self.next_run: datetime | None = None
        if signals is not None:
            signals.changed.connect(self._on_signals_changed)

    def start(self, *, scheduler: bool = True) -> None:
        if scheduler and self._scheduler is None:
            from apscheduler.executors.debug import DebugExecutor
            from apscheduler.schedulers.qt import QtScheduler

            self._scheduler = QtScheduler(
                executors={"default": DebugExecutor()}, timezone=self._room.bureau.timezone()
            )
            self._scheduler.start()
        self.schedule()

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    def schedule(self) -> datetime | None:
        """The next reminder still ahead: this shift's, or the next shift's once it has passed."""
        now = self._room.clock.now()
        shift = self._room.log.current_shift()
        at = self._room.handover.reminder_at(shift)
        if at <= now:
            at = self._room.handover.reminder_at(self._room.log.shift_of_day(
                shift.end.astimezone(self._room.bureau.timezone()).date()
            ))  # fmt: skip
        self.next_run = at if at > now else None
        if self._scheduler is not None:
            from apscheduler.triggers.date import DateTrigger

            self._scheduler.remove_all_jobs()
            if self.next_run is not None:
                trigger = DateTrigger(run_date=self.next_run, timezone=self._room.bureau.timezone())
                self._scheduler.add_job(self.fire, trigger=trigger)
        return self.next_run

    def fire(self) -> str:
        """The job: remind unless this shift's handover is already accepted; then reschedule."""
        text = ""
        try:
            shift = self._room.log.current_shift()
            if self._room.handover.state(shift) != sheets.STATE_ACCEPTED:
                end = shift.end.astimezone(self._room.bureau.timezone())
                text = _tr("{end} 交班，请开始交接班：核对本班事件、报送时限和设备状况。").format(
                    end=f"{end:%H:%M}"
                )
        except DutyRoomError:
            log.exception("handover reminder failed")
        if text:
            try:
                self._notifier.notify(_tr("交接班提醒"), text)
            except Exception:
                log.exception("notifier failed")
            self.reminded.emit(text)
        self.schedule()
        return text

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("bureau", "roster") and self._scheduler is not None:
            self.schedule()


def install_handover_reminder(
    window: Any, room: DutyRoom, notifier: Notifier | None = None
) -> HandoverReminder:
    """For ui/app.py's start_alarms: the reminder on the main window, its text in the status bar
    and on the 交接班 page (if built). `window` is the MainWindow (loosely typed: no cycle)."""
    if notifier is None:
        from ui.alarms import PlyerNotifier

        notifier = PlyerNotifier(lambda: window.tray)
    reminder = HandoverReminder(room, notifier, signals=window.signals, parent=window)

    def show(text: str) -> None:
        window.statusBar().showMessage(text)
        page = window.page("page_handover")
        if page is not None and hasattr(page, "show_reminder"):
            page.show_reminder(text)

    reminder.reminded.connect(show)
    reminder.start()
    return reminder
