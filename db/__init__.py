"""Storage for dutyroom: SQLite, migrations (sqlite-utils), repositories, audit, backup."""

from __future__ import annotations

from db.backup import (
    backup_to,
    backup_with_retention,
    integrity_check,
    latest_backup,
    quick_check,
    restore_backup,
)
from db.connection import open_database, open_readonly, pending_migrations, schema_version
from db.store import SqliteStore

open_store = SqliteStore.open
"""open_store(path | None) -> SqliteStore: open_database() wrapped in a store."""
check_database = integrity_check
"""check_database(path) -> list[str]: problems found read-only; empty means sound."""

__all__ = [
    "SqliteStore",
    "backup_to",
    "backup_with_retention",
    "check_database",
    "integrity_check",
    "latest_backup",
    "open_database",
    "open_readonly",
    "open_store",
    "pending_migrations",
    "quick_check",
    "restore_backup",
    "schema_version",
]
