"""Composition for the CLI and the GUI: open the database in a data folder and build the facade.

The composition root: with ui/app.py, the one place where db meets the facade.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import open_store
from dutyroom.app.paths import database_path
from dutyroom.clock import Clock
from dutyroom.models import Handover
from dutyroom.services import DutyRoom

if TYPE_CHECKING:
    from db.shared_reader import SharedReader


def open_room(data_dir: Path, clock: Clock | None = None) -> DutyRoom:
    """Open (creating if needed) the room in `data_dir`; StorageError says why it cannot."""
    from dutyroom.app.data_files import FolderFiles

    store = open_store(database_path(data_dir))
    room = DutyRoom(store, clock, data_dir=data_dir, files=FolderFiles(store, data_dir))
    room.incidents.ensure_default_rules()  # the write point of the defaults: reads never write
    room.handover.after_accept = handover_hook(room)
    return room


def read_only_status_source(db_path: Path, clock: Clock | None = None) -> ReadOnlyStatus:
    """`status --json` content for the LAN page, read through a read-only connection of its own.

    Its server threads never share the app's handle (one owner of the database), and a
    read-only connection cannot change data whatever the page asks.
    """
    from db.shared_reader import SharedReader
    from dutyroom.clock import SystemClock

    return ReadOnlyStatus(SharedReader(db_path), clock or SystemClock())


class ReadOnlyStatus:
    """The status, read afresh only when the data or the second changed.

    The key is the reader's data version (it moves when the app commits, so a write shows on the
    very next request) and the clock's second (the page shows the data's time to the second and
    countdowns to the minute, so a status at most a second old looks the same). In between,
    requests get the same dict; the server renders each dict once (lan_page.RenderedPages).
    """

    def __init__(self, reader: SharedReader, clock: Clock) -> None:
        self.reader = reader
        self._clock = clock
        self._key: tuple[object, int] | None = None
        self._data: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        from dutyroom.status import status_dict

        at = self._clock.now()
        with self.reader.reading() as (store, version):
            key = (version, int(at.timestamp()))
            if key != self._key:
                # A new facade each time: nothing a service keeps in memory outlives a commit.
                self._data = status_dict(DutyRoom(store, self._clock), at)
                self._key = key
            return self._data

    def close(self) -> None:
        """Let go of the database file (the server stopped)."""
        self.reader.close()

    def hold(self) -> None:
        """Let go of the file and keep requests waiting: a restore is about to replace it."""
        self.reader.hold()

    def resume(self) -> None:
        self.reader.resume()


# ---------------------------------------------------------------- handover export and backups


def export_daily_log(room: DutyRoom, day: date, folder: Path) -> Path:
    """The duty day's workbook as folder/值班日志-YYYY-MM-DD.xlsx (replaced if it exists)."""
    from dutyroom.documents.collect import collect_daily_log
    from dutyroom.excel.daily_log import write_daily_workbook

    log = collect_daily_log(room, day)
    out = Path(folder) / f"值班日志-{day:%Y-%m-%d}.xlsx"
    return write_daily_workbook(out, [log], room.bureau.name())


def handover_hook(room: DutyRoom) -> Callable[[Handover], None]:
    """What runs when a handover is accepted: the shift's workbook export, then a backup (so the
    backup holds the accepted sheet)."""

    def after_accept(handover: Handover) -> None:
        day = handover.shift_start.astimezone(room.bureau.timezone()).date()
        export_daily_log(room, day, room.backups.exports_dir())
        room.backups.backup_now()

    return after_accept


# ---------------------------------------------------------------- damaged database, restore


def quick_check(data_dir: Path) -> list[str]:
    """PRAGMA quick_check of the room's database, read-only; empty when sound or not made yet."""
    from db import quick_check as check

    return check(database_path(data_dir))


class DatabaseDoctor:
    """What the GUI's start-up guard (ui/damaged_db.py) needs of a data folder, before any room
    is open: its database file, the check, the latest backup and the restore."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)

    def problems(self) -> list[str]:
        return quick_check(self.data_dir)

    def latest_backup(self) -> Path | None:
        return latest_backup(self.data_dir)

    def restore(self, backup: Path, now: datetime) -> Path | None:
        return restore_backup(self.data_dir, backup, now)


class EarlyQuickCheck:
    """`quick_check(data_dir)` on its own thread, started before the GUI imports Qt.

    The check reads the whole file (20–40 ms for a year, growing with the years), but SQLite runs
    without the GIL, so it finishes while the main thread imports PySide6 and builds nothing yet.
    `result()` waits for it: the GUI calls it before it opens the database, so the rule "never
    open a damaged database" holds exactly as when the check ran in line.
    """

    def __init__(self, data_dir: Path) -> None:
        import threading

        from db import quick_check as check  # imported here, not on the thread (import lock)

        self._path = database_path(data_dir)
        self._check = check
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = self._check(self._path)
        except BaseException as exc:  # handed to result(): the caller decides, not this thread
            self._error = exc

    def result(self) -> list[str]:
        """The problems found (empty: sound or not made yet); re-raises what the check raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return list(self._problems)


def latest_backup(data_dir: Path) -> Path | None:
    from db import latest_backup as latest
    from dutyroom.app.paths import backups_dir

    return latest(backups_dir(data_dir))


def restore_backup(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` (checked first) in place of the room's database; returns where the replaced
    file was kept (renamed with a timestamp, never deleted)."""
    from db import restore_backup as restore

    return restore(backup, database_path(data_dir), now)
