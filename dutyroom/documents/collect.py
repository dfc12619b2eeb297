"""Reading the record into plain document data (on the thread that owns the database).

Whatever these return can be handed to a background thread: the workbook writers and the HTML
builders need no store (DESIGN.md §2.2).
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow
from dutyroom.documents.report import casualty_text
from dutyroom.documents.report_collect import draft_report
from dutyroom.handover import HandoverSheet, SheetStatus
from dutyroom.ledger_rows import status_text
from dutyroom.models import Incident
from dutyroom.roster import Shift

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


def _reports(room: DutyRoom, shift: Shift, tz: tzinfo) -> list[ReportRow]:
    service, names = room.incidents, {r.code: r.name for r in room.incidents.rules()}
    incidents = {
        i.id: i for i in service.received_between(shift.start - REPORT_LOOKBACK, shift.end)
    }
    incidents.update({i.id: i for i in service.open_incidents()})
    rows = []
    for incident_id, incident in incidents.items():
        assert incident_id is not None
        for ob in service.obligations_of(incident_id):
            if ob.id is None or ob.done_at is None or not shift.start <= ob.done_at < shift.end:
                continue
            for ev in service.evidence_of(ob.id)[:1]:
                rows.append(
                    ReportRow(
                        incident_id=incident_id,
                        incident_title=incident.title,
                        rule=names.get(ob.rule_code, ob.rule_code),
                        due_at=ob.due_at.astimezone(tz),
                        done_at=ev.done_at.astimezone(tz),
                        minutes_late=ob.minutes_late or 0,
                        method=ev.method,
                        to="".join((ev.to_unit, ev.to_person)),
                        by=ev.by,
                    )
                )
    return sorted(rows, key=lambda r: r.done_at)


def collect_daily_log(room: DutyRoom, day: date) -> DailyLog:
    """The duty day `day`: the shift starting on that date, its people, log, incidents, reports."""
    tz = room.bureau.timezone()
    shift = room.log.shift_of_day(day)
    status, _ = room.roster.now_and_next(shift.start)
    entries = tuple(
        LogRow(e.at.astimezone(tz), e.kind.value, e.content, e.unit, e.person, e.number, e.taken_by)
        for e in room.log.for_shift(shift)
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
        reports=tuple(_reports(room, shift, tz)),
    )


def handover_sheet(room: DutyRoom, day: date) -> tuple[HandoverSheet, str, SheetStatus]:
    """The stored sheet of the duty day's shift (latest version) or a fresh draft, its state
    (未开始 / 待接班 / 已交接) and its status for paper (草稿 / 已提交 / 已接班, who, when)."""
    shift = room.log.shift_of_day(day)
    current = room.handover.current(shift)
    sheet = room.handover.sheet_of(current) if current else room.handover.draft(shift)
    return sheet, room.handover.state(shift), room.handover.status(shift)
