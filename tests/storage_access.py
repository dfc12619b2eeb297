"""The store under a room, for tests that look beneath the facade (raw SQL, audit rows, faults).

The product has no such door: `DutyRoom` keeps its store private and the architecture test keeps
ui/ and the core away from db. Tests that must see what was written, or break the file on
purpose, come through here so that every such look is easy to find.
"""

from __future__ import annotations

from typing import Any

from dutyroom.services import DutyRoom


def store_of(room: DutyRoom) -> Any:
    return room._store
