"""Reading the record into a written-report draft (on the thread that owns the database)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from dutyroom.documents.report import ReportDraft, ReportKind, written_report
from dutyroom.models import ObligationState
from dutyroom.report_basis import WRITTEN_KINDS

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

# A 续报 sent this year may belong to an incident received late last year.
_SERIAL_LOOKBACK = timedelta(days=366)


def report_serial(room: DutyRoom, at: datetime) -> int:
    """The N of the next 发文字号: the written reports recorded as sent this (local) year, plus
    one. A report is one time per incident: the obligations one report met together (书面首报
    and 灾情初报) share their done time and count once. A draft made again before it is sent
    keeps its number; one made after keeps counting on."""
    tz = room.bureau.timezone()
    year_start = datetime(at.astimezone(tz).year, 1, 1, tzinfo=tz)
    sent = {
        (ob.incident_id, ob.done_at)
        for _, obs in room.ledger.with_obligations(year_start - _SERIAL_LOOKBACK, at)
        for ob in obs
        if ob.kind in WRITTEN_KINDS
        and ob.status is ObligationState.DONE
        and ob.done_at is not None
        and year_start <= ob.done_at <= at
    }
    return len(sent) + 1


def draft_report(
    room: DutyRoom,
    incident_id: int,
    kind: ReportKind = ReportKind.FIRST,
    *,
    sequence: int | None = None,
    signer: str = "",
    contact: str = "",
) -> ReportDraft:
    """The written-report draft; the signer defaults to the 带班领导 on duty now, the contact to
    the 值班员 on duty now and the bureau's 值班电话."""
    incident = room.incidents.get(incident_id)
    now = room.clock.now()
    on_duty, _ = room.roster.now_and_next(now)
    if not signer:
        signer = "、".join(p.name for p in on_duty.leaders)
    officer = "、".join(p.name for p in (on_duty.officers or on_duty.chiefs))
    paper = room.bureau.paper()
    return written_report(
        incident,
        room.incidents.obligations_of(incident_id),
        kind,
        sequence,
        room.bureau.name(),
        signer,
        at=now,
        tz=room.bureau.timezone(),
        contact=contact,
        officer=officer,
        paper=paper,
        basis=room.ledger.report_basis(incident_id),
        serial=report_serial(room, now) if paper.doc_number else None,
    )
