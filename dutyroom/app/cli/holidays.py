"""`dutyroom holidays …`: the State Council's notice imported, days entered by hand, the list.

The services are imported inside the handlers so that `dutyroom status` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom.app.cli.common import EXIT_OK, EXIT_USAGE, CliError, open_room

if TYPE_CHECKING:
    import argparse

    from dutyroom.roster_service import NoticePreview

DAY_TYPES = ("法定节假日", "调休补班日", "工作日", "休息日")
YEAR_HINT = "通知中没有年份：请用 --year 指定，如 --year 2027。"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    holidays = sub.add_parser("holidays", help="节假日：导入国务院通知、逐日录入、查看")
    actions = holidays.add_subparsers(dest="holidays_command", metavar="操作")
    imp = actions.add_parser(
        "import-notice", help="导入国务院办公厅节假日安排通知（全部成功或全部不导入）"
    )
    imp.add_argument("file", help="通知全文（文本文件，- 为标准输入）")
    imp.add_argument("--year", type=int, help="年份（通知正文中没有年份时必须指定）")
    imp.add_argument("--dry-run", action="store_true", help="只检查并预览，不写入")
    imp.set_defaults(handler=cmd_holidays_import_notice)
    add = actions.add_parser("add", help="录入或更正某一天的类型（优先于内置数据）")
    add.add_argument("date", help="日期，如 2027-02-06")
    add.add_argument("--type", required=True, choices=DAY_TYPES, help="日子类型")
    add.add_argument("--note", default="", help="说明，如：春节")
    add.set_defaults(handler=cmd_holidays_add)
    lst = actions.add_parser("list", help="列出一年的法定节假日、调休补班日与手工录入")
    lst.add_argument("--year", type=int, help="年份（默认今年）")
    lst.set_defaults(handler=cmd_holidays_list)


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"无法读取文件：{path}（{exc.strerror or exc}）") from exc
    from dutyroom.holiday_notice import decode_notice

    text = decode_notice(raw)
    if text is None:
        raise CliError(f"文件不是 UTF-8 或 GBK 文本：{path}")
    return text


def _print_days(preview: NoticePreview) -> None:
    from dutyroom.holiday_notice import weekday_name

    for notice_day in preview.notice.days:
        day = notice_day.day
        kind, festival = notice_day.day_type, notice_day.festival
        print(f"  {day.isoformat()}  {weekday_name(day)}  {kind}  {festival}")


def cmd_holidays_import_notice(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.models import DayType

    text = _read_text(args.file)
    room = open_room(data_dir)
    preview = room.calendar.preview_notice(text, args.year)
    notice = preview.notice
    if not preview.ok:
        problems = preview.problems()
        print(f"导入未执行：发现{len(problems)}个问题，数据库未做任何修改。", file=sys.stderr)
        if preview.conflicts:
            print("通知与内置节假日数据（chinese-calendar）不一致：", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        if notice.year is None and args.year is None and "没有年份" in problems[0]:
            print(YEAR_HINT, file=sys.stderr)
        return EXIT_USAGE
    holidays, makeup = notice.count(DayType.HOLIDAY), notice.count(DayType.MAKEUP)
    what = f"{notice.year}年：法定节假日{holidays}天，调休补班日{makeup}天"
    if args.dry_run:
        print(f"预览（未写入）：{what}")
        _print_days(preview)
    else:
        room.calendar.import_notice(text, args.year)
        print(f"已导入国务院通知，{what}")
    for old in preview.replaced:
        note = f"（{old.note}）" if old.note else ""
        verb = "将替换" if args.dry_run else "已替换"
        print(f"  {verb}原手工录入：{old.day.isoformat()} {old.day_type}{note}")
    return EXIT_OK


def cmd_holidays_add(args: argparse.Namespace, data_dir: Path) -> int:
    from datetime import date

    from dutyroom.models import DayType

    try:
        day = date.fromisoformat(args.date.strip())
    except ValueError as exc:
        raise CliError(f"无法识别的日期：{args.date}（应为 YYYY-MM-DD，如 2027-02-06）") from exc
    room = open_room(data_dir)
    room.calendar.set_override(day, DayType(args.type), args.note)
    note = f"（{args.note.strip()}）" if args.note.strip() else ""
    print(f"已录入：{day.isoformat()} {args.type}{note}")
    missing = room.calendar.missing_years(day, day)
    if missing:
        print(room.calendar.missing_message(missing))
    return EXIT_OK


def cmd_holidays_list(args: argparse.Namespace, data_dir: Path) -> int:
    from datetime import date

    from dutyroom.calendar import iter_days, package_knows
    from dutyroom.holiday_notice import weekday_name
    from dutyroom.models import DayType

    room = open_room(data_dir)
    year = args.year if args.year is not None else room.today().year
    if not 2000 <= year <= 2100:
        raise CliError(f"年份超出范围（2000–2100年）：{year}")
    if package_knows(year):
        source = "内置数据（chinese-calendar）"
    elif year in room.calendar.notice_years():
        source = "已导入国务院通知"
    else:
        source = "手工录入"
    print(f"{year}年节假日（来源：{source}；手工录入优先）")
    shown = 0
    for day in iter_days(date(year, 1, 1), date(year, 12, 31)):
        info = room.calendar.info(day)
        if info.day_type in (DayType.HOLIDAY, DayType.MAKEUP) or info.overridden:
            mark = "  [录入]" if info.overridden else ""
            print(f"  {day.isoformat()}  {weekday_name(day)}  {info.day_type}  {info.name}{mark}")
            shown += 1
    if not shown:
        print("  （没有法定节假日或调休补班日）")
    missing = room.calendar.missing_years(date(year, 1, 1), date(year, 12, 31))
    if missing:
        print(room.calendar.missing_message(missing))
    return EXIT_OK
