"""设置 → 文书设置 on a real window: type the duty phone, save, and find it stored (and refused
beside the field when it is not a number)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, cli_json

pytestmark = [pytest.mark.journey, pytest.mark.gui]


def paper(app: App, home: Path) -> dict[str, Any]:
    shown: dict[str, Any] = cli_json(app.data_dir, home, "bureau", "show")
    return shown


def test_the_duty_phone_is_typed_saved_and_stored(app: App, home: Path) -> None:
    assert paper(app, home)["duty_phone"] == ""
    app.click_item("nav", "设置")
    app.wait_for(lambda: app.widget("paper_section"), "the 文书设置 section")  # below the fold
    app.scroll_into_view("paper_save_button", "page_settings")
    app.scroll_into_view("paper_duty_phone_edit", "page_settings")
    app.click("paper_duty_phone_edit")
    app.type("0731-86661234x")
    app.click("paper_save_button")
    app.wait_for(lambda: app.shown("paper_duty_phone_error_label"), "the phone's error line")
    assert paper(app, home)["duty_phone"] == ""  # refused whole: nothing stored

    app.click("paper_duty_phone_edit")
    app.key("End")
    app.key("BackSpace")
    app.click("paper_save_button")
    app.wait_for(lambda: app.shown("paper_duty_phone_error_label") is None, "the error to go")
    app.wait_for(lambda: app.shown("paper_feedback_label"), "已保存")
    app.check_alive()
    stored = paper(app, home)
    assert stored["duty_phone"] == "0731-86661234"
    assert stored["duty_hours"] == "全天24小时值班"
