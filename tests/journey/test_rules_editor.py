"""设置 → 报送时限规则 on a real window: open the editor on 一般·书面, change its time, save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, cli_json

pytestmark = [pytest.mark.journey, pytest.mark.gui]


def general_written(app: App, home: Path) -> dict[str, Any]:
    rules: list[dict[str, Any]] = cli_json(app.data_dir, home, "rules", "list", "--json")
    return next(r for r in rules if r["code"] == "general_written")


def test_the_general_written_time_is_changed_in_the_editor_and_saved(app: App, home: Path) -> None:
    assert general_written(app, home)["offset_minutes"] == 120
    app.click_item("nav", "设置")
    app.wait_for(lambda: app.shown("rules_section"), "the 报送时限规则 section")
    app.scroll_into_view("rules_save_button", "page_settings")
    app.scroll_into_view("rules_table", "page_settings")
    app.click_item("rules_table", "一般·书面")
    app.click("rules_edit_button")
    app.wait_for(lambda: app.window("rule_dialog"), "the rule editor")
    app.focus_window("rule_dialog")
    dialog = app.window("rule_dialog")
    assert dialog is not None
    screen = app.query("screen")["available"]
    x, y, width, height = dialog["rect"]
    assert x >= screen[0] and y >= screen[1]
    assert x + width <= screen[0] + screen[2] and y + height <= screen[1] + screen[3]

    app.click("rule_offset_spin")
    app.key("ctrl+a")
    app.type("180")
    app.click_button("rule_dialog_buttons", "AcceptRole")
    app.wait_for(lambda: app.window("rule_dialog") is None, "确定 to close the editor")
    app.settle()
    assert general_written(app, home)["offset_minutes"] == 120  # nothing saved before 保存

    app.focus_window("main_window")
    app.scroll_into_view("rules_save_button", "page_settings")
    app.click("rules_save_button")
    told = app.answer_modal("yes")
    assert "已经产生的报送时限保持原时限不变" in told
    app.check_alive()
    assert general_written(app, home)["offset_minutes"] == 180
