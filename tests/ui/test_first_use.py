"""初次使用: an empty database offers the guide; each step writes through the room's services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from dutyroom.app.compose import open_room
from dutyroom.excel.transfer import export_people
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from ui.first_use import FirstUseDialog, needs_first_use
from ui.room_signals import RoomSignals


def click(qtbot, dialog: FirstUseDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_dialog(qtbot, room: DutyRoom, chosen: str = "") -> FirstUseDialog:  # type: ignore[no-untyped-def]
    dialog = FirstUseDialog(room, RoomSignals(room.events), choose_file=lambda _p, _t: chosen)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_name_people_and_roster_in_three_steps(qtbot, ui_room: DutyRoom, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert needs_first_use(ui_room)
    # The bureau's own list: exported from another room, as a real bureau's workbook would be.
    source = tmp_path / "people.xlsx"
    other = open_room(tmp_path / "other")
    other.people.add(Person("王建国", (Role.LEADER,)))
    other.people.add(Person("赵晓明", (Role.OFFICER,)))
    export_people(other, source)

    dialog = make_dialog(qtbot, ui_room, str(source))
    dialog.bureau_edit.setText("青山县应急管理局")
    click(qtbot, dialog, "first_use_save_bureau")
    assert ui_room.bureau.name() == "青山县应急管理局"
    click(qtbot, dialog, "first_use_import_people")
    assert {p.name for p in ui_room.people.list()} == {"王建国", "赵晓明"}
    assert "新增2人" in dialog.feedback.text()
    click(qtbot, dialog, "first_use_generate")
    assert "排班" in dialog.feedback.text()
    today = ui_room.today()
    assert ui_room.roster.month_state(today.year, today.month) is not None
    assert not needs_first_use(ui_room)


def test_a_bad_name_is_refused_in_words(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, ui_room)
    dialog.bureau_edit.setText("")
    click(qtbot, dialog, "first_use_save_bureau")
    assert dialog.feedback.isVisible() and dialog.feedback.property("feedback") == "error"


def test_demo_data_first(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, ui_room)
    click(qtbot, dialog, "first_use_demo")
    assert len(ui_room.people.list()) == 15
    assert ui_room.incidents.open_incidents()
    assert dialog.bureau_edit.text() == ui_room.bureau.name()
