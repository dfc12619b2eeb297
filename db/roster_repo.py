"""The roster: assignments per day, swaps (串班/代班) and sign-ins (签到/签退)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from db.base_repo import (
    BaseRepo,
    day_text,
    day_text_opt,
    from_day,
    from_day_opt,
    from_ts,
    from_ts_opt,
    ts,
    ts_opt,
)
from dutyroom.errors import NotFoundError
from dutyroom.models import Assignment, Role, SignIn, Swap, SwapKind

# Roles sort in the order of the enum (带班领导 first), not alphabetically.
_ROLE_ORDER = "CASE role " + " ".join(
    f"WHEN '{role.value}' THEN {i}" for i, role in enumerate(Role)
)
_ROLE_ORDER += f" ELSE {len(Role)} END"


def _assignment(row: sqlite3.Row) -> Assignment:
    return Assignment(
        day=from_day(row["day"]),
        role=Role(row["role"]),
        person_id=row["person_id"],
        template_id=row["template_id"],
        manual=bool(row["manual"]),
    )


def _swap(row: sqlite3.Row) -> Swap:
    return Swap(
        kind=SwapKind(row["kind"]),
        day=from_day(row["day"]),
        role=Role(row["role"]),
        from_person_id=row["from_person_id"],
        to_person_id=row["to_person_id"],
        requested_by=row["requested_by"],
        approved_by=row["approved_by"],
        reason=row["reason"],
        other_day=from_day_opt(row["other_day"]),
        created_at=from_ts_opt(row["created_at"]),
        undone=bool(row["undone"]),
        id=row["id"],
    )


def _sign_in(row: sqlite3.Row) -> SignIn:
    return SignIn(
        person_id=row["person_id"],
        shift_start=from_ts(row["shift_start"]),
        signed_in_at=from_ts_opt(row["signed_in_at"]),
        signed_out_at=from_ts_opt(row["signed_out_at"]),
        id=row["id"],
    )


class SqliteRosterRepo(BaseRepo):
    def assignments(self, start: date, end: date) -> list[Assignment]:
        rows = self._rows(
            "SELECT * FROM assignment WHERE day BETWEEN ? AND ? "
            f"ORDER BY day, {_ROLE_ORDER}, person_id, template_id",
            (day_text(start), day_text(end)),
        )
        return [_assignment(row) for row in rows]

    def replace_days(self, days: Sequence[date], assignments: Sequence[Assignment]) -> None:
        with self._write():
            self._conn.executemany(
                "DELETE FROM assignment WHERE day = ?", [(day_text(day),) for day in days]
            )
            self._conn.executemany(
                "INSERT INTO assignment (day, role, person_id, template_id, manual) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (day_text(a.day), a.role.value, a.person_id, a.template_id, int(a.manual))
                    for a in assignments
                ],
            )

    def add_swap(self, swap: Swap) -> Swap:
        new_id = self._insert(
            "swap",
            {
                "kind": swap.kind.value,
                "day": day_text(swap.day),
                "role": swap.role.value,
                "from_person_id": swap.from_person_id,
                "to_person_id": swap.to_person_id,
                "requested_by": swap.requested_by,
                "approved_by": swap.approved_by,
                "reason": swap.reason,
                "other_day": day_text_opt(swap.other_day),
                "created_at": ts_opt(swap.created_at),
                "undone": int(swap.undone),
            },
        )
        return replace(swap, id=new_id)

    def swaps(self, start: date, end: date) -> list[Swap]:
        """Swaps touching start..end (inclusive) on either of their days, oldest first."""
        rows = self._rows(
            "SELECT * FROM swap WHERE day BETWEEN ?1 AND ?2 OR other_day BETWEEN ?1 AND ?2 "
            "ORDER BY day, id",
            (day_text(start), day_text(end)),
        )
        return [_swap(row) for row in rows]

    def mark_swap_undone(self, swap_id: int) -> None:
        with self._write():
            cursor = self._conn.execute("UPDATE swap SET undone = 1 WHERE id = ?", (swap_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"找不到调班记录（编号 {swap_id}）")

    def upsert_sign_in(self, sign_in: SignIn) -> SignIn:
        """One row per person and shift: a second call updates the times."""
        params = (
            sign_in.person_id,
            ts(sign_in.shift_start),
            ts_opt(sign_in.signed_in_at),
            ts_opt(sign_in.signed_out_at),
        )
        with self._write():
            self._conn.execute(
                "INSERT INTO sign_in (person_id, shift_start, signed_in_at, signed_out_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (person_id, shift_start) DO UPDATE SET "
                "signed_in_at = excluded.signed_in_at, signed_out_at = excluded.signed_out_at",
                params,
            )
        row_id = self._scalar(
            "SELECT id FROM sign_in WHERE person_id = ? AND shift_start = ?", params[:2]
        )
        return replace(sign_in, id=int(row_id))

    def sign_ins(self, shift_start: datetime) -> list[SignIn]:
        rows = self._rows(
            "SELECT * FROM sign_in WHERE shift_start = ? ORDER BY id", (ts(shift_start),)
        )
        return [_sign_in(row) for row in rows]
