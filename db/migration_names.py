"""The names of the schema migrations, in order, readable without importing sqlite-utils."""

from __future__ import annotations

MIGRATION_SET = "dutyroom"

# Must equal the names registered in db/migrations.py, in order (tests/db/test_storage_handle.py
# checks): opening a database that has had all of these skips sqlite-utils altogether.
MIGRATION_NAMES: tuple[str, ...] = (
    "0001_initial",
    "0002_alarms_drafts",
    "0003_reference",
    "0004_incident_void",
    "0005_stats_indexes",
    "0006_incident_area_magnitude",
    "0007_rules_as_data",
    "0008_person_title",
    "0009_audit_chain",
)
