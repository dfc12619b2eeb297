"""Bridges the core's plain publish/subscribe hub (dutyroom.events) to one Qt signal."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from dutyroom.events import Change


class EventHub(Protocol):
    def subscribe_changes(self, callback: Callable[[Change], None]) -> None: ...
    def unsubscribe(self, callback: Callable[[Change], None]) -> None: ...


class RoomSignals(QObject):
    """Re-emits every topic the service layer announces ("bureau", "roster", …).

    The hub holds only a weak reference: a closed window's bridge must not be kept alive (and
    called) by the room, and the room must not keep Qt objects alive past the QApplication.

    Signals:
        change(object): a dutyroom.events.Change, just before `changed` (its topic): for a
            listener that updates only the incident a write touched (the alarms).
        changed(str): a topic changed; views reload what they show for it.
        replacing_database(): the database file is about to be replaced (a restore); whatever
            else holds it open (the LAN page's connection) closes it and waits, as Windows
            refuses to replace an open file.
        database_replaced(): the replacement is over (done or failed); they may open it again.
    """

    change = Signal(object)
    changed = Signal(str)
    replacing_database = Signal()
    database_replaced = Signal()

    def __init__(self, events: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._callback = _weak_callback(events, self)
        events.subscribe_changes(self._callback)

    def detach(self) -> None:
        self._events.unsubscribe(self._callback)

    def _on_events_emitted(self, change: Change) -> None:
        self.change.emit(change)
        self.changed.emit(change.topic)


def _weak_callback(events: EventHub, bridge: RoomSignals) -> Callable[[Change], None]:
    ref = weakref.ref(bridge)

    def forward(change: Change) -> None:
        target = ref()
        if target is None:
            events.unsubscribe(forward)
            return
        try:
            target._on_events_emitted(change)
        except RuntimeError:  # the C++ side was deleted (its window closed): stop listening
            events.unsubscribe(forward)

    return forward
