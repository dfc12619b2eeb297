"""SqliteStore: every repository over one database connection, plus the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db.alarms_repo import SqliteAlarmsRepo, SqliteAppStateRepo
from db.audit_repo import SqliteAuditRepo
from db.base_repo import translate_errors
from db.calendar_repo import SqliteCalendarRepo
from db.connection import open_database, open_readonly
from db.contacts_repo import SqliteContactsRepo
from db.drafts_repo import SqliteDraftsRepo
from db.handle import Handle
from db.handovers_repo import SqliteHandoversRepo
from db.incidents_repo import SqliteIncidentsRepo
from db.ledger_repo import SqliteLedgerRepo
from db.log_repo import SqliteLogRepo
from db.obligations_repo import SqliteObligationsRepo
from db.people_repo import SqlitePeopleRepo
from db.reference_repo import SqliteReferenceRepo
from db.roster_repo import SqliteRosterRepo
from db.rules_repo import SqliteRulesRepo
from db.settings_repo import SqliteBureauSettingsRepo
from db.spot_checks_repo import SqliteSpotChecksRepo
from db.stats_repo import SqliteStatsRepo
from db.templates_repo import SqliteTemplatesRepo
from dutyroom import ports


class SqliteStore:
    """Implements dutyroom.ports.Store; owned by one thread (the GUI thread or the CLI)."""

    def __init__(self, db: Handle) -> None:
        self.db = db
        self.people: ports.PeopleRepo = SqlitePeopleRepo(db)
        self.templates: ports.TemplatesRepo = SqliteTemplatesRepo(db)
        self.roster: ports.RosterRepo = SqliteRosterRepo(db)
        self.calendar: ports.CalendarRepo = SqliteCalendarRepo(db)
        self.incidents: ports.IncidentsRepo = SqliteIncidentsRepo(db)
        self.obligations: ports.ObligationsRepo = SqliteObligationsRepo(db)
        self.rules: ports.RulesRepo = SqliteRulesRepo(db)
        self.log: ports.LogRepo = SqliteLogRepo(db)
        self.contacts: ports.ContactsRepo = SqliteContactsRepo(db)
        self.settings: ports.BureauSettingsRepo = SqliteBureauSettingsRepo(db)
        self.handovers: ports.HandoversRepo = SqliteHandoversRepo(db)
        self.spot_checks: ports.SpotChecksRepo = SqliteSpotChecksRepo(db)
        self.reference: ports.ReferenceRepo = SqliteReferenceRepo(db)
        self.alarms: ports.AlarmsRepo = SqliteAlarmsRepo(db)
        self.drafts: ports.DraftsRepo = SqliteDraftsRepo(db)
        self.app_state: ports.AppStateRepo = SqliteAppStateRepo(db)
        self.audit: ports.AuditRepo = SqliteAuditRepo(db)
        self.stats: ports.StatsRepo = SqliteStatsRepo(db)
        self.ledger: ports.LedgerRepo = SqliteLedgerRepo(db)

    @classmethod
    def open(cls, path: Path | None) -> SqliteStore:
        """open_database(path) wrapped in a store (None: a fresh in-memory database)."""
        return cls(open_database(path))

    @classmethod
    def open_readonly(cls, path: Path) -> SqliteStore:
        """A store over a read-only connection (the LAN page's readers): writes fail."""
        return cls(Handle(open_readonly(path)))

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory database."""
        for row in self.db.execute("PRAGMA database_list").fetchall():
            if row[1] == "main":
                return Path(row[2]) if row[2] else None
        return None

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; nested calls are savepoints; any exception rolls the block back."""
        with translate_errors(), self.db.atomic():
            yield

    def is_empty(self) -> bool:
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM incident) "
            "OR EXISTS (SELECT 1 FROM log_entry)"
        ).fetchone()
        return not row[0]

    def set_actor(self, name: str) -> None:
        """Who makes this connection's next writes: no write itself (the triggers call
        dutyroom_actor(), which reads it), so a read-only command stays read-only."""
        self.db.actor = name

    def actor(self) -> str:
        return self.db.actor

    def record_head(self) -> tuple[int, str]:
        from db.audit_chain import head

        newest = head(self.db)
        return newest.audit_id, newest.hash

    def close(self) -> None:
        self.db.close()


if TYPE_CHECKING:

    def _conforms(
        store: SqliteStore,
    ) -> tuple[ports.Store, ports.HandoversRepo, ports.SpotChecksRepo]:
        """mypy proves here that SqliteStore implements every port."""
        return store, store.handovers, store.spot_checks
