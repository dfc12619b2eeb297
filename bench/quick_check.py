"""Start-up's damage test on a big database: PRAGMA quick_check vs integrity_check, each against
reading the same file from start to end (the floor, measured in the same run).

usage: python -m bench.quick_check [ROWS]   (default 100,000 duty-log entries, audited)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from db import integrity_check, quick_check
from dutyroom.app.compose import open_room
from dutyroom.app.paths import database_path
from dutyroom.clock import FakeClock
from dutyroom.models import LogKind
from tests.storage_access import store_of


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = datetime(2026, 1, 1, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        room = open_room(data, FakeClock(t0))
        with store_of(room).atomic():
            for i in range(rows):
                at = t0 + timedelta(minutes=5 * i)
                room.log.add(LogKind.CALL_IN, f"第{i}条：县消防大队来电" + "情况" * 20, at=at)
        room.close()
        path = database_path(data)
        size = path.stat().st_size / 1e6
        floor = _read_seconds(path)
        print(f"floor (read the file, 1 MiB at a time): {floor * 1000:.1f} ms ({size:.0f} MB)")
        for name, check in (("quick_check", quick_check), ("integrity_check", integrity_check)):
            started = time.perf_counter()
            problems = check(path)
            elapsed = time.perf_counter() - started
            print(
                f"{name}: {elapsed * 1000:.0f} ms = {elapsed / floor:.1f}× floor on {rows} log rows"
                f" ({size:.0f} MB), {problems}"
            )


def _read_seconds(path: Path) -> float:
    """The least a whole-file check can cost: reading every byte (warm cache, best of three)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        with path.open("rb") as file:
            while file.read(1 << 20):
                pass
        times.append(time.perf_counter() - started)
    return min(times)


if __name__ == "__main__":
    main()
