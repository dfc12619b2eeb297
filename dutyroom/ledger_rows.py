"""The 接报台账's rows: what one incident and its reports look like on paper, as plain data.

Collected on the thread that owns the database (`collect_ledger_rows`), then handed to the
workbook writer (dutyroom/excel/ledger.py) on any thread: the writer depends on this module, not
the other way round.

Times are naive wall-clock times in the bureau's zone (Excel has no zones), cut to the minute: a
ledger never shows seconds. A report still owed is 未报 (with its deadline), never "minutes late":
lateness is a fact only of a report that was made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from dutyroom.messages import t
from dutyroom.models import Incident, IncidentStatus, ObligationKind, ObligationState
from dutyroom.ports import LedgerIncident, LedgerInstruction, LedgerObligation

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

KIND_ORDER = (
    ObligationKind.PHONE,
    ObligationKind.WRITTEN,
    ObligationKind.FOLLOWUP,
    ObligationKind.SUPPLEMENTARY,
    ObligationKind.FINAL,
)
GROUPS = (t("电话报告"), t("书面报告"), t("续报"), t("补报"), t("终报"))  # KIND_ORDER's names
# The short names of the 报送情况 summary ("电话 10:25 按时；书面 11:40 迟报15分钟").
SHORT = {
    ObligationKind.PHONE: str(t("电话")),
    ObligationKind.WRITTEN: str(t("书面")),
    ObligationKind.FOLLOWUP: str(t("续报")),
    ObligationKind.SUPPLEMENTARY: str(t("补报")),
    ObligationKind.FINAL: str(t("终报")),
}
# Per kind in the detail sheet: 时限, 完成时间, 情况, 迟报(分钟), 方式/对象.
GROUP_WIDTH = 5

# Templates made once (t() keeps them for the translation files) and filled per row with
# str.format: a year's ledger fills ~100,000 of them.
_ON_TIME = str(t("按时"))
_LATE = str(t("迟报{minutes}分钟"))
_OPEN = str(t("未报"))
_OVERDUE = str(t("未报，已超时"))
_CANCELLED = str(t("已取消"))
_DONE_TEXT = str(t("{kind} {at} {state}"))
_OPEN_TEXT = str(t("{kind} 未报（应于{due}前）"))
_OVERDUE_TEXT = str(t("{kind} 未报，已超时（应于{due}前）"))
_NTH_FOLLOWUP = str(t("续报{n}"))
_REPORT_TO = str(t("{method}：{to}"))
_INSTRUCTION = str(t("{at} {person}：{content}"))
_OTHER_DAY = str(t("{month}月{day}日 {hm}"))
_CASUALTY = (str(t("死亡{n}人")), str(t("失踪{n}人")), str(t("受伤{n}人")))
_STATUS_TEXTS = {IncidentStatus.CLOSED: str(t("已终结")), IncidentStatus.VOIDED: str(t("作废"))}
_VOID_WITH_REASON = str(t("作废（{reason}）"))
_IN_HAND = str(t("处置中"))
_NUMERALS = "一二三四五六七八九十"


def status_text(incident: Incident | LedgerIncident) -> str:
    """处置中 / 已终结 / 作废（原因）: a voided incident stays in the ledger with its reason."""
    if incident.status is IncidentStatus.VOIDED and incident.void_reason:
        return _VOID_WITH_REASON.format(reason=incident.void_reason)
    return _STATUS_TEXTS.get(incident.status, _IN_HAND)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One incident. `groups` holds GROUP_WIDTH values per kind of KIND_ORDER, flat: 时限,
    完成时间, 情况 (按时 / 迟报N分钟 / 未报 / 未报，已超时 / 已取消), 迟报分钟 (made reports
    only) and 方式/对象. `reports` is the one-cell summary of all of them for the filed sheet."""

    incident_id: int
    received_at: datetime
    occurred_at: datetime | None
    title: str
    category: str
    township: str
    place: str
    grade: str
    deaths: int
    missing: int
    injured: int
    status: str
    closed_at: datetime | None
    groups: tuple[object, ...]  # len(KIND_ORDER) * GROUP_WIDTH
    followups: int = 0
    # Blank (None) where not entered: most incidents are neither fires nor earthquakes.
    forest_area_ha: float | None = None
    magnitude: float | None = None
    reporter: str = ""
    reporter_unit: str = ""
    received_by: str = ""
    summary: str = ""
    reports: str = ""
    instructions: str = ""

    @property
    def place_text(self) -> str:
        """河口镇，纬二路6号; the place alone when it already names the township."""
        if not self.township or self.place.startswith(self.township):
            return self.place or self.township
        return "，".join(p for p in (self.township, self.place) if p)

    @property
    def casualty_text(self) -> str:
        """死亡1人、受伤2人; blank when no number was entered (a blank claims nothing)."""
        numbers = (self.deaths, self.missing, self.injured)
        return "、".join(text.format(n=n) for text, n in zip(_CASUALTY, numbers, strict=True) if n)

    @property
    def reporter_text(self) -> str:
        if self.reporter and self.reporter_unit:
            return f"{self.reporter}（{self.reporter_unit}）"
        return self.reporter or self.reporter_unit


def _minute(at: datetime, tz: tzinfo) -> datetime:
    return at.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)


def _naive(at: datetime | None, tz: tzinfo) -> datetime | None:
    return None if at is None else _minute(at, tz)


def _clock(at: datetime, day: date) -> str:
    """HH:MM on the day the incident was received; with the date on any other day."""
    hm = f"{at.hour:02d}:{at.minute:02d}"
    if at.date() == day:
        return hm
    return _OTHER_DAY.format(month=at.month, day=at.day, hm=hm)


def _how(ob: LedgerObligation) -> str:
    """传真：市应急管理局、县人民政府总值班室 — one report split by unit reads as one."""
    by_method: dict[str, list[str]] = {}
    for method, to in ob.evidence:
        units = by_method.setdefault(method, [])
        if to and to not in units:
            units.append(to)
    return "；".join(
        _REPORT_TO.format(method=m, to="、".join(units)) if units else m
        for m, units in by_method.items()
    )


def _state(ob: LedgerObligation, now: datetime) -> str:
    if ob.status is ObligationState.DONE:
        late = ob.minutes_late or 0
        return _LATE.format(minutes=late) if late > 0 else _ON_TIME
    if ob.status is ObligationState.CANCELLED:
        return _CANCELLED
    return _OVERDUE if now > ob.due_at else _OPEN


def _group(
    obs: Sequence[LedgerObligation], kind: ObligationKind, now: datetime, tz: tzinfo
) -> tuple[object, ...]:
    """The detail columns of one kind: the first live obligation; for 续报 the latest, which is
    the one still running or last sent."""
    live = [ob for ob in obs if ob.status is not ObligationState.CANCELLED]
    if not live:
        return (None, None, _CANCELLED, None, "")
    ob = live[-1] if kind is ObligationKind.FOLLOWUP else live[0]
    due = _minute(ob.due_at, tz)
    if ob.status is ObligationState.DONE:
        return (due, _naive(ob.done_at, tz), _state(ob, now), ob.minutes_late or 0, _how(ob))
    return (due, None, _state(ob, now), None, "")


def _summary(
    by_kind: dict[ObligationKind, list[LedgerObligation]], now: datetime, tz: tzinfo, day: date
) -> str:
    """电话 10:25 按时；书面 11:40 迟报15分钟；续报一 14:00 按时；续报 未报（应于16:00前）."""
    parts: list[str] = []
    for kind in KIND_ORDER:
        obs = by_kind.get(kind)
        if not obs:
            continue
        made = 0
        for ob in obs:
            if ob.status is ObligationState.CANCELLED:
                continue
            name = SHORT[kind]
            if ob.status is ObligationState.DONE and ob.done_at is not None:
                made += 1
                if kind is ObligationKind.FOLLOWUP:
                    n = _NUMERALS[made - 1] if made <= len(_NUMERALS) else str(made)
                    name = _NTH_FOLLOWUP.format(n=n)
                at = _clock(_minute(ob.done_at, tz), day)
                text = _DONE_TEXT.format(kind=name, at=at, state=_state(ob, now))
            else:
                due = _clock(_minute(ob.due_at, tz), day)
                template = _OVERDUE_TEXT if now > ob.due_at else _OPEN_TEXT
                text = template.format(kind=name, due=due)
            if text not in parts:  # two written deadlines met by one report read once
                parts.append(text)
    return "；".join(parts)


def _instructions(items: Sequence[LedgerInstruction], tz: tzinfo, day: date) -> str:
    return "\n".join(
        _INSTRUCTION.format(at=_clock(_minute(i.at, tz), day), person=i.person, content=i.content)
        if i.person
        else f"{_clock(_minute(i.at, tz), day)} {i.content}"
        for i in items
    )


_NO_GROUP = (None, None, None, None, "")
_NO_GROUPS = _NO_GROUP * len(KIND_ORDER)


def ledger_row(
    incident: LedgerIncident,
    obs: Sequence[LedgerObligation],
    now: datetime,
    tz: tzinfo,
    instructions: Sequence[LedgerInstruction] = (),
) -> LedgerRow:
    """The ledger's row of one incident; `obs` are its obligations ordered by due_at, sequence
    (as LedgerRepo.obligations reads them)."""
    received = _minute(incident.received_at, tz)
    groups: tuple[object, ...] | list[object] = _NO_GROUPS
    followups = 0
    reports = ""
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
            groups += _group(of_kind, kind, now, tz) if of_kind else _NO_GROUP
        done = ObligationState.DONE
        followups = sum(1 for ob in by_kind.get(ObligationKind.FOLLOWUP, ()) if ob.status is done)
        reports = _summary(by_kind, now, tz, received.date())
    return LedgerRow(
        incident_id=incident.id,
        received_at=received,
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
        reporter=incident.reporter,
        reporter_unit=incident.reporter_unit,
        received_by=incident.received_by,
        summary=incident.summary,
        reports=reports,
        instructions=_instructions(instructions, tz, received.date()) if instructions else "",
    )


def period_bounds(start: date, end: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local dates start..end (inclusive) as the instants [start 00:00, the day after end)."""
    lo = datetime.combine(start, time(0), tzinfo=tz)
    hi = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
    return lo, hi


def collect_ledger_rows(room: DutyRoom, start: date, end: date) -> list[LedgerRow]:
    """Incidents received on local dates start..end (inclusive), oldest first."""
    tz = room.bureau.timezone()
    lo, hi = period_bounds(start, end, tz)
    now = room.clock.now()
    by_incident: dict[int, list[LedgerInstruction]] = {}
    # Few incidents have a 批示: one small read, held as a dict, costs no merge per row.
    for item in room.ledger.instructions(lo, hi):
        by_incident.setdefault(item.incident_id, []).append(item)
    return [
        ledger_row(i, obs, now, tz, by_incident.get(i.id, ()))
        for i, obs in room.ledger.with_obligations(lo, hi)
    ]
