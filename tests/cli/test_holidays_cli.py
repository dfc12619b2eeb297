"""`dutyroom holidays …` in a subprocess, as a person would run them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dutyroom.app.paths import database_path
from tests.cli.test_cli import ROOT, run
from tests.core.roster_helpers import make_room
from tests.core.test_holiday_notice import NOTICE_2026, NOTICE_2027


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    room = make_room(database_path(data), staff=False)
    room.close()
    return data


def saved(data: Path) -> tuple[int, int]:
    """Overrides, and settings rows naming imported notices: what an import may write."""
    with sqlite3.connect(database_path(data)) as conn:
        overrides = conn.execute("SELECT count(*) FROM holiday_override").fetchone()[0]
        notices = conn.execute(
            "SELECT count(*) FROM bureau_setting WHERE key = 'holiday_notice_years'"
        ).fetchone()[0]
    return overrides, notices


def run_stdin(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DUTYROOM_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "dutyroom", *args],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_the_2026_notice_imports_and_agrees_with_the_package(
    data_dir: Path, tmp_path: Path
) -> None:
    notice = tmp_path / "2026.txt"
    notice.write_text(NOTICE_2026, encoding="utf-8")
    dry = run("--data-dir", str(data_dir), "holidays", "import-notice", str(notice), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "预览（未写入）：2026年：法定节假日33天，调休补班日6天" in dry.stdout
    assert "2026-02-14  周六  调休补班日  春节" in dry.stdout
    assert saved(data_dir) == (0, 0)
    done = run("--data-dir", str(data_dir), "holidays", "import-notice", str(notice))
    assert done.returncode == 0, done.stderr
    assert saved(data_dir) == (39, 1)


def test_a_conflicting_notice_exits_2_naming_the_days_and_saves_nothing(data_dir: Path) -> None:
    text = NOTICE_2026.replace("9月20日（周日）、", "")
    result = run_stdin(text, "--data-dir", str(data_dir), "holidays", "import-notice", "-")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "与内置节假日数据（chinese-calendar）不一致" in result.stderr
    assert "2026-09-20（周日）：通知未列出，chinese-calendar为调休补班日（国庆节）" in result.stderr
    assert saved(data_dir) == (0, 0)


def test_a_wrong_weekday_names_the_line_and_saves_nothing(data_dir: Path) -> None:
    text = NOTICE_2027.replace("6月9日（周三）", "6月9日（周四）")
    result = run_stdin(text, "--data-dir", str(data_dir), "holidays", "import-notice", "-")
    assert result.returncode == 2
    assert "第6行“五、端午节：6月9日（周四）" in result.stderr
    assert "6月9日是周三，通知写的是周四" in result.stderr
    assert saved(data_dir) == (0, 0)


def test_without_a_year_the_command_asks_for_one(data_dir: Path) -> None:
    body = NOTICE_2027.split("\n", 1)[1]
    args = ("--data-dir", str(data_dir), "holidays", "import-notice", "-")
    refused = run_stdin(body, *args)
    assert refused.returncode == 2
    assert "--year" in refused.stderr
    assert saved(data_dir) == (0, 0)
    done = run_stdin(body, *args, "--year", "2027")
    assert done.returncode == 0, done.stderr
    listed = run("--data-dir", str(data_dir), "holidays", "list", "--year", "2027")
    assert listed.returncode == 0
    assert "来源：已导入国务院通知" in listed.stdout
    assert "2027-10-09  周六  调休补班日  国庆节  [录入]" in listed.stdout
    assert "数据缺失" not in listed.stdout


def test_add_one_day_keeps_the_missing_warning(data_dir: Path) -> None:
    args = ("--data-dir", str(data_dir), "holidays")
    added = run(*args, "add", "2028-01-01", "--type", "法定节假日", "--note", "元旦")
    assert added.returncode == 0, added.stderr
    assert "已录入：2028-01-01 法定节假日（元旦）" in added.stdout
    assert "2028年法定节假日数据缺失" in added.stdout
    bad_date = run(*args, "add", "2028-02-30", "--type", "法定节假日")
    bad_type = run(*args, "add", "2028-02-03", "--type", "假日")
    for bad in (bad_date, bad_type):
        assert bad.returncode == 2
        assert "Traceback" not in bad.stderr
    assert saved(data_dir) == (1, 0)
    listed = run(*args, "list", "--year", "2026")
    assert "2026-10-01  周四  法定节假日  国庆节" in listed.stdout
    assert "来源：内置数据" in listed.stdout


def test_an_unreadable_file_exits_2(data_dir: Path, tmp_path: Path) -> None:
    result = run(
        "--data-dir", str(data_dir), "holidays", "import-notice", str(tmp_path / "none.txt")
    )
    assert result.returncode == 2
    assert "无法读取文件" in result.stderr
