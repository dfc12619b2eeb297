"""Backups and the automatic exports folder: the bureau's choices and the files they make.

The choices (when the daily backup runs, how many backups to keep, where the daily workbook goes)
are bureau settings. Making and restoring a copy of the database is file work at the edge: the
composition root hands in a `DataFiles` (dutyroom/app/data_files.py), so this module stays plain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol

from dutyroom.clock import Clock
from dutyroom.errors import StorageError, ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.ports import Store

BACKUP_TIME_KEY = "backup_time"  # "HH:MM": the daily automatic backup (bureau's choice)
BACKUP_KEEP_KEY = "backup_keep"  # how many automatic backups to keep
EXPORTS_DIR_KEY = "exports_dir"  # where the automatic daily workbook goes ("" = the default)
DEFAULT_BACKUP_TIME = (12, 0)  # noon: the duty room is staffed and the PC is on
DEFAULT_BACKUP_KEEP = 30  # a month of daily backups
MAX_BACKUP_KEEP = 3650


class DataFiles(Protocol):
    """The data folder's files, as the composition root provides them."""

    @property
    def backups_dir(self) -> Path: ...
    @property
    def default_exports_dir(self) -> Path: ...
    def backup(self, keep: int, now: datetime) -> Path | None:
        """A consistent copy into backups_dir, the oldest beyond `keep` removed; None in memory."""
        ...

    def backups(self) -> list[Path]:
        """The backups in backups_dir, newest first."""
        ...

    def replace_database(self, backup: Path, now: datetime) -> None:
        """Close the room's database and put `backup` in its place (the room is unusable after)."""
        ...


@dataclass(frozen=True, slots=True)
class BackupChoices:
    time: tuple[int, int]  # hour, minute
    keep: int
    exports_dir: str  # as chosen; "" = the default folder


def _parse_time(text: str | None) -> tuple[int, int]:
    try:
        hour, minute = (int(part) for part in (text or "").split(":"))
    except ValueError:
        return DEFAULT_BACKUP_TIME
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else DEFAULT_BACKUP_TIME


class BackupService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        timezone: Callable[[], tzinfo],
        files: DataFiles | None,
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._timezone = timezone
        self._files = files

    # ------------------------------------------------------------------------------ the choices

    def choices(self) -> BackupChoices:
        settings = self._store.settings
        keep_text = settings.get(BACKUP_KEEP_KEY) or ""
        keep = int(keep_text) if keep_text.isdigit() and int(keep_text) > 0 else DEFAULT_BACKUP_KEEP
        return BackupChoices(
            _parse_time(settings.get(BACKUP_TIME_KEY)),
            keep,
            (settings.get(EXPORTS_DIR_KEY) or "").strip(),
        )

    def save_choices(self, choices: BackupChoices) -> None:
        hour, minute = choices.time
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValidationError(BACKUP_TIME_KEY, t("备份时间无效"))
        if not 1 <= choices.keep <= MAX_BACKUP_KEEP:
            raise ValidationError(
                BACKUP_KEEP_KEY, t("保留份数应在1到{most}之间", most=MAX_BACKUP_KEEP)
            )
        with self._store.atomic():
            self._store.settings.set(EXPORTS_DIR_KEY, choices.exports_dir.strip())
            self._store.settings.set(BACKUP_KEEP_KEY, str(choices.keep))
            self._store.settings.set(BACKUP_TIME_KEY, f"{hour:02d}:{minute:02d}")
        self._events.emit("bureau")

    def exports_dir(self) -> Path:
        """Where the automatic daily workbook goes: the chosen folder, else the data folder's
        (the working folder for a room without one, as in tests and the in-memory demo)."""
        chosen = self.choices().exports_dir
        if chosen:
            return Path(chosen).expanduser()
        return self._files.default_exports_dir if self._files is not None else Path.cwd()

    def default_exports_dir(self) -> Path | None:
        return self._files.default_exports_dir if self._files is not None else None

    # ------------------------------------------------------------------------------- the files

    def backup_now(self) -> Path | None:
        """A backup with retention (the daily job, each handover, 立即备份); None in memory."""
        if self._files is None:
            return None
        now = self._clock.now().astimezone(self._timezone())
        return self._files.backup(self.choices().keep, now)

    def backups(self) -> list[Path]:
        return self._files.backups() if self._files is not None else []

    def restore(self, backup: Path) -> Path | None:
        """Back up the current data, then put `backup` in its place; returns the safety backup.
        The room is closed afterwards: the caller restarts the program."""
        files = self._need_files()
        safety = self.backup_now()
        files.replace_database(backup, self._clock.now().astimezone(self._timezone()))
        return safety

    def _need_files(self) -> DataFiles:
        if self._files is None:
            raise StorageError(t("内存数据库没有数据文件夹，无法备份或恢复"))
        return self._files
