"""The two SQL functions the audit triggers call (db/audit_chain.py explains the chain).

Kept apart from the rest of db/ so that db/handle.py can register them on every connection
without an import cycle.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

CHAIN_FUNCTION = "dutyroom_chain"
ACTOR_FUNCTION = "dutyroom_actor"


def chain_hash(
    previous: str | None,
    at: str,
    actor: str,
    table: str,
    row_id: object,
    action: str,
    old: str | None,
    new: str | None,
) -> str:
    """sha256 over the previous hash and the row's fields, each length-prefixed (no separator
    inside a value can make two different rows hash alike)."""
    digest = hashlib.sha256()
    for part in (previous or "", at, actor, table, "" if row_id is None else str(row_id), action):
        data = str(part).encode("utf-8")
        digest.update(len(data).to_bytes(4, "big") + data)
    for blob in (old, new):
        data = b"\x00" if blob is None else b"\x01" + blob.encode("utf-8")
        digest.update(len(data).to_bytes(4, "big") + data)
    return digest.hexdigest()


def register(conn: sqlite3.Connection, actor: Callable[[], str]) -> None:
    """The two functions the audit triggers call, on this connection."""
    conn.create_function(CHAIN_FUNCTION, 8, chain_hash, deterministic=True)
    conn.create_function(ACTOR_FUNCTION, 0, actor)
