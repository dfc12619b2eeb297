"""JSON and arguments from scripts held to their types: every wrong one answered in Chinese with
exit 2, never a traceback, and nothing stored."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from dutyroom.app.paths import database_path
from tests.cli.test_cli import run
from tests.cli.test_holidays_cli import run_stdin
from tests.core.roster_helpers import make_room


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("strict") / "data"
    make_room(database_path(folder)).close()
    return folder


def receive(data: Path, text: str) -> subprocess.CompletedProcess[str]:
    return run_stdin(text, "--data-dir", str(data), "incident", "receive", "--json", "-")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"deaths": "3"}, "死亡人数应为不小于0的整数"),
        ({"deaths": None}, "死亡人数应为不小于0的整数"),
        ({"deaths": 3.5}, "死亡人数应为不小于0的整数"),
        ({"deaths": True}, "死亡人数应为不小于0的整数"),
        ({"deaths": -1}, "不能为负数"),
        ({"deaths": 10**30}, "超过上限"),
        ({"direct_loss_wan": "12"}, "应为数字"),
        ({"title": "仓库\x07火灾"}, "控制字符"),
        ({"summary": "起火\x1b[31m"}, "控制字符"),
        ({"title": 12}, "应为文本"),
        ({"occurred_at": 1700000000}, "ISO-8601"),
        (
            {"received_at": "2026-11-23T08:00+08:00", "occurred_at": "2026-11-23T08:30+08:00"},
            "事发时间不能晚于接报时间",
        ),
        ({"received_at": "0001-01-01T00:00+08:00"}, "超出范围"),
    ],
)
def test_a_wrongly_typed_field_is_refused_and_named(
    data: Path, fields: dict[str, object], words: str
) -> None:
    done = receive(data, json.dumps({"title": "仓库火灾", **fields}))
    assert done.returncode == 2, done.stdout
    assert words in done.stderr and "Traceback" not in done.stderr


def test_line_breaks_and_tabs_in_text_are_kept(data: Path) -> None:
    done = receive(data, json.dumps({"title": "仓库火灾", "summary": "一、起火\n二、\t处置"}))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"] == "一、起火\n二、\t处置"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param('{"title": "x", "deaths": ' + "9" * 5000 + "}", "位数过多", id="digits"),
        pytest.param("[" * 100_000 + "]" * 100_000, "嵌套过深", id="nesting"),
        pytest.param("[1, 2]", "应为一个对象", id="array"),
        pytest.param('{"title": "x",}', "JSON 格式有误", id="comma"),
    ],
)
def test_hostile_json_is_refused_without_a_traceback(data: Path, text: str, words: str) -> None:
    done = receive(data, text)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "number", [str(2**70), "0", "-3", "9" * 5000], ids=["2**70", "0", "-3", "9x5000"]
)
def test_an_id_out_of_range_is_not_found(data: Path, number: str) -> None:
    done = run("--data-dir", str(data), "incident", "show", number)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "找不到" in done.stderr or "正整数" in done.stderr


@pytest.mark.parametrize("at", ["0001-01-01T00:00", "9999-12-31T23:59+08:00"])
def test_status_at_out_of_range_says_so(data: Path, at: str) -> None:
    done = run("--data-dir", str(data), "status", "--at", at)
    assert done.returncode == 2 and "时间超出范围" in done.stderr and "Traceback" not in done.stderr


def test_a_report_before_the_call_came_in_is_refused(data: Path) -> None:
    made = receive(
        data,
        json.dumps({"title": "化工厂爆炸", "deaths": 3, "received_at": "2026-11-23T08:00+08:00"}),
    )
    assert made.returncode == 0, made.stderr
    phone = next(o for o in json.loads(made.stdout)["obligations"] if o["kind"] == "phone")
    done = run(
        "--data-dir", str(data), "incident", "report", str(phone["id"]),
        "--method", "电话", "--to", "市应急管理局、县人民政府总值班室", "--by", "赵晓明",
        "--at", "2026-11-23T07:40+08:00", "--reason", "补录",
    )  # fmt: skip
    assert done.returncode == 2 and "报送时间不能早于接报时间" in done.stderr
