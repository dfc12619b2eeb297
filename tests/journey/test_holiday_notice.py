"""设置 → 粘贴国务院通知…: a notice loaded into the dialog on a real window, its wrong weekday
refused by line, corrected by typing, and the year imported; the CLI then knows 2027."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.test_holiday_notice import NOTICE_2027
from tests.journey.harness import App, cli, read_db

pytestmark = [pytest.mark.journey, pytest.mark.gui]

# xdotool types long Chinese text unreliably (characters are dropped while it remaps keys), so
# the notice is loaded through 从文件读取… (a path is ASCII) and the mistake is corrected by
# typing: the file's last line gives 10月9日 as 周日, a Saturday.
WRONG = NOTICE_2027.rstrip("\n").replace("10月9日（周六）", "10月9日（周日）")


def problems(app: App) -> list[str]:
    rows: list[dict[str, Any]] = app.query("items notice_problems_list").get("rows", [])
    return [str(row["text"]) for row in rows]


def import_enabled(app: App) -> bool:
    return bool((app.widget("notice_import_button") or {}).get("enabled"))


def test_a_loaded_notice_is_previewed_corrected_by_hand_and_imported(
    app: App, home: Path, tmp_path: Path
) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(WRONG, encoding="utf-8")
    assert "2027年法定节假日数据缺失" in cli(
        app.data_dir, home, "holidays", "list", "--year", "2027"
    )
    app.click_item("nav", "设置")
    app.wait_for(lambda: app.shown("page_settings"), "the 设置 page")
    app.scroll_into_view("override_notice_button", "page_settings")
    app.click("override_notice_button")
    app.focus_window("holiday_notice_dialog")
    assert not import_enabled(app)
    app.click("notice_file_button")
    app.focus_modal()  # the file dialog
    app.type(str(notice))
    app.key("Return")
    app.wait_for(lambda: app.window("holiday_notice_dialog"), "the file dialog to close")
    app.focus_window("holiday_notice_dialog")
    app.wait_for(
        lambda: any("第9行" in p and "10月9日是周六，通知写的是周日" in p for p in problems(app)),
        "the wrong weekday to be refused by its line",
    )
    assert not import_enabled(app)
    assert read_db(app.data_dir, "SELECT count(*) FROM holiday_override")[0][0] == 0

    app.click("notice_text_edit")
    app.key("ctrl+End", "Left", "Left", "Left", "Left", "BackSpace")  # the 日 of （周日）
    app.type("六")
    app.wait_for(lambda: import_enabled(app), "导入 once nothing is refused")
    assert problems(app) == ["✔ 没有问题，可以导入"]
    summary = app.widget("notice_summary_label") or {}
    assert summary.get("text") == "2027年：法定节假日33天，调休补班日6天"
    app.click("notice_import_button")
    app.wait_for(lambda: app.window("holiday_notice_dialog") is None, "导入 to close the dialog")
    app.settle()
    app.check_alive()
    count = read_db(app.data_dir, "SELECT count(*) FROM holiday_override")[0][0]
    assert count == 39
    listed = cli(app.data_dir, home, "holidays", "list", "--year", "2027")
    assert "2027-10-09  周六  调休补班日  国庆节  [录入]" in listed
    assert "数据缺失" not in listed
