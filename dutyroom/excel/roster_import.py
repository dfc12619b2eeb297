"""Reading a roster table: find the header, read one day a row, list every problem by Excel row.

Pure: it takes the rows of the sheets and the people known, and returns a RosterPreview; nothing
is written here (see dutyroom.excel.transfer for the all-or-nothing apply).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from dutyroom.excel.cells import DateCellError, header_key, parse_date_cell, split_names, year_in
from dutyroom.excel.workbook import Row, Sheet, is_blank
from dutyroom.messages import joined, t
from dutyroom.models import Person, Role
from dutyroom.people_service import MAX_NAME
from dutyroom.roster import day_label

HEADER_SEARCH_ROWS = 30
_NOT_PEOPLE = ("电话", "手机", "联系", "号码", "备注", "说明")
_NOT_PEOPLE_AFTER_DATE = ("星期", "类型", "周")
# Checked in order: "值班长" before "值班", "带班领导" before anything with "值班".
_ROLE_WORDS: tuple[tuple[tuple[str, ...], Role], ...] = (
    (("值班长",), Role.CHIEF),
    (("备班",), Role.BACKUP),
    (("带班", "领导"), Role.LEADER),
    (("值班员", "值班人员", "值班"), Role.OFFICER),
)
DATE = "date"


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # Excel row number, 1-based; 0 for the file as a whole
    message: str

    def __str__(self) -> str:
        return (
            t("第{row}行：{message}", row=self.row, message=self.message)
            if self.row
            else self.message
        )


@dataclass(frozen=True, slots=True)
class ImportedDay:
    row: int
    day: date
    people: dict[Role, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class RosterPreview:
    sheet: str
    header_row: int
    days: tuple[ImportedDay, ...]
    problems: tuple[RowProblem, ...]
    new_people: dict[str, tuple[Role, ...]] = field(default_factory=dict)  # to be created
    skipped_rows: tuple[int, ...] = ()  # blank-day rows and notes under the table
    roles: tuple[Role, ...] = ()  # the table's role columns: only these are replaced on import

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.days)

    def span(self) -> tuple[date, date] | None:
        if not self.days:
            return None
        ordered = sorted(d.day for d in self.days)
        return ordered[0], ordered[-1]


def classify(value: object) -> str | Role | None:
    """What a header cell names: the date column, a role's column, or nothing we read."""
    key = header_key(value)
    if not key or len(key) > 12 or any(word in key for word in _NOT_PEOPLE):
        return None
    if "日期" in key or "时间" in key:
        return DATE
    if any(word in key for word in _NOT_PEOPLE_AFTER_DATE):
        return None
    for words, role in _ROLE_WORDS:
        if any(word in key for word in words):
            return role
    return None


@dataclass(frozen=True, slots=True)
class _Columns:
    date: int
    roles: dict[Role, list[int]]
    first_data_row: int  # Excel row number


def _columns(kinds: Sequence[str | Role | None]) -> tuple[int | None, dict[Role, list[int]]]:
    date_col = next((i for i, kind in enumerate(kinds) if kind == DATE), None)
    roles: dict[Role, list[int]] = {}
    for i, kind in enumerate(kinds):
        if isinstance(kind, Role):
            roles.setdefault(kind, []).append(i)
    return date_col, roles


def find_header(rows: Sequence[Row]) -> _Columns | None:
    """The first row with a date column and a role column; a role sub-header row below it
    (“值班人员” merged over “带班领导 | 值班员”) refines the columns."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        kinds = [classify(value) for value in row]
        date_col, roles = _columns(kinds)
        if date_col is None or not roles:
            continue
        below_row = rows[index + 1] if index + 1 < len(rows) else ()
        below = [classify(value) for value in below_row]
        # A sub-header leaves the date cell empty (merged from above); a data row fills it.
        if not _cell_text(below_row, date_col) and any(isinstance(k, Role) for k in below):
            merged = [b if isinstance(b, Role) else k for k, b in zip(kinds, below, strict=False)]
            merged += kinds[len(below) :]
            _, roles = _columns(merged)
            return _Columns(date_col, roles, index + 3)
        return _Columns(date_col, roles, index + 2)
    return None


def _cell_text(row: Row, col: int) -> str:
    return str(_cell(row, col) or "").strip()


def _year(sheet: Sheet, columns: _Columns, file_name: str) -> int | None:
    for row in sheet.rows[: columns.first_data_row - 1]:
        for value in row:
            if isinstance(value, str) and (year := year_in(value)):
                return year
    return year_in(sheet.name) or year_in(file_name)


def _cell(row: Row, col: int) -> object:
    return row[col] if col < len(row) else None


class _Reader:
    """The state of one pass over the data rows."""

    def __init__(
        self, people: Mapping[str, Person], create_missing: bool, allowed: tuple[date, date] | None
    ) -> None:
        self.people = people
        self.create_missing = create_missing
        self.allowed = allowed
        self.days: list[ImportedDay] = []
        self.problems: list[RowProblem] = []
        self.skipped: list[int] = []
        self.new_people: dict[str, list[Role]] = {}
        self.seen: dict[date, int] = {}
        self.date1904 = False

    def problem(self, row: int, message: str) -> None:
        self.problems.append(RowProblem(row, message))

    def read(self, number: int, row: Row, columns: _Columns, year: int | None) -> None:
        names = {
            role: tuple(
                dict.fromkeys(n for c in cols for n in split_names(_cell(row, c), self.people))
            )
            for role, cols in columns.roles.items()
        }
        has_names = any(names.values())
        try:
            day = parse_date_cell(_cell(row, columns.date), year, date1904=self.date1904)
        except DateCellError as exc:
            if has_names:
                self.problem(number, str(exc))
            else:
                self.skipped.append(number)  # a note under the table ("注：…"), not a day
            return
        if day is None or not has_names:
            if has_names:
                self.problem(
                    number, t("日期为空（日期单元格若是合并单元格，请取消合并并逐行填写日期）")
                )
            else:
                self.skipped.append(number)
            return
        if not self._check_day(number, day):
            return
        self._check_people(number, day, names)
        self.days.append(ImportedDay(number, day, names))

    def _check_day(self, number: int, day: date) -> bool:
        if day in self.seen:
            self.problem(
                number, t("日期{day}与第{row}行重复", day=day_label(day), row=self.seen[day])
            )
            return False
        self.seen[day] = number
        if self.allowed and not self.allowed[0] <= day <= self.allowed[1]:
            start, end = (d.isoformat() for d in self.allowed)
            self.problem(
                number,
                t(
                    "日期{day}不在导入范围（{start} 至 {end}）内",
                    day=day.isoformat(),
                    start=start,
                    end=end,
                ),
            )
            return False
        return True

    def _check_people(self, number: int, day: date, names: dict[Role, tuple[str, ...]]) -> None:
        seen_today: dict[str, Role] = {}
        for role, role_names in names.items():
            for name in role_names:
                if name in seen_today:
                    self.problem(
                        number,
                        t(
                            "{name}同时排为{other}和{role}",
                            name=name,
                            other=seen_today[name].value,
                            role=role.value,
                        ),
                    )
                seen_today[name] = role
                self._check_person(number, name, role)

    def _check_person(self, number: int, name: str, role: Role) -> None:
        person = self.people.get(name)
        if person is None:
            if len(name) > MAX_NAME:
                self.problem(
                    number, t("“{name}”不像人名（超过{n}个字）", name=name[:30], n=MAX_NAME)
                )
            elif self.create_missing:
                roles = self.new_people.setdefault(name, [])
                if role not in roles:
                    roles.append(role)
            else:
                self.problem(number, t("人员“{name}”不在人员名单中（可选择自动新建）", name=name))
        elif not person.active:
            self.problem(number, t("{name}已停用，不能排班", name=name))
        elif role not in person.roles:
            held = joined("、", (r.value for r in person.roles))
            self.problem(
                number,
                t(
                    "{name}不是{role}（人员名单中的角色：{held}）",
                    name=name,
                    role=role.value,
                    held=held,
                ),
            )


def parse_roster(
    sheets: Sequence[Sheet],
    people: Sequence[Person],
    *,
    file_name: str = "",
    create_missing: bool = False,
    allowed: tuple[date, date] | None = None,
) -> RosterPreview:
    """Read the first sheet that has a roster header; every problem carries its Excel row."""
    for sheet in sheets:
        columns = find_header(sheet.rows)
        if columns is not None:
            break
    else:
        message = t("未找到表头：前30行中需要有“日期”列和“带班领导”或“值班员”列")
        return RosterPreview("", 0, (), (RowProblem(0, message),))
    year = _year(sheet, columns, file_name)
    reader = _Reader({p.name: p for p in people}, create_missing, allowed)
    reader.date1904 = sheet.date1904
    for number in range(columns.first_data_row, len(sheet.rows) + 1):
        row = sheet.rows[number - 1]
        if not is_blank(row):
            reader.read(number, row, columns, year)
    if not reader.days and not reader.problems:
        reader.problem(0, t("工作表“{name}”表头下没有任何排班行", name=sheet.name))
    return RosterPreview(
        sheet=sheet.name,
        header_row=columns.first_data_row - 1,
        days=tuple(reader.days),
        problems=tuple(reader.problems),
        new_people={name: tuple(roles) for name, roles in reader.new_people.items()},
        skipped_rows=tuple(reader.skipped),
        roles=tuple(columns.roles),
    )
