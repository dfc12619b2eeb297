"""Domain objects of the duty room: frozen dataclasses and enums, no behaviour to speak of."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time


class Role(enum.StrEnum):
    LEADER = "带班领导"
    CHIEF = "值班长"
    OFFICER = "值班员"
    BACKUP = "备班"


class DayType(enum.StrEnum):
    WORKDAY = "工作日"
    RESTDAY = "休息日"
    HOLIDAY = "法定节假日"
    MAKEUP = "调休补班日"


class Grade(enum.StrEnum):
    """Decree 493 grades; `rank` orders them (一般 lowest)."""

    GENERAL = "一般"
    LARGER = "较大"
    MAJOR = "重大"
    GRAVE = "特别重大"

    @property
    def rank(self) -> int:
        return list(Grade).index(self)


class ObligationKind(enum.StrEnum):
    PHONE = "phone"
    WRITTEN = "written"
    FOLLOWUP = "followup"
    SUPPLEMENTARY = "supplementary"
    FINAL = "final"
    VERIFY = "verify"  # 核报: the verified figures once a disaster is stable
    TASK = (
        "task"  # a duty-log item's action: tell the leader, forward, handle, pass on, report back
    )


class ObligationState(enum.StrEnum):
    """Stored: pending/done/cancelled; warning/critical/overdue/done_late are derived at `now`."""

    PENDING = "pending"
    WARNING = "warning"
    CRITICAL = "critical"
    OVERDUE = "overdue"
    DONE = "done"
    DONE_LATE = "done_late"
    CANCELLED = "cancelled"


class Anchor(enum.StrEnum):
    RECEIVED = "received"  # 接报时间
    OCCURRED = "occurred"  # 事发时间
    PREVIOUS = "previous"  # the previous report of the same rule
    CLOSED = "closed"  # 终结时间, for 终报
    STABLE = "stable"  # 灾情稳定时间, for 核报
    LOGGED = "logged"  # the time of the duty-log entry (预警, 来文, 批示)


class IncidentStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    VOIDED = "voided"  # 作废: a false call or a duplicate, kept in the ledger, never deleted


class SwapKind(enum.StrEnum):
    EXCHANGE = "串班"
    COVER = "代班"


class LogKind(enum.StrEnum):
    CALL_IN = "来电"
    CALL_OUT = "去电"
    DOCUMENT = "文电"
    WARNING = "预警"
    INSTRUCTION = "领导批示"
    INCIDENT = "接报"
    REPORT = "报送"
    ALARM = "提醒"
    SIGN = "签到"
    SPOT_CHECK = "查岗"
    EQUIPMENT = "设备故障"
    OTHER = "其他"


class ContactKind(enum.StrEnum):
    SUPERIOR = "上级值班室"
    GOVERNMENT = "政府部门"
    MEMBER = "成员单位"
    TOWNSHIP = "乡镇值班"
    INFORMANT = "信息员"
    WARDEN = "责任人"
    SATELLITE = "卫星电话"
    OTHER = "其他"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who can be rostered: the roles they may take, their unit, post and phones."""

    name: str
    roles: tuple[Role, ...]
    unit: str = ""
    mobile: str = ""
    office_phone: str = ""
    active: bool = True
    id: int | None = None
    title: str = ""  # 职务 (局长, 科长, 科员): printed beside the name, not the same as 单位


@dataclass(frozen=True, slots=True)
class Leave:
    """A person away from `start` to `end` (both days included): not rostered then."""

    person_id: int
    start: date
    end: date  # inclusive
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ShiftTemplate:
    """A shift from `start` (local time) lasting `hours`; minimum staff per day type and role."""

    name: str
    start: time
    hours: int
    minimums: dict[DayType, dict[Role, int]] = field(default_factory=dict)
    id: int | None = None

    def minimum(self, day_type: DayType, role: Role) -> int:
        return self.minimums.get(day_type, {}).get(role, 0)


@dataclass(frozen=True, slots=True)
class Assignment:
    """One person in one role on the shift of `template_id` on `day`."""

    day: date
    role: Role
    person_id: int
    template_id: int
    manual: bool = False  # edited by hand: generation keeps it unless told otherwise


@dataclass(frozen=True, slots=True)
class Swap:
    """A change of the published roster (代班 or 串班): who asked, who approved and why."""

    kind: SwapKind
    day: date
    role: Role
    from_person_id: int
    to_person_id: int
    requested_by: str
    approved_by: str
    reason: str
    other_day: date | None = None  # 串班: the date the two people exchange with
    created_at: datetime | None = None
    undone: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SignIn:
    """A person's arrival at (and departure from) the shift that starts at `shift_start`."""

    person_id: int
    shift_start: datetime
    signed_in_at: datetime | None = None
    signed_out_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class HolidayOverride:
    """The bureau's own day type for `day`, over the statutory holiday data."""

    day: date
    day_type: DayType
    note: str = ""


@dataclass(frozen=True, slots=True)
class SpecialPeriod:
    """A bureau-marked period (汛期, 重要活动) with its own staffing minimums; dates inclusive."""

    name: str
    start: date
    end: date
    minimums: dict[Role, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Casualties:
    """The figures that decide the grade: dead, missing, injured, trapped, moved, loss."""

    deaths: int = 0
    missing: int = 0
    injured: int = 0
    serious_injuries: int = 0
    trapped: int = 0
    endangered: int = 0
    evacuated: int = 0
    direct_loss_wan: float = 0.0


@dataclass(frozen=True, slots=True)
class Incident:
    """One accident or disaster report, from the moment the call came in to its closing."""

    received_at: datetime
    title: str = ""
    received_by: str = ""
    channel: str = "电话"
    source: str = ""
    reporter: str = ""
    reporter_unit: str = ""
    reporter_phone: str = ""
    informed: str = ""
    occurred_at: datetime | None = None
    place: str = ""
    township: str = ""
    category: str = ""
    subtype: str = ""
    unit: str = ""
    summary: str = ""
    casualties: Casualties = field(default_factory=Casualties)
    forest_area_ha: float = 0.0  # 受害森林面积, hectares: grades a 森林草原火灾
    magnitude: float = 0.0  # 震级: the 初判 of a 地震灾害 (0: not given)
    measures: str = ""
    leaders_on_site: str = ""
    site_contact: str = ""
    requests: str = ""
    trend: str = ""
    sensitive: bool = False
    near_miss: bool = False
    grade: Grade = Grade.GENERAL
    grade_reason: str = ""
    grade_override: Grade | None = None
    grade_override_reason: str = ""
    status: IncidentStatus = IncidentStatus.OPEN
    closed_at: datetime | None = None
    closing_note: str = ""
    stable_at: datetime | None = None  # 灾情稳定: the 续报 series ends, the 核报 clock starts
    voided_at: datetime | None = None
    void_reason: str = ""
    id: int | None = None

    @property
    def effective_grade(self) -> Grade:
        return self.grade_override or self.grade


@dataclass(frozen=True, slots=True)
class Condition:
    """When a rule applies to an incident (dutyroom/rule_conditions.py evaluates it).

    Every part given must hold. The effective grade must not exceed `max_grade`; within that,
    the grade test passes when the grade reaches `min_grade`, or any of `also_flags` holds
    (较大涉险, 敏感), or deaths + missing reach `also_dead_missing`; with none of these three set
    it passes.
    """

    categories: tuple[str, ...] = ()  # category or subtype, any of; empty: every category
    not_categories: tuple[str, ...] = ()
    min_grade: Grade | None = None
    max_grade: Grade | None = None
    also_flags: tuple[str, ...] = ()
    also_dead_missing: int | None = None
    unless_flags: tuple[str, ...] = ()  # never while any of these holds
    states: tuple[str, ...] = ()  # "open" (not stable), "stable", "closed"; empty: any


@dataclass(frozen=True, slots=True)
class Rule:
    """A reporting rule as data: when it applies, from which anchor, how long, to whom, and
    where the deadline comes from."""

    code: str
    name: str
    kind: ObligationKind
    # How it plans: "once", "series" (续报, repeating), "casualty_change" (补报); see rules.py
    applies: str
    anchor: Anchor
    offset_minutes: int
    repeat_minutes: int | None = None
    repeat_minutes_major: int | None = None  # 重大 and above
    warn_minutes: int = 10
    critical_minutes: int = 5
    enabled: bool = True
    condition: Condition = field(default_factory=Condition)
    at_times: tuple[time, ...] = ()  # due at the next of these local times after anchor + offset
    working_days: int = 0  # > 0: due at the end of that many working days after the anchor day
    recipients: tuple[str, ...] = ()  # units that must each receive the report
    source: str = ""  # the law, province or bureau the deadline comes from
    subject: str = "incident"  # "incident", or the duty-log kind whose entries it times
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Recipient:
    """One unit an obligation must reach, and when it was reached (None: not yet)."""

    unit: str
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Obligation:
    """One report owed for an incident (or a duty-log item's action) and its due time."""

    incident_id: int | None  # None for a duty-log item's clock (log_entry_id)
    rule_code: str
    kind: ObligationKind
    anchor: Anchor
    anchor_at: datetime
    due_at: datetime
    sequence: int = 1  # 续报一、二…
    status: ObligationState = ObligationState.PENDING  # stored: pending, done or cancelled
    done_at: datetime | None = None
    minutes_late: int | None = None
    cancelled_reason: str = ""
    created_at: datetime | None = None
    recipients: tuple[Recipient, ...] = ()  # empty: any one report meets it
    log_entry_id: int | None = None
    id: int | None = None

    def missing_units(self) -> tuple[str, ...]:
        return tuple(r.unit for r in self.recipients if r.done_at is None)

    @property
    def incident_key(self) -> int:
        """The incident id of an incident's obligation (code that reads only those uses it)."""
        if self.incident_id is None:
            raise ValueError(f"obligation {self.id} belongs to a duty-log entry, not an incident")
        return self.incident_id


@dataclass(frozen=True, slots=True)
class Evidence:
    """How an obligation was met: when, how, to whom, by whom."""

    obligation_id: int
    done_at: datetime
    method: str
    to_unit: str
    to_person: str
    by: str
    to_number: str = ""
    document: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of the duty log: a call, a notice, an instruction, what was done."""

    at: datetime
    kind: LogKind
    content: str
    unit: str = ""
    person: str = ""
    number: str = ""
    taken_by: str = ""
    ref_table: str = ""
    ref_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Handover:
    """One version of a shift's handover sheet, and who accepted it when."""

    shift_start: datetime
    outgoing: str
    incoming: str
    content: str  # JSON of the filled sheet
    created_at: datetime
    accepted_at: datetime | None = None
    accepted_by: str = ""
    version: int = 1
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SpotCheck:
    """One 查岗: who checked whom, how, who answered, how fast and with what result."""

    at: datetime
    direction: str  # "received" (from above) or "made"
    method: str
    checker_unit: str
    checker_person: str
    checked_unit: str
    answered_by: str
    leader_present: bool
    officer_present: bool
    answer_seconds: int | None
    result: str
    follow_up: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """One entry of the address book (通讯录)."""

    name: str
    kind: ContactKind
    unit: str = ""
    title: str = ""
    phone: str = ""
    mobile: str = ""
    township: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AlarmEvent:
    """One alarm moment that was raised; `moment_key` is unique so nothing rings twice."""

    obligation_id: int
    moment_key: str
    kind: str  # warning, critical, due, overdue (dutyroom.alerts.MomentKind)
    moment_at: datetime
    fired_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    snoozed_until: datetime | None = None
    snooze_reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """An unsaved form's contents, kept so that a crash loses nothing."""

    form: str
    key: str
    payload: dict[str, object]
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One row of the append-only audit trail (written by triggers, read for history)."""

    id: int
    at: datetime
    actor: str
    table: str
    row_id: int | None
    action: str  # INSERT, UPDATE, DELETE
    old: dict[str, object] | None
    new: dict[str, object] | None
