"""Start-up's damage test on a big database: PRAGMA quick_check vs integrity_check (seconds).

usage: PYTHONPATH=. python bench/quick_check.py [ROWS]   (default 100,000 duty-log entries, audited)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from db import integrity_check, quick_check
from dutyroom.clock import FakeClock
from dutyroom.compose import open_room
from dutyroom.models import LogKind
from dutyroom.paths import database_path


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = datetime(2026, 1, 1, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        room = open_room(data, FakeClock(t0))
        with room.store.atomic():
            for i in range(rows):
                at = t0 + timedelta(minutes=5 * i)
                room.log.add(LogKind.CALL_IN, f"第{i}条：县消防大队来电" + "情况" * 20, at=at)
        room.store.close()  # type: ignore[attr-defined]
        path = database_path(data)
        size = path.stat().st_size / 1e6
        for name, check in (("quick_check", quick_check), ("integrity_check", integrity_check)):
            started = time.perf_counter()
            problems = check(path)
            elapsed = time.perf_counter() - started
            print(f"{name}: {elapsed * 1000:.0f} ms on {rows} log rows ({size:.0f} MB), {problems}")


if __name__ == "__main__":
    main()
