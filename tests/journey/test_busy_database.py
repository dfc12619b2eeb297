"""确定 in 登记报送 while another program holds the database's write lock (a roster import from
the command line): the real window says the database is busy and stays open with what was
typed; once the lock is free, 确定 again records the report and the dialog closes."""

from __future__ import annotations

import sqlite3

import pytest

from dutyroom.app.paths import database_path
from tests.journey.conftest import Template
from tests.journey.harness import App, read_db
from tests.journey.test_board import open_from_board

pytestmark = [pytest.mark.journey, pytest.mark.gui]


def test_ok_on_a_busy_database_then_ok_again(app: App, template: Template) -> None:
    phone = template.obligation_id("phone")
    open_from_board(app, phone)
    holder = sqlite3.connect(database_path(app.data_dir), isolation_level=None, timeout=10)
    holder.execute("BEGIN IMMEDIATE")
    try:
        app.click_button("report_buttons", "AcceptRole")
        # The app waits out its busy timeout (5 s), then says so in the dialog.
        error = app.wait_for(
            lambda: (w := app.shown("report_error")) and "数据库正忙" in str(w["text"]) and w,
            "the busy message in the dialog",
            timeout=20,
        )
        assert error and app.window("report_dialog") is not None
        assert (
            read_db(app.data_dir, "SELECT id FROM evidence WHERE obligation_id = ?", (phone,)) == []
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    app.click_button("report_buttons", "AcceptRole")
    app.wait_for(lambda: app.window("report_dialog") is None, "确定 to close the dialog")
    rows = read_db(app.data_dir, "SELECT id FROM evidence WHERE obligation_id = ?", (phone,))
    assert len(rows) == 1
