"""People in and out of Excel: 姓名, 职务, 角色 (several, joined by 、), 单位, 手机, 办公电话."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.excel.cells import header_key, normalise, split_names
from dutyroom.excel.roster_export import PAGE_FOOTER
from dutyroom.excel.roster_import import HEADER_SEARCH_ROWS, RowProblem
from dutyroom.excel.style import a4_landscape, display_width, fit_columns, safe_value, thin_border
from dutyroom.excel.workbook import Row, Sheet, is_blank
from dutyroom.messages import joined, t
from dutyroom.models import Person, Role
from dutyroom.people_service import clean_person
from dutyroom.roster_paper import RosterPaper

HEADERS = ("序号", "姓名", "职务", "角色", "单位", "手机", "办公电话", "状态")
FIELDS = ("name", "title", "roles", "unit", "mobile", "office_phone")
HEADER_ROW = 3  # under the title and the duty phone line
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
    if "职务" in key or "职位" in key or key == "职称":
        return "title"
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
            title=normalise(cell("title")),
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


def build_people_workbook(people: Sequence[Person], head: RosterPaper) -> Any:
    """The list for filing and sending up: title, duty phone, one row a person, 制表人, date and
    page numbers in the footer; it reads back as a people import."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    ws = workbook.active
    ws.title = "人员名单"
    border = thin_border()
    last = len(HEADERS)
    for row, text, size in ((1, head.title, 18), (2, head.contact_line(), 11)):
        safe_value(ws.cell(row, 1), text)
        ws.cell(row, 1).font = Font(size=size, bold=row == 1)
        ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    ws.row_dimensions[1].height = 34
    ws.row_dimensions[2].height = 20
    widths = {col: display_width(text) for col, text in enumerate(HEADERS, start=1)}
    for col, text in enumerate(HEADERS, start=1):
        cell = ws.cell(HEADER_ROW, col, text)
        cell.font = Font(bold=True)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for number, person in enumerate(people, start=1):
        values = (
            number,
            person.name,
            person.title,
            "、".join(role.value for role in person.roles),
            person.unit,
            person.mobile,
            person.office_phone,
            "在岗" if person.active else "停用",
        )
        row = HEADER_ROW + number
        for col, value in enumerate(values, start=1):
            safe_value(ws.cell(row, col), value)
            ws.cell(row, col).border = border
            if col in (1, last):
                ws.cell(row, col).alignment = Alignment(horizontal="center")
            widths[col] = max(widths[col], display_width(str(value)))
        ws.row_dimensions[row].height = 20
    fit_columns(ws, widths)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1).coordinate
    a4_landscape(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.page_margins.bottom = 0.7
    ws.page_margins.footer = 0.3
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        footer.left.text = head.maker_text()
        footer.center.text = PAGE_FOOTER
        footer.right.text = head.date_text()
    return workbook
