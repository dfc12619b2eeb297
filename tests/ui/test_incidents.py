"""接报: F2 starts the clock, the form saves at once, the board counts down, alarms ring once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QWidget

from dutyroom.alerts import Moment, MomentKind
from dutyroom.clock import FakeClock
from dutyroom.models import ObligationKind, ObligationState
from dutyroom.services import DutyRoom
from tests.ui.conftest import always_yes
from ui.app import build_main_window
from ui.dashboard import DashboardPage
from ui.incident_board import IncidentBoard
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow
from ui.settings import AppSettings


class FakeNotifier:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.sent.append((title, message))


class FakeSound:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.looping = False

    def play_once(self) -> None:
        self.calls.append("once")

    def start_loop(self) -> None:
        self.calls.append("loop")
        self.looping = True

    def stop(self) -> None:
        self.calls.append("stop")
        self.looping = False


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def sound() -> FakeSound:
    return FakeSound()


@pytest.fixture
def window(
    qtbot, ui_room: DutyRoom, app_settings: AppSettings, notifier: FakeNotifier, sound: FakeSound
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build_main_window(
        ui_room, app_settings, confirm=always_yes, notifier=notifier, sound=sound
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.alarms.start(scheduler=False)
    yield win
    win.alarms.stop()


def incidents_page(win: MainWindow) -> IncidentsPage:
    page = win.page("page_incidents")
    assert isinstance(page, IncidentsPage)
    return page


def board(win: MainWindow) -> IncidentBoard:
    page = win.show_page("page_dashboard")
    assert isinstance(page, DashboardPage) and isinstance(page.board, IncidentBoard)
    return page.board


def press_f2(qtbot, win: MainWindow) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.incident_received) as blocker:
        qtbot.keyClick(win, Qt.Key.Key_F2)
    return int(blocker.args[0])


def test_f2_to_report_done_on_time(  # the test
    qtbot,
    window: MainWindow,
    ui_room: DutyRoom,
    ui_clock: FakeClock,
    notifier: FakeNotifier,
    sound: FakeSound,
) -> None:  # type: ignore[no-untyped-def]
    received_at = ui_clock.now()
    incident_id = press_f2(qtbot, window)
    # The clock runs from the keystroke: stored before anything is typed.
    stored = ui_room.incidents.get(incident_id)
    assert stored.received_at == received_at.replace(microsecond=0)
    assert window.current_page_name() == "page_incidents"
    form = incidents_page(window).form
    assert QApplication.focusWidget() is form.fields["title"]

    form.save_timer.setInterval(0)
    # QTest cannot type CJK (it aborts); insert() is what an input method does.
    form.fields["title"].insert("某化工厂爆炸")
    deaths = form.fields["deaths"]
    assert isinstance(deaths, QSpinBox)
    deaths.setValue(3)
    qtbot.waitUntil(lambda: ui_room.incidents.get(incident_id).grade.value == "较大")
    assert ui_room.incidents.get(incident_id).title == "某化工厂爆炸"
    assert form.grade_label.text() == "较大"

    obs = {
        o.kind: o
        for o in ui_room.incidents.obligations_of(incident_id)
        if o.status is ObligationState.PENDING
    }
    phone, written = obs[ObligationKind.PHONE], obs[ObligationKind.WRITTEN]
    the_board = board(window)
    countdown = the_board.countdown_label(phone.id or 0)
    assert countdown is not None and the_board.countdown_label(written.id or 0) is not None
    assert countdown.text() == "30:00"

    raised: list[Moment] = []
    window.alarms.alarm_raised.connect(raised.append)
    for minutes, kind, state in (
        (20, MomentKind.WARNING, "warning"),
        (25, MomentKind.CRITICAL, "critical"),
    ):
        ui_clock.set(received_at + timedelta(minutes=minutes, seconds=1))
        window.tick()
        window.tick()  # ticking again never rings twice
        assert [m.kind for m in raised] == [k for k in (MomentKind.WARNING, MomentKind.CRITICAL)][
            : len(raised)
        ]
        assert raised[-1].kind is kind and raised[-1].obligation_id == phone.id
        assert countdown.property("state") == state
    assert len(raised) == 2
    assert sound.looping  # critical loops until acknowledged
    assert any("紧急" in title for title, _ in notifier.sent)

    ui_clock.set(received_at + timedelta(minutes=30))
    window.tick()
    assert raised[-1].kind is MomentKind.DUE
    ui_clock.advance(seconds=1)
    window.tick()
    window.tick()
    assert countdown.property("state") == "overdue"
    assert countdown.text().startswith("+")
    assert len(raised) == 3
    assert len(notifier.sent) == 3

    # The phone report was made on time at 25 minutes (recorded now, with a reason).
    button = the_board.findChild(QPushButton, f"report_button_{phone.id}")
    assert button is not None
    button.click()
    dialog = the_board.report_dialog
    assert dialog is not None
    dialog.to_person.setText("李值班")
    dialog.by.setText("吴倩")
    dialog.set_done_at(received_at + timedelta(minutes=25))
    # Both units were called by then: a call is ticked for the first only, so tick the county.
    qtbot.mouseClick(dialog.recipient_boxes[1], Qt.MouseButton.LeftButton)
    assert dialog.to_unit.text() == "市应急管理局、县人民政府总值班室"
    assert not dialog.submit()  # an edited time needs a reason
    assert "原因" in dialog.error_label.text()
    dialog.reason.setText("先电话报送，后补录")
    assert dialog.submit()
    done = ui_room.incidents.obligations_of(incident_id)
    phone_now = next(o for o in done if o.id == phone.id)
    assert phone_now.status is ObligationState.DONE and phone_now.minutes_late == 0
    done_label = the_board.findChild(QLabel, f"done_{phone.id}")
    assert done_label is not None and "按时" in done_label.text()
    assert the_board.countdown_label(phone.id or 0) is None
    assert not sound.looping  # its alarm stopped ringing


def test_new_incident_button_and_validation_error(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    dash = window.show_page("page_dashboard")
    button = dash.findChild(QPushButton, "new_incident_button")
    assert button is not None
    with qtbot.waitSignal(window.incident_received) as blocker:
        button.click()
    form = incidents_page(window).form
    form.save_timer.setInterval(0)
    form.fields["injured"].setValue(1)
    form.fields["serious_injuries"].setValue(5)  # more serious than injured: refused
    form.fields["deaths"].setValue(1)
    form.flush()
    error = form.errors["serious_injuries"]
    assert error.isVisible() and "重伤" in error.text()
    stored = ui_room.incidents.get(blocker.args[0])
    assert stored.casualties.deaths == 1  # the rest was saved
    assert stored.casualties.serious_injuries == 0


def test_occurred_in_the_future_or_after_received_is_refused(
    qtbot, window: MainWindow, ui_clock
) -> None:  # type: ignore[no-untyped-def]
    press_f2(qtbot, window)
    form = incidents_page(window).form
    received = ui_clock.now()
    form.set_values({"occurred_at": received + timedelta(hours=1)})
    form._on_field_changed("occurred_at")
    form.flush()
    assert form.errors["occurred_at"].isVisible()  # an hour ahead of the clock: refused
    assert "未保存" in form.saved_label.text()  # never 已保存 over a refused field
    ui_clock.advance(minutes=30)
    form.set_values({"occurred_at": received + timedelta(minutes=10)})
    form._on_field_changed("occurred_at")
    form.flush()
    # Not in the future any more, but after the call came in: refused all the same (issue 16).
    assert form.errors["occurred_at"].isVisible()
    assert "不能晚于接报时间" in form.errors["occurred_at"].text()
    assert "未保存" in form.saved_label.text()
    form.set_values({"occurred_at": received - timedelta(minutes=10)})
    form._on_field_changed("occurred_at")
    form.flush()
    assert not form.errors["occurred_at"].isVisible()


def test_grade_rise_with_past_anchor_rings_overdue_first_and_says_so_in_words(
    qtbot, window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "矿山透水"}, received_by="吴倩")
    ui_clock.advance(minutes=20)
    calm = ui_room.incidents.receive({"title": "道路塌陷", "deaths": 3}, received_by="吴倩")
    ui_clock.advance(minutes=22)  # 道路塌陷's phone report is 临近 (8 minutes left)
    window.tick()
    ui_room.incidents.update(incident.id or 0, {"deaths": 4})  # its phone report was due at 30
    window.show_page("page_dashboard")
    window.tick()
    the_board = board(window)
    phone = next(
        o for o in ui_room.incidents.obligations_of(incident.id or 0) if o.kind.value == "phone"
    )
    words = the_board.findChild(QLabel, f"countdown_words_{phone.id}")
    assert words is not None and words.text() == "已超时12分钟"
    banner = window.findChild(QWidget, "alarm_banner")
    assert banner.obligation_ids[0] == phone.id  # 超时 above every 临近 item
    calm_phone = next(
        o for o in ui_room.incidents.obligations_of(calm.id or 0) if o.kind.value == "phone"
    )
    assert calm_phone.id in banner.obligation_ids
    ack = banner.findChild(QPushButton, f"ack_button_{phone.id}")
    assert ack.text() == "知道了·停止响铃"
    assert window.findChild(QLabel, "new_overdue_banner") is None  # one banner per item


def test_snooze_needs_a_reason_and_ack_silences(
    qtbot, window: MainWindow, ui_room: DutyRoom, ui_clock: FakeClock, sound: FakeSound
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "危化品泄漏", "deaths": 3})
    phone = next(
        o for o in ui_room.incidents.obligations_of(incident.id or 0) if o.kind.value == "phone"
    )
    window.show_page("page_dashboard")
    ui_clock.advance(minutes=26)
    window.tick()
    assert sound.looping
    banner = window.findChild(QLabel, f"alarm_text_{phone.id}")
    assert banner is not None and banner.isVisible()
    page = window.page("page_dashboard")
    from ui.alarm_banner import AlarmBanner

    the_banner = page.findChild(AlarmBanner, "alarm_banner")
    assert not the_banner.snooze(phone.id)
    assert "原因" in the_banner.findChild(QLabel, f"snooze_error_{phone.id}").text()
    the_banner.findChild(QPushButton, f"ack_button_{phone.id}").click()
    assert not sound.looping
    assert ui_room.alarms.ringing() == []


def test_the_forest_area_and_magnitude_show_for_their_category_and_grade(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    press_f2(qtbot, window)
    form = incidents_page(window).form
    area, magnitude = form.fields["forest_area_ha"], form.fields["magnitude"]
    assert not area.isVisible() and not magnitude.isVisible()  # an incident of no category yet
    form.set_values({"category": "自然灾害", "subtype": "森林草原火灾"})
    assert area.isVisible() and not magnitude.isVisible()
    form.fields["forest_area_ha"].setValue(150)  # type: ignore[attr-defined]
    form.flush()
    assert form.incident is not None and form.incident.id is not None
    stored = ui_room.incidents.get(form.incident.id)
    assert (stored.subtype, stored.forest_area_ha, stored.grade.value) == (
        "森林草原火灾",
        150,
        "重大",
    )
    assert "《森林防火条例》第四十条" in form.grade_reason.text()
    form.set_values({"subtype": "地震灾害"})
    assert magnitude.isVisible() and area.isVisible()  # 150 ha entered: never hidden


def test_text_typed_is_in_a_draft_within_the_draft_interval(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    """What a crash half a second after typing would leave (issue 16: about a second at most):
    the draft timer runs while the form is open, and its first tick after typing stores the
    text even while the field is still being edited (the 1 s autosave has not fired yet)."""
    from ui.incident_form import DRAFT_FORM, DRAFT_MS

    incident_id = press_f2(qtbot, window)
    form = incidents_page(window).form
    assert DRAFT_MS <= 500 and form.draft_timer.isActive()
    summary = form.fields["summary"]
    summary.setFocus()
    qtbot.keyClicks(summary, "smoke at gate 3")  # QTest types ASCII only

    def kept() -> bool:
        # Either place survives a crash: the draft (every DRAFT_MS) or the record (autosave).
        draft = ui_room.alarms.load_draft(DRAFT_FORM, str(incident_id))
        stored = ui_room.incidents.get(incident_id).summary
        in_draft = draft is not None and "smoke at gate 3" in str(draft.payload.get("summary"))
        return in_draft or "smoke at gate 3" in stored

    qtbot.waitUntil(kept, timeout=5000)


def test_a_busy_database_keeps_the_edit_says_so_and_saves_it_when_free(
    qtbot, window: MainWindow, ui_room: DutyRoom, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """Another program holds the write lock (a command importing a roster): the form says the
    database is busy, keeps the edit, and stores it by itself once the lock is free."""
    import sqlite3

    from dutyroom.app.paths import database_path
    from tests.storage_access import store_of
    from ui.incident_form import BUSY_RETRY_MS

    incident_id = press_f2(qtbot, window)
    form = incidents_page(window).form
    store_of(ui_room).db.execute("PRAGMA busy_timeout = 50")  # the test need not wait 5 s
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        form.fields["title"].setText("化工园区爆炸")
        form._on_field_changed("title")
        form.flush()
        assert "数据库正忙" in form.saved_label.text() and "自动重试" in form.saved_label.text()
        assert ui_room.incidents.get(incident_id).title == ""
        assert form.save_timer.isActive() and form.save_timer.interval() == BUSY_RETRY_MS
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(
        lambda: ui_room.incidents.get(incident_id).title == "化工园区爆炸", timeout=10000
    )
    assert "已保存" in form.saved_label.text()
