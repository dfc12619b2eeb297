"""People on the duty list and their leave."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from db.base_repo import BaseRepo, conflict, day_text, from_day, unique_violation
from dutyroom.errors import NotFoundError
from dutyroom.models import Leave, Person, Role

ROLE_SEPARATOR = "、"


def _values(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "roles": ROLE_SEPARATOR.join(role.value for role in person.roles),
        "unit": person.unit,
        "title": person.title,
        "mobile": person.mobile,
        "office_phone": person.office_phone,
        "active": int(person.active),
    }


def _person(row: sqlite3.Row) -> Person:
    roles = str(row["roles"])
    return Person(
        name=row["name"],
        roles=tuple(Role(part) for part in roles.split(ROLE_SEPARATOR)) if roles else (),
        unit=row["unit"],
        title=row["title"],
        mobile=row["mobile"],
        office_phone=row["office_phone"],
        active=bool(row["active"]),
        id=row["id"],
    )


def _leave(row: sqlite3.Row) -> Leave:
    return Leave(
        person_id=row["person_id"],
        start=from_day(row["start_day"]),
        end=from_day(row["end_day"]),
        reason=row["reason"],
        id=row["id"],
    )


class SqlitePeopleRepo(BaseRepo):
    def add(self, person: Person) -> Person:
        try:
            new_id = self._insert("person", _values(person))
        except sqlite3.IntegrityError as exc:
            if unique_violation(exc):
                raise conflict(f"已有同名人员：{person.name}", exc) from exc
            raise
        return replace(person, id=new_id)

    def update(self, person: Person) -> Person:
        try:
            self._update("person", person.id, _values(person), "人员")
        except sqlite3.IntegrityError as exc:
            if unique_violation(exc):
                raise conflict(f"已有同名人员：{person.name}", exc) from exc
            raise
        return person

    def get(self, person_id: int) -> Person:
        return _person(self._get_row("person", person_id, "人员"))

    def by_name(self, name: str) -> Person | None:
        row = self._row("SELECT * FROM person WHERE name = ?", (name,))
        return None if row is None else _person(row)

    def add_leave(self, leave: Leave) -> Leave:
        if leave.end < leave.start:
            raise ValueError("leave ends before it starts")
        self.get(leave.person_id)
        new_id = self._insert(
            "leave",
            {
                "person_id": leave.person_id,
                "start_day": day_text(leave.start),
                "end_day": day_text(leave.end),
                "reason": leave.reason,
            },
        )
        return replace(leave, id=new_id)

    def leaves(self, person_id: int | None = None) -> list[Leave]:
        if person_id is None:
            rows = self._rows("SELECT * FROM leave ORDER BY start_day, id")
        else:
            rows = self._rows(
                "SELECT * FROM leave WHERE person_id = ? ORDER BY start_day, id", (person_id,)
            )
        return [_leave(row) for row in rows]

    def delete_leave(self, leave_id: int) -> None:
        with self._write():
            cursor = self._conn.execute("DELETE FROM leave WHERE id = ?", (leave_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"找不到请假记录（编号 {leave_id}）")

    def list(self, *, active_only: bool = False) -> list[Person]:
        where = "WHERE active = 1" if active_only else ""
        return [_person(row) for row in self._rows(f"SELECT * FROM person {where} ORDER BY id")]
