"""Grading by the table of the incident's category, plus 较大涉险 and 敏感 reporting.

Each table is data (GradingTable): the law it comes from, named in every grade reason, and its
criteria with their bounds. 事故灾难 and every category without a table of its own are graded by
State Council Decree 493 art. 3, as before; 森林草原火灾 by 《森林防火条例》 art. 40; 地震灾害 by
《国家地震应急预案》, whose 初判 by magnitude is shown beside the grade by deaths.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from dutyroom.messages import Text, joined, t
from dutyroom.models import Casualties, Grade, Incident

# Decree 493 lower bounds, ascending grade order (较大, 重大, 特别重大); "≥" includes the bound.
DEATH_BOUNDS: tuple[int, int, int] = (3, 10, 30)
SERIOUS_INJURY_BOUNDS: tuple[int, int, int] = (10, 50, 100)
LOSS_WAN_BOUNDS: tuple[float, float, float] = (1000.0, 5000.0, 10000.0)

_RAISED = (Grade.LARGER, Grade.MAJOR, Grade.GRAVE)
_ALL = (Grade.GENERAL, *_RAISED)
PERSONS = t("人")
TEN_THOUSAND_YUAN = t("万元")
HECTARES = t("公顷")
MAGNITUDE_UNIT = t("级")
BELOW_LARGER = t("未达较大标准")


class Measure(enum.Enum):
    """What a criterion reads from an incident."""

    DEATHS = "deaths"  # missing counted in as the bureau's policy says
    DEATHS_WITH_MISSING = "deaths_with_missing"  # always counted in (the table says 含失踪)
    SERIOUS_INJURIES = "serious_injuries"
    DIRECT_LOSS = "direct_loss_wan"
    FOREST_AREA = "forest_area_ha"
    MAGNITUDE = "magnitude"


@dataclass(frozen=True, slots=True)
class Criterion:
    """One figure and its lower bounds, ascending (较大, 重大, 特别重大; or 一般 first when
    `bounds` has four); "≥" includes the bound. `text` is the message template of the figure
    ({n}); `whole` figures (people) show a band as "3–9人", others as "1–<100公顷"."""

    measure: Measure
    bounds: tuple[float, ...]
    unit: Text
    text: Text
    whole: bool = False
    text_without_missing: Text | None = None  # DEATHS when the policy leaves the missing out


@dataclass(frozen=True, slots=True)
class GradingTable:
    """A grading table: `name` is how the reason cites it; `applies_to` the categories or
    subtypes it grades. `initial` is a 初判 figure: recorded and shown as 初判, and, when
    `initial_without_deaths`, the grade while no death (or missing person) is entered."""

    code: str
    name: Text
    criteria: tuple[Criterion, ...]
    applies_to: tuple[str, ...] = ()
    initial: Criterion | None = None
    initial_without_deaths: bool = False


_DEATHS_493 = Criterion(
    Measure.DEATHS,
    DEATH_BOUNDS,
    PERSONS,
    t("死亡（含失踪）{n}人"),
    whole=True,
    text_without_missing=t("死亡{n}人"),
)

# 《生产安全事故报告和调查处理条例》 (国务院令第493号) art. 3: 特别重大 ≥30 dead, ≥100 seriously
# injured (incl. acute industrial poisoning) or ≥1亿元 direct loss; 重大 10 / 50 / 5000万元;
# 较大 3 / 10 / 1000万元; 一般 below. "以上" includes the bound, "以下" excludes it.
DECREE_493 = GradingTable(
    code="decree_493",
    name=t("《生产安全事故报告和调查处理条例》第三条"),
    criteria=(
        _DEATHS_493,
        Criterion(
            Measure.SERIOUS_INJURIES,
            SERIOUS_INJURY_BOUNDS,
            PERSONS,
            t("重伤（含急性中毒）{n}人"),
            whole=True,
        ),
        Criterion(
            Measure.DIRECT_LOSS, LOSS_WAN_BOUNDS, TEN_THOUSAND_YUAN, t("直接经济损失{n}万元")
        ),
    ),
)

# 《森林防火条例》 (2008) art. 40: 一般 受害森林面积 <1 ha (or other woodland on fire), 死亡1–<3 or
# 重伤1–<10; 较大 1–<100 ha, 死亡3–<10 or 重伤10–<50; 重大 100–<1000 ha, 死亡10–<30 or
# 重伤50–<100; 特别重大 ≥1000 ha, 死亡≥30 or 重伤≥100. "以上" includes the bound.
FOREST_FIRE = GradingTable(
    code="forest_fire",
    name=t("《森林防火条例》第四十条"),
    applies_to=("森林草原火灾",),
    criteria=(
        Criterion(Measure.FOREST_AREA, (1.0, 100.0, 1000.0), HECTARES, t("受害森林面积{n}公顷")),
        _DEATHS_493,
        Criterion(Measure.SERIOUS_INJURIES, (10, 50, 100), PERSONS, t("重伤{n}人"), whole=True),
    ),
)

# 《国家地震应急预案》 (2012): 特别重大 ≥300 死亡（含失踪）, 重大 50–<300, 较大 10–<50, 一般 <10.
# Its 初判 by magnitude (populated areas): 特别重大 ≥M7.0, 重大 M6.0–6.9, 较大 M5.0–5.9, 一般
# M4.0–4.9. Deaths decide; until any are entered the grade follows the 初判, as the plan's
# response starts from it before casualties are known (an officer's override still wins).
EARTHQUAKE = GradingTable(
    code="earthquake",
    name=t("《国家地震应急预案》"),
    applies_to=("地震灾害",),
    criteria=(
        Criterion(
            Measure.DEATHS_WITH_MISSING,
            (10, 50, 300),
            PERSONS,
            t("死亡（含失踪）{n}人"),
            whole=True,
        ),
    ),
    initial=Criterion(Measure.MAGNITUDE, (4.0, 5.0, 6.0, 7.0), MAGNITUDE_UNIT, t("震级{n}级")),
    initial_without_deaths=True,
)

# The tables with categories of their own, looked up by category, then by subtype; everything
# else keeps Decree 493 until a bureau adds a table here.
CATEGORY_TABLES: tuple[GradingTable, ...] = (FOREST_FIRE, EARTHQUAKE)
DEFAULT_TABLE = DECREE_493


@dataclass(frozen=True, slots=True)
class GradingPolicy:
    """The bureau's switches; the decree's bounds are law, these are local practice."""

    count_missing_as_deaths: bool = True
    near_miss_endangered: int = 10
    near_miss_trapped_or_missing: int = 3
    near_miss_evacuated: int = 500


DEFAULT_POLICY = GradingPolicy()


def table_for(category: str, subtype: str = "") -> GradingTable:
    """The table that grades an incident of `category`/`subtype` (either may name it)."""
    for name in (category.strip(), subtype.strip()):
        for table in CATEGORY_TABLES:
            if name and name in table.applies_to:
                return table
    return DEFAULT_TABLE


def _fmt_num(value: float) -> str:
    return f"{value:g}"


def _level(value: float, bounds: tuple[float, ...]) -> int:
    """How many of `bounds` `value` reaches (0: none)."""
    return sum(1 for bound in bounds if value >= bound)


def _grade_by(value: float, bounds: tuple[float, ...]) -> Grade:
    level = _level(value, bounds)
    return _RAISED[level - 1] if level else Grade.GENERAL


def _band_at(index: int, criterion: Criterion) -> Text:
    """The bracket text of bounds[index], e.g. "3–9人", "1–<100公顷" or "≥30人"."""
    bounds, unit = criterion.bounds, criterion.unit
    low = _fmt_num(bounds[index])
    if index == len(bounds) - 1:
        return t("≥{low}{unit}", low=low, unit=unit)
    upper = bounds[index + 1]
    high = _fmt_num(upper - 1) if criterion.whole else f"<{_fmt_num(upper)}"
    return t("{low}–{high}{unit}", low=low, high=high, unit=unit)


def _value(
    measure: Measure, c: Casualties, incident: Incident | None, policy: GradingPolicy
) -> float:
    if measure is Measure.DEATHS:
        return c.deaths + (c.missing if policy.count_missing_as_deaths else 0)
    if measure is Measure.DEATHS_WITH_MISSING:
        return c.deaths + c.missing
    if measure is Measure.SERIOUS_INJURIES:
        return c.serious_injuries
    if measure is Measure.DIRECT_LOSS:
        return c.direct_loss_wan
    if incident is None:
        return 0.0
    if measure is Measure.FOREST_AREA:
        return incident.forest_area_ha
    return incident.magnitude


def _figure(criterion: Criterion, value: float, policy: GradingPolicy) -> Text:
    template = criterion.text
    if criterion.measure is Measure.DEATHS and not policy.count_missing_as_deaths:
        template = criterion.text_without_missing or template
    shown = str(int(value)) if criterion.whole else _fmt_num(value)
    return Text(template.template, {"n": shown})


def _by_criteria(
    table: GradingTable, c: Casualties, incident: Incident | None, policy: GradingPolicy
) -> tuple[Grade, str]:
    """The highest grade any single criterion of `table` reaches, and the deciding criteria."""
    reached = []
    for criterion in table.criteria:
        value = _value(criterion.measure, c, incident, policy)
        reached.append((_grade_by(value, criterion.bounds), criterion, value))
    top = max((grade for grade, _, _ in reached), key=lambda grade: grade.rank)
    if top is Grade.GENERAL:
        return Grade.GENERAL, BELOW_LARGER
    parts = [
        t(
            "{criterion}，达到{grade}（{band}）",
            criterion=_figure(criterion, value, policy),
            grade=grade,
            band=_band_at(_RAISED.index(grade), criterion),
        )
        for grade, criterion, value in reached
        if grade is top
    ]
    return top, joined("；", parts)


def _initial(
    criterion: Criterion, value: float, policy: GradingPolicy
) -> tuple[Grade | None, Text]:
    """The 初判 grade of `value` (None below the lowest bound) and its words."""
    figure = _figure(criterion, value, policy)
    level = _level(value, criterion.bounds)
    if level == 0:
        low = _fmt_num(criterion.bounds[0])
        return None, t(
            "{criterion}，低于初判标准（<{low}{unit}）",
            criterion=figure,
            low=low,
            unit=criterion.unit,
        )
    grade = _ALL[level - 1 + 4 - len(criterion.bounds)]
    band = _band_at(level - 1, criterion)
    return grade, t("{criterion}，初判{grade}（{band}）", criterion=figure, grade=grade, band=band)


def grade_for(c: Casualties, policy: GradingPolicy = DEFAULT_POLICY) -> tuple[Grade, str]:
    """Decree 493: the highest grade any single criterion reaches, and a reason naming the
    deciding criteria (without the table's name, which grade_incident adds)."""
    return _by_criteria(DECREE_493, c, None, policy)


def grade_incident(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> tuple[Grade, str]:
    """The grade by the table of the incident's category, and a reason that names the table."""
    table = table_for(incident.category, incident.subtype)
    grade, detail = _by_criteria(table, incident.casualties, incident, policy)
    if table.initial is not None:
        value = _value(table.initial.measure, incident.casualties, incident, policy)
        if value > 0:
            initial, said = _initial(table.initial, value, policy)
            no_deaths = incident.casualties.deaths + incident.casualties.missing == 0
            if table.initial_without_deaths and no_deaths and initial is not None:
                grade = initial
                detail = joined("；", (said, t("未录入死亡（含失踪）人数，暂按初判定级")))
            else:
                detail = joined("；", (detail, said))
    return grade, t("按{table}：{detail}", table=table.name, detail=detail)


def reason_of(incident: Incident) -> str:
    """The stored grade reason, as the core's message (which a UI can translate) when grading the
    numbers with or without the missing counted as deaths gives the same words (today's reason
    with its table, or the Decree 493 reason stored before reasons named one); else as stored."""
    for count_missing in (True, False):
        policy = GradingPolicy(count_missing_as_deaths=count_missing)
        for _, reason in (grade_incident(incident, policy), grade_for(incident.casualties, policy)):
            if reason == incident.grade_reason:
                return reason
    return incident.grade_reason


def is_near_miss(c: Casualties, policy: GradingPolicy = DEFAULT_POLICY) -> bool:
    """较大涉险 by the numbers; a threat to a key facility is the officer's manual flag."""
    return (
        c.endangered >= policy.near_miss_endangered
        or c.trapped + c.missing >= policy.near_miss_trapped_or_missing
        or c.evacuated >= policy.near_miss_evacuated
    )


def reportable_as_major(grade: Grade, near_miss: bool, sensitive: bool) -> bool:
    """Reported like a 较大 event: grade ≥ 较大, or 较大涉险, or 敏感."""
    return grade.rank >= Grade.LARGER.rank or near_miss or sensitive


def incident_is_major(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> bool:
    """The test of the "major" rules: effective grade, flags, and near-miss numbers."""
    near_miss = incident.near_miss or is_near_miss(incident.casualties, policy)
    return reportable_as_major(incident.effective_grade, near_miss, incident.sensitive)


def regrade(incident: Incident, policy: GradingPolicy = DEFAULT_POLICY) -> Incident:
    """A copy with grade and grade_reason recomputed from the numbers; the override is untouched."""
    grade, reason = grade_incident(incident, policy)
    return dataclasses.replace(incident, grade=grade, grade_reason=reason)
