"""Reading the record into plain document data (on the thread that owns the database).

Whatever these return can be handed to a background thread: the workbook writers and the HTML
builders need no store (DESIGN.md §2.2).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow
from dutyroom.documents.report import casualty_text
from dutyroom.documents.report_collect import draft_report
from dutyroom.handover import HandoverSheet, SheetStatus
from dutyroom.ledger_rows import status_text
from dutyroom.log_clocks import OBLIGATION_REF
from dutyroom.models import (
    Evidence,
    Incident,
    LogEntry,
    LogKind,
    Obligation,
    ObligationState,
)
from dutyroom.roster import Shift
from dutyroom.rule_defaults import DEFAULT_RULES

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

# Evidence of a report made today may belong to an incident received weeks ago (续报).
REPORT_LOOKBACK = timedelta(days=31)
__all__ = ["collect_daily_log", "draft_report", "handover_sheet", "status_text"]


def _incident_row(incident: Incident, tz: tzinfo) -> IncidentRow:
    assert incident.id is not None
    return IncidentRow(
        incident_id=incident.id,
        received_at=incident.received_at.astimezone(tz),
        title=incident.title,
        place="，".join(p for p in (incident.township, incident.place) if p),
        category=incident.subtype or incident.category,
        grade=incident.effective_grade.value,
        casualties=casualty_text(incident.casualties).removeprefix("截至目前，").rstrip("。"),
        status=status_text(incident),
        received_by=incident.received_by,
    )


_CODE = re.compile(r"[a-z][a-z0-9_]*")


def rule_names(room: DutyRoom) -> dict[str, str]:
    """Rule code → Chinese name: the bureau's table, else the default rules' name (a first-wave
    database may hold rules whose name is still their code)."""
    names = {r.code: r.name for r in DEFAULT_RULES}
    for rule in room.incidents.rules():
        if rule.name and not _CODE.fullmatch(rule.name):
            names[rule.code] = rule.name
        else:
            names.setdefault(rule.code, rule.name)
    return names


def _decoded(text: str, names: dict[str, str]) -> str:
    """Stored automatic lines from the first wave carry rule codes ("…事故 first_phone，电话报…"):
    printed with the rule's name; the stored line itself is history and stays as it is."""
    codes = sorted((c for c, n in names.items() if n and n != c), key=len, reverse=True)
    if not codes:
        return text
    pattern = re.compile(
        r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, codes)) + r")(?![A-Za-z0-9_])"
    )
    return pattern.sub(lambda m: names[m.group(1)], text)


class _Shift:
    """What the log of one shift reads once: incidents, their obligations and evidence."""

    def __init__(self, room: DutyRoom, shift: Shift, tz: tzinfo) -> None:
        self.room, self.shift, self.tz = room, shift, tz
        self.names = rule_names(room)
        self.as_of = min(room.clock.now(), shift.end)
        service = room.incidents
        self.incidents = {
            i.id: i for i in service.received_between(shift.start - REPORT_LOOKBACK, shift.end)
        }
        self.incidents.update({i.id: i for i in service.open_incidents()})
        self._obligations: dict[int, list[Obligation]] = {}
        self._evidence: dict[int, list[Evidence]] = {}
        self._on_duty: dict[datetime, str] = {}

    def obligations(self, incident_id: int) -> list[Obligation]:
        if incident_id not in self._obligations:
            self._obligations[incident_id] = self.room.incidents.obligations_of(incident_id)
        return self._obligations[incident_id]

    def evidence(self, ob: Obligation) -> list[Evidence]:
        assert ob.id is not None
        if ob.id not in self._evidence:
            self._evidence[ob.id] = self.room.incidents.evidence_of(ob.id)
        return self._evidence[ob.id]

    def clock(self, at: datetime) -> str:
        local, start = at.astimezone(self.tz), self.shift.start.astimezone(self.tz)
        return f"{local:%H:%M}" if local.date() == start.date() else f"{local:%m-%d %H:%M}"

    def rule(self, code: str) -> str:
        return self.names.get(code) or code

    def on_duty(self, at: datetime) -> str:
        """The 值班员 on duty at that moment (the roster), who keeps the log by hand on paper."""
        if at not in self._on_duty:
            status, _ = self.room.roster.now_and_next(at)
            people = status.officers or status.chiefs
            self._on_duty[at] = "、".join(p.name for p in people)
        return self._on_duty[at]


_TIMED_KINDS = (LogKind.WARNING, LogKind.DOCUMENT, LogKind.INSTRUCTION)
_AUTOMATIC_REFS = ("incident", OBLIGATION_REF)


def _taken_by(entry: LogEntry, data: _Shift) -> str:
    """记录人 of an entry: as stored; for a line the program wrote, whoever did the deed (接报人,
    报送的经办人), else the officer on duty then: the paper log names who was at the desk."""
    if entry.taken_by:
        return entry.taken_by
    incident = data.incidents.get(entry.ref_id) if entry.ref_table == "incident" else None
    if incident is not None and entry.kind is LogKind.INCIDENT and incident.received_by:
        return incident.received_by
    if incident is not None and incident.id is not None and entry.kind is LogKind.REPORT:
        for ob in data.obligations(incident.id):
            if ob.done_at is not None and ob.id is not None:
                for ev in data.evidence(ob):
                    if ev.by and ev.done_at.replace(second=0, microsecond=0) == entry.at:
                        return ev.by
    return data.on_duty(entry.at)


def _handling(entry: LogEntry, data: _Shift, corrected: set[int]) -> str:
    """处理情况/领导批示 from the record: the item's own clocks (报告领导, 转发, 批示落实), the
    incident's state and what it still owes; empty where nothing was recorded."""
    parts: list[str] = []
    if entry.id in corrected:
        parts.append("已更正，以【更正】记录为准")
    if entry.kind in _TIMED_KINDS and entry.id is not None and entry.ref_table != "log_entry":
        for ob in data.room.log.obligations_of(entry.id):
            if ob.status is ObligationState.CANCELLED:
                continue
            name = data.rule(ob.rule_code)
            if ob.done_at is not None:
                parts.append(f"{name} {data.clock(ob.done_at)}办结")
            elif ob.due_at <= data.as_of:
                parts.append(f"{name} 超时未办")
            else:
                parts.append(f"{name} 待办（{data.clock(ob.due_at)}前）")
    incident = data.incidents.get(entry.ref_id) if entry.ref_table == "incident" else None
    if incident is not None and incident.id is not None and entry.kind is LogKind.INCIDENT:
        pending = [
            data.rule(ob.rule_code)
            for ob in data.obligations(incident.id)
            if ob.status is ObligationState.PENDING and ob.anchor_at < data.shift.end
        ]
        parts.append(status_text(incident) + (f"；未报：{'、'.join(pending)}" if pending else ""))
    return "；".join(parts)


def _outcome(ob: Obligation, as_of: datetime) -> str:
    if ob.done_at is not None:
        return f"迟报{ob.minutes_late}分钟" if ob.minutes_late else "按时"
    return "未报（已超时）" if ob.due_at <= as_of else "未报（计时中）"


def _reports(data: _Shift) -> list[ReportRow]:
    """Every incident obligation of the shift, done or not: done or due in it, or still open at
    its end (a missed 首报 is listed beside the ones sent)."""
    start, end = data.shift.start, data.shift.end
    rows = []
    for incident_id, incident in data.incidents.items():
        assert incident_id is not None
        for ob in data.obligations(incident_id):
            if ob.id is None or ob.status is ObligationState.CANCELLED:
                continue
            done_in = ob.done_at is not None and start <= ob.done_at < end
            due_in = start <= ob.due_at < end and ob.anchor_at < end
            still_open = ob.done_at is None and ob.anchor_at < end
            if not (done_in or due_in or still_open):
                continue
            evidence = data.evidence(ob) if ob.done_at is not None else []
            rows.append(
                ReportRow(
                    incident_id=incident_id,
                    incident_title=incident.title,
                    rule=data.rule(ob.rule_code),
                    due_at=ob.due_at.astimezone(data.tz),
                    done_at=None if ob.done_at is None else ob.done_at.astimezone(data.tz),
                    outcome=_outcome(ob, data.as_of),
                    method="、".join(dict.fromkeys(e.method for e in evidence if e.method)),
                    to="、".join(
                        dict.fromkeys(
                            "".join((e.to_unit, e.to_person)) for e in evidence if e.to_unit
                        )
                    ),
                    by="、".join(dict.fromkeys(e.by for e in evidence if e.by)),
                )
            )
    return sorted(rows, key=lambda r: (r.due_at, r.incident_id))


def collect_daily_log(room: DutyRoom, day: date) -> DailyLog:
    """The duty day `day`: the shift starting on that date, its people, log, incidents, reports."""
    tz = room.bureau.timezone()
    shift = room.log.shift_of_day(day)
    status, _ = room.roster.now_and_next(shift.start)
    data = _Shift(room, shift, tz)
    stored = room.log.for_shift(shift)
    corrected = {e.ref_id for e in stored if e.ref_table == "log_entry" and e.ref_id is not None}
    entries = tuple(
        LogRow(
            e.at.astimezone(tz),
            e.kind.value,
            _decoded(e.content, data.names) if e.ref_table in _AUTOMATIC_REFS else e.content,
            e.unit,
            e.person,
            e.number,
            _taken_by(e, data),
            _handling(e, data, corrected),
        )
        for e in stored
    )
    incidents = sorted(
        room.incidents.received_between(shift.start, shift.end), key=lambda i: i.received_at
    )
    return DailyLog(
        day=day,
        shift_start=shift.start.astimezone(tz),
        shift_end=shift.end.astimezone(tz),
        leaders=tuple(p.name for p in status.leaders),
        officers=tuple(p.name for p in (*status.chiefs, *status.officers)),
        entries=entries,
        incidents=tuple(_incident_row(i, tz) for i in incidents),
        reports=tuple(_reports(data)),
    )


def handover_sheet(room: DutyRoom, day: date) -> tuple[HandoverSheet, str, SheetStatus]:
    """The stored sheet of the duty day's shift (latest version) or a fresh draft, its state
    (未开始 / 待接班 / 已交接) and its status for paper (草稿 / 已提交 / 已接班, who, when)."""
    shift = room.log.shift_of_day(day)
    current = room.handover.current(shift)
    sheet = room.handover.sheet_of(current) if current else room.handover.draft(shift)
    return sheet, room.handover.state(shift), room.handover.status(shift)
