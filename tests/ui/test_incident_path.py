"""The F2 path: a change of zone is seen at once everywhere, a hidden board catches up when it is
shown, the form's 乡镇 come from the directory, and F2 costs the same SQL with 1 or 12 open."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from dutyroom.models import Contact, ContactKind
from dutyroom.services import DutyRoom
from tests.storage_access import store_of
from ui.dashboard import DashboardPage
from ui.incident_board import IncidentBoard
from ui.incident_form import IncidentForm
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow


def board_of(win: MainWindow) -> IncidentBoard:
    page = win.show_page("page_dashboard")
    assert isinstance(page, DashboardPage) and isinstance(page.board, IncidentBoard)
    return page.board


def press_f2(qtbot, win: MainWindow) -> IncidentForm:  # type: ignore[no-untyped-def]
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    page = win.page("page_incidents")
    assert isinstance(page, IncidentsPage) and page.form.incident is not None
    return page.form


def f2_statements(qtbot, win: MainWindow, room: DutyRoom) -> int:  # type: ignore[no-untyped-def]
    conn = store_of(room).db.conn
    assert isinstance(conn, sqlite3.Connection)
    seen: list[str] = []
    win.show_page("page_dashboard")
    conn.set_trace_callback(seen.append)
    try:
        press_f2(qtbot, win)
    finally:
        conn.set_trace_callback(None)
    return len(seen)


def test_a_new_zone_shows_on_the_form_and_the_board_without_restart(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    board = board_of(main_window)
    form = press_f2(qtbot, main_window)
    incident = form.incident
    assert incident is not None
    shanghai = incident.received_at.astimezone(ui_room.bureau.timezone()).strftime("%H:%M:%S")
    assert shanghai in form.received_label.text()
    ui_room.bureau.set_timezone("Asia/Tokyo")
    tokyo = incident.received_at.astimezone(ui_room.bureau.timezone())
    assert tokyo.strftime("%H:%M:%S") in form.received_label.text()
    assert form.fields["occurred_at"].dateTime().toString("HH:mm") == tokyo.strftime("%H:%M")
    board_of(main_window)  # hidden while the zone changed: reloaded as it is shown
    card = next(c for c in board.cards if c.incident.id == incident.id)
    received = card.findChild(QLabel, "incident_received")
    assert received is not None and tokyo.strftime("%H:%M") in received.text()


def test_a_hidden_board_catches_up_when_shown(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    board = board_of(main_window)
    before = {card.incident.id for card in board.cards}
    form = press_f2(qtbot, main_window)
    assert form.incident is not None
    assert not board.isVisible()
    board_of(main_window)
    assert {card.incident.id for card in board.cards} == before | {form.incident.id}


def test_f2_runs_as_many_statements_with_one_or_twelve_open(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    press_f2(qtbot, main_window)  # the first F2 builds the 接报 page
    one = f2_statements(qtbot, main_window, ui_room)
    for index in range(10):
        ui_room.incidents.receive({"title": f"事件{index}", "deaths": 3})
    twelve = f2_statements(qtbot, main_window, ui_room)
    assert len(ui_room.incidents.open_incidents()) >= 12
    assert twelve == one


def test_the_forms_townships_come_from_the_directory(
    qtbot, ui_room: DutyRoom, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ui_room.directory.add_contact(
        Contact(
            name="石门镇值班室", kind=ContactKind.TOWNSHIP, unit="石门镇", phone="0731-86661009"
        )
    )
    form = press_f2(qtbot, main_window)
    box = form.fields["township"]
    assert isinstance(box, QComboBox)
    assert "石门镇" in [box.itemText(i) for i in range(box.count())]
