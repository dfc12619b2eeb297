"""The duty officer's two hot gestures, timed against floors measured in the same run.

    python -m bench.intake            # F2 at 1, 10 and 100 open incidents, then 登记报送
    python -m bench.intake --profile  # and cProfile's top entries of F2 at 100 open

F2 → form ready (the incident stored, its clocks running, the 接报 form shown with the focus in
标题) and 登记报送 → dialog ready (the report dialog shown, prefilled), each through real key and
mouse events sent to the widgets (offscreen). F2 is measured with 1, 10 and 100 incidents open
when it is pressed (each F2's incident is voided again, untimed, so the count stays put) and
compared with two floors: a bare QDialog with one line edit shown, and a QDialog holding as many
widgets as the form, built and shown (what opening the form would cost if it were rebuilt).
The SQL statements of one F2 are counted on the store's connection. A ratio means more than a
millisecond figure on a noisy 2-core machine; F2 should not grow with the open incidents.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutyroom import demo
from dutyroom.app.compose import open_room
from dutyroom.models import ObligationKind
from dutyroom.services import DutyRoom
from ui.app import apply_appearance, build_main_window, start_alarms
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow
from ui.settings import AppSettings

RUNS = 25
OPEN_COUNTS = (1, 10, 100)
TARGET_MS = 25.0


class _Quiet:
    def notify(self, title: str, message: str) -> None: ...
    def play_once(self) -> None: ...
    def start_loop(self) -> None: ...
    def stop(self) -> None: ...


def _median_ms(
    action: Callable[[], object], undo: Callable[[], object], app: QApplication
) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        undo()
        app.processEvents()
    return statistics.median(times)


def _connection(room: DutyRoom) -> sqlite3.Connection:
    """The store's connection, for counting statements (a bench may look behind the facade)."""
    from tests.storage_access import store_of

    conn = store_of(room).db.conn
    assert isinstance(conn, sqlite3.Connection)
    return conn


def _with_open(room: DutyRoom, count: int) -> None:
    """Exactly `count` open incidents (the demo's and plain received ones)."""
    open_now = room.incidents.open_incidents()
    for extra in open_now[count:]:
        assert extra.id is not None
        room.incidents.void(extra.id, "基准测试")
    for index in range(count - len(open_now)):
        room.incidents.receive({"title": f"基准事件{index}", "township": "城关镇"})


class _Bench:
    def __init__(self, app: QApplication, open_count: int) -> None:
        self.app = app
        self.folder = Path(tempfile.mkdtemp())
        self.room = open_room(self.folder)
        demo.fill(self.room)
        _with_open(self.room, open_count)
        quiet = _Quiet()
        self.window: MainWindow = build_main_window(
            self.room, AppSettings(self.folder / "s.ini"), notifier=quiet, sound=quiet
        )
        self.window.show()
        start_alarms(self.window)  # as the app does after its first paint: F2 reschedules them
        self.window.activateWindow()  # F2 is a window shortcut: it needs the active window
        QTest.qWaitForWindowActive(self.window)
        # The first F2 of a session builds the 接报 page (pages are built on first use): untimed.
        self.f2()
        self.app.processEvents()
        page = self.window.page("page_incidents")
        assert isinstance(page, IncidentsPage)
        self.page = page
        self.undo()

    def f2(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_F2)

    def undo(self) -> None:  # untimed: the F2's incident voided, back on the 值班台
        incident = self.page.form.incident
        if incident is not None and incident.id is not None:
            self.room.incidents.void(incident.id, "基准测试")
        self.window.show_page("page_dashboard")
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window)
        self.app.processEvents()

    def median(self) -> float:
        return _median_ms(self.f2, self.undo, self.app)

    def statements(self) -> int:
        seen: list[str] = []
        conn = _connection(self.room)
        conn.set_trace_callback(seen.append)
        try:
            self.f2()
            self.app.processEvents()
        finally:
            conn.set_trace_callback(None)
        self.undo()
        return len(seen)

    def profile(self) -> None:
        profiler = cProfile.Profile()
        for _ in range(10):
            profiler.enable()
            self.f2()
            self.app.processEvents()
            profiler.disable()
            self.undo()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)

    def close(self) -> None:
        self.window.close()
        self.app.processEvents()


def _floors(app: QApplication, widgets: int) -> tuple[float, float]:
    parent = QWidget()
    shown: list[QDialog] = []

    def bare() -> None:
        dialog = QDialog(parent)
        QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
        dialog.show()
        shown.append(dialog)

    def as_many() -> None:
        dialog = QDialog(parent)
        grid = QGridLayout(dialog)
        for index in range(widgets // 2):
            grid.addWidget(QLabel("字段", dialog), index % 20, (index // 20) * 2)
            grid.addWidget(QLineEdit(dialog), index % 20, (index // 20) * 2 + 1)
        dialog.show()
        shown.append(dialog)

    def close() -> None:
        shown.pop().deleteLater()

    return _median_ms(bare, close, app), _median_ms(as_many, close, app)


def main() -> None:
    app = QApplication([])
    apply_appearance(app)
    results: list[tuple[int, float, int]] = []
    widgets = 0
    last: _Bench | None = None
    for count in OPEN_COUNTS:
        if last is not None:
            last.close()  # F2 is an application shortcut: one main window at a time
        last = _Bench(app, count)
        widgets = len(last.page.form.findChildren(QWidget))
        results.append((count, last.median(), last.statements()))
    assert last is not None
    if "--profile" in sys.argv:
        last.profile()
    report = _report_ms(last, app)
    floor, form_floor = _floors(app, widgets)
    last.close()
    print(f"floor (bare QDialog shown): {floor:.1f} ms")
    print(
        f"floor (QDialog with {widgets} widgets, as many as the form, built and shown): "
        f"{form_floor:.1f} ms"
    )
    for count, f2, statements in results:
        print(
            f"F2 → form ready ({count} open incidents): {f2:.1f} ms = {f2 / floor:.1f}× floor, "
            f"{f2 / form_floor:.2f}× form-sized floor; {statements} SQL statements"
        )
    spread = results[-1][1] / results[0][1]
    print(f"F2 at most / fewest open: {spread:.2f}×; target ≤ {TARGET_MS:.0f} ms, flat")
    print(f"登记报送 → dialog ready: {report:.1f} ms = {report / floor:.1f}× floor")


def _report_ms(bench: _Bench, app: QApplication) -> float:
    room, page = bench.room, bench.page
    incident = room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    assert incident.id is not None
    page.open_incident(incident.id)
    phone = next(
        o for o in room.incidents.obligations_of(incident.id) if o.kind is ObligationKind.PHONE
    )
    button = page.form.findChild(QPushButton, f"form_report_button_{phone.id}")
    assert button is not None

    def click_report() -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def close_report() -> None:
        if page.form.report_dialog is not None:
            page.form.report_dialog.reject()

    return _median_ms(click_report, close_report, app)


if __name__ == "__main__":
    main()
