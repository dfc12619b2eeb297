"""Start-up: process start to the first painted main window with a year of data, vs a bare window.

Run: python -m bench.startup [--runs N]

The fixture is a year of a busy duty room in a temporary data folder: the demo bureau (public
services), 365+ rostered days (the roster service), then 3,000 closed incidents with their done
obligations and 30,000 log entries inserted raw through the store's connection (a bench fixture:
the services would take minutes). Each run starts a fresh process with DUTYROOM_STARTUP_PROBE=1
and DUTYROOM_SMOKE_QUIT=1 (ui/first_paint.py): the child prints the wall-clock moment its first
frame was painted and quits; the figure is that moment minus the moment the bench spawned it. The
baseline is QApplication + QMainWindow with a QTableView, shown and measured the same way.
The same is measured on ten years of the same (3,650 rostered days, 30,000 incidents, 300,000 log
entries), side by side in one run, and once more on ten years after an unclean exit (the
clean-exit marker left behind, so the whole file is read by quick_check before it is opened).
Targets (issue 13): one year ≤ 2.5× the bare window, and the ten-year ratio within 10% of the
one-year ratio; headless `dutyroom status` < 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INCIDENTS = 3_000
LOG_ENTRIES = 30_000
DAYS = 365

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from ui.first_paint import watch_first_paint
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1366, 860)
watch_first_paint(window)
window.show()
app.exec()
"""


def build_year(folder: Path, years: int = 1) -> None:
    """The fixture described in the module docstring, `years` times over."""
    sys.path.insert(0, str(ROOT))
    from dutyroom.app.compose import open_room
    from dutyroom.demo import fill
    from tests.storage_access import store_of

    room = open_room(folder)
    fill(room)
    today = room.today()
    days = DAYS * years
    first, last = today - timedelta(days=days), today.replace(day=1) - timedelta(days=2)
    while first <= last:  # the service takes at most 400 days at a time
        chunk_end = min(last, first + timedelta(days=DAYS - 1))
        room.roster.generate(first, chunk_end)
        first = chunk_end + timedelta(days=1)
    now = room.clock.now()
    rng = random.Random(7)
    incidents, obligations, log = [], [], []
    for number in range(1, INCIDENTS * years + 1):
        at = now - timedelta(minutes=rng.randint(60 * 24, 60 * 24 * days))
        incidents.append(
            (
                at.isoformat(),
                f"示范事件{number}：某镇道路交通事故",
                "赵晓明",
                "城关镇",
                "事故灾难",
                "道路交通",
                "两车相撞，伤员已送医。",
                rng.randint(0, 2),
                "closed",
                (at + timedelta(hours=6)).isoformat(),
            )
        )
    store = store_of(room)
    db = store.db  # type: ignore[attr-defined]
    with store.atomic():
        first_id = 1 + (db.execute("SELECT max(id) FROM incident").fetchone()[0] or 0)
        db.conn.executemany(
            "INSERT INTO incident (received_at, title, received_by, township, category, subtype,"
            " summary, injured, status, closed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            incidents,
        )
        for offset, row in enumerate(incidents):
            anchor = row[0]
            for kind, code in (("phone", "P30"), ("written", "W60")):
                obligations.append(
                    (first_id + offset, code, kind, "received", anchor, anchor, "done", anchor, 0)
                )
        db.conn.executemany(
            "INSERT INTO obligation (incident_id, rule_code, kind, anchor, anchor_at, due_at,"
            " status, done_at, minutes_late) VALUES (?,?,?,?,?,?,?,?,?)",
            obligations,
        )
        for number in range(LOG_ENTRIES * years):
            at = now - timedelta(minutes=rng.randint(1, 60 * 24 * days))
            log.append((at.isoformat(), "来电", f"来电记录{number}：询问道路通行情况", "城关镇"))
        db.conn.executemany("INSERT INTO log_entry (at, kind, content, unit) VALUES (?,?,?,?)", log)
    store.close()  # type: ignore[attr-defined]


def _env(pycache: Path) -> dict[str, str]:
    """Offscreen, probe on; bytecode cached (as in a wheel or the bundle) but outside the checkout,
    because a machine with PYTHONDONTWRITEBYTECODE would otherwise recompile every module."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.update(DUTYROOM_STARTUP_PROBE="1", DUTYROOM_SMOKE_QUIT="1")
    for name in ("DUTYROOM_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` to the `painted <epoch>` line it prints."""
    start = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("painted ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(lines[0].split()[1]) - start


def time_status(folder: Path, env: dict[str, str]) -> float:
    command = [sys.executable, "-m", "dutyroom", "--data-dir", str(folder), "status"]
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, cwd=ROOT, env=env, timeout=60, check=True)
    return time.perf_counter() - start


def paint_times(
    folder: Path, env: dict[str, str], runs: int, *, unclean: bool = False
) -> list[float]:
    from dutyroom.app.clean_exit import RunMarker

    app = [sys.executable, "-m", "dutyroom", "--data-dir", str(folder)]
    times = []
    for _ in range(runs):
        if unclean:
            RunMarker(folder).set()  # as a power cut leaves it
        times.append(time_to_paint(app, env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from dutyroom.app.paths import database_path

    with tempfile.TemporaryDirectory() as temp:
        one, ten = Path(temp) / "one", Path(temp) / "ten"
        for folder, years in ((one, 1), (ten, 10)):
            started = time.perf_counter()
            build_year(folder, years)
            size = database_path(folder).stat().st_size / 1e6
            print(
                f"fixture: {DAYS * years} days, {INCIDENTS * years} incidents, "
                f"{LOG_ENTRIES * years} log entries, {size:.0f} MB "
                f"in {time.perf_counter() - started:.1f} s"
            )
        bare = [sys.executable, "-c", BARE]
        env = _env(Path(temp) / "pycache")
        for folder in (one, ten):  # warm the file cache, write bytecode and settings
            paint_times(folder, env, 1)
        time_to_paint(bare, env)
        one_t: list[float] = []
        ten_t: list[float] = []
        bare_t: list[float] = []
        unclean_t: list[float] = []
        status_t: list[float] = []
        for n in range(args.runs):
            # Interleaved, and in turn first and second, so load on the machine and whatever the
            # previous process left behind fall on both alike.
            bare_t.append(time_to_paint(bare, env))
            pair = ((one, one_t), (ten, ten_t)) if n % 2 == 0 else ((ten, ten_t), (one, one_t))
            for folder, times in pair:
                times += paint_times(folder, env, 1)
            unclean_t += paint_times(ten, env, 1, unclean=True)
            status_t.append(time_status(one, env))
    bare_ms, one_ms, ten_ms, unclean_ms, status_ms = (
        statistics.median(t) * 1000 for t in (bare_t, one_t, ten_t, unclean_t, status_t)
    )
    print(f"bare PySide6 window to first paint: median {bare_ms:.0f} ms ({args.runs} runs)")
    print(f"dutyroom, one year:  median {one_ms:.0f} ms, {one_ms / bare_ms:.2f}× (target ≤ 2.5×)")
    print(
        f"dutyroom, ten years: median {ten_ms:.0f} ms, {ten_ms / bare_ms:.2f}× "
        f"({ten_ms / one_ms - 1:+.0%} on one year; target within ±10%)"
    )
    print(
        f"dutyroom, ten years after an unclean exit (quick_check first): median "
        f"{unclean_ms:.0f} ms, {unclean_ms / bare_ms:.2f}×"
    )
    print(f"dutyroom status (headless): median {status_ms:.0f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()
