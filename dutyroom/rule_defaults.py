"""The default reporting rules and the presets, each with the source of its deadline (DOMAIN §4).

The defaults are the stricter national rules; a preset replaces some of them with a province's or a
city's own. Recipient names are data the bureau edits with the rules (its own 市 and 县 names).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import time
from typing import Any

from dutyroom.messages import t
from dutyroom.models import Anchor, Condition, Grade, LogKind, ObligationKind, Rule
from dutyroom.rule_conditions import (
    FLAG_NEAR_MISS,
    FLAG_SENSITIVE,
    MODE_CASUALTY_CHANGE,
    MODE_ONCE,
    MODE_SERIES,
    STATE_CLOSED,
    STATE_OPEN,
    STATE_STABLE,
)

CITY = "市应急管理局"
COUNTY_GOVERNMENT = "县人民政府总值班室"
PROVINCE = "省应急管理厅"
MINISTRY = "应急管理部"
LEADER = "带班领导"

ACCIDENTS = "事故灾难"
NATURAL_DISASTERS = "自然灾害"
FOREST_FIRE = "森林草原火灾"

_MAJOR = Condition(min_grade=Grade.LARGER, also_flags=(FLAG_NEAR_MISS, FLAG_SENSITIVE))
_OPEN = (STATE_OPEN, STATE_STABLE)

# Where each deadline comes from, as shown beside it ("why this deadline").
SOURCE_FIRST = t(
    "《生产安全事故报告和调查处理条例》第十条（较大以上同时报告本级人民政府，可越级上报）；"
    "《突发事件应对法》（2024）第十七条、第六十一条；值班工作方案：较大及以上30分钟内电话、"
    "1小时内书面报告"
)
SOURCE_GENERAL = t("《生产安全事故报告和调查处理条例》第十一条：每级上报的时间不得超过2小时")
SOURCE_DISASTER = t("《自然灾害情况统计调查制度》（应急〔2020〕19号）第六条：灾害发生后2小时内初报")
SOURCE_DISASTER_ESCALATED = t(
    "《自然灾害情况统计调查制度》（应急〔2020〕19号）第六条：死亡失踪10人以上或敏感灾情，"
    "同时报省级应急管理部门和应急管理部"
)
SOURCE_DISASTER_DAILY = t(
    "《自然灾害情况统计调查制度》（应急〔2020〕19号）：灾情稳定前每日9时前续报（截至前一日24时）"
)
SOURCE_DISASTER_VERIFY = t(
    "《自然灾害情况统计调查制度》（应急〔2020〕19号）：灾情稳定后2个工作日内核报"
)
SOURCE_FOLLOWUP = t(
    "《生产安全事故信息报告和处置办法》（原国家安全生产监督管理总局令第21号）："
    "一般、较大涉险、较大事故每日至少续报1次，重大、特别重大事故每日至少续报2次"
)
SOURCE_FOLLOWUP_OTHER = t("值班工作方案：较大及以上突发事件处置期间每日续报（本局规定）")
SOURCE_SUPPLEMENTARY = t(
    "《生产安全事故报告和调查处理条例》第十三条：30日内伤亡人数变化及时补报（道路交通、火灾7日内）"
)
SOURCE_FINAL = t("值班工作方案：较大及以上事件处置结束后报送终报（本局规定）")
SOURCE_FOREST_24H = t("《森林防火条例》第三十二条：燃烧超过24小时尚未扑灭的森林火灾，立即报告")
SOURCE_WARNING = t(
    "县级值班工作实践（如长子县2025年值班制度）：预警信息10分钟内报告带班领导、30分钟内转发"
)
SOURCE_DOCUMENT = t("省应急办督办要求：紧急来文1小时内办理（本局规定）")
SOURCE_INSTRUCTION = t(
    "领导批示督办要求：30分钟内传达，按批示时限反馈落实情况（本局规定，默认24小时）"
)


def _rule(
    code: str,
    name: str,
    kind: ObligationKind,
    applies: str,
    anchor: Anchor,
    offset: int,
    source: str,
    **extra: Any,
) -> Rule:
    return Rule(
        code=code,
        name=name,
        kind=kind,
        applies=applies,
        anchor=anchor,
        offset_minutes=offset,
        source=source,
        **extra,
    )


_BOTH = (CITY, COUNTY_GOVERNMENT)

FIRST_PHONE = _rule(
    "first_phone", t("首报·电话"), ObligationKind.PHONE, MODE_ONCE, Anchor.RECEIVED, 30,
    SOURCE_FIRST, condition=_MAJOR, recipients=_BOTH,
)  # fmt: skip
FIRST_WRITTEN = _rule(
    "first_written", t("首报·书面"), ObligationKind.WRITTEN, MODE_ONCE, Anchor.RECEIVED, 60,
    SOURCE_FIRST, condition=_MAJOR, recipients=_BOTH,
)  # fmt: skip
GENERAL_WRITTEN = _rule(
    "general_written", t("一般·书面"), ObligationKind.WRITTEN, MODE_ONCE, Anchor.RECEIVED, 120,
    SOURCE_GENERAL,
    condition=Condition(
        not_categories=(NATURAL_DISASTERS,),
        max_grade=Grade.GENERAL,
        unless_flags=(FLAG_NEAR_MISS, FLAG_SENSITIVE),
    ),
    recipients=_BOTH,
)  # fmt: skip
# Every natural disaster, whatever its grade: for a 较大+ one the 首报 rules run too, and one
# written report to the 市 meets both (dutyroom/report_evidence.same_document).
DISASTER_INITIAL = _rule(
    "disaster_initial", t("灾情初报"), ObligationKind.WRITTEN, MODE_ONCE, Anchor.OCCURRED, 120,
    SOURCE_DISASTER,
    condition=Condition(categories=(NATURAL_DISASTERS,)),
    recipients=(CITY,),
)  # fmt: skip
DISASTER_ESCALATED = _rule(
    "disaster_escalated", t("灾情初报·越级"), ObligationKind.WRITTEN, MODE_ONCE, Anchor.OCCURRED,
    120, SOURCE_DISASTER_ESCALATED,
    condition=Condition(
        categories=(NATURAL_DISASTERS,), also_flags=(FLAG_SENSITIVE,), also_dead_missing=10,
    ),
    recipients=(PROVINCE, MINISTRY),
)  # fmt: skip
DISASTER_DAILY = _rule(
    "disaster_daily", t("灾情续报"), ObligationKind.FOLLOWUP, MODE_SERIES, Anchor.PREVIOUS, 60,
    SOURCE_DISASTER_DAILY,
    condition=Condition(categories=(NATURAL_DISASTERS,), states=(STATE_OPEN,)),
    at_times=(time(9, 0),), recipients=(CITY,),
)  # fmt: skip
DISASTER_VERIFY = _rule(
    "disaster_verify", t("灾情核报"), ObligationKind.VERIFY, MODE_ONCE, Anchor.STABLE, 0,
    SOURCE_DISASTER_VERIFY,
    condition=Condition(categories=(NATURAL_DISASTERS,), states=(STATE_STABLE, STATE_CLOSED)),
    working_days=2, recipients=(CITY,),
)  # fmt: skip
FOLLOWUP = _rule(
    "followup", t("续报"), ObligationKind.FOLLOWUP, MODE_SERIES, Anchor.PREVIOUS, 1440,
    SOURCE_FOLLOWUP,
    condition=Condition(categories=(ACCIDENTS,), states=_OPEN),
    repeat_minutes=1440, repeat_minutes_major=720, recipients=(CITY,),
)  # fmt: skip
FOLLOWUP_OTHER = _rule(
    "followup_other", t("续报"), ObligationKind.FOLLOWUP, MODE_SERIES, Anchor.PREVIOUS, 1440,
    SOURCE_FOLLOWUP_OTHER,
    condition=dataclasses.replace(
        _MAJOR, not_categories=(ACCIDENTS, NATURAL_DISASTERS), states=_OPEN
    ),
    repeat_minutes=1440, repeat_minutes_major=720, recipients=(CITY,),
)  # fmt: skip
# The due time of a 补报 is the next local midnight, not anchor + offset: offset 0 is a placeholder.
SUPPLEMENTARY = _rule(
    "supplementary", t("补报"), ObligationKind.SUPPLEMENTARY, MODE_CASUALTY_CHANGE,
    Anchor.RECEIVED, 0, SOURCE_SUPPLEMENTARY, recipients=(CITY,),
)  # fmt: skip
FINAL = _rule(
    "final", t("终报"), ObligationKind.FINAL, MODE_ONCE, Anchor.CLOSED, 60, SOURCE_FINAL,
    condition=Condition(min_grade=Grade.LARGER, states=(STATE_CLOSED,)), recipients=(CITY,),
)  # fmt: skip
FOREST_FIRE_24H = _rule(
    "forest_fire_24h", t("森林火灾·燃烧超24小时"), ObligationKind.PHONE, MODE_ONCE,
    Anchor.OCCURRED, 1440, SOURCE_FOREST_24H,
    condition=Condition(categories=(FOREST_FIRE,), states=_OPEN),
    recipients=(CITY, PROVINCE),
)  # fmt: skip


def _log_rule(code: str, name: str, kind: LogKind, offset: int, source: str, *to: str) -> Rule:
    return _rule(
        code, name, ObligationKind.TASK, MODE_ONCE, Anchor.LOGGED, offset, source,
        subject=kind.value, recipients=to,
    )  # fmt: skip


WARNING_LEADER = _log_rule(
    "warning_leader", t("预警·报告带班领导"), LogKind.WARNING, 10, SOURCE_WARNING, LEADER
)
WARNING_FORWARD = _log_rule("warning_forward", t("预警·转发"), LogKind.WARNING, 30, SOURCE_WARNING)
DOCUMENT_HANDLE = _log_rule(
    "document_handle", t("来文·办理"), LogKind.DOCUMENT, 60, SOURCE_DOCUMENT
)
INSTRUCTION_PASS = _log_rule(
    "instruction_pass", t("批示·传达"), LogKind.INSTRUCTION, 30, SOURCE_INSTRUCTION
)
INSTRUCTION_FEEDBACK = _log_rule(
    "instruction_feedback", t("批示·落实反馈"), LogKind.INSTRUCTION, 1440, SOURCE_INSTRUCTION
)

DEFAULT_RULES: tuple[Rule, ...] = (
    FIRST_PHONE,
    FIRST_WRITTEN,
    GENERAL_WRITTEN,
    DISASTER_INITIAL,
    DISASTER_ESCALATED,
    DISASTER_DAILY,
    DISASTER_VERIFY,
    FOLLOWUP,
    FOLLOWUP_OTHER,
    SUPPLEMENTARY,
    FINAL,
    FOREST_FIRE_24H,
    WARNING_LEADER,
    WARNING_FORWARD,
    DOCUMENT_HANDLE,
    INSTRUCTION_PASS,
    INSTRUCTION_FEEDBACK,
)


def _changed(rules: Iterable[Rule], changes: Mapping[str, Mapping[str, Any]]) -> tuple[Rule, ...]:
    return tuple(
        dataclasses.replace(r, **changes[r.code]) if r.code in changes else r for r in rules
    )


def _inserted_after(rules: tuple[Rule, ...], code: str, *new: Rule) -> tuple[Rule, ...]:
    at = [r.code for r in rules].index(code) + 1
    return (*rules[:at], *new, *rules[at:])


SOURCE_HENAN = t("河南省应急管理厅信息报送要求（本局据省厅文件录入，请与原文核对）")
SOURCE_WUHAN = t("武汉市突发事件信息报送要求（本局据市文件录入，请与原文核对）")
SOURCE_BAOJI = t("宝鸡市值班工作方案：一般事件3小时内书面报告（地方规定）")

# First reports owe themselves whatever happens next: closing an incident does not cancel them.
_ONLY_LARGER = Condition(
    min_grade=Grade.LARGER, max_grade=Grade.LARGER, also_flags=(FLAG_NEAR_MISS, FLAG_SENSITIVE)
)
_MAJOR_UP = Condition(min_grade=Grade.MAJOR)

_HENAN = _inserted_after(
    _changed(
        DEFAULT_RULES,
        {
            "first_phone": {"condition": _ONLY_LARGER},
            "first_written": {"condition": _ONLY_LARGER, "source": SOURCE_HENAN},
            "general_written": {"offset_minutes": 360, "source": SOURCE_HENAN},
            "followup": {
                "condition": dataclasses.replace(_MAJOR, states=_OPEN),
                "at_times": (time(8, 0), time(17, 0)),
                "offset_minutes": 0,
                "repeat_minutes": None,
                "repeat_minutes_major": None,
                "recipients": (CITY, PROVINCE),
                "source": SOURCE_HENAN,
                "name": t("续报（每日8时、17时前）"),
            },
        },
    ),
    "first_written",
    _rule(
        "first_phone_major", t("首报·电话（重大以上）"), ObligationKind.PHONE, MODE_ONCE,
        Anchor.RECEIVED, 15, SOURCE_HENAN, condition=_MAJOR_UP, recipients=(*_BOTH, PROVINCE),
    ),
    _rule(
        "first_written_major", t("首报·书面（重大以上）"), ObligationKind.WRITTEN, MODE_ONCE,
        Anchor.RECEIVED, 35, SOURCE_HENAN, condition=_MAJOR_UP, recipients=(*_BOTH, PROVINCE),
    ),
)  # fmt: skip

_WUHAN = _inserted_after(
    _changed(
        DEFAULT_RULES,
        {
            "first_phone": {"condition": _ONLY_LARGER},
            "first_written": {"condition": _ONLY_LARGER, "source": SOURCE_WUHAN},
            "general_written": {"offset_minutes": 120, "source": SOURCE_WUHAN},
        },
    ),
    "first_written",
    _rule(
        "first_phone_major", t("首报·电话（重大以上，自事发）"), ObligationKind.PHONE, MODE_ONCE,
        Anchor.OCCURRED, 30, SOURCE_WUHAN, condition=_MAJOR_UP, recipients=_BOTH,
    ),
    _rule(
        "first_written_major", t("首报·书面（重大以上，自事发）"), ObligationKind.WRITTEN,
        MODE_ONCE, Anchor.OCCURRED, 30, SOURCE_WUHAN, condition=_MAJOR_UP, recipients=_BOTH,
    ),
)  # fmt: skip

_BAOJI = _changed(
    DEFAULT_RULES, {"general_written": {"offset_minutes": 180, "source": SOURCE_BAOJI}}
)

PRESET_NATIONAL = t("国家规定（默认）")
PRESETS: dict[str, tuple[Rule, ...]] = {
    PRESET_NATIONAL: DEFAULT_RULES,
    t("河南"): _HENAN,
    t("武汉"): _WUHAN,
    t("宝鸡（一般3小时）"): _BAOJI,
}
