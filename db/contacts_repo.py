"""The contact directory (通讯录)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from db.base_repo import BaseRepo
from dutyroom.errors import NotFoundError
from dutyroom.models import Contact, ContactKind

_FIELDS = ("name", "unit", "title", "phone", "mobile", "township", "note")


def _values(contact: Contact) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(contact, name) for name in _FIELDS}
    values["kind"] = contact.kind.value
    return values


def _contact(row: sqlite3.Row) -> Contact:
    return Contact(
        kind=ContactKind(row["kind"]), id=row["id"], **{name: row[name] for name in _FIELDS}
    )


class SqliteContactsRepo(BaseRepo):
    def add(self, contact: Contact) -> Contact:
        return replace(contact, id=self._insert("contact", _values(contact)))

    def update(self, contact: Contact) -> Contact:
        self._update("contact", contact.id, _values(contact), "联系人")
        return contact

    def get(self, contact_id: int) -> Contact:
        return _contact(self._get_row("contact", contact_id, "联系人"))

    def delete(self, contact_id: int) -> None:
        with self._write():
            cursor = self._conn.execute("DELETE FROM contact WHERE id = ?", (contact_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"找不到联系人（编号 {contact_id}）")

    def list(self) -> list[Contact]:
        return [_contact(row) for row in self._rows("SELECT * FROM contact ORDER BY id")]
