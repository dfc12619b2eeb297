"""交接班 journeys: draft, submit and accept the shift's handover by mouse, and by keyboard with Esc
and 否/取消 given to any dialog on the way; `dutyroom handover show` must show each state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, cli_json, read_db

pytestmark = [pytest.mark.journey, pytest.mark.gui]

NOT_STARTED, PENDING, ACCEPTED = "未开始", "待接班", "已交接"


def shift_day(app: App, home: Path) -> str:
    """The date the running shift starts on (the page shows that shift's handover)."""
    return str(cli_json(app.data_dir, home, "status")["shift"]["start"])[:10]


def handover(app: App, home: Path, day: str) -> dict[str, Any]:
    shown: dict[str, Any] = cli_json(app.data_dir, home, "handover", "show", "--shift", day)
    return shown


def wait_state(app: App, home: Path, day: str, state: str) -> dict[str, Any]:
    return app.wait_for(
        lambda: (sheet := handover(app, home, day))["state"] == state and sheet,
        f"the handover to be {state}",
        15,
    )


def press(app: App, name: str) -> None:
    """Bring a button or field of the page into view with the mouse wheel, then click it."""
    app.scroll_into_view(name, "page_handover")
    app.click(name)


def answer_dialogs(app: App, answer: str) -> list[str]:
    """Answer every modal dialog the last gesture opened; their texts."""
    texts = []
    while app.dialogs():
        texts.append(app.answer_modal(answer))
    return texts


def dismiss_then_confirm(
    app: App, home: Path, day: str, gesture: Any, dismiss: str, state: str
) -> list[str]:
    """Do `gesture`; any dialog it opens is first dismissed (`dismiss`) and the handover must
    still be in `state`; then the gesture again, and 是/确定 to each dialog."""
    gesture()
    seen = []
    if app.dialogs():
        seen = answer_dialogs(app, dismiss)
        assert handover(app, home, day)["state"] == state, f"{dismiss} changed the handover"
        gesture()
        answer_dialogs(app, "yes")
    return seen


def test_handover_submit_and_accept_by_mouse(app: App, home: Path) -> None:
    day = shift_day(app, home)
    sheet = wait_state(app, home, day, NOT_STARTED)
    leader, officer = sheet["incoming_leaders"][0], sheet["incoming_officers"][0]

    app.click_item("nav", "交接班")
    app.wait_for(lambda: app.shown("page_handover"), "the 交接班 page")
    press(app, "handover_start_button")
    answer_dialogs(app, "yes")
    app.wait_for(lambda: (app.widget("handover_submit_button") or {}).get("enabled"), "提交交班")
    press(app, "handover_submit_button")
    answer_dialogs(app, "yes")
    wait_state(app, home, day, PENDING)

    press(app, "handover_accept_leader")
    app.type(leader)
    press(app, "handover_accept_officer")
    app.type(officer)
    press(app, "handover_accept_button")
    answer_dialogs(app, "yes")
    wait_state(app, home, day, ACCEPTED)
    (row,) = read_db(app.data_dir, "SELECT accepted_by FROM handover ORDER BY id DESC LIMIT 1")
    assert leader in row["accepted_by"] and officer in row["accepted_by"]
    app.wait_for(
        lambda: (app.widget("handover_annotate_button") or {}).get("visible"),
        "the locked sheet's 补充说明",
    )


@pytest.mark.parametrize("dismiss", ["escape", "no"])
def test_handover_by_keyboard_with_dialogs_dismissed_first(
    app: App, home: Path, dismiss: str
) -> None:
    day = shift_day(app, home)
    sheet = wait_state(app, home, day, NOT_STARTED)
    leader, officer = sheet["incoming_leaders"][0], sheet["incoming_officers"][0]

    app.key("ctrl+5")  # 交接班 is the fifth page of the sidebar
    app.wait_for(lambda: app.shown("page_handover"), "Ctrl+5 to show 交接班")
    app.key("Escape")  # a stray Esc on the page changes nothing
    assert handover(app, home, day)["state"] == NOT_STARTED

    seen = dismiss_then_confirm(
        app, home, day, lambda: press(app, "handover_start_button"), dismiss, NOT_STARTED
    )
    app.wait_for(lambda: (app.widget("handover_submit_button") or {}).get("enabled"), "提交交班")
    seen += dismiss_then_confirm(
        app, home, day, lambda: press(app, "handover_submit_button"), dismiss, NOT_STARTED
    )
    wait_state(app, home, day, PENDING)

    press(app, "handover_accept_leader")
    app.type(leader)
    app.key("Tab")
    assert app.focus() == "handover_accept_officer"
    app.type(officer)
    seen += dismiss_then_confirm(app, home, day, lambda: app.key("Return"), dismiss, PENDING)
    wait_state(app, home, day, ACCEPTED)
    print(f"dialogs on the handover path: {seen or 'none'}")
