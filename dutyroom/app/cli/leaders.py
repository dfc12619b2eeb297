"""`dutyroom` subcommands of the leaders' view: `stats`, `serve`, and the `export stats` action.

`export` is a group owned by documents.py; it registers our action by calling
`add_export_stats_parser(export_subparsers)` (one argparse parser cannot be added twice).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room
from dutyroom.app.paths import database_path

if TYPE_CHECKING:
    import argparse
    from datetime import date, tzinfo

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
    from dutyroom.services import DutyRoom
    from dutyroom.stats import Stats


def add_parsers(sub: Subparsers) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    stats = sub.add_parser("stats", help="值班统计：报送及时率、事件分布、查岗、值班时长")
    _period_arguments(stats)
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")
    stats.set_defaults(handler=cmd_stats)
    serve = sub.add_parser("serve", help="在局域网提供只读值班状态页（Ctrl+C 停止）")
    serve.add_argument("--bind", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机）")
    serve.add_argument("--port", type=int, default=8765, help="端口（0 表示自动选择空闲端口）")
    serve.add_argument("--token", help="访问令牌（不填则生成一个并打印）")
    serve.set_defaults(handler=cmd_serve)


def add_export_stats_parser(export_subparsers: Subparsers) -> None:
    """`dutyroom export stats --from DATE --to DATE --out FILE`, under the export group."""
    export = export_subparsers.add_parser("stats", help="导出值班统计工作簿（含图表）")
    _period_arguments(export)
    export.add_argument("--out", type=Path, required=True, help="输出文件（.xlsx）")
    export.set_defaults(handler=cmd_export_stats)


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", help="起始日期 YYYY-MM-DD（默认本月1日）")
    parser.add_argument("--to", dest="end", help="截止日期 YYYY-MM-DD，含当天（默认本月末）")


def _date(text: str, option: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CliError(f"{option} 日期无法识别：{text}（应为 YYYY-MM-DD）") from exc


def _stats(args: argparse.Namespace, data_dir: Path) -> tuple[DutyRoom, Stats, tzinfo]:
    from datetime import timedelta

    from dutyroom.stats import day_period, month_period

    room = open_room(data_dir)
    tz = room.bureau.timezone()
    month_start, month_end = month_period(room.today(), tz)
    first = _date(args.start, "--from") if args.start else month_start.date()
    last = _date(args.end, "--to") if args.end else month_end.date() - timedelta(days=1)
    if last < first:
        raise CliError("--to 不能早于 --from")
    return room, room.stats.period(*day_period(first, last, tz)), tz


def cmd_stats(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.stats import stats_to_dict
    from dutyroom.stats_text import stats_text

    _room, stats, tz = _stats(args, data_dir)
    data = stats_to_dict(stats, tz)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else stats_text(data))
    return EXIT_OK


def cmd_export_stats(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.stats_export import export_stats

    if Path(args.out).exists():
        raise CliError(f"目标文件已存在，未覆盖：{args.out}")
    room, stats, tz = _stats(args, data_dir)
    out = export_stats(stats, room.bureau.name(), tz, Path(args.out))
    print(f"已导出统计：{out}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.app.compose import read_only_status_source
    from dutyroom.app.lan_server import LanServer
    from dutyroom.lan_settings import new_token

    path = database_path(data_dir)
    if not path.exists():
        raise CliError(f"数据库不存在：{path}")
    if not 0 <= args.port <= 65535:
        raise CliError("--port 应在 0–65535 之间")
    token = args.token or new_token()
    try:
        server = LanServer(read_only_status_source(path), token, host=args.bind, port=args.port)
    except OSError as exc:
        raise CliError(f"无法在 {args.bind}:{args.port} 上监听：{exc.strerror or exc}") from exc
    print(f"只读值班状态页：{server.url}", flush=True)
    print(f"端口：{server.port}（按 Ctrl+C 停止）", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("已停止。", file=sys.stderr)
    finally:
        server.close()
    return EXIT_OK
