"""What changed: services announce a topic after each write; views reload what they show."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

TOPICS = (
    "bureau",
    "calendar",
    "people",
    "roster",
    "incidents",
    "rules",
    "log",
    "alarms",
    "spot_checks",
    "reference",
    "handover",
)


class Events:
    """A tiny publish/subscribe hub; ui/ bridges it to Qt signals."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[str], None]] = []

    def subscribe(self, callback: Callable[[str], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[str], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def emit(self, topic: str) -> None:
        if topic not in TOPICS:
            raise ValueError(f"unknown topic {topic!r}")
        for callback in list(self._subscribers):
            # One broken view must not stop the others from hearing about a saved record.
            try:
                callback(topic)
            except Exception:
                log.exception("subscriber failed on %s", topic)
