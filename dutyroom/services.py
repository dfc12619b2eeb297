"""The DutyRoom facade: one object over a Store and a Clock, with a sub-service per area."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from dutyroom.alarm_service import AlarmService
from dutyroom.bureau import BureauService
from dutyroom.clock import Clock, SystemClock
from dutyroom.events import Events
from dutyroom.grading import GradingPolicy
from dutyroom.incident_service import IncidentService
from dutyroom.ledger import LedgerService
from dutyroom.people_service import PeopleService
from dutyroom.ports import Store
from dutyroom.roster_service import CalendarService, RosterService


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
