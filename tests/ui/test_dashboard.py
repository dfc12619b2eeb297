"""值班台: who is on duty now and next, problems in red, refreshed on events and at handover."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from dutyroom.clock import FakeClock
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from ui.dashboard import DashboardPage, DutyCard
from ui.duty_watcher import DutyWatcher
from ui.main_window import MainWindow


def card_text(card: DutyCard, name: str) -> str:
    found = card.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


@pytest.fixture
def dashboard(main_window: MainWindow) -> DashboardPage:
    page = main_window.page("page_dashboard")
    assert isinstance(page, DashboardPage)
    return page


def staff(room: DutyRoom) -> None:
    room.people.add(Person("刘志强", (Role.LEADER,), mobile="13907310004"))
    room.people.add(Person("陈海燕", (Role.LEADER,), mobile="13907310005"))
    room.people.add(Person("吴倩", (Role.OFFICER,), mobile="13807320014"))
    room.people.add(Person("郑凯", (Role.OFFICER,), mobile="13807320015"))


def test_an_empty_roster_is_flagged_in_red(dashboard: DashboardPage) -> None:
    problems = dashboard.now_card.findChild(QLabel, "duty_problems_label")
    assert problems.isVisible()
    assert "未排带班领导" in problems.text()
    assert card_text(dashboard.now_card, "duty_leaders_label") == "未安排"


def test_the_shift_span_and_day_type_are_shown(dashboard: DashboardPage) -> None:
    assert card_text(dashboard.now_card, "duty_time_label") == "11月23日 08:30  →  11月24日 08:30"
    assert card_text(dashboard.now_card, "duty_daytype_label") == "工作日"
    assert card_text(dashboard.next_card, "duty_time_label").startswith("11月24日 08:30")


def test_a_generated_roster_shows_names_and_phones(
    dashboard: DashboardPage, ui_room: DutyRoom, main_window: MainWindow
) -> None:
    staff(ui_room)
    ui_room.roster.generate(date(2026, 11, 22), date(2026, 11, 30))  # "roster" event → refresh
    leaders = card_text(dashboard.now_card, "duty_leaders_label")
    officers = card_text(dashboard.now_card, "duty_officers_label")
    assert any(name in leaders for name in ("刘志强", "陈海燕"))
    assert "139073100" in leaders
    assert any(name in officers for name in ("吴倩", "郑凯"))
    assert not dashboard.now_card.findChild(QLabel, "duty_problems_label").isVisible()
    status = main_window.findChild(QLabel, "status_duty_label").text()
    assert any(name in status for name in ("刘志强", "陈海燕"))


def test_the_tick_rereads_the_roster_only_at_handover(
    dashboard: DashboardPage, main_window: MainWindow, ui_clock: FakeClock, monkeypatch
) -> None:
    watcher: DutyWatcher = main_window.watcher
    calls: list[object] = []
    real = main_window._room.roster.now_and_next
    monkeypatch.setattr(
        main_window._room.roster, "now_and_next", lambda at=None: calls.append(at) or real(at)
    )
    for _ in range(5):
        ui_clock.advance(seconds=1)
        main_window.tick()
    assert calls == []  # the tick touched no database
    ui_clock.advance(hours=22, minutes=30)  # past 08:30 the next morning
    main_window.tick()
    assert len(calls) == 1
    assert watcher.current.shift.day == date(2026, 11, 24)
    assert card_text(dashboard.now_card, "duty_time_label").startswith("11月24日 08:30")


def test_the_countdown_to_handover_follows_the_clock(
    dashboard: DashboardPage, main_window: MainWindow, ui_clock: FakeClock
) -> None:
    main_window.tick()
    assert dashboard.countdown_label.text() == "距交班 22小时30分"
    ui_clock.set(ui_clock.now() + timedelta(hours=22, minutes=20, seconds=30))
    main_window.tick()
    assert dashboard.countdown_label.text() == "距交班 9分30秒"
