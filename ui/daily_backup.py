"""The daily automatic backup at the time set in 设置 (room.backups: the bureau's choice)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)


def backup_time(room: DutyRoom) -> tuple[int, int]:
    return room.backups.choices().time


class DailyBackup(QObject):
    """A CronTrigger job on the GUI thread (DebugExecutor), rebuilt when the setting changes.

    Signals:
        backed_up(str): the path of the new backup.
        failed(str): the Chinese message of a failed backup.
    """

    backed_up = Signal(str)
    failed = Signal(str)

    def __init__(self, room: DutyRoom, signals: RoomSignals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._scheduler: Any = None
        signals.changed.connect(self._on_signals_changed)

    def start(self) -> None:
        from apscheduler.executors.debug import DebugExecutor
        from apscheduler.schedulers.qt import QtScheduler

        self._scheduler = QtScheduler(
            executors={"default": DebugExecutor()}, timezone=self._room.bureau.timezone()
        )
        self._scheduler.start()
        self.schedule()

    def schedule(self) -> None:
        if self._scheduler is None:
            return
        from apscheduler.triggers.cron import CronTrigger

        hour, minute = backup_time(self._room)
        self._scheduler.remove_all_jobs()
        trigger = CronTrigger(hour=hour, minute=minute, timezone=self._room.bureau.timezone())
        self._scheduler.add_job(self.run, trigger=trigger, misfire_grace_time=3600)

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    def run(self) -> Path | None:
        try:
            path = self._room.backups.backup_now()
        except (DutyRoomError, OSError) as exc:
            message = core_text(exc.message) if isinstance(exc, DutyRoomError) else str(exc)
            log.error("daily backup failed: %s", message)
            self.failed.emit(message)
            return None
        if path is not None:
            self.backed_up.emit(str(path))
        return path

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "bureau":
            self.schedule()
