"""设置 → 特殊时期: add a 汛期 with double staffing, see it on the roster day, refuse bad input."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from dutyroom.models import Role
from dutyroom.services import DutyRoom
from ui.room_signals import RoomSignals
from ui.settings_special_section import SpecialPeriodsSection


def test_add_and_remove_a_period(qtbot: QtBot, ui_room: DutyRoom) -> None:
    signals = RoomSignals(ui_room.events)  # the room holds it weakly: keep it alive here
    section = SpecialPeriodsSection(ui_room, signals)
    qtbot.addWidget(section)
    section.findChild(QLineEdit, "special_name_edit").insert("汛期")
    section.findChild(QDateEdit, "special_start_edit").setDate(QDate(2026, 7, 1))
    section.findChild(QDateEdit, "special_end_edit").setDate(QDate(2026, 7, 31))
    section.findChild(QPushButton, "special_add_button").click()
    (period,) = ui_room.calendar.special_periods()
    assert (period.name, period.start, period.minimums[Role.LEADER]) == (
        "汛期",
        date(2026, 7, 1),
        2,
    )
    assert ui_room.calendar.info(date(2026, 7, 15)).special == "汛期"
    assert section.findChild(QListWidget, "special_list").count() == 1

    section.findChild(QPushButton, "special_add_button").click()  # the name was cleared
    assert "名称" in section.findChild(QLabel, "special_error_label").text()
    assert len(ui_room.calendar.special_periods()) == 1

    section.findChild(QListWidget, "special_list").setCurrentRow(0)
    section.findChild(QPushButton, "special_remove_button").click()
    assert ui_room.calendar.special_periods() == []
