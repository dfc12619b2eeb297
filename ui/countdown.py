"""Countdown text and colours for report deadlines: big mm:ss, counting up once overdue."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from dutyroom.models import Anchor, Obligation, ObligationState, Rule
from dutyroom.obligations import Timer, sequence_label, timer
from dutyroom.rule_conditions import describe
from dutyroom.status import KIND_LABELS, STATE_LABELS
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

# Foreground colours by displayed state (QSS selects on the "state" property; these are for
# code that paints, e.g. the ledger's 时限 column).
STATE_COLOURS = {
    "pending": "#1B2430",
    "warning": "#8A5A00",
    "critical": "#D9541E",
    "overdue": "#C62828",
    "done": "#2E7D32",
    "done_late": "#8A5A00",
    "cancelled": "#5B6B7F",
}

# The board's and the form's countdown look, selected on properties the tick sets.
COUNTDOWN_QSS = """
QLabel[countdown="true"] {
    font-size: 30px; font-weight: bold; padding: 2px 10px; border-radius: 6px;
    font-family: "DejaVu Sans Mono", "Consolas", "Microsoft YaHei UI", monospace;
    color: #1B2430; background: #E9EEF4;
}
QLabel[countdown="true"][state="warning"] { color: #5A3B00; background: #FFD873; }
QLabel[countdown="true"][state="critical"] { color: #FFFFFF; background: #D9541E; }
QLabel[countdown="true"][state="overdue"] { color: #FFFFFF; background: #C62828; }
QLabel[countdown="true"][state="overdue"][flash="on"] { color: #C62828; background: #FFE3E3; }
QLabel[countdown="true"][tile="small"] { font-size: 18px; }
QLabel[words="true"] { font-size: 11pt; color: #3A4756; }
QLabel[words="true"][state="critical"] { color: #D9541E; font-weight: bold; }
QLabel[words="true"][state="overdue"] { color: #C62828; font-weight: bold; }
QLabel[recipients="true"] { font-size: 10pt; color: #3A4756; }
QLabel[fallback="true"] { font-size: 10pt; color: #8A5A00; font-weight: bold; }
"""

# What a clock runs from, as "why this deadline" says it: 自接报 14:05 起30分钟.
ANCHOR_NAMES = {
    Anchor.RECEIVED: QT_TRANSLATE_NOOP("Countdown", "接报"),
    Anchor.OCCURRED: QT_TRANSLATE_NOOP("Countdown", "事发"),
    Anchor.PREVIOUS: QT_TRANSLATE_NOOP("Countdown", "上次报送"),
    Anchor.CLOSED: QT_TRANSLATE_NOOP("Countdown", "终结"),
    Anchor.STABLE: QT_TRANSLATE_NOOP("Countdown", "灾情稳定"),
    Anchor.LOGGED: QT_TRANSLATE_NOOP("Countdown", "登记"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Countdown", text)


def countdown_text(seconds_left: int) -> str:
    """12:08 left, 1:02:08 left, +03:15 overdue (counting up)."""
    sign = "+" if seconds_left < 0 else ""
    seconds = abs(seconds_left)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def countdown_words(seconds_left: int) -> str:
    """剩余12分钟 / 已超时1小时05分钟: the tile in words, as the handover sheet says it.

    Minutes left are rounded up and minutes late down, as `status --json` counts them.
    """
    if seconds_left < 0:
        hours, minutes = divmod(-seconds_left // 60, 60)
        if not hours and not minutes:
            return _tr("刚刚超时")  # not "已超时0分钟"
        if hours:
            return _tr("已超时{h}小时{m:02d}分钟").format(h=hours, m=minutes)
        return _tr("已超时{m}分钟").format(m=minutes)
    hours, minutes = divmod(-(-seconds_left // 60), 60)
    if hours:
        return _tr("剩余{h}小时{m:02d}分钟").format(h=hours, m=minutes)
    return _tr("剩余{m}分钟").format(m=minutes)


def obligation_name(ob: Obligation, rule: Rule | None) -> str:
    """首报·电话 / 续报（二）: the rule's name, numbered for repeats."""
    name = core_text(rule.name if rule else KIND_LABELS.get(ob.kind.value, ob.rule_code))
    if ob.sequence > 1:  # the translation may number with {n} instead of 二, 三…
        name += _tr("（{label}）").format(label=sequence_label(ob.sequence), n=ob.sequence)
    return name


def obligation_timer(ob: Obligation, rule: Rule | None, now: datetime) -> Timer:
    """No database: the stored due time and the rule's thresholds are enough."""
    warn = rule.warn_minutes if rule else 10
    critical = rule.critical_minutes if rule else 5
    return timer(ob, now, warn_minutes=warn, critical_minutes=critical)


def state_label(state: ObligationState) -> str:
    return core_text(STATE_LABELS.get(state.value, state.value))


def done_text(ob: Obligation, tz: tzinfo) -> str:
    """✓ 10:32 按时 / ✓ 10:52 迟报7分钟"""
    at = ob.done_at.astimezone(tz).strftime("%H:%M") if ob.done_at else ""
    if ob.minutes_late:
        return _tr("✓ {at} 迟报{m}分钟").format(at=at, m=ob.minutes_late)
    return _tr("✓ {at} 按时").format(at=at)


def due_text(due_at: datetime, now: datetime, tz: tzinfo) -> str:
    """时限 HH:MM today, with the date when the deadline falls on another day."""
    local = due_at.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return _tr("时限 {at}").format(at=local.strftime("%H:%M"))
    return _tr("时限 {at}").format(at=local.strftime("%m-%d %H:%M"))


# Words a rule's condition names (dutyroom.rule_conditions.describe): categories and flags are
# stored as the Chinese words, and core_text says a stored word by its "core" translation.
CONDITION_WORDS = (
    QT_TRANSLATE_NOOP("core", "自然灾害"),
    QT_TRANSLATE_NOOP("core", "事故灾难"),
    QT_TRANSLATE_NOOP("core", "公共卫生事件"),
    QT_TRANSLATE_NOOP("core", "社会安全事件"),
    QT_TRANSLATE_NOOP("core", "森林草原火灾"),
    QT_TRANSLATE_NOOP("core", "较大涉险"),
    QT_TRANSLATE_NOOP("core", "敏感"),
)


def recipients_progress(ob: Obligation, separator: str = " · ") -> str:
    """市应急管理局 ✓ · 县人民政府总值班室 待报: each unit the report must reach, compactly."""
    return separator.join(
        _tr("{unit} ✓").format(unit=r.unit) if r.done_at else _tr("{unit} 待报").format(unit=r.unit)
        for r in ob.recipients
    )


def fallback_note(separator: str = "，") -> str:
    """Said on the clock whose 事发 anchor is unknown (obligations.anchor_fell_back)."""
    return _tr("事发时间未填") + separator + _tr("按接报时间起算")


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _tr("{h}小时{m}分钟").format(h=hours, m=rest)
    if hours:
        return _tr("{h}小时").format(h=hours)
    return _tr("{m}分钟").format(m=minutes)


def anchor_text(ob: Obligation, rule: Rule | None, tz: tzinfo, *, fell_back: bool) -> str:
    """自接报 14:05 起30分钟 (the clock's start, named as the officer knows it, and its length)."""
    anchor = Anchor.RECEIVED if fell_back else ob.anchor
    local = ob.anchor_at.astimezone(tz)
    due = ob.due_at.astimezone(tz)
    at = local.strftime("%H:%M" if local.date() == due.date() else "%m-%d %H:%M")
    name = _tr(ANCHOR_NAMES.get(anchor, anchor.value))
    if rule is not None and rule.working_days > 0:
        return _tr("自{anchor} {at} 起{n}个工作日内").format(
            anchor=name, at=at, n=rule.working_days
        )
    # From the stored times, not the rule: the rule may have changed since the clock started.
    minutes = max(0, round((ob.due_at - ob.anchor_at).total_seconds() / 60))
    if rule is not None and rule.at_times:
        return _tr("自{anchor} {at} 起，于规定时点 {due} 前").format(
            anchor=name, at=at, due=due.strftime("%H:%M")
        )
    return _tr("自{anchor} {at} 起{duration}").format(
        anchor=name, at=at, duration=_duration(minutes)
    )


def why_text(ob: Obligation, rule: Rule | None, tz: tzinfo, *, fell_back: bool) -> str:
    """Why this deadline: the rule's source, when it applies, what its clock runs from, to whom."""
    lines = []
    if rule is not None and rule.source:
        lines.append(_tr("依据：{source}").format(source=core_text(rule.source)))
    if rule is not None:
        lines.append(_tr("适用：{condition}").format(condition=core_text(describe(rule.condition))))
    lines.append(
        _tr("起算：{anchor}").format(anchor=anchor_text(ob, rule, tz, fell_back=fell_back))
    )
    if fell_back:
        lines.append(fallback_note())
    if ob.recipients:
        lines.append(_tr("报送对象：{units}").format(units=recipients_progress(ob)))
    return "\n".join(lines)
