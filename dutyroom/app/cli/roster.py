"""`dutyroom roster …` and `dutyroom people …`: Excel import and export, month generation.

openpyxl and the services are imported inside the handlers so that `dutyroom status` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom.app.cli.common import EXIT_OK, EXIT_USAGE, open_room

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from dutyroom.excel.roster_import import RowProblem
    from dutyroom.roster import Problem

MAKER_HELP = "制表人姓名（页脚）；默认为当前值班员"
CREATE_HINT = "如需自动新建名单中没有的人员，请加 --create-missing-people 重新导入。"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    roster = sub.add_parser("roster", help="排班：Excel 导入导出、按月生成")
    actions = roster.add_subparsers(dest="roster_command", metavar="操作")
    imp = actions.add_parser("import", help="从 Excel 导入排班（全部成功或全部不导入）")
    imp.add_argument("file", type=Path, help="排班表（.xlsx）")
    imp.add_argument("--dry-run", action="store_true", help="只检查并预览，不写入")
    imp.add_argument("--sheet", help="工作表名称（默认：打开时显示的可见工作表）")
    imp.add_argument(
        "--create-missing-people", action="store_true", help="自动新建名单中没有的人员"
    )
    imp.set_defaults(handler=cmd_roster_import)
    exp = actions.add_parser("export", help="导出一个月的排班表（A4 横向）")
    exp.add_argument("--month", required=True, help="月份，如 2026-12")
    exp.add_argument("--out", type=Path, required=True, help="导出文件（.xlsx）")
    exp.add_argument("--maker", help=MAKER_HELP)
    exp.set_defaults(handler=cmd_roster_export)
    hol = actions.add_parser("export-holiday", help="导出节日假期值班安排表（报政府办，A4 横向）")
    hol.add_argument(
        "--holiday", required=True, help="节日：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节"
    )
    hol.add_argument("--year", type=int, required=True, help="年份，如 2027")
    hol.add_argument("--out", type=Path, required=True, help="导出文件（.xlsx）")
    hol.add_argument("--maker", help=MAKER_HELP)
    hol.set_defaults(handler=cmd_roster_export_holiday)
    gen = actions.add_parser("generate", help="按轮换生成一个月的排班")
    gen.add_argument("--month", required=True, help="月份，如 2026-12")
    gen.add_argument("--overwrite-manual", action="store_true", help="连手工调整过的日子一起重排")
    gen.set_defaults(handler=cmd_roster_generate)

    people = sub.add_parser("people", help="人员名单：Excel 导入导出")
    people_actions = people.add_subparsers(dest="people_command", metavar="操作")
    pimp = people_actions.add_parser("import", help="从 Excel 导入人员（全部成功或全部不导入）")
    pimp.add_argument(
        "file", type=Path, help="人员表（.xlsx）：姓名、职务、角色、单位、手机、办公电话"
    )
    pimp.add_argument("--dry-run", action="store_true", help="只检查并预览，不写入")
    pimp.set_defaults(handler=cmd_people_import)
    pexp = people_actions.add_parser("export", help="导出人员名单")
    pexp.add_argument("--out", type=Path, required=True, help="导出文件（.xlsx）")
    pexp.add_argument("--maker", help=MAKER_HELP)
    pexp.set_defaults(handler=cmd_people_export)


def _refuse(problems: Sequence[RowProblem], hint: str = "") -> int:
    print(f"导入未执行：发现{len(problems)}个问题，数据库未做任何修改。", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    if hint:
        print(hint, file=sys.stderr)
    return EXIT_USAGE


def _print_problems(problems: Sequence[Problem]) -> None:
    if not problems:
        print("排班检查：没有问题。")
        return
    print(f"排班检查：{len(problems)}个问题")
    for problem in problems:
        label = "错误" if problem.severity == "error" else "提醒"
        print(f"  [{label}] {problem.message}")


def cmd_roster_import(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.transfer import apply_roster_import, preview_roster_import

    room = open_room(data_dir)
    create = bool(args.create_missing_people)
    preview = preview_roster_import(room, args.file, create_missing_people=create, sheet=args.sheet)
    if preview.problems:
        unknown = any("不在人员名单中" in p.message for p in preview.problems)
        return _refuse(preview.problems, CREATE_HINT if unknown and not create else "")
    span = preview.span()
    assert span is not None  # a preview without problems has days
    new = "、".join(preview.new_people) or "无"
    what = f"{len(preview.days)}天（{span[0].isoformat()} 至 {span[1].isoformat()}）"
    if args.dry_run:
        print(f"预览（未写入）：工作表“{preview.sheet}”，排班{what}；将新建人员：{new}")
        return EXIT_OK
    apply_roster_import(room, preview)
    print(f"已导入排班{what}；新建人员：{new}")
    _print_problems(room.roster.validate(*span))
    return EXIT_OK


def cmd_roster_export(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.transfer import export_roster
    from dutyroom.roster_service import month_range, parse_month

    year, month = parse_month(args.month)
    room = open_room(data_dir)
    out = export_roster(room, year, month, args.out, maker=args.maker)
    print(f"已导出{year}年{month}月排班表：{out}")
    missing = room.calendar.missing_years(*month_range(year, month))
    if missing:
        print(room.calendar.missing_message(missing), file=sys.stderr)
    return EXIT_OK


def cmd_roster_export_holiday(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.transfer import export_holiday_roster

    room = open_room(data_dir)
    out = export_holiday_roster(room, args.holiday, args.year, args.out, maker=args.maker)
    print(f"已导出{args.year}年{args.holiday.strip()}假期值班安排表：{out}")
    return EXIT_OK


def cmd_roster_generate(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.roster_service import month_range, parse_month

    year, month = parse_month(args.month)
    room = open_room(data_dir)
    start, end = month_range(year, month)
    problems = room.roster.generate(start, end, overwrite_manual=bool(args.overwrite_manual))
    kept = "（手工调整已重排）" if args.overwrite_manual else "（保留手工调整）"
    print(f"已生成{year}年{month}月排班，共{end.day}天{kept}")
    _print_problems(problems)
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.transfer import apply_people_import, preview_people_import

    room = open_room(data_dir)
    preview = preview_people_import(room, args.file)
    if preview.problems:
        return _refuse(preview.problems)
    counts = f"新增{preview.count('add')}人，更新{preview.count('update')}人，"
    counts += f"无变化{preview.count('same')}人"
    if args.dry_run:
        print(f"预览（未写入）：{counts}")
        return EXIT_OK
    apply_people_import(room, preview)
    print(f"已导入人员：{counts}")
    return EXIT_OK


def cmd_people_export(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.transfer import export_people

    room = open_room(data_dir)
    out = export_people(room, args.out, maker=args.maker)
    print(f"已导出人员名单（{len(room.people.list())}人）：{out}")
    return EXIT_OK
