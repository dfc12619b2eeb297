"""Statistics of a year with 5,000 incidents (target < 0.5 s), pure and through the store.

Run: python -m bench.stats
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import SqliteStore, open_database
from dutyroom.clock import FakeClock
from dutyroom.models import (
    Anchor,
    Grade,
    Incident,
    Obligation,
    ObligationKind,
    ObligationState,
    SpotCheck,
)
from dutyroom.services import DutyRoom
from dutyroom.stats import day_period

TZ = ZoneInfo("Asia/Shanghai")
YEAR_START = datetime(2026, 1, 1, tzinfo=TZ)
CATEGORIES = ("事故灾难", "自然灾害", "公共卫生事件", "社会安全事件")
TOWNS = ("城关镇", "青山乡", "河口镇", "石门乡", "新塘镇")


def fill(store: SqliteStore, incidents: int) -> None:
    rng = random.Random(6)
    db = store.db
    with store.atomic():
        for n in range(incidents):
            received = YEAR_START + timedelta(minutes=rng.randrange(365 * 24 * 60))
            major = rng.random() < 0.3
            incident = store.incidents.add(
                Incident(
                    received_at=received,
                    title=f"事件{n}",
                    category=rng.choice(CATEGORIES),
                    township=rng.choice(TOWNS),
                    grade=Grade.LARGER if major else Grade.GENERAL,
                )
            )
            assert incident.id is not None
            rules = (
                (("first_phone", 30), ("first_written", 60))
                if major
                else (("general_written", 180),)
            )
            for code, minutes in rules:
                due = received + timedelta(minutes=minutes)
                done = received + timedelta(minutes=rng.randrange(10, minutes + 40))
                kind = ObligationKind.PHONE if code == "first_phone" else ObligationKind.WRITTEN
                late = max(0, int((done - due).total_seconds() // 60))
                store.obligations.add(
                    Obligation(incident.id, code, kind, Anchor.RECEIVED, received, due,
                               status=ObligationState.DONE, done_at=done, minutes_late=late)
                )  # fmt: skip
        for n in range(600):
            store.spot_checks.add(
                SpotCheck(YEAR_START + timedelta(hours=n * 14), "made", "电话", "县应急局", "",
                          "城关镇", "李四", True, n % 7 != 0, 10, "正常" if n % 7 else "脱岗")
            )  # fmt: skip
    del db


def main() -> None:
    store = SqliteStore(open_database(None))
    room = DutyRoom(store, FakeClock(datetime(2027, 1, 5, tzinfo=TZ)))
    room.incidents.ensure_default_rules()
    begin = time.perf_counter()
    fill(store, 5000)
    print(f"filled 5,000 incidents in {time.perf_counter() - begin:.1f} s")
    start, end = day_period(YEAR_START.date(), datetime(2026, 12, 31).date(), TZ)
    fetch, total = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        inputs = room.stats.inputs(start, end)
        t1 = time.perf_counter()
        from dutyroom.stats import compute

        stats = compute(inputs)
        t2 = time.perf_counter()
        fetch.append(t1 - t0)
        total.append(t2 - t0)
    pure = statistics.median(t - f for t, f in zip(total, fetch, strict=True))
    print(f"year stats: {stats.incidents} incidents, {stats.overall.counted} obligations")
    print(f"  fetch (SQLite) median {statistics.median(fetch) * 1000:.0f} ms")
    print(f"  compute (pure) median {pure * 1000:.0f} ms")
    print(f"  total median {statistics.median(total) * 1000:.0f} ms (target < 500 ms)")


if __name__ == "__main__":
    main()
