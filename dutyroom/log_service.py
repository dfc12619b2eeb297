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

from dutyroom import log_clocks, report_evidence
from dutyroom import roster as rostering
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.log_clocks import CORRECTION_REF, LogTimer
from dutyroom.messages import t
from dutyroom.models import Evidence, LogEntry, LogKind, Obligation, Rule, ShiftTemplate
from dutyroom.ports import Store
from dutyroom.roster import Shift
from dutyroom.text import printable

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
        rules: Callable[[], list[Rule]] = list,
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._template = template
        self._tz = timezone
        self._rules = rules

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
        rules = self._rules()
        timed = ref_table != CORRECTION_REF and log_clocks.has_clocks(entry.kind, rules)
        if not timed:
            stored = self._store.log.add(entry)
            self._events.emit("log")
            return stored
        # The entry and its clocks together: a 预警 is never stored without its deadlines.
        with self._store.atomic():
            stored = self._store.log.add(entry)
            for ob in log_clocks.plan(stored, rules, self._clock.now()):
                self._store.obligations.add(ob)
        self._events.emit("log")
        self._events.emit("alarms")
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

    # -- the clocks of duty-log items ---------------------------------------------------------
    def obligation(self, obligation_id: int) -> Obligation:
        return self._store.obligations.get(obligation_id)

    def obligations_of(self, entry_id: int) -> list[Obligation]:
        """The clocks an entry started (pending, done or cancelled), by due time."""
        return self._store.obligations.for_log_entry(entry_id)

    def open_timers(self, now: datetime | None = None) -> list[LogTimer]:
        """Every pending clock of a duty-log item with its entry, most urgent first."""
        now = now or self._clock.now()
        rules = {rule.code: rule for rule in self._rules()}
        entries: dict[int, LogEntry] = {}
        result = []
        for ob in self._store.obligations.open_of_log():
            key = ob.log_entry_id
            assert key is not None  # open_of_log reads only duty-log items' obligations
            if key not in entries:
                entries[key] = self._store.log.get(key)
            result.append(log_clocks.log_timer(entries[key], ob, rules, now))
        result.sort(key=lambda item: (item.obligation.due_at, item.obligation.id or 0))
        return result

    def report(self, obligation_id: int, evidence: Evidence, *, reason: str = "") -> Obligation:
        """Record how a duty-log item's action was done (told the leader, forwarded, handled).

        As an incident's report: with recipients the evidence meets the unit it names (several
        may be listed, "带班领导、分管领导"); a time other than now needs `reason`, kept in the
        note and the duty log; the line "办理：…" goes into the duty log.
        """
        now = self._clock.now()
        reason = reason.strip()
        evidence = report_evidence.checked_evidence(
            obligation_id, evidence, now, reason, action=True
        )
        ob = self._store.obligations.get(obligation_id)
        if ob.log_entry_id is None:
            raise ValidationError(
                "obligation_id", t("该时限属于事件的报送，请用 incident report 登记")
            )
        pieces = report_evidence.by_unit(ob, evidence)
        met = report_evidence.met_by(ob, pieces)
        entry = self._store.log.get(ob.log_entry_id)
        report_evidence.check_after(evidence, entry.at, t("登记时间"))
        rule = {r.code: r for r in self._rules()}.get(ob.rule_code)
        line = log_clocks.log_line(entry, rule, ob, met, evidence, reason)
        with self._store.atomic():
            self._store.obligations.update(met)
            for piece in pieces:
                self._store.obligations.add_evidence(piece)
            # Not ref_table "log_entry": that marks a correction of the entry.
            self._store.log.add(
                LogEntry(
                    at=to_minute(evidence.done_at),
                    kind=LogKind.REPORT,
                    content=line,
                    taken_by=evidence.by,
                    ref_table=log_clocks.OBLIGATION_REF,
                    ref_id=ob.id,
                )
            )
        self._events.emit("log")
        self._events.emit("alarms")
        return met

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
