"""`dutyroom stats`, the `export stats` action (through its function) and `dutyroom serve`."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from dutyroom.app.cli.common import CliError
from dutyroom.app.cli.leaders import add_export_stats_parser, cmd_export_stats
from dutyroom.app.paths import database_path
from dutyroom.models import Evidence
from tests.core.roster_helpers import local, make_room

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    room = make_room(database_path(folder))
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3, "category": "事故灾难"})
    assert incident.id is not None
    phone = next(o for o in room.incidents.obligations_of(incident.id) if o.kind.value == "phone")
    assert phone.id is not None
    room.clock.advance(minutes=20)  # type: ignore[attr-defined]
    room.incidents.report(
        phone.id,
        Evidence(phone.id, local(2026, 11, 23, 9, 20), "电话", "市应急局、县政府", "李", "赵晓明"),
    )
    room.close()
    return folder


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dutyroom", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )  # fmt: skip


def test_stats_json(data_dir: Path) -> None:
    result = run(data_dir, "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["start"] == "2026-11-01T00:00:00+08:00"
    assert data["end"] == "2026-12-01T00:00:00+08:00"
    assert data["incidents"]["by_category"] == {"事故灾难": 1}
    by_rule = data["timeliness"]["by_rule"]
    assert by_rule["首报·电话"] == {"counted": 1, "on_time": 1, "late": 0, "missed": 0, "rate": 1.0}


def test_stats_text_and_bad_dates(data_dir: Path) -> None:
    result = run(data_dir, "stats", "--from", "2026-11-01", "--to", "2026-11-30")
    assert result.returncode == 0 and "报送及时率" in result.stdout
    bad = run(data_dir, "stats", "--from", "2026-13-01")
    assert bad.returncode == 2 and "日期无法识别" in bad.stderr
    backwards = run(data_dir, "stats", "--from", "2026-11-02", "--to", "2026-11-01")
    assert backwards.returncode == 2 and "不能早于" in backwards.stderr


def test_export_stats_through_its_parser(data_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    parser = argparse.ArgumentParser()
    add_export_stats_parser(parser.add_subparsers())
    out = tmp_path / "统计.xlsx"
    args = parser.parse_args(
        ["stats", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)]
    )
    assert args.handler is cmd_export_stats
    assert cmd_export_stats(args, data_dir) == 0
    assert load_workbook(out)["按类别"]["A3"].value == "事故灾难"
    with pytest.raises(CliError, match="已存在"):
        cmd_export_stats(args, data_dir)


def test_serve_prints_its_port_and_serves(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "dutyroom", "--data-dir", str(data_dir), "serve"]
    proc = subprocess.Popen(
        [*command, "--port", "0", "--token", "tok"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("只读值班状态页：http://127.0.0.1:")
        url = first.split("：", 1)[1].strip()
        with urllib.request.urlopen(url.replace("/?", "/api/status?"), timeout=10) as response:
            assert json.loads(response.read())["bureau"] == "示范县应急管理局"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
