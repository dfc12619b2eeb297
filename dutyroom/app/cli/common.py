"""What every CLI module shares: exit codes, the error that carries one, opening the room."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from dutyroom.services import DutyRoom

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A message for the person at the terminal, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


MAX_ID = 2**63 - 1  # SQLite's largest integer: no record can have a larger id


def record_id(text: str) -> int:
    """An argparse type for a record's number: a positive whole number SQLite can hold."""
    import argparse

    try:
        value = int(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"编号应为正整数：{text[:40]}") from exc
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"找不到编号为 {text[:40]} 的记录（编号超出范围）")
    return value


def open_room(data_dir: Path) -> DutyRoom:
    from dutyroom.app.compose import open_room as compose

    room = compose(data_dir)
    room.set_actor("命令行")
    return room


def parse_at(text: str | None, room: DutyRoom) -> datetime | None:
    """An ISO-8601 time from the command line; without an offset it is the bureau's local time."""
    from datetime import datetime

    if not text:
        return None
    from dutyroom.incident_fields import MAX_YEAR, MIN_YEAR

    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        example = "2026-12-01T08:29+08:00"
        raise CliError(f"无法识别的时间：{text}（应为 ISO-8601，如 {example}）") from exc
    if not MIN_YEAR <= at.year <= MAX_YEAR:  # deadlines and shifts are computed from it
        raise CliError(f"时间超出范围（{MIN_YEAR}–{MAX_YEAR}年）：{text}")
    return at if at.tzinfo else at.replace(tzinfo=room.bureau.timezone())
