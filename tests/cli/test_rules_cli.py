"""`dutyroom rules list|presets|apply-preset|import|export`, run as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dutyroom.rule_defaults import DEFAULT_RULES, PRESETS
from dutyroom.rules import rule_to_dict

ROOT = Path(__file__).resolve().parents[2]
NOTE = "已经产生的报送时限保持原时限不变"


def run(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "dutyroom", "--data-dir", str(data), "rules", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, input=stdin,
    )  # fmt: skip


def listed(data: Path) -> list[dict[str, object]]:
    result = run(data, "list", "--json")
    assert result.returncode == 0, result.stderr
    rules: list[dict[str, object]] = json.loads(result.stdout)
    return rules


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_list_json_is_a_list_of_rule_dicts_and_the_text_names_each_source(data_dir: Path) -> None:
    rules = listed(data_dir)
    assert [r["code"] for r in rules] == [r.code for r in DEFAULT_RULES]
    assert {**rules[0], "id": None} == {**rule_to_dict(DEFAULT_RULES[0]), "id": None}
    text = run(data_dir, "list")
    assert text.returncode == 0, text.stderr
    assert "一般·书面（general_written）" in text.stdout
    assert "自接报起 2小时" in text.stdout
    assert "依据：《生产安全事故报告和调查处理条例》第十一条" in text.stdout


def test_presets_and_apply_preset_with_the_note(data_dir: Path) -> None:
    presets = run(data_dir, "presets")
    assert presets.returncode == 0, presets.stderr
    for name in ("河南", "武汉", "宝鸡（一般3小时）"):
        assert name in presets.stdout
    applied = run(data_dir, "apply-preset", "宝鸡（一般3小时）")
    assert applied.returncode == 0, applied.stderr
    assert NOTE in applied.stdout
    general = next(r for r in listed(data_dir) if r["code"] == "general_written")
    assert general["offset_minutes"] == 180
    unknown = run(data_dir, "apply-preset", "北京")
    assert unknown.returncode == 2
    assert "没有名为“北京”的预设" in unknown.stderr
    assert len(listed(data_dir)) == len(PRESETS["宝鸡（一般3小时）"])


def test_export_then_import_round_trips_and_a_change_is_saved(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "rules.json"
    exported = run(data_dir, "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    rules = json.loads(out.read_text("utf-8"))
    assert run(data_dir, "export", "--out", str(out)).returncode == 2  # never overwritten
    rules[2]["offset_minutes"] = 240
    imported = run(data_dir, "import", "-", stdin=json.dumps(rules, ensure_ascii=False))
    assert imported.returncode == 0, imported.stderr
    assert NOTE in imported.stdout
    assert listed(data_dir)[2]["offset_minutes"] == 240


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "不是有效的 JSON"),
        ('{"code": "x"}', "规则文件应为规则列表"),
        ('[{"code": "x", "name": "X"}]', "第1条规则：规则数据缺少字段“applies”"),
    ],
)
def test_a_bad_file_saves_nothing_and_says_why(data_dir: Path, payload: str, message: str) -> None:
    before = listed(data_dir)
    result = run(data_dir, "import", "-", stdin=payload)
    assert result.returncode == 2
    assert message in result.stderr and "未保存任何规则" in result.stderr
    assert listed(data_dir) == before


def test_an_invalid_rule_in_the_file_saves_nothing(data_dir: Path, tmp_path: Path) -> None:
    before = listed(data_dir)
    rules = [rule_to_dict(r) for r in DEFAULT_RULES]
    rules[1]["code"] = rules[0]["code"]  # a repeated code
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(rules, ensure_ascii=False), "utf-8")
    result = run(data_dir, "import", str(path))
    assert result.returncode == 2
    assert "规则代码“first_phone”重复" in result.stderr
    assert listed(data_dir) == before
    missing = run(data_dir, "import", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 2 and "无法读取" in missing.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"condition": "x"}, "“condition”须为对象"),
        ({"offset_minutes": "abc"}, "“offset_minutes”须为整数"),
        ({"kind": "fax"}, "“kind”的值“fax”无效"),
        ({"at_times": 5}, "应为列表"),
    ],
)
def test_a_wrongly_typed_field_is_named_in_chinese_and_saves_nothing(
    data_dir: Path, change: dict[str, object], message: str
) -> None:
    before = listed(data_dir)
    rules = [rule_to_dict(r) for r in DEFAULT_RULES]
    rules[0].update(change)
    result = run(data_dir, "import", "-", stdin=json.dumps(rules, ensure_ascii=False))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and listed(data_dir) == before
