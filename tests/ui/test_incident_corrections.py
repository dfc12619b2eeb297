"""Correcting 接报时间 and overriding the grade from the form: reasons required, clocks re-timed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QLabel

from dutyroom.clock import FakeClock
from dutyroom.models import Grade, ObligationKind, ObligationState
from dutyroom.services import DutyRoom
from ui.incident_corrections import GradeDialog, ProcedureDialog, ReceivedAtDialog
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow


def opened(win: MainWindow, room: DutyRoom, fields: dict[str, object]) -> IncidentsPage:
    incident = room.incidents.receive(fields)
    page = win.show_page("page_incidents")
    assert isinstance(page, IncidentsPage) and incident.id is not None
    page.open_incident(incident.id, focus=False)
    return page


def pending_phone(room: DutyRoom, incident_id: int):  # type: ignore[no-untyped-def]
    return [
        o for o in room.incidents.obligations_of(incident_id)
        if o.kind is ObligationKind.PHONE and o.status is ObligationState.PENDING
    ]  # fmt: skip


def test_received_at_correction_needs_a_reason_and_re_times_the_clock(
    main_window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:
    page = opened(main_window, ui_room, {"title": "仓库火灾", "deaths": 3})
    incident = page.form.incident
    assert incident is not None and incident.id is not None
    (before,) = pending_phone(ui_room, incident.id)
    dialog = page.open_received_at_dialog()
    assert isinstance(dialog, ReceivedAtDialog)
    earlier = incident.received_at - timedelta(minutes=4)
    dialog.set_time(earlier)
    assert not dialog.submit()  # no reason
    assert "原因" in dialog.findChild(QLabel, "correction_error").text()
    assert pending_phone(ui_room, incident.id) == [before]

    dialog.reason.setText("以通话记录为准")
    assert dialog.submit()
    (after,) = pending_phone(ui_room, incident.id)
    assert after.due_at == before.due_at - timedelta(minutes=4)
    cancelled = [o for o in ui_room.incidents.obligations_of(incident.id) if o.id == before.id]
    assert cancelled[0].status is ObligationState.CANCELLED


def test_grade_override_needs_a_reason_and_adds_the_major_clocks(
    main_window: MainWindow, ui_room: DutyRoom
) -> None:
    page = opened(main_window, ui_room, {"title": "学校附近燃气泄漏"})
    incident = page.form.incident
    assert incident is not None and incident.id is not None
    assert pending_phone(ui_room, incident.id) == []
    dialog = page.open_grade_dialog()
    assert isinstance(dialog, GradeDialog)
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.LARGER))
    dialog.reason.clear()
    assert not dialog.submit()
    assert ui_room.incidents.get(incident.id).grade_override is None
    dialog.reason.setText("涉及学校，按较大报送")
    assert dialog.submit()
    stored = ui_room.incidents.get(incident.id)
    assert stored.effective_grade is Grade.LARGER and stored.grade_override_reason
    assert len(pending_phone(ui_room, incident.id)) == 1


def test_the_procedure_checklist_opens_from_the_incident(main_window: MainWindow, ui_room) -> None:  # type: ignore[no-untyped-def]
    page = opened(main_window, ui_room, {"title": "测试"})
    dialog = page.open_procedure()
    assert isinstance(dialog, ProcedureDialog)
    assert dialog.findChildren(QCheckBox)
