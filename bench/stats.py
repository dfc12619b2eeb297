"""Statistics of a year of 20,000 incidents (issue 13: target ≤ 300 ms), with `stats --json`.

Ours is `room.stats.period` (the store's aggregates) plus the JSON text. Measured in the same
run over the same file: the floor, plain sqlite3 running the very SELECTs of one period (traced)
and nothing else, and the old path that built every Incident and Obligation (`inputs` and
`compute`).

Run: python -m bench.stats
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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
    IncidentStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    SpotCheck,
)
from dutyroom.services import DutyRoom
from dutyroom.stats import compute, day_period, stats_to_dict

TZ = ZoneInfo("Asia/Shanghai")
YEAR_START = datetime(2026, 1, 1, tzinfo=TZ)
CATEGORIES = ("事故灾难", "自然灾害", "公共卫生事件", "社会安全事件")
TOWNS = ("城关镇", "青山乡", "河口镇", "石门乡", "新塘镇")
INCIDENTS = 20_000
TARGET_MS = 300


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
                    # About 1 in 50 a false call or a duplicate (作废).
                    status=IncidentStatus.VOIDED if rng.random() < 0.02 else IncidentStatus.OPEN,
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
                # Some never sent (漏报 once due), some cancelled by a downgrade.
                state = rng.choices(
                    (ObligationState.DONE, ObligationState.PENDING, ObligationState.CANCELLED),
                    (0.94, 0.03, 0.03),
                )[0]
                done_at = done if state is ObligationState.DONE else None
                store.obligations.add(
                    Obligation(incident.id, code, kind, Anchor.RECEIVED, received, due,
                               status=state, done_at=done_at,
                               minutes_late=late if done_at else None)
                )  # fmt: skip
        for n in range(600):
            store.spot_checks.add(
                SpotCheck(YEAR_START + timedelta(hours=n * 14), "made", "电话", "县应急局", "",
                          "城关镇", "李四", True, n % 7 != 0, 10, "正常" if n % 7 else "脱岗")
            )  # fmt: skip
    del db


def period_statements(
    room: DutyRoom, store: SqliteStore, start: datetime, end: datetime
) -> list[str]:
    """The SELECTs one `room.stats.period` runs, with their values in place (sqlite3's trace)."""
    conn = store.db.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        room.stats.period(start, end)
    finally:
        conn.set_trace_callback(None)
    return [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]


def plain_sqlite(path: Path, statements: list[str]) -> int:
    """The floor: the very queries of `room.stats.period` in plain sqlite3, no store, no model,
    no Python, so it gains from the same indexes and follows any change to the queries."""
    conn = sqlite3.connect(path)
    rows = sum(len(conn.execute(sql).fetchall()) for sql in statements)
    conn.close()
    return rows


def median_ms(run: Callable[[], object], times: int = 7) -> float:
    spent = []
    for _ in range(times):
        begin = time.perf_counter()
        run()
        spent.append(time.perf_counter() - begin)
    return statistics.median(spent) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        store = SqliteStore(open_database(path))
        now = datetime(2026, 12, 20, tzinfo=TZ)  # before the year's end: some not due yet
        room = DutyRoom(store, FakeClock(now))
        room.incidents.ensure_default_rules()
        begin = time.perf_counter()
        fill(store, INCIDENTS)
        print(f"filled {INCIDENTS:,} incidents in {time.perf_counter() - begin:.1f} s")
        start, end = day_period(YEAR_START.date(), datetime(2026, 12, 31).date(), TZ)
        ours = room.stats.period(start, end)
        old = compute(room.stats.inputs(start, end))
        assert ours == old, "the aggregates disagree with the reference"
        print(f"year stats: {ours.incidents} incidents, {ours.overall.counted} obligations, "
              f"{len(ours.late)} late, {len(ours.missed)} missed")  # fmt: skip

        def ours_json() -> str:
            return json.dumps(stats_to_dict(room.stats.period(start, end), TZ), ensure_ascii=False)

        statements = period_statements(room, store, start, end)
        floor = median_ms(lambda: plain_sqlite(path, statements))
        period = median_ms(lambda: room.stats.period(start, end))
        with_json = median_ms(ours_json)
        before = median_ms(lambda: compute(room.stats.inputs(start, end)), times=3)
        store.close()
    print(f"  floor (plain sqlite3, the same {len(statements)} queries) median {floor:.0f} ms")
    print(f"  ours: room.stats.period median {period:.0f} ms ({period / floor:.1f}x floor)")
    print(f"  ours: stats --json (period + JSON) median {with_json:.0f} ms "
          f"({with_json / floor:.1f}x floor)")  # fmt: skip
    print(f"  old path (every Incident/Obligation built) median {before:.0f} ms "
          f"({before / period:.1f}x ours)")  # fmt: skip

    def verdict(ms: float) -> str:
        return "met" if ms <= TARGET_MS else "NOT met"

    print(f"  target ≤ {TARGET_MS} ms: the statistics {verdict(period)}; with every late "
          f"and missed report written out as JSON {verdict(with_json)}")  # fmt: skip


if __name__ == "__main__":
    main()
