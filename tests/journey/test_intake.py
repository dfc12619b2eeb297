"""F2 journeys: the call comes in, the facts of a first phone report are typed, and the phone and
written reports are recorded from the 接报 form's own 登记报送 buttons."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, cli_json, read_db

pytestmark = [pytest.mark.journey, pytest.mark.gui]

FACTS = {  # field → what the officer types (the five facts a first phone report needs)
    "title": "河口镇化工园区储罐泄漏",
    "township": "河口镇",
    "place": "化工园区纬三路",
    "category": "事故灾难",
    "subtype": "危化品",
    "reporter_unit": "河口镇人民政府",
    "deaths": "5",
}


def newest_incident(data_dir: Path) -> int:
    return int(read_db(data_dir, "SELECT coalesce(max(id), 0) FROM incident")[0][0])


def show(app: App, home: Path, incident_id: int) -> dict[str, Any]:
    shown: dict[str, Any] = cli_json(app.data_dir, home, "incident", "show", str(incident_id))
    return shown


def evidence(data_dir: Path, obligation_id: int) -> list[dict[str, Any]]:
    rows = read_db(data_dir, "SELECT * FROM evidence WHERE obligation_id = ?", (obligation_id,))
    return [dict(row) for row in rows]


def press_f2(app: App) -> int:
    """F2 in the main window: the incident is stored at once (its clocks run from F2), then the
    form opens with the focus in 标题."""
    before = newest_incident(app.data_dir)
    pressed = datetime.now().astimezone()
    app.key("F2")
    incident_id = app.wait_for(
        lambda: (n := newest_incident(app.data_dir)) > before and n, "F2 to store an incident", 3
    )
    app.wait_for(lambda: app.shown("incident_form"), "the 接报 form")
    app.wait_for(lambda: app.focus() == "field_title", "the focus in 标题", 5)
    received = read_db(
        app.data_dir, "SELECT received_at FROM incident WHERE id = ?", (incident_id,)
    )
    received_at = datetime.fromisoformat(received[0][0])
    assert abs(received_at - pressed) < timedelta(seconds=10), (received_at, pressed)
    return int(incident_id)


def type_facts(app: App, facts: dict[str, str]) -> None:
    """Type each fact into its field, reaching the field with Tab as the officer does."""
    for number, (field, text) in enumerate(facts.items()):
        if number:
            app.tab_to(f"field_{field}")
        app.type(text)


def wait_saved(
    app: App, home: Path, incident_id: int, facts: dict[str, str], questions: list[str]
) -> dict[str, Any]:
    """The autosave (about a second after the last keystroke) put every fact in the database.
    A question the form asks on the way (a grade change that withdraws a deadline) is answered
    是 by a click, and its text kept in `questions`."""

    def saved() -> dict[str, Any] | None:
        if app.modal() is not None:
            questions.append(app.answer_modal("yes"))
            return None
        shown = show(app, home, incident_id)
        return shown if all(str(shown[k]) == v for k, v in facts.items()) else None

    return app.wait_for(saved, "the autosave of the typed facts", 30)


def obligation(shown: dict[str, Any], kind: str) -> dict[str, Any]:
    return dict(next(o for o in shown["obligations"] if o["kind"] == kind))


def open_from_form(app: App, obligation_id: int) -> None:
    button = f"form_report_button_{obligation_id}"
    app.wait_for(lambda: app.widget(button), f"{button} in the 接报 form (issue 12, item 4)", 5)
    app.scroll_into_view(button, "form_scroll")
    app.click(button)
    app.wait_for(lambda: app.window("report_dialog"), "the 登记报送 dialog")


def confirm_report(app: App) -> None:
    app.click_button("report_buttons", "AcceptRole")
    app.wait_for(lambda: app.window("report_dialog") is None, "the dialog to close")
    app.settle()


def test_f2_facts_then_phone_and_written_report_from_the_form(app: App, home: Path) -> None:
    started = time.monotonic()
    incident_id = press_f2(app)
    type_facts(app, FACTS)
    questions: list[str] = []
    shown = wait_saved(app, home, incident_id, FACTS, questions)
    assert shown["grade"] == "较大", shown["grade_reason"]
    if questions:
        print(f"the form asked {len(questions)} question(s) on the way: {questions}")
    phone, written = obligation(shown, "phone"), obligation(shown, "written")

    open_from_form(app, phone["id"])
    confirm_report(app)
    shown = show(app, home, incident_id)
    assert obligation(shown, "phone")["done_at"] is None  # a call reaches one unit
    app.focus_window("main_window")
    open_from_form(app, phone["id"])
    confirm_report(app)  # the second call, to the county
    shown = show(app, home, incident_id)
    assert obligation(shown, "phone")["state"] in ("done", "done_late")
    rows = evidence(app.data_dir, phone["id"])  # one per call
    assert len(rows) == 2 and all(row["method"] == "电话" and row["to_unit"] for row in rows)
    assert obligation(shown, "written")["done_at"] is None  # only the phone report so far

    app.focus_window("main_window")
    open_from_form(app, written["id"])
    confirm_report(app)
    shown = show(app, home, incident_id)
    assert obligation(shown, "written")["state"] in ("done", "done_late")
    assert len(evidence(app.data_dir, written["id"])) == 2  # 市应急管理局 and 县政府
    assert shown["title"] == FACTS["title"]  # the reports changed nothing that was typed
    print(f"F2 → written report recorded: {time.monotonic() - started:.1f} s of xdotool input")


def test_f2_to_phone_report_by_keyboard_alone(app: App, home: Path) -> None:
    """README's keyboard path, keys counted (typed text not counted): F2, the facts by Tab,
    Ctrl+Enter (the most urgent deadline's 登记报送), Enter (确定). A rise to 较大 asks nothing
    (only a falling grade does). Focusing a new dialog is the window manager's job (there is
    none here), so it is done by xdotool and not counted."""
    keys = 1
    incident_id = press_f2(app)
    for number, (field, text) in enumerate(FACTS.items()):
        if number:
            keys += app.tab_to(f"field_{field}")
        app.type(text)
    print(f"F2 and the Tabs to the five facts: {keys} keys")
    app.key("ctrl+Return")
    keys += 1
    question = app.modal()
    assert question is None, f"a rising grade asked a question: {question}"
    app.wait_for(lambda: app.window("report_dialog"), "Ctrl+Enter to open 登记报送", 5)
    app.focus_window("report_dialog")
    app.key("Return")
    keys += 1
    app.wait_for(lambda: app.window("report_dialog") is None, "Enter to record the report")
    app.settle()
    shown = show(app, home, incident_id)
    assert shown["grade"] == "较大", "the deaths typed were not kept"
    phone = obligation(shown, "phone")
    (first,) = evidence(app.data_dir, phone["id"])  # a call reaches one unit: the city
    assert first["to_unit"] == "市应急管理局", "Ctrl+Enter → Enter did not record the call"
    assert keys == 13, (
        f"README says 13 keys from the call to the first phone report, it took {keys}"
    )
    print(f"call → phone report to the city recorded by keyboard: {keys} keys")
    app.focus_window("main_window")
    app.key("ctrl+Return")  # the second call, to the county: still the most urgent
    app.wait_for(lambda: app.window("report_dialog"), "Ctrl+Enter for the county's call", 5)
    app.focus_window("report_dialog")
    app.key("Return")
    keys += 2
    app.wait_for(lambda: app.window("report_dialog") is None, "Enter to record the second call")
    app.settle()
    phone = obligation(show(app, home, incident_id), "phone")
    assert phone["state"] in ("done", "done_late"), "two calls did not complete 首报·电话"
    assert len(evidence(app.data_dir, phone["id"])) == 2
    assert keys == 15, f"README says 15 keys for both calls, it took {keys}"
    app.focus_window("main_window")
    app.key("ctrl+Return")  # the written report: two keys more
    app.wait_for(lambda: app.window("report_dialog"), "Ctrl+Enter for the written report", 5)
    app.focus_window("report_dialog")
    app.key("Return")
    app.wait_for(lambda: app.window("report_dialog") is None, "Enter to record it")
    app.settle()
    written = obligation(show(app, home, incident_id), "written")
    assert written["state"] in ("done", "done_late"), "Ctrl+Enter → Enter: no written report"


def test_f2_dismissed_dialogs_change_nothing(app: App, home: Path) -> None:
    """Esc and 否/取消 in each dialog the intake can open: the question a falling grade asks
    (which deadlines it would cancel) keeps the old number; the report dialog records nothing."""
    incident_id = press_f2(app)
    facts = {"title": "青山乡某厂房坍塌", "category": "事故灾难", "subtype": "建筑施工"}
    type_facts(app, facts)
    app.tab_to("field_deaths")
    app.key("ctrl+a")
    app.type("5")
    questions: list[str] = []
    shown = wait_saved(app, home, incident_id, {**facts, "deaths": "5"}, questions)
    assert shown["grade"] == "较大" and questions == [], questions  # a rise asks nothing
    # The rows the rise made keep counting down (seen once under load: a row stood still).
    tile = f"form_countdown_{obligation(shown, 'phone')['id']}"
    first = app.wait_for(lambda: (app.widget(tile) or {}).get("text"), f"{tile} on the form", 5)
    app.wait_for(
        lambda: (app.widget(tile) or {}).get("text") not in (None, first),
        f"{tile} to move on from {first}",
        5,
    )
    for answer in ("escape", "no"):
        app.focus_window("main_window")
        app.click("field_deaths")
        app.key("ctrl+a")
        app.type("2")
        asked = app.answer_modal(answer)
        assert "首报·电话" in asked, asked  # it names what it would cancel
        app.wait_for(
            lambda: (app.widget("field_deaths") or {}).get("text") == "5",
            f"{answer} to put 5 back into 死亡",
        )
        shown = show(app, home, incident_id)
        assert (shown["deaths"], shown["grade"]) == (5, "较大"), answer
    phone = obligation(shown, "phone")
    assert phone["state"] not in ("cancelled",), phone

    open_from_form(app, phone["id"])
    app.focus_window("report_dialog")
    app.key("Escape")
    app.wait_for(lambda: app.window("report_dialog") is None, "Esc to close the dialog")
    app.settle()
    assert obligation(show(app, home, incident_id), "phone")["done_at"] is None
    assert evidence(app.data_dir, phone["id"]) == []

    app.focus_window("main_window")
    open_from_form(app, phone["id"])
    app.click_button("report_buttons", "RejectRole")
    app.wait_for(lambda: app.window("report_dialog") is None, "取消 to close the dialog")
    app.settle()
    assert obligation(show(app, home, incident_id), "phone")["done_at"] is None
    assert evidence(app.data_dir, phone["id"]) == []
    assert app.shown(f"form_report_button_{phone['id']}"), "the form lost its 登记报送 button"
