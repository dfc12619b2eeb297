"""Fixtures of the storage suite: a fresh, migrated database per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db import SqliteStore, open_database

T0 = datetime(2026, 11, 23, 3, 30, tzinfo=UTC)


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    """An in-memory store, migrations applied."""
    store = SqliteStore(open_database(None))
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dutyroom.sqlite3"


@pytest.fixture
def file_store(db_path: Path) -> Iterator[SqliteStore]:
    """A store on a file in tmp_path (WAL mode), migrations applied."""
    store = SqliteStore(open_database(db_path))
    yield store
    store.close()
