"""People in and out of Excel: 姓名, 角色 (several, joined by 、), 单位, 手机, 办公电话."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.excel.cells import header_key, normalise, split_names
from dutyroom.excel.roster_import import HEADER_SEARCH_ROWS, RowProblem
from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border
from dutyroom.excel.workbook import Row, Sheet, is_blank
from dutyroom.messages import joined, t
from dutyroom.models import Person, Role
from dutyroom.people_service import clean_person

HEADERS = ("姓名", "角色", "单位", "手机", "办公电话", "状态")
FIELDS = ("name", "roles", "unit", "mobile", "office_phone")
_ROLE_NAMES = {
    "带班领导": Role.LEADER,
    "带班": Role.LEADER,
    "领导": Role.LEADER,
    "值班长": Role.CHIEF,
    "值班员": Role.OFFICER,
    "值班": Role.OFFICER,
    "值班人员": Role.OFFICER,
    "备班": Role.BACKUP,
}


@dataclass(frozen=True, slots=True)
class PeopleRow:
    row: int
    person: Person  # cleaned; id set when the name is already on the list
    change: str  # "add", "update" or "same"


@dataclass(frozen=True, slots=True)
class PeoplePreview:
    rows: tuple[PeopleRow, ...]
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
    if "姓名" in key or key in ("名字", "人员"):
        return "name"
    if "角色" in key or "岗位" in key or "职责" in key:
        return "roles"
    if "单位" in key or "部门" in key or "科室" in key:
        return "unit"
    if "办公" in key or "座机" in key or "固话" in key:
        return "office_phone"
    if "手机" in key or "移动" in key or "电话" in key:
        return "mobile"
    return None


def _header(rows: Sequence[Row]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, value in enumerate(row):
            name = _field_of(value)
            if name and name not in columns:
                columns[name] = col
        if "name" in columns and "roles" in columns:
            return index + 1, columns
    return None


def parse_roles(value: object) -> tuple[Role, ...]:
    """Roles in one cell ("带班领导、值班员"); ValidationError names an unknown one."""
    roles = []
    for word in split_names(value):
        role = _ROLE_NAMES.get(word)
        if role is None:
            known = joined("、", (r.value for r in Role))
            raise ValidationError(
                "roles", t("无法识别的角色“{word}”（可用：{known}）", word=word, known=known)
            )
        roles.append(role)
    return tuple(dict.fromkeys(roles))


def _person(row: Row, columns: dict[str, int]) -> Person:
    def cell(name: str) -> object:
        col = columns.get(name)
        return row[col] if col is not None and col < len(row) else None

    return clean_person(
        Person(
            name=normalise(cell("name")),
            roles=parse_roles(cell("roles")),
            unit=normalise(cell("unit")),
            mobile=normalise(cell("mobile")),
            office_phone=normalise(cell("office_phone")),
        )
    )


def parse_people(sheets: Sequence[Sheet], people: Sequence[Person]) -> PeoplePreview:
    """Every row of the first sheet with a 姓名 and 角色 header, checked like a form would be."""
    found = next(((s, h) for s in sheets if (h := _header(s.rows))), None)
    if found is None:
        return PeoplePreview((), (RowProblem(0, t("未找到表头：需要“姓名”和“角色”两列")),))
    sheet, (header_row, columns) = found
    known = {p.name: p for p in people}
    rows: list[PeopleRow] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for number in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[number - 1]
        if is_blank(row):
            continue
        try:
            person = _person(row, columns)
        except ValidationError as exc:
            problems.append(RowProblem(number, exc.message))
            continue
        if person.name in seen:
            problems.append(
                RowProblem(
                    number, t("{name}与第{row}行重名", name=person.name, row=seen[person.name])
                )
            )
            continue
        seen[person.name] = number
        existing = known.get(person.name)
        if existing is None:
            rows.append(PeopleRow(number, person, "add"))
            continue
        # The file does not say who is active: an import never reactivates anyone.
        merged = dataclasses.replace(person, id=existing.id, active=existing.active)
        rows.append(PeopleRow(number, merged, "same" if merged == existing else "update"))
    if not rows and not problems:
        problems.append(RowProblem(0, t("表头下没有任何人员")))
    return PeoplePreview(tuple(rows), tuple(problems))


def build_people_workbook(people: Sequence[Person]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    ws = workbook.active
    ws.title = "人员名单"
    border = thin_border()
    widths = {col: display_width(text) for col, text in enumerate(HEADERS, start=1)}
    for col, text in enumerate(HEADERS, start=1):
        ws.cell(1, col, text).font = Font(bold=True)
        ws.cell(1, col).border = border
    for number, person in enumerate(people, start=2):
        values = (
            person.name,
            "、".join(role.value for role in person.roles),
            person.unit,
            person.mobile,
            person.office_phone,
            "在岗" if person.active else "停用",
        )
        for col, value in enumerate(values, start=1):
            safe_value(ws.cell(number, col), value)
            ws.cell(number, col).border = border
            widths[col] = max(widths[col], display_width(value))
    fit_columns(ws, widths)
    ws.freeze_panes = "A2"
    a4_landscape(ws, "1:1")
    return workbook
