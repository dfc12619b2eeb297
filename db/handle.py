"""Handle: the open database as the repositories use it, with plain sqlite3 transactions."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from db.chain_hash import register
from dutyroom.errors import BusyError

Params = Sequence[Any] | Mapping[str, Any]


def busy(exc: sqlite3.OperationalError) -> bool:
    """The lock was still held when the busy timeout ran out (not a damaged or full file)."""
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


class Executes(Protocol):
    """Anything with execute(sql[, parameters]): a Handle, or the sqlite-utils Database that
    the migrations (which alone import sqlite-utils) run on."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> sqlite3.Cursor: ...


class Handle:
    """One sqlite3 connection in autocommit mode: a statement outside atomic() is its own
    transaction (SQLite's own rule, so nothing has to commit behind it), atomic() is one
    `BEGIN IMMEDIATE` … `COMMIT`, and a nested atomic() is a savepoint.

    sqlite-utils (and click, dateutil, pluggy… with it) costs ~30 ms to import; it is needed
    only to migrate, so a database already at the current schema opens without it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        # isolation_level None: the sqlite3 module never opens a transaction on its own.
        conn.isolation_level = None
        self.conn = conn
        # Who makes this connection's writes: the audit triggers read it through an SQL
        # function, so two programs writing at once each record their own actor.
        self.actor = ""
        register(conn, lambda: self.actor)
        self._savepoints = itertools.count(1)
        # With it, INSERT OR REPLACE fires the delete triggers of the rows it replaces, so the
        # audit trail records them.
        self.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        """Execute one statement; outside atomic() a write is committed when it succeeds."""
        try:
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        except sqlite3.OperationalError as exc:
            if busy(exc):
                raise BusyError() from exc
            raise

    @contextmanager
    def atomic(self) -> Iterator[Handle]:
        """One transaction; nested blocks are savepoints; an exception rolls the block back."""
        if self.conn.in_transaction:
            savepoint = f"atomic_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger can destroy the whole transaction, savepoints
                # included: cleaning up anyway would mask the error with "no such savepoint".
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        # IMMEDIATE: the write lock is taken here, so busy_timeout applies to a conflict (a
        # plain BEGIN takes it at the first write and then fails at once; TECH-NOTES.md).
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if busy(exc):
                raise BusyError() from exc
            raise
        try:
            yield self
        except BaseException:
            self.rollback()  # a no-op if the error already destroyed the transaction
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.rollback()
            if busy(exc):
                raise BusyError() from exc
            raise
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        """Roll back the open transaction, if there is one."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        """Every table of the database (as sqlite_utils.Database.table_names())."""
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return [str(row[0]) for row in rows]

    def close(self) -> None:
        self.conn.close()
