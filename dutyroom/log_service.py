"""The duty log (值班日志): entries to the minute, quick entry, audited corrections, filters.

Corrections never rewrite an entry: a correction is a new entry of the same kind and time that
references the old one (ref_table "log_entry"), so the old text stays visible in the log and in
print, and the audit triggers record the insert like any other write.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dutyroom import roster as rostering
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import LogEntry, LogKind, ShiftTemplate
from dutyroom.ports import Store
from dutyroom.roster import Shift
from dutyroom.text import printable

CORRECTION_REF = "log_entry"
CORRECTION_PREFIX = "【更正】"
MAX_CONTENT = 2000
# "14:05 县消防大队来电…": a leading time in the one-line box dates the entry on the shift.
_LEADING_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:：]([0-5]\d)\s+(.+)$", re.S)


def to_minute(at: datetime) -> datetime:
    """Log times are kept to the minute, as on the paper log."""
    return at.replace(second=0, microsecond=0)


def is_correction(entry: LogEntry) -> bool:
    return entry.ref_table == CORRECTION_REF


class LogService:
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

    def add(
        self,
        kind: LogKind,
        content: str,
        *,
        at: datetime | None = None,
        unit: str = "",
        person: str = "",
        number: str = "",
        taken_by: str = "",
        ref_table: str = "",
        ref_id: int | None = None,
    ) -> LogEntry:
        """Store one entry; `content` is required, `at` defaults to now (to the minute)."""
        text = printable(content).strip()
        if not text:
            raise ValidationError("content", t("请填写日志内容"))
        if len(text) > MAX_CONTENT:
            raise ValidationError("content", t("日志内容过长（最多{n}字）", n=MAX_CONTENT))
        when = at or self._clock.now()
        if when.tzinfo is None:
            raise ValidationError("at", t("日志时间缺少时区"))
        entry = LogEntry(
            at=to_minute(when),
            kind=LogKind(kind),
            content=text,
            unit=printable(unit).strip(),
            person=printable(person).strip(),
            number=printable(number).strip(),
            taken_by=printable(taken_by).strip(),
            ref_table=ref_table,
            ref_id=ref_id,
        )
        stored = self._store.log.add(entry)
        self._events.emit("log")
        return stored

    def quick_add(
        self, text: str, kind: LogKind = LogKind.OTHER, *, taken_by: str = ""
    ) -> LogEntry:
        """The one-line entry box: "内容" or "HH:MM 内容" (that time on the current shift)."""
        now = self._clock.now()
        match = _LEADING_TIME.match(text)
        at = now
        if match:
            hour, minute, text = int(match[1]), int(match[2]), match[3]
            at = self._time_on_shift(now, time(hour, minute))
        return self.add(kind, text, at=at, taken_by=taken_by)

    def _time_on_shift(self, now: datetime, wanted: time) -> datetime:
        """The latest moment at `wanted` o'clock not after now: typed times are for the past."""
        local = now.astimezone(self._tz())
        at = datetime.combine(local.date(), wanted, tzinfo=local.tzinfo)
        if at > now:
            at -= timedelta(days=1)
        return at

    def get(self, entry_id: int) -> LogEntry:
        return self._store.log.get(entry_id)

    def correct(self, entry_id: int, new_content: str, reason: str, *, by: str = "") -> LogEntry:
        """Correct an entry by a new entry that references it; the old one is kept unchanged."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", t("更正日志须填写原因"))
        old = self._store.log.get(entry_id)
        if not new_content.strip():
            raise ValidationError("content", t("请填写更正后的内容"))
        stamp = self._clock.now().astimezone(self._tz())
        # The template spells CORRECTION_PREFIX out, so that a stored correction reads back (ui).
        content = t(
            "【更正】{content}（更正原因：{reason}；{stamp:%m-%d %H:%M}更正）",
            content=new_content.strip(),
            reason=reason,
            stamp=stamp,
        )
        return self.add(
            old.kind,
            content,
            at=old.at,
            unit=old.unit,
            person=old.person,
            number=old.number,
            taken_by=by or old.taken_by,
            ref_table=CORRECTION_REF,
            ref_id=old.id,
        )

    def corrections_of(self, entry_id: int) -> list[LogEntry]:
        return self._store.log.for_ref(CORRECTION_REF, entry_id)

    def entries(
        self,
        start: datetime,
        end: datetime,
        kinds: Iterable[LogKind] | None = None,
        text: str | None = None,
    ) -> list[LogEntry]:
        """Entries with start <= at < end in time order, of `kinds`, containing `text`."""
        wanted = set(kinds) if kinds is not None else None
        needle = (text or "").strip()
        return [
            e
            for e in self._store.log.between(start, end)
            if (wanted is None or e.kind in wanted) and (not needle or _matches(e, needle))
        ]

    def for_shift(self, shift: Shift, kinds: Iterable[LogKind] | None = None) -> list[LogEntry]:
        return self.entries(shift.start, shift.end, kinds)

    def for_day(self, day: date, kinds: Iterable[LogKind] | None = None) -> list[LogEntry]:
        """The calendar day 00:00–24:00 in the bureau's zone (the duty day is `for_shift`)."""
        start = datetime.combine(day, time(0), tzinfo=self._tz())
        return self.entries(start, start + timedelta(days=1), kinds)

    def shift_of_day(self, day: date) -> Shift:
        """The shift of a roster day: the duty day the daily log and its workbook cover."""
        return rostering.shift_for_day(self._template(), day, self._tz())

    def current_shift(self) -> Shift:
        return rostering.shift_at(self._template(), self._clock.now(), self._tz())


def _matches(entry: LogEntry, needle: str) -> bool:
    fields = (entry.content, entry.unit, entry.person, entry.number, entry.taken_by)
    return any(needle in field for field in fields)
