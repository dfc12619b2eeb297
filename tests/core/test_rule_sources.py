"""The default rules and presets, row by row against the sources they cite (DOMAIN §4, issue 14).

Each case plans one incident with the pure planner and checks who must receive what by when.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dutyroom.grading import regrade
from dutyroom.models import (
    Casualties,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    Obligation,
    ObligationState,
    Rule,
)
from dutyroom.obligations import anchor_fell_back, complete, due_time, plan
from dutyroom.rule_defaults import DEFAULT_RULES, PRESETS

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 7, 14, 14, 0, tzinfo=TZ)  # a Tuesday
H = timedelta(hours=1)
MIN = timedelta(minutes=1)
CITY, COUNTY, PROVINCE, MINISTRY = (
    "市应急管理局",
    "县人民政府总值班室",
    "省应急管理厅",
    "应急管理部",
)


def incident(category: str = "事故灾难", deaths: int = 0, **kwargs: Any) -> Incident:
    casualties = Casualties(deaths=deaths, missing=kwargs.pop("missing", 0))
    return regrade(
        Incident(received_at=T0, id=1, category=category, casualties=casualties, **kwargs)
    )


def due(
    item: Incident, rules: Sequence[Rule] = DEFAULT_RULES, existing: Sequence[Obligation] = ()
) -> dict[str, tuple[datetime, tuple[str, ...]]]:
    """rule code → (due, recipients) of what planning `item` adds."""
    added = plan(item, rules, list(existing), T0, TZ).add
    return {ob.rule_code: (ob.due_at, tuple(r.unit for r in ob.recipients)) for ob in added}


def test_decree_493_art_11_general_accident_each_level_within_2_hours() -> None:
    """《生产安全事故报告和调查处理条例》第十一条: 每级上报的时间不得超过2小时."""
    assert due(incident(deaths=1))["general_written"] == (T0 + 2 * H, (CITY, COUNTY))


def test_the_baoji_preset_keeps_the_local_3_hours() -> None:
    """宝鸡 work plan: 一般 3 h — a local rule, no longer the default."""
    rules = PRESETS["宝鸡（一般3小时）"]
    assert due(incident(deaths=1), rules)["general_written"][0] == T0 + 3 * H


@pytest.mark.parametrize("code", ["first_phone", "first_written"])
def test_decree_493_art_10_larger_goes_to_the_city_and_the_government_at_once(code: str) -> None:
    """第十条: 较大以上同时报告本级人民政府 — one obligation, two recipients."""
    minutes = {"first_phone": 30, "first_written": 60}[code]
    assert due(incident(deaths=3))[code] == (T0 + minutes * MIN, (CITY, COUNTY))


def test_both_recipients_are_needed_before_a_first_report_is_done() -> None:
    """第十条: the obligation is met when every required recipient has it."""
    (phone,) = [o for o in plan(incident(deaths=3), DEFAULT_RULES, [], T0, TZ).add
                if o.rule_code == "first_phone"]  # fmt: skip
    phone = dataclasses.replace(phone, id=1)
    half = complete(phone, Evidence(1, T0 + 10 * MIN, "电话", CITY, "", "李"))
    assert half.status is ObligationState.PENDING and half.missing_units() == (COUNTY,)
    full = complete(half, Evidence(1, T0 + 40 * MIN, "电话", "县政府总值班室", "", "李"))
    assert full.status is ObligationState.DONE and full.done_at == T0 + 40 * MIN
    assert full.minutes_late == 10  # the last unit decides: 40 min against 30


def test_natural_disaster_initial_report_2_hours_from_the_disaster() -> None:
    """《自然灾害情况统计调查制度》第六条: 灾害发生后2小时内 to the 市 level, from 事发."""
    flood = incident("自然灾害", subtype="水旱灾害", occurred_at=T0 - 90 * MIN)
    got = due(flood)
    assert got["disaster_initial"] == (T0 + 30 * MIN, (CITY,))
    assert "general_written" not in got  # the accident rule is not the disaster's


def test_natural_disaster_with_unknown_time_runs_from_receipt_and_says_so() -> None:
    """事发 unknown: the clock runs from 接报, and the screen is told (anchor_fell_back)."""
    flood = incident("自然灾害")
    (ob,) = [o for o in plan(flood, DEFAULT_RULES, [], T0, TZ).add
             if o.rule_code == "disaster_initial"]  # fmt: skip
    assert ob.due_at == T0 + 2 * H and anchor_fell_back(ob, flood)


@pytest.mark.parametrize(
    "fields",
    [{"deaths": 6, "missing": 4}, {"sensitive": True}],
    ids=["死亡失踪10人", "敏感"],
)
def test_natural_disaster_with_10_dead_or_missing_also_to_province_and_ministry(
    fields: dict[str, Any],
) -> None:
    """第六条: 死亡失踪10人以上或敏感 → also 省级应急管理部门 and 应急管理部, within 2 h."""
    quake = incident("自然灾害", occurred_at=T0 - H, **fields)
    assert due(quake)["disaster_escalated"] == (T0 + H, (PROVINCE, MINISTRY))
    assert "disaster_escalated" not in due(incident("自然灾害", deaths=5, occurred_at=T0))


def test_disaster_daily_followup_by_09_00_until_stable() -> None:
    """制度: 灾情稳定前每日9时前续报 (figures to 24:00)."""
    flood = incident("自然灾害", occurred_at=T0)
    assert due(flood)["disaster_daily"][0] == datetime(2026, 7, 15, 9, 0, tzinfo=TZ)
    stable = dataclasses.replace(flood, stable_at=T0 + 3 * H)
    assert "disaster_daily" not in due(stable)


def test_disaster_verified_report_2_working_days_after_stable() -> None:
    """制度: 灾情稳定后2个工作日内核报 — Friday's stability is due by Tuesday 24:00."""
    friday = datetime(2026, 7, 17, 16, 0, tzinfo=TZ)
    stable = incident("自然灾害", occurred_at=T0, stable_at=friday)
    (verify,) = [o for o in plan(stable, DEFAULT_RULES, [], friday, TZ).add
                 if o.rule_code == "disaster_verify"]  # fmt: skip
    assert verify.due_at == datetime(2026, 7, 22, 0, 0, tzinfo=TZ)


def test_working_days_follow_the_holiday_calendar() -> None:
    """A 调休补班日 Sunday counts; a 法定节假日 does not (the calendar passed to the planner)."""
    rule = next(r for r in DEFAULT_RULES if r.code == "disaster_verify")
    national_day = {date(2026, 10, d) for d in range(1, 8)}

    def workday(day: date) -> bool:
        return day == date(2026, 9, 27) or (day.weekday() < 5 and day not in national_day)

    sept_26 = datetime(2026, 9, 26, 10, 0, tzinfo=TZ)  # a Saturday; the 27th is a make-up day
    assert due_time(rule, sept_26, Grade.GENERAL, 1, TZ, workday) == datetime(
        2026, 9, 29, 0, 0, tzinfo=TZ
    )
    sept_30 = datetime(2026, 9, 30, 10, 0, tzinfo=TZ)
    assert due_time(rule, sept_30, Grade.GENERAL, 1, TZ, workday) == datetime(
        2026, 10, 10, 0, 0, tzinfo=TZ
    )


@pytest.mark.parametrize(
    ("fields", "hours"),
    [
        ({"deaths": 1}, 24),
        ({"near_miss": True}, 24),
        ({"deaths": 3}, 24),
        ({"deaths": 10}, 12),
        ({"deaths": 30}, 12),
    ],
    ids=["一般", "较大涉险", "较大", "重大", "特别重大"],
)
def test_order_21_followups_daily_and_twice_daily_for_major(
    fields: dict[str, Any], hours: int
) -> None:
    """原安监总局令第21号: 一般、较大涉险、较大 每日至少续报1次; 重大、特别重大 每日至少2次."""
    assert due(incident(**fields))["followup"][0] == T0 + hours * H


def test_forest_fire_still_burning_after_24_hours_is_reported_at_once() -> None:
    """《森林防火条例》第三十二条: a forest fire burning over 24 h, to the 市 and the 省."""
    fire = incident("自然灾害", subtype="森林草原火灾", occurred_at=T0 - 2 * H)
    assert due(fire)["forest_fire_24h"] == (T0 + 22 * H, (CITY, PROVINCE))
    out = dataclasses.replace(fire, status=IncidentStatus.CLOSED, closed_at=T0 + H)
    assert "forest_fire_24h" not in due(out)


def test_forest_fire_of_5_hectares_grades_larger() -> None:
    """《森林防火条例》第四十条: 1–<100 ha is 较大, so the 30 min / 1 h clocks run."""
    fire = incident("自然灾害", subtype="森林草原火灾", forest_area_ha=5.0)
    assert fire.grade is Grade.LARGER
    assert {"first_phone", "first_written"} <= set(due(fire))


def test_earthquake_of_3_deaths_is_general_not_decree_493_larger() -> None:
    """《国家地震应急预案》: 较大 from 10 deaths (含失踪), not Decree 493's 3."""
    quake = incident("自然灾害", subtype="地震灾害", deaths=3, magnitude=4.2)
    assert quake.grade is Grade.GENERAL
    assert "first_phone" not in due(quake)


@pytest.mark.parametrize(
    ("code", "minutes", "to"),
    [
        ("warning_leader", 10, ("带班领导",)),
        ("warning_forward", 30, ()),
        ("document_handle", 60, ()),
        ("instruction_pass", 30, ()),
        ("instruction_feedback", 1440, ()),
    ],
)
def test_duty_log_item_clocks(code: str, minutes: int, to: tuple[str, ...]) -> None:
    """County practice (长子县 2025) and 督办 rules: 预警 10 / 30 min, 来文 1 h, 批示 30 min and
    the feedback by its deadline (24 h unless the bureau sets one)."""
    rule = next(r for r in DEFAULT_RULES if r.code == code)
    assert (rule.offset_minutes, rule.recipients) == (minutes, to) and rule.source
    assert rule.subject != "incident"


def test_henan_preset_major_15_and_35_minutes_larger_written_1_hour_general_6_hours() -> None:
    """河南: 重大+ 15 min phone / 35 min written (also to the 省厅); 较大 written 1 h; 一般 6 h."""
    rules = PRESETS["河南"]
    major = due(incident(deaths=10), rules)
    assert major["first_phone_major"] == (T0 + 15 * MIN, (CITY, COUNTY, PROVINCE))
    assert major["first_written_major"][0] == T0 + 35 * MIN
    assert "first_phone" not in major and "first_written" not in major
    assert due(incident(deaths=3), rules)["first_written"][0] == T0 + H
    assert due(incident(deaths=1), rules)["general_written"][0] == T0 + 6 * H


def test_henan_preset_followups_before_08_00_and_17_00_straight_to_the_province() -> None:
    """河南: 较大+ 续报 daily before 08:00 and 17:00, to the 省厅 directly."""
    rules = PRESETS["河南"]
    when, units = due(incident(deaths=3), rules)["followup"]
    assert when == datetime.combine(T0.date(), time(17, 0), tzinfo=TZ) and PROVINCE in units
    rule = next(r for r in rules if r.code == "followup")
    after_17 = datetime(2026, 7, 14, 17, 30, tzinfo=TZ)
    assert due_time(rule, after_17, Grade.LARGER, 2, TZ) == datetime(2026, 7, 15, 8, 0, tzinfo=TZ)


def test_wuhan_preset_general_2_hours_larger_1_hour_major_30_minutes_from_the_event() -> None:
    """武汉: 一般 2 h, 较大 1 h, 重大+ 30 min from 事发."""
    rules = PRESETS["武汉"]
    assert due(incident(deaths=1), rules)["general_written"][0] == T0 + 2 * H
    assert due(incident(deaths=3), rules)["first_written"][0] == T0 + H
    major = due(incident(deaths=10, occurred_at=T0 - 20 * MIN), rules)
    assert major["first_written_major"][0] == T0 + 10 * MIN
    assert major["first_phone_major"][0] == T0 + 10 * MIN


def test_a_larger_natural_disaster_owes_both_and_one_written_report_meets_both() -> None:
    """制度 第六条 (2 h from 事发, to the 市) and Decree 493 art. 10 / the work plan (1 h from
    接报, to the 市 and the government): reported late, 事发 is the earlier deadline; the one
    written report to both units is the 初报 the 市 is owed."""
    from dutyroom.report_evidence import by_unit, met_by, same_document

    slide = incident("自然灾害", subtype="地质灾害", deaths=3, occurred_at=T0 - 100 * MIN)
    added = plan(slide, DEFAULT_RULES, [], T0, TZ).add
    obs = [dataclasses.replace(o, id=n) for n, o in enumerate(added, start=1)]
    by_code = {o.rule_code: o for o in obs}
    assert by_code["disaster_initial"].due_at == T0 + 20 * MIN  # before the 1 h from 接报
    assert by_code["first_written"].due_at == T0 + H
    written = by_code["first_written"]
    report = Evidence(written.id or 0, T0 + 15 * MIN, "专网", f"{CITY}、{COUNTY}", "", "李")
    pieces = by_unit(written, report)
    assert met_by(written, pieces).status is ObligationState.DONE
    ((initial, evidence),) = same_document(written, pieces, obs)
    assert initial.rule_code == "disaster_initial" and initial.status is ObligationState.DONE
    assert initial.minutes_late == 0 and [e.to_unit for e in evidence] == [CITY]
    phone = by_code["first_phone"]
    call = Evidence(phone.id or 0, T0 + 10 * MIN, "电话", CITY, "", "李")
    assert same_document(phone, by_unit(phone, call), obs) == []  # a call is one call
