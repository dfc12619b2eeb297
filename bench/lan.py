"""The LAN status page: median answer time of 50 requests over a real socket (target < 50 ms).

Each request opens its own read-only connection, as the app's server does. Run: python -m bench.lan
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dutyroom.app.compose import read_only_status_source
from dutyroom.app.lan_server import LanServer
from tests.core.roster_helpers import make_room


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dutyroom.sqlite3"
        room = make_room(path)
        room.roster.generate(date(2026, 11, 1), date(2026, 12, 31))
        for n in range(20):
            room.incidents.receive({"title": f"事件{n}", "deaths": n % 4}, received_by="赵晓明")
        server = LanServer(read_only_status_source(path, room.clock), "tok", port=0)
        server.start()
        try:
            for target in ("/?token=tok", "/api/status?token=tok"):
                url = f"http://127.0.0.1:{server.port}{target}"
                urllib.request.urlopen(url).read()  # warm up
                times = []
                for _ in range(50):
                    begin = time.perf_counter()
                    with urllib.request.urlopen(url) as response:
                        response.read()
                    times.append(time.perf_counter() - begin)
                median = statistics.median(times) * 1000
                worst = max(times) * 1000
                print(f"{target.split('?')[0]:12} median {median:.1f} ms, max {worst:.1f} ms")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
