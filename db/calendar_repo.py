"""Holiday days entered or corrected by hand (they win over the chinese-calendar package)."""

from __future__ import annotations

from datetime import date

from db.base_repo import BaseRepo, day_text, from_day
from dutyroom.models import DayType, HolidayOverride


class SqliteCalendarRepo(BaseRepo):
    def overrides(self) -> list[HolidayOverride]:
        rows = self._rows("SELECT * FROM holiday_override ORDER BY day")
        return [
            HolidayOverride(day=from_day(r["day"]), day_type=DayType(r["day_type"]), note=r["note"])
            for r in rows
        ]

    def set_override(self, override: HolidayOverride) -> None:
        with self._write():
            self._conn.execute(
                "INSERT INTO holiday_override (day, day_type, note) VALUES (?, ?, ?) "
                "ON CONFLICT (day) DO UPDATE SET "
                "day_type = excluded.day_type, note = excluded.note",
                (day_text(override.day), override.day_type.value, override.note),
            )

    def delete_override(self, day: date) -> None:
        """Remove the hand-made entry of `day`; nothing happens when there is none."""
        with self._write():
            self._conn.execute("DELETE FROM holiday_override WHERE day = ?", (day_text(day),))
