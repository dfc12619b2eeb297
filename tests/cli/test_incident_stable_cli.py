"""`dutyroom incident stable` and the recipients of `incident report --to` and `incident show`
(issue 14), in a subprocess as a script would run them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.cli.test_incident_cli import count, ok, run

TZ = timezone(timedelta(hours=8))
CITY, COUNTY = "市应急管理局", "县人民政府总值班室"


def receive(data: Path, **fields: object) -> dict[str, object]:
    received = datetime.now(TZ).replace(microsecond=0) - timedelta(hours=3)
    payload = {"received_at": received.isoformat(), **fields}
    return ok(data, "incident", "receive", "--json", "-", stdin=json.dumps(payload))


def kinds(incident: dict[str, object]) -> dict[str, str]:
    obligations = incident["obligations"]
    assert isinstance(obligations, list)
    return {o["kind"]: o["state"] for o in obligations}


def test_stable_ends_the_daily_report_and_starts_the_verification(tmp_path: Path) -> None:
    disaster = receive(tmp_path, title="青山乡山体滑坡", category="自然灾害")
    assert disaster["stable_at"] is None
    assert "verify" not in kinds(disaster) and kinds(disaster)["followup"] == "pending"
    received = datetime.fromisoformat(str(disaster["received_at"]))
    at = (received + timedelta(hours=1)).isoformat()
    stable = ok(tmp_path, "incident", "stable", str(disaster["id"]), "--at", at)
    assert datetime.fromisoformat(str(stable["stable_at"])) == received + timedelta(hours=1)
    assert kinds(stable)["followup"] == "cancelled"
    assert kinds(stable)["verify"] == "pending"
    shown = run(tmp_path, "incident", "show", str(disaster["id"]))
    assert shown.returncode == 0, shown.stderr
    assert "灾情稳定：" in shown.stdout and "（核报）" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--at", "昨天下午"), "无法识别的时间"),
        (("--at", "2099-01-01T08:00+08:00"), "不能晚于当前时间"),
        (("--at", "2000-01-01T08:00+08:00"), "不能早于接报时间"),
    ],
)
def test_stable_bad_input_exits_2_in_chinese(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    disaster = receive(tmp_path, title="青山乡山体滑坡", category="自然灾害")
    before = count(tmp_path, "audit")
    result = run(tmp_path, "incident", "stable", str(disaster["id"]), *args)
    assert result.returncode == 2, result
    assert message in result.stderr and "Traceback" not in result.stderr
    assert count(tmp_path, "audit") == before  # refused: nothing written


def test_stable_twice_or_of_an_unknown_incident_exits_2(tmp_path: Path) -> None:
    disaster = receive(tmp_path, title="青山乡山体滑坡", category="自然灾害")
    ok(tmp_path, "incident", "stable", str(disaster["id"]))
    again = run(tmp_path, "incident", "stable", str(disaster["id"]))
    assert again.returncode == 2 and "已标记灾情稳定" in again.stderr
    unknown = run(tmp_path, "incident", "stable", "999")
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


def test_report_to_one_recipient_then_both_at_once(tmp_path: Path) -> None:
    larger = receive(tmp_path, title="某化工厂爆炸", category="事故灾难", deaths=4)
    obligations = larger["obligations"]
    assert isinstance(obligations, list)
    phone = next(o for o in obligations if o["kind"] == "phone")
    written = next(o for o in obligations if o["kind"] == "written")
    report = ("--method", "电话", "--by", "吴倩")
    after = ok(tmp_path, "incident", "report", str(phone["id"]), "--to", CITY, *report)
    half = next(o for o in after["obligations"] if o["id"] == phone["id"])
    assert half["done_at"] is None
    assert [(r["unit"], r["done_at"] is not None) for r in half["recipients"]] == [
        (CITY, True),
        (COUNTY, False),
    ]
    shown = run(tmp_path, "incident", "show", str(larger["id"])).stdout
    line = next(x for x in shown.splitlines() if x.startswith(f"  #{phone['id']} "))
    assert line.endswith(f"未报：{COUNTY}"), line

    both = f"{CITY}、{COUNTY}"
    done = ok(tmp_path, "incident", "report", str(written["id"]), "--to", both, *report)
    finished = next(o for o in done["obligations"] if o["id"] == written["id"])
    assert finished["state"] in ("done", "done_late")
    assert all(r["done_at"] for r in finished["recipients"])
    shown = run(tmp_path, "incident", "show", str(larger["id"])).stdout
    line = next(x for x in shown.splitlines() if x.startswith(f"  #{written['id']} "))
    assert "未报" not in line, line
