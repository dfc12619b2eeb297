"""Schema migrations (sqlite-utils `Migrations`): append new ones, never edit an applied one."""

from __future__ import annotations

from typing import cast

from sqlite_utils import Database
from sqlite_utils.db import Table
from sqlite_utils.migrations import Migrations

from db.audit import (
    AUDIT_NO_UPDATE,
    create_audit_tables,
    install_audit,
    reinstall_audit,
    run_statements,
)
from db.migration_names import MIGRATION_SET

# Imported only when a database needs migrating (db.connection): nothing else loads sqlite-utils.
# A new migration's name goes into db/migration_names.py too: without it, a database that has
# had it would be refused as "from a newer dutyroom".
migrations = Migrations(MIGRATION_SET)

# Every table of the duty record: all carry audit triggers. Later migrations extend the record
# by calling install_audit() for their own new tables.
RECORD_TABLES_0001 = (
    "person",
    "leave",
    "shift_template",
    "assignment",
    "swap",
    "sign_in",
    "holiday_override",
    "incident",
    "obligation",
    "evidence",
    "rule",
    "log_entry",
    "handover",
    "spot_check",
    "contact",
    "bureau_setting",
)

# Conventions: datetimes are ISO-8601 UTC text, dates YYYY-MM-DD, times HH:MM[:SS], booleans 0/1.
_SCHEMA_0001 = """
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    roles TEXT NOT NULL DEFAULT '',          -- Role values joined by '、'
    unit TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE leave (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    start_day TEXT NOT NULL,
    end_day TEXT NOT NULL,                   -- inclusive
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_person ON leave (person_id, start_day);
CREATE TABLE shift_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    start_time TEXT NOT NULL,
    hours INTEGER NOT NULL,
    minimums TEXT NOT NULL DEFAULT '{}'      -- JSON {day type: {role: count}}
);
CREATE TABLE assignment (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    role TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id),
    template_id INTEGER NOT NULL REFERENCES shift_template(id),
    manual INTEGER NOT NULL DEFAULT 0,
    UNIQUE (day, template_id, role, person_id)
);
CREATE INDEX assignment_day ON assignment (day);
CREATE INDEX assignment_person ON assignment (person_id, day);
CREATE TABLE swap (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    role TEXT NOT NULL,
    from_person_id INTEGER NOT NULL REFERENCES person(id),
    to_person_id INTEGER NOT NULL REFERENCES person(id),
    requested_by TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    other_day TEXT,
    created_at TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX swap_day ON swap (day);
CREATE TABLE sign_in (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    shift_start TEXT NOT NULL,
    signed_in_at TEXT,
    signed_out_at TEXT,
    UNIQUE (person_id, shift_start)
);
CREATE INDEX sign_in_shift ON sign_in (shift_start);
CREATE TABLE holiday_override (
    day TEXT PRIMARY KEY,
    day_type TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    received_by TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '电话',
    source TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',
    reporter_unit TEXT NOT NULL DEFAULT '',
    reporter_phone TEXT NOT NULL DEFAULT '',
    informed TEXT NOT NULL DEFAULT '',
    occurred_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    township TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    subtype TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    deaths INTEGER NOT NULL DEFAULT 0,
    missing INTEGER NOT NULL DEFAULT 0,
    injured INTEGER NOT NULL DEFAULT 0,
    serious_injuries INTEGER NOT NULL DEFAULT 0,
    trapped INTEGER NOT NULL DEFAULT 0,
    endangered INTEGER NOT NULL DEFAULT 0,
    evacuated INTEGER NOT NULL DEFAULT 0,
    direct_loss_wan REAL NOT NULL DEFAULT 0,
    measures TEXT NOT NULL DEFAULT '',
    leaders_on_site TEXT NOT NULL DEFAULT '',
    site_contact TEXT NOT NULL DEFAULT '',
    requests TEXT NOT NULL DEFAULT '',
    trend TEXT NOT NULL DEFAULT '',
    sensitive INTEGER NOT NULL DEFAULT 0,
    near_miss INTEGER NOT NULL DEFAULT 0,
    grade TEXT NOT NULL DEFAULT '一般',
    grade_reason TEXT NOT NULL DEFAULT '',
    grade_override TEXT,
    grade_override_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    closed_at TEXT,
    closing_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incident_received_at ON incident (received_at);
CREATE INDEX incident_status ON incident (status, received_at);
CREATE TABLE obligation (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    rule_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    anchor TEXT NOT NULL,
    anchor_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'pending',
    done_at TEXT,
    minutes_late INTEGER,
    cancelled_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT
);
CREATE INDEX obligation_status_due ON obligation (status, due_at);
CREATE INDEX obligation_due ON obligation (due_at);
CREATE INDEX obligation_incident ON obligation (incident_id);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    obligation_id INTEGER NOT NULL REFERENCES obligation(id),
    done_at TEXT NOT NULL,
    method TEXT NOT NULL,
    to_unit TEXT NOT NULL DEFAULT '',
    to_person TEXT NOT NULL DEFAULT '',
    done_by TEXT NOT NULL DEFAULT '',
    to_number TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_obligation ON evidence (obligation_id);
CREATE TABLE rule (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    applies TEXT NOT NULL,
    anchor TEXT NOT NULL,
    offset_minutes INTEGER NOT NULL,
    repeat_minutes INTEGER,
    repeat_minutes_major INTEGER,
    warn_minutes INTEGER NOT NULL DEFAULT 10,
    critical_minutes INTEGER NOT NULL DEFAULT 5,
    enabled INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE log_entry (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL DEFAULT '',
    ref_table TEXT NOT NULL DEFAULT '',
    ref_id INTEGER
);
CREATE INDEX log_entry_at ON log_entry (at);
CREATE TABLE handover (
    id INTEGER PRIMARY KEY,
    shift_start TEXT NOT NULL,
    outgoing TEXT NOT NULL DEFAULT '',
    incoming TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '{}',      -- JSON of the filled sheet
    created_at TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX handover_shift ON handover (shift_start, version);
CREATE TABLE spot_check (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    direction TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    checker_unit TEXT NOT NULL DEFAULT '',
    checker_person TEXT NOT NULL DEFAULT '',
    checked_unit TEXT NOT NULL DEFAULT '',
    answered_by TEXT NOT NULL DEFAULT '',
    leader_present INTEGER NOT NULL DEFAULT 0,
    officer_present INTEGER NOT NULL DEFAULT 0,
    answer_seconds INTEGER,
    result TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT ''
);
CREATE INDEX spot_check_at ON spot_check (at);
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    township TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_kind_name ON contact (kind, name);
CREATE TABLE bureau_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def set_user_version(db: Database, version: int) -> None:
    """Mirror the schema version into PRAGMA user_version (readable without our tables)."""
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    # No statement of this script contains ";\n" inside it (no triggers), so it splits safely.
    run_statements(db, [part for part in _SCHEMA_0001.split(";\n") if part.strip()])
    incident = cast(Table, db["incident"])
    incident.enable_fts(
        ["title", "place", "summary", "reporter"],
        fts_version="FTS5",
        tokenize="trigram",
        create_triggers=True,
    )
    create_audit_tables(db)
    for table in RECORD_TABLES_0001:
        install_audit(db, table)
    set_user_version(db, 1)


RECORD_TABLES_0002 = ("alarm_event",)
RECORD_TABLES: tuple[str, ...] = (*RECORD_TABLES_0001, *RECORD_TABLES_0002)

# Drafts are rewritten every few seconds while a form is open and app_state holds heartbeats:
# neither is part of the duty record, so neither is audited (the audit table would drown).
_SCHEMA_0002 = (
    """CREATE TABLE alarm_event (
    id INTEGER PRIMARY KEY,
    obligation_id INTEGER NOT NULL REFERENCES obligation(id),
    moment_key TEXT NOT NULL UNIQUE,         -- "12:warning", "12:overdue:3": never rings twice
    kind TEXT NOT NULL,
    moment_at TEXT NOT NULL,
    fired_at TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by TEXT NOT NULL DEFAULT '',
    snoozed_until TEXT,
    snooze_reason TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX alarm_event_obligation ON alarm_event (obligation_id, moment_at)",
    """CREATE TABLE draft (
    form TEXT NOT NULL,
    key TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',      -- JSON of the form's fields
    saved_at TEXT NOT NULL,
    PRIMARY KEY (form, key)
)""",
    """CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
)


@migrations(name="0002_alarms_drafts")
def m0002_alarms_drafts(db: Database) -> None:
    run_statements(db, _SCHEMA_0002)
    for table in RECORD_TABLES_0002:
        install_audit(db, table)
    set_user_version(db, 2)


# The reference shelf (四个熟悉): documents with their files, the reporting checklist and the table
# of which department reports which kind of event. All three are bureau data, so they are audited.
RECORD_TABLES_0003 = ("reference_document", "procedure_step", "reporting_duty")
RECORD_TABLES = (*RECORD_TABLES, *RECORD_TABLES_0003)

_SCHEMA_0003 = (
    """CREATE TABLE reference_document (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',           -- relative to <data folder>/documents/
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT
)""",
    """CREATE TABLE procedure_step (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    stage TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL
)""",
    """CREATE TABLE reporting_duty (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    event_kind TEXT NOT NULL,
    department TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
)""",
)


@migrations(name="0003_reference")
def m0003_reference(db: Database) -> None:
    run_statements(db, _SCHEMA_0003)
    for table in RECORD_TABLES_0003:
        install_audit(db, table)
    # The version is the number of migrations known, so that it stays right whether or not the
    # concurrently written 0003 is registered before this one (DESIGN: user_version = count).
    set_user_version(db, len(migrations._migrations))


# 作废 (a false call or a duplicate): the incident stays, with when and why it was voided; who
# voided it is the audit row's actor. The incident's audit triggers are rebuilt so that the JSON
# they record carries the two new columns.
_SCHEMA_0004 = (
    "ALTER TABLE incident ADD COLUMN voided_at TEXT",
    "ALTER TABLE incident ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''",
)


@migrations(name="0004_incident_void")
def m0004_incident_void(db: Database) -> None:
    run_statements(db, _SCHEMA_0004)
    reinstall_audit(db, "incident")
    # Its own number, not len(migrations._migrations) as 0003 does (which, once a later
    # migration is registered, claims that later version before it has run).
    set_user_version(db, 4)


# Covering indexes for the statistics' range queries (db/stats_repo.py, issue 13): they read
# these instead of the wide rows (only the late and missed list still fetches each incident's
# title). incident: the counts by
# category, township and grade, and per month. obligation: the outcomes, the late and missed
# list (`id` right after `due_at`, so its ORDER BY due_at, id is the index order, no sort) and
# the first written report's window. Building them reads the existing rows and changes none.
_SCHEMA_0005 = (
    "CREATE INDEX IF NOT EXISTS incident_received_counted ON incident "
    "(received_at, status, category, township, grade, grade_override)",
    "CREATE INDEX IF NOT EXISTS obligation_due_counted ON obligation "
    "(due_at, id, status, done_at, rule_code, incident_id, minutes_late)",
)


@migrations(name="0005_stats_indexes")
def m0005_stats_indexes(db: Database) -> None:
    run_statements(db, _SCHEMA_0005)
    set_user_version(db, 5)


# 受害森林面积 and 震级, read by the grading tables of 森林草原火灾 and 地震灾害 (issue 14); 0 is
# "not given". The audit triggers are rebuilt so that the recorded JSON carries both.
_SCHEMA_0006 = (
    "ALTER TABLE incident ADD COLUMN forest_area_ha REAL NOT NULL DEFAULT 0",
    "ALTER TABLE incident ADD COLUMN magnitude REAL NOT NULL DEFAULT 0",
)


@migrations(name="0006_incident_area_magnitude")
def m0006_incident_area_magnitude(db: Database) -> None:
    run_statements(db, _SCHEMA_0006)
    reinstall_audit(db, "incident")
    set_user_version(db, 6)


# Reporting rules as data (issue 14). rule: the condition (JSON), times of day, working days,
# recipients (JSON list), the source of the deadline and the subject (an incident, or a kind of
# duty-log entry); the first wave's `applies` values become a mode and a condition, as
# dutyroom/rules.py LEGACY_APPLIES reads them. incident: 灾情稳定 (stable_at). obligation:
# rebuilt so that a duty-log item's clock has no incident (incident_id NULL, log_entry_id), with
# its recipients (JSON list of {"unit", "done_at"}). Ids, times and states of existing
# obligations are copied unchanged: nothing is re-timed.
_SCHEMA_0007_RULE = (
    "ALTER TABLE rule ADD COLUMN condition TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE rule ADD COLUMN at_times TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE rule ADD COLUMN working_days INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rule ADD COLUMN recipients TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE rule ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE rule ADD COLUMN subject TEXT NOT NULL DEFAULT 'incident'",
    "UPDATE rule SET applies = 'once', condition = "
    """'{"min_grade": "较大", "also_flags": ["较大涉险", "敏感"]}' WHERE applies = 'major'""",
    "UPDATE rule SET applies = 'once', condition = "
    """'{"max_grade": "一般", "unless_flags": ["较大涉险", "敏感"]}' WHERE applies = 'general'""",
    "UPDATE rule SET applies = 'series', condition = "
    """'{"min_grade": "较大", "states": ["open", "stable"]}' WHERE applies = 'open_major'""",
    "UPDATE rule SET applies = 'once', condition = "
    """'{"min_grade": "较大", "states": ["closed"]}' WHERE applies = 'closing_major'""",
    "ALTER TABLE incident ADD COLUMN stable_at TEXT",
)
_OBLIGATION_COLUMNS_0001 = (
    "id, incident_id, rule_code, kind, anchor, anchor_at, due_at, sequence, status, done_at, "
    "minutes_late, cancelled_reason, created_at"
)
_SCHEMA_0007_OBLIGATION = (
    f"CREATE TABLE obligation_0007 AS SELECT {_OBLIGATION_COLUMNS_0001} FROM obligation",
    # Evidence and alarm events point at obligation ids: dropping the table orphans them until
    # the same ids are inserted again, which SQLite counts down when the checks are deferred.
    "PRAGMA defer_foreign_keys = ON",
    "DROP TABLE obligation",
    """CREATE TABLE obligation (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER REFERENCES incident(id),     -- NULL: a duty-log item's clock
    rule_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    anchor TEXT NOT NULL,
    anchor_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'pending',
    done_at TEXT,
    minutes_late INTEGER,
    cancelled_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    recipients TEXT NOT NULL DEFAULT '[]',           -- JSON [{"unit": ..., "done_at": ...}]
    log_entry_id INTEGER REFERENCES log_entry(id),
    CHECK ((incident_id IS NULL) <> (log_entry_id IS NULL))
)""",
    f"INSERT INTO obligation ({_OBLIGATION_COLUMNS_0001}) "
    f"SELECT {_OBLIGATION_COLUMNS_0001} FROM obligation_0007 ORDER BY id",
    "DROP TABLE obligation_0007",
    "CREATE INDEX obligation_status_due ON obligation (status, due_at)",
    "CREATE INDEX obligation_due ON obligation (due_at)",
    "CREATE INDEX obligation_incident ON obligation (incident_id)",
    "CREATE INDEX obligation_log_entry ON obligation (log_entry_id)",
    *_SCHEMA_0005[1:],
)


@migrations(name="0007_rules_as_data")
def m0007_rules_as_data(db: Database) -> None:
    run_statements(db, _SCHEMA_0007_RULE)
    run_statements(db, _SCHEMA_0007_OBLIGATION)
    for table in ("rule", "incident", "obligation"):
        reinstall_audit(db, table)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"0007: foreign keys broken by the obligation rebuild: {problems[:5]}")
    set_user_version(db, 7)


# 职务 of a person (issue 15): the roster for posting and the holiday 值班安排表 print it beside
# the name; it is not the 单位 column, which names where the person works.
_SCHEMA_0008 = ("ALTER TABLE person ADD COLUMN title TEXT NOT NULL DEFAULT ''",)


@migrations(name="0008_person_title")
def m0008_person_title(db: Database) -> None:
    run_statements(db, _SCHEMA_0008)
    reinstall_audit(db, "person")
    set_user_version(db, 8)


# A record that shows tampering (issue 16): every audit row carries a hash chaining it to the
# one before (db/audit_chain.py), and the triggers take the actor from the writing connection
# instead of a shared row the last writer left. Records earlier migrations changed without a
# trigger get one baseline entry first, so the check of current values starts from the truth.
@migrations(name="0009_audit_chain")
def m0009_audit_chain(db: Database) -> None:
    from db.audit import audited_tables
    from db.audit_chain import backfill, record_baseline

    db.execute("ALTER TABLE audit ADD COLUMN hash TEXT")
    record_baseline(db)
    db.execute("DROP TRIGGER audit_no_update")
    backfill(db)
    db.execute(AUDIT_NO_UPDATE)
    for table in audited_tables(db):
        reinstall_audit(db, table)
    db.execute("DROP TABLE audit_actor")
    set_user_version(db, 9)
