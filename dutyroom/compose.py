"""Composition for the CLI and the GUI: open the database in a data folder and build the facade.

Besides ui/app.py and dutyroom/cli.py this is the only module of dutyroom that imports db.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from db import open_store
from dutyroom.clock import Clock
from dutyroom.models import Handover
from dutyroom.paths import database_path
from dutyroom.services import DutyRoom


def open_room(data_dir: Path, clock: Clock | None = None) -> DutyRoom:
    """Open (creating if needed) the room in `data_dir`; StorageError says why it cannot."""
    store = open_store(database_path(data_dir))
    room = DutyRoom(store, clock, data_dir=data_dir)
    room.incidents.ensure_default_rules()  # the write point of the defaults: reads never write
    room.handover.after_accept = handover_hook(room, data_dir)
    return room


def read_only_status_source(
    db_path: Path, clock: Clock | None = None
) -> Callable[[], dict[str, Any]]:
    """`status --json` content read through a fresh read-only connection for each request.

    For the LAN page: its server threads never share the app's handle (one owner of the database),
    and a read-only connection cannot change data whatever the page asks.
    """
    from db import SqliteStore
    from dutyroom.status import status_dict

    def source() -> dict[str, Any]:
        store = SqliteStore.open_readonly(db_path)
        try:
            return status_dict(DutyRoom(store, clock))
        finally:
            store.close()

    return source


# ---------------------------------------------------------------- handover export and backups

BACKUP_KEEP_KEY = "backup_keep"  # bureau setting: how many automatic backups to keep
EXPORTS_DIR_KEY = "exports_dir"  # bureau setting: where the automatic daily workbook goes
DEFAULT_BACKUP_KEEP = 30


def backup_keep(room: DutyRoom) -> int:
    value = room.store.settings.get(BACKUP_KEEP_KEY)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_BACKUP_KEEP


def automatic_exports_dir(room: DutyRoom, data_dir: Path) -> Path:
    from dutyroom.paths import exports_dir

    chosen = (room.store.settings.get(EXPORTS_DIR_KEY) or "").strip()
    return Path(chosen).expanduser() if chosen else exports_dir(data_dir)


def daily_backup(room: DutyRoom, data_dir: Path) -> Path | None:
    """A backup with retention into the backups folder (daily job and each handover); None for
    an in-memory database."""
    from db import backup_with_retention
    from dutyroom.paths import backups_dir

    if room.db_path is None:
        return None
    now = room.clock.now().astimezone(room.bureau.timezone())
    return backup_with_retention(room.db_path, backups_dir(data_dir), backup_keep(room), now)


def export_daily_log(room: DutyRoom, day: date, folder: Path) -> Path:
    """The duty day's workbook as folder/值班日志-YYYY-MM-DD.xlsx (replaced if it exists)."""
    from dutyroom.documents.collect import collect_daily_log
    from dutyroom.excel.daily_log import write_daily_workbook

    log = collect_daily_log(room, day)
    out = Path(folder) / f"值班日志-{day:%Y-%m-%d}.xlsx"
    return write_daily_workbook(out, [log], room.bureau.name())


def handover_hook(room: DutyRoom, data_dir: Path) -> Callable[[Handover], None]:
    """What runs when a handover is accepted: the shift's workbook export, then a backup (so the
    backup holds the accepted sheet)."""

    def after_accept(handover: Handover) -> None:
        day = handover.shift_start.astimezone(room.bureau.timezone()).date()
        export_daily_log(room, day, automatic_exports_dir(room, data_dir))
        daily_backup(room, data_dir)

    return after_accept


# ---------------------------------------------------------------- damaged database, restore


def quick_check(data_dir: Path) -> list[str]:
    """PRAGMA quick_check of the room's database, read-only; empty when sound or not made yet."""
    from db import quick_check as check

    return check(database_path(data_dir))


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
    from dutyroom.paths import backups_dir

    return latest(backups_dir(data_dir))


def restore_backup(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` (checked first) in place of the room's database; returns where the replaced
    file was kept (renamed with a timestamp, never deleted)."""
    from db import restore_backup as restore

    return restore(backup, database_path(data_dir), now)
