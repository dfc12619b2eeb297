"""Bureau settings that belong to the record (name, time zone, grading switches)."""

from __future__ import annotations

from db.base_repo import BaseRepo


class SqliteBureauSettingsRepo(BaseRepo):
    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._scalar("SELECT value FROM bureau_setting WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        with self._write():
            self._conn.execute(
                "INSERT INTO bureau_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                "WHERE value IS NOT excluded.value",
                (key, str(value)),
            )

    def all(self) -> dict[str, str]:
        rows = self._conn.execute("SELECT key, value FROM bureau_setting ORDER BY key").fetchall()
        return {str(key): str(value) for key, value in rows}
