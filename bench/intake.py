"""The duty officer's two hot gestures, timed against a floor measured in the same run.

    python -m bench.intake

F2 → form ready (the incident stored, its clocks running, the 接报 form shown with the focus in
标题) and 登记报送 → dialog ready (the report dialog shown, prefilled), each through real key and
mouse events sent to the widgets (offscreen), against the floor of showing a bare QDialog with one
line edit. A ratio means more than a millisecond figure on a noisy 2-core machine.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from dutyroom import demo
from dutyroom.app.compose import open_room
from dutyroom.models import ObligationKind
from ui.app import apply_appearance, build_main_window
from ui.incidents_page import IncidentsPage
from ui.settings import AppSettings

RUNS = 25


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


def main() -> None:
    app = QApplication([])
    apply_appearance(app)
    folder = Path(tempfile.mkdtemp())
    room = open_room(folder)
    demo.fill(room)
    quiet = _Quiet()
    window = build_main_window(room, AppSettings(folder / "s.ini"), notifier=quiet, sound=quiet)
    window.show()
    window.activateWindow()  # F2 is a window shortcut: it needs the active window
    QTest.qWaitForWindowActive(window)

    def bare_dialog() -> None:
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
        dialog.show()
        floor_dialogs.append(dialog)

    floor_dialogs: list[QDialog] = []
    floor = _median_ms(bare_dialog, lambda: floor_dialogs.pop().close(), app)

    def back_to_the_board() -> None:  # untimed: where the officer is when the phone rings
        window.show_page("page_dashboard")
        window.activateWindow()
        QTest.qWaitForWindowActive(window)

    back_to_the_board()
    f2 = _median_ms(lambda: QTest.keyClick(window, Qt.Key.Key_F2), back_to_the_board, app)
    page = window.page("page_incidents")
    assert isinstance(page, IncidentsPage)
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

    report = _median_ms(click_report, close_report, app)
    open_count = len(room.incidents.open_incidents())
    print(f"floor (bare QDialog shown): {floor:.1f} ms")
    print(f"F2 → form ready ({open_count} open incidents): {f2:.1f} ms = {f2 / floor:.1f}× floor")
    print(f"登记报送 → dialog ready: {report:.1f} ms = {report / floor:.1f}× floor")
    window.close()


if __name__ == "__main__":
    main()
