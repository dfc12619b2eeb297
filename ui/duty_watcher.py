"""Who is on duty now and next, cached: read on roster/people changes and at the shift boundary."""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from dutyroom.errors import DutyRoomError
from ui.formatting import core_text

log = logging.getLogger(__name__)


class RosterService(Protocol):
    def now_and_next(self, at: datetime | None = None) -> tuple[Any, Any]: ...


class ClockLike(Protocol):
    def now(self) -> datetime: ...


class DutyWatcher(QObject):
    """Holds the current and next DutyStatus for the dashboard and the status bar.

    The 1-second tick only compares `now` with the cached shift end, so it never touches the
    database; the roster is read again when the shift changes or a "roster"/"people" event says so.

    Signals:
        status_changed(): `current`, `upcoming` or `error` were replaced.
    """

    status_changed = Signal()

    def __init__(
        self, roster: RosterService, clock: ClockLike, tz: tzinfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._roster = roster
        self._clock = clock
        self.timezone = tz
        self.current: Any = None
        self.upcoming: Any = None
        self.error = ""

    def refresh(self) -> None:
        try:
            self.current, self.upcoming = self._roster.now_and_next(self._clock.now())
            self.error = ""
        except DutyRoomError as exc:
            self.current = self.upcoming = None
            self.error = core_text(exc.message)
        self.status_changed.emit()

    def set_timezone(self, tz: tzinfo) -> None:
        self.timezone = tz
        self.status_changed.emit()

    def shift_end(self) -> datetime | None:
        shift = getattr(self.current, "shift", None)
        return getattr(shift, "end", None)

    def tick(self, now: datetime) -> None:
        end = self.shift_end()
        if end is not None and now >= end:
            log.info("shift boundary passed at %s", end.isoformat())
            self.refresh()
