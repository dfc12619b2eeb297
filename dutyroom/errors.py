"""Typed errors raised by the core; `message` is for the user, in Chinese."""

from __future__ import annotations


class DutyRoomError(Exception):
    """Base of every error the UI and CLI show to a person instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DutyRoomError):
    """Bad input for one field; `field` names it so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DutyRoomError):
    pass


class ConflictError(DutyRoomError):
    """The write would break a rule of the record (duplicate name, locked handover, …)."""


class StorageError(DutyRoomError):
    """The database cannot be opened or written: not SQLite, too new, read-only, disk full."""


class BusyError(StorageError):
    """Another program (the GUI, a second command) held the write lock past the busy timeout."""

    def __init__(self) -> None:
        super().__init__("数据库正忙（另一处正在写入），本次修改未保存，请稍后重试")
