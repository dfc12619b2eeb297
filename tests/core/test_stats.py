"""Every statistic on a hand-computed dataset (numbers worked out by hand in the comments).

Period: [2026-09-16 00:00, 2026-10-16 00:00) Asia/Shanghai, `now` 2026-10-15 12:00: it crosses
the September/October boundary and holds the National Day holiday (10-01…10-07).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dutyroom.calendar import HolidayCalendar
from dutyroom.excel.stats_export import build_stats_workbook
from dutyroom.models import (
    Anchor,
    Assignment,
    DayType,
    Grade,
    Incident,
    Obligation,
    ObligationKind,
    ObligationState,
    Role,
    ShiftTemplate,
    SpotCheck,
)
from dutyroom.obligations import minutes_late
from dutyroom.roster import fairness
from dutyroom.rules import DEFAULT_RULES
from dutyroom.stats import Inputs, Stats, compute, day_period, month_period, stats_to_dict

TZ = ZoneInfo("Asia/Shanghai")
START, END = day_period(date(2026, 9, 16), date(2026, 10, 15), TZ)
NOW = datetime(2026, 10, 15, 12, 0, tzinfo=TZ)
S = ObligationState
KINDS = {
    "first_phone": ObligationKind.PHONE,
    "first_written": ObligationKind.WRITTEN,
    "general_written": ObligationKind.WRITTEN,
    "followup": ObligationKind.FOLLOWUP,
}


def at(month: int, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=TZ)


def incident(iid: int, received: datetime, category: str, township: str, grade: Grade) -> Incident:
    return Incident(
        received_at=received,
        title=f"事件{iid}",
        category=category,
        township=township,
        grade=grade,
        id=iid,
    )


_next_id = iter(range(1, 1000))


def ob(iid: int, rule: str, due: datetime, status: S = S.PENDING, done: datetime | None = None):
    late = minutes_late(due, done) if done else None
    return Obligation(
        incident_id=iid,
        rule_code=rule,
        kind=KINDS[rule],
        anchor=Anchor.RECEIVED,
        anchor_at=due,
        due_at=due,
        status=status,
        done_at=done,
        minutes_late=late,
        id=next(_next_id),
    )


D = S.DONE
INCIDENTS = [
    # I4 was received the evening before the period: its obligations count, the incident not.
    incident(4, at(9, 15, 23, 30), "事故灾难", "河口镇", Grade.LARGER),
    incident(1, at(9, 20, 10), "事故灾难", "城关镇", Grade.LARGER),
    incident(6, at(9, 30, 23, 30), "", "河口镇", Grade.GENERAL),  # 15:30 UTC: still September
    incident(2, at(10, 2, 14), "自然灾害", "青山乡", Grade.LARGER),  # on a holiday
    incident(3, at(10, 5, 9), "事故灾难", "城关镇", Grade.GENERAL),
    incident(7, at(10, 10, 16), "事故灾难", "城关镇", Grade.GENERAL),  # downgraded from 较大
    incident(5, at(10, 15, 11, 45), "自然灾害", "", Grade.LARGER),  # its clocks still run
]
OBLIGATIONS = [
    ob(4, "first_phone", at(9, 16, 0), D, at(9, 15, 23, 50)),  # due exactly at START: on time
    ob(4, "first_written", at(9, 16, 0, 30), D, at(9, 16, 0, 40)),  # late 10
    ob(4, "followup", at(9, 17, 0, 40), S.CANCELLED),  # excluded
    ob(1, "first_phone", at(9, 20, 10, 30), D, at(9, 20, 10, 20)),  # on time
    ob(1, "first_written", at(9, 20, 11), D, at(9, 20, 10, 55)),  # on time; 55 min: headline met
    ob(1, "followup", at(9, 21, 10, 55), D, at(9, 21, 12, 25)),  # late 90
    ob(6, "general_written", at(10, 1, 2, 30), D, at(10, 1, 1)),  # on time
    ob(2, "first_phone", at(10, 2, 14, 30), D, at(10, 2, 14, 45)),  # late 15
    ob(2, "first_written", at(10, 2, 15), D, at(10, 2, 15, 20)),  # late 20; 80 min: not met
    ob(3, "general_written", at(10, 5, 12)),  # missed: 10 days = 14400 min by NOW
    ob(7, "first_phone", at(10, 10, 16, 30), S.CANCELLED),
    ob(7, "first_written", at(10, 10, 17), S.CANCELLED),  # not reportable any more
    ob(7, "general_written", at(10, 10, 19), D, at(10, 10, 18)),  # on time
    ob(5, "first_phone", at(10, 15, 12, 15)),  # not yet due: excluded
    ob(5, "first_written", at(10, 15, 12, 45)),  # not yet due: excluded, headline too
]


def check(day: int, direction: str, result: str, leader: bool, officer: bool) -> SpotCheck:
    return SpotCheck(
        at=at(10, day, 10),
        direction=direction,
        method="电话",
        checker_unit="县应急局" if direction == "made" else "市应急局",
        checker_person="张三",
        checked_unit="城关镇" if direction == "made" else "县应急局",
        answered_by="" if result == "未接" else "李四",
        leader_present=leader,
        officer_present=officer,
        answer_seconds=None if result == "未接" else 9,
        result=result,
    )


CHECKS = [
    check(3, "made", "正常", True, True),
    check(4, "made", "未接", False, False),
    check(5, "made", "脱岗", True, False),
    check(6, "received", "正常", True, True),
    check(7, "received", "代岗", True, False),
]
TEMPLATE = ShiftTemplate("24小时班", time(8, 30), 24, {DayType.WORKDAY: {Role.LEADER: 1}}, id=1)
ASSIGNMENTS = [
    Assignment(date(2026, 9, 30), Role.LEADER, 1, 1),  # workday
    Assignment(date(2026, 10, 1), Role.LEADER, 1, 1),  # National Day
    Assignment(date(2026, 10, 1), Role.OFFICER, 2, 1),
    Assignment(date(2026, 10, 3), Role.OFFICER, 2, 1),  # holiday
    Assignment(date(2026, 10, 10), Role.OFFICER, 3, 1),  # 调休补班日: not a holiday
]


@pytest.fixture(scope="module")
def stats() -> Stats:
    return compute(
        Inputs(
            start=START,
            end=END,
            now=NOW,
            tz=TZ,
            incidents=[i for i in INCIDENTS if START <= i.received_at < END],
            obligations=OBLIGATIONS,
            rules=DEFAULT_RULES,
            checks=CHECKS,
            fairness=fairness(ASSIGNMENTS, HolidayCalendar(), TEMPLATE),
            names={1: "王建国", 2: "赵晓明", 3: "孙丽娟"},
            titles={4: "事件4"},
        )
    )


def rate(s: Stats, name: str) -> tuple[int, int, int, int]:
    r = s.by_rule[name]
    return (r.counted, r.on_time, r.late, r.missed)


def test_overall_timeliness(stats: Stats) -> None:
    # Counted 10: I4 2, I1 3, I6 1, I2 2, I3 1, I7 1; cancelled and not-yet-due ones left out.
    o = stats.overall
    assert (o.counted, o.on_time, o.late, o.missed) == (10, 5, 4, 1)
    assert o.rate == pytest.approx(0.5)


def test_timeliness_per_rule(stats: Stats) -> None:
    assert list(stats.by_rule) == ["首报·电话", "首报·书面", "一般·书面", "续报"]
    assert rate(stats, "首报·电话") == (3, 2, 1, 0)
    assert rate(stats, "首报·书面") == (3, 1, 2, 0)
    assert rate(stats, "一般·书面") == (3, 2, 0, 1)
    assert rate(stats, "续报") == (1, 0, 1, 0)
    assert stats.by_rule["首报·电话"].rate == pytest.approx(2 / 3)
    assert stats.by_rule["续报"].rate == 0.0


def test_late_and_missed_lists(stats: Stats) -> None:
    late = {(d.incident_id, d.rule, d.minutes) for d in stats.late}
    assert late == {
        (4, "首报·书面", 10),
        (1, "续报", 90),
        (2, "首报·电话", 15),
        (2, "首报·书面", 20),
    }
    assert [(d.incident_id, d.rule, d.minutes, d.title) for d in stats.missed] == [
        (3, "一般·书面", 14400, "事件3")
    ]
    assert next(d for d in stats.late if d.incident_id == 4).title == "事件4"


def test_headline_within_one_hour(stats: Stats) -> None:
    # Reportable incidents received in the period: I1 (55 min, met), I2 (80 min, not met);
    # I5 still has time left; I7's first written report was cancelled by the downgrade.
    h = stats.headline
    assert (h.counted, h.on_time, h.late, h.missed) == (2, 1, 1, 0)
    assert h.rate == pytest.approx(0.5)


def test_headline_counts_an_unsent_report_once_its_hour_is_over() -> None:
    s = compute(
        Inputs(START, END, at(10, 15, 13), TZ, INCIDENTS[1:], OBLIGATIONS, DEFAULT_RULES, [])
    )
    assert (s.headline.counted, s.headline.missed) == (3, 1)  # I5's hour ended at 12:45


def test_incident_counts(stats: Stats) -> None:
    assert stats.incidents == 6
    assert stats.by_category == {"事故灾难": 3, "自然灾害": 2, "未分类": 1}
    assert stats.by_grade == {"一般": 3, "较大": 3}
    assert stats.by_township == {"城关镇": 3, "未填写": 1, "河口镇": 1, "青山乡": 1}
    assert stats.by_month == {"2026-09": 2, "2026-10": 4}  # I6 at 23:30 local is September


def test_spot_checks(stats: Stats) -> None:
    made, received = stats.checks_made, stats.checks_received
    assert (made.checks, made.both_present, made.failures) == (3, 1, 2)
    assert made.on_post_rate == pytest.approx(1 / 3)
    assert made.by_result == {"未接": 1, "正常": 1, "脱岗": 1}
    assert (received.checks, received.both_present, received.failures) == (2, 1, 1)
    assert received.on_post_rate == pytest.approx(0.5)


def test_duty_hours_and_holidays(stats: Stats) -> None:
    rows = [(r.name, r.shifts, r.hours, r.holiday_shifts) for r in stats.duty]
    assert rows == [("王建国", 2, 48, 1), ("赵晓明", 2, 48, 2), ("孙丽娟", 1, 24, 0)]


def test_empty_period_has_no_rates() -> None:
    s = compute(Inputs(START, END, NOW, TZ, [], [], DEFAULT_RULES, []))
    assert s.overall.rate is None and s.headline.rate is None
    assert s.checks_made.on_post_rate is None
    data = stats_to_dict(s, TZ)
    assert data["timeliness"]["overall"]["rate"] is None


def test_json_keys(stats: Stats) -> None:
    data = stats_to_dict(stats, TZ)
    assert set(data) == {
        "start", "end", "at", "timeliness", "within_hour", "late", "missed", "incidents",
        "spot_checks", "duty",
    }  # fmt: skip
    assert data["start"] == "2026-09-16T00:00:00+08:00"
    assert data["end"] == "2026-10-16T00:00:00+08:00"
    assert data["timeliness"]["overall"] == {
        "counted": 10, "on_time": 5, "late": 4, "missed": 1, "rate": 0.5
    }  # fmt: skip
    assert data["within_hour"]["rate"] == 0.5
    assert data["spot_checks"]["made"]["on_post_rate"] == 0.3333
    assert data["missed"][0]["due_at"] == "2026-10-05T12:00:00+08:00"


def test_month_period_is_local() -> None:
    start, end = month_period(date(2026, 12, 31), TZ)
    assert (start, end) == (at(12, 1, 0), datetime(2027, 1, 1, tzinfo=TZ))
    assert end - start == timedelta(days=31)


def test_workbook_has_the_tables_and_charts(stats: Stats, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "stats.xlsx"
    build_stats_workbook(stats, "示范县应急管理局", TZ).save(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["汇总", "迟报漏报", "按类别", "按等级", "按乡镇", "按月份", "值班时长"]
    summary = wb["汇总"]
    assert summary["A5"].value == "合计"
    assert [summary.cell(5, c).value for c in range(2, 7)] == [10, 5, 4, 1, 0.5]
    assert summary["F5"].number_format == "0.0%"
    rules = {summary.cell(r, 1).value: summary.cell(r, 6).value for r in range(6, 10)}
    assert rules["续报"] == 0.0
    category = wb["按类别"]
    assert [[c.value for c in row] for row in category.iter_rows(min_row=3, max_col=2)] == [
        ["事故灾难", 3],
        ["自然灾害", 2],
        ["未分类", 1],
    ]
    assert wb["按月份"]["A3"].value == "2026-09" and wb["按月份"]["B4"].value == 4
    assert wb["值班时长"]["A3"].value == "王建国" and wb["值班时长"]["D4"].value == 2
    delays = wb["迟报漏报"]
    assert delays["F3"].value in (10, 90, 15, 20)
    # The charts survive the round trip as real Excel charts (bar for categories, line by month).
    from openpyxl.chart import BarChart, LineChart

    source = build_stats_workbook(stats, "示范县应急管理局", TZ)
    assert isinstance(source["按类别"]._charts[0], BarChart)
    assert isinstance(source["按月份"]._charts[0], LineChart)
    import zipfile

    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 4
        xml = b"".join(archive.read(name) for name in charts)
        assert xml.count(b"<barChart>") == 3 and xml.count(b"<lineChart>") == 1


def test_text_rendering_separates_keys_from_counts(stats: Stats) -> None:
    from dutyroom.stats_text import stats_text

    text = stats_text(stats_to_dict(stats, ZoneInfo("Asia/Shanghai")))
    month_line = next(line for line in text.splitlines() if "按月份" in line)
    assert "2026-11：" in month_line or "2026-10：" in month_line, month_line


def test_workbook_dates_period_and_print_setup(stats: Stats, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "stats.xlsx"
    build_stats_workbook(stats, "示范县应急管理局", TZ).save(path)
    wb = load_workbook(path)
    # Asked for 09-16..10-15: stored as [09-16, 10-16), written as asked.
    assert wb["汇总"]["A1"].value == "示范县应急管理局值班统计（2026年9月16日至10月15日）"
    delays = wb["迟报漏报"]
    times = [
        c
        for row in delays.iter_rows(min_row=3, min_col=4, max_col=5)
        for c in row
        if c.value is not None and c.row > 2
    ]
    dated = [c for c in times if isinstance(c.value, datetime)]
    assert dated and len(dated) == len([c for c in times if not isinstance(c.value, str)])
    assert not [c for c in times if isinstance(c.value, str) and c.value[:2] == "20"]
    for cell in dated:
        assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm"
        assert cell.value.second == 0 and cell.value.microsecond == 0
    missed = next(d for d in stats.missed if d.incident_id == 3)
    local_due = missed.due_at.astimezone(TZ).replace(tzinfo=None)
    assert local_due in {c.value for c in dated}  # bureau-local wall time, as printed
    # 漏报 has no completion time: the cell is empty, not a text.
    missed_row = next(c.row for c in dated if c.value == local_due and c.column == 4)
    assert delays.cell(missed_row, 5).value is None
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.fitToWidth) == 1
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页", ws.title
        assert ws.oddHeader.left.text == "示范县应急管理局"
        assert ws.oddHeader.right.text == "2026年9月16日至10月15日"
        assert ws.title in ws.oddHeader.center.text


def test_the_period_is_written_as_asked() -> None:
    from dutyroom.excel.stats_export import period_text
    from dutyroom.stats import day_period
    from dutyroom.stats_text import stats_text
    from dutyroom.text import date_span

    assert date_span(date(2026, 12, 1), date(2026, 12, 31)) == "2026年12月1日至12月31日"
    assert date_span(date(2026, 12, 1), date(2027, 1, 3)) == "2026年12月1日至2027年1月3日"
    assert date_span(date(2026, 12, 1), date(2026, 12, 1)) == "2026年12月1日"
    december = compute(
        Inputs(
            *day_period(date(2026, 12, 1), date(2026, 12, 31), TZ),
            now=NOW,
            tz=TZ,
            incidents=[],
            obligations=[],
            rules=DEFAULT_RULES,
            checks=[],
            fairness={},
            names={},
            titles={},
        )
    )
    assert period_text(december, TZ) == "2026年12月1日至12月31日"
    first_line = stats_text(stats_to_dict(december, TZ)).splitlines()[0]
    assert first_line.startswith("统计区间：2026年12月1日至12月31日，统计时刻 2026-10-15 12:00")
    assert "不含" not in first_line and "2027" not in first_line
