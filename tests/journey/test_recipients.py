"""Issue 14 by hand: 首报·电话 of a 较大 incident must reach two units. The officer phones the
city, records it with the city alone ticked, sees the board keep the clock and name the county
still missing, then records the county and sees the clock go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.journey.conftest import Template
from tests.journey.harness import App, cli_json, read_db
from tests.journey.test_board import open_from_board

pytestmark = [pytest.mark.journey, pytest.mark.gui]

CITY, COUNTY = "市应急管理局", "县人民政府总值班室"


def phone_of(app: App, home: Path, incident_id: int, phone: int) -> dict[str, Any]:
    shown = cli_json(app.data_dir, home, "incident", "show", str(incident_id))
    return dict(next(o for o in shown["obligations"] if o["id"] == phone))


def units_reported(data_dir: Path, phone: int) -> list[str]:
    rows = read_db(
        data_dir, "SELECT to_unit FROM evidence WHERE obligation_id = ? ORDER BY id", (phone,)
    )
    return [str(row[0]) for row in rows]


def confirm(app: App) -> None:
    app.click_button("report_buttons", "AcceptRole")
    app.wait_for(lambda: app.window("report_dialog") is None, "确定 to close the dialog")
    app.settle()


def test_one_of_two_recipients_then_the_other(app: App, template: Template, home: Path) -> None:
    incident_id, phone = template.incident["id"], template.obligation_id("phone")
    open_from_board(app, phone)
    assert (app.widget("report_recipient_0") or {}).get("text") == CITY
    assert (app.widget("report_recipient_1") or {}).get("text") == COUNTY
    assert f"未报：{CITY}、{COUNTY}" in str((app.widget("report_recipients") or {}).get("text"))
    # A call reaches one unit: the city alone is ticked.
    assert (app.widget("report_to_unit") or {}).get("text") == CITY
    confirm(app)

    state = phone_of(app, home, incident_id, phone)
    assert state["done_at"] is None, "one of two recipients closed the obligation"
    assert [(r["unit"], r["done_at"] is not None) for r in state["recipients"]] == [
        (CITY, True),
        (COUNTY, False),
    ]
    assert units_reported(app.data_dir, phone) == [CITY]
    progress = app.wait_for(
        lambda: (w := app.shown(f"recipients_{phone}")) and COUNTY in str(w["text"]) and w,
        "the card's line of recipients",
    )
    assert str(progress["text"]).splitlines() == [f"{CITY} ✓", f"{COUNTY} 待报"]
    assert app.shown(f"countdown_{phone}"), "the half-done clock left the board"

    app.focus_window("main_window")
    open_from_board(app, phone)
    assert (app.widget("report_recipient_0") or {}).get("text") == COUNTY
    assert app.widget("report_recipient_1") is None  # the city is done: not offered again
    assert f"已报：{CITY}" in str((app.widget("report_recipients") or {}).get("text"))
    confirm(app)

    state = phone_of(app, home, incident_id, phone)
    assert state["state"] in ("done", "done_late"), state
    assert units_reported(app.data_dir, phone) == [CITY, COUNTY]
    app.wait_for(lambda: app.shown(f"done_{phone}"), "the card's 已报送 line")
    assert app.widget(f"countdown_{phone}") is None, "the clock is still on the board"
