"""Excel files against the duty room: previews, all-or-nothing imports, month and people exports."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dutyroom.errors import DutyRoomError, ValidationError
from dutyroom.excel.people_excel import PeoplePreview, build_people_workbook, parse_people
from dutyroom.excel.roster_export import build_roster_workbook
from dutyroom.excel.roster_import import RosterPreview, RowProblem, parse_roster
from dutyroom.excel.workbook import read_sheets
from dutyroom.messages import t
from dutyroom.models import Person, Role
from dutyroom.roster_paper import holiday_paper, month_paper, people_paper

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom


class ImportProblemsError(ValidationError):
    """An import refused as a whole; `problems` lists every row that needs fixing."""

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        super().__init__(
            "file", t("导入未执行：发现{n}个问题，数据库未做任何修改", n=len(problems))
        )
        self.problems = problems


@dataclass(frozen=True, slots=True)
class RosterImportResult:
    days: int
    people_created: int
    start: date
    end: date


# ---------------------------------------------------------------------------- roster


def preview_roster_import(
    room: DutyRoom,
    path: Path,
    *,
    create_missing_people: bool = False,
    allowed: tuple[date, date] | None = None,
    sheet: str | None = None,
) -> RosterPreview:
    """Read the file (the active visible sheet first, or `sheet`) and check every row against
    the people list; writes nothing."""
    path = Path(path)
    return parse_roster(
        read_sheets(path, sheet=sheet),
        room.people.list(),
        file_name=path.name,
        create_missing=create_missing_people,
        allowed=allowed,
    )


def apply_roster_import(room: DutyRoom, preview: RosterPreview) -> RosterImportResult:
    """Write a clean preview in one transaction: new people, then the days (as manual edits)."""
    span = preview.span()
    if not preview.ok or span is None:
        raise ImportProblemsError(preview.problems or (RowProblem(0, t("没有可导入的排班")),))
    with room.atomic():
        for name, roles in preview.new_people.items():
            room.people.add(Person(name, roles))
        ids = {p.name: p.id for p in room.people.list() if p.id is not None}
        plan: dict[date, dict[Role, list[int]]] = defaultdict(dict)
        roles = preview.roles
        for imported in preview.days:
            for role in roles:
                names = imported.people.get(role, ())
                missing = [n for n in names if n not in ids]
                if missing:
                    raise ValidationError(
                        "file",
                        t("第{row}行：人员“{missing}”不存在", row=imported.row, missing=missing[0]),
                    )
                plan[imported.day][role] = [ids[n] for n in names]
        room.roster.set_days(plan)
    return RosterImportResult(len(preview.days), len(preview.new_people), *span)


def export_roster(
    room: DutyRoom, year: int, month: int, path: Path, *, maker: str | None = None
) -> Path:
    """The month roster for posting (maker: 制表人; None: the officer on duty now)."""
    paper = month_paper(room, year, month, maker=maker)
    return _save(build_roster_workbook(paper), Path(path))


def export_holiday_roster(
    room: DutyRoom, festival: str, year: int, path: Path, *, maker: str | None = None
) -> Path:
    """The holiday 值班安排表; ValidationError when the holiday's dates are not known."""
    paper = holiday_paper(room, festival, year, maker=maker)
    return _save(build_roster_workbook(paper, holiday=True), Path(path))


# ---------------------------------------------------------------------------- people


def preview_people_import(room: DutyRoom, path: Path) -> PeoplePreview:
    return parse_people(read_sheets(Path(path)), room.people.list())


def apply_people_import(room: DutyRoom, preview: PeoplePreview) -> dict[str, int]:
    """Add new people and update changed ones in one transaction; counts by change."""
    if not preview.ok:
        raise ImportProblemsError(preview.problems or (RowProblem(0, t("没有可导入的人员")),))
    with room.atomic():
        for row in preview.rows:
            if row.change == "add":
                room.people.add(row.person)
            elif row.change == "update":
                room.people.update(row.person)
    return {change: preview.count(change) for change in ("add", "update", "same")}


def export_people(room: DutyRoom, path: Path, *, maker: str | None = None) -> Path:
    """The people list with 职务 and phones (maker: 制表人; None: the officer on duty now)."""
    paper = people_paper(room, maker=maker)
    return _save(build_people_workbook(room.people.list(), paper), Path(path))


def _save(workbook: Any, path: Path) -> Path:
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("out", t("导出文件的扩展名应为 .xlsx：{name}", name=path.name))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(path)
    except PermissionError as exc:
        raise DutyRoomError(
            t("无法写入 {path}：没有权限，或文件正在 Excel 中打开", path=path)
        ) from exc
    except OSError as exc:
        raise DutyRoomError(
            t("无法写入 {path}：{value}", path=path, value=exc.strerror or exc)
        ) from exc
    return path
