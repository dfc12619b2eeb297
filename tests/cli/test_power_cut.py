"""Power cut: SIGKILL a writer at random moments; every write it confirmed survives, intact.

The writer (power_cut_writer.py) runs a fixed script of incidents, reports with evidence and
duty-log entries through the public API and prints each op's number once the API has returned.
The harness keeps its own list from that output, kills the writer after a seeded random delay,
reopens the database (integrity_check, then every confirmed write is looked up), and restarts
the writer from the first op it has not seen confirmed.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dutyroom.app.paths import database_path

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("power_cut_writer.py")
TOTAL_OPS = 1000
KILLS = 50
SEED = 20261123

sys.path.insert(0, str(WRITER.parent))
from power_cut_writer import content, title  # noqa: E402


class Writer:
    """One writer process; a thread collects the ops it reports as saved."""

    def __init__(self, data_dir: Path, start: int, stop: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        args = [str(data_dir), str(start), str(stop), str(TOTAL_OPS)]
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.confirmed: list[int] = []
        self.ready = threading.Event()
        self.finished = False
        self.paused = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            text = line.strip()
            if text == "ready":
                self.ready.set()
            elif text == "paused":
                self.paused = True
            elif text == "done":
                self.finished = True
            elif text.isdigit():
                self.confirmed.append(int(text))
        self.ready.set()  # EOF: never leave the harness waiting

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)

    def stderr(self) -> str:
        return self.proc.stderr.read() if self.proc.stderr else ""


def missing_ops(db_file: Path, confirmed: list[int]) -> list[int]:
    """Confirmed ops not found in the database (opened read-only, as a fresh process would)."""
    conn = sqlite3.connect(db_file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = {r[0] for r in conn.execute("SELECT title FROM incident")}
        contents = {r[0] for r in conn.execute("SELECT content FROM log_entry")}
        reported = {
            r[0]
            for r in conn.execute(
                "SELECT i.title FROM incident i JOIN obligation o ON o.incident_id = i.id "
                "JOIN evidence e ON e.obligation_id = o.id "
                "WHERE o.kind = 'phone' AND o.status = 'done'"
            )
        }
    finally:
        conn.close()
    missing = []
    for op in confirmed:
        if op % 3 == 0:
            found = title(op) in titles
        elif op % 3 == 1:
            found = content(op) in contents
        else:
            found = title(op - 2) in reported
        if not found:
            missing.append(op)
    return missing


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_power_cut_loses_no_confirmed_write(tmp_path: Path) -> None:
    from db import check_database
    from dutyroom.app.compose import open_room

    rng = random.Random(SEED)
    db_file = database_path(tmp_path)
    confirmed: list[int] = []
    kills = runs = mid_write = 0
    rate = 300.0  # ops per second, re-estimated from each run
    started = time.monotonic()
    while True:
        start = max(confirmed, default=-1) + 1
        if start >= TOTAL_OPS:
            break
        left = KILLS - kills
        # Each run may use at most three times its share of the ops left, and always leaves one
        # op for each kill still to come (a fast writer could otherwise finish the script before
        # the 50th kill); the last run completes the script.
        share = start + 3 * (TOTAL_OPS - start) // left if left else TOTAL_OPS
        stop = min(TOTAL_OPS - left, share)
        writer = Writer(tmp_path, start, stop)
        runs += 1
        assert writer.ready.wait(60), writer.stderr()
        if left:
            # Spread the kills over what is left: a random delay around the time that many ops
            # take, from 0 (right after start-up) to about twice the mean.
            mean = (TOTAL_OPS - start) / rate / left
            delay = rng.uniform(0.0, 2 * mean)
            began = time.monotonic()
            with contextlib.suppress(subprocess.TimeoutExpired):
                writer.proc.wait(timeout=delay)
            idle = writer.paused or writer.finished
            writer.kill()
            kills += 1
            mid_write += not idle
            if writer.confirmed and delay > 0.01:
                rate = max(50.0, len(writer.confirmed) / (time.monotonic() - began))
        else:
            assert writer.proc.wait(timeout=120) == 0, writer.stderr()
            writer.kill()
            assert writer.finished
        assert writer.proc.returncode in (0, -signal.SIGKILL), writer.stderr()
        ordered = sorted(writer.confirmed)
        assert ordered == list(range(start, start + len(ordered)))  # ops are confirmed in order
        confirmed.extend(ordered)
        # After each kill: the file opens, passes integrity_check and holds every confirmed op.
        assert check_database(db_file) == []
        assert missing_ops(db_file, confirmed) == []
        room = open_room(tmp_path)  # opens read-write too (WAL recovery, migrations)
        room.close()

    found = len(confirmed) - len(missing_ops(db_file, confirmed))
    elapsed = time.monotonic() - started
    print(
        f"\npower cut: kills={kills} (mid-script {mid_write}) runs={runs} "
        f"writes confirmed={len(confirmed)} writes found={found} integrity ok=True ({elapsed:.0f}s)"
    )
    assert kills == KILLS
    assert len(confirmed) == TOTAL_OPS and found == TOTAL_OPS
