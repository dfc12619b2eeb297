"""Grading by category (issue 14): each row of each table at its bounds, citing its source."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dutyroom.grading import (
    DECREE_493,
    EARTHQUAKE,
    FOREST_FIRE,
    GradingPolicy,
    grade_for,
    grade_incident,
    reason_of,
    regrade,
    table_for,
)
from dutyroom.incident_fields import apply_fields
from dutyroom.models import Casualties, Grade, Incident

G, L, M, X = Grade.GENERAL, Grade.LARGER, Grade.MAJOR, Grade.GRAVE
T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
FOREST_ART_40 = "《森林防火条例》第四十条"
QUAKE_PLAN = "《国家地震应急预案》"
DECREE = "《生产安全事故报告和调查处理条例》第三条"


def incident(category: str, subtype: str = "", **figures: Any) -> Incident:
    return apply_fields(
        Incident(received_at=T0), {"category": category, "subtype": subtype, **figures}
    )


@pytest.mark.parametrize(
    ("category", "subtype", "table"),
    [
        ("自然灾害", "森林草原火灾", FOREST_FIRE),
        ("森林草原火灾", "", FOREST_FIRE),
        ("自然灾害", "地震灾害", EARTHQUAKE),
        ("地震灾害", "", EARTHQUAKE),
        ("事故灾难", "火灾", DECREE_493),
        ("事故灾难", "工矿商贸", DECREE_493),
        ("自然灾害", "气象灾害", DECREE_493),  # no table of its own yet: today's
        ("公共卫生事件", "食品安全", DECREE_493),
        ("", "", DECREE_493),
    ],
)
def test_the_table_is_chosen_by_category_or_subtype(
    category: str, subtype: str, table: Any
) -> None:
    assert table_for(category, subtype) is table


# 《森林防火条例》(2008) art. 40, by 受害森林面积: 一般 <1 ha; 较大 1–<100; 重大 100–<1000;
# 特别重大 ≥1000 ("以上" includes the bound, "以下" excludes it).
@pytest.mark.parametrize(
    ("area", "grade", "source"),
    [
        (0.5, G, "art. 40 一般: 受害森林面积在1公顷以下"),
        (0.99, G, "art. 40 一般: 受害森林面积在1公顷以下"),
        (1, L, "art. 40 较大: 1公顷以上100公顷以下"),
        (99.9, L, "art. 40 较大: 1公顷以上100公顷以下"),
        (100, M, "art. 40 重大: 100公顷以上1000公顷以下"),
        (999.99, M, "art. 40 重大: 100公顷以上1000公顷以下"),
        (1000, X, "art. 40 特别重大: 1000公顷以上"),
    ],
)
def test_forest_fire_by_area(area: float, grade: Grade, source: str) -> None:
    got, reason = grade_incident(incident("自然灾害", "森林草原火灾", forest_area_ha=area))
    assert got is grade, source
    assert reason.startswith(f"按{FOREST_ART_40}："), source


# 《森林防火条例》 art. 40, by casualties: 一般 死亡1–<3 or 重伤1–<10; 较大 死亡3–<10 or
# 重伤10–<50; 重大 死亡10–<30 or 重伤50–<100; 特别重大 死亡≥30 or 重伤≥100.
@pytest.mark.parametrize(
    ("casualties", "grade", "source"),
    [
        ({"deaths": 1}, G, "art. 40 一般: 死亡1人以上3人以下"),
        ({"deaths": 2}, G, "art. 40 一般: 死亡1人以上3人以下"),
        ({"deaths": 3}, L, "art. 40 较大: 死亡3人以上10人以下"),
        ({"deaths": 9}, L, "art. 40 较大: 死亡3人以上10人以下"),
        ({"deaths": 10}, M, "art. 40 重大: 死亡10人以上30人以下"),
        ({"deaths": 29}, M, "art. 40 重大: 死亡10人以上30人以下"),
        ({"deaths": 30}, X, "art. 40 特别重大: 死亡30人以上"),
        ({"serious_injuries": 9, "injured": 9}, G, "art. 40 一般: 重伤1人以上10人以下"),
        ({"serious_injuries": 10, "injured": 10}, L, "art. 40 较大: 重伤10人以上50人以下"),
        ({"serious_injuries": 49, "injured": 49}, L, "art. 40 较大: 重伤10人以上50人以下"),
        ({"serious_injuries": 50, "injured": 50}, M, "art. 40 重大: 重伤50人以上100人以下"),
        ({"serious_injuries": 99, "injured": 99}, M, "art. 40 重大: 重伤50人以上100人以下"),
        ({"serious_injuries": 100, "injured": 100}, X, "art. 40 特别重大: 重伤100人以上"),
    ],
)
def test_forest_fire_by_casualties(casualties: dict[str, int], grade: Grade, source: str) -> None:
    assert grade_incident(incident("森林草原火灾", **casualties))[0] is grade, source


def test_forest_fire_takes_the_highest_criterion_and_ignores_the_loss() -> None:
    # art. 40 has no loss criterion: 2亿元 of timber does not grade a 0.5 ha fire.
    fire = incident("自然灾害", "森林草原火灾", forest_area_ha=120, deaths=3, direct_loss_wan=20000)
    grade, reason = grade_incident(fire)
    assert grade is M
    assert reason == f"按{FOREST_ART_40}：受害森林面积120公顷，达到重大（100–<1000公顷）"
    assert grade_incident(incident("森林草原火灾", direct_loss_wan=20000))[0] is G


# 《国家地震应急预案》: 特别重大 ≥300 死亡（含失踪）; 重大 50–<300; 较大 10–<50; 一般 <10.
@pytest.mark.parametrize(
    ("deaths", "missing", "grade", "source"),
    [
        (9, 0, G, "一般: 造成10人以下死亡（含失踪）"),
        (10, 0, L, "较大: 造成10人以上50人以下死亡（含失踪）"),
        (5, 5, L, "较大: 死亡（含失踪）— the missing count in"),
        (49, 0, L, "较大: 造成10人以上50人以下死亡（含失踪）"),
        (50, 0, M, "重大: 造成50人以上300人以下死亡（含失踪）"),
        (299, 0, M, "重大: 造成50人以上300人以下死亡（含失踪）"),
        (300, 0, X, "特别重大: 造成300人以上死亡（含失踪）"),
    ],
)
def test_earthquake_by_deaths(deaths: int, missing: int, grade: Grade, source: str) -> None:
    quake = incident("自然灾害", "地震灾害", deaths=deaths, missing=missing, magnitude=7.5)
    got, reason = grade_incident(quake)
    assert got is grade, source
    assert reason.startswith(f"按{QUAKE_PLAN}："), source
    assert reason.endswith("震级7.5级，初判特别重大（≥7级）"), source  # recorded, not deciding


def test_earthquake_counts_the_missing_whatever_the_bureau_does_for_accidents() -> None:
    quake = incident("地震灾害", deaths=5, missing=5)
    assert grade_incident(quake, GradingPolicy(count_missing_as_deaths=False))[0] is L


# The plan's 初判 by magnitude (populated areas): 特别重大 ≥M7.0; 重大 M6.0–6.9; 较大 M5.0–5.9;
# 一般 M4.0–4.9. With no death entered the grade follows it (our choice, see grading.EARTHQUAKE).
@pytest.mark.parametrize(
    ("magnitude", "grade", "said", "source"),
    [
        (3.9, G, "震级3.9级，低于初判标准（<4级）", "初判 starts at M4.0"),
        (4.0, G, "震级4级，初判一般（4–<5级）", "初判 一般: M4.0–4.9"),
        (4.9, G, "震级4.9级，初判一般（4–<5级）", "初判 一般: M4.0–4.9"),
        (5.0, L, "震级5级，初判较大（5–<6级）", "初判 较大: M5.0–5.9"),
        (5.9, L, "震级5.9级，初判较大（5–<6级）", "初判 较大: M5.0–5.9"),
        (6.0, M, "震级6级，初判重大（6–<7级）", "初判 重大: M6.0–6.9"),
        (6.9, M, "震级6.9级，初判重大（6–<7级）", "初判 重大: M6.0–6.9"),
        (7.0, X, "震级7级，初判特别重大（≥7级）", "初判 特别重大: ≥M7.0"),
    ],
)
def test_earthquake_without_deaths_follows_the_initial_grade(
    magnitude: float, grade: Grade, said: str, source: str
) -> None:
    got, reason = grade_incident(incident("地震灾害", magnitude=magnitude))
    assert got is grade, source
    assert said in reason, source
    if magnitude >= 4:
        assert reason.endswith("未录入死亡（含失踪）人数，暂按初判定级"), source


def test_earthquake_deaths_decide_once_entered_even_below_the_initial_grade() -> None:
    grade, reason = grade_incident(incident("地震灾害", magnitude=6.5, deaths=2))
    assert grade is G
    assert reason == f"按{QUAKE_PLAN}：未达较大标准；震级6.5级，初判重大（6–<7级）"


def test_an_earthquake_without_magnitude_or_deaths_is_general() -> None:
    assert grade_incident(incident("地震灾害")) == (G, f"按{QUAKE_PLAN}：未达较大标准")


@pytest.mark.parametrize(
    ("category", "subtype"),
    [("事故灾难", "危化品"), ("自然灾害", "水旱灾害"), ("社会安全事件", ""), ("", "")],
)
@pytest.mark.parametrize(
    "casualties",
    [
        Casualties(deaths=3),
        Casualties(deaths=2, missing=1),
        Casualties(serious_injuries=50),
        Casualties(direct_loss_wan=10000),
        Casualties(),
    ],
)
def test_other_categories_keep_decree_493(
    category: str, subtype: str, casualties: Casualties
) -> None:
    # A forest area or a magnitude typed into an accident changes nothing.
    accident = Incident(
        received_at=T0,
        category=category,
        subtype=subtype,
        casualties=casualties,
        forest_area_ha=5000,
        magnitude=8,
    )
    for policy in (GradingPolicy(), GradingPolicy(count_missing_as_deaths=False)):
        grade, reason = grade_for(casualties, policy)
        assert grade_incident(accident, policy) == (grade, f"按{DECREE}：{reason}")


def test_reason_of_recognises_new_and_old_reasons() -> None:
    quake = regrade(incident("地震灾害", magnitude=5.2))
    stored = Incident(
        received_at=T0,
        category=quake.category,
        magnitude=quake.magnitude,
        grade=quake.grade,
        grade_reason=str(quake.grade_reason),
    )
    assert type(reason_of(stored)) is not str and reason_of(stored) == quake.grade_reason
    # Stored before reasons named their table: still recognised (and so still translated).
    old = Incident(
        received_at=T0,
        category="事故灾难",
        casualties=Casualties(deaths=3),
        grade_reason="死亡（含失踪）3人，达到较大（3–9人）",
    )
    assert type(reason_of(old)) is not str


def test_a_count_of_a_million_is_shown_whole() -> None:
    grade, reason = grade_for(Casualties(deaths=1_000_000))
    assert grade is X and reason.startswith("死亡（含失踪）1000000人")


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("forest_area_ha", 0, 0.0),
        ("forest_area_ha", "12.345", 12.35),
        ("forest_area_ha", None, 0.0),
        ("magnitude", 5.25, 5.2),  # one decimal, as 台网 reports it (round half to even)
        ("magnitude", 10, 10.0),
    ],
)
def test_figures_are_numbers_kept_to_their_decimals(key: str, value: object, stored: float) -> None:
    assert getattr(apply_fields(Incident(received_at=T0), {key: value}), key) == stored


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("forest_area_ha", -1, "受害森林面积不能为负数"),
        ("forest_area_ha", "很大", "受害森林面积应为数字"),
        ("forest_area_ha", True, "受害森林面积应为数字"),
        ("forest_area_ha", float("nan"), "受害森林面积不能为负数"),
        ("forest_area_ha", 1e8, "受害森林面积超过上限10000000，请核实是否输入有误"),
        ("magnitude", -0.1, "震级不能为负数"),
        ("magnitude", 12, "震级超过上限10，请核实是否输入有误"),
    ],
)
def test_bad_figures_are_refused(key: str, value: object, message: str) -> None:
    from dutyroom.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        apply_fields(Incident(received_at=T0), {key: value})
    assert caught.value.field == key and caught.value.message == message


def test_the_written_report_says_the_figures_only_when_entered() -> None:
    from zoneinfo import ZoneInfo

    from dutyroom.documents.report import ReportKind, written_report

    tz = ZoneInfo("Asia/Shanghai")

    def sections(**figures: Any) -> tuple[str, str]:
        draft = written_report(
            incident("自然灾害", "森林草原火灾", place="青山林场", **figures),
            [],
            ReportKind.FIRST,
            None,
            "县应急管理局",
            "张三",
            at=T0,
            tz=tz,
        )
        return draft.section("基本情况"), draft.section("人员伤亡和财产损失")

    assert sections() == ("青山林场发生森林草原火灾。", "人员伤亡情况正在核实。")
    where, loss = sections(forest_area_ha=5, magnitude=5.2, deaths=1)
    assert where == "青山林场发生森林草原火灾（震级5.2级）。"
    assert loss == "截至目前，已造成1人死亡，受害森林面积约5公顷。"
