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
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        example = "2026-12-01T08:29+08:00"
        raise CliError(f"无法识别的时间：{text}（应为 ISO-8601，如 {example}）") from exc
    return at if at.tzinfo else at.replace(tzinfo=room.bureau.timezone())
