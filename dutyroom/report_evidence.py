"""Evidence of a report, checked and split by unit: one door for an incident's reports and a
duty-log item's actions (pure)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from dutyroom import obligations
from dutyroom.errors import ValidationError
from dutyroom.messages import t
from dutyroom.models import Evidence, Obligation, ObligationKind, ObligationState

# How far a report's time may differ from the clock before the officer must say why: the form
# is filled at "now", and a minute or two of typing is not a correction.
REPORT_TIME_TOLERANCE = timedelta(minutes=2)
_UNIT_LIST = re.compile(r"[、，,;；]")


def checked_evidence(
    obligation_id: int, evidence: Evidence, now: datetime, reason: str, *, action: bool = False
) -> Evidence:
    """The evidence as stored: its time near now, or another time with `reason` in the note.
    `action`: a duty-log item's action (办理), worded as such; else an incident's report (报送)."""
    if evidence.obligation_id != obligation_id:
        raise ValidationError("obligation_id", t("报送记录与时限不对应"))
    if evidence.done_at.tzinfo is None:
        raise ValidationError("done_at", t("报送时间缺少时区"))
    if evidence.done_at > now + REPORT_TIME_TOLERANCE:
        message = t("办理时间不能晚于当前时间") if action else t("报送时间不能晚于当前时间")
        raise ValidationError("done_at", message)
    if abs(now - evidence.done_at) <= REPORT_TIME_TOLERANCE:
        return evidence
    if not reason:
        message = (
            t("办理时间不是当前时间，请说明原因")
            if action
            else t("报送时间不是当前时间，请说明原因")
        )
        raise ValidationError("reason", message)
    late = (
        t("办理时间补录：{reason}", reason=reason)
        if action
        else t("报送时间补录：{reason}", reason=reason)
    )
    note = "；".join(part for part in (evidence.note.strip(), late) if part)
    return dataclasses.replace(evidence, note=note)


def by_unit(obligation: Obligation, evidence: Evidence) -> list[Evidence]:
    """One evidence per recipient a report to "A、B" reaches; units it does not require are
    kept in the note of the first ("同时报：…"). One evidence when nothing is listed."""
    units = [u.strip() for u in _UNIT_LIST.split(evidence.to_unit) if u.strip()]
    if not obligation.recipients or len(units) < 2:
        return [evidence]
    pieces: list[Evidence] = []
    others: list[str] = []
    met = obligation
    for unit in units:
        try:
            reached = obligations.recipient_for(met, unit)
        except ValidationError:
            others.append(unit)
            continue
        met = dataclasses.replace(
            met,
            recipients=tuple(
                dataclasses.replace(r, done_at=evidence.done_at) if r.unit == reached else r
                for r in met.recipients
            ),
        )
        pieces.append(dataclasses.replace(evidence, to_unit=unit))
    if not pieces:
        return [dataclasses.replace(evidence, to_unit=units[0])]  # complete() says why not
    if others:
        also = t("同时报：{units}", units="、".join(others))
        note = "；".join(part for part in (pieces[0].note.strip(), also) if part)
        pieces[0] = dataclasses.replace(pieces[0], note=note)
    return pieces


def met_by(obligation: Obligation, pieces: list[Evidence]) -> Obligation:
    """The obligation after each piece of evidence in turn."""
    met = obligation
    for piece in pieces:
        met = obligations.complete(met, piece)
    return met


def same_document(
    reported: Obligation, pieces: Sequence[Evidence], of_incident: Sequence[Obligation]
) -> list[tuple[Obligation, list[Evidence]]]:
    """The incident's other pending written reports that the same document meets: a 首报·书面
    to 市应急管理局 and 县人民政府总值班室 is also the 灾情初报 the 市 is owed. Each with its own
    evidence rows, its own lateness. Written reports only: one phone call is one call."""
    if reported.kind is not ObligationKind.WRITTEN:
        return []
    result: list[tuple[Obligation, list[Evidence]]] = []
    for other in of_incident:
        if (
            other.id is None
            or other.id == reported.id
            or other.kind is not ObligationKind.WRITTEN
            or other.status is not ObligationState.PENDING
            or not other.recipients
        ):
            continue
        met, used = other, []
        for piece in pieces:
            try:
                obligations.recipient_for(met, piece.to_unit)
            except ValidationError:
                continue
            mine = dataclasses.replace(piece, obligation_id=other.id)
            met = obligations.complete(met, mine)
            used.append(mine)
        if used:
            result.append((met, used))
    return result


def check_after(evidence: Evidence, start: datetime, label: str) -> None:
    """A report cannot have been made before the call (or the entry) it reports on; the minute
    of `start` itself is allowed (the form shows both to the minute)."""
    if evidence.done_at < start.replace(second=0, microsecond=0):
        raise ValidationError("done_at", t("报送时间不能早于{label}，请核实", label=label))
