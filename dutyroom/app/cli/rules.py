"""`dutyroom rules …`: list, export, import and the presets of the reporting-deadline rules.

Every change prints the note that obligations already created keep their times (issue 14).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room

if TYPE_CHECKING:
    import argparse

    from dutyroom.models import Rule
    from dutyroom.services import DutyRoom

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parsers(sub: Subparsers) -> None:
    """Register `rules` and its actions; each parser sets `handler`."""
    rules = sub.add_parser("rules", help="报送时限规则：查看、导入导出、套用预设")
    actions = rules.add_subparsers(dest="rules_command", metavar="操作")
    listing = actions.add_parser("list", help="列出当前规则")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出（规则列表）")
    listing.set_defaults(handler=cmd_list)
    actions.add_parser("presets", help="列出可套用的预设").set_defaults(handler=cmd_presets)
    apply = actions.add_parser("apply-preset", help="以预设替换全部规则")
    apply.add_argument("name", help="预设名称（见 rules presets）")
    apply.set_defaults(handler=cmd_apply_preset)
    load = actions.add_parser("import", help="从 JSON 文件导入规则，替换全部规则")
    load.add_argument("file", help="JSON 文件（规则列表，格式同 export）；- 表示标准输入")
    load.set_defaults(handler=cmd_import)
    export = actions.add_parser("export", help="导出当前规则为 JSON 文件")
    export.add_argument("--out", type=Path, required=True, help="输出文件（.json）")
    export.set_defaults(handler=cmd_export)


def _saved(room: DutyRoom, rules: list[Rule], what: str) -> int:
    from dutyroom.rules import UNCHANGED_NOTE

    saved = room.incidents.save_rules(rules)
    print(f"{what}：已保存{len(saved)}条规则。")
    print(UNCHANGED_NOTE)
    return EXIT_OK


def _line(number: int, rule: Rule) -> str:
    from dutyroom.rule_conditions import describe
    from dutyroom.rules import ANCHOR_NAMES, SUBJECT_NAMES, deadline_text, recipients_text

    state = "启用" if rule.enabled else "停用"
    subject = SUBJECT_NAMES.get(rule.subject, rule.subject)
    return (
        f"{number:>2}. [{state}] {rule.name}（{rule.code}）  {subject}  {describe(rule.condition)}"
        f"  自{ANCHOR_NAMES[rule.anchor]}起 {deadline_text(rule)}"
        f"  报送：{recipients_text(rule)}\n    依据：{rule.source or '（未填）'}"
    )


def cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.rules import rule_to_dict

    rules = open_room(data_dir).incidents.rules()
    if args.json:
        print(json.dumps([rule_to_dict(r) for r in rules], ensure_ascii=False, indent=2))
    else:
        for number, rule in enumerate(rules, start=1):
            print(_line(number, rule))
    return EXIT_OK


def cmd_presets(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.rule_defaults import PRESETS

    for name, rules in PRESETS.items():
        print(f"{name}（{len(rules)}条规则）")
    return EXIT_OK


def cmd_apply_preset(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.rule_defaults import PRESETS

    name = args.name.strip()
    if name not in PRESETS:
        known = "、".join(PRESETS)
        raise CliError(f"没有名为“{name}”的预设（可选：{known}）；未做任何修改")
    room = open_room(data_dir)
    return _saved(room, list(PRESETS[name]), f"已套用预设“{name}”")


def cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.errors import ValidationError
    from dutyroom.rules import rules_from_json

    source = "标准输入" if args.file == "-" else args.file
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"无法读取 {source}：{exc}；未保存任何规则") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{source} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列）；未保存任何规则"
        ) from exc
    try:
        rules = rules_from_json(data)
    except ValidationError as exc:
        raise CliError(f"{exc.message}；未保存任何规则") from exc
    return _saved(open_room(data_dir), rules, f"已从 {source} 导入")


def cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.rules import rule_to_dict

    out = Path(args.out)
    if out.exists():
        raise CliError(f"目标文件已存在，未覆盖：{out}")
    rules = open_room(data_dir).incidents.rules()
    text = json.dumps([rule_to_dict(r) for r in rules], ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"已导出{len(rules)}条规则：{out}")
    return EXIT_OK
