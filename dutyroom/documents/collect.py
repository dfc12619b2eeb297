"""Reading the record into plain document data (on the thread that owns the database).

Whatever these return can be handed to a background thread: the workbook writers and the HTML
builders need no store (DESIGN.md §2.2).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow
from dutyroom.documents.report import casualty_text
from dutyroom.documents.report_collect import draft_report
from dutyroom.excel.ledger import GROUPS, LedgerRow
from dutyroom.handover import HandoverSheet, SheetStatus
from dutyroom.models import Incident, IncidentStatus, ObligationKind, ObligationState
from dutyroom.ports import LedgerIncident, LedgerObligation
from dutyroom.roster import Shift

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

# Evidence of a report made today may belong to an incident received weeks ago (续报).
REPORT_LOOKBACK = timedelta(days=31)
KIND_ORDER = (
    ObligationKind.PHONE,
    ObligationKind.WRITTEN,
    ObligationKind.FOLLOWUP,
    ObligationKind.SUPPLEMENTARY,
    ObligationKind.FINAL,
)
assert len(KIND_ORDER) == len(GROUPS)
__all__ = ["collect_daily_log", "collect_ledger_rows", "draft_report", "handover_sheet"]


_STATUS_TEXTS = {IncidentStatus.CLOSED: "已终结", IncidentStatus.VOIDED: "作废"}


def status_text(incident: Incident | LedgerIncident) -> str:
    """处置中 / 已终结 / 作废（原因）: a voided incident stays in the ledger with its reason."""
    if incident.status is IncidentStatus.VOIDED and incident.void_reason:
        return f"作废（{incident.void_reason}）"
    return _STATUS_TEXTS.get(incident.status, "处置中")


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


# ---------------------------------------------------------------------------- ledger


def _naive(at: datetime | None, tz: tzinfo) -> datetime | None:
    return None if at is None else at.astimezone(tz).replace(tzinfo=None)


_NO_OBLIGATION = (None, None, None)
_NO_GROUPS = _NO_OBLIGATION * len(KIND_ORDER)
_MINUTE = timedelta(minutes=1)


def _group(
    obs: Sequence[LedgerObligation], kind: ObligationKind, now: datetime, tz: tzinfo
) -> tuple[object, ...]:
    """(时限, 完成时间 or state, 迟报分钟) of one kind: the first live obligation; for 续报 the
    latest, which is the one still running or last sent."""
    live = [ob for ob in obs if ob.status is not ObligationState.CANCELLED]
    if not live:
        return (None, "已取消", None)
    ob = live[-1] if kind is ObligationKind.FOLLOWUP else live[0]
    due = ob.due_at.astimezone(tz).replace(tzinfo=None)
    if ob.status is ObligationState.DONE:
        return (due, _naive(ob.done_at, tz), ob.minutes_late or 0)
    late = math.ceil((now - ob.due_at) / _MINUTE) if now > ob.due_at else None
    return (due, "已超时" if late else "计时中", late)


def ledger_row(
    incident: LedgerIncident, obs: Sequence[LedgerObligation], now: datetime, tz: tzinfo
) -> LedgerRow:
    """The ledger's row of one incident; `obs` are its obligations ordered by due_at, sequence
    (as LedgerRepo.obligations reads them)."""
    groups: tuple[object, ...] | list[object] = _NO_GROUPS
    followups = 0
    if obs:
        by_kind: dict[ObligationKind, list[LedgerObligation]] = {}
        for ob in obs:
            of_kind = by_kind.get(ob.kind)
            if of_kind is None:
                by_kind[ob.kind] = [ob]
            else:
                of_kind.append(ob)
        groups = []
        for kind in KIND_ORDER:
            # Most incidents owe no 补报, 终报 or 续报: an empty group costs no call.
            of_kind = by_kind.get(kind)
            groups += _group(of_kind, kind, now, tz) if of_kind else _NO_OBLIGATION
        done = ObligationState.DONE
        followups = sum(1 for ob in by_kind.get(ObligationKind.FOLLOWUP, ()) if ob.status is done)
    return LedgerRow(
        incident_id=incident.id,
        received_at=incident.received_at.astimezone(tz).replace(tzinfo=None),
        occurred_at=_naive(incident.occurred_at, tz),
        title=incident.title,
        category=incident.subtype or incident.category,
        township=incident.township,
        place=incident.place,
        grade=(incident.grade_override or incident.grade).value,
        deaths=incident.deaths,
        missing=incident.missing,
        injured=incident.injured,
        status=status_text(incident),
        closed_at=_naive(incident.closed_at, tz),
        groups=tuple(groups),
        followups=followups,
        forest_area_ha=incident.forest_area_ha or None,
        magnitude=incident.magnitude or None,
    )


def collect_ledger_rows(room: DutyRoom, start: date, end: date) -> list[LedgerRow]:
    """Incidents received on local dates start..end (inclusive), oldest first."""
    tz = room.bureau.timezone()
    lo = datetime.combine(start, time(0), tzinfo=tz)
    hi = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
    now = room.clock.now()
    return [ledger_row(i, obs, now, tz) for i, obs in room.ledger.with_obligations(lo, hi)]
