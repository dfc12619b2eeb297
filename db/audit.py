"""Append-only audit trail kept by SQLite triggers: who changed which row, when, old and new."""

from __future__ import annotations

from collections.abc import Iterable

from db.chain_hash import ACTOR_FUNCTION, CHAIN_FUNCTION
from db.handle import Executes

AUDIT_TABLE = "audit"
ACTOR_TABLE = "audit_actor"
# json_object() takes at most 127 arguments (SQLITE_MAX_FUNCTION_ARG); wide tables are built in
# chunks with json_insert(), which, unlike json_patch(), keeps NULL values.
_PAIRS_PER_CALL = 60

AUDIT_NO_UPDATE = f"""CREATE TRIGGER audit_no_update BEFORE UPDATE ON {AUDIT_TABLE} BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END"""
_AUDIT_SCHEMA = (
    f"""CREATE TABLE {AUDIT_TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id,
    action TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    old TEXT,
    new TEXT
)""",
    f"CREATE INDEX audit_tbl_row ON {AUDIT_TABLE} (tbl, row_id)",
    f"CREATE INDEX audit_at ON {AUDIT_TABLE} (at)",
    AUDIT_NO_UPDATE,
    f"""CREATE TRIGGER audit_no_delete BEFORE DELETE ON {AUDIT_TABLE} BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END""",
    f"""CREATE TABLE {ACTOR_TABLE} (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT ''
)""",
    f"INSERT INTO {ACTOR_TABLE} (id, name) VALUES (1, '')",
)

_NOW_UTC = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
_ACTOR = f"COALESCE((SELECT name FROM {ACTOR_TABLE} WHERE id = 1), '')"


def run_statements(db: Executes, statements: Iterable[str]) -> None:
    """Execute statements one by one (sqlite-utils' executescript inside a transaction is slow)."""
    for statement in statements:
        db.execute(statement)


def create_audit_tables(db: Executes) -> None:
    """The audit table, its append-only guards and the one-row actor table."""
    run_statements(db, _AUDIT_SCHEMA)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(db: Executes, table: str) -> list[tuple[str, int]]:
    """(name, pk position) of every column, in table order."""
    rows = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    if not rows:
        raise ValueError(f"no such table: {table}")
    return [(str(row[1]), int(row[5])) for row in rows]


def json_of_row(columns: list[str], alias: str) -> str:
    """SQL building a JSON object of `alias`.column for every column (any number of columns)."""
    first, rest = columns[:_PAIRS_PER_CALL], columns[_PAIRS_PER_CALL:]
    pairs = ", ".join(f"'{name}', {alias}.{_quote(name)}" for name in first)
    expression = f"json_object({pairs})"
    while rest:
        chunk, rest = rest[:_PAIRS_PER_CALL], rest[_PAIRS_PER_CALL:]
        paths = ", ".join(f"'$.\"{name}\"', {alias}.{_quote(name)}" for name in chunk)
        expression = f"json_insert({expression}, {paths})"
    return expression


def row_key(db: Executes, table: str) -> str:
    """The column the audit rows name a record by: its single primary key, else rowid."""
    columns = _columns(db, table)
    pk_columns = [name for name, position in sorted(columns, key=lambda c: c[1]) if position > 0]
    return _quote(pk_columns[0]) if len(pk_columns) == 1 else "rowid"


def chained(db: Executes) -> bool:
    """Whether the audit table has the hash column yet (migration 0009 adds it)."""
    return any(str(row[1]) == "hash" for row in db.execute(f"PRAGMA table_info({AUDIT_TABLE})"))


def audit_trigger_sql(db: Executes, table: str) -> list[str]:
    """CREATE TRIGGER statements copying every insert, update and delete of `table` to audit.

    Since 0009 each row also carries its chain hash and the writing connection's actor, both
    from SQL functions the program registers (db/chain_hash.py); before it, the actor came from
    a shared one-row table, as the migrations up to 0008 still install it.
    """
    names = [name for name, _ in _columns(db, table)]
    key = row_key(db, table)
    has_chain = chained(db)
    statements = []
    for action, old, new in (
        ("INSERT", None, "NEW"),
        ("UPDATE", "OLD", "NEW"),
        ("DELETE", "OLD", None),
    ):
        old_sql = json_of_row(names, old) if old else "NULL"
        new_sql = json_of_row(names, new) if new else "NULL"
        row_ref = f"{new or old}.{key}"
        name = _quote(f"audit_{table}_{action.lower()}")
        if has_chain:
            body = (
                f"    INSERT INTO {AUDIT_TABLE} (at, actor, tbl, row_id, action, old, new, hash)\n"
                f"    SELECT v.at, v.actor, v.tbl, v.row_id, v.action, v.old, v.new,\n"
                f"        {CHAIN_FUNCTION}(\n"
                f"            (SELECT hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1),\n"
                f"            v.at, v.actor, v.tbl, v.row_id, v.action, v.old, v.new)\n"
                f"    FROM (SELECT {_NOW_UTC} AS at, {ACTOR_FUNCTION}() AS actor,\n"
                f"        '{table}' AS tbl,\n"
                f"        {row_ref} AS row_id, '{action}' AS action, {old_sql} AS old,\n"
                f"        {new_sql} AS new) AS v;\n"
            )
        else:
            body = (
                f"    INSERT INTO {AUDIT_TABLE} (at, actor, tbl, row_id, action, old, new)\n"
                f"    VALUES ({_NOW_UTC}, {_ACTOR}, '{table}', {row_ref}, '{action}',\n"
                f"            {old_sql}, {new_sql});\n"
            )
        statements.append(
            f"CREATE TRIGGER {name}\nAFTER {action} ON {_quote(table)} BEGIN\n{body}END"
        )
    return statements


def install_audit(db: Executes, table: str) -> None:
    """Create the audit triggers of `table`; later migrations call it for their new tables.

    A migration that adds columns to an audited table must call `reinstall_audit` so the new
    columns appear in the recorded JSON.
    """
    run_statements(db, audit_trigger_sql(db, table))


def drop_audit(db: Executes, table: str) -> None:
    for action in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS {_quote(f'audit_{table}_{action}')}")


def reinstall_audit(db: Executes, table: str) -> None:
    drop_audit(db, table)
    install_audit(db, table)


def audited_tables(db: Executes) -> list[str]:
    """Tables that carry audit triggers."""
    rows = db.execute(
        "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'audit\\_%\\_insert' ESCAPE '\\' ORDER BY tbl_name"
    ).fetchall()
    return [str(row[0]) for row in rows]
