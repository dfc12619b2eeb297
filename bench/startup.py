"""Start-up: process start to the first painted main window with a year of data, vs a bare window.

Run: python -m bench.startup [--runs N]

The fixture is a year of a busy duty room in a temporary data folder: the demo bureau (public
services), 365+ rostered days (the roster service), then 3,000 closed incidents with their done
obligations and 30,000 log entries inserted raw through the store's connection (a bench fixture:
the services would take minutes). Each run starts a fresh process with DUTYROOM_STARTUP_PROBE=1
and DUTYROOM_SMOKE_QUIT=1 (ui/first_paint.py): the child prints the wall-clock moment its first
frame was painted and quits; the figure is that moment minus the moment the bench spawned it. The
baseline is QApplication + QMainWindow with a QTableView, shown and measured the same way.
Targets (issue 7): ratio ≤ 2.0 (aim 1.5); headless `dutyroom status` < 0.3 s.
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


def build_year(folder: Path) -> None:
    """The fixture described in the module docstring."""
    sys.path.insert(0, str(ROOT))
    from dutyroom.app.compose import open_room
    from dutyroom.demo import fill
    from tests.storage_access import store_of

    room = open_room(folder)
    fill(room)
    today = room.today()
    room.roster.generate(today - timedelta(days=DAYS), today.replace(day=1) - timedelta(days=2))
    now = room.clock.now()
    rng = random.Random(7)
    incidents, obligations, log = [], [], []
    for number in range(1, INCIDENTS + 1):
        at = now - timedelta(minutes=rng.randint(60 * 24, 60 * 24 * DAYS))
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
        for number in range(LOG_ENTRIES):
            at = now - timedelta(minutes=rng.randint(1, 60 * 24 * DAYS))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        started = time.perf_counter()
        build_year(folder)
        print(
            f"fixture: {DAYS} days, {INCIDENTS} incidents, {LOG_ENTRIES} log entries "
            f"in {time.perf_counter() - started:.1f} s"
        )
        app = [sys.executable, "-m", "dutyroom", "--data-dir", str(folder)]
        bare = [sys.executable, "-c", BARE]
        env = _env(Path(temp) / "pycache")
        time_to_paint(app, env)  # warm the file cache, write bytecode and settings
        time_to_paint(bare, env)
        app_times, bare_times, status_times = [], [], []
        for _ in range(args.runs):
            app_times.append(time_to_paint(app, env))
            bare_times.append(time_to_paint(bare, env))
            status_times.append(time_status(folder, env))
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    status_ms = statistics.median(status_times) * 1000
    print(f"bare PySide6 window to first paint: median {bare_ms:.0f} ms ({args.runs} runs)")
    print(f"dutyroom main window to first paint: median {app_ms:.0f} ms ({args.runs} runs)")
    print(f"ratio: {app_ms / bare_ms:.2f} (target ≤ 2.0, aim 1.5)")
    print(f"dutyroom status (headless): median {status_ms:.0f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()
