"""`dutyroom log add|report` in a subprocess: a 预警's clocks in `status --json`, 办结 from the
command line, and bad input refused with exit 2 in Chinese, never a traceback."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from tests.cli.test_incident_cli import OBLIGATION_KEYS, count, ok, run


def test_log_add_json_and_status_list_the_clocks_without_an_incident(tmp_path: Path) -> None:
    added = ok(tmp_path, "log", "add", "--kind", "预警", "--text", "县气象台发布暴雨橙色预警",
               "--by", "孙丽娟", "--json")  # fmt: skip
    assert added["kind"] == "预警" and added["content"] == "县气象台发布暴雨橙色预警"
    assert added["taken_by"] == "孙丽娟"
    rules = [ob["rule"] for ob in added["obligations"]]
    assert rules == ["预警·报告带班领导", "预警·转发"]
    leader = added["obligations"][0]
    assert OBLIGATION_KEYS | {"log_entry_id"} == set(leader)
    assert leader["log_entry_id"] == added["id"] and leader["kind"] == "task"
    assert leader["recipients"] == [{"unit": "带班领导", "done_at": None}]
    at = datetime.fromisoformat(added["at"])
    assert datetime.fromisoformat(leader["due_at"]) - at == timedelta(minutes=10)

    status = ok(tmp_path, "status", "--json")
    mine = [ob for ob in status["obligations"] if ob["incident_id"] is None]
    assert [ob["id"] for ob in mine] == [ob["id"] for ob in added["obligations"]]
    assert all(ob["log_entry_id"] == added["id"] for ob in mine)
    assert mine[0]["title"] == "县气象台发布暴雨橙色预警" and mine[0]["log_kind"] == "预警"
    assert mine[0]["minutes_left"] in (9, 10)
    text = run(tmp_path, "status")
    assert text.returncode == 0 and f"日志#{added['id']} 县气象台发布暴雨橙色预警" in text.stdout


def test_aliases_and_plain_kinds(tmp_path: Path) -> None:
    document = ok(tmp_path, "log", "add", "--kind", "来文", "--text", "市应急局通知", "--json")
    assert document["kind"] == "文电"
    assert [ob["rule"] for ob in document["obligations"]] == ["来文·办理"]
    instruction = ok(tmp_path, "log", "add", "--kind", "批示", "--text", "县长批示", "--json")
    assert instruction["kind"] == "领导批示" and len(instruction["obligations"]) == 2
    call = ok(tmp_path, "log", "add", "--kind", "来电", "--text", "县消防大队来电", "--json")
    assert call["obligations"] == []
    plain = run(tmp_path, "log", "add", "--kind", "去电", "--text", "回电县消防大队")
    assert plain.returncode == 0 and "已登记日志" in plain.stdout


def test_log_report_completes_one_and_incident_report_refuses_it(tmp_path: Path) -> None:
    added = ok(tmp_path, "log", "add", "--kind", "预警", "--text", "暴雨橙色预警", "--json")
    leader, forward = (ob["id"] for ob in added["obligations"])
    refused = run(tmp_path, "incident", "report", str(leader), "--method", "电话", "--to",
                  "带班领导", "--by", "孙丽娟")  # fmt: skip
    assert refused.returncode == 2 and "dutyroom log report" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = ok(tmp_path, "log", "report", str(leader), "--method", "电话", "--to", "带班领导",
              "--by", "孙丽娟")  # fmt: skip
    assert done["state"] == "done" and done["minutes_late"] == 0
    assert done["recipients"][0]["done_at"] is not None and done["log_entry_id"] == added["id"]
    again = run(tmp_path, "log", "report", str(leader), "--method", "电话", "--to", "带班领导",
                "--by", "孙丽娟")  # fmt: skip
    assert again.returncode == 2 and "已完成" in again.stderr
    earlier = (datetime.now().astimezone() - timedelta(hours=1)).isoformat()
    no_reason = run(tmp_path, "log", "report", str(forward), "--method", "传真", "--to",
                    "各乡镇", "--by", "孙丽娟", "--at", earlier)  # fmt: skip
    assert no_reason.returncode == 2 and "请说明原因" in no_reason.stderr
    status = ok(tmp_path, "status", "--json")
    assert [ob["id"] for ob in status["obligations"] if ob["incident_id"] is None] == [forward]


def test_log_report_of_an_incident_deadline_points_to_incident_report(tmp_path: Path) -> None:
    incident = ok(tmp_path, "incident", "receive", "--json", "-",
                  stdin=json.dumps({"title": "仓库火灾", "category": "火灾"}))  # fmt: skip
    first = incident["obligations"][0]["id"]
    result = run(tmp_path, "log", "report", str(first), "--method", "电话", "--to", "市应急管理局",
                 "--by", "孙丽娟")  # fmt: skip
    assert result.returncode == 2 and "dutyroom incident report" in result.stderr


def test_bad_kinds_text_times_and_ids_exit_2_in_chinese(tmp_path: Path) -> None:
    ok(tmp_path, "log", "add", "--kind", "来电", "--text", "先建库", "--json")
    before = count(tmp_path, "log_entry"), count(tmp_path, "obligation")
    for args, words in (
        (("--kind", "天气", "--text", "暴雨"), "无法识别的日志类别"),
        (("--kind", "预警", "--text", "   "), "请填写日志内容"),
        (("--kind", "预警", "--text", "暴雨", "--at", "昨天"), "无法识别的时间"),
        (("--kind", "预警", "--text", "x" * 2001), "日志内容过长"),
    ):
        result = run(tmp_path, "log", "add", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr
    missing = run(tmp_path, "log", "report", "999", "--method", "电话", "--to", "x", "--by", "y")
    assert missing.returncode == 2 and "找不到" in missing.stderr
    assert (count(tmp_path, "log_entry"), count(tmp_path, "obligation")) == before
