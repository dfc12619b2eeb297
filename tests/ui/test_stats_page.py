"""统计 page: the headline rate for a small dataset, the tables, lazy charts, Excel export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from dutyroom.clock import FakeClock
from dutyroom.models import Evidence
from dutyroom.services import DutyRoom
from dutyroom.stats import HEADLINE_RULE
from tests.reporting import BOTH_UNITS
from ui.main_window import MainWindow
from ui.stats_page import StatsPage


def report_first_written(room: DutyRoom, incident_id: int, minutes: int) -> None:
    incident = room.incidents.get(incident_id)
    ob = next(o for o in room.incidents.obligations_of(incident_id) if o.rule_code == HEADLINE_RULE)
    assert ob.id is not None
    at = incident.received_at + timedelta(minutes=minutes)
    evidence = Evidence(ob.id, at, "传真", BOTH_UNITS, "值班员", "吴倩")
    room.incidents.report(ob.id, evidence, reason="补记")


@pytest.fixture
def dataset(ui_room: DutyRoom, ui_clock: FakeClock) -> DutyRoom:
    """Three reportable incidents: two written reports within the hour, one 30 minutes late."""
    received = []
    for title, minutes in (("爆炸", 40), ("火灾", 55), ("透水", 90)):
        incident = ui_room.incidents.receive({"title": title, "deaths": 3, "category": "生产安全"})
        assert incident.id is not None
        received.append((incident.id, minutes))
        ui_clock.advance(minutes=5)
    ui_clock.advance(hours=2)
    for incident_id, minutes in received:
        report_first_written(ui_room, incident_id, minutes)
    return ui_room


def test_the_headline_rate_is_shown_big_at_the_top(
    dataset: DutyRoom, main_window: MainWindow
) -> None:
    page = main_window.show_page("page_stats")
    assert isinstance(page, StatsPage)
    stats = dataset.stats.month()
    assert stats.headline.counted == 3 and stats.headline.on_time == 2
    assert page.findChild(QLabel, "headline_rate_label").text() == "66.7%"
    assert page.headline_label.property("low") == "true"
    assert "应报 3 起" in page.headline_detail.text()
    assert page.category_table.item(0, 0).text() == "生产安全"
    assert page.category_table.item(0, 1).text() == "3"
    assert page.delays_table.rowCount() >= 1
    assert set(page.charts) == {"stats_category_chart", "stats_month_chart"}


def test_charts_are_built_only_when_the_page_is_shown(ui_room: DutyRoom, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.room_signals import RoomSignals

    signals = RoomSignals(ui_room.events)
    page = StatsPage(ui_room, signals)
    qtbot.addWidget(page)
    assert page.charts == {}
    page.show()
    qtbot.waitExposed(page)
    assert len(page.charts) == 2
    signals.detach()


def test_the_period_picker_and_export(
    dataset: DutyRoom, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.show_page("page_stats")
    assert isinstance(page, StatsPage)
    out = tmp_path / "统计.xlsx"
    page._choose_save = lambda _parent, _title, _suggested: str(out)
    assert page.export() == out
    workbook = load_workbook(out)
    assert "汇总" in workbook.sheetnames
    page.set_month(dataset.today().replace(day=1) - timedelta(days=1))  # last month: nothing
    assert page.headline_label.text() == "—"
