"""What the roster says on paper, for the month sheet posted on the wall (值班表公示) and for the
holiday 值班安排表 sent up to 政府办 before each holiday: titles, the bureau's 值班时间 and
值班电话/传真, each person with 职务 and phone, 制表人 and date, and a warning on every day whose
holiday arrangement is not known. The workbook (dutyroom/excel/roster_export.py) and the printed
roster (ui/roster_print.py) both render this; neither decides content of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dutyroom.calendar import DayInfo, HolidayCalendar, iter_days, package_knows
from dutyroom.errors import ValidationError
from dutyroom.holiday_notice import FESTIVALS
from dutyroom.messages import joined, t
from dutyroom.models import DayType, Person, Role
from dutyroom.roster_service import month_range

if TYPE_CHECKING:
    from dutyroom.services import DutyRoom

WEEKDAYS = "一二三四五六日"
ROLE_ORDER = (Role.LEADER, Role.CHIEF, Role.OFFICER, Role.BACKUP)
ALWAYS = (Role.LEADER, Role.OFFICER)
# Days the 全国年节及纪念日放假办法 fixes by the solar calendar: known to be 法定节假日 even before
# the year's notice, though the notice decides the 调休 around them. Lunar festivals are not
# guessed.
FIXED_FESTIVALS: dict[tuple[int, int], str] = {
    (1, 1): t("元旦"),
    (5, 1): t("劳动节"),
    (5, 2): t("劳动节"),
    (10, 1): t("国庆节"),
    (10, 2): t("国庆节"),
    (10, 3): t("国庆节"),
}
# The holiday search starts in late December: 元旦 periods may begin on 30 or 31 December.
_NEW_YEAR_LEAD = timedelta(days=12)
_MAKEUP_REACH = timedelta(days=15)  # 调休上班 days lie within two weeks of their holiday


@dataclass(frozen=True, slots=True)
class PaperPerson:
    name: str
    title: str  # 职务
    phone: str  # 手机, else the office phone


@dataclass(frozen=True, slots=True)
class PaperDay:
    day: date
    day_type: DayType
    type_text: str  # "法定节假日（国庆节）", "工作日（待核）"
    known: bool  # False: no holiday data for the day; the sheet must not state its type as fact
    people: dict[Role, tuple[PaperPerson, ...]]
    notes: tuple[str, ...] = ()

    @property
    def weekday(self) -> str:
        return weekday_text(self.day)


@dataclass(frozen=True, slots=True)
class RosterPaper:
    """One sheet: a month roster or a holiday 值班安排表."""

    title: str
    bureau: str
    duty_hours: str
    duty_phone: str
    duty_fax: str
    roles: tuple[Role, ...]  # columns, in order
    days: tuple[PaperDay, ...]
    warnings: tuple[str, ...]  # printed above the table, in red
    notes: tuple[str, ...]  # printed under the table (调休上班, legend)
    maker: str  # 制表人; empty leaves a line to sign on
    made_on: date

    def contact_line(self) -> str:
        """值班时间、值班电话、值班传真 as one line; a setting left empty is left off."""
        parts = [t("值班时间：{hours}", hours=self.duty_hours)]
        if self.duty_phone:
            parts.append(t("值班电话：{phone}", phone=self.duty_phone))
        if self.duty_fax:
            parts.append(t("值班传真：{fax}", fax=self.duty_fax))
        return "　　".join(parts)

    def maker_text(self) -> str:
        return t("制表人：{name}", name=self.maker or "＿＿＿＿")

    def date_text(self) -> str:
        return t("制表日期：{date}", date=date_text(self.made_on))


def weekday_text(day: date) -> str:
    return t("星期{w}", w=WEEKDAYS[day.weekday()])


def date_text(day: date) -> str:
    return t("{y}年{m}月{d}日", y=day.year, m=day.month, d=day.day)


def paper_person(person: Person) -> PaperPerson:
    phone = person.mobile or (
        t("{phone}（办）", phone=person.office_phone) if person.office_phone else ""
    )
    return PaperPerson(person.name, person.title, phone)


def default_maker(room: DutyRoom) -> str:
    """The officer on duty now (the one who makes the table in practice), else nobody."""
    status, _ = room.roster.now_and_next()
    for group in (status.officers, status.chiefs):
        if group:
            return group[0].name
    return ""


def missing_warning(years: list[int]) -> str:
    listed = joined("、", [t("{year}年", year=y) for y in sorted(set(years))])
    return t(
        "注意：{years}节假日安排尚未公布/未导入，节假日按工作日显示，请核对"
        "（以国务院办公厅放假通知为准；导入通知后重新导出）",
        years=listed,
    )


def legend(missing: bool) -> str:
    if missing:
        return t(
            "红色底：法定节假日（双带双值）；黄色底：调休补班日；灰色底：节假日安排未导入，待核。"
        )
    return t("红色底：法定节假日（双带双值）；黄色底：调休补班日。")


def type_text(info: DayInfo) -> str:
    if not info.known:
        fixed = FIXED_FESTIVALS.get((info.day.month, info.day.day))
        if fixed:
            return t("{festival}（待核）", festival=fixed)
        return t("{type}（待核）", type=info.day_type)
    if info.name and info.day_type in (DayType.HOLIDAY, DayType.MAKEUP):
        return t("{type}（{name}）", type=info.day_type, name=info.name)
    return str(info.day_type)


def _unknown_note(info: DayInfo) -> str:
    fixed = FIXED_FESTIVALS.get((info.day.month, info.day.day))
    if not fixed:
        return ""
    return t(
        "{festival}为法定节假日，放假安排未导入，本日按{type}排班",
        festival=fixed,
        type=info.day_type,
    )


def _crews(room: DutyRoom, start: date, end: date) -> dict[date, dict[Role, list[PaperPerson]]]:
    people = {p.id: p for p in room.people.list() if p.id is not None}
    template_id = room.roster.template().id
    crews: dict[date, dict[Role, list[PaperPerson]]] = defaultdict(lambda: defaultdict(list))
    for a in room.roster.assignments(start, end):
        person = people.get(a.person_id)
        if person is not None and a.template_id == template_id:
            crews[a.day][a.role].append(paper_person(person))
    return crews


def _roles(crews: dict[date, dict[Role, list[PaperPerson]]]) -> tuple[Role, ...]:
    used = {role for crew in crews.values() for role, people in crew.items() if people}
    return tuple(r for r in ROLE_ORDER if r in ALWAYS or r in used)


def _day(info: DayInfo, crew: dict[Role, list[PaperPerson]], notes: list[str]) -> PaperDay:
    people = {role: tuple(group) for role, group in crew.items()}
    extra = [] if info.known else [n for n in (_unknown_note(info),) if n]
    return PaperDay(info.day, info.day_type, type_text(info), info.known, people, (*extra, *notes))


def _base(room: DutyRoom) -> tuple[str, str, str, str]:
    paper = room.bureau.paper()
    return room.bureau.name(), paper.duty_hours, paper.duty_phone, paper.duty_fax


def month_paper(room: DutyRoom, year: int, month: int, *, maker: str | None = None) -> RosterPaper:
    """The month roster for posting: every day, the roster's problems in its notes."""
    start, end = month_range(year, month)
    crews = _crews(room, start, end)
    notes: dict[date, list[str]] = defaultdict(list)
    for problem in room.roster.validate(start, end):
        if problem.code != "holiday_data_missing":  # said once, above the table
            notes[problem.day].append(problem.detail or problem.message)
    days = [_day(room.calendar.info(d), crews.get(d, {}), notes[d]) for d in iter_days(start, end)]
    missing = room.calendar.missing_years(start, end)
    bureau, hours, phone, fax = _base(room)
    return RosterPaper(
        title=t("{bureau}{year}年{month}月值班表", bureau=bureau, year=year, month=month),
        bureau=bureau,
        duty_hours=hours,
        duty_phone=phone,
        duty_fax=fax,
        roles=_roles(crews),
        days=tuple(days),
        warnings=(missing_warning(missing),) if missing else (),
        notes=(legend(bool(missing)),),
        maker=default_maker(room) if maker is None else maker.strip(),
        made_on=room.today(),
    )


# ---------------------------------------------------------------------------- holidays


def holiday_period(calendar: HolidayCalendar, festival: str, year: int) -> list[DayInfo]:
    """The days off of the year's festival (the weekend days inside it too), from the package
    or the imported notice; ValidationError in Chinese when they are not known."""
    festival = festival.strip()
    if festival not in FESTIVALS:
        raise ValidationError(
            "holiday",
            t(
                "无法识别的节日：{name}（可用：{known}）",
                name=festival,
                known=joined("、", FESTIVALS),
            ),
        )
    if not 2000 <= year <= 2100:
        raise ValidationError("year", t("年份超出范围（2000–2100年）"))
    runs: list[list[DayInfo]] = []
    run: list[DayInfo] = []
    for day in iter_days(date(year, 1, 1) - _NEW_YEAR_LEAD, date(year, 12, 31)):
        info = calendar.info(day)
        if info.known and info.day_type is DayType.HOLIDAY:
            run.append(info)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    new_year = date(year, 1, 1)
    for found in runs:
        named = [i for i in found if festival in i.name]
        if festival == FESTIVALS[0]:
            if any(i.day == new_year for i in named):
                return found
        elif any(i.day.year == year for i in named):
            return found
    if year in calendar.missing_years(date(year, 1, 1), date(year, 12, 31)) or (
        not package_knows(year) and not runs
    ):
        raise ValidationError(
            "holiday",
            t(
                "{year}年{festival}的放假日期未知：{year}年节假日安排尚未公布或未导入。"
                "请在“设置→节假日”中导入国务院办公厅的放假通知后再导出",
                year=year,
                festival=festival,
            ),
        )
    raise ValidationError(
        "holiday", t("节假日数据中没有{year}年{festival}的放假日期", year=year, festival=festival)
    )


def _festival_names(period: list[DayInfo], festival: str) -> str:
    names: list[str] = [festival]
    for info in period:
        for name in FESTIVALS:
            if name in info.name and name not in names:
                names.append(name)
    return joined("、", names)


def _makeup_note(calendar: HolidayCalendar, period: list[DayInfo]) -> str:
    start, end = period[0].day, period[-1].day
    days = [
        d
        for d in iter_days(start - _MAKEUP_REACH, end + _MAKEUP_REACH)
        if calendar.info(d).day_type is DayType.MAKEUP
    ]
    if not days:
        return ""
    listed = joined("、", [t("{date}（{w}）", date=date_text(d), w=weekday_text(d)) for d in days])
    return t("调休上班：{days}", days=listed)


def holiday_paper(
    room: DutyRoom, festival: str, year: int, *, maker: str | None = None
) -> RosterPaper:
    """The holiday 值班安排表 for 政府办: each day of the period, leader and officers with 职务 and
    手机, the duty phone; a day nobody is rostered on is named in the warnings."""
    calendar = room.calendar.holiday_calendar()
    period = holiday_period(calendar, festival, year)
    start, end = period[0].day, period[-1].day
    crews = _crews(room, start, end)
    days = [_day(info, crews.get(info.day, {}), []) for info in period]
    unstaffed = [d.day for d in days if not any(d.people.get(r) for r in ALWAYS)]
    warnings = []
    if unstaffed:
        listed = joined("、", [t("{m}月{d}日", m=d.month, d=d.day) for d in unstaffed])
        warnings.append(t("注意：{days}尚未排班", days=listed))
    bureau, hours, phone, fax = _base(room)
    names = _festival_names(period, festival.strip())
    notes: list[str] = [
        t(
            "假期：{start}至{end}，共{n}天。",
            start=date_text(start),
            end=date_text(end),
            n=len(period),
        )
    ]
    makeup = _makeup_note(calendar, period)
    if makeup:
        notes.append(makeup)
    return RosterPaper(
        title=t(
            "{bureau}{year}年{festival}假期值班安排表", bureau=bureau, year=year, festival=names
        ),
        bureau=bureau,
        duty_hours=hours,
        duty_phone=phone,
        duty_fax=fax,
        roles=ALWAYS,
        days=tuple(days),
        warnings=tuple(warnings),
        notes=tuple(notes),
        maker=default_maker(room) if maker is None else maker.strip(),
        made_on=room.today(),
    )


def people_paper(room: DutyRoom, *, maker: str | None = None) -> RosterPaper:
    """The head and foot of the people list (title, duty phone, 制表人, date); no days."""
    bureau, hours, phone, fax = _base(room)
    return RosterPaper(
        title=t("{bureau}值班人员名单", bureau=bureau),
        bureau=bureau,
        duty_hours=hours,
        duty_phone=phone,
        duty_fax=fax,
        roles=(),
        days=(),
        warnings=(),
        notes=(),
        maker=default_maker(room) if maker is None else maker.strip(),
        made_on=room.today(),
    )
