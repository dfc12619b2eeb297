"""The DutyRoom facade: one object over a Store and a Clock, with a sub-service per area."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from dutyroom.alarm_service import AlarmService
from dutyroom.bureau import BureauService
from dutyroom.clock import Clock, SystemClock
from dutyroom.directory import DirectoryService
from dutyroom.events import Events
from dutyroom.grading import GradingPolicy
from dutyroom.handover_service import HandoverService
from dutyroom.incident_service import IncidentService
from dutyroom.ledger import LedgerService
from dutyroom.log_service import LogService
from dutyroom.people_service import PeopleService
from dutyroom.ports import Store
from dutyroom.roster_service import CalendarService, RosterService
from dutyroom.spot_checks import SpotCheckService
from dutyroom.stats import StatsService


class DutyRoom:
    """What the UI and the CLI talk to; views hear about writes through `events`."""

    def __init__(self, store: Store, clock: Clock | None = None, *, data_dir: Path | None = None):
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.data_dir = data_dir
        self.events = Events()
        self.bureau = BureauService(store, self.events)
        self.calendar = CalendarService(store, self.events)
        self.people = PeopleService(store, self.events)
        self.roster = RosterService(
            store, self.events, self.clock, self.calendar, self.bureau.timezone
        )
        self.incidents = IncidentService(
            store, self.events, self.clock, self.bureau.timezone, self.grading_policy
        )
        self.alarms = AlarmService(
            store, self.events, self.clock, self.bureau.timezone, self.incidents.rules
        )
        self.ledger = LedgerService(store, self.clock, self._rule_names)
        self.spot_checks = SpotCheckService(store, self.events, self.clock, self.bureau.timezone)
        self.stats = StatsService(
            store, self.clock.now, self.bureau.timezone, self.incidents.rules, self.roster.fairness
        )
        documents = data_dir / "documents" if data_dir is not None else None
        self.directory = DirectoryService(store, self.events, self.clock.now, documents)
        self.log = LogService(
            store, self.events, self.clock, self.roster.template, self.bureau.timezone
        )
        # after_accept (export + backup) is wired by the composition root (dutyroom/compose.py).
        self.handover = HandoverService(
            store,
            self.events,
            self.clock,
            self.bureau.timezone,
            self.roster.now_and_next,
            self.incidents,
            self.log,
        )

    @property
    def db_path(self) -> Path | None:
        path = getattr(self.store, "path", None)
        return Path(path) if path else None

    def grading_policy(self) -> GradingPolicy:
        return GradingPolicy(count_missing_as_deaths=self.bureau.count_missing_as_deaths())

    def _rule_names(self) -> dict[str, str]:
        return {rule.code: rule.name for rule in self.incidents.rules()}

    def now_local(self) -> datetime:
        return self.clock.now().astimezone(self.bureau.timezone())

    def today(self) -> date:
        return self.now_local().date()

    def set_actor(self, name: str) -> None:
        """Who the audit trail names for the next writes (the signed-in officer, the CLI user)."""
        self.store.set_actor(name)
