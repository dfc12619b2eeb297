"""Wall mode (F11): the right people, the right countdowns, read-only, Esc leaves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dutyroom.clock import FakeClock
from dutyroom.models import Person, Role
from dutyroom.services import DutyRoom
from tests.reporting import BOTH_UNITS
from ui.countdown import countdown_text
from ui.main_window import MainWindow
from ui.wall_mode import WallWindow


def staff(room: DutyRoom) -> None:
    room.people.add(Person("刘志强", (Role.LEADER,), mobile="13907310004"))
    room.people.add(Person("陈海燕", (Role.LEADER,), mobile="13907310005"))
    room.people.add(Person("吴倩", (Role.OFFICER,), mobile="13807320014"))
    room.people.add(Person("郑凯", (Role.OFFICER,), mobile="13807320015"))
    room.roster.generate(date(2026, 11, 22), date(2026, 11, 30))


@pytest.fixture
def wall(main_window: MainWindow, qtbot) -> WallWindow:  # type: ignore[no-untyped-def]
    main_window.toggle_wall()
    wall = main_window.wall
    assert wall is not None
    assert wall.objectName() == "wall_window"
    qtbot.waitExposed(wall)
    return wall


def text_of(wall: WallWindow, name: str) -> str:
    label = wall.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_the_wall_shows_who_is_on_duty_now_and_next(
    ui_room: DutyRoom, main_window: MainWindow, wall: WallWindow
) -> None:
    staff(ui_room)
    now_status, next_status = ui_room.roster.now_and_next()
    leaders = text_of(wall, "wall_now_card_leaders")
    officers = text_of(wall, "wall_now_card_officers")
    for person in now_status.leaders:
        assert person.name in leaders and person.mobile in leaders
    for person in now_status.officers:
        assert person.name in officers
    assert "待签到" in officers or "未签到" in officers
    for person in next_status.leaders:
        assert person.name in text_of(wall, "wall_next_card_leaders")
    assert text_of(wall, "wall_handover_label").startswith("交接班：")


def test_signing_in_shows_on_the_wall(ui_room: DutyRoom, wall: WallWindow) -> None:
    staff(ui_room)
    officer = ui_room.roster.now_and_next()[0].officers[0]
    assert officer.id is not None
    ui_room.roster.sign_in(officer.id)
    assert "迟到" in text_of(wall, "wall_now_card_officers")  # 10:00 is after 08:30 + 30 min


def test_countdowns_follow_the_obligations_and_the_tick(
    ui_room: DutyRoom, main_window: MainWindow, wall: WallWindow, ui_clock: FakeClock
) -> None:
    incident = ui_room.incidents.receive({"title": "化工厂爆炸", "deaths": 3})
    assert incident.id is not None
    first = min(
        (ob for ob in ui_room.incidents.obligations_of(incident.id)), key=lambda ob: ob.due_at
    )
    assert first.id is not None
    label = wall.countdown_label(first.id)
    assert label is not None
    left = int((first.due_at - ui_clock.now()).total_seconds())
    assert label.text() == countdown_text(left)
    assert text_of(wall, f"wall_title_{first.id}") == "化工厂爆炸"
    assert text_of(wall, "wall_count_value") == "1"  # 今日接报

    ui_clock.advance(seconds=left + 65)  # past the deadline
    main_window.tick()
    assert label.text() == countdown_text(-65)
    assert label.property("state") == "overdue"
    overdue = [
        lab
        for lab in wall.findChildren(QLabel, "wall_count_value")
        if lab.property("count") == "overdue"
    ]
    assert overdue[0].text() != "0"
    assert overdue[0].property("alert") == "true"


def test_overdue_deadlines_come_first(
    ui_room: DutyRoom, wall: WallWindow, ui_clock: FakeClock
) -> None:
    ui_room.incidents.receive({"title": "早到的事件", "deaths": 1})
    ui_clock.advance(hours=6)
    ui_room.incidents.receive({"title": "新事件", "deaths": 1})
    wall.tick(ui_clock.now())
    assert wall.rows, "no rows"
    assert wall.rows[0].item.incident.title == "早到的事件"
    assert wall.rows[0].countdown.property("state") == "overdue"


def test_escape_and_f11_leave_the_wall(
    qtbot,
    main_window: MainWindow,
    wall: WallWindow,  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(wall.closed):
        qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible()
    main_window.toggle_wall()
    assert wall.isVisible()
    main_window.toggle_wall()
    assert not wall.isVisible()


def test_the_tick_reads_no_database(
    ui_room: DutyRoom, wall: WallWindow, ui_clock: FakeClock, monkeypatch
) -> None:
    ui_room.incidents.receive({"title": "爆炸", "deaths": 3})
    monkeypatch.setattr(ui_room.incidents, "open_timers", lambda *a: pytest.fail("db in tick"))
    monkeypatch.setattr(ui_room.roster, "attendance", lambda *a: pytest.fail("db in tick"))
    for _ in range(3):
        ui_clock.advance(seconds=1)
        wall.tick(ui_clock.now())
    assert wall.rows


def _count(wall: WallWindow, key: str) -> str:
    labels = [
        lab for lab in wall.findChildren(QLabel, "wall_count_value") if lab.property("count") == key
    ]
    assert len(labels) == 1, key
    return labels[0].text()


def test_counts_open_incidents_and_reports_sent_today(
    ui_room: DutyRoom, ui_clock: FakeClock, wall: WallWindow
) -> None:
    from datetime import timedelta

    from dutyroom.models import Evidence

    quiet = ui_room.incidents.receive({"title": "无时限的事件"})
    fire = ui_room.incidents.receive({"title": "火灾", "deaths": 3})
    for ob in ui_room.incidents.obligations_of(quiet.id or 0):
        ui_room.incidents.report(
            ob.id or 0,
            Evidence(ob.id or 0, ui_clock.now(), "专网", BOTH_UNITS, "值班员", "吴倩"),
        )
    ui_clock.advance(timedelta(minutes=1))
    wall.reload()
    assert fire.id is not None
    assert _count(wall, "open") == "2"  # the one without a running clock is still 处置中
    assert _count(wall, "done") == "1"  # sent today, though it falls due in three hours


def test_a_closed_wall_reloads_when_shown_again_not_on_every_write(
    qtbot, ui_room: DutyRoom, main_window: MainWindow, wall: WallWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.toggle_wall()  # F11 again: closed, kept built
    assert not wall.isVisible()
    reloads: list[None] = []
    real_reload = wall.reload

    def counting_reload() -> None:
        reloads.append(None)
        real_reload()

    monkeypatch.setattr(wall, "reload", counting_reload)
    incident = ui_room.incidents.receive({"title": "隐藏时接报", "deaths": 3})
    assert incident.id is not None
    assert reloads == []  # F2 with the wall closed rebuilds none of its rows
    wall.show()  # shown by any path, it shows what was written while it was closed
    qtbot.waitExposed(wall)
    assert len(reloads) == 1
    first = min(ui_room.incidents.obligations_of(incident.id), key=lambda ob: ob.due_at)
    assert text_of(wall, f"wall_title_{first.id}") == "隐藏时接报"
    ui_room.incidents.update(incident.id, {"township": "城关镇"})
    assert len(reloads) == 2  # while shown: at once, as before
