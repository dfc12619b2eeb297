"""The data folder's lock: one dutyroom window per folder, decided before the database is opened.

A QLockFile (`dutyroom.lock` in the data folder) holds the folder for as long as the window runs.
Qt writes the process id, host and program name into it and treats it as stale, and takes it
over, when that process is gone (a crash, a power cut); `setStaleLockTime(0)` keeps a lock held
by a live process valid however long the duty room runs. The lock needs only QtCore, so the first
frame no longer waits for QtNetwork: the local server that lets a second launch wake the window
(ui/single_instance.py) starts after the first paint.

A lock held on another computer (a data folder on a network share) cannot be checked for
staleness; SQLite's WAL mode does not work across computers anyway, so that start is refused
with the holder's name and the file to delete once that computer's program is really closed.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

log = logging.getLogger(__name__)

LOCK_FILENAME = "dutyroom.lock"


class Held(enum.Enum):
    ACQUIRED = "acquired"  # this process holds the folder now
    HERE = "here"  # another dutyroom on this computer holds it
    ELSEWHERE = "elsewhere"  # a dutyroom on another computer holds it
    UNAVAILABLE = "unavailable"  # no lock could be made (read-only folder, …): start unguarded


@dataclass(frozen=True)
class LockState:
    """The outcome of `acquire()`: who holds the folder (pid and host when not us)."""

    held: Held
    pid: int = 0
    host: str = ""
    path: Path = Path()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


class InstanceLock:
    """`acquire()` once at start; `release()` when the window closes (a crash releases too)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockState:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no instance lock in %s: %s", self.path.parent, exc)
            return LockState(Held.UNAVAILABLE, path=self.path)
        if self._lock.tryLock(0):
            return LockState(Held.ACQUIRED, path=self.path)
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no instance lock %s: %s", self.path, self._lock.error())
            return LockState(Held.UNAVAILABLE, path=self.path)
        info = self._lock.getLockInfo()  # (0, "", "") when the file names no holder
        pid, host = (int(info[0]), str(info[1])) if info else (0, "")
        if pid <= 0:
            return self._take_over_unreadable()
        here = not host or host == QSysInfo.machineHostName()  # what Qt writes
        return LockState(Held.HERE if here else Held.ELSEWHERE, pid, host, self.path)

    def _take_over_unreadable(self) -> LockState:
        """A lock file without a readable holder: what a power cut between creating the file and
        writing it leaves (Qt would call it valid for ever with a stale time of 0). Qt removes it
        only if no live process holds it (POSIX: that process's flock, taken before writing;
        Windows: its open handle), so a holder that is just writing keeps it."""
        if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            log.warning("took over the unreadable lock file %s", self.path)
            return LockState(Held.ACQUIRED, path=self.path)
        log.warning("lock file %s cannot be read or replaced; starting unguarded", self.path)
        return LockState(Held.UNAVAILABLE, path=self.path)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
