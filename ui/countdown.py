"""Countdown text and colours for report deadlines: big mm:ss, counting up once overdue."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from dutyroom.models import Obligation, ObligationState, Rule
from dutyroom.obligations import Timer, sequence_label, timer
from dutyroom.status import KIND_LABELS, STATE_LABELS
from ui.formatting import core_text

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
"""


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
