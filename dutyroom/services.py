"""The DutyRoom facade: one object over a Store and a Clock, with a sub-service per area.

The services the first page (值班台) needs are built with the room; the others (backups, LAN
settings, people, ledger, spot checks, stats, directory) are built, and their modules imported,
on first use, so the GUI start does not pay for them. None of them subscribes to `events`, so
building one late changes nothing: a service that must hear events from the start has to stay
in __init__.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dutyroom.alarm_service import AlarmService
from dutyroom.bureau import BureauService
from dutyroom.clock import Clock, SystemClock
from dutyroom.events import Events
from dutyroom.grading import GradingPolicy
from dutyroom.handover_service import HandoverService
from dutyroom.incident_service import IncidentService
from dutyroom.log_service import LogService
from dutyroom.messages import t
from dutyroom.models import DayType
from dutyroom.ports import Store
from dutyroom.roster_service import CalendarService, RosterService

if TYPE_CHECKING:
    from dutyroom.backups import BackupService, DataFiles
    from dutyroom.directory import DirectoryService
    from dutyroom.lan_settings import LanSettingsService
    from dutyroom.ledger import LedgerService
    from dutyroom.people_service import PeopleService
    from dutyroom.spot_checks import SpotCheckService
    from dutyroom.stats import StatsService


class DutyRoom:
    """What the UI and the CLI talk to; views hear about writes through `events`."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        *,
        data_dir: Path | None = None,
        files: DataFiles | None = None,
    ):
        self._store = store
        self.clock: Clock = clock or SystemClock()
        self.data_dir = data_dir
        self.events = Events()
        self.bureau = BureauService(store, self.events)
        self.calendar = CalendarService(store, self.events)
        self.roster = RosterService(
            store, self.events, self.clock, self.calendar, self.bureau.timezone
        )
        self.incidents = IncidentService(
            store,
            self.events,
            self.clock,
            self.bureau.timezone,
            self.grading_policy,
            self._is_workday,
        )
        self.alarms = AlarmService(
            store, self.events, self.clock, self.bureau.timezone, self.incidents.rules
        )
        self.log = LogService(
            store,
            self.events,
            self.clock,
            self.roster.template,
            self.bureau.timezone,
            self.incidents.rules,
        )
        self._files = files
        # after_accept (export + backup) is wired by the composition root (dutyroom/app/compose.py).
        self.handover = HandoverService(
            store,
            self.events,
            self.clock,
            self.bureau.timezone,
            self.roster.now_and_next,
            self.incidents,
            self.log,
        )

    # ------------------------------------------------------- built on first use (see the docstring)

    @cached_property
    def backups(self) -> BackupService:
        from dutyroom.backups import BackupService

        return BackupService(
            self._store, self.events, self.clock, self.bureau.timezone, self._files
        )

    @cached_property
    def lan(self) -> LanSettingsService:
        from dutyroom.lan_settings import LanSettingsService

        return LanSettingsService(self._store, self.events)

    @cached_property
    def people(self) -> PeopleService:
        from dutyroom.people_service import PeopleService

        return PeopleService(self._store, self.events)

    @cached_property
    def ledger(self) -> LedgerService:
        from dutyroom.ledger import LedgerService

        return LedgerService(self._store, self.clock, self._rule_names)

    @cached_property
    def spot_checks(self) -> SpotCheckService:
        from dutyroom.spot_checks import SpotCheckService

        return SpotCheckService(self._store, self.events, self.clock, self.bureau.timezone)

    @cached_property
    def stats(self) -> StatsService:
        from dutyroom.stats import StatsService

        return StatsService(
            self._store,
            self.clock.now,
            self.bureau.timezone,
            self.incidents.rules,
            self.roster.fairness,
        )

    @cached_property
    def directory(self) -> DirectoryService:
        from dutyroom.directory import DirectoryService

        documents = self.data_dir / "documents" if self.data_dir is not None else None
        return DirectoryService(self._store, self.events, self.clock.now, documents)

    @property
    def db_path(self) -> Path | None:
        path = getattr(self._store, "path", None)
        return Path(path) if path else None

    def grading_policy(self) -> GradingPolicy:
        return GradingPolicy(count_missing_as_deaths=self.bureau.count_missing_as_deaths())

    def _is_workday(self, day: date) -> bool:
        """工作日 and 调休补班日 count (the 核报's working days), by the holiday calendar."""
        return self.calendar.info(day).day_type in (DayType.WORKDAY, DayType.MAKEUP)

    def _rule_names(self) -> dict[str, str]:
        return {rule.code: rule.name for rule in self.incidents.rules()}

    def now_local(self) -> datetime:
        return self.clock.now().astimezone(self.bureau.timezone())

    def today(self) -> date:
        return self.now_local().date()

    def set_actor(self, name: str) -> None:
        """Who the audit trail names for the next writes (the signed-in officer, the CLI user)."""
        self._store.set_actor(name)

    def record_line(self) -> str:
        """The chain head printed on the handover sheet and the daily log: a later rewrite of
        the history before it no longer matches what the paper says."""
        number, digest = self._store.record_head()
        if not digest:
            return ""
        return t("记录校验码：{code}（截至审计记录第{n}条）", code=digest[:12], n=number)

    def atomic(self) -> AbstractContextManager[None]:
        """One unit of work across services: all of it is stored, or none (imports, the demo)."""
        return self._store.atomic()

    def is_empty(self) -> bool:
        """True when no person, incident or log entry has been stored yet."""
        return self._store.is_empty()

    def close(self) -> None:
        """Close the database; the room is not used afterwards (the program is ending)."""
        close = getattr(self._store, "close", None)
        if callable(close):
            close()
