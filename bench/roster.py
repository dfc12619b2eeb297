"""Roster benchmark: a year generated and validated for 40 people; a 5,000-row workbook imported.

Run from the checkout: `python -m bench.roster`. Prints the median of a few runs for each figure.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import SqliteStore, open_database
from dutyroom import roster
from dutyroom.calendar import HolidayCalendar, iter_days
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
ROWS = 5000


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def people() -> list[Person]:
    leaders = [Person(f"领导{i:02d}", (Role.LEADER,), mobile="13900000000") for i in range(12)]
    officers = [Person(f"值班员{i:02d}", (Role.OFFICER,), mobile="13800000000") for i in range(28)]
    return leaders + officers


def fresh_room() -> DutyRoom:
    room = DutyRoom(SqliteStore(open_database(None)))
    room.incidents.ensure_default_rules()
    for person in people():
        room.people.add(person)
    return room


def bench_core() -> float:
    staff = [p.__class__(p.name, p.roles, id=i) for i, p in enumerate(people(), start=1)]
    days = list(iter_days(*YEAR))

    def run() -> None:
        calendar = HolidayCalendar()
        result = roster.generate(days, roster.DEFAULT_TEMPLATE, staff, [], calendar)
        roster.validate(days, result, roster.DEFAULT_TEMPLATE, staff, [], calendar)

    return median_seconds(run)


def bench_service() -> float:
    room = fresh_room()
    return median_seconds(lambda: room.roster.generate(*YEAR, overwrite_manual=True))


def write_big_workbook(path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("值班表")
    ws.append(["示范县应急管理局值班表"])
    ws.append(["日期", "星期", "带班领导", "值班员", "备注"])
    for i in range(ROWS):
        day = date(2026, 1, 1) + timedelta(days=i)
        ws.append(
            [
                f"{day:%Y/%-m/%-d}",
                "",
                f"领导{i % 12:02d}",
                f"值班员{i % 28:02d}、值班员{(i + 1) % 28:02d}",
                "",
            ]
        )
    workbook.save(path)


def bench_import(path: Path) -> tuple[float, float]:
    from dutyroom.excel.transfer import apply_roster_import, preview_roster_import

    previews, applies = [], []
    for _ in range(3):
        room = fresh_room()
        started = time.perf_counter()
        preview = preview_roster_import(room, path)
        middle = time.perf_counter()
        assert preview.ok, preview.problems[:3]
        apply_roster_import(room, preview)
        previews.append(middle - started)
        applies.append(time.perf_counter() - middle)
    return statistics.median(previews), statistics.median(applies)


def main() -> None:
    print(f"一年排班，40人（核心 generate + validate）：{bench_core():.3f} s（目标 < 0.5 s）")
    print(f"一年排班，40人（RosterService.generate，含写库与校验）：{bench_service():.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        write_big_workbook(path)
        preview, apply = bench_import(path)
        total = preview + apply
        print(
            f"导入 {ROWS} 行工作簿：读取与检查 {preview:.3f} s + 写入 {apply:.3f} s"
            f" = {total:.3f} s（目标 < 3 s）"
        )


if __name__ == "__main__":
    main()
