"""A damaged database: `check` says so (exit 1); `restore` puts the latest sound backup back."""

from __future__ import annotations

import os
import socket
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db import backup_with_retention, integrity_check, quick_check, restore_backup
from dutyroom.app.cli import main
from dutyroom.app.cli.maintenance import gui_running, instance_name
from dutyroom.app.compose import open_room
from dutyroom.app.paths import backups_dir, database_path
from dutyroom.clock import FakeClock
from dutyroom.errors import StorageError
from dutyroom.models import LogKind
from tests.storage_access import store_of

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


def make_data(data_dir: Path, entries: int = 400) -> None:
    room = open_room(data_dir, FakeClock(T0))
    for i in range(entries):
        room.log.add(LogKind.CALL_IN, f"第{i}条：县消防大队来电" + "情况" * 30)
    room.close()


def corrupt(path: Path) -> None:
    """Overwrite a few pages in the middle of the file with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in (size // 3, size // 2, 2 * size // 3):
            handle.seek(offset - offset % 4096)
            handle.write(bytes(range(256)) * 16)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    make_data(tmp_path)
    backup_with_retention(database_path(tmp_path), backups_dir(tmp_path), 3, T0)
    corrupt(database_path(tmp_path))
    return tmp_path


def test_check_detects_damage_and_exits_1(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(damaged), "check"]) == 1
    err = capsys.readouterr().err
    assert "数据库检查未通过" in err and str(database_path(damaged)) in err
    assert quick_check(database_path(damaged)) != []  # the fast start-up check sees it too


def test_restore_keeps_the_damaged_file_and_the_result_is_sound(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database_path(damaged)
    damaged_bytes = path.read_bytes()
    assert main(["--data-dir", str(damaged), "restore"]) == 0  # the latest backup by default
    out = capsys.readouterr().out
    assert "已用备份恢复数据库" in out and "原数据库已改名保留" in out
    kept = [p for p in damaged.glob(path.name + ".damaged-*") if not p.name.endswith("-shm")]
    assert [p.read_bytes() for p in kept if not p.name.endswith("-wal")] == [damaged_bytes]
    assert integrity_check(path) == []
    assert main(["--data-dir", str(damaged), "check"]) == 0
    room = open_room(damaged, FakeClock(T0))
    assert len(store_of(room).log.between(T0.replace(hour=0), T0.replace(hour=23))) == 400
    room.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_data(tmp_path, 50)
    bad = tmp_path / "bad.sqlite3"
    make_data(tmp_path / "other")
    bad.write_bytes(database_path(tmp_path / "other").read_bytes())
    corrupt(bad)
    before = database_path(tmp_path).read_bytes()
    assert main(["--data-dir", str(tmp_path), "restore", "--from", str(bad)]) == 2
    assert "备份文件未通过完整性检查" in capsys.readouterr().err
    assert database_path(tmp_path).read_bytes() == before
    with pytest.raises(StorageError):
        restore_backup(tmp_path / "missing.sqlite3", database_path(tmp_path), T0)


def test_restore_refuses_while_the_window_holds_the_folder(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.path.join(os.environ.get("TMPDIR") or tempfile.gettempdir(), instance_name(damaged))
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # what QLocalServer listens on
    server.bind(name)
    server.listen(1)
    try:
        assert gui_running(damaged)
        before = database_path(damaged).read_bytes()
        assert main(["--data-dir", str(damaged), "restore"]) == 2
        assert "正在使用此数据目录" in capsys.readouterr().err
        assert database_path(damaged).read_bytes() == before
    finally:
        server.close()
    assert not gui_running(damaged)  # a stale socket file (a crash) does not block
    os.unlink(name)


def test_quick_check_passes_a_big_healthy_database(tmp_path: Path) -> None:
    """Its speed against reading the same file: python -m bench.quick_check."""
    make_data(tmp_path, 2000)
    assert quick_check(database_path(tmp_path)) == []
