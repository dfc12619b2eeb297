"""交接班 journey: what the last shift handed over (卫星电话 异常, a 未办结事项) is in this shift's
draft when 开始交接 is clicked, said so above the sheet, and handed on when submitted unchanged."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.handover import EquipmentItem
from tests.journey.conftest import Template
from tests.journey.harness import App
from tests.journey.test_handover import (
    NOT_STARTED,
    PENDING,
    answer_dialogs,
    press,
    shift_day,
    wait_state,
)
from tests.journey.test_handover import handover as shown_handover

pytestmark = [pytest.mark.journey, pytest.mark.gui]
FAULT = EquipmentItem("卫星电话", "异常", "无信号，已报修（县电信局）")
LANDSLIDE = "青山乡石门村滑坡：2人失联，待乡政府核实"


@pytest.fixture
def data_dir(tmp_path: Path, template: Template) -> Path:
    """The demo folder with the previous shift's sheet submitted and accepted at its end."""
    copy = tmp_path / "data"
    shutil.copytree(template.data_dir, copy)
    room = open_room(copy)
    try:
        current = room.log.current_shift()
        previous = room.log.shift_of_day(current.day - timedelta(days=1))
    finally:
        room.close()
    clock = FakeClock(previous.end - timedelta(minutes=10))
    room = open_room(copy, clock)
    try:
        room.handover.after_accept = None  # no export or backup in the template's folders
        sheet = room.handover.draft(previous)
        equipment = tuple(FAULT if e.name == FAULT.name else e for e in sheet.equipment)
        sheet = replace(sheet, equipment=equipment, unfinished=LANDSLIDE)
        stored = room.handover.submit(sheet, by=sheet.outgoing_officers[0])
        assert stored.id is not None
        clock.set(previous.end)
        room.handover.accept(stored.id, sheet.incoming_leaders[0], sheet.incoming_officers[0])
    finally:
        room.close()
    return copy


def test_the_draft_carries_the_handed_over_fault_and_hands_it_on(app: App, home: Path) -> None:
    day = shift_day(app, home)
    wait_state(app, home, day, NOT_STARTED)
    app.click_item("nav", "交接班")
    app.wait_for(lambda: app.shown("page_handover"), "the 交接班 page")
    press(app, "handover_start_button")
    answer_dialogs(app, "yes")

    def carried_line() -> dict[str, str] | None:
        line = app.shown("handover_carried_label")
        return line if line and FAULT.name in line.get("text", "") else None

    hint = app.wait_for(carried_line, "the line naming what the last shift handed over")
    assert FAULT.remark in hint["text"] and "未办结事项" in hint["text"]
    app.wait_for(lambda: (app.widget("handover_submit_button") or {}).get("enabled"), "提交交班")
    press(app, "handover_submit_button")
    answer_dialogs(app, "yes")
    sheet = wait_state(app, home, day, PENDING)
    satellite = next(e for e in sheet["equipment"] if e["name"] == FAULT.name)
    assert (satellite["status"], satellite["remark"]) == (FAULT.status, FAULT.remark)
    assert sheet["unfinished"] == LANDSLIDE and sheet["status"]["state"] == "已提交"
    assert shown_handover(app, home, day)["carried"] == [FAULT.name, "unfinished"]
