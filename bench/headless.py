"""Headless `dutyroom status --json` against a plain Python that reads the same file, in one run.

    python -m bench.headless [--runs N]

Both are fresh processes on the demo data folder: the floor starts Python, opens the SQLite file
with the standard library and prints one count as JSON; `status` also loads the core (no Qt),
reads the shift and the open obligations and prints the documented JSON. The ratio is the cost of
the command over the least any headless answer can cost on the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = (
    "import json, sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
    "print(json.dumps(con.execute('SELECT count(*) FROM incident').fetchone()))"
)


def _seconds(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, capture_output=True, cwd=ROOT, env=env, timeout=60, check=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        app = [sys.executable, "-m", "dutyroom", "--data-dir", str(folder)]
        subprocess.run([*app, "demo"], capture_output=True, env=env, timeout=120, check=True)
        status = [*app, "status", "--json"]
        floor = [sys.executable, "-c", FLOOR, str(folder / "dutyroom.sqlite3")]
        _seconds(status, env)  # warm: bytecode and the file cache
        _seconds(floor, env)
        status_times, floor_times = [], []
        for _ in range(args.runs):
            status_times.append(_seconds(status, env))
            floor_times.append(_seconds(floor, env))
    status_ms = statistics.median(status_times) * 1000
    floor_ms = statistics.median(floor_times) * 1000
    print(f"floor (python, sqlite3, json; same file): median {floor_ms:.0f} ms ({args.runs} runs)")
    print(f"dutyroom status --json: median {status_ms:.0f} ms = {status_ms / floor_ms:.1f}× floor")


if __name__ == "__main__":
    main()
