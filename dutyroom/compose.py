"""Composition for the CLI and the GUI: open the database in a data folder and build the facade.

Besides ui/app.py and dutyroom/cli.py this is the only module of dutyroom that imports db.
"""

from __future__ import annotations

from pathlib import Path

from db import open_store
from dutyroom.clock import Clock
from dutyroom.paths import database_path
from dutyroom.services import DutyRoom


def open_room(data_dir: Path, clock: Clock | None = None) -> DutyRoom:
    """Open (creating if needed) the room in `data_dir`; StorageError says why it cannot."""
    store = open_store(database_path(data_dir))
    return DutyRoom(store, clock, data_dir=data_dir)
