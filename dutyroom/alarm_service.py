"""Alarms that ring once per moment, acknowledgement and snooze, catch-up after an absence, drafts.

The UI's scheduler asks `moments_between`/`next_moment` what to schedule and calls `claim` when
a job fires: only a successful claim may ring, because the UNIQUE moment key in the database is
what guarantees that no moment ever rings twice (two jobs, a restart, a wake from sleep).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dutyroom import alerts, log_clocks
from dutyroom.alerts import Moment, MomentKind
from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import AlarmEvent, Draft, LogEntry, LogKind, Obligation, ObligationState, Rule
from dutyroom.ports import Store

LAST_SEEN_KEY = "last_seen"
REPEAT_SETTING = "overdue_repeat_minutes"
MAX_SNOOZE_MINUTES = 120
_KIND_WORDS = {MomentKind.WARNING: t("临近"), MomentKind.CRITICAL: t("紧急")}


class AlarmService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        timezone: Callable[[], ZoneInfo],
        rules: Callable[[], list[Rule]],
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._tz = timezone
        self._rules = rules

    # -- settings --------------------------------------------------------------------------------
    def overdue_repeat_minutes(self) -> int:
        """How often an overdue obligation rings again (a bureau setting, default 5)."""
        value = self._store.settings.get(REPEAT_SETTING)
        try:
            minutes = int(value) if value else alerts.DEFAULT_OVERDUE_REPEAT_MINUTES
        except ValueError:
            minutes = alerts.DEFAULT_OVERDUE_REPEAT_MINUTES
        return minutes if minutes > 0 else alerts.DEFAULT_OVERDUE_REPEAT_MINUTES

    def set_overdue_repeat_minutes(self, minutes: int) -> None:
        if not 1 <= minutes <= 120:
            raise ValidationError(REPEAT_SETTING, t("超时重复提醒间隔应在1至120分钟之间"))
        self._store.settings.set(REPEAT_SETTING, str(minutes))
        self._events.emit("alarms")

    # -- what to schedule ------------------------------------------------------------------------
    def moments_between(
        self, start: datetime, end: datetime, *, pending: Sequence[Obligation] | None = None
    ) -> list[Moment]:
        """Moments of every pending obligation with start < at <= end, in time order;
        `pending`: the pending obligations when the caller has just read them."""
        return alerts.moments_between(
            self._pending() if pending is None else pending,
            self._rules(),
            start,
            end,
            repeat_minutes=self.overdue_repeat_minutes(),
        )

    def born_past(
        self, since: datetime, now: datetime, *, pending: Sequence[Obligation] | None = None
    ) -> list[Moment]:
        """Alarms of obligations made after `since` that were already due to ring by then."""
        obligations = self._pending() if pending is None else pending
        return alerts.born_past(obligations, self._rules(), since, now)

    def next_moment(self, after: datetime | None = None) -> Moment | None:
        return alerts.next_moment_after(
            self._pending(),
            self._rules(),
            after or self._clock.now(),
            repeat_minutes=self.overdue_repeat_minutes(),
        )

    # -- ringing ---------------------------------------------------------------------------------
    def claim(self, moment: Moment) -> bool:
        """Record that `moment` rings now; False (do not ring) if it already has, if the
        obligation is no longer pending, or while it is snoozed."""
        obligation = self._store.obligations.get(moment.obligation_id)
        if obligation.status is not ObligationState.PENDING:
            return False
        until = self.snoozed_until(moment.obligation_id)
        if until is not None and moment.at < until:
            return False
        claimed = self._store.alarms.claim(self._event(moment, self._clock.now()))
        if claimed is None:
            return False
        self._events.emit("alarms")
        return True

    def snoozed_until(self, obligation_id: int) -> datetime | None:
        times = [
            e.snoozed_until
            for e in self._store.alarms.for_obligation(obligation_id)
            if e.snoozed_until is not None
        ]
        return max(times) if times else None

    def ringing(self) -> list[AlarmEvent]:
        """Alarms raised and not yet acknowledged whose obligation is still pending."""
        return self._store.alarms.unacknowledged()

    def acknowledge(self, obligation_id: int, by: str) -> int:
        """Silence the obligation's alarms (its countdown keeps running); how many were silenced."""
        if not by.strip():
            raise ValidationError("acknowledged_by", t("请填写确认人"))
        now = self._clock.now()
        events = [
            e for e in self._store.alarms.for_obligation(obligation_id) if e.acknowledged_at is None
        ]
        with self._store.atomic():
            for event in events:
                self._store.alarms.update(
                    dataclasses.replace(event, acknowledged_at=now, acknowledged_by=by.strip())
                )
            if events:  # acknowledgements appear in the duty log, linked to the incident
                ref, what = self._describe(obligation_id)
                self._log(now, t("确认提醒：{what}", what=what), ref, by=by.strip())
        if events:
            self._events.emit("alarms")
            self._events.emit("log")
        return len(events)

    def snooze(self, obligation_id: int, minutes: int, reason: str, *, by: str = "") -> datetime:
        """Silence the obligation for `minutes`; the reason goes into the duty log."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("snooze_reason", t("暂缓提醒须填写原因"))
        if not 1 <= minutes <= MAX_SNOOZE_MINUTES:
            raise ValidationError(
                "minutes",
                t("暂缓时间应在1至{snooze_minutes}分钟之间", snooze_minutes=MAX_SNOOZE_MINUTES),
            )
        events = self._store.alarms.for_obligation(obligation_id)
        if not events:
            raise ValidationError("obligation_id", t("该时限尚未提醒，无需暂缓"))
        now = self._clock.now()
        until = now + timedelta(minutes=minutes)
        latest = events[-1]
        ref, what = self._describe(obligation_id)
        with self._store.atomic():
            self._store.alarms.update(
                dataclasses.replace(
                    latest,
                    snoozed_until=until,
                    snooze_reason=reason,
                    acknowledged_at=latest.acknowledged_at or now,
                    acknowledged_by=latest.acknowledged_by or by.strip(),
                )
            )
            text = t(
                "暂缓提醒{minutes}分钟：{what}，原因：{reason}",
                minutes=minutes,
                what=what,
                reason=reason,
            )
            self._log(now, text, ref, by=by.strip())
        self._events.emit("alarms")
        self._events.emit("log")
        return until

    # -- absences --------------------------------------------------------------------------------
    def last_seen(self) -> datetime | None:
        return self._store.app_state.get_time(LAST_SEEN_KEY)

    def heartbeat(self, now: datetime | None = None) -> None:
        """Remember that the app was running at `now`; call it about once a minute, no more."""
        self._store.app_state.set_time(LAST_SEEN_KEY, now or self._clock.now())

    def catch_up(self, now: datetime | None = None) -> list[Moment]:
        """On start or wake: the moments missed since last_seen, one per obligation, each
        raised and logged once (a second call or another restart finds them claimed)."""
        now = now or self._clock.now()
        missed = alerts.missed_while_away(
            self._pending(),
            self._rules(),
            self.last_seen(),
            now,
            repeat_minutes=self.overdue_repeat_minutes(),
        )
        raised = []
        with self._store.atomic():
            for moment in missed:
                # The app was closed: the officer must hear it even if a snooze was running.
                if self._store.alarms.claim(self._event(moment, now)) is None:
                    continue
                self._log_missed(moment, now)
                raised.append(moment)
            self.heartbeat(now)
        if raised:
            self._events.emit("alarms")
            self._events.emit("log")
        return raised

    def _log_missed(self, moment: Moment, now: datetime) -> None:
        ref, what = self._describe(moment.obligation_id)
        if moment.due_at <= now:
            text = t(
                "应急提醒：{what}在程序未运行期间已超时{minutes_late}分钟",
                what=what,
                minutes_late=moment.minutes_late(now),
            )
        else:
            word = _KIND_WORDS.get(moment.kind, t("临近"))
            text = t(
                "应急提醒：{what}在程序未运行期间进入{word}状态，距时限还有{minutes_left}分钟",
                what=what,
                word=word,
                minutes_left=moment.minutes_left(now),
            )
        self._log(now, text, ref)

    # -- drafts ----------------------------------------------------------------------------------
    def save_draft(self, form: str, key: str, payload: Mapping[str, Any]) -> Draft:
        """Keep a form's unsaved contents (called every few seconds while it is open)."""
        try:
            plain = json.loads(json.dumps(dict(payload), ensure_ascii=False))
        except (TypeError, ValueError) as exc:
            raise ValidationError("payload", t("草稿内容无法保存：{exc}", exc=exc)) from exc
        draft = Draft(form=form, key=key, payload=plain, saved_at=self._clock.now())
        return self._store.drafts.save(draft)

    def load_draft(self, form: str, key: str) -> Draft | None:
        return self._store.drafts.get(form, key)

    def drafts(self) -> list[Draft]:
        """Every kept draft, newest first: after a crash the app offers to restore them."""
        return self._store.drafts.all()

    def discard_draft(self, form: str, key: str) -> None:
        self._store.drafts.delete(form, key)

    # -- helpers ---------------------------------------------------------------------------------
    def _pending(self) -> list[Obligation]:
        """Pending obligations of incidents and of duty-log items, in due order: both ring."""
        both = [*self._store.obligations.open(), *self._store.obligations.open_of_log()]
        return sorted(both, key=lambda ob: (ob.due_at, ob.id or 0))

    def _event(self, moment: Moment, now: datetime) -> AlarmEvent:
        return AlarmEvent(
            obligation_id=moment.obligation_id,
            moment_key=moment.key,
            kind=moment.kind.value,
            moment_at=moment.at,
            fired_at=now,
        )

    def _describe(self, obligation_id: int) -> tuple[tuple[str, int | None], str]:
        """What the duty-log line refers to (the incident, or the clock of a duty-log item) and
        "标题「规则」（时限 mm-dd HH:MM）"."""
        obligation = self._store.obligations.get(obligation_id)
        ref: tuple[str, int | None]
        title: str
        if obligation.log_entry_id is not None:
            entry = self._store.log.get(obligation.log_entry_id)
            title = t("{kind}：{text}", kind=entry.kind.value, text=log_clocks.short_title(entry))
            ref = (log_clocks.OBLIGATION_REF, obligation.id)
        else:
            incident = self._store.incidents.get(obligation.incident_key)
            title = incident.title or t("事件")
            ref = ("incident", incident.id)
        rule = next((r.name for r in self._rules() if r.code == obligation.rule_code), None)
        due = obligation.due_at.astimezone(self._tz())
        return ref, t(
            "{title}「{rule}」（时限{due:%m-%d %H:%M}）",
            title=title,
            rule=rule or obligation.rule_code,
            due=due,
        )

    def _log(self, at: datetime, content: str, ref: tuple[str, int | None], by: str = "") -> None:
        table, ref_id = ref
        self._store.log.add(
            LogEntry(
                at=at,
                kind=LogKind.ALARM,
                content=content,
                taken_by=by,
                ref_table=table,
                ref_id=ref_id,
            )
        )
