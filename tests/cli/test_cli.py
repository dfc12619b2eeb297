"""The headless `dutyroom` subcommands, run as a person would: in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("DUTYROOM_DATA_DIR", None) if env is None else None
    return subprocess.run(
        [sys.executable, "-m", "dutyroom", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    result = run("--data-dir", str(data), "demo")
    assert result.returncode == 0, result.stderr
    return data


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("dutyroom ")


def test_demo_fills_and_status_json_has_the_documented_keys(demo_dir: Path) -> None:
    result = run("--data-dir", str(demo_dir), "status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"at", "shift", "next_shift", "obligations", "holiday_data_missing"} <= set(data)
    shift = data["shift"]
    assert {"start", "end", "day_type", "leaders", "officers", "problems"} <= set(shift)
    assert shift["day_type"] in ("工作日", "休息日", "法定节假日", "调休补班日")
    assert shift["leaders"] and {"name", "phone"} == set(shift["leaders"][0])
    assert shift["officers"]
    kinds = {ob["kind"] for ob in data["obligations"]}
    assert {"phone", "written"} <= kinds  # the demo fire is 较大: both first reports are running
    for ob in data["obligations"]:
        assert ob["state"] in ("pending", "warning", "critical", "overdue")
        assert {"id", "incident_id", "title", "rule", "due_at", "minutes_left"} <= set(ob)


def test_demo_refuses_a_database_with_data(demo_dir: Path) -> None:
    before = (demo_dir / "dutyroom.sqlite3").stat().st_size
    result = run("--data-dir", str(demo_dir), "demo")
    assert result.returncode == 2
    assert "已有数据" in result.stderr
    assert (demo_dir / "dutyroom.sqlite3").stat().st_size == before


def test_status_at_a_shift_boundary(demo_dir: Path) -> None:
    def people_at(at: str) -> tuple[str, str]:
        result = run("--data-dir", str(demo_dir), "status", "--json", "--at", at)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        return data["shift"]["start"], data["shift"]["leaders"][0]["name"]

    today = json.loads(run("--data-dir", str(demo_dir), "status", "--json").stdout)["at"][:10]
    start_before, _ = people_at(f"{today}T08:29:59+08:00")
    start_after, _ = people_at(f"{today}T08:30:00+08:00")
    assert start_after.startswith(f"{today}T08:30")
    assert start_before < start_after


def test_status_text_and_bad_time(demo_dir: Path) -> None:
    text = run("--data-dir", str(demo_dir), "status")
    assert text.returncode == 0 and "带班领导" in text.stdout
    bad = run("--data-dir", str(demo_dir), "status", "--at", "昨天")
    assert bad.returncode == 2 and "无法识别的时间" in bad.stderr


def test_check_and_backup(demo_dir: Path, tmp_path: Path) -> None:
    assert run("--data-dir", str(demo_dir), "check").returncode == 0
    out = tmp_path / "copy.sqlite3"
    result = run("--data-dir", str(demo_dir), "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 15
    again = run("--data-dir", str(demo_dir), "backup", "--out", str(out))
    assert again.returncode == 2 and "未覆盖" in again.stderr
    default = run("--data-dir", str(demo_dir), "backup")
    assert default.returncode == 0
    assert list((demo_dir / "backups").glob("dutyroom-*.sqlite3"))


def test_check_on_a_missing_database(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "check")
    assert result.returncode == 1
    assert "数据库不存在" in result.stderr


def test_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "dutyroom.sqlite3"
    db.write_bytes(b"this is a spreadsheet, not a database\n" * 10)
    before = db.read_bytes()
    for args in (("status",), ("demo",), ("check",)):
        result = run("--data-dir", str(tmp_path), *args)
        assert result.returncode in (1, 2), args
        assert "SQLite" in result.stderr or "不是" in result.stderr, result.stderr
    assert db.read_bytes() == before


def test_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "status").returncode == 0
    db = tmp_path / "dutyroom.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = db.read_bytes()
    result = run("--data-dir", str(tmp_path), "status")
    assert result.returncode == 2
    assert "更新版本" in result.stderr
    assert db.read_bytes() == before


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker / "sub"), "status")
    assert result.returncode == 2
    assert "数据目录" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_from_environment(tmp_path: Path) -> None:
    env = {"DUTYROOM_DATA_DIR": str(tmp_path / "env-dir")}
    assert run("status", env=env).returncode == 0
    assert (tmp_path / "env-dir" / "dutyroom.sqlite3").exists()


def test_headless_commands_import_no_qt(demo_dir: Path) -> None:
    """`status` runs without Qt (its speed: python -m bench.headless)."""
    script = (
        "import sys; from dutyroom.app.cli import main; "
        f"code = main(['--data-dir', {str(demo_dir)!r}, 'status', '--json']); "
        "assert code == 0; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt'"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_bureau_set_and_show(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    done = run("--data-dir", data, "bureau", "set", "--duty-phone", "0371-1", "--urgency", "加急")
    assert done.returncode == 0, done.stderr
    bad = run("--data-dir", data, "bureau", "set", "--name", "新名称", "--duty-fax", "abc")
    assert bad.returncode == 2 and "值班传真" in bad.stderr and "Traceback" not in bad.stderr
    shown = run("--data-dir", data, "bureau", "show", "--json")
    values = json.loads(shown.stdout)
    assert values["duty_phone"] == "0371-1" and values["urgency"] == "加急"
    assert values["name"] != "新名称"  # the refused fax kept the new name out too
