"""The 接报 form protects the record: 登记报送 where the officer types, questions before an
implausible number or a falling grade is saved, a title that cannot be emptied, 作废.

Offscreen unit tests of the logic behind the gestures; tests/journey drives the same on a real
window with real input.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from dutyroom.models import IncidentStatus, ObligationKind, ObligationState
from dutyroom.services import DutyRoom
from ui.app import build_main_window
from ui.incident_form import IncidentForm
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow
from ui.settings import AppSettings


class Answers:
    """A confirmation that records every question and answers from a list (then yes)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.replies: list[bool] = []

    def __call__(self, _parent: QWidget, text: str) -> bool:
        self.asked.append(text)
        return self.replies.pop(0) if self.replies else True


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def window(
    qtbot, ui_room: DutyRoom, app_settings: AppSettings, answers: Answers
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build_main_window(ui_room, app_settings, confirm=answers)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def page(win: MainWindow) -> IncidentsPage:
    found = win.page("page_incidents")
    assert isinstance(found, IncidentsPage)
    return found


def form_for(win: MainWindow, incident_id: int) -> IncidentForm:
    win.show_page("page_incidents")
    form = page(win).open_incident(incident_id)
    form.save_timer.setInterval(0)
    return form


def phone_of(room: DutyRoom, incident_id: int):  # type: ignore[no-untyped-def]
    return next(
        o for o in room.incidents.obligations_of(incident_id) if o.kind is ObligationKind.PHONE
    )


def type_count(qtbot, form: IncidentForm, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    box = form.fields[name]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    form.flush()


def test_report_from_the_form_records_on_ok_and_nothing_on_esc(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "危化品仓库爆炸", "deaths": 3})
    assert incident.id is not None
    form = form_for(window, incident.id)
    phone = phone_of(ui_room, incident.id)
    button = form.findChild(QPushButton, f"form_report_button_{phone.id}")
    assert button is not None and button.isVisible()
    words = form.findChild(QWidget, f"form_countdown_words_{phone.id}")
    assert words is not None and words.text() == "剩余30分钟"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = form.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert phone_of(ui_room, incident.id).status is ObligationState.PENDING

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = form.report_dialog
    assert dialog is not None
    dialog.to_person.setText("李值班")
    dialog.by.setText("吴倩")  # no roster here: nobody to prefill
    # Both units were called (a phone report starts with the first alone ticked).
    qtbot.mouseClick(dialog.recipient_boxes[1], Qt.MouseButton.LeftButton)
    ok = dialog.findChild(QDialogButtonBox, "report_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    done = phone_of(ui_room, incident.id)
    assert done.status is ObligationState.DONE
    assert dialog.recorded is not None and dialog.recorded.id == phone.id
    assert form.findChild(QPushButton, f"form_report_button_{phone.id}") is None


def test_ctrl_enter_opens_the_most_urgent_report(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "尾矿库溃坝", "deaths": 5})
    assert incident.id is not None
    form = form_for(window, incident.id)
    form.fields["title"].setFocus()
    qtbot.keyClick(form.fields["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.report_dialog is not None
    assert form.report_dialog._obligation.id == phone_of(ui_room, incident.id).id


def test_an_implausible_count_is_asked_and_a_no_keeps_the_record(
    qtbot, window: MainWindow, ui_room: DutyRoom, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "民房倒塌"})
    assert incident.id is not None
    form = form_for(window, incident.id)
    answers.replies = [False]
    type_count(qtbot, form, "deaths", "99999999")  # eight digits reach the core, uncut
    assert "99999999" in answers.asked[-1]
    assert ui_room.incidents.get(incident.id).casualties.deaths == 0
    assert form.fields["deaths"].value() == 0  # put back
    answers.replies = [True]
    type_count(qtbot, form, "deaths", "99999999")
    assert form.errors["deaths"].isVisible()  # above what the core stores: refused aloud
    assert "未保存" in form.saved_label.text()
    assert ui_room.incidents.get(incident.id).casualties.deaths == 0
    answers.replies = [True]
    type_count(qtbot, form, "evacuated", "150000")
    assert ui_room.incidents.get(incident.id).casualties.evacuated == 150000


def test_a_falling_grade_names_the_deadlines_it_cancels_before_it_applies(
    qtbot, window: MainWindow, ui_room: DutyRoom, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "矿井透水", "deaths": 3})
    assert incident.id is not None
    form = form_for(window, incident.id)
    answers.replies = [False]
    type_count(qtbot, form, "deaths", "2")
    question = answers.asked[-1]
    assert "较大" in question and "一般" in question and "首报·电话" in question
    assert ui_room.incidents.get(incident.id).casualties.deaths == 3
    assert form.fields["deaths"].value() == 3
    assert phone_of(ui_room, incident.id).status is ObligationState.PENDING
    answers.replies = [True]
    type_count(qtbot, form, "deaths", "2")
    assert ui_room.incidents.get(incident.id).casualties.deaths == 2
    assert phone_of(ui_room, incident.id).status is ObligationState.CANCELLED


def test_a_given_title_cannot_be_emptied(qtbot, window: MainWindow, ui_room: DutyRoom) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "桥梁垮塌"})
    assert incident.id is not None
    form = form_for(window, incident.id)
    title = form.fields["title"]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    form.flush()
    assert form.errors["title"].isVisible() and "不能" in form.errors["title"].text()
    assert "已保存" not in form.saved_label.text()
    assert ui_room.incidents.get(incident.id).title == "桥梁垮塌"


def test_void_takes_a_false_call_off_the_board_and_keeps_it_in_the_ledger(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({}, received_by="吴倩")  # an abandoned F2
    assert incident.id is not None
    form_for(window, incident.id)
    incidents = page(window)
    button = incidents.findChild(QPushButton, "void_incident_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = incidents.dialog
    assert dialog is not None and dialog.objectName() == "void_dialog"
    ok = dialog.findChild(QDialogButtonBox, "void_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason: refused, stays open
    assert dialog.isVisible() and dialog.findChild(QWidget, "void_error").isVisible()
    dialog.reason.setCurrentIndex(2)  # 误按新接报
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    stored = ui_room.incidents.get(incident.id)
    assert stored.status is IncidentStatus.VOIDED and stored.void_reason == "误按新接报"
    assert incident.id not in [i.id for i in ui_room.incidents.open_incidents()]
    window.show_page("page_dashboard")
    assert window.findChild(QWidget, f"incident_card_{incident.id}") is None
    assert incidents.stack.currentIndex() == 0  # back to the ledger


@pytest.mark.parametrize(
    ("seconds_left", "words"),
    [
        (1800, "剩余30分钟"),
        (1799, "剩余30分钟"),  # minutes left round up, as status --json counts them
        (1, "剩余1分钟"),
        (0, "剩余0分钟"),
        (-12, "刚刚超时"),
        (-60, "已超时1分钟"),
        (-(10 * 3600 + 39 * 60 + 5), "已超时10小时39分钟"),  # "+10:39:05" is hours, in words
        (3 * 3600, "剩余3小时00分钟"),
    ],
)
def test_countdown_words(seconds_left: int, words: str) -> None:
    from ui.countdown import countdown_words

    assert countdown_words(seconds_left) == words


def test_the_form_follows_a_change_of_the_bureaus_time_zone(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    incident = ui_room.incidents.receive({"title": "山火"})
    assert incident.id is not None
    form = form_for(window, incident.id)
    shanghai = form.received_label.text()
    ui_room.bureau.set_timezone("Asia/Tokyo")
    tokyo = incident.received_at.astimezone(ui_room.bureau.timezone()).strftime("%m-%d %H:%M")
    assert tokyo in form.received_label.text() and form.received_label.text() != shanghai
    shown = form.fields["occurred_at"].dateTime().toString("MM-dd HH:mm")
    assert shown == tokyo  # 事发时间 defaults to 接报时间, now shown in Tokyo time


def test_a_new_incident_builds_one_card_and_keeps_the_others(
    qtbot, window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    for index in range(5):
        ui_room.incidents.receive({"title": f"事件{index}", "deaths": 3})
    window.show_page("page_dashboard")
    board = window.findChild(QWidget, "incident_board")
    before = {card.incident.id: card for card in board.cards}
    changed = ui_room.incidents.receive({"title": "新事件"})
    after = {card.incident.id: card for card in board.cards}
    assert set(after) == set(before) | {changed.id}
    assert all(after[i] is before[i] for i in before)  # the same widgets, not rebuilt
    first = next(iter(before))
    ui_room.incidents.update(first, {"deaths": 4})
    assert board.cards and {c.incident.id: c for c in board.cards}[first] is not before[first]


def test_ok_on_a_busy_database_keeps_the_dialog_and_a_second_ok_records(
    qtbot, window: MainWindow, ui_room: DutyRoom, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """确定 while another program holds the write lock: a message in the dialog, nothing lost
    of what was typed, and 确定 again once the lock is free records the report."""
    import sqlite3

    from dutyroom.app.paths import database_path
    from tests.storage_access import store_of

    incident = ui_room.incidents.receive({"title": "危化品仓库爆炸", "deaths": 3})
    assert incident.id is not None
    form = form_for(window, incident.id)
    phone = phone_of(ui_room, incident.id)
    button = form.findChild(QPushButton, f"form_report_button_{phone.id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = form.report_dialog
    assert dialog is not None
    dialog.to_person.setText("李值班")
    dialog.by.setText("吴倩")
    qtbot.mouseClick(dialog.recipient_boxes[1], Qt.MouseButton.LeftButton)
    ok = dialog.findChild(QDialogButtonBox, "report_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    )
    store_of(ui_room).db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "数据库正忙" in dialog.error_label.text()
        assert phone_of(ui_room, incident.id).status is ObligationState.PENDING
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dialog.to_person.text() == "李值班"  # what was typed is still there
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert phone_of(ui_room, incident.id).status is ObligationState.DONE
    assert not dialog.isVisible()
