"""The reference shelf: documents (应急预案…), the reporting checklist, the reporting duties."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from db.base_repo import BaseRepo, from_ts_opt, ts_opt
from dutyroom.errors import NotFoundError
from dutyroom.reference import ProcedureStep, ReferenceDocument, ReportingDuty


def _document_values(document: ReferenceDocument) -> dict[str, Any]:
    return {
        "title": document.title,
        "category": document.category,
        "file": document.file,
        "note": document.note,
        "added_at": ts_opt(document.added_at),
    }


def _document(row: sqlite3.Row) -> ReferenceDocument:
    return ReferenceDocument(
        title=row["title"],
        category=row["category"],
        file=row["file"],
        note=row["note"],
        added_at=from_ts_opt(row["added_at"]),
        id=row["id"],
    )


class SqliteReferenceRepo(BaseRepo):
    def add_document(self, document: ReferenceDocument) -> ReferenceDocument:
        return replace(document, id=self._insert("reference_document", _document_values(document)))

    def update_document(self, document: ReferenceDocument) -> ReferenceDocument:
        self._update("reference_document", document.id, _document_values(document), "资料")
        return document

    def get_document(self, document_id: int) -> ReferenceDocument:
        return _document(self._get_row("reference_document", document_id, "资料"))

    def delete_document(self, document_id: int) -> None:
        with self._write():
            cursor = self._conn.execute(
                "DELETE FROM reference_document WHERE id = ?", (document_id,)
            )
        if cursor.rowcount == 0:
            raise NotFoundError(f"找不到资料（编号 {document_id}）")

    def documents(self) -> list[ReferenceDocument]:
        rows = self._rows("SELECT * FROM reference_document ORDER BY category, title, id")
        return [_document(row) for row in rows]

    def procedure(self) -> list[ProcedureStep]:
        rows = self._rows("SELECT * FROM procedure_step ORDER BY position, id")
        return [
            ProcedureStep(row["stage"], row["text"], row["position"], row["id"]) for row in rows
        ]

    def replace_procedure(self, steps: Sequence[ProcedureStep]) -> None:
        # The list is edited as a whole (reordering included): replace it in one transaction.
        with self._write():
            self._conn.execute("DELETE FROM procedure_step")
            self._conn.executemany(
                "INSERT INTO procedure_step (position, stage, text) VALUES (?, ?, ?)",
                [(i, step.stage, step.text) for i, step in enumerate(steps)],
            )

    def reporting_duties(self) -> list[ReportingDuty]:
        rows = self._rows("SELECT * FROM reporting_duty ORDER BY position, id")
        return [
            ReportingDuty(
                row["event_kind"],
                row["department"],
                row["contact"],
                row["note"],
                row["position"],
                row["id"],
            )
            for row in rows
        ]

    def replace_reporting_duties(self, duties: Sequence[ReportingDuty]) -> None:
        with self._write():
            self._conn.execute("DELETE FROM reporting_duty")
            self._conn.executemany(
                "INSERT INTO reporting_duty (position, event_kind, department, contact, note) "
                "VALUES (?, ?, ?, ?, ?)",
                [(i, d.event_kind, d.department, d.contact, d.note) for i, d in enumerate(duties)],
            )
