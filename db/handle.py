"""Handle: the open database as the repositories use it, without importing sqlite-utils."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

Params = Sequence[Any] | Mapping[str, Any]

# Statements that control the transaction themselves: execute() never commits after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Executes(Protocol):
    """Anything with execute(sql[, parameters]): a Handle, or the sqlite-utils Database that
    the migrations (which alone import sqlite-utils) run on."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> sqlite3.Cursor: ...


class Handle:
    """One sqlite3 connection with execute(), atomic() and close() as sqlite-utils 4.2 has them.

    sqlite-utils (and click, dateutil, pluggy… with it) costs ~30 ms to import; it is needed
    only to migrate, so a database already at the current schema opens without it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # As sqlite_utils.Database(conn) did: with it, INSERT OR REPLACE fires the delete
        # triggers of the rows it replaces, so the audit trail records them.
        self.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        """Execute one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                # The failed statement opened an implicit transaction nothing would ever commit;
                # it would capture every later write.
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # the implicit transaction sqlite3 opened for a write
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Handle]:
        """One transaction; nested blocks are savepoints; an exception rolls the block back."""
        if self.conn.in_transaction:
            # What secrets.token_hex(16) gives, without importing secrets (~2 ms).
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger can destroy the whole transaction, savepoints
                # included: cleaning up anyway would mask the error with "no such savepoint".
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()  # a no-op if the error already destroyed the transaction
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
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


def first_keyword(sql: str) -> str:
    """The first keyword of a statement, uppercased, after whitespace, comments, bare ';' and a
    byte order mark (what the sqlite3 driver skips); empty if there is none."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()
