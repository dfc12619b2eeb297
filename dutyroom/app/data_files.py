"""The data folder's files for the core's BackupService: backups, the default exports folder,
and putting a backup in place of the database (the `DataFiles` port of dutyroom/backups.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from db import SqliteStore, backup_with_retention, restore_backup
from db.backup import backups as backup_files
from db.backup import integrity_check
from dutyroom.app.paths import backups_dir, database_path, exports_dir
from dutyroom.errors import StorageError


class FolderFiles:
    def __init__(self, store: SqliteStore, data_dir: Path) -> None:
        self._store = store
        self._data_dir = data_dir

    @property
    def backups_dir(self) -> Path:
        return backups_dir(self._data_dir)

    @property
    def default_exports_dir(self) -> Path:
        return exports_dir(self._data_dir)

    def backup(self, keep: int, now: datetime) -> Path | None:
        path = self._store.path
        if path is None:
            return None
        return backup_with_retention(path, self.backups_dir, keep, now)

    def backups(self) -> list[Path]:
        return backup_files(self.backups_dir)[::-1]

    def replace_database(self, backup: Path, now: datetime) -> None:
        """The backup is checked before the room is closed, so a bad choice leaves it open and
        whole; the replaced file is kept under a new name (db.restore_backup)."""
        problems = integrity_check(backup) if backup.is_file() else [str(backup)]
        if problems:
            raise StorageError(f"备份文件无法使用，未做任何修改：{backup}（{problems[0]}）")
        self._store.close()
        restore_backup(backup, database_path(self._data_dir), now)
