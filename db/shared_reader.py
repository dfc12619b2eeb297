"""SharedReader: one read-only connection that a server's threads take turns on.

For the LAN status page. Opening a connection per request made SQLite parse the schema again
each time; one long-lived connection keeps it parsed. It is never the app's own handle (one owner
of the database): it is opened read-only (mode=ro) and with query_only on, so nothing read through
it can change data. `PRAGMA data_version` tells a reader whether another connection (the app's)
committed since it last looked, which is what lets the page cache what it rendered.

The app's own server closes it, and holds its readers back, while a restore replaces the file
(hold() … resume(), from RoomSignals.replacing_database … database_replaced). A `dutyroom serve`
in another process cannot be told: on Windows, which refuses to replace an open file, a restore
in the app fails with its error message while that serve runs (stop it first).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.connection import open_readonly
from db.handle import Handle
from db.store import SqliteStore
from dutyroom.errors import StorageError

Version = tuple[int, int]
"""(which connection, its data_version): equal only while nobody committed in between."""


class SharedReader:
    """The read-only store behind `reading()`, opened on first use and reopened when the file
    was replaced (a restore puts another file at the path; the old connection would go on
    reading the replaced one)."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._lock = threading.Lock()
        self._store: SqliteStore | None = None
        self._file: tuple[int, int] | None = None
        self._opened = 0
        self._held = False

    @contextmanager
    def reading(self) -> Iterator[tuple[SqliteStore, Version]]:
        """The store and the data's version, for this thread alone until the block ends."""
        with self._lock:
            try:
                store = self._current()
                row = store.db.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error as exc:
                self._release()  # the next reader starts from a fresh connection
                raise StorageError(f"无法读取数据库：{self._path}（{exc}）") from exc
            yield store, (self._opened, int(row[0]))

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        """Close the connection now (server stopped, or the file is about to be replaced); a
        later `reading()` opens a new one."""
        if self._held:  # the lock is ours already (a server stopped during a restore)
            self._release()
            return
        with self._lock:
            self._release()

    def hold(self) -> None:
        """Close the connection and keep readers waiting until resume(): the file may be
        replaced meanwhile (a restore), and a reader must not open it again half-way."""
        if self._held:
            return
        self._lock.acquire()
        self._held = True
        self._release()

    def resume(self) -> None:
        """Let the waiting readers in; the first opens whichever file is then in place."""
        if self._held:
            self._held = False
            self._lock.release()

    def _current(self) -> SqliteStore:
        try:
            stat = os.stat(self._path)
        except OSError as exc:
            self._release()
            raise StorageError(f"数据库文件不存在：{self._path}") from exc
        file = (stat.st_dev, stat.st_ino)
        if self._store is None or file != self._file:
            self._release()
            conn = open_readonly(self._path, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            self._store = SqliteStore(Handle(conn))
            self._file = file
            self._opened += 1
        return self._store

    def _release(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = None
        self._file = None
