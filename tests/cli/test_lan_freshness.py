"""The LAN page's one read-only connection: current after every write by the app, unable to
write, let go of when the server stops, and moved to the new file after a restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from db.shared_reader import SharedReader
from dutyroom.app.compose import read_only_status_source
from dutyroom.app.lan_server import LanServer
from dutyroom.clock import FakeClock
from dutyroom.errors import StorageError
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room

TOKEN = "fresh-token-456"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[DutyRoom]:
    room = make_room(tmp_path / "dutyroom.sqlite3")
    room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))  # the page reads a shift
    room.incidents.rules()  # and the rules, which the app seeds on first use
    yield room
    room.close()


@pytest.fixture
def server(room: DutyRoom) -> Iterator[LanServer]:
    assert room.db_path is not None
    server = LanServer(read_only_status_source(room.db_path, room.clock), TOKEN, port=0)
    server.start()
    yield server
    server.stop()


def page(server: LanServer, path: str = "/") -> str:
    url = f"http://127.0.0.1:{server.port}{path}?token={TOKEN}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


def test_a_write_by_the_app_shows_on_the_next_request(room: DutyRoom, server: LanServer) -> None:
    # The clock stands still, so only the data version can tell the page that something changed.
    first = page(server)
    assert "示范县应急管理局" in first and page(server) == first
    room.bureau.set_name("青山县应急管理局")
    assert "青山县应急管理局" in page(server)
    room.incidents.receive({"title": "城关镇民房火灾", "deaths": 1}, received_by="赵晓明")
    assert "城关镇民房火灾" in page(server) and "城关镇民房火灾" in page(server, "/api/status")


def test_the_status_moves_with_the_clock(room: DutyRoom, server: LanServer) -> None:
    assert isinstance(room.clock, FakeClock)
    assert "数据时间：2026-11-23 09:00:00" in page(server)
    room.clock.advance(seconds=1)
    assert "数据时间：2026-11-23 09:00:01" in page(server)


def test_the_same_status_object_until_the_data_or_the_second_changes(room: DutyRoom) -> None:
    assert room.db_path is not None and isinstance(room.clock, FakeClock)
    source = read_only_status_source(room.db_path, room.clock)
    try:
        first = source()
        assert source() is first
        room.clock.advance(seconds=0.5)  # the same second
        assert source() is first
        room.clock.advance(seconds=0.5)
        second = source()
        assert second is not first and second["at"] != first["at"]
        room.bureau.set_name("青山县应急管理局")
        assert source() is not second and source()["bureau"] == "青山县应急管理局"
    finally:
        source.close()


def test_the_readers_connection_cannot_write(room: DutyRoom) -> None:
    assert room.db_path is not None
    reader = SharedReader(room.db_path)
    try:
        with reader.reading() as (store, _), pytest.raises((StorageError, sqlite3.Error)):
            store.settings.set("bureau_name", "改了")
        with reader.reading() as (store, _), pytest.raises(sqlite3.Error, match="readonly"):
            store.db.execute("PRAGMA query_only = OFF")  # even then the file is mode=ro
            store.db.execute("DELETE FROM bureau_setting")
    finally:
        reader.close()
    assert room.bureau.name() == "示范县应急管理局"


def test_stop_closes_the_pages_connection(room: DutyRoom) -> None:
    assert room.db_path is not None
    source = read_only_status_source(room.db_path, room.clock)
    server = LanServer(source, TOKEN, port=0)
    server.start()
    assert not source.reader.is_open
    page(server)
    assert source.reader.is_open
    server.release_database()
    assert not source.reader.is_open
    page(server)  # opened again on demand
    assert source.reader.is_open
    server.stop()
    assert not source.reader.is_open


def test_a_restored_file_is_read_after_the_replace(
    room: DutyRoom, server: LanServer, tmp_path: Path
) -> None:
    path = room.db_path
    assert path is not None
    assert "示范县应急管理局" in page(server)
    other = make_room(tmp_path / "other" / "dutyroom.sqlite3")
    other.bureau.set_name("白沙县应急管理局")
    other.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    other.incidents.rules()
    other.close()
    replacement = tmp_path / "replacement.sqlite3"
    shutil.copy2(tmp_path / "other" / "dutyroom.sqlite3", replacement)
    # What a restore does to the file (db.restore_backup), here with the page's connection open
    # (a `dutyroom serve` of its own; the app's server lets go first).
    room.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(replacement, path)
    assert "白沙县应急管理局" in page(server)


def test_a_missing_file_is_a_503_then_reads_again_once_back(
    room: DutyRoom, server: LanServer, tmp_path: Path
) -> None:
    assert room.db_path is not None
    page(server)
    kept = tmp_path / "kept.sqlite3"
    os.rename(room.db_path, kept)
    with pytest.raises(urllib.error.HTTPError) as raised:
        page(server)
    assert raised.value.code == 503
    os.rename(kept, room.db_path)
    assert "示范县应急管理局" in page(server)


def test_a_held_reader_keeps_requests_waiting_and_can_still_be_closed(room: DutyRoom) -> None:
    assert room.db_path is not None
    reader = SharedReader(room.db_path)
    with reader.reading():
        pass
    reader.hold()
    assert not reader.is_open
    done: list[bool] = []

    def read() -> None:
        with reader.reading():
            done.append(reader.is_open)

    waiting = threading.Thread(target=read, daemon=True)
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and done == []
    reader.close()  # a server stopped during the restore: no deadlock on its own lock
    reader.resume()
    waiting.join(10)
    assert done == [True]
    reader.close()
    assert not reader.is_open
