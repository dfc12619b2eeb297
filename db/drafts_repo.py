"""Drafts of open forms, saved every few seconds so that a crash loses nothing."""

from __future__ import annotations

import json
import sqlite3

from db.base_repo import BaseRepo, from_ts, ts
from dutyroom.models import Draft


def _draft(row: sqlite3.Row) -> Draft:
    try:
        payload = json.loads(row["payload"])
    except json.JSONDecodeError:
        payload = {}  # a draft is a convenience: an unreadable one must not stop the app
    return Draft(
        form=row["form"],
        key=row["key"],
        payload=payload if isinstance(payload, dict) else {},
        saved_at=from_ts(row["saved_at"]),
    )


class SqliteDraftsRepo(BaseRepo):
    def save(self, draft: Draft) -> Draft:
        """Insert or replace the draft of (form, key) in one transaction."""
        with self._write():
            self._conn.execute(
                "INSERT INTO draft (form, key, payload, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (form, key) DO UPDATE SET "
                "payload = excluded.payload, saved_at = excluded.saved_at",
                (
                    draft.form,
                    draft.key,
                    json.dumps(draft.payload, ensure_ascii=False),
                    ts(draft.saved_at),
                ),
            )
        return draft

    def get(self, form: str, key: str) -> Draft | None:
        row = self._row("SELECT * FROM draft WHERE form = ? AND key = ?", (form, key))
        return None if row is None else _draft(row)

    def delete(self, form: str, key: str) -> None:
        with self._write():
            self._conn.execute("DELETE FROM draft WHERE form = ? AND key = ?", (form, key))

    def all(self) -> list[Draft]:
        rows = self._rows("SELECT * FROM draft ORDER BY saved_at DESC, form, key")
        return [_draft(row) for row in rows]
