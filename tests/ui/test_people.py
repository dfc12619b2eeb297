"""人员管理 dialog: add, edit roles and phones, deactivate, leave, duplicate names refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from ui.people_dialog import PeopleDialog
from ui.room_signals import RoomSignals
from ui.roster_page import RosterPage


@pytest.fixture
def dialog(qtbot, ui_room: DutyRoom) -> PeopleDialog:  # type: ignore[no-untyped-def]
    signals = RoomSignals(ui_room.events)
    widget = PeopleDialog(ui_room, signals)
    widget._test_signals = signals  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


def fill(dialog: PeopleDialog, name: str, roles: tuple[str, ...], mobile: str = "") -> None:
    dialog.findChild(QPushButton, "person_new_button").click()
    dialog.findChild(QLineEdit, "person_name_edit").setText(name)
    for object_name in ("person_role_leader", "person_role_chief", "person_role_officer"):
        dialog.findChild(QCheckBox, object_name).setChecked(object_name in roles)
    dialog.findChild(QLineEdit, "person_mobile_edit").setText(mobile)


def save(qtbot, dialog: PeopleDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QPushButton, "person_save_button"), Qt.MouseButton.LeftButton)


def test_add_a_person_with_two_roles(qtbot, dialog: PeopleDialog, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    fill(dialog, "王建国", ("person_role_leader", "person_role_chief"), "13907310001")
    save(qtbot, dialog)
    person = ui_room.people.by_name("王建国")
    assert person is not None
    assert set(person.roles) == {Role.LEADER, Role.CHIEF}
    assert person.mobile == "13907310001"
    assert dialog.table.rowCount() == 1
    assert dialog.findChild(QLabel, "person_error_label").property("feedback") == "ok"


def test_the_title_is_its_own_field(qtbot, dialog: PeopleDialog, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    fill(dialog, "李振华", ("person_role_leader",), "13907310002")
    dialog.findChild(QLineEdit, "person_unit_edit").setText("局领导")
    dialog.findChild(QLineEdit, "person_title_edit").setText("副局长")
    save(qtbot, dialog)
    person = ui_room.people.by_name("李振华")
    assert person is not None and (person.unit, person.title) == ("局领导", "副局长")
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["姓名", "角色", "单位", "职务"]
    assert dialog.table.item(0, 3).text() == "副局长"
    dialog.findChild(QLineEdit, "person_title_edit").setText("局长")
    save(qtbot, dialog)
    assert ui_room.people.by_name("李振华").title == "局长"  # type: ignore[union-attr]


def test_a_duplicate_name_shows_the_conflict_message(qtbot, dialog, ui_room) -> None:  # type: ignore[no-untyped-def]
    ui_room.people.add(Person("王建国", (Role.LEADER,)))
    fill(dialog, "王建国", ("person_role_officer",))
    save(qtbot, dialog)
    error = dialog.findChild(QLabel, "person_error_label")
    assert "同名" in error.text()
    assert error.property("feedback") == "error"
    assert len(ui_room.people.list()) == 1


def test_no_role_is_refused_in_chinese(qtbot, dialog, ui_room) -> None:  # type: ignore[no-untyped-def]
    fill(dialog, "李振华", ())
    save(qtbot, dialog)
    assert "至少选择一个角色" in dialog.findChild(QLabel, "person_error_label").text()
    assert ui_room.people.list() == []


def test_deactivate_keeps_the_person(qtbot, dialog, ui_room) -> None:  # type: ignore[no-untyped-def]
    ui_room.people.add(Person("赵晓明", (Role.OFFICER,)))
    dialog.select_person("赵晓明")
    dialog.findChild(QCheckBox, "person_active_check").setChecked(False)
    save(qtbot, dialog)
    person = ui_room.people.by_name("赵晓明")
    assert person is not None and not person.active
    assert dialog.table.item(0, 6).text() == "已停用"


def test_leave_is_recorded_and_flagged_on_the_roster(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    for name, role in (("王建国", Role.LEADER), ("赵晓明", Role.OFFICER)):
        ui_room.people.add(Person(name, (role,)))
    ui_room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    signals = RoomSignals(ui_room.events)
    page = RosterPage(ui_room, signals)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.findChild(QPushButton, "roster_people_button"), Qt.MouseButton.LeftButton)
    dialog = page.io.people_dialog
    assert dialog is not None
    dialog.select_person("赵晓明")
    dialog.leave_start.setDate(QDate(2026, 11, 10))
    dialog.leave_end.setDate(QDate(2026, 11, 11))
    dialog.leave_reason.setText("年休假")
    qtbot.mouseClick(dialog.leave_add, Qt.MouseButton.LeftButton)
    assert dialog.leave_list.count() == 1
    texts = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert any("赵晓明正在请假" in t for t in texts)  # the page reloaded on the "people" event
    dialog.leave_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.leave_delete, Qt.MouseButton.LeftButton)
    assert ui_room.people.leaves() == []
