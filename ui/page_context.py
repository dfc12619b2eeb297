"""What the main window hands to the page factories (its own module, so pages can name it
without importing the table of pages that builds them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.feedback import Confirm, ask_confirmation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from dutyroom.services import DutyRoom
    from ui.alarms import AlarmController
    from ui.duty_watcher import DutyWatcher
    from ui.room_signals import RoomSignals
    from ui.settings import AppSettings


@dataclass(frozen=True, slots=True)
class PageContext:
    """What page factories may hand to the pages they build (each page takes only what it needs)."""

    room: DutyRoom
    signals: RoomSignals
    watcher: DutyWatcher
    settings: AppSettings
    confirm: Confirm = ask_confirmation
    # The incident intake (F2), the alarm controller and who is on duty, from the main window.
    receive_incident: Callable[[], object] | None = None
    alarms: AlarmController | None = None
    officer: Callable[[], str] = lambda: ""
    # Where the pages go (the main window's stack): a page made inside it is not moved later.
    parent: QWidget | None = None
