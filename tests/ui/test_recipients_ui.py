"""Issue 14 on screen: an obligation with several recipients, half done and looked at; "why this
deadline" beside each clock; a 事发 clock that fell back to 接报 says so; 灾情稳定 from the
incident page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QToolButton

from dutyroom.clock import FakeClock
from dutyroom.documents.handover_doc import clock_item
from dutyroom.handover import ClockLine
from dutyroom.models import Incident, Obligation, ObligationKind, ObligationState
from dutyroom.rule_conditions import describe
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.incident_board import IncidentBoard
from ui.incident_obligations import ObligationList
from ui.incidents_page import IncidentsPage
from ui.report_dialog import ReportDialog
from ui.room_signals import RoomSignals

CITY, COUNTY = "市应急管理局", "县人民政府总值班室"
LARGER = {"title": "某化工厂爆炸", "category": "事故灾难", "subtype": "危化品", "deaths": 4}


@pytest.fixture
def board(qtbot, ui_room: DutyRoom) -> Iterator[IncidentBoard]:  # type: ignore[no-untyped-def]
    signals = RoomSignals(ui_room.events)  # the room holds it weakly: kept alive here
    widget = IncidentBoard(ui_room, signals, lambda: "吴倩")
    qtbot.addWidget(widget)
    widget.resize(1190, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    del signals


def receive(room: DutyRoom, fields: dict[str, object]) -> Incident:
    return room.incidents.receive(fields, received_by="吴倩")


def of_kind(room: DutyRoom, incident: Incident, kind: ObligationKind) -> Obligation:
    assert incident.id is not None
    return next(o for o in room.incidents.obligations_of(incident.id) if o.kind is kind)


def label(board: IncidentBoard, name: str) -> QLabel | None:
    found = board.findChild(QLabel, name)
    return found if found is not None and found.isVisible() else None


def open_dialog(board: IncidentBoard, obligation_id: int) -> ReportDialog:
    button = board.findChild(QPushButton, f"report_button_{obligation_id}")
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert board.report_dialog is not None
    return board.report_dialog


def press_ok(qtbot, dialog: ReportDialog) -> None:  # type: ignore[no-untyped-def]
    """确定 clicked: the path through QDialog.accept()/done() that once crashed a real display."""
    box = dialog.findChild(QDialogButtonBox, "report_buttons")
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_dialog_offers_the_missing_units_and_one_report_leaves_the_other(
    qtbot,  # type: ignore[no-untyped-def]
    ui_room: DutyRoom,
    board: IncidentBoard,
) -> None:
    incident = receive(ui_room, LARGER)
    phone = of_kind(ui_room, incident, ObligationKind.PHONE)
    assert phone.id is not None and phone.missing_units() == (CITY, COUNTY)
    board.reload()
    dialog = open_dialog(board, phone.id)
    assert [box.text() for box in dialog.recipient_boxes] == [CITY, COUNTY]
    # A call reaches one unit: only the first one missing is ticked.
    assert [box.isChecked() for box in dialog.recipient_boxes] == [True, False]
    assert dialog.to_unit.text() == CITY
    assert dialog.recipients_label.text() == f"未报：{CITY}、{COUNTY}"
    # The officer ticks the county too, by a click, and changes his mind.
    county_box = dialog.recipient_boxes[1]
    QTest.mouseClick(county_box, Qt.MouseButton.LeftButton)
    assert county_box.isChecked() and dialog.to_unit.text() == f"{CITY}、{COUNTY}"
    QTest.mouseClick(county_box, Qt.MouseButton.LeftButton)
    assert not county_box.isChecked() and dialog.to_unit.text() == CITY
    press_ok(qtbot, dialog)
    assert dialog.recorded is not None
    stored = of_kind(ui_room, incident, ObligationKind.PHONE)
    assert stored.status is ObligationState.PENDING and stored.missing_units() == (COUNTY,)

    # The board still counts it down, and says who is still missing.
    assert label(board, f"countdown_{phone.id}") is not None
    progress = label(board, f"recipients_{phone.id}")
    assert progress is not None
    assert progress.text().splitlines() == [f"{CITY} ✓", f"{COUNTY} 待报"]
    assert label(board, f"done_{phone.id}") is None

    again = open_dialog(board, phone.id)
    assert [box.text() for box in again.recipient_boxes] == [COUNTY]
    at = ui_room.clock.now().astimezone(ui_room.bureau.timezone())
    assert again.recipients_label.text() == f"已报：{CITY} {at:%H:%M}；未报：{COUNTY}"
    assert again.to_unit.text() == COUNTY
    press_ok(qtbot, again)
    done = of_kind(ui_room, incident, ObligationKind.PHONE)
    assert done.status is ObligationState.DONE and done.missing_units() == ()
    assert label(board, f"countdown_{phone.id}") is None
    assert label(board, f"done_{phone.id}") is not None


def test_a_unit_outside_the_recipients_is_refused_and_the_dialog_stays(
    ui_room: DutyRoom, board: IncidentBoard
) -> None:
    incident = receive(ui_room, LARGER)
    phone = of_kind(ui_room, incident, ObligationKind.PHONE)
    assert phone.id is not None
    board.reload()
    dialog = open_dialog(board, phone.id)
    dialog.choose_units()
    dialog.to_unit.setText("省应急管理厅")
    assert not dialog.submit()
    assert "不是该时限的报送对象" in dialog.error_label.text()
    assert COUNTY in dialog.error_label.text()
    assert of_kind(ui_room, incident, ObligationKind.PHONE).missing_units() == (CITY, COUNTY)
    dialog.close()


def test_why_this_deadline_names_source_condition_and_anchor(
    ui_room: DutyRoom, board: IncidentBoard
) -> None:
    incident = receive(ui_room, LARGER)
    phone = of_kind(ui_room, incident, ObligationKind.PHONE)
    rule = next(r for r in ui_room.incidents.rules() if r.code == phone.rule_code)
    assert rule.source
    board.reload()
    why = board.findChild(QToolButton, f"why_{phone.id}")
    assert why is not None and why.isVisible() and why.text() == "依据"
    text = why.toolTip()
    received = incident.received_at.astimezone(ui_room.bureau.timezone())
    assert core_text(rule.source) in text
    assert core_text(describe(rule.condition)) in text
    assert f"自接报 {received:%H:%M} 起30分钟" in text
    assert f"{CITY} 待报" in text
    assert "事发时间未填" not in text  # 首报 runs from 接报 by rule: no fallback to speak of
    QTest.mouseClick(why, Qt.MouseButton.LeftButton)  # says it at once (a tooltip), no crash


def test_a_disaster_clock_without_occurred_time_says_it_runs_from_received(
    ui_room: DutyRoom, board: IncidentBoard
) -> None:
    unknown = receive(ui_room, {"title": "青山乡山体滑坡", "category": "自然灾害"})
    occurred = ui_room.clock.now() - timedelta(minutes=20)
    known = receive(
        ui_room,
        {"title": "河口镇内涝", "category": "自然灾害", "occurred_at": occurred.isoformat()},
    )
    initial = of_kind(ui_room, unknown, ObligationKind.WRITTEN)
    initial_known = of_kind(ui_room, known, ObligationKind.WRITTEN)
    board.reload()
    note = label(board, f"fallback_{initial.id}")
    assert note is not None
    assert note.text().splitlines() == ["事发时间未填", "按接报时间起算"]
    why = board.findChild(QToolButton, f"why_{initial.id}")
    assert why is not None
    received = unknown.received_at.astimezone(ui_room.bureau.timezone())
    assert f"自接报 {received:%H:%M} 起2小时" in why.toolTip()
    assert "事发时间未填，按接报时间起算" in why.toolTip()

    assert label(board, f"fallback_{initial_known.id}") is None
    why_known = board.findChild(QToolButton, f"why_{initial_known.id}")
    assert why_known is not None
    at = occurred.astimezone(ui_room.bureau.timezone())
    assert f"自事发 {at:%H:%M} 起2小时" in why_known.toolTip()


def test_the_form_rows_show_recipients_and_the_fallback(qtbot, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    incident = receive(ui_room, {"title": "青山乡山体滑坡", "category": "自然灾害"})
    assert incident.id is not None
    rows = ObligationList(lambda _id: None)
    qtbot.addWidget(rows)
    obligations = ui_room.incidents.obligations_of(incident.id)
    rules = {r.code: r for r in ui_room.incidents.rules()}
    tz, now = ui_room.bureau.timezone(), ui_room.clock.now()
    rows.show_obligations(obligations, rules, tz, now, incident)
    initial = of_kind(ui_room, incident, ObligationKind.WRITTEN)
    note = rows.findChild(QLabel, f"form_recipients_{initial.id}")
    assert note is not None
    assert note.text() == f"{CITY} 待报　事发时间未填，按接报时间起算"
    assert "依据：" in note.toolTip()


@pytest.fixture
def page(qtbot, ui_room: DutyRoom) -> Iterator[IncidentsPage]:  # type: ignore[no-untyped-def]
    signals = RoomSignals(ui_room.events)
    widget = IncidentsPage(ui_room, signals)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    del signals


def test_stable_is_offered_for_an_open_natural_disaster_only(
    ui_room: DutyRoom, page: IncidentsPage
) -> None:
    accident = receive(ui_room, LARGER)
    assert accident.id is not None
    page.open_incident(accident.id)
    assert not page.stable_button.isVisible()
    assert page.open_stable_dialog() is None

    disaster = receive(ui_room, {"title": "青山乡山体滑坡", "category": "自然灾害"})
    assert disaster.id is not None
    page.open_incident(disaster.id)
    assert page.stable_button.isVisible()
    assert page.stable_button.text() == "标记灾情稳定…"


def test_marking_stable_ends_the_daily_report_and_starts_the_verification(
    ui_room: DutyRoom, ui_clock: FakeClock, page: IncidentsPage
) -> None:
    disaster = receive(ui_room, {"title": "青山乡山体滑坡", "category": "自然灾害"})
    assert disaster.id is not None
    ui_clock.advance(hours=3)
    page.open_incident(disaster.id)
    dialog = page.open_stable_dialog()
    assert dialog is not None
    assert dialog.chosen_time() is None  # untouched: now, as the service takes it
    future = ui_room.clock.now() + timedelta(hours=2)
    dialog.set_at(future)
    assert not dialog.submit()  # refused, shown, the dialog stays
    assert "灾情稳定时间不能晚于当前时间" in dialog.error_label.text()
    earlier = disaster.received_at + timedelta(minutes=10)
    dialog.set_at(earlier)
    assert dialog.submit(), dialog.error_label.text()
    stored = ui_room.incidents.get(disaster.id)
    assert stored.stable_at == earlier.replace(second=0, microsecond=0)
    kinds = {o.kind: o.status for o in ui_room.incidents.obligations_of(disaster.id)}
    assert kinds[ObligationKind.VERIFY] is ObligationState.PENDING
    assert kinds[ObligationKind.FOLLOWUP] is ObligationState.CANCELLED
    assert not page.stable_button.isVisible()  # once is enough


def test_the_handover_sheet_names_who_is_still_missing() -> None:
    from datetime import UTC, datetime

    def line(missing: tuple[str, ...], reached: tuple[str, ...]) -> ClockLine:
        now = datetime.now(UTC)
        return ClockLine(
            1, "某化工厂爆炸", "首报·电话", "电话报告", now, "计时中", 5, None, missing, reached
        )

    assert clock_item(line((), ())) == "首报·电话"
    assert clock_item(line((CITY, COUNTY), ())) == "首报·电话"  # all owed, as the rule says
    assert clock_item(line((COUNTY,), (CITY,))) == f"首报·电话（未报：{COUNTY}）"
