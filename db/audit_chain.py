"""The audit trail as a hash chain, and the checks that make a rewrite of history evident.

Each audit row's hash covers the previous row's hash and its own content, computed inside the
trigger by `dutyroom_chain()`, an SQL function every program connection registers, as it does
`dutyroom_actor()` (the actor of that connection, never a shared row other writers overwrite).
A tool without these functions cannot write to an audited table at all; one that drops the
triggers to do so leaves rows whose values differ from their last audit entry, and an edit of
the audit table itself breaks the chain. `check` verifies both and names the first break; the
handover sheet and the daily log print the head (a short hash), so that a later rewrite is
evident against paper too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from db.chain_hash import chain_hash
from db.handle import Executes

SHORT = 12  # characters of the head printed on paper: 48 bits, enough to tell a rewrite
BASELINE_ACTOR = "数据库升级（基线）"


@dataclass(frozen=True, slots=True)
class Head:
    """The newest audit row: its number and hash ("" for an empty trail)."""

    audit_id: int
    hash: str

    @property
    def short(self) -> str:
        return self.hash[:SHORT]


def head(db: Executes) -> Head:
    row = db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return Head(0, "") if row is None else Head(int(row[0]), str(row[1] or ""))


AuditRow = tuple[int, str, str, str, object, str, str | None, str | None, str | None]


def _rows(db: Executes) -> Iterator[AuditRow]:
    cursor = db.execute(
        "SELECT id, at, actor, tbl, row_id, action, old, new, hash FROM audit ORDER BY id"
    )
    yield from cursor


def backfill(db: Executes) -> int:
    """Hash every audit row in id order (the migration that starts the chain); returns rows."""
    previous: str | None = None
    count = 0
    for audit_id, at, actor, table, row_id, action, old, new, _ in list(_rows(db)):
        previous = chain_hash(previous, at, actor, table, row_id, action, old, new)
        db.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, audit_id))
        count += 1
    return count


def verify_chain(db: Executes) -> list[str]:
    """The first audit row whose hash does not follow from its predecessor, and rows removed
    from the end (the AUTOINCREMENT counter is past the last row)."""
    previous: str | None = None
    last_id = 0
    for audit_id, at, actor, table, row_id, action, old, new, stored in _rows(db):
        expected = chain_hash(previous, at, actor, table, row_id, action, old, new)
        if stored != expected:
            return [
                f"审计记录链在第 {audit_id} 条处断开：该条或其前一条在程序之外被改动、插入或删除"
            ]
        previous, last_id = stored, audit_id
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    if row is not None and int(row[0]) > last_id:
        return [f"审计记录第 {last_id + 1} 至 {int(row[0])} 条已被删除（记录末尾被截去）"]
    return []


def _current_rows(db: Executes, table: str) -> dict[str, dict[str, object]]:
    from db.audit import json_of_row, row_key

    columns = [str(r[1]) for r in db.execute(f'PRAGMA table_info("{table}")').fetchall()]
    key = row_key(db, table)
    sql = f'SELECT t.{key}, {json_of_row(columns, "t")} FROM "{table}" AS t'
    return {str(row_id): json.loads(text) for row_id, text in db.execute(sql)}


def _last_entries(db: Executes, table: str) -> dict[str, tuple[int, str, dict[str, object] | None]]:
    rows = db.execute(
        "SELECT a.row_id, a.id, a.action, a.new FROM audit AS a JOIN ("
        "  SELECT row_id, max(id) AS last FROM audit WHERE tbl = ? GROUP BY row_id"
        ") AS l ON a.id = l.last",
        (table,),
    )
    return {
        str(row_id): (int(audit_id), str(action), None if new is None else json.loads(new))
        for row_id, audit_id, action, new in rows
    }


@dataclass(frozen=True, slots=True)
class Drift:
    """A record whose current values are not what its last audit entry says."""

    table: str
    row_id: str
    audit_id: int | None  # the last entry, None when the row has none
    current: dict[str, object] | None  # None: the row is gone
    recorded: dict[str, object] | None


def _audited(db: Executes) -> list[str]:
    """Tables with audit triggers or with audit rows: dropping a table's triggers does not take
    it out of the check."""
    from db.audit import audited_tables

    tables = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    logged = {str(r[0]) for r in db.execute("SELECT DISTINCT tbl FROM audit")}
    return sorted((set(audited_tables(db)) | logged) & tables)


def missing_triggers(db: Executes) -> list[str]:
    """Audited tables that lost any of their three triggers (dropped to write unseen)."""
    names = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    problems = []
    for table in _audited(db):
        gone = [a for a in ("insert", "update", "delete") if f"audit_{table}_{a}" not in names]
        if gone:
            problems.append(f"{table} 表的审计触发器（{'、'.join(gone)}）已被删除")
    for guard in ("audit_no_update", "audit_no_delete"):
        if guard not in names:
            problems.append(f"审计表的保护触发器 {guard} 已被删除")
    return problems


def drift(db: Executes) -> list[Drift]:
    """Every audited record whose values differ from its last audit entry (columns a later
    migration added are compared only once an entry records them)."""
    found: list[Drift] = []
    for table in _audited(db):
        current = _current_rows(db, table)
        last = _last_entries(db, table)
        for row_id in sorted(set(current) | set(last)):
            values = current.get(row_id)
            entry = last.get(row_id)
            if entry is None:
                found.append(Drift(table, row_id, None, values, None))
                continue
            audit_id, action, recorded = entry
            if values is None:
                if action != "DELETE":
                    found.append(Drift(table, row_id, audit_id, None, recorded))
                continue
            if action == "DELETE" or recorded is None:
                found.append(Drift(table, row_id, audit_id, values, recorded))
                continue
            shared = set(values) & set(recorded)
            if any(values[k] != recorded[k] for k in shared):
                found.append(Drift(table, row_id, audit_id, values, recorded))
    return found


def verify_state(db: Executes, limit: int = 5) -> list[str]:
    """Records changed outside the program, named (the first `limit` of them), and audit
    triggers that were dropped."""
    found = drift(db)
    problems = missing_triggers(db)
    for item in found[:limit]:
        if item.current is None:
            what = "已被删除，但审计记录中没有删除"
        elif item.audit_id is None:
            what = "没有任何审计记录（在程序之外写入）"
        else:
            what = f"的当前内容与最后一条审计记录（第 {item.audit_id} 条）不符（在程序之外被修改）"
        problems.append(f"{item.table} 第 {item.row_id} 行{what}")
    if len(found) > limit:
        problems.append(f"……共 {len(found)} 条记录与审计记录不符")
    return problems


def record_baseline(db: Executes) -> int:
    """Before the chain starts: one audit row for each record an earlier migration changed
    without a trigger (a rebuilt table, a new column filled), so that the state check starts
    from the truth; returns how many."""
    count = 0
    for item in drift(db):
        new = None if item.current is None else json.dumps(item.current, ensure_ascii=False)
        old = None if item.recorded is None else json.dumps(item.recorded, ensure_ascii=False)
        action = "DELETE" if item.current is None else "UPDATE"
        digits = item.row_id.lstrip("-").isdigit()
        row_id: object = int(item.row_id) if digits else item.row_id  # as the triggers store it
        db.execute(
            "INSERT INTO audit (at, actor, tbl, row_id, action, old, new) "
            "VALUES (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), ?, ?, ?, ?, ?, ?)",
            (BASELINE_ACTOR, item.table, row_id, action, old, new),
        )
        count += 1
    return count
