"""What changed: services announce a topic after each write; views reload what they show."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Change:
    """A topic and, when one write touched one incident only, that incident's id.

    A listener whose work grows with the open incidents (the alarms) updates just that
    incident's part; None means "anything may have changed": reload it all.
    """

    topic: str
    incident_id: int | None = None


class Events:
    """A tiny publish/subscribe hub; ui/ bridges it to Qt signals."""

    def __init__(self) -> None:
        # One list of (topic callback, change callback), one of the two set: every subscriber
        # hears in subscription order, whichever form it asked for.
        self._subscribers: list[
            tuple[Callable[[str], None] | None, Callable[[Change], None] | None]
        ] = []

    def subscribe(self, callback: Callable[[str], None]) -> None:
        """`callback(topic)` after each write."""
        self._subscribers.append((callback, None))

    def subscribe_changes(self, callback: Callable[[Change], None]) -> None:
        """`callback(Change)` after each write: the topic and what it touched, when known."""
        self._subscribers.append((None, callback))

    def unsubscribe(self, callback: Callable[[str], None] | Callable[[Change], None]) -> None:
        for entry in self._subscribers:
            if callback in entry:
                self._subscribers.remove(entry)
                return

    def emit(self, topic: str, *, incident_id: int | None = None) -> None:
        if topic not in TOPICS:
            raise ValueError(f"unknown topic {topic!r}")
        change = Change(topic, incident_id)
        for on_topic, on_change in list(self._subscribers):
            # One broken view must not stop the others from hearing about a saved record.
            try:
                if on_change is not None:
                    on_change(change)
                elif on_topic is not None:
                    on_topic(topic)
            except Exception:
                log.exception("subscriber failed on %s", topic)
