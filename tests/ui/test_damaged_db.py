"""Start-up on a damaged database: refused, the latest backup offered, the damaged file kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutyroom.app.cli.maintenance import instance_name
from dutyroom.app.compose import DatabaseDoctor
from dutyroom.app.paths import backups_dir, database_path
from tests.cli.test_corrupt_db import T0, corrupt, make_data
from ui.damaged_db import check_before_open
from ui.single_instance import server_name_for


def _damaged(data_dir: Path, *, backup: bool = True) -> bytes:
    from db import backup_with_retention

    make_data(data_dir, 300)
    if backup:
        backup_with_retention(database_path(data_dir), backups_dir(data_dir), 3, T0)
    corrupt(database_path(data_dir))
    return database_path(data_dir).read_bytes()


def test_the_cli_finds_the_window_by_the_same_name(tmp_path: Path) -> None:
    assert instance_name(tmp_path) == server_name_for(tmp_path)


def test_a_sound_or_new_database_is_not_questioned(tmp_path: Path) -> None:
    asked: list[str] = []
    assert check_before_open(DatabaseDoctor(tmp_path), lambda m, b: asked.append(m) or True)
    make_data(tmp_path, 5)
    assert check_before_open(DatabaseDoctor(tmp_path), lambda m, b: asked.append(m) or True)
    assert asked == []


def test_declining_the_backup_refuses_to_start_and_touches_nothing(tmp_path: Path) -> None:
    before = _damaged(tmp_path)
    offers: list[tuple[str, Path]] = []
    assert not check_before_open(
        DatabaseDoctor(tmp_path), lambda m, b: offers.append((m, b)) is not None
    )
    [(message, backup)] = offers
    assert "数据库文件已损坏" in message and backup.name in message and "改名保留" in message
    assert database_path(tmp_path).read_bytes() == before


def test_accepting_restores_the_backup_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    from db import integrity_check

    before = _damaged(tmp_path)
    assert check_before_open(DatabaseDoctor(tmp_path), lambda m, b: True)
    path = database_path(tmp_path)
    assert integrity_check(path) == []
    kept = [
        p for p in tmp_path.glob(path.name + ".damaged-*") if p.name[-4:] not in ("-wal", "-shm")
    ]
    assert [p.read_bytes() for p in kept] == [before]


def test_no_backup_says_so(tmp_path: Path) -> None:
    _damaged(tmp_path, backup=False)
    reports: list[tuple[str, str]] = []
    assert not check_before_open(
        DatabaseDoctor(tmp_path), lambda m, b: True, lambda t, m: reports.append((t, m))
    )
    assert reports and "没有找到可用的备份" in reports[0][1]


def test_the_early_check_on_a_thread_finds_the_same_damage(tmp_path: Path) -> None:
    from dutyroom.app.compose import EarlyQuickCheck, quick_check

    before = _damaged(tmp_path)
    early = EarlyQuickCheck(tmp_path)
    problems = early.result()
    assert problems and problems == quick_check(tmp_path)
    offers: list[Path] = []
    assert not check_before_open(
        DatabaseDoctor(tmp_path), lambda m, b: offers.append(b) is not None, problems=problems
    )
    assert len(offers) == 1 and database_path(tmp_path).read_bytes() == before


def test_the_early_check_passes_a_sound_and_a_missing_database(tmp_path: Path) -> None:
    from dutyroom.app.compose import EarlyQuickCheck

    assert EarlyQuickCheck(tmp_path / "new").result() == []
    make_data(tmp_path, 5)
    assert EarlyQuickCheck(tmp_path).result() == []


def test_the_early_check_hands_its_error_to_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db
    from dutyroom.app.compose import EarlyQuickCheck

    def broken(path: Path) -> list[str]:
        raise RuntimeError("check crashed")

    monkeypatch.setattr(db, "quick_check", broken)
    early = EarlyQuickCheck(tmp_path)
    with pytest.raises(RuntimeError, match="check crashed"):
        early.result()
