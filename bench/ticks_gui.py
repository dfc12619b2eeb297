"""GUI figures: F2 to form ready, and the 值班台 board's 1-second tick with ~200 open deadlines."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from dutyroom.app.compose import open_room
from ui.app import build_main_window
from ui.dashboard import DashboardPage
from ui.settings import AppSettings


class _Quiet:
    def notify(self, title: str, message: str) -> None: ...
    def play_once(self) -> None: ...
    def start_loop(self) -> None: ...
    def stop(self) -> None: ...


def main() -> None:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    room = open_room(folder)
    quiet = _Quiet()
    window = build_main_window(room, AppSettings(folder / "s.ini"), notifier=quiet, sound=quiet)
    window.show()
    app.processEvents()
    receive = []
    for _ in range(30):
        window.show_page("page_dashboard")
        app.processEvents()
        window.receive_incident()
        app.processEvents()
        receive.append(window.last_receive_ms)
    median, worst = statistics.median(receive), max(receive)
    print(f"F2 to form ready: median {median:.1f} ms, max {worst:.1f} ms")
    for index in range(70):
        room.incidents.receive({"title": f"事件{index}", "deaths": 3})
    page = window.show_page("page_dashboard")
    assert isinstance(page, DashboardPage)
    open_count = len(room.incidents.open_timers())
    app.processEvents()
    now = room.clock.now()
    cpu = []
    for _ in range(100):
        start = time.process_time()
        window.tick(now)
        cpu.append((time.process_time() - start) * 1000)
    mean = statistics.mean(cpu)
    print(f"tick with {open_count} open deadlines on screen: mean {mean:.2f} ms CPU")
    window.close()


if __name__ == "__main__":
    main()
