"""The `dutyroom` command: no arguments starts the GUI; subcommands run headless without Qt.

Each area adds its subcommands from its own module (CLI_MODULES) through `add_parsers(sub)`,
setting `handler` on its parsers; heavy imports stay inside the handlers so `status` stays fast.
The modules are imported by name, not through importlib, so PyInstaller's analysis sees them.
Every process start passes through here, the GUI's too: the modules import only what building
the parser needs, each handler imports the rest, and a bare `dutyroom` builds no parser at all.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom import __version__
from dutyroom.app.cli import (
    bureau,
    documents,
    holidays,
    incident,
    leaders,
    log,
    maintenance,
    roster,
    rules,
)
from dutyroom.app.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    open_room,
    parse_at,
)
from dutyroom.app.paths import backups_dir, database_path, default_data_dir
from dutyroom.errors import DutyRoomError

if TYPE_CHECKING:
    import argparse

CLI_MODULES = (roster, incident, documents, leaders, maintenance, holidays, log, rules, bureau)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="dutyroom", description="应急管理局值班室值守系统。不带子命令时启动图形界面。"
    )
    parser.add_argument("--version", action="version", version=f"dutyroom {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="数据目录（也可用环境变量 DUTYROOM_DATA_DIR 指定）"
    )
    sub = parser.add_subparsers(dest="command", metavar="子命令")
    sub.add_parser("check", help="检查数据库完整性与版本").set_defaults(handler=cmd_check)
    backup = sub.add_parser("backup", help="在线备份数据库")
    backup.add_argument("--out", type=Path, help="备份文件路径（默认：数据目录下 backups/）")
    backup.add_argument("--keep", type=int, default=30, help="默认目录中保留的备份份数")
    backup.set_defaults(handler=cmd_backup)
    demo = sub.add_parser("demo", help="向空数据库填入示范数据")
    demo.add_argument("--force", action="store_true", help="数据库已有数据时仍然填入")
    demo.set_defaults(handler=cmd_demo)
    status = sub.add_parser("status", help="当前值班人员与未完成的报送时限")
    status.add_argument("--json", action="store_true", help="以 JSON 输出（键名见 README）")
    status.add_argument("--at", help="查询时刻（ISO-8601，如 2026-12-01T08:29+08:00）")
    status.set_defaults(handler=cmd_status)
    for module in CLI_MODULES:
        module.add_parsers(sub)
    return parser


# Optional imports of sqlite-utils that dutyroom never needs (it maps numpy/pandas values, which
# we never insert); numpy alone costs ~70 ms of every start where it happens to be installed.
UNUSED_OPTIONAL_MODULES = ("numpy", "pandas")


def skip_unused_optional_imports() -> None:
    """Make those optional imports fail at once; only for a real process (argv=None), so a test
    or a host program that calls main([...]) keeps its numpy."""
    for name in UNUSED_OPTIONAL_MODULES:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # a real process, not a test or a host program calling main([...])
        skip_unused_optional_imports()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # the usual GUI start: what the parser would say, without building it
        return run_gui(default_data_dir())
    gui_folder = _data_dir_only(arguments)
    if gui_folder is not None:  # `dutyroom --data-dir D` (a training copy's shortcut): the same
        return run_gui(gui_folder)
    parser = build_parser()
    args = parser.parse_args(arguments)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command is None:
        return run_gui(data_dir)
    handler = getattr(args, "handler", None)
    if handler is None:  # a group such as `dutyroom roster` without its action
        parser.parse_args([args.command, "--help"])
        return EXIT_USAGE
    try:
        result: int = handler(args, data_dir)
        return result
    except CliError as exc:
        print(f"dutyroom: {exc}", file=sys.stderr)
        return exc.code
    except DutyRoomError as exc:
        print(f"dutyroom: {exc.message}", file=sys.stderr)
        return EXIT_USAGE


def _data_dir_only(arguments: Sequence[str]) -> Path | None:
    """D when the arguments are just `--data-dir D` or `--data-dir=D`, as the parser would read
    them (building it costs 8 ms of the start); anything else goes to the parser."""
    option = "--data-dir"
    if len(arguments) == 2 and arguments[0] == option:
        value = arguments[1]
    elif len(arguments) == 1 and arguments[0].startswith(option + "="):
        value = arguments[0][len(option) + 1 :]
    else:
        return None
    return Path(value) if value and not value.startswith("-") else None


def run_gui(data_dir: Path) -> int:
    # After an unclean exit the database's quick_check comes first, on its own thread: SQLite
    # reads the file while this thread imports Qt (ui/app.py waits for the result before it opens
    # the database). After a clean exit ui/app.py checks after the first paint instead.
    from dutyroom.app.clean_exit import RunMarker

    early = None
    if RunMarker(data_dir).left_by_an_unclean_exit():
        from dutyroom.app.compose import EarlyQuickCheck

        early = EarlyQuickCheck(data_dir).result
    from ui.app import run  # the GUI is imported only when it is asked for

    code: int = run(data_dir, sys.argv[:1], early_check=early)
    return code


def cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    from db import check_database

    path = database_path(data_dir)
    if not path.exists():
        raise CliError(f"数据库不存在：{path}", EXIT_CHECK_FAILED)
    from db.backup import CheckImpossibleError

    try:
        problems = check_database(path)
    except CheckImpossibleError as exc:
        raise CliError(exc.message) from exc  # exit 2: the disk, not the database
    if problems:
        print(f"数据库检查未通过：{path}", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    print(f"数据库正常：{path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, data_dir: Path) -> int:
    import sqlite3
    from datetime import datetime

    from db import backup_to, backup_with_retention
    from dutyroom.errors import StorageError

    path = database_path(data_dir)
    if not path.exists():
        raise CliError(f"数据库不存在：{path}")
    if args.keep < 1:
        raise CliError("--keep 至少为 1")
    from db.backup import storage_reason

    target = args.out or backups_dir(data_dir)
    try:
        if args.out:
            if args.out.exists():
                raise CliError(f"目标文件已存在，未覆盖：{args.out}")
            out = backup_to(path, args.out)
        else:
            now = datetime.now().astimezone()
            out = backup_with_retention(path, backups_dir(data_dir), args.keep, now)
    except StorageError as exc:
        raise CliError(f"备份未完成：{exc.message}") from exc
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
            raise CliError(f"备份未完成：{path} 不是 SQLite 数据库文件（已损坏？）") from exc
        reason = storage_reason(exc) or f"{type(exc).__name__}：{exc}"
        raise CliError(f"备份未完成：{reason}（{target}）；数据库未受影响") from exc
    print(f"已备份到：{out}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.demo import fill

    room = open_room(data_dir)
    if not room.is_empty() and not args.force:
        raise CliError("数据库中已有数据，未做任何修改；确需填入示范数据请加 --force")
    created = fill(room)
    print(
        f"已填入示范数据：人员{created['people']}人，排班{created['roster_days']}天，"
        f"事件{created['incidents']}起，通讯录{created['contacts']}条。"
    )
    return EXIT_OK


def cmd_status(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.status import status_dict, status_text

    room = open_room(data_dir)
    data = status_dict(room, parse_at(args.at, room))
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else status_text(data))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
