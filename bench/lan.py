"""The LAN status page against the standard library's http.server serving the same bytes.

Both servers run in this process over real sockets; the baseline is a ThreadingHTTPServer whose
handler sends exactly the bytes and headers our server sent for that page, so the ratio is what
our server adds per request (the token check, reading the status, rendering). Requests alternate
between the two servers, one new connection each (as a browser does with an HTTP/1.0 server).
The room's clock stands still, so the page's status is read once and then served from the cache
until the data changes. The last line is a request right after a write by the app's own
connection: the page must show the change, so that one reads and renders afresh; that is also
what a request costs when the second has moved on (the status is at most a second old) with the
system clock. Target ≤ 2× http.server.

Run: python -m bench.lan
"""

from __future__ import annotations

import http.client
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dutyroom.app.compose import read_only_status_source
from dutyroom.app.lan_server import LanServer
from tests.core.roster_helpers import make_room

TOKEN = "tok"
ROUNDS = 300
TARGETS = ("/?token=tok", "/api/status?token=tok")
Answer = tuple[int, list[tuple[str, str]], bytes]


def fetch(port: int, target: str) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", target)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def baseline_server(answers: dict[str, Answer]) -> ThreadingHTTPServer:
    """http.server sending, for each target, the status, headers and body our server sent."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "dutyroom"
        sys_version = ""

        def do_GET(self) -> None:
            status, headers, body = answers[self.path]
            self.send_response(status)
            for name, value in headers:
                if name not in ("Server", "Date"):  # send_response wrote these
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


def timed(port: int, target: str) -> float:
    begin = time.perf_counter()
    fetch(port, target)
    return time.perf_counter() - begin


def burst(port: int, target: str, clients: int = 20, each: int = 10) -> list[float]:
    """`clients` threads at once, each making `each` requests back to back: all latencies."""
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client() -> None:
        start.wait()
        mine = [timed(port, target) for _ in range(each)]
        with lock:
            times.extend(mine)

    workers = [threading.Thread(target=client) for _ in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sorted(times)


def p99(times: list[float]) -> float:
    return times[min(len(times) - 1, int(len(times) * 0.99))] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dutyroom.sqlite3"
        room = make_room(path)
        room.roster.generate(date(2026, 11, 1), date(2026, 12, 31))
        for n in range(20):
            room.incidents.receive({"title": f"事件{n}", "deaths": n % 4}, received_by="赵晓明")
        ours = LanServer(read_only_status_source(path, room.clock), TOKEN, port=0)
        ours.start()
        answers = {target: fetch(ours.port, target) for target in TARGETS}
        base = baseline_server(answers)
        threading.Thread(target=base.serve_forever, daemon=True).start()
        base_port = int(base.server_address[1])
        try:
            for target in TARGETS:
                assert fetch(base_port, target)[2] == answers[target][2]  # the same bytes
                for _ in range(20):  # warm up both
                    fetch(ours.port, target), fetch(base_port, target)
                mine: list[float] = []
                stdlib: list[float] = []
                for _ in range(ROUNDS):
                    stdlib.append(timed(base_port, target))
                    mine.append(timed(ours.port, target))
                ours_ms = statistics.median(mine) * 1000
                base_ms = statistics.median(stdlib) * 1000
                print(
                    f"{target.split('?')[0]:12} dutyroom {ours_ms:.3f} ms, http.server "
                    f"{base_ms:.3f} ms per request (median of {ROUNDS}): "
                    f"{ours_ms / base_ms:.2f}× (target ≤ 2×)"
                )
            # The bounded pool against http.server's thread per connection (backlog 5).
            ours_burst = burst(ours.port, TARGETS[0])
            base_burst = burst(base_port, TARGETS[0])
            print(
                f"{'/':12} 20 clients at once: dutyroom p99 {p99(ours_burst):.1f} ms, http.server "
                f"p99 {p99(base_burst):.1f} ms: {p99(ours_burst) / p99(base_burst):.2f}×"
            )
            after_write: list[float] = []
            for n in range(30):
                room.bureau.set_name(f"示范县应急管理局{n}")  # a write the page shows
                after_write.append(timed(ours.port, TARGETS[0]))
            print(
                f"{'/':12} right after a write by the app: "
                f"{statistics.median(after_write) * 1000:.3f} ms (median of 30)"
            )
        finally:
            base.shutdown()
            base.server_close()
            ours.stop()
            room.close()


if __name__ == "__main__":
    main()
