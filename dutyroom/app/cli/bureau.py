"""`dutyroom bureau …`: the bureau's name and what its papers carry (值班电话/传真, 值班时间,
主送机关, 签发人, 发文字号, 紧急程度)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

_OPTIONS = (
    ("--duty-phone", "duty_phone", "值班电话，如 0371-12345678"),
    ("--duty-fax", "duty_fax", "值班传真"),
    ("--duty-hours", "duty_hours", "值班时间（印在值班表上），如：全天24小时值班"),
    ("--report-to", "report_to", "书面报告的主送机关（留空：报送规则的第一个报送对象）"),
    ("--doc-number", "doc_number", "发文字号前缀，如 X应急值〔2026〕（报告加“N号”）"),
    ("--urgency", "urgency", "紧急程度：特急、加急，或空字符串"),
)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bureau = sub.add_parser("bureau", help="本单位：名称，值班电话/传真，书面报告的主送机关等")
    actions = bureau.add_subparsers(dest="bureau_command", metavar="操作")
    show = actions.add_parser("show", help="查看本单位设置")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=cmd_bureau_show)
    put = actions.add_parser("set", help="修改本单位设置（只改给出的项）")
    put.add_argument("--name", help="单位名称（值班室所属单位，如 某某县应急管理局）")
    for flag, dest, text in _OPTIONS:
        put.add_argument(flag, dest=dest, help=text)
    put.add_argument(
        "--show-signer", choices=("是", "否"), help="书面报告是否标注签发人（上行文一般标注）"
    )
    put.set_defaults(handler=cmd_bureau_set)


def cmd_bureau_show(args: argparse.Namespace, data_dir: Path) -> int:
    import json
    from dataclasses import asdict

    from dutyroom.paper_settings import FIELD_LABELS

    room = open_room(data_dir)
    paper = room.bureau.paper()
    if args.json:
        json.dump({"name": room.bureau.name(), **asdict(paper)}, sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    print(f"单位名称：{room.bureau.name()}")
    for key, label in FIELD_LABELS.items():
        value = getattr(paper, key)
        if isinstance(value, bool):
            value = "标注" if value else "不标注"
        print(f"{label}：{value or '（未设置）'}")
    return EXIT_OK


def cmd_bureau_set(args: argparse.Namespace, data_dir: Path) -> int:
    from dataclasses import replace

    from dutyroom.errors import ValidationError

    room = open_room(data_dir)
    changes: dict[str, object] = {
        dest: getattr(args, dest) for _, dest, _ in _OPTIONS if getattr(args, dest) is not None
    }
    if args.show_signer is not None:
        changes["show_signer"] = args.show_signer == "是"
    if not changes and args.name is None:
        raise CliError("没有要修改的项：请给出至少一个选项（dutyroom bureau set --help）。")
    from dutyroom.paper_settings import cleaned

    try:
        paper = cleaned(replace(room.bureau.paper(), **changes))  # type: ignore[arg-type]
        # Both checked before either is written: a wrong fax never leaves a new name behind.
        if args.name is not None:
            room.bureau.set_name(args.name)
        if changes:
            room.bureau.set_paper(paper)
    except ValidationError as exc:
        raise CliError(f"未保存：{exc}") from exc
    print("已保存本单位设置。")
    return EXIT_OK
