"""Shift templates (start, length, minimum staffing per day type and role)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Any

from db.base_repo import BaseRepo, from_time, time_text
from dutyroom.models import DayType, Role, ShiftTemplate


def minimums_json(minimums: dict[DayType, dict[Role, int]]) -> str:
    plain = {
        DayType(day).value: {Role(role).value: int(count) for role, count in roles.items()}
        for day, roles in minimums.items()
    }
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def minimums_from_json(text: str) -> dict[DayType, dict[Role, int]]:
    plain: dict[str, dict[str, int]] = json.loads(text or "{}")
    return {
        DayType(day): {Role(role): int(count) for role, count in roles.items()}
        for day, roles in plain.items()
    }


def _values(template: ShiftTemplate) -> dict[str, Any]:
    return {
        "name": template.name,
        "start_time": time_text(template.start),
        "hours": template.hours,
        "minimums": minimums_json(template.minimums),
    }


def _template(row: sqlite3.Row) -> ShiftTemplate:
    return ShiftTemplate(
        name=row["name"],
        start=from_time(row["start_time"]),
        hours=row["hours"],
        minimums=minimums_from_json(row["minimums"]),
        id=row["id"],
    )


class SqliteTemplatesRepo(BaseRepo):
    def add(self, template: ShiftTemplate) -> ShiftTemplate:
        return replace(template, id=self._insert("shift_template", _values(template)))

    def update(self, template: ShiftTemplate) -> ShiftTemplate:
        self._update("shift_template", template.id, _values(template), "班次模板")
        return template

    def list(self) -> list[ShiftTemplate]:
        return [_template(row) for row in self._rows("SELECT * FROM shift_template ORDER BY id")]

    def get(self, template_id: int) -> ShiftTemplate:
        return _template(self._get_row("shift_template", template_id, "班次模板"))
