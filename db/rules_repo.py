"""The bureau's reporting rules, stored as data and replaced as a whole."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import time

from db.base_repo import BaseRepo, conflict, opt_int, unique_violation
from dutyroom.models import Anchor, ObligationKind, Rule
from dutyroom.rules import condition_from_dict, rule_to_dict

_COLUMNS = (
    "code",
    "name",
    "kind",
    "applies",
    "anchor",
    "offset_minutes",
    "repeat_minutes",
    "repeat_minutes_major",
    "warn_minutes",
    "critical_minutes",
    "enabled",
    "condition",
    "at_times",
    "working_days",
    "recipients",
    "source",
    "subject",
)


def _rule(row: sqlite3.Row) -> Rule:
    return Rule(
        code=row["code"],
        name=row["name"],
        kind=ObligationKind(row["kind"]),
        applies=row["applies"],
        anchor=Anchor(row["anchor"]),
        offset_minutes=row["offset_minutes"],
        repeat_minutes=opt_int(row["repeat_minutes"]),
        repeat_minutes_major=opt_int(row["repeat_minutes_major"]),
        warn_minutes=row["warn_minutes"],
        critical_minutes=row["critical_minutes"],
        enabled=bool(row["enabled"]),
        condition=condition_from_dict(json.loads(row["condition"])),
        at_times=tuple(time.fromisoformat(at) for at in row["at_times"].split(",") if at),
        working_days=row["working_days"],
        recipients=tuple(json.loads(row["recipients"])),
        source=row["source"],
        subject=row["subject"],
        id=row["id"],
    )


class SqliteRulesRepo(BaseRepo):
    def list(self) -> list[Rule]:
        """Rules in the order they were given to replace_all()."""
        return [_rule(row) for row in self._rows("SELECT * FROM rule ORDER BY id")]

    def replace_all(self, rules: Sequence[Rule]) -> None:
        marks = ", ".join("?" for _ in _COLUMNS)
        params = [
            (
                r.code,
                r.name,
                r.kind.value,
                r.applies,
                r.anchor.value,
                r.offset_minutes,
                r.repeat_minutes,
                r.repeat_minutes_major,
                r.warn_minutes,
                r.critical_minutes,
                int(r.enabled),
                json.dumps(rule_to_dict(r)["condition"], ensure_ascii=False),
                ",".join(at.strftime("%H:%M") for at in r.at_times),
                r.working_days,
                json.dumps(list(r.recipients), ensure_ascii=False),
                r.source,
                r.subject,
            )
            for r in rules
        ]
        try:
            with self._write():
                self._conn.execute("DELETE FROM rule")
                self._conn.executemany(
                    f"INSERT INTO rule ({', '.join(_COLUMNS)}) VALUES ({marks})", params
                )
        except sqlite3.IntegrityError as exc:
            if unique_violation(exc):
                raise conflict("规则编码重复，未保存任何规则", exc) from exc
            raise
