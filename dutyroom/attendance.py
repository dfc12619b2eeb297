"""Sign-in and sign-out (签到/签退) per person and shift, and who is signed in, late or missing."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dutyroom import roster as rostering
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import LogEntry, LogKind, Person, Role, ShiftTemplate, SignIn
from dutyroom.ports import Store
from dutyroom.roster import Shift

LATE_KEY = "sign_in_late_minutes"
DEFAULT_LATE_MINUTES = 30
# The incoming shift arrives early for the handover: a sign-in this long before its start counts
# for it (when the person is rostered on it).
EARLY_WINDOW = timedelta(hours=2)


class AttendanceState(enum.StrEnum):
    SIGNED_IN = "已签到"
    LATE = "迟到"  # signed in, but after the start plus the allowed minutes
    PENDING = "待签到"  # not yet, still within the allowed minutes
    MISSING = "未签到"  # not signed in and the allowed minutes are over


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One rostered person of a shift and whether they have signed in."""

    person: Person
    role: Role | None  # None: signed in without being on the roster (e.g. called in)
    state: AttendanceState
    signed_in_at: datetime | None = None
    signed_out_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Attendance:
    """Sign-in state of a shift at a moment, with its sign-in deadline."""

    at: datetime
    shift: Shift
    deadline: datetime  # sign-ins after this are late
    rows: tuple[AttendanceRow, ...]

    def with_state(self, state: AttendanceState) -> list[AttendanceRow]:
        return [row for row in self.rows if row.state is state]


class AttendanceService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        template: Callable[[], ShiftTemplate],
        timezone: Callable[[], ZoneInfo],
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._template = template
        self._tz = timezone

    def late_minutes(self) -> int:
        value = self._store.settings.get(LATE_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_LATE_MINUTES

    def set_late_minutes(self, minutes: int) -> None:
        if not 0 <= minutes <= 720:
            raise ValidationError("late_minutes", t("迟到判定时间应在0到720分钟之间"))
        self._store.settings.set(LATE_KEY, str(int(minutes)))
        self._events.emit("roster")

    def sign_in(self, person_id: int, at: datetime | None = None) -> SignIn:
        """Record arrival on the person's shift; a second sign-in keeps the first time."""
        at = at or self._clock.now()
        person = self._store.people.get(person_id)
        shift = self._shift_for_sign_in(person_id, at)
        existing = self._record(person_id, shift.start)
        if existing is not None and existing.signed_in_at is not None:
            return existing
        with self._store.atomic():
            stored = self._store.roster.upsert_sign_in(
                SignIn(person_id, shift.start, signed_in_at=at)
            )
            self._log(at, t("{name}签到", name=person.name), stored)
        self._events.emit("roster")
        return stored

    def sign_out(self, person_id: int, at: datetime | None = None) -> SignIn:
        """Record departure on the oldest shift the person signed in to and has not left."""
        at = at or self._clock.now()
        person = self._store.people.get(person_id)
        template, tz = self._template(), self._tz()
        current = rostering.shift_at(template, at, tz)
        previous = rostering.shift_for_day(template, current.day - timedelta(days=1), tz)
        for shift in (previous, current):
            record = self._record(person_id, shift.start)
            if record is None or record.signed_in_at is None or record.signed_out_at is not None:
                continue
            if at < record.signed_in_at:
                raise ValidationError("at", t("签退时间不能早于签到时间"))
            with self._store.atomic():
                stored = self._store.roster.upsert_sign_in(
                    dataclasses.replace(record, signed_out_at=at)
                )
                self._log(at, t("{name}签退", name=person.name), stored)
            self._events.emit("roster")
            return stored
        raise ValidationError(
            "person_id", t("{name}没有未签退的签到记录，无法签退", name=person.name)
        )

    def for_shift(self, shift_start: datetime) -> list[SignIn]:
        return self._store.roster.sign_ins(shift_start)

    def attendance(self, at: datetime | None = None) -> Attendance:
        """Everyone rostered on the shift holding `at`, and anyone else who signed in to it."""
        at = at or self._clock.now()
        template = self._template()
        shift = rostering.shift_at(template, at, self._tz())
        deadline = shift.start + timedelta(minutes=self.late_minutes())
        people = {p.id: p for p in self._store.people.list() if p.id is not None}
        records = {r.person_id: r for r in self._store.roster.sign_ins(shift.start)}
        rows: list[AttendanceRow] = []
        for a in self._store.roster.assignments(shift.day, shift.day):
            if a.template_id == template.id and a.person_id in people:
                rows.append(
                    _row(people[a.person_id], a.role, records.pop(a.person_id, None), at, deadline)
                )
        for pid, record in records.items():
            if pid in people and record.signed_in_at is not None:
                rows.append(_row(people[pid], None, record, at, deadline))
        return Attendance(at, shift, deadline, tuple(rows))

    def _log(self, at: datetime, content: str, record: SignIn) -> None:
        # Sign-ins appear in the duty log automatically, linked to their record.
        entry = LogEntry(at.replace(second=0, microsecond=0), LogKind.SIGN, content)
        self._store.log.add(dataclasses.replace(entry, ref_table="sign_in", ref_id=record.id))
        self._events.emit("log")

    def _record(self, person_id: int, shift_start: datetime) -> SignIn | None:
        found = (r for r in self._store.roster.sign_ins(shift_start) if r.person_id == person_id)
        return next(found, None)

    def _shift_for_sign_in(self, person_id: int, at: datetime) -> Shift:
        template, tz = self._template(), self._tz()
        current = rostering.shift_at(template, at, tz)
        upcoming = rostering.next_shift(template, at, tz)
        if upcoming.start - at > EARLY_WINDOW or not self._rostered(person_id, upcoming):
            return current
        on_current = self._rostered(person_id, current)
        record = self._record(person_id, current.start)
        if not on_current or (record is not None and record.signed_in_at is not None):
            return upcoming
        return current

    def _rostered(self, person_id: int, shift: Shift) -> bool:
        template_id = self._template().id
        on_day = self._store.roster.assignments(shift.day, shift.day)
        return any(a.person_id == person_id and a.template_id == template_id for a in on_day)


def _row(
    person: Person, role: Role | None, record: SignIn | None, at: datetime, deadline: datetime
) -> AttendanceRow:
    signed_in = record.signed_in_at if record else None
    signed_out = record.signed_out_at if record else None
    if signed_in is None:
        state = AttendanceState.PENDING if at <= deadline else AttendanceState.MISSING
    else:
        state = AttendanceState.LATE if signed_in > deadline else AttendanceState.SIGNED_IN
    return AttendanceRow(person, role, state, signed_in, signed_out)
