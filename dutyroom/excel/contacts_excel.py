"""Contacts in and out of Excel, all or nothing with a preview (the pattern of excel/transfer.py).

Columns: 名称/姓名, 类别, 单位, 职务, 电话, 手机, 乡镇, 备注. A row with the name and unit of a
stored contact updates that contact instead of adding a second one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dutyroom.directory import clean_contact
from dutyroom.errors import ValidationError
from dutyroom.excel.cells import header_key, normalise
from dutyroom.excel.roster_import import HEADER_SEARCH_ROWS, RowProblem
from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border
from dutyroom.excel.transfer import ImportProblemsError, _save
from dutyroom.excel.workbook import Row, Sheet, is_blank, read_sheets
from dutyroom.messages import joined, t
from dutyroom.models import Contact, ContactKind

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

HEADERS = ("名称", "类别", "单位", "职务", "电话", "手机", "乡镇", "备注")
FIELDS = ("name", "kind", "unit", "title", "phone", "mobile", "township", "note")
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("名称", "姓名", "联系人")),
    ("kind", ("类别", "类型", "分类")),
    ("mobile", ("手机", "移动")),
    ("phone", ("电话", "座机", "固话", "号码")),
    ("unit", ("单位", "部门")),
    ("title", ("职务", "岗位")),
    ("township", ("乡镇", "街道")),
    ("note", ("备注", "说明")),
)


@dataclass(frozen=True, slots=True)
class ContactRow:
    row: int
    contact: Contact
    change: str  # "add", "update" or "same"


@dataclass(frozen=True, slots=True)
class ContactsPreview:
    rows: tuple[ContactRow, ...]
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def count(self, change: str) -> int:
        return sum(1 for row in self.rows if row.change == change)


def _field_of(value: object) -> str | None:
    key = header_key(value)
    if not key or len(key) > 10:
        return None
    return next((f for f, words in _KEYWORDS if any(w in key for w in words)), None)


def _header(rows: Sequence[Row]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, value in enumerate(row):
            name = _field_of(value)
            if name and name not in columns:
                columns[name] = col
        if "name" in columns and ("phone" in columns or "mobile" in columns):
            return index + 1, columns
    return None


def parse_kind(value: object) -> ContactKind:
    text = normalise(value)
    if not text:
        return ContactKind.OTHER
    for kind in ContactKind:
        if text == kind.value or text in kind.value:
            return kind
    known = joined("、", (k.value for k in ContactKind))
    raise ValidationError(
        "kind", t("无法识别的类别“{text}”（可用：{known}）", text=text, known=known)
    )


def _contact(row: Row, columns: dict[str, int]) -> Contact:
    def cell(name: str) -> str:
        col = columns.get(name)
        return normalise(row[col]) if col is not None and col < len(row) else ""

    kind_col = columns.get("kind")
    kind = parse_kind(row[kind_col] if kind_col is not None and kind_col < len(row) else None)
    return clean_contact(
        Contact(
            name=cell("name"),
            kind=kind,
            unit=cell("unit"),
            title=cell("title"),
            phone=cell("phone"),
            mobile=cell("mobile"),
            township=cell("township"),
            note=cell("note"),
        )
    )


def parse_contacts(sheets: Sequence[Sheet], existing: Sequence[Contact]) -> ContactsPreview:
    """Every row under a header with 名称 and a phone column, checked like the form checks it."""
    found = next(((s, h) for s in sheets if (h := _header(s.rows))), None)
    if found is None:
        return ContactsPreview((), (RowProblem(0, t("未找到表头：需要“名称”和“电话”或“手机”列")),))
    sheet, (header_row, columns) = found
    known = {(c.name, c.unit): c for c in existing}
    rows: list[ContactRow] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for number in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[number - 1]
        if is_blank(row):
            continue
        try:
            contact = _contact(row, columns)
        except ValidationError as exc:
            problems.append(RowProblem(number, exc.message))
            continue
        key = (contact.name, contact.unit)
        if key in seen:
            problems.append(
                RowProblem(number, t("“{name}”与第{row}行重复", name=contact.name, row=seen[key]))
            )
            continue
        seen[key] = number
        stored = known.get(key)
        if stored is None:
            rows.append(ContactRow(number, contact, "add"))
        else:
            merged = dataclasses.replace(contact, id=stored.id)
            rows.append(ContactRow(number, merged, "same" if merged == stored else "update"))
    if not rows and not problems:
        problems.append(RowProblem(0, t("表头下没有任何联系人")))
    return ContactsPreview(tuple(rows), tuple(problems))


def preview_contacts_import(room: DutyRoom, path: Path) -> ContactsPreview:
    """Read and check the file; writes nothing."""
    return parse_contacts(read_sheets(Path(path)), room.directory.contacts())


def apply_contacts_import(room: DutyRoom, preview: ContactsPreview) -> dict[str, int]:
    """Write a clean preview in one transaction; counts by change."""
    if not preview.ok:
        raise ImportProblemsError(preview.problems or (RowProblem(0, t("没有可导入的联系人")),))
    room.directory.save_contacts(
        [row.contact for row in preview.rows if row.change == "add"],
        [row.contact for row in preview.rows if row.change == "update"],
    )
    return {change: preview.count(change) for change in ("add", "update", "same")}


def build_contacts_workbook(contacts: Sequence[Contact]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    ws = workbook.active
    ws.title = "通讯录"
    border = thin_border()
    widths = {col: display_width(text) for col, text in enumerate(HEADERS, start=1)}
    for col, text in enumerate(HEADERS, start=1):
        ws.cell(1, col, text).font = Font(bold=True)
        ws.cell(1, col).border = border
    for number, contact in enumerate(contacts, start=2):
        for col, name in enumerate(FIELDS, start=1):
            value = contact.kind.value if name == "kind" else getattr(contact, name)
            # Numbers stay text: "0731-…" must keep its leading zero and its dash.
            safe_value(ws.cell(number, col), value)
            ws.cell(number, col).number_format = "@"
            ws.cell(number, col).border = border
            widths[col] = max(widths[col], display_width(value))
    fit_columns(ws, widths)
    ws.freeze_panes = "A2"
    a4_landscape(ws, "1:1")
    return workbook


def export_contacts(room: DutyRoom, path: Path) -> Path:
    return _save(build_contacts_workbook(room.directory.contacts()), Path(path))
