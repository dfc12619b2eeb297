"""What the roster page reads from the facade for one month, and the publish conversation."""

from __future__ import annotations

import calendar as _calendar
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from dutyroom.calendar import iter_days
from dutyroom.errors import DutyRoomError
from dutyroom.models import Assignment, Person, Role, Swap
from dutyroom.roster import FairnessRow, Problem
from dutyroom.roster_service import PublishNeedsConfirmationError
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.roster_model import RosterDayRow, swap_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterOps", text)


def month_days(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class MonthData:
    year: int
    month: int
    rows: list[RosterDayRow]
    problems: list[Problem]
    fairness: list[tuple[Person, FairnessRow]]
    swaps: list[Swap]
    missing_message: str
    published: bool


def _published(room: DutyRoom, year: int, month: int) -> bool:
    return room.roster.month_state(year, month).published


def load_month(room: DutyRoom, year: int, month: int) -> MonthData:
    """Everything the page shows for one month, read in one go (on events, never on the tick)."""
    start, end = month_days(year, month)
    template = room.roster.template()
    assignments = [
        a
        for a in room.roster.assignments(start, end)
        if template.id is None or a.template_id == template.id
    ]
    people = room.people.list()
    by_id = {p.id: p for p in people if p.id is not None}
    names = {pid: p.name for pid, p in by_id.items()}
    problems = room.roster.validate(start, end)
    swaps = [s for s in room.roster.swaps(start, end) if not s.undone]
    by_day: dict[date, list[Assignment]] = defaultdict(list)
    for a in assignments:
        by_day[a.day].append(a)
    problems_by_day: dict[date, list[Problem]] = defaultdict(list)
    for problem in problems:
        if problem.code == "holiday_data_missing":
            continue  # one message for the year, shown above the grid
        problems_by_day[problem.day].append(problem)
    swaps_by_day: dict[date, list[tuple[Swap, str]]] = defaultdict(list)
    for swap in swaps:
        for day in {swap.day, swap.other_day or swap.day}:
            swaps_by_day[day].append((swap, swap_text(swap, names)))
    rows = []
    for day in iter_days(start, end):
        info = room.calendar.info(day)
        on_day = by_day.get(day, [])
        people_by_role: dict[Role, tuple[Person, ...]] = {
            role: tuple(
                by_id[a.person_id] for a in on_day if a.role is role and a.person_id in by_id
            )
            for role in Role
        }
        short = frozenset(
            role
            for role in Role
            if sum(1 for a in on_day if a.role is role) < template.minimum(info.day_type, role)
        )
        rows.append(
            RosterDayRow(
                day=day,
                info=info,
                people=people_by_role,
                swaps=tuple(swaps_by_day.get(day, ())),
                problems=tuple(problems_by_day.get(day, ())),
                manual=any(a.manual for a in on_day),
                short_roles=short,
            )
        )
    fair = room.roster.fairness(start, end)
    fairness = sorted(
        ((by_id[pid], row) for pid, row in fair.items() if pid in by_id),
        key=lambda item: (-item[1].shifts, item[0].name),
    )
    missing = core_text(room.calendar.missing_message(room.calendar.missing_years(start, end)))
    return MonthData(
        year, month, rows, problems, fairness, swaps, missing, _published(room, year, month)
    )


def eligible_people(room: DutyRoom, role: Role) -> list[Person]:
    return [p for p in room.people.list() if p.active and role in p.roles]


def previous_month(year: int, month: int) -> tuple[int, int]:
    first = date(year, month, 1) - timedelta(days=1)
    return first.year, first.month


def next_month(year: int, month: int) -> tuple[int, int]:
    after = date(year, month, 28) + timedelta(days=4)
    return after.year, after.month


def publish_month(
    room: DutyRoom, parent: Any, confirm: Callable[[Any, str], bool], month: tuple[int, int]
) -> tuple[str, bool] | None:
    """Publish; when the service lists problems, ask (listing them) and publish on yes."""
    year, number = month
    publish = room.roster.publish
    try:
        publish(year, number)
    except PublishNeedsConfirmationError as exc:
        listed = "\n".join(f"· {core_text(p.message)}" for p in exc.problems[:30])
        more = _tr("\n……共{n}个问题").format(n=len(exc.problems)) if len(exc.problems) > 30 else ""
        question = _tr("{message}：\n{listed}{more}\n\n仍然发布？").format(
            message=core_text(exc.message), listed=listed, more=more
        )
        if not confirm(parent, question):
            return None
        try:
            publish(year, number, confirm_problems=True)
        except DutyRoomError as again:
            return core_text(again.message), True
    except DutyRoomError as exc:
        return core_text(exc.message), True
    return _tr("{year}年{month}月排班已发布").format(year=year, month=number), False
