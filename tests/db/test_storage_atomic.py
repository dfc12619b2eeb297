"""atomic(): one transaction, savepoints inside, everything rolled back on an exception."""

from __future__ import annotations

from datetime import date

import pytest

from db import SqliteStore
from dutyroom.errors import ConflictError
from dutyroom.models import (
    Anchor,
    Incident,
    Leave,
    LogEntry,
    LogKind,
    Obligation,
    ObligationKind,
    Person,
    Role,
)
from tests.db.conftest import T0


def counts(store: SqliteStore) -> dict[str, int]:
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("person", "incident", "obligation", "log_entry", "audit", "leave")
    }


def test_exception_rolls_back_everything(file_store: SqliteStore) -> None:
    file_store.people.add(Person("张三", (Role.LEADER,)))
    before = counts(file_store)
    with pytest.raises(RuntimeError), file_store.atomic():
        incident = file_store.incidents.add(Incident(received_at=T0, title="火灾"))
        file_store.obligations.add(
            Obligation(incident.id or 0, "p", ObligationKind.PHONE, Anchor.RECEIVED, T0, T0)
        )
        file_store.log.add(LogEntry(T0, LogKind.INCIDENT, "接报"))
        raise RuntimeError("power cut simulation")
    assert counts(file_store) == before
    assert not file_store.db.conn.in_transaction


def test_failing_repository_call_rolls_back_the_block(store: SqliteStore) -> None:
    store.people.add(Person("张三", (Role.LEADER,)))
    before = counts(store)
    with pytest.raises(ConflictError), store.atomic():
        store.log.add(LogEntry(T0, LogKind.OTHER, "先写一条"))
        store.people.add(Person("张三", (Role.OFFICER,)))
    assert counts(store) == before


def test_nested_blocks_are_savepoints(store: SqliteStore) -> None:
    with store.atomic():
        store.log.add(LogEntry(T0, LogKind.OTHER, "外层"))
        with pytest.raises(ValueError), store.atomic():
            store.log.add(LogEntry(T0, LogKind.OTHER, "内层"))
            raise ValueError("inner only")
        store.log.add(LogEntry(T0, LogKind.OTHER, "外层二"))
    assert [e.content for e in store.log.between(T0, T0.replace(year=2027))] == ["外层", "外层二"]


def test_caught_conflict_inside_a_block_keeps_the_rest(store: SqliteStore) -> None:
    store.people.add(Person("张三", ()))
    with store.atomic():
        with pytest.raises(ConflictError):
            store.people.add(Person("张三", ()))
        store.people.add(Person("李四", ()))
    assert [p.name for p in store.people.list()] == ["张三", "李四"]


def test_single_writes_commit_on_their_own(file_store: SqliteStore) -> None:
    person = file_store.people.add(Person("张三", ()))
    file_store.people.add_leave(Leave(person.id or 0, date(2026, 1, 1), date(2026, 1, 1)))
    file_store.settings.set("k", "v")
    assert not file_store.db.conn.in_transaction
    path = file_store.path
    assert path is not None
    other = SqliteStore.open(path)
    assert other.people.by_name("张三") is not None
    assert other.settings.get("k") == "v"
    assert len(other.people.leaves()) == 1
    other.close()
