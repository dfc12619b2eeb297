"""The duty roster: shifts in time, rotation, validation, swaps and who is on duty at an instant."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from dutyroom.calendar import HolidayCalendar
from dutyroom.errors import ValidationError
from dutyroom.messages import Text, joined, t
from dutyroom.models import (
    Assignment,
    DayType,
    Leave,
    Person,
    Role,
    ShiftTemplate,
    Swap,
    SwapKind,
)

_ONE_DAY = timedelta(days=1)
_ROLE_ORDER: tuple[Role, ...] = (Role.LEADER, Role.CHIEF, Role.OFFICER, Role.BACKUP)
_ORDINARY = {Role.LEADER: 1, Role.OFFICER: 1}
_DOUBLE = {Role.LEADER: 2, Role.OFFICER: 2}  # 双带双值

DEFAULT_TEMPLATE = ShiftTemplate(
    name=t("24小时班"),
    start=time(8, 30),
    hours=24,
    minimums={
        DayType.WORKDAY: dict(_ORDINARY),
        DayType.RESTDAY: dict(_ORDINARY),
        DayType.MAKEUP: dict(_ORDINARY),
        DayType.HOLIDAY: dict(_DOUBLE),
    },
)


def day_label(day: date) -> str:
    return t("{month}月{day}日", month=day.month, day=day.day)


# ---------------------------------------------------------------------------- shifts in time


@dataclass(frozen=True, slots=True)
class Shift:
    """One shift of a template on a day, with its start and end."""

    template: ShiftTemplate
    day: date  # the roster day: the date the shift starts on
    start: datetime
    end: datetime


def shift_for_day(template: ShiftTemplate, day: date, tz: tzinfo) -> Shift:
    """The shift of a roster day; wall-clock arithmetic keeps handover at the template's time."""
    start = datetime.combine(day, template.start, tzinfo=tz)
    return Shift(template, day, start, start + timedelta(hours=template.hours))


def shift_at(template: ShiftTemplate, at: datetime, tz: tzinfo) -> Shift:
    """The latest shift starting at or before `at`: for a 24-hour template the one holding it."""
    local = at.astimezone(tz)
    shift = shift_for_day(template, local.date(), tz)
    if shift.start > at:
        shift = shift_for_day(template, local.date() - _ONE_DAY, tz)
    return shift


def next_shift(template: ShiftTemplate, at: datetime, tz: tzinfo) -> Shift:
    """The first shift that starts after `at`."""
    return shift_for_day(template, shift_at(template, at, tz).day + _ONE_DAY, tz)


# ---------------------------------------------------------------------------- helpers


def _template_id(template: ShiftTemplate) -> int:
    # An unsaved template (tests, the CLI demo) files its assignments under id 0.
    return template.id if template.id is not None else 0


def _of_template(assignments: Iterable[Assignment], template: ShiftTemplate) -> list[Assignment]:
    if template.id is None:
        return list(assignments)
    return [a for a in assignments if a.template_id == template.id]


def _by_day(assignments: Iterable[Assignment]) -> dict[date, list[Assignment]]:
    result: dict[date, list[Assignment]] = defaultdict(list)
    for a in assignments:
        result[a.day].append(a)
    return result


def _on_leave(leaves: Iterable[Leave]) -> dict[int, list[Leave]]:
    result: dict[int, list[Leave]] = defaultdict(list)
    for leave in leaves:
        result[leave.person_id].append(leave)
    return result


def _leave_on(leaves: dict[int, list[Leave]], person_id: int, day: date) -> Leave | None:
    return next((lv for lv in leaves.get(person_id, ()) if lv.start <= day <= lv.end), None)


def _required_roles(
    template: ShiftTemplate, day_type: DayType, special: Mapping[Role, int] | None = None
) -> list[tuple[Role, int]]:
    """Roles with a minimum on this day: the template's for the day type, raised by any special
    period (汛期, 重要活动) covering it; 值班长 and 备班 only when one of them asks."""
    special = special or {}
    needed = (
        (role, max(template.minimum(day_type, role), special.get(role, 0))) for role in _ROLE_ORDER
    )
    return [(role, count) for role, count in needed if count > 0]


# ---------------------------------------------------------------------------- generation


def _queues(people: Sequence[Person], history: Sequence[Assignment]) -> dict[Role, deque[int]]:
    """One rotation queue per role, starting after the last person who served it in history."""
    queues: dict[Role, deque[int]] = {}
    for role in _ROLE_ORDER:
        ids = sorted(p.id for p in people if p.id is not None and p.active and role in p.roles)
        queue = deque(ids)
        served = [a for a in history if a.role is role]
        if served and ids:
            last_day = max(a.day for a in served)
            last = _last_served(ids, {a.person_id for a in served if a.day == last_day})
            # Continue with the first id after the last one served, even if that person has left.
            after = [i for i in ids if i > last]
            queue.rotate(-(ids.index(after[0]) if after else 0))
        queues[role] = queue
    return queues


def _last_served(ids: list[int], together: set[int]) -> int:
    """Who came last of several people on one day (双带双值), in the cyclic rotation by id.

    The store returns a day's assignments ordered by person, so the pick order is lost: of {1, 6}
    out of 1..6 the rotation wrapped around and 1 came last.
    """
    ends = [
        pid
        for i, pid in enumerate(ids)
        if pid in together and ids[(i + 1) % len(ids)] not in together
    ]
    return ends[0] if len(ends) == 1 else max(together)


@dataclass(slots=True)
class _Rotation:
    """The generation state: queues, who served on which day, and turns already taken by hand."""

    queues: dict[Role, deque[int]]
    leaves: dict[int, list[Leave]]
    avoid_back_to_back: bool
    served: dict[date, set[int]] = field(default_factory=lambda: defaultdict(set))
    # A manual shift stands for one rotation turn: it is spent when the person's turn comes up.
    credits: Counter[tuple[Role, int]] = field(default_factory=Counter)

    def can_serve(self, day: date, pid: int) -> bool:
        return pid not in self.served[day] and _leave_on(self.leaves, pid, day) is None

    def _spend_credits(self, day: date, role: Role) -> None:
        queue = self.queues[role]
        for pid in list(queue):
            if self.credits[(role, pid)] > 0:
                self.credits[(role, pid)] -= 1
                queue.remove(pid)
                queue.append(pid)
            elif self.can_serve(day, pid):
                return

    def pick(self, day: date, role: Role) -> int | None:
        """The first person in the queue who can serve; back-to-back only if nobody else can."""
        self._spend_credits(day, role)
        free = [pid for pid in self.queues[role] if self.can_serve(day, pid)]
        if self.avoid_back_to_back:
            # The day after matters too: a manual day may already be fixed there.
            around = self.served[day - _ONE_DAY] | self.served[day + _ONE_DAY]
            rested = [pid for pid in free if pid not in around]
            free = rested or free
        if not free:
            return None
        # The person picked goes to the back; anyone skipped stays in front for the next turn.
        self.queues[role].remove(free[0])
        self.queues[role].append(free[0])
        self.served[day].add(free[0])
        return free[0]


def _manual_days(keep: Iterable[Assignment], wanted: set[date]) -> dict[date, list[Assignment]]:
    """Days to keep as they are: those with at least one assignment edited by hand."""
    by_day = _by_day(a for a in keep if a.day in wanted)
    return {day: on_day for day, on_day in by_day.items() if any(a.manual for a in on_day)}


def generate(
    days: Sequence[date],
    template: ShiftTemplate,
    people: Sequence[Person],
    leaves: Sequence[Leave],
    calendar: HolidayCalendar,
    *,
    history: Sequence[Assignment] = (),
    keep: Sequence[Assignment] = (),
) -> list[Assignment]:
    """Fill the days by rotation: one queue per role; the person picked goes to the back.

    A person skipped (leave, already on that day, back-to-back) stays at the front and gets the
    next turn, so over a month every member of a role serves within one shift of the others, and
    holiday and weekend slots fall to whoever is next rather than to fixed people. Days with a
    manual assignment in `keep` are kept as they are; each manual shift replaces one of that
    person's rotation turns in the range. Short days are left short for `validate` to report.
    """
    wanted = set(days)
    rotation = _Rotation(_queues(people, history), _on_leave(leaves), template.hours >= 24)
    for a in history:
        if a.day not in wanted:  # history is for continuity only, never for the days being filled
            rotation.served[a.day].add(a.person_id)
    kept = _manual_days(keep, wanted)
    for on_day in kept.values():
        for a in on_day:
            rotation.served[a.day].add(a.person_id)
            rotation.credits[(a.role, a.person_id)] += 1
    result: list[Assignment] = []
    for day in sorted(wanted):
        if day in kept:
            result.extend(kept[day])
            continue
        for role, count in _required_roles(
            template, calendar.day_type(day), calendar.minimums_on(day)
        ):
            for _ in range(count):
                pid = rotation.pick(day, role)
                if pid is None:
                    break
                result.append(Assignment(day, role, pid, _template_id(template)))
    return result


# ---------------------------------------------------------------------------- validation


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a roster day (a gap, a conflict), for the person to fix.

    `message` names the day ("12月3日（工作日）值班员不足…"); `detail` is the same without the
    day, for a row that already shows it (empty when the message names no day)."""

    day: date
    severity: str  # "error" or "warning"
    code: str
    message: str
    detail: str = ""


def _problem(day: date, severity: str, code: str, where: str, detail: Text) -> Problem:
    """`where` (the day, maybe with its type or the role) and `detail` make the message."""
    return Problem(day, severity, code, t("{where}{detail}", where=where, detail=detail), detail)


def _staffing_problems(
    day: date, calendar: HolidayCalendar, on_day: Sequence[Assignment], template: ShiftTemplate
) -> list[Problem]:
    problems = []
    info = calendar.info(day)
    day_type = info.day_type
    for role, needed in _required_roles(template, day_type, calendar.minimums_on(day)):
        have = sum(1 for a in on_day if a.role is role)
        if have < needed:
            kind = joined("·", [part for part in (day_type.value, info.special) if part])
            where = t("{day}（{kind}）", day=day_label(day), kind=kind)
            text = _short_staffed(role, needed, have)
            problems.append(_problem(day, "error", "short_staffed", where, text))
    return problems


def _short_staffed(role: Role, needed: int, have: int) -> Text:
    return t("{role}不足：需要{needed}人，已排{have}人", role=role, needed=needed, have=have)


def _person_problems(
    day: date,
    on_day: Sequence[Assignment],
    previous: set[int],
    people: dict[int, Person],
    leaves: dict[int, list[Leave]],
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[int] = set()
    label = day_label(day)
    for a in on_day:
        person = people.get(a.person_id)
        name = person.name if person else t("编号{person_id}", person_id=a.person_id)
        role = a.role
        if person is None:
            text = t("{role}：人员{name}不存在", role=role, name=name)
            problems.append(_problem(day, "error", "unknown_person", label, text))
        elif not person.active:
            text = t("{role}：{name}已停用，不能排班", role=role, name=name)
            problems.append(_problem(day, "error", "inactive", label, text))
        leave = _leave_on(leaves, a.person_id, day)
        if leave is not None:
            why = t("（{reason}）", reason=leave.reason) if leave.reason else ""
            text = t("{role}：{name}正在请假{why}", role=role, name=name, why=why)
            problems.append(_problem(day, "error", "on_leave", label, text))
        if a.person_id in seen:
            text = t("{name}在同一班次重复排班", name=name)
            problems.append(_problem(day, "error", "duplicate", t("{day}：", day=label), text))
        elif a.person_id in previous:
            text = t("{name}连续两天值24小时班", name=name)
            problems.append(_problem(day, "warning", "back_to_back", t("{day}：", day=label), text))
        seen.add(a.person_id)
    return problems


def validate(
    days: Sequence[date],
    assignments: Sequence[Assignment],
    template: ShiftTemplate,
    people: Sequence[Person],
    leaves: Sequence[Leave],
    calendar: HolidayCalendar,
) -> list[Problem]:
    """Every rule of §1 the roster breaks: errors must be fixed, warnings are shown."""
    ordered = sorted(set(days))
    problems: list[Problem] = []
    if ordered:
        for year in calendar.missing_years(ordered[0], ordered[-1]):
            first = next(d for d in ordered if d.year == year)
            message = calendar.message_for_missing([year])
            problems.append(Problem(first, "warning", "holiday_data_missing", message))
    by_day = _by_day(_of_template(assignments, template))
    people_by_id = {p.id: p for p in people if p.id is not None}
    leave_map = _on_leave(leaves)
    check_b2b = template.hours >= 24
    for day in ordered:
        on_day = by_day.get(day, [])
        previous = {a.person_id for a in by_day.get(day - _ONE_DAY, [])} if check_b2b else set()
        problems += _staffing_problems(day, calendar, on_day, template)
        problems += _person_problems(day, on_day, previous, people_by_id, leave_map)
    return problems


# ---------------------------------------------------------------------------- fairness


@dataclass(frozen=True, slots=True)
class FairnessRow:
    """One person's share of a period's shifts, hours, holidays and weekends."""

    person_id: int
    shifts: int = 0
    hours: int = 0
    holiday_shifts: int = 0
    weekend_shifts: int = 0  # 休息日 (a 调休补班日 is worked like a weekday)
    by_role: dict[Role, int] = field(default_factory=dict)


def fairness(
    assignments: Iterable[Assignment], calendar: HolidayCalendar, template: ShiftTemplate
) -> dict[int, FairnessRow]:
    """Shifts, hours, holiday and weekend shifts per person."""
    rows: dict[int, FairnessRow] = {}
    for a in _of_template(assignments, template):
        row = rows.get(a.person_id) or FairnessRow(a.person_id)
        day_type = calendar.day_type(a.day)
        by_role = dict(row.by_role)
        by_role[a.role] = by_role.get(a.role, 0) + 1
        rows[a.person_id] = dataclasses.replace(
            row,
            shifts=row.shifts + 1,
            hours=row.hours + template.hours,
            holiday_shifts=row.holiday_shifts + (day_type is DayType.HOLIDAY),
            weekend_shifts=row.weekend_shifts + (day_type is DayType.RESTDAY),
            by_role=by_role,
        )
    return rows


# ---------------------------------------------------------------------------- swaps


def _find(assignments: Sequence[Assignment], day: date, person_id: int, role: Role | None) -> int:
    for i, a in enumerate(assignments):
        if a.day == day and a.person_id == person_id and (role is None or a.role is role):
            return i
    return -1


def _require(assignments: list[Assignment], day: date, person_id: int, role: Role | None) -> int:
    index = _find(assignments, day, person_id, role)
    if index < 0:
        what = role.value if role else t("班次")
        raise ValidationError(
            "from_person_id",
            t("{day}的{what}中没有该人员，无法换班", day=day_label(day), what=what),
        )
    return index


def _must_be_free(assignments: list[Assignment], day: date, person_id: int) -> None:
    if _find(assignments, day, person_id, None) >= 0:
        raise ValidationError(
            "to_person_id", t("该人员{day}已在班，不能重复排班", day=day_label(day))
        )


def apply_swap(assignments: Sequence[Assignment], swap: Swap) -> list[Assignment]:
    """The roster after a 代班 (to replaces from on day) or 串班 (from on day ↔ to on other_day)."""
    result = list(assignments)
    i = _require(result, swap.day, swap.from_person_id, swap.role)
    if swap.kind is SwapKind.COVER:
        _must_be_free(result, swap.day, swap.to_person_id)
        result[i] = dataclasses.replace(result[i], person_id=swap.to_person_id, manual=True)
        return result
    if swap.other_day is None:
        raise ValidationError("other_day", t("串班需要填写对调的日期"))
    j = _find(result, swap.other_day, swap.to_person_id, swap.role)
    if j < 0:
        j = _require(result, swap.other_day, swap.to_person_id, None)
    if swap.other_day != swap.day:
        _must_be_free(result, swap.day, swap.to_person_id)
        _must_be_free(result, swap.other_day, swap.from_person_id)
    a, b = result[i], result[j]
    result[i] = dataclasses.replace(a, person_id=b.person_id, manual=True)
    result[j] = dataclasses.replace(b, person_id=a.person_id, manual=True)
    return result


def invert_swap(swap: Swap) -> Swap:
    """The swap that undoes `swap` when applied after it (both kinds: the people trade places)."""
    return dataclasses.replace(
        swap, from_person_id=swap.to_person_id, to_person_id=swap.from_person_id, id=None
    )


# ---------------------------------------------------------------------------- who is on duty


@dataclass(frozen=True, slots=True)
class DutyStatus:
    """Who is on duty at a moment, by role, and what is wrong with that shift."""

    at: datetime
    shift: Shift
    day_type: DayType
    leaders: tuple[Person, ...]
    chiefs: tuple[Person, ...]
    officers: tuple[Person, ...]
    backups: tuple[Person, ...]
    problems: tuple[str, ...]


def on_duty(
    at: datetime,
    template: ShiftTemplate,
    assignments: Sequence[Assignment],
    people: Sequence[Person],
    calendar: HolidayCalendar,
    tz: tzinfo,
) -> DutyStatus:
    """Who is on the shift containing `at`, and what is missing from it."""
    shift = shift_at(template, at, tz)
    day_type = calendar.day_type(shift.day)
    people_by_id = {p.id: p for p in people if p.id is not None}
    crew: dict[Role, list[Person]] = {role: [] for role in _ROLE_ORDER}
    problems: list[str] = []
    for a in _of_template(assignments, template):
        if a.day != shift.day:
            continue
        person = people_by_id.get(a.person_id)
        if person is None:
            problems.append(
                t("{role}：人员编号{person_id}不存在", role=a.role.value, person_id=a.person_id)
            )
        else:
            crew[a.role].append(person)
    for role, needed in _required_roles(template, day_type, calendar.minimums_on(shift.day)):
        have = len(crew[role])
        if have == 0:
            problems.append(t("未排{role}", role=role.value))
        elif have < needed:
            problems.append(_short_staffed(role, needed, have))
    return DutyStatus(
        at=at,
        shift=shift,
        day_type=day_type,
        leaders=tuple(crew[Role.LEADER]),
        chiefs=tuple(crew[Role.CHIEF]),
        officers=tuple(crew[Role.OFFICER]),
        backups=tuple(crew[Role.BACKUP]),
        problems=tuple(problems),
    )


def duty_now_and_next(
    at: datetime,
    template: ShiftTemplate,
    assignments: Sequence[Assignment],
    people: Sequence[Person],
    calendar: HolidayCalendar,
    tz: tzinfo,
) -> tuple[DutyStatus, DutyStatus]:
    """The current shift and the one that takes over next (for the dashboard and handover)."""
    now = on_duty(at, template, assignments, people, calendar, tz)
    upcoming = next_shift(template, at, tz).start
    return now, on_duty(upcoming, template, assignments, people, calendar, tz)
