"""Repository protocols the core depends on; db/ implements them over SQLite."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import NamedTuple, Protocol

from dutyroom.models import (
    AlarmEvent,
    Assignment,
    AuditRecord,
    Contact,
    Draft,
    Evidence,
    Grade,
    Handover,
    HolidayOverride,
    Incident,
    IncidentStatus,
    Leave,
    LogEntry,
    Obligation,
    ObligationKind,
    ObligationState,
    Person,
    Rule,
    ShiftTemplate,
    SignIn,
    SpotCheck,
    Swap,
)
from dutyroom.reference import ProcedureStep, ReferenceDocument, ReportingDuty


class PeopleRepo(Protocol):
    def add(self, person: Person) -> Person: ...
    def update(self, person: Person) -> Person: ...
    def get(self, person_id: int) -> Person: ...
    def by_name(self, name: str) -> Person | None: ...
    def add_leave(self, leave: Leave) -> Leave: ...
    def leaves(self, person_id: int | None = None) -> list[Leave]: ...
    def delete_leave(self, leave_id: int) -> None: ...
    # Last: below a method named `list`, `list[...]` in this class body would mean the method.
    def list(self, *, active_only: bool = False) -> list[Person]: ...


class TemplatesRepo(Protocol):
    def add(self, template: ShiftTemplate) -> ShiftTemplate: ...
    def update(self, template: ShiftTemplate) -> ShiftTemplate: ...
    def list(self) -> list[ShiftTemplate]: ...
    def get(self, template_id: int) -> ShiftTemplate: ...


class RosterRepo(Protocol):
    def assignments(self, start: date, end: date) -> list[Assignment]:
        """Assignments with start <= day <= end, ordered by day, role, person."""
        ...

    def replace_days(self, days: Sequence[date], assignments: Sequence[Assignment]) -> None:
        """Delete every assignment on `days`, then insert `assignments` (caller holds atomic())."""
        ...

    def add_swap(self, swap: Swap) -> Swap: ...
    def swaps(self, start: date, end: date) -> list[Swap]: ...
    def mark_swap_undone(self, swap_id: int) -> None: ...
    def upsert_sign_in(self, sign_in: SignIn) -> SignIn: ...
    def sign_ins(self, shift_start: datetime) -> list[SignIn]: ...


class CalendarRepo(Protocol):
    def overrides(self) -> list[HolidayOverride]: ...
    def set_override(self, override: HolidayOverride) -> None: ...
    def delete_override(self, day: date) -> None: ...


class IncidentsRepo(Protocol):
    def add(self, incident: Incident) -> Incident: ...
    def update(self, incident: Incident) -> Incident: ...
    def get(self, incident_id: int) -> Incident: ...
    def list_open(self) -> list[Incident]: ...
    def list_between(self, start: datetime, end: datetime) -> list[Incident]: ...
    def iter_between(self, start: datetime, end: datetime) -> Iterator[Incident]:
        """list_between read as consumed (ordered by received_at, id)."""
        ...

    def count(self) -> int: ...
    def search(self, text: str, limit: int = 200) -> list[Incident]:
        """Incidents whose title, place, summary or reporter contain `text`, newest first."""
        ...


class ObligationsRepo(Protocol):
    def add(self, obligation: Obligation) -> Obligation: ...
    def update(self, obligation: Obligation) -> Obligation: ...
    def get(self, obligation_id: int) -> Obligation: ...
    def for_incident(self, incident_id: int) -> list[Obligation]: ...
    def for_log_entry(self, entry_id: int) -> list[Obligation]: ...
    def for_received_between(self, start: datetime, end: datetime) -> Iterator[Obligation]:
        """Obligations of the incidents received in [start, end), read as consumed, in the order
        of iter_between's incidents, then by due_at."""
        ...

    def open(self) -> list[Obligation]:
        """Every obligation of an incident whose stored status is pending, ordered by due_at."""
        ...

    def open_of_log(self) -> list[Obligation]:
        """Every duty-log item's obligation whose stored status is pending, ordered by due_at."""
        ...

    def due_between(self, start: datetime, end: datetime) -> list[Obligation]:
        """Obligations (any status) with start <= due_at < end, ordered by due_at (statistics)."""
        ...

    def add_evidence(self, evidence: Evidence) -> Evidence: ...
    def evidence(self, obligation_id: int) -> list[Evidence]: ...


class RulesRepo(Protocol):
    def list(self) -> list[Rule]: ...
    def replace_all(self, rules: Sequence[Rule]) -> None: ...


class LogRepo(Protocol):
    def add(self, entry: LogEntry) -> LogEntry: ...
    def get(self, entry_id: int) -> LogEntry: ...
    def between(self, start: datetime, end: datetime) -> list[LogEntry]: ...
    def for_ref(self, ref_table: str, ref_id: int) -> list[LogEntry]:
        """Entries about one record (ref_table, ref_id), in time order."""
        ...


class ContactsRepo(Protocol):
    def add(self, contact: Contact) -> Contact: ...
    def update(self, contact: Contact) -> Contact: ...
    def get(self, contact_id: int) -> Contact: ...
    def delete(self, contact_id: int) -> None: ...
    def list(self) -> list[Contact]: ...


class BureauSettingsRepo(Protocol):
    """Settings that belong to the bureau's record (name, time zone, grading switches)."""

    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def all(self) -> dict[str, str]: ...


class HandoversRepo(Protocol):
    """Handover sheets; a changed sheet is a new version."""

    def add(self, handover: Handover) -> Handover: ...
    def update(self, handover: Handover) -> Handover: ...
    def get(self, handover_id: int) -> Handover: ...
    def for_shift(self, shift_start: datetime) -> list[Handover]: ...
    def between(self, start: datetime, end: datetime) -> list[Handover]: ...
    def latest(self) -> Handover | None: ...


class SpotChecksRepo(Protocol):
    def add(self, check: SpotCheck) -> SpotCheck: ...
    def update(self, check: SpotCheck) -> SpotCheck: ...
    def get(self, check_id: int) -> SpotCheck: ...
    def between(self, start: datetime, end: datetime) -> list[SpotCheck]: ...


class ReferenceRepo(Protocol):
    """The reference shelf: documents, the reporting checklist, the reporting-duty table."""

    def add_document(self, document: ReferenceDocument) -> ReferenceDocument: ...
    def update_document(self, document: ReferenceDocument) -> ReferenceDocument: ...
    def get_document(self, document_id: int) -> ReferenceDocument: ...
    def delete_document(self, document_id: int) -> None: ...
    def documents(self) -> list[ReferenceDocument]: ...
    def procedure(self) -> list[ProcedureStep]: ...
    def replace_procedure(self, steps: Sequence[ProcedureStep]) -> None: ...
    def reporting_duties(self) -> list[ReportingDuty]: ...
    def replace_reporting_duties(self, duties: Sequence[ReportingDuty]) -> None: ...


class AlarmsRepo(Protocol):
    def claim(self, event: AlarmEvent) -> AlarmEvent | None:
        """Insert the event; None when its moment_key is already recorded (it has rung)."""
        ...

    def is_claimed(self, moment_key: str) -> bool: ...
    def update(self, event: AlarmEvent) -> AlarmEvent: ...
    def for_obligation(self, obligation_id: int) -> list[AlarmEvent]: ...
    def for_obligations(self, obligation_ids: Sequence[int]) -> list[AlarmEvent]: ...
    def unacknowledged(self) -> list[AlarmEvent]:
        """Events not yet acknowledged whose obligation is still pending."""
        ...


class DraftsRepo(Protocol):
    def save(self, draft: Draft) -> Draft: ...
    def get(self, form: str, key: str) -> Draft | None: ...
    def delete(self, form: str, key: str) -> None: ...
    def all(self) -> list[Draft]:
        """Every draft, most recently saved first."""
        ...


class AppStateRepo(Protocol):
    """Facts about the running program (heartbeats); not part of the duty record."""

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def get_time(self, key: str) -> datetime | None: ...
    def set_time(self, key: str, value: datetime) -> None: ...


class AuditRepo(Protocol):
    def for_rows(self, table: str, row_ids: Sequence[int]) -> list[AuditRecord]:
        """Every audit row of those rows of `table`, oldest first."""
        ...


class IncidentGroup(NamedTuple):
    """How many incidents share these stored values (statistics)."""

    category: str
    township: str
    grade: str
    grade_override: str | None
    incidents: int


class OutcomeCount(NamedTuple):
    rule_code: str
    outcome: str  # "on_time", "late" or "missed" (dutyroom.stats.outcome)
    obligations: int


class DelayRow(NamedTuple):
    """A late (done) or missed (not done) obligation, with its incident's title."""

    obligation_id: int
    incident_id: int
    title: str
    rule_code: str
    due_at: datetime
    done_at: datetime | None
    minutes_late: int | None
    done: bool


class FirstReport(NamedTuple):
    """An incident's receipt and the state of its earliest report under one rule."""

    received_at: datetime
    done: bool
    done_at: datetime | None


class CheckGroup(NamedTuple):
    direction: str
    result: str
    both_present: int  # of `checks`, how many found leader and officer both present
    checks: int


class StatsRepo(Protocol):
    """Aggregates for dutyroom/stats.py, so a year is a few small rows, not 20,000 records.

    Every answer leaves out voided incidents and everything of theirs, and cancelled obligations.
    Periods are [start, end)."""

    def incident_groups(self, start: datetime, end: datetime) -> list[IncidentGroup]:
        """Incidents received in the period, counted per (category, township, grade, override)."""
        ...

    def received_counts(self, cuts: Sequence[datetime]) -> list[int]:
        """Incidents received in each [cuts[i], cuts[i + 1]) (cuts ascending, at least two)."""
        ...

    def received_times(self, start: datetime, end: datetime) -> list[datetime]:
        """When each incident of the period was received."""
        ...

    def outcomes(self, start: datetime, end: datetime, now: datetime) -> list[OutcomeCount]:
        """Obligations due in the period that count as of `now`, per rule code and outcome."""
        ...

    def delays(self, start: datetime, end: datetime, now: datetime) -> list[DelayRow]:
        """The late and the missed ones of `outcomes`, ordered by due_at, id."""
        ...

    def first_reports(
        self, rule_code: str, received: tuple[datetime, datetime], due: tuple[datetime, datetime]
    ) -> list[FirstReport]:
        """Incidents received in `received` that have an obligation under `rule_code` due in
        `due`: the earliest due one (lowest id among equals)."""
        ...

    def check_groups(self, start: datetime, end: datetime) -> list[CheckGroup]:
        """Spot checks of the period counted per (direction, result)."""
        ...


class LedgerIncident(NamedTuple):
    """The columns of one incident that the 接报台账 shows; times aware."""

    id: int
    received_at: datetime
    occurred_at: datetime | None
    title: str
    category: str
    subtype: str
    township: str
    place: str
    grade: Grade
    grade_override: Grade | None
    deaths: int
    missing: int
    injured: int
    status: IncidentStatus
    void_reason: str
    closed_at: datetime | None
    forest_area_ha: float = 0.0
    magnitude: float = 0.0
    received_by: str = ""
    reporter: str = ""
    reporter_unit: str = ""
    summary: str = ""


class LedgerObligation(NamedTuple):
    """What the 接报台账 shows of one obligation; times aware."""

    incident_id: int
    kind: ObligationKind
    status: ObligationState
    due_at: datetime
    done_at: datetime | None
    minutes_late: int | None
    # (method, to whom) of each report that met it, in the order they were made.
    evidence: tuple[tuple[str, str], ...] = ()


class LedgerInstruction(NamedTuple):
    """A 领导批示 logged against an incident (a log entry of that kind referring to it)."""

    incident_id: int
    at: datetime
    content: str
    person: str = ""


class LedgerRepo(Protocol):
    """The 接报台账's narrow read: only its columns, no whole records (a year is 30,000 incidents
    and 90,000 obligations, and a full Incident costs more to build than its row to write)."""

    def incidents(self, start: datetime, end: datetime) -> Iterator[LedgerIncident]:
        """Incidents received in [start, end), read as consumed, ordered by received_at, id."""
        ...

    def obligations(self, start: datetime, end: datetime) -> Iterator[LedgerObligation]:
        """Obligations of those incidents, read as consumed, in the incidents' order, then by
        due_at, sequence, id."""
        ...

    def instructions(self, start: datetime, end: datetime) -> Iterator[LedgerInstruction]:
        """领导批示 log entries about those incidents, read as consumed, in the incidents' order,
        then by time."""
        ...


class Store(Protocol):
    """All repositories over one database, plus the unit of work."""

    people: PeopleRepo
    templates: TemplatesRepo
    roster: RosterRepo
    calendar: CalendarRepo
    incidents: IncidentsRepo
    obligations: ObligationsRepo
    rules: RulesRepo
    log: LogRepo
    handovers: HandoversRepo
    contacts: ContactsRepo
    settings: BureauSettingsRepo
    spot_checks: SpotChecksRepo
    reference: ReferenceRepo
    alarms: AlarmsRepo
    drafts: DraftsRepo
    app_state: AppStateRepo
    audit: AuditRepo
    stats: StatsRepo
    ledger: LedgerRepo

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction; nested calls join the outer one (savepoints)."""
        ...

    def is_empty(self) -> bool:
        """True when no person, incident or log entry has been stored yet."""
        ...

    def set_actor(self, name: str) -> None:
        """Who is making the next writes, recorded by the audit triggers."""
        ...

    def record_head(self) -> tuple[int, str]:
        """The newest audit row's number and chain hash ((0, "") before the first)."""
        ...
