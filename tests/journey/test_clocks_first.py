"""Clocks first: on a 1366×768 screen less a 40 px Windows taskbar (an Xvfb screen of 1366×728),
the running countdowns of the four most urgent open incidents are on screen without scrolling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.journey.harness import App, Rect, XServer, cli_json, receive_incident, tools_missing

pytestmark = [pytest.mark.journey, pytest.mark.gui]


@pytest.fixture(scope="module")
def taskbar_screen() -> Iterator[XServer]:
    if tools_missing():
        pytest.skip("journey tests need Xvfb and xdotool")
    server = XServer(1366, 728)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_four_most_urgent_clocks_are_in_view_at_1366x728(
    taskbar_screen: XServer, data_dir: Path, home: Path, tmp_path: Path
) -> None:
    for minutes_ago in (5, 12, 20):  # six open incidents in all, most with three clocks
        receive_incident(data_dir, home, minutes_ago=minutes_ago)
    status = cli_json(data_dir, home, "status")
    first_due: dict[int, int] = {}
    for ob in status["obligations"]:  # sorted by due time
        first_due.setdefault(ob["incident_id"], ob["id"])
    urgent = list(first_due.values())[:4]
    assert len(urgent) == 4, status["obligations"]

    app = App(taskbar_screen, data_dir, tmp_path)
    try:
        app.start()
        app.focus_window("main_window")
        app.wait_for(lambda: app.shown("page_dashboard"), "the 值班台")
        screen = Rect.of(app.query("screen")["geometry"])
        for obligation_id in urgent:
            name = f"countdown_{obligation_id}"
            clock = app.wait_for(lambda n=name: app.shown(n), f"{name} on screen unscrolled")
            visible = Rect.of(clock["visible_rect"])
            whole = Rect.of(clock["rect"])
            assert visible == whole, f"{name} is cut: {visible} of {whole}"
            assert whole.inside(screen), f"{name} {whole} is off the screen {screen}"
        app.check_alive()
    finally:
        app.stop()
