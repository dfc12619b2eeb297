"""`dutyroom roster …` and `dutyroom people …` in a subprocess, as a person would run them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from dutyroom.app.paths import database_path
from tests.cli.test_cli import run
from tests.core.roster_helpers import LEADERS, OFFICERS, make_room


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    room = make_room(database_path(data))
    room.close()
    return data


def counts(data: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database_path(data)) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "assignment", "audit")
        )


def table(path: Path, *rows: list[object]) -> Path:
    workbook = openpyxl.Workbook()
    for row in [["2026年12月值班表"], ["日期", "带班领导", "值班员"], *rows]:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_generate_export_and_import_back(data_dir: Path, tmp_path: Path) -> None:
    result = run("--data-dir", str(data_dir), "roster", "generate", "--month", "2026-12")
    assert result.returncode == 0, result.stderr
    assert "已生成2026年12月排班" in result.stdout
    out = tmp_path / "十二月.xlsx"
    result = run(
        "--data-dir", str(data_dir), "roster", "export", "--month", "2026-12", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(out).active["A1"].value == "示范县应急管理局2026年12月值班表"
    result = run("--data-dir", str(data_dir), "roster", "import", str(out))
    assert result.returncode == 0, result.stderr
    assert "已导入排班31天（2026-12-01 至 2026-12-31）" in result.stdout


def test_export_of_a_month_without_holiday_data_warns(data_dir: Path, tmp_path: Path) -> None:
    run("--data-dir", str(data_dir), "roster", "generate", "--month", "2027-01")
    out = tmp_path / "一月.xlsx"
    result = run(
        "--data-dir", str(data_dir), "roster", "export", "--month", "2027-01", "--out", str(out),
        "--maker", "孙丽娟",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2027年法定节假日数据缺失" in result.stderr
    ws = openpyxl.load_workbook(out).active
    assert "2027年节假日安排尚未公布/未导入" in ws["A3"].value
    assert ws.oddFooter.left.text == "制表人：孙丽娟"


def test_export_holiday_lists_the_days_off(data_dir: Path, tmp_path: Path) -> None:
    run("--data-dir", str(data_dir), "bureau", "set", "--duty-phone", "0731-86661234")
    run("--data-dir", str(data_dir), "roster", "generate", "--month", "2026-10")
    out = tmp_path / "国庆.xlsx"
    result = run(
        "--data-dir", str(data_dir), "roster", "export-holiday", "--holiday", "国庆节",
        "--year", "2026", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "已导出2026年国庆节假期值班安排表" in result.stdout
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县应急管理局2026年国庆节假期值班安排表"
    assert [c.value for c in ws[3]][-1] == "值班电话" and ws["I4"].value == "0731-86661234"
    days = [ws.cell(row, 1).value for row in range(4, 11)]
    assert [d.day for d in days] == [1, 2, 3, 4, 5, 6, 7]


def test_export_holiday_refuses_unknown_dates(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "春节.xlsx"
    result = run(
        "--data-dir", str(data_dir), "roster", "export-holiday", "--holiday", "春节",
        "--year", "2027", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 2
    assert "2027年春节的放假日期未知" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    result = run(
        "--data-dir", str(data_dir), "roster", "export-holiday", "--holiday", "圣诞节",
        "--year", "2026", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 2 and "无法识别的节日：圣诞节" in result.stderr


def test_import_refuses_unknown_people_without_the_flag(data_dir: Path, tmp_path: Path) -> None:
    path = table(
        tmp_path / "r.xlsx", ["12月1日", LEADERS[0], OFFICERS[0]], ["12月2日", "新人", OFFICERS[1]]
    )
    before = counts(data_dir)
    result = run("--data-dir", str(data_dir), "roster", "import", str(path))
    assert result.returncode == 2
    assert "第4行：人员“新人”不在人员名单中" in result.stderr
    assert "--create-missing-people" in result.stderr
    assert counts(data_dir) == before
    result = run(
        "--data-dir",
        str(data_dir),
        "roster",
        "import",
        str(path),
        "--dry-run",
        "--create-missing-people",
    )
    assert result.returncode == 0 and "将新建人员：新人" in result.stdout
    assert counts(data_dir) == before
    result = run(
        "--data-dir", str(data_dir), "roster", "import", str(path), "--create-missing-people"
    )
    assert result.returncode == 0, result.stderr
    people, assignments, _ = counts(data_dir)
    assert (people, assignments) == (before[0] + 1, before[1] + 4)


def test_import_of_a_file_that_is_not_a_workbook(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "排班.xlsx"
    path.write_text("日期,带班领导\n2026-12-01,王建国\n", encoding="utf-8")
    result = run("--data-dir", str(data_dir), "roster", "import", str(path))
    assert result.returncode == 2
    assert "CSV" in result.stderr and "Traceback" not in result.stderr


def test_people_export_and_import(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.xlsx"
    result = run("--data-dir", str(data_dir), "people", "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "14人" in result.stdout
    workbook = openpyxl.load_workbook(out)
    workbook.active.append([15, "新同志", "科员", "值班员", "办公室", "13800000000", "", "在岗"])
    workbook.save(out)
    result = run("--data-dir", str(data_dir), "people", "import", str(out), "--dry-run")
    assert result.returncode == 0 and "新增1人" in result.stdout
    assert counts(data_dir)[0] == 14
    result = run("--data-dir", str(data_dir), "people", "import", str(out))
    assert result.returncode == 0 and counts(data_dir)[0] == 15


def test_people_import_problems_exit_2(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "角色"])
    workbook.active.append(["甲", "厨师"])
    workbook.save(path)
    before = counts(data_dir)
    result = run("--data-dir", str(data_dir), "people", "import", str(path))
    assert result.returncode == 2 and "第2行：无法识别的角色“厨师”" in result.stderr
    assert counts(data_dir) == before


def test_bad_month(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "roster", "generate", "--month", "12/2026")
    assert result.returncode == 2 and "无法识别的月份" in result.stderr


def test_status_does_not_import_openpyxl(data_dir: Path) -> None:
    code = (
        "import sys; from dutyroom.app.cli import main;"
        " main(['--data-dir', sys.argv[1], 'status']);"
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported by status'"
    )
    import subprocess
    import sys

    from tests.cli.test_cli import ROOT

    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
