"""`backup` and `check` where the folder, not the data, is the problem: a Chinese answer with
exit 2 and never a traceback; `check` tells a full disk from damage and refuses a newer file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import backup as backup_module
from dutyroom import SCHEMA_VERSION
from dutyroom.app.paths import database_path
from dutyroom.errors import StorageError
from tests.cli.test_cli import run
from tests.core.roster_helpers import make_room


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_room(database_path(folder)).close()
    return folder


@pytest.mark.parametrize(
    ("target", "words"),
    [
        pytest.param("file/x.sqlite3", "路径中有同名文件", id="under-a-file"),
        pytest.param("/proc/dutyroom-backup.sqlite3", "路径不存在", id="read-only-proc"),
        pytest.param("/dev/full/x.sqlite3", "路径中有同名文件", id="under-a-device"),
    ],
)
def test_backup_to_a_place_that_cannot_hold_it(
    data: Path, tmp_path: Path, target: str, words: str
) -> None:
    (tmp_path / "file").write_text("not a folder")
    out = target if target.startswith("/") else str(tmp_path / target)
    done = run("--data-dir", str(data), "backup", "--out", out)
    assert done.returncode == 2, done.stdout
    assert words in done.stderr and "数据库未受影响" in done.stderr
    assert "Traceback" not in done.stderr


def test_backup_when_the_backups_folder_is_a_file(data: Path) -> None:
    (data / "backups").write_text("garbage")
    done = run("--data-dir", str(data), "backup")
    assert done.returncode == 2 and "不是文件夹" in done.stderr and "Traceback" not in done.stderr


def test_check_refuses_a_database_from_a_newer_version(data: Path) -> None:
    with sqlite3.connect(database_path(data)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    done = run("--data-dir", str(data), "check")
    assert done.returncode == 1, done.stdout
    assert "更新版本" in done.stderr


def test_check_tells_a_full_disk_from_damage(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite cannot create the WAL's -shm file on a full disk: "unable to open database file".
    The disk cannot be filled in a test here, so the open fails as it would."""

    def full_disk(path: Path) -> sqlite3.Connection:
        raise StorageError("无法以只读方式打开数据库") from sqlite3.OperationalError(
            "unable to open database file"
        )

    monkeypatch.setattr(backup_module, "open_readonly", full_disk)
    with pytest.raises(backup_module.CheckImpossibleError, match="未必损坏"):
        backup_module.integrity_check(database_path(data))


def test_check_still_calls_a_damaged_file_damaged(data: Path) -> None:
    path = database_path(data)
    raw = bytearray(path.read_bytes())
    raw[4096 : 4096 + 512] = b"\xff" * 512  # the second page: a table's b-tree
    path.write_bytes(bytes(raw))
    done = run("--data-dir", str(data), "check")
    assert done.returncode == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["status"], ["incident", "show", "1"], ["backup"], ["check"]])
def test_a_garbage_data_folder_answers_in_chinese(tmp_path: Path, command: list[str]) -> None:
    """The data folder is a file, or holds a file that is not SQLite."""
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("x")
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    database_path(garbage).write_bytes(bytes(range(256)) * 20)
    for folder in (not_a_folder, garbage):
        done = run("--data-dir", str(folder), *command)
        assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.strip().startswith(("dutyroom:", "数据库检查未通过")), done.stderr
