"""Clocks of duty-log items (预警, 上级来文, 领导批示): planned from the rules whose subject is the
entry's kind, met by the same per-recipient evidence as an incident's report (pure).

A duty-log item's obligation has no incident (`incident_id` None) and names its entry
(`log_entry_id`); the alarms, the 值班台 and the handover read it as a `LogTimer`, never as an
incident's `OpenTimer`, so nothing pretends that a 预警 is an incident.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from dutyroom import obligations
from dutyroom.errors import ValidationError
from dutyroom.messages import t
from dutyroom.models import (
    Anchor,
    Evidence,
    LogEntry,
    LogKind,
    Obligation,
    ObligationState,
    Recipient,
    Rule,
)
from dutyroom.obligations import Timer

CORRECTION_REF = "log_entry"  # as dutyroom.log_service: a correction starts no new clocks
OBLIGATION_REF = "obligation"  # the duty-log lines about a clock (办理, 提醒) name it
# The words an officer types on the command line for two kinds named otherwise in the log.
KIND_ALIASES = {"来文": LogKind.DOCUMENT, "批示": LogKind.INSTRUCTION}
TITLE_LIMIT = 30


@dataclass(frozen=True, slots=True)
class LogTimer:
    """A pending duty-log item's obligation with its entry, its rule and its countdown."""

    entry: LogEntry
    obligation: Obligation
    rule: Rule | None
    timer: Timer

    @property
    def title(self) -> str:
        return short_title(self.entry)


def parse_kind(text: str) -> LogKind:
    """A LogKind from its value or an alias (来文 → 文电, 批示 → 领导批示)."""
    word = text.strip()
    if word in KIND_ALIASES:
        return KIND_ALIASES[word]
    try:
        return LogKind(word)
    except ValueError:
        names = "、".join([*(k.value for k in LogKind), *KIND_ALIASES])
        raise ValidationError(
            "kind", t("无法识别的日志类别：{kind}（可用：{names}）", kind=word, names=names)
        ) from None


def short_title(entry: LogEntry, limit: int = TITLE_LIMIT) -> str:
    """The entry's content on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(entry.content.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rules_for(kind: LogKind, rules: Iterable[Rule]) -> list[Rule]:
    """The enabled rules that time entries of `kind` from the moment they are logged."""
    return [r for r in rules if r.enabled and r.subject == kind.value and r.anchor is Anchor.LOGGED]


def has_clocks(kind: LogKind, rules: Iterable[Rule]) -> bool:
    return bool(rules_for(kind, rules))


def plan(entry: LogEntry, rules: Iterable[Rule], now: datetime) -> list[Obligation]:
    """The obligations a stored entry starts: one per rule of its kind, due `offset` after the
    entry's time. A correction (a new entry that references the old one) starts none: the
    clocks of the corrected entry keep running."""
    if entry.id is None:
        raise ValueError("plan the clocks of a stored entry")
    if entry.ref_table == CORRECTION_REF:
        return []
    return [
        Obligation(
            incident_id=None,
            rule_code=rule.code,
            kind=rule.kind,
            anchor=Anchor.LOGGED,
            anchor_at=entry.at,
            due_at=entry.at + timedelta(minutes=rule.offset_minutes),
            created_at=now,
            recipients=tuple(Recipient(unit) for unit in rule.recipients),
            log_entry_id=entry.id,
        )
        for rule in rules_for(entry.kind, rules)
    ]


def log_line(
    entry: LogEntry,
    rule: Rule | None,
    ob: Obligation,
    met: Obligation,
    evidence: Evidence,
    reason: str,
) -> str:
    """The duty-log line of a completion: "办理：{rule}（{entry}），{method}报{to}…"."""
    line = t(
        "办理：{rule}（{title}），{method}告知{to}",
        rule=rule.name if rule else ob.rule_code,
        title=short_title(entry),
        method=evidence.method,
        to=f"{evidence.to_unit}{evidence.to_person}",
    )
    if met.status is ObligationState.DONE and met.minutes_late:
        line = t("{line}，超时{minutes_late}分钟", line=line, minutes_late=met.minutes_late)
    if met.status is ObligationState.PENDING:
        line = t("{line}（尚未办理：{units}）", line=line, units="、".join(met.missing_units()))
    if reason:
        line = t("{line}（办理时间补录：{reason}）", line=line, reason=reason)
    return line


def log_timer(
    entry: LogEntry, ob: Obligation, rules: Mapping[str, Rule], now: datetime
) -> LogTimer:
    rule = rules.get(ob.rule_code)
    warn = rule.warn_minutes if rule else 10
    critical = rule.critical_minutes if rule else 5
    return LogTimer(entry, ob, rule, obligations.timer(ob, now, warn, critical))
