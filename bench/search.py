"""Full-text search over 100,000 incidents: trigram FTS (3+ characters) and the LIKE fallback.

Target: under 50 ms per query. Run: python -m bench.search [rows]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import SqliteStore, open_database

TOWNS = ["青山乡", "石门镇", "白沙街道", "红星乡", "龙潭镇", "清水乡", "马安镇", "桃源街道"]
PLACES = ["工业园", "三组", "国道线", "水库大坝", "农贸市场", "中学", "化工厂", "隧道口"]
EVENTS = ["山体滑坡", "道路交通事故", "民房火灾", "化工厂爆炸", "溺水", "内涝", "森林火灾", "坍塌"]
QUERIES_FTS = ["化工厂", "山体滑坡", "青山乡", "道路交通事故", "第99999号", "不存在的词语"]
# "不在" matches nothing: the worst case, a LIKE scan of every row.
QUERIES_LIKE = ["火灾", "溺水", "滑", "不在"]


def fill(store: SqliteStore, rows: int) -> float:
    """Insert `rows` incidents with raw executemany in one transaction; seconds taken."""
    rng = random.Random(42)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    data = []
    for i in range(rows):
        town, place, event = rng.choice(TOWNS), rng.choice(PLACES), rng.choice(EVENTS)
        at = (start + timedelta(minutes=37 * i)).isoformat()
        summary = f"{town}{place}发生{event}，现场已处置，第{i}号记录。"
        data.append((at, f"{town}{place}{event}", f"{town}{place}", summary, f"信息员{i % 500}"))
    began = time.perf_counter()
    with store.atomic():
        store.db.conn.executemany(
            "INSERT INTO incident (received_at, title, place, summary, reporter) "
            "VALUES (?, ?, ?, ?, ?)",
            data,
        )
    return time.perf_counter() - began


def measure(store: SqliteStore, query: str, repeats: int = 20) -> tuple[float, int]:
    """Median milliseconds of `repeats` searches, and how many rows came back."""
    times = []
    found = 0
    for _ in range(repeats):
        began = time.perf_counter()
        found = len(store.incidents.search(query))
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), found


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(open_database(Path(folder) / "bench.sqlite3"))
        seconds = fill(store, rows)
        print(f"inserted {store.incidents.count():,} incidents in {seconds:.2f} s (with triggers)")
        for label, queries in (("FTS5 trigram", QUERIES_FTS), ("LIKE (1-2 chars)", QUERIES_LIKE)):
            results = [(q, *measure(store, q)) for q in queries]
            for query, ms, found in results:
                print(f"  {label:17} {query!r:14} {ms:7.2f} ms  {found:4} rows (limit 200)")
            mean = statistics.mean(ms for _, ms, _ in results)
            print(f"{label}: mean of medians {mean:.2f} ms per query (target < 50 ms)")
        store.close()


if __name__ == "__main__":
    main()
