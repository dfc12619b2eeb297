"""The State Council's holiday notice read as days, checked against chinese_calendar, imported."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.calendar import HolidayCalendar, iter_days, notice_conflicts
from dutyroom.errors import ValidationError
from dutyroom.holiday_notice import FESTIVALS, WEEKDAYS, parse_notice
from dutyroom.models import DayType, HolidayOverride
from dutyroom.roster_service import NOTICE_YEARS_KEY
from dutyroom.services import DutyRoom
from tests.core.roster_helpers import make_room
from tests.storage_access import store_of

NOTICE_2026 = (Path(__file__).parent / "notice_2026.txt").read_text(encoding="utf-8")

# Not a real notice (2027's had not been published when this was written): a plausible one
# with the right weekdays, for the years the package does not know.
NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（周五）至13日（周六）放假调休，共9天。2月14日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）上班。
五、端午节：6月9日（周三）至11日（周五）放假调休，共3天。6月12日（周六）上班。
六、中秋节：9月15日（周三）至17日（周五）放假，共3天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。
9月26日（周日）、10月9日（周六）上班。
"""


def days_of(text: str, year: int | None = None) -> dict[date, tuple[DayType, str]]:
    notice = parse_notice(text, year)
    return {d.day: (d.day_type, d.festival) for d in notice.days}


# ---------------------------------------------------------------------------- the 2026 notice


def test_the_2026_notice_agrees_with_chinese_calendar_day_for_day() -> None:
    notice = parse_notice(NOTICE_2026)
    assert notice.refused == ()
    assert notice.year == 2026
    assert notice.festivals == FESTIVALS
    assert (notice.count(DayType.HOLIDAY), notice.count(DayType.MAKEUP)) == (33, 6)
    assert notice_conflicts(notice) == []
    package = HolidayCalendar()
    given_days = {d.day: d for d in notice.days}
    for day in iter_days(date(2026, 1, 1), date(2026, 12, 31)):
        info = package.info(day)
        if day in given_days:
            assert info.day_type == given_days[day].day_type, day
            assert info.name == given_days[day].festival, day
        else:
            assert info.day_type in (DayType.WORKDAY, DayType.RESTDAY), day
    makeup = sorted(d.day for d in notice.days if d.day_type == DayType.MAKEUP)
    assert [d.strftime("%m-%d") for d in makeup] == [
        "01-04", "02-14", "02-28", "05-09", "09-20", "10-10",
    ]  # fmt: skip


def test_a_2026_notice_that_disagrees_with_the_package_is_a_conflict() -> None:
    text = NOTICE_2026.replace("5月9日（周六）上班", "5月10日（周日）上班")
    notice = parse_notice(text)
    assert notice.refused == ()  # the line itself is well formed
    conflicts = notice_conflicts(notice)
    assert [(c.day, c.notice, c.package) for c in conflicts] == [
        (date(2026, 5, 9), None, DayType.MAKEUP),
        (date(2026, 5, 10), DayType.MAKEUP, DayType.RESTDAY),
    ]
    assert "2026-05-10（周日）：通知为调休补班日" in conflicts[1].message()


# ---------------------------------------------------------------------------- lines refused


def test_a_wrong_weekday_refuses_its_line_by_number_and_text() -> None:
    text = NOTICE_2026.replace("4月4日（周六）", "4月4日（周五）")
    notice = parse_notice(text)
    [refused] = notice.refused
    number = text.splitlines().index(next(x for x in text.splitlines() if "三、清明节" in x)) + 1
    assert refused.line == number
    message = str(refused)
    assert message.startswith(f"第{number}行“三、清明节：4月4日（周五）")
    assert "4月4日是周六，通知写的是周五" in message
    assert date(2026, 4, 4) not in days_of(text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("元旦：1月1日（周五）至3日（周日）放假，共4天。", "写的是共4天，1月1日至1月3日实为3天"),
        ("元旦：1月1日（周五）放假。1月4日（周一）上班。", "1月4日是周一，本来就是工作日"),
        ("元宵节：2月20日（周六）放假，共1天。", "不认识的节日名称：元宵节"),
        ("元旦：2月30日放假，共1天。", "没有这一天：2027年2月30日"),
        ("元旦：1月3日（周日）至1日（周五）放假。", "结束日期1月1日早于开始日期1月3日"),
        ("元旦：1月1日（周五）起放假三天。", "无法识别"),
        ("1月1日（周五）至3日（周日）放假，共3天。", "没有节日名称"),
        ("元旦：1日（周五）放假，共1天。", "“1日”缺少月份"),
    ],
)
def test_lines_that_do_not_parse_are_refused_with_a_reason(line: str, reason: str) -> None:
    notice = parse_notice(line, 2027)
    assert notice.refused[0].line == 1
    assert reason in str(notice.refused[0])
    assert not notice.ok


def test_a_day_given_twice_refuses_the_later_line() -> None:
    text = NOTICE_2027.replace("4月25日（周日）上班", "2月20日（周六）上班")
    [refused] = parse_notice(text).refused
    assert refused.line == 5
    assert "2月20日已在第3行出现" in str(refused)


def test_a_notice_without_all_seven_festivals_is_refused_as_a_whole() -> None:
    text = "\n".join(x for x in NOTICE_2027.splitlines() if "中秋节" not in x)
    notice = parse_notice(text)
    assert [(r.line, str(r)) for r in notice.refused] == [
        (0, "通知中没有：中秋节（完整的通知含七个节日）")
    ]
    assert not notice.ok


def test_the_year_comes_from_the_title_or_must_be_given() -> None:
    body = NOTICE_2027.split("\n", 1)[1]
    without = parse_notice(body)
    assert without.year is None and without.days == ()
    assert "没有年份" in str(without.refused[0])
    assert parse_notice(body, 2027).ok
    mismatch = parse_notice(NOTICE_2027, 2028)
    assert "通知写的是2027年，指定的年份是2028年" in str(mismatch.refused[0])


def test_prose_lines_are_passed_over_and_a_lone_workday_line_joins_the_festival_above() -> None:
    notice = parse_notice(NOTICE_2027)
    assert notice.ok
    assert days_of(NOTICE_2027)[date(2027, 10, 9)] == (DayType.MAKEUP, "国庆节")
    assert parse_notice(NOTICE_2026).ok  # addressees, closing words, signature date


def test_ranges_across_a_month_a_year_and_two_festivals_in_one_line() -> None:
    cross = days_of("国庆节、中秋节：9月30日（周三）至10月8日（周四）放假调休，共9天。", 2026)
    assert min(cross) == date(2026, 9, 30) and max(cross) == date(2026, 10, 8)
    assert set(cross.values()) == {(DayType.HOLIDAY, "国庆节、中秋节")}
    new_year = days_of("元旦：2022年12月31日（周六）至2023年1月2日（周一）放假调休，共3天。", 2023)
    assert sorted(new_year) == [date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 2)]
    half_width = days_of("元旦:1月1日(星期五)至1月3日(星期日)放假,共3天。", 2027)
    assert len(half_width) == 3


# ---------------------------------------------------------------------------- generated notices


@dataclass(frozen=True)
class Festival:
    name: str
    start: date
    length: int
    makeup: tuple[date, ...]


def _bracket(day: date, lunar: bool) -> str:
    weekday = WEEKDAYS[day.weekday()]
    return f"（农历某日、{weekday}）" if lunar else f"（{weekday}）"


@st.composite
def notices(draw: st.DrawFn) -> tuple[str, int, list[Festival]]:
    """A whole notice: seven festivals in disjoint 50-day windows, make-up weekends after each."""
    year = draw(st.integers(2000, 2100))
    festivals = []
    for i, name in enumerate(FESTIVALS):
        start = date(year, 1, 1) + timedelta(days=50 * i + draw(st.integers(0, 30)))
        length = draw(st.integers(1, 10))
        gap = [start + timedelta(days=k) for k in range(length, length + 8)]
        weekends = [d for d in gap if d.weekday() >= 5]
        makeup = tuple(sorted(draw(st.lists(st.sampled_from(weekends), max_size=2, unique=True))))
        festivals.append(Festival(name, start, length, makeup))
    lines = [draw(st.sampled_from([f"国务院办公厅关于{year}年部分节假日安排的通知", ""]))]
    lines.append("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    ordinals = "一二三四五六七"
    for i, festival in enumerate(festivals):
        lunar = draw(st.booleans())
        end = festival.start + timedelta(days=festival.length - 1)
        first = f"{festival.start.month}月{festival.start.day}日{_bracket(festival.start, lunar)}"
        if festival.length == 1:
            span = first
        else:
            same_month = end.month == festival.start.month and draw(st.booleans())
            last = f"{end.day}日" if same_month else f"{end.month}月{end.day}日"
            span = f"{first}至{last}{_bracket(end, lunar)}"
        verb = draw(st.sampled_from(["放假", "放假调休"]))
        total = draw(st.sampled_from([f"，共{festival.length}天", ""]))
        prefix = draw(st.sampled_from([f"{ordinals[i]}、", ""]))
        line = f"{prefix}{festival.name}：{span}{verb}{total}。"
        if festival.makeup:
            work = "、".join(f"{d.month}月{d.day}日{_bracket(d, False)}" for d in festival.makeup)
            separate = draw(st.booleans())
            line += f"\n{work}上班。" if separate else f"{work}上班。"
        lines.append(line)
    lines.append("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。")
    return "\n".join(lines), year, festivals


def _expected(festivals: list[Festival]) -> Iterator[tuple[date, tuple[DayType, str]]]:
    for festival in festivals:
        for k in range(festival.length):
            yield festival.start + timedelta(days=k), (DayType.HOLIDAY, festival.name)
        for day in festival.makeup:
            yield day, (DayType.MAKEUP, festival.name)


@given(notices())
def test_a_generated_notice_parses_back_to_its_days(
    generated: tuple[str, int, list[Festival]],
) -> None:
    text, year, festivals = generated
    notice = parse_notice(text, year)
    assert notice.refused == ()
    assert notice.year == year
    assert days_of(text, year) == dict(_expected(festivals))


@given(notices(), st.integers(0, 6), st.integers(1, 6))
def test_a_generated_notice_with_one_weekday_wrong_refuses_that_line(
    generated: tuple[str, int, list[Festival]], which: int, shift: int
) -> None:
    text, year, festivals = generated
    start = festivals[which].start
    right = f"{start.month}月{start.day}日（"
    lines = text.splitlines()
    number = next(i for i, x in enumerate(lines) if f"{festivals[which].name}：{right}" in x)
    wrong_day = WEEKDAYS[(start.weekday() + shift) % 7]
    line = lines[number]
    at = line.index(right) + len(right)
    close = line.index("）", at)
    lines[number] = line[:at] + line[at:close].rsplit("周", 1)[0] + wrong_day + line[close:]
    notice = parse_notice("\n".join(lines), year)
    assert [r.line for r in notice.refused] == [number + 1]
    assert f"通知写的是{wrong_day}" in str(notice.refused[0])
    assert start not in {d.day for d in notice.days}


# ---------------------------------------------------------------------------- missing years


def test_one_hand_entered_day_does_not_make_a_year_known() -> None:
    one = HolidayCalendar([HolidayOverride(date(2027, 2, 6), DayType.HOLIDAY, "春节")])
    assert one.missing_years(date(2027, 1, 1), date(2027, 12, 31)) == [2027]
    six = [
        HolidayOverride(date(2027, 1, 1 + i), DayType.HOLIDAY, f) for i, f in enumerate(FESTIVALS)
    ]
    assert HolidayCalendar(six[:6]).missing_years(date(2027, 1, 1), date(2027, 1, 1)) == [2027]
    # A 调休补班日 named after the seventh festival does not cover it either.
    makeup = HolidayOverride(date(2027, 10, 9), DayType.MAKEUP, "国庆节")
    assert HolidayCalendar([*six[:6], makeup]).missing_years(date(2027, 1, 1), date(2027, 1, 1))
    assert HolidayCalendar(six).missing_years(date(2027, 1, 1), date(2028, 1, 1)) == [2028]
    combined = [*six[:5], HolidayOverride(date(2027, 10, 1), DayType.HOLIDAY, "国庆节、中秋节")]
    assert HolidayCalendar(combined).missing_years(date(2027, 1, 1), date(2027, 1, 1)) == []


def test_a_year_with_an_imported_notice_is_known() -> None:
    cal = HolidayCalendar(notice_years=[2027])
    ordinary = cal.info(date(2027, 3, 10))  # a day the notice leaves out: a plain workday
    assert (ordinary.day_type, ordinary.known) == (DayType.WORKDAY, True)
    assert HolidayCalendar().info(date(2027, 3, 10)).known is False
    assert HolidayCalendar(notice_years=[2027]).missing_years(
        date(2027, 1, 1), date(2028, 1, 1)
    ) == [2028]


# ---------------------------------------------------------------------------- the service


@pytest.fixture
def room() -> Iterator[DutyRoom]:
    room = make_room(staff=False)
    yield room
    room.close()


def test_importing_the_2027_notice_saves_its_days_and_silences_the_warning(room: DutyRoom) -> None:
    room.calendar.set_override(date(2027, 2, 6), DayType.RESTDAY, "")
    assert room.calendar.missing_years(date(2027, 1, 1), date(2027, 12, 31)) == [2027]
    preview = room.calendar.preview_notice(NOTICE_2027)
    assert preview.ok and preview.conflicts == []
    assert [o.day for o in preview.replaced] == [date(2027, 2, 6)]
    room.calendar.import_notice(NOTICE_2027)
    assert room.calendar.missing_years(date(2027, 1, 1), date(2027, 12, 31)) == []
    assert room.calendar.notice_years() == [2027]
    assert len(room.calendar.overrides()) == 33 + 6
    spring = room.calendar.info(date(2027, 2, 6))
    assert (spring.day_type, spring.name, spring.overridden) == (DayType.HOLIDAY, "春节", True)
    assert room.calendar.info(date(2027, 2, 20)).day_type == DayType.MAKEUP


def test_a_refused_line_or_a_conflict_saves_nothing(room: DutyRoom) -> None:
    store = store_of(room)
    bad_line = NOTICE_2027.replace("4月3日（周六）", "4月3日（周日）")
    conflict = NOTICE_2026.replace("10月10日（周六）上班", "10月17日（周六）上班")
    for text in (bad_line, conflict, NOTICE_2027.split("\n", 1)[1]):
        with pytest.raises(ValidationError):
            room.calendar.import_notice(text)
        assert room.calendar.overrides() == []
        assert store.settings.get(NOTICE_YEARS_KEY) is None
    preview = room.calendar.preview_notice(conflict)
    assert [str(p)[:10] for p in preview.problems()] == ["2026-10-10", "2026-10-17"]


def test_a_damaged_notice_years_setting_leaves_the_warning_on(room: DutyRoom) -> None:
    store_of(room).settings.set(NOTICE_YEARS_KEY, "{not json")
    assert room.calendar.notice_years() == []
    assert room.calendar.missing_years(date(2027, 1, 1), date(2027, 1, 1)) == [2027]
