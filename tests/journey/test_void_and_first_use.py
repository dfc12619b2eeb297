"""作废 from the 接报 form, and the 初次使用 guide on an empty database, on a real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, XServer, cli_json, read_db

pytestmark = [pytest.mark.journey, pytest.mark.gui]


def newest_incident(data_dir: Path) -> int:
    return int(read_db(data_dir, "SELECT coalesce(max(id), 0) FROM incident")[0][0])


def status_of(app: App, home: Path, incident_id: int) -> str:
    shown: dict[str, Any] = cli_json(app.data_dir, home, "incident", "show", str(incident_id))
    return str(shown["status"])


def open_void_dialog(app: App) -> None:
    app.focus_window("main_window")
    app.click("void_incident_button")
    app.wait_for(lambda: app.window("void_dialog"), "the 作废 dialog")
    app.focus_window("void_dialog")


def test_an_abandoned_f2_is_voided_with_a_reason_and_esc_changes_nothing(
    app: App, home: Path
) -> None:
    before = newest_incident(app.data_dir)
    app.key("F2")
    incident_id = app.wait_for(
        lambda: (n := newest_incident(app.data_dir)) > before and n, "F2 to store an incident"
    )
    app.wait_for(lambda: app.shown("void_incident_button"), "the 接报 form's 作废… button")

    open_void_dialog(app)
    app.key("Escape")
    app.wait_for(lambda: app.window("void_dialog") is None, "Esc to close the dialog")
    app.settle()
    assert status_of(app, home, incident_id) == "open"

    open_void_dialog(app)
    app.click_button("void_buttons", "AcceptRole")  # no reason yet: refused, the dialog stays
    app.wait_for(lambda: app.shown("void_error"), "the missing reason to be said")
    assert app.window("void_dialog") is not None
    assert status_of(app, home, incident_id) == "open"
    app.click("void_reason")
    app.type("误按新接报")
    app.click_button("void_buttons", "AcceptRole")
    app.wait_for(lambda: app.window("void_dialog") is None, "确定 to void it")
    app.settle()
    assert status_of(app, home, incident_id) == "voided"
    reason = read_db(app.data_dir, "SELECT void_reason FROM incident WHERE id = ?", (incident_id,))
    assert reason[0][0] == "误按新接报"


def test_an_empty_database_opens_the_first_use_guide(xserver: XServer, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    app = App(xserver, empty, tmp_path)
    try:
        app.start()
        app.wait_for(lambda: app.window("first_use_dialog"), "the 初次使用 guide", 20)
        app.focus_window("first_use_dialog")
        app.click("first_use_demo")
        app.wait_for(
            lambda: read_db(empty, "SELECT count(*) FROM person")[0][0] == 15,
            "先看示范数据 to fill the demo county",
        )
        # The demo's overdue incidents ring, and a ringing alarm raises the main window; with no
        # window manager nothing keeps the guide above it (a real desktop keeps a child dialog
        # over its parent), so the officer's click on the guide is preceded by raising it.
        guide = app.window("first_use_dialog")
        assert guide is not None
        app.x.xdotool("windowraise", str(guide["window_id"]))
        app.focus_window("first_use_dialog")
        app.click("first_use_close")
        app.wait_for(lambda: app.window("first_use_dialog") is None, "开始使用 to close it")
        app.settle()
        app.check_alive()
        app.wait_for(lambda: app.shown("page_dashboard"), "the 值班台 behind it")
    finally:
        app.stop()
