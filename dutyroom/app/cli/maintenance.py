"""`dutyroom restore`: replace a damaged database by a backup, headless, keeping the old file."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dutyroom.app.cli.common import EXIT_OK, CliError
from dutyroom.app.paths import backups_dir, database_path

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    restore = sub.add_parser("restore", help="用备份替换（损坏的）数据库；原文件改名保留")
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        help="备份文件（默认：数据目录下 backups/ 中最新的一份）",
    )
    restore.set_defaults(handler=cmd_restore)


def instance_name(data_dir: Path) -> str:
    """The single-instance name of the GUI on `data_dir` (the same derivation as
    ui/single_instance.server_name_for, repeated here because the CLI imports no Qt; a test
    keeps the two equal)."""
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return "dutyroom-" + hashlib.sha256(key).hexdigest()[:20]


LOCK_FILENAME = "dutyroom.lock"  # ui/instance_lock.py; a test keeps the two equal


def lock_held(data_dir: Path) -> bool:
    """True when the window's QLockFile in `data_dir` belongs to a live process.

    The window takes the lock before it opens the database and answers on its local server only
    after its first paint, so this covers the moments the server check below cannot (start-up,
    the damaged-database dialog). Windows: Qt keeps the lock file open without write sharing, so
    opening it for writing fails while the window runs. Elsewhere: the file's first line is the
    holder's process id, its third the host (a holder on another host counts as live).
    """
    import socket

    path = data_dir / LOCK_FILENAME
    if sys.platform == "win32":
        try:
            with open(path, "r+b"):
                return False  # nobody holds it open: left by a crash
        except FileNotFoundError:
            return False
        except OSError:
            return True
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    if len(lines) > 2 and lines[2] and lines[2] != socket.gethostname():
        return True  # cannot be checked from here
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def gui_running(data_dir: Path) -> bool:
    """True when a dutyroom window holds `data_dir`: its lock is live or its QLocalServer answers.

    POSIX: QLocalServer listens on a socket in the temp folder; connecting is cheap and harmless
    (the window ignores a connection that sends nothing). Windows: a named pipe of that name.
    """
    import contextlib
    import socket
    import tempfile

    if lock_held(data_dir):
        return True
    name = instance_name(data_dir)
    if sys.platform == "win32":
        return os.path.exists(rf"\\.\pipe\{name}")
    path = os.path.join(os.environ.get("TMPDIR") or tempfile.gettempdir(), name)
    if not os.path.exists(path):
        return False
    with contextlib.closing(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) as probe:
        probe.settimeout(0.5)
        try:
            probe.connect(path)
        except OSError:
            return False  # a stale socket file left by a crash
    return True


def cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    from datetime import datetime

    from dutyroom.app.compose import latest_backup, restore_backup

    if gui_running(data_dir):
        raise CliError("值班程序正在使用此数据目录，请先退出程序再恢复备份；未做任何修改")
    source: Path | None = args.source or latest_backup(data_dir)
    if source is None:
        raise CliError(f"没有找到备份：{backups_dir(data_dir)}")
    target = database_path(data_dir)
    kept = restore_backup(data_dir, source, datetime.now().astimezone())
    print(f"已用备份恢复数据库：{source} → {target}")
    if kept is not None:
        print(f"原数据库已改名保留：{kept}")
    return EXIT_OK
