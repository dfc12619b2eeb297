"""Alarms that cannot be missed: APScheduler jobs plus a cheap per-tick check, notifications, sound.

Every alarm moment (dutyroom.alerts) rings only if `room.alarms.claim(moment)` says so: the
database's unique moment key, not this process, guarantees that nothing rings twice — across
the scheduler, the tick, a restart and a second instance.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import os
import sys
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from dutyroom.alerts import Moment, MomentKind
from dutyroom.clock import Clock
from dutyroom.errors import DutyRoomError
from dutyroom.events import Change
from dutyroom.incident_service import OpenTimer
from dutyroom.log_clocks import LogTimer
from dutyroom.models import Obligation
from dutyroom.services import DutyRoom
from ui.countdown import obligation_name
from ui.formatting import enum_text
from ui.resource_files import ResourceMissingError, resource_path
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)

# A gap longer than this between two ticks is a sleep or a clock change: catch up once per
# obligation instead of replaying every five-minute repeat.
WAKE_GAP = timedelta(minutes=3)
HORIZON = timedelta(hours=1)  # how far ahead jobs are scheduled; rebuilt before it runs out
HEARTBEAT_TICKS = 60
LOUD = (MomentKind.CRITICAL, MomentKind.DUE, MomentKind.OVERDUE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alarms", text)


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


class Sound(Protocol):
    def play_once(self) -> None: ...
    def start_loop(self) -> None: ...
    def stop(self) -> None: ...


class PlyerNotifier:
    """Desktop notification through plyer, best effort; the tray's balloon when plyer cannot."""

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None] = lambda: None) -> None:
        self._tray = tray

    def notify(self, title: str, message: str) -> None:
        if not self._plyer(title, message):
            tray = self._tray()
            if tray is not None and tray.isVisible():
                tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Critical, 30_000)

    @staticmethod
    def _plyer(title: str, message: str) -> bool:
        # Without a session bus plyer "succeeds" silently (TECH-NOTES): do not trust it there.
        if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        try:
            from plyer import notification

            notification.notify(title=title, message=message, app_name="应急值守", timeout=30)
        except Exception:  # plyer raises anything from NotImplementedError to D-Bus errors
            log.warning("plyer notification failed", exc_info=True)
            return False
        return True


class QtSound:
    """resources/sounds/alarm.wav through QSoundEffect (created on first use); beeps without it."""

    def __init__(self) -> None:
        self._effect: Any = None

    def _ready(self) -> Any:
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", "alarm.wav"))))
                effect.setVolume(1.0)
                self._effect = effect
            except (ImportError, ResourceMissingError):
                log.warning("alarm sound unavailable; using the system beep", exc_info=True)
                self._effect = False
        return self._effect

    def play_once(self) -> None:
        effect = self._ready()
        if not effect:
            QApplication.beep()
            return
        effect.setLoopCount(1)
        effect.play()

    def start_loop(self) -> None:
        effect = self._ready()
        if not effect:
            QApplication.beep()
            return
        effect.setLoopCount(-2)  # QSoundEffect.Loop.Infinite
        effect.play()

    def stop(self) -> None:
        if self._effect:
            self._effect.stop()


class AlarmController(QObject):
    """Schedules, checks and raises alarms; acknowledges and snoozes through the service.

    Signals:
        alarm_raised(object): a Moment rang (after a successful claim).
    """

    alarm_raised = Signal(object)

    def __init__(
        self,
        room: DutyRoom,
        notifier: Notifier,
        sound: Sound,
        clock: Clock,
        *,
        signals: RoomSignals | None = None,
        raise_window: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._notifier = notifier
        self._sound = sound
        self._clock = clock
        self._raise_window = raise_window
        self._tz = room.bureau.timezone()
        self._started = False
        self._claimed: set[str] = set()
        self._pending: deque[Moment] = deque()
        # An incident's clock or a duty-log item's (预警, 来文, 批示): both ring the same way.
        self._info: dict[int, OpenTimer | LogTimer] = {}
        self._checked_until: datetime | None = None
        self._horizon_end: datetime | None = None
        self._scheduler: Any = None
        self._jobs: dict[Moment, Any] = {}  # the scheduler's job of each moment to come
        self._horizon_job: Any = None
        self._ticks = 0
        if signals is not None:
            signals.change.connect(self._on_signals_change)

    # -- life cycle ------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._started

    def start(self, *, scheduler: bool = True) -> list[Moment]:
        """Catch up on what was missed while closed, then schedule; returns the missed moments."""
        now = self._clock.now()
        self._started = True
        self._checked_until = now
        self._load(now)
        missed = self._catch_up(now)
        if scheduler:
            self._start_scheduler()
        self._rebuild(now)
        return missed

    def stop(self) -> None:
        self._started = False
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
            self._jobs.clear()
            self._horizon_job = None
        self._sound.stop()

    def _start_scheduler(self) -> None:
        from apscheduler.executors.debug import DebugExecutor
        from apscheduler.schedulers.qt import QtScheduler

        self._scheduler = QtScheduler(executors={"default": DebugExecutor()}, timezone=self._tz)
        self._scheduler.start()

    # -- what is due -----------------------------------------------------------------------------
    def _load(self, now: datetime) -> None:
        self._info = {
            t.obligation.id: t for t in self._room.incidents.open_timers(now) if t.obligation.id
        }
        self._info.update(
            {t.obligation.id: t for t in self._room.log.open_timers(now) if t.obligation.id}
        )

    def _rebuild(self, now: datetime, *, pending: list[Obligation] | None = None) -> None:
        """Everything from the database: the in-memory queue and the scheduler's jobs."""
        start = self._checked_until or now
        self._horizon_end = now + HORIZON
        moments = self._room.alarms.moments_between(start, self._horizon_end, pending=pending)
        self._pending = deque(moments)
        if self._scheduler is None:
            return
        from apscheduler.jobstores.base import JobLookupError
        from apscheduler.triggers.date import DateTrigger

        # Only the moments that changed are rescheduled: F2 with a hundred open incidents adds
        # the new incident's jobs instead of removing and adding every job of the others.
        wanted = {moment for moment in self._pending if moment.at > now}
        for moment in [m for m in self._jobs if m not in wanted]:
            with contextlib.suppress(JobLookupError):  # it has run already
                self._jobs[moment].remove()
            del self._jobs[moment]
        for moment in self._pending:
            if moment in wanted and moment not in self._jobs:
                trigger = DateTrigger(run_date=moment.at, timezone=self._tz)
                self._jobs[moment] = self._scheduler.add_job(
                    self._fire, trigger=trigger, args=[moment]
                )
        if self._horizon_job is not None:
            with contextlib.suppress(JobLookupError):
                self._horizon_job.remove()
        trigger = DateTrigger(run_date=self._horizon_end, timezone=self._tz)
        self._horizon_job = self._scheduler.add_job(self._on_horizon_reached, trigger=trigger)

    def _on_horizon_reached(self) -> None:
        self._rebuild(self._clock.now())

    def tick(self, now: datetime) -> None:
        """The main window's 1-second tick: check, and a heartbeat once a minute."""
        if not self._started:
            return
        self.check(now)
        self._ticks += 1
        if self._ticks % HEARTBEAT_TICKS == 0:
            self._room.alarms.heartbeat(now)

    def check(self, now: datetime) -> None:
        """Ring what has passed and not been claimed here; no database unless something rings."""
        if not self._started or self._checked_until is None:
            return
        if now < self._checked_until:  # the clock was set back: start over from now
            self._checked_until = now
            self._rebuild(now)
            return
        if now - self._checked_until > WAKE_GAP:
            self._checked_until = now
            self._load(now)
            self._catch_up(now)
            self._rebuild(now)
            return
        self._checked_until = now
        latest: dict[int, Moment] = {}
        while self._pending and self._pending[0].at <= now:
            moment = self._pending.popleft()
            latest[moment.obligation_id] = moment  # a burst rings once, with its latest state
        for moment in latest.values():
            self._fire(moment)
        if self._horizon_end is not None and now >= self._horizon_end - HORIZON / 2:
            self._rebuild(now)

    def _catch_up(self, now: datetime) -> list[Moment]:
        try:
            missed = self._room.alarms.catch_up(now)
        except DutyRoomError:
            log.exception("catch-up failed")
            return []
        for moment in missed:
            self._claimed.add(moment.key)
            self._raise(moment, now, missed=True)
        return missed

    def _fire(self, moment: Moment) -> None:
        """A job or the tick: ring only if the service grants the claim (once, ever)."""
        if moment.key in self._claimed:
            return
        self._claimed.add(moment.key)
        try:
            if not self._room.alarms.claim(moment):
                return
        except DutyRoomError:
            log.exception("cannot claim alarm %s", moment.key)
            return
        self._raise(moment, self._clock.now())

    # -- raising ---------------------------------------------------------------------------------
    def _raise(self, moment: Moment, now: datetime, *, missed: bool = False) -> None:
        title, message = self.describe(moment, now, missed=missed)
        try:
            self._notifier.notify(title, message)
        except Exception:
            log.exception("notifier failed")
        if moment.kind in LOUD:
            self._sound.start_loop()
            if self._raise_window is not None:
                self._raise_window()
        else:
            self._sound.play_once()
        self.alarm_raised.emit(moment)

    def describe(self, moment: Moment, now: datetime, *, missed: bool = False) -> tuple[str, str]:
        info = self._info.get(moment.obligation_id)
        what = _tr("报送时限") if info is None else _what(info)
        due = moment.due_at.astimezone(self._tz).strftime("%H:%M")
        if moment.due_at < now or moment.kind is MomentKind.OVERDUE:
            title = _tr("报送已超时")
            text = _tr("{what}已超时{m}分钟（时限{due}）").format(
                what=what, m=moment.minutes_late(now), due=due
            )
        elif moment.kind is MomentKind.DUE:
            title = _tr("报送时限已到")
            text = _tr("{what}时限{due}已到，请立即报送").format(what=what, due=due)
        else:
            critical = moment.kind is MomentKind.CRITICAL
            title = _tr("报送时限紧急") if critical else _tr("报送时限临近")
            text = _tr("{what}还剩{m}分钟（时限{due}）").format(
                what=what, m=moment.minutes_left(now), due=due
            )
        if missed:
            text = _tr("程序未运行期间：") + text
        return title, text

    def describe_obligation(self, obligation_id: int) -> str:
        if obligation_id not in self._info:  # the banner may ask before start() has loaded
            self._load(self._clock.now())
        info = self._info.get(obligation_id)
        return _tr("报送时限") if info is None else _what(info)

    def due_at(self, obligation_id: int) -> datetime | None:
        """The stored deadline of a ringing obligation (the strip ranks by it); no database."""
        info = self._info.get(obligation_id)
        return info.obligation.due_at if info is not None else None

    # -- silencing -------------------------------------------------------------------------------
    def acknowledge(self, obligation_id: int, by: str) -> None:
        """Silences the sound (the countdown keeps running)."""
        self._room.alarms.acknowledge(obligation_id, by or _tr("值班员"))
        self._update_sound()

    def snooze(self, obligation_id: int, minutes: int, reason: str, by: str = "") -> datetime:
        """Raises ValidationError without a reason; logged by the service."""
        until = self._room.alarms.snooze(obligation_id, minutes, reason, by=by)
        self._update_sound()
        return until

    def _update_sound(self) -> None:
        loud = {kind.value for kind in LOUD}
        if not any(event.kind in loud for event in self._room.alarms.ringing()):
            self._sound.stop()

    def _on_signals_change(self, change: Change) -> None:
        if change.topic not in ("incidents", "rules", "bureau", "log") or not self._started:
            return
        now = self._clock.now()
        if change.topic == "log":  # an entry may have started or met a duty-log item's clock
            self._update_log_clocks(now)
        elif change.topic == "incidents" and change.incident_id is not None:
            self._update_incident(change.incident_id, now)
        else:
            self._reload_all(now)
        self._update_sound()  # a report just made silences its alarm

    def _reload_all(self, now: datetime) -> None:
        self._tz = self._room.bureau.timezone()
        self._load(now)
        # Read once for the three uses.
        pending = [info.obligation for info in self._info.values()]
        if self._checked_until is not None:
            # Made already late (a grade rise on an old 接报): ring now, not never.
            for moment in self._room.alarms.born_past(self._checked_until, now, pending=pending):
                self._fire(moment)
        self._rebuild(now, pending=pending)

    def _update_incident(self, incident_id: int, now: datetime) -> None:
        """A write to one incident (F2, an edit, a report, a void): only its obligations are
        read again and only their moments rescheduled, so F2 costs the same with a hundred
        incidents open as with one. A write touches no other incident's obligations."""
        if self._horizon_end is None:
            self._reload_all(now)
            return
        try:
            ids, timers = self._room.incidents.open_timers_of(incident_id, now)
        except DutyRoomError:  # not readable on its own (gone?): everything, as before
            log.warning("cannot read incident %s; reloading every alarm", incident_id)
            self._reload_all(now)
            return
        self._replace(ids, timers, now)

    def _update_log_clocks(self, now: datetime) -> None:
        """After a duty-log write: the duty-log items' clocks alone are read again."""
        if self._horizon_end is None:
            self._reload_all(now)
            return
        try:
            timers = self._room.log.open_timers(now)
        except DutyRoomError:
            log.warning("cannot read the duty-log clocks; reloading every alarm")
            self._reload_all(now)
            return
        # The ones met or gone since (no longer pending) and the ones that are now.
        ids = frozenset(
            [ob_id for ob_id, info in self._info.items() if isinstance(info, LogTimer)]
            + [t.obligation.id for t in timers if t.obligation.id is not None]
        )
        self._replace(ids, timers, now)

    def _replace(
        self,
        ids: frozenset[int],
        timers: list[OpenTimer] | list[LogTimer],
        now: datetime,
    ) -> None:
        """Forget the obligations `ids`, learn `timers` (theirs still pending) and reschedule
        only their moments."""
        assert self._horizon_end is not None
        for ob_id in ids:
            self._info.pop(ob_id, None)
        self._info.update({t.obligation.id: t for t in timers if t.obligation.id is not None})
        pending = [t.obligation for t in timers]
        if self._checked_until is not None:
            # Made already late (a grade rise on an old 接报): ring now, not never.
            for moment in self._room.alarms.born_past(self._checked_until, now, pending=pending):
                self._fire(moment)
        start = self._checked_until or now
        fresh = self._room.alarms.moments_between(start, self._horizon_end, pending=pending)
        # The same window as the last rebuild's (up to its horizon), for this incident only.
        kept = [m for m in self._pending if m.obligation_id not in ids]
        self._pending = deque(heapq.merge(kept, fresh, key=lambda m: (m.at, m.key)))
        if self._scheduler is None:
            return
        from apscheduler.jobstores.base import JobLookupError
        from apscheduler.triggers.date import DateTrigger

        wanted = {moment for moment in fresh if moment.at > now}
        # Its jobs, not only its queued moments: one the tick has rung may still be scheduled.
        for moment in [m for m in self._jobs if m.obligation_id in ids and m not in wanted]:
            with contextlib.suppress(JobLookupError):  # it has run already
                self._jobs[moment].remove()
            del self._jobs[moment]
        for moment in fresh:
            if moment in wanted and moment not in self._jobs:
                trigger = DateTrigger(run_date=moment.at, timezone=self._tz)
                self._jobs[moment] = self._scheduler.add_job(
                    self._fire, trigger=trigger, args=[moment]
                )


def _what(info: OpenTimer | LogTimer) -> str:
    """An incident's clock as "标题「首报·电话」", a log item's as "预警：…「预警·转发」"."""
    name = obligation_name(info.obligation, info.rule)
    if isinstance(info, LogTimer):
        subject = _tr("{kind}：{text}").format(kind=enum_text(info.entry.kind), text=info.title)
    else:
        subject = info.incident.title or _tr("（标题待填）")
    return _tr("{title}「{name}」").format(title=subject, name=name)
