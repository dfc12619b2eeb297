"""The ledger: qtmodeltester, filters and search narrow it, closing needs a note."""

from __future__ import annotations

from datetime import timedelta

from dutyroom.clock import FakeClock
from dutyroom.services import DutyRoom
from ui.incident_model import DEADLINE_COLUMN, IncidentModel, Row
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow


def fill(room: DutyRoom, clock: FakeClock) -> None:
    room.incidents.receive({"title": "河口镇仓库火灾", "category": "事故灾难", "deaths": 3})
    clock.advance(minutes=1)
    room.incidents.receive({"title": "城关镇交通事故", "category": "事故灾难", "injured": 2})
    clock.advance(minutes=1)
    room.incidents.receive({"title": "青山乡山体滑坡", "category": "自然灾害", "trapped": 3})


def page(win: MainWindow) -> IncidentsPage:
    shown = win.show_page("page_incidents")
    assert isinstance(shown, IncidentsPage)
    return shown


def test_model_is_sound(qtmodeltester, ui_room: DutyRoom, ui_clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    fill(ui_room, ui_clock)
    tz = ui_room.bureau.timezone()
    model = IncidentModel(tz, ui_clock.now())
    rows = [
        Row(i, tuple(ui_room.incidents.obligations_of(i.id or 0)))
        for i in ui_room.incidents.open_incidents()
    ]
    model.set_rows(rows, {r.code: r for r in ui_room.incidents.rules()}, tz)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    ui_clock.advance(hours=2)
    model.tick(ui_clock.now())
    summaries = {model.index(r, DEADLINE_COLUMN).data() for r in range(3)}
    assert any("超时" in s for s in summaries)


def test_filters_and_search(
    qtbot, main_window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    fill(ui_room, ui_clock)
    ledger = page(main_window)
    ledger.reload()
    assert ledger.model.rowCount() == 3
    ledger.category.setCurrentIndex(ledger.category.findData("自然灾害"))
    assert ledger.model.rowCount() == 1
    assert ledger.model.incident_at(0).title == "青山乡山体滑坡"
    ledger.category.setCurrentIndex(0)
    ledger.grade.setCurrentIndex(ledger.grade.findData("较大"))
    assert [ledger.model.incident_at(r).title for r in range(ledger.model.rowCount())] == [
        "河口镇仓库火灾"
    ]
    ledger.grade.setCurrentIndex(0)
    ui_clock.advance(hours=4)
    ledger.late_only.setChecked(True)
    assert ledger.model.rowCount() == 3  # every first report is overdue by now
    ledger.late_only.setChecked(False)
    ledger.search.setText("交通")
    ledger.reload()
    assert [ledger.model.incident_at(r).title for r in range(ledger.model.rowCount())] == [
        "城关镇交通事故"
    ]
    ledger.date_from.setDate(ledger.date_to.date().addDays(1))
    ledger.search.clear()
    assert ledger.model.rowCount() == 0


def test_double_click_opens_the_form_and_close_needs_a_note(
    qtbot, main_window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    fill(ui_room, ui_clock)
    ledger = page(main_window)
    ledger.reload()
    ledger.table.doubleClicked.emit(ledger.model.index(0, 1))
    assert ledger.stack.currentIndex() == 1
    incident = ledger.form.incident
    assert incident is not None and incident.title == ledger.model.incident_at(0).title
    history = ledger.open_history()
    assert history is not None and history.table.rowCount() >= 1
    history.close()
    dialog = ledger.open_close_dialog()
    assert dialog is not None
    assert not dialog.submit()
    assert dialog.error_label.text()
    dialog.note.setPlainText("现场处置完毕，转入善后。")
    assert dialog.submit()
    assert ui_room.incidents.get(incident.id or 0).status.value == "closed"
    dialog.close()
    ui_clock.advance(timedelta(minutes=1))


def test_ledger_export_runs_in_the_background_and_reads_back(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock, tmp_path
) -> None:
    from openpyxl import load_workbook

    fill(ui_room, ui_clock)
    ledger = page(main_window)
    target = tmp_path / "台账.xlsx"
    ledger.choose_save = lambda _parent, _title, _suggested: str(target)
    job = ledger.export_ledger()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        pass
    assert done.args == [str(target)]
    text = "\n".join(
        str(cell)
        for row in load_workbook(target).active.iter_rows(values_only=True)
        for cell in row
    )
    for title in ("河口镇仓库火灾", "城关镇交通事故", "青山乡山体滑坡"):
        assert title in text
