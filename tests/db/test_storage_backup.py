"""Backups: consistent while another connection writes, atomic, kept N at a time."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db import (
    SqliteStore,
    backup_to,
    backup_with_retention,
    integrity_check,
    latest_backup,
    open_database,
)
from db.backup import backups
from db.chain_hash import register
from dutyroom.errors import StorageError
from dutyroom.models import Contact, ContactKind, LogEntry, LogKind
from tests.db.conftest import T0


def fill(store: SqliteStore, n: int) -> None:
    for i in range(n):
        with store.atomic():
            store.log.add(LogEntry(T0 + timedelta(minutes=i), LogKind.OTHER, f"第{i}条"))
            store.contacts.add(Contact(f"联系人{i}", ContactKind.OTHER))


def test_backup_of_a_path(file_store: SqliteStore, tmp_path: Path) -> None:
    fill(file_store, 5)
    assert file_store.path is not None
    out = backup_to(file_store.path, tmp_path / "out" / "copy.sqlite3")
    assert out == tmp_path / "out" / "copy.sqlite3"
    assert integrity_check(out) == []
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM log_entry").fetchone()[0] == 5
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.sqlite3"]  # no temp left


def test_backup_of_an_open_database(tmp_path: Path) -> None:
    store = SqliteStore(open_database(None))
    fill(store, 3)
    out = backup_to(store.db, tmp_path / "mem.sqlite3")
    assert integrity_check(out) == []
    reopened = SqliteStore.open(out)
    assert len(reopened.contacts.list()) == 3
    reopened.close()
    assert backup_to(store.db.conn, tmp_path / "conn.sqlite3").is_file()


def test_backup_while_another_connection_writes(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    stop = threading.Event()
    warmed_up = threading.Event()
    errors: list[BaseException] = []
    written = [0]

    def writer() -> None:
        try:
            store = SqliteStore.open(db_path)
            i = 0
            while not stop.is_set() and i < 20_000:
                fill_one(store, i)
                i += 1
                written[0] = i
                if i == 50:
                    warmed_up.set()
            store.close()
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)
            warmed_up.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert warmed_up.wait(30)
        outs = [backup_to(db_path, tmp_path / f"b{k}.sqlite3") for k in range(3)]
    finally:
        stop.set()
        thread.join(30)
    assert not errors
    sizes = []
    for out in outs:
        assert integrity_check(out) == []
        with sqlite3.connect(out) as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM log_entry ORDER BY id")]
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
            audited = conn.execute("SELECT count(*) FROM audit WHERE tbl = 'log_entry'").fetchone()[
                0
            ]
        assert ids == list(range(1, len(ids) + 1))  # a prefix, no holes
        assert contacts == len(ids) == audited  # pairs written together stay together
        assert len(ids) >= 50
        sizes.append(len(ids))
    assert sizes == sorted(sizes)
    assert written[0] >= sizes[-1]


def fill_one(store: SqliteStore, i: int) -> None:
    with store.atomic():
        store.log.add(LogEntry(T0 + timedelta(seconds=i), LogKind.OTHER, f"第{i}条"))
        store.contacts.add(Contact(f"联系人{i}", ContactKind.OTHER))


def test_retention_keeps_the_newest(file_store: SqliteStore, tmp_path: Path) -> None:
    assert file_store.path is not None
    folder = tmp_path / "backups"
    (folder).mkdir()
    (folder / "notes.txt").write_text("not a backup")
    start = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
    made = [
        backup_with_retention(file_store.path, folder, 3, start + timedelta(hours=h))
        for h in range(5)
    ]
    assert made[0].name == "dutyroom-20261123-083000.sqlite3"
    kept = backups(folder)
    assert kept == made[-3:]
    assert (folder / "notes.txt").exists()
    assert latest_backup(folder) == made[-1]
    assert not list(folder.glob("*.tmp"))


def test_retention_validates_keep(file_store: SqliteStore, tmp_path: Path) -> None:
    assert file_store.path is not None
    with pytest.raises(ValueError):
        backup_with_retention(file_store.path, tmp_path, 0, T0)


def test_latest_backup_of_an_empty_or_missing_folder(tmp_path: Path) -> None:
    assert latest_backup(tmp_path) is None
    assert latest_backup(tmp_path / "missing") is None


def test_integrity_check_finds_broken_foreign_keys(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:  # foreign keys off on this connection
        register(conn, lambda: "测试")  # the audit triggers' functions, as the program has them
        conn.execute(
            "INSERT INTO leave (person_id, start_day, end_day) VALUES (99, '2026-01-01', "
            "'2026-01-01')"
        )
    conn.close()
    problems = integrity_check(db_path)
    assert len(problems) == 1 and "leave" in problems[0] and "person" in problems[0]


def test_integrity_check_never_writes(db_path: Path) -> None:
    store = SqliteStore.open(db_path)
    fill(store, 2)
    store.close()
    before = db_path.read_bytes()
    db_path.chmod(0o444)
    try:
        assert integrity_check(db_path) == []
    finally:
        db_path.chmod(0o644)
    assert db_path.read_bytes() == before


def test_integrity_check_of_bad_files(tmp_path: Path) -> None:
    text = tmp_path / "x.sqlite3"
    text.write_bytes(b"hello, world, this is not a database at all")
    assert "不是" in integrity_check(text)[0]
    assert text.read_bytes() == b"hello, world, this is not a database at all"
    assert "不存在" in integrity_check(tmp_path / "missing.sqlite3")[0]
    assert not (tmp_path / "missing.sqlite3").exists()


def test_backup_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="不存在"):
        backup_to(tmp_path / "missing.sqlite3", tmp_path / "out.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
