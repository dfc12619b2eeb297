"""`dutyroom incident …` run as a script would run it: in a subprocess, JSON in and out."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OBLIGATION_KEYS = {
    "id", "rule", "kind", "due_at", "state", "done_at", "minutes_late", "recipients"
}  # fmt: skip


def run(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DUTYROOM_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "dutyroom", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def ok(data: Path, *args: str, stdin: str | None = None) -> dict[str, Any]:
    result = run(data, *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def count(data: Path, table: str) -> int:
    path = data / "dutyroom.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def kinds(incident: dict[str, Any], *states: str) -> list[str]:
    return sorted(ob["kind"] for ob in incident["obligations"] if ob["state"] in states)


LIVE = ("pending", "warning", "critical", "overdue")


def test_receive_from_stdin_prints_the_stored_incident(tmp_path: Path) -> None:
    fields = {
        "received_at": "2025-11-23T14:00+08:00",
        "occurred_at": "2025-11-23T13:40+08:00",
        "title": "青山乡化工厂爆炸",
        "category": "事故灾难",
        "place": "青山乡工业园",
        "deaths": 3,
    }
    incident = ok(tmp_path, "incident", "receive", "--json", "-", stdin=json.dumps(fields))
    assert incident["id"] == 1 and incident["title"] == "青山乡化工厂爆炸"
    assert incident["received_at"] == "2025-11-23T14:00:00+08:00"
    assert incident["grade"] == "较大" and "3" in incident["grade_reason"]
    assert all(set(ob) == OBLIGATION_KEYS for ob in incident["obligations"])
    phone = next(ob for ob in incident["obligations"] if ob["kind"] == "phone")
    assert phone["due_at"] == "2025-11-23T14:30:00+08:00"
    assert phone["rule"] == "首报·电话"
    # Received in the past: the first reports are already overdue, with their minutes late.
    assert phone["state"] == "overdue" and phone["minutes_late"] > 0
    shown = ok(tmp_path, "incident", "show", "1", "--json")
    assert {k: v for k, v in shown.items() if k != "obligations"} == {
        k: v for k, v in incident.items() if k != "obligations"
    }
    assert [ob["id"] for ob in shown["obligations"]] == [ob["id"] for ob in incident["obligations"]]


def test_receive_from_a_file_and_the_grade_boundary(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"title": "民房倒塌", "deaths": 2}), encoding="utf-8")
    general = ok(tmp_path, "incident", "receive", "--json", str(source))
    assert general["grade"] == "一般"
    assert kinds(general, *LIVE) == ["written"]  # 一般·书面 only, due in 3 h
    assert general["obligations"][0]["state"] == "pending"

    update = tmp_path / "update.json"
    update.write_text(json.dumps({"deaths": 3}), encoding="utf-8")
    raised = ok(tmp_path, "incident", "update", str(general["id"]), "--json", str(update))
    assert raised["grade"] == "较大"
    assert kinds(raised, *LIVE) == ["followup", "phone", "written"]
    assert kinds(raised, "cancelled") == ["written"]  # 一般·书面 withdrawn, with a reason
    assert len(raised["obligations"]) == 4


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ('{"title": "x", "titel": "typo"}', "不认识的字段：titel"),
        ('{"title": "x", ', "JSON 格式有误"),
        ('["title"]', "应为一个对象"),
        ('{"deaths": -1}', "不能为负数"),
        ('{"received_at": "2026-11-23 14:00"}', "须带时区"),
        ('{"title": "\\ud800"}', "含有无效字符"),
    ],
)
def test_bad_input_exits_2_and_stores_nothing(tmp_path: Path, stdin: str, message: str) -> None:
    ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "已有事件"}')
    before = (count(tmp_path, "incident"), count(tmp_path, "obligation"), count(tmp_path, "audit"))
    result = run(tmp_path, "incident", "receive", "--json", "-", stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    after = (count(tmp_path, "incident"), count(tmp_path, "obligation"), count(tmp_path, "audit"))
    assert after == before


def test_missing_file_and_wrong_ids_exit_2(tmp_path: Path) -> None:
    result = run(tmp_path, "incident", "receive", "--json", str(tmp_path / "none.json"))
    assert result.returncode == 2 and "找不到文件" in result.stderr
    assert count(tmp_path, "incident") == 0
    for args in (
        ("show", "7", "--json"),
        ("update", "7", "--json", "-"),
        ("close", "7", "--note", "完毕"),
        ("report", "7", "--method", "电话", "--to", "市局", "--by", "张三"),
    ):
        result = run(tmp_path, "incident", *args, stdin="{}")
        assert result.returncode == 2, args
        assert "找不到" in result.stderr and "Traceback" not in result.stderr


def test_report_show_and_close(tmp_path: Path) -> None:
    incident = ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"deaths": 5}')
    phone = next(ob for ob in incident["obligations"] if ob["kind"] == "phone")
    args = ("--method", "电话", "--to", "市应急管理局", "--by", "张三", "--person", "李值班")
    assert [r["unit"] for r in phone["recipients"]] == ["市应急管理局", "县人民政府总值班室"]
    half = ok(tmp_path, "incident", "report", str(phone["id"]), *args, "--number", "0731-1")
    pending = next(ob for ob in half["obligations"] if ob["id"] == phone["id"])
    # Decree 493 art. 10: the government at the same time; one unit reached is not done.
    assert pending["state"] == "pending" and pending["done_at"] is None
    first, second_unit = pending["recipients"]
    assert first["unit"] == "市应急管理局" and first["done_at"]
    assert second_unit == {"unit": "县人民政府总值班室", "done_at": None}
    twice = run(tmp_path, "incident", "report", str(phone["id"]), *args)
    assert twice.returncode == 2 and "已向“市应急管理局”报送过" in twice.stderr
    stranger = ("--method", "电话", "--to", "市公安局", "--by", "张三")
    refused = run(tmp_path, "incident", "report", str(phone["id"]), *stranger)
    assert refused.returncode == 2 and "尚未报送：县人民政府总值班室" in refused.stderr
    county = ("--method", "电话", "--to", "县政府总值班室", "--by", "张三")
    reported = ok(tmp_path, "incident", "report", str(phone["id"]), *county)
    done = next(ob for ob in reported["obligations"] if ob["id"] == phone["id"])
    assert done["state"] == "done" and done["minutes_late"] == 0 and done["done_at"]
    assert all(r["done_at"] for r in done["recipients"])

    again = run(tmp_path, "incident", "report", str(phone["id"]), *args)
    assert again.returncode == 2 and "已完成" in again.stderr
    second = str(phone["id"] + 1)
    blank_to = ("--method", "电话", "--to", " ", "--by", "张三")
    missing = run(tmp_path, "incident", "report", second, *blank_to)
    assert missing.returncode == 2 and "报送单位" in missing.stderr
    back = run(tmp_path, "incident", "report", second, *args, "--at", "2025-01-01T08:00+08:00")
    assert back.returncode == 2 and "说明原因" in back.stderr

    shown = ok(tmp_path, "incident", "show", str(incident["id"]), "--json")
    assert shown["obligations"] == reported["obligations"]
    text = run(tmp_path, "incident", "show", str(incident["id"]))
    assert text.returncode == 0 and "首报·电话" in text.stdout and "按时完成" in text.stdout

    closed = ok(tmp_path, "incident", "close", str(incident["id"]), "--note", "现场处置完毕")
    assert closed["status"] == "closed" and closed["closed_at"]
    assert "final" in kinds(closed, *LIVE)  # 终报 due
    assert "followup" in kinds(closed, "cancelled")


def test_status_obligations_use_the_same_object(tmp_path: Path) -> None:
    ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "滑坡", "trapped": 3}')
    status = ok(tmp_path, "status", "--json", "--at", "2099-01-01T00:00+08:00")
    assert status["obligations"]
    for ob in status["obligations"]:
        assert OBLIGATION_KEYS | {"incident_id", "title", "minutes_left"} == set(ob)
        assert ob["state"] == "overdue" and ob["minutes_late"] > 0 and ob["title"] == "滑坡"


def test_void_prints_the_voided_incident_and_cancels_its_clocks(tmp_path: Path) -> None:
    incident = ok(
        tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "误报", "deaths": 3}'
    )
    assert (incident["status"], incident["voided_at"], incident["void_reason"]) == (
        "open",
        None,
        "",
    )
    other = ok(
        tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "真实事件", "trapped": 3}'
    )
    voided = ok(tmp_path, "incident", "void", str(incident["id"]), "--reason", "重复接报")
    assert voided["status"] == "voided" and voided["void_reason"] == "重复接报"
    assert voided["voided_at"] and voided["voided_at"].endswith("+08:00")
    assert kinds(voided, *LIVE) == [] and len(kinds(voided, "cancelled")) == 3
    shown = ok(tmp_path, "incident", "show", str(incident["id"]), "--json")
    assert shown == voided
    text = run(tmp_path, "incident", "show", str(incident["id"]))
    assert text.returncode == 0 and "已作废" in text.stdout and "重复接报" in text.stdout
    status = ok(tmp_path, "status", "--json", "--at", "2099-01-01T00:00+08:00")
    assert status["obligations"]
    assert {ob["incident_id"] for ob in status["obligations"]} == {other["id"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--reason", "  "), "作废须说明原因"),
        (("--reason", "误报"), "不能重复作废"),
    ],
)
def test_void_errors_exit_2_in_chinese(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "误报"}')
    if message == "不能重复作废":
        ok(tmp_path, "incident", "void", "1", "--reason", "误报")
    before = count(tmp_path, "audit")
    result = run(tmp_path, "incident", "void", "1", *args)
    assert result.returncode == 2 and message in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert count(tmp_path, "audit") == before


def test_void_of_an_unknown_incident_or_without_reason_exits_2(tmp_path: Path) -> None:
    missing = run(tmp_path, "incident", "void", "7", "--reason", "误报")
    assert missing.returncode == 2 and "找不到" in missing.stderr
    no_reason = run(tmp_path, "incident", "void", "7")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr


def test_receive_refuses_a_received_at_in_the_future(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "已有事件"}')
    before = (count(tmp_path, "incident"), count(tmp_path, "obligation"), count(tmp_path, "audit"))
    ahead = (datetime.now().astimezone() + timedelta(hours=3)).isoformat()
    for key in ("received_at", "occurred_at"):
        result = run(tmp_path, "incident", "receive", "--json", "-", stdin=json.dumps({key: ahead}))
        assert result.returncode == 2 and "不能晚于当前时间（允许1分钟误差）" in result.stderr
        assert result.stdout == ""
    after = (count(tmp_path, "incident"), count(tmp_path, "obligation"), count(tmp_path, "audit"))
    assert after == before


def test_update_cannot_empty_a_given_title(tmp_path: Path) -> None:
    ok(tmp_path, "incident", "receive", "--json", "-", stdin='{"title": "化工厂爆炸"}')
    result = run(tmp_path, "incident", "update", "1", "--json", "-", stdin='{"title": " "}')
    assert result.returncode == 2 and "标题不能为空" in result.stderr
    assert ok(tmp_path, "incident", "show", "1", "--json")["title"] == "化工厂爆炸"


def test_a_forest_fire_and_an_earthquake_carry_their_figures_through_the_cli(
    tmp_path: Path,
) -> None:
    fire = {
        "received_at": "2025-11-23T14:00+08:00",
        "title": "青山林场山火",
        "category": "自然灾害",
        "subtype": "森林草原火灾",
        "forest_area_ha": 150,
    }
    incident = ok(tmp_path, "incident", "receive", "--json", "-", stdin=json.dumps(fire))
    assert (incident["forest_area_ha"], incident["magnitude"]) == (150.0, 0.0)
    assert incident["grade"] == "重大"
    assert incident["grade_reason"].startswith("按《森林防火条例》第四十条：受害森林面积150公顷")
    quake = ok(
        tmp_path,
        "incident",
        "update",
        "1",
        "--json",
        "-",
        stdin=json.dumps({"subtype": "地震灾害", "forest_area_ha": 0, "magnitude": 5.2}),
    )
    assert quake["grade"] == "较大" and "初判较大" in quake["grade_reason"]
    text = run(tmp_path, "incident", "show", "1")
    assert text.returncode == 0, text.stderr
    assert "震级：5.2级" in text.stdout and "受害森林面积" not in text.stdout
    assert "定级依据：按《国家地震应急预案》：" in text.stdout
    bad = run(tmp_path, "incident", "update", "1", "--json", "-", stdin='{"magnitude": -1}')
    assert bad.returncode != 0 and "震级不能为负数" in bad.stderr
