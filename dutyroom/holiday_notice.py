"""The State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) read as days.

The notice has fixed-shape lines, one per festival:

    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。

Every line that looks like an arrangement (a date and 放假 or 上班) must parse completely, or it is
refused with its number and text: a wrong weekday in brackets usually means a typing error, and
a guessed day would put the wrong people on duty. Prose lines (addressees, closing words, the
signature) are passed over. Pure: no Qt, no storage; the package comparison is in calendar.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dutyroom.messages import Text, joined, t
from dutyroom.models import DayType

FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_WEEKDAY_CHARS = "一二三四五六日"
MIN_YEAR, MAX_YEAR = 2000, 2100
_LINE_SHOWN = 90  # characters of a refused line quoted back

_DATE = (
    r"(?:(?P<{p}y>\d{{4}})年)?(?:(?P<{p}m>\d{{1,2}})月)?(?P<{p}d>\d{{1,2}})日"
    r"(?:（(?P<{p}b>[^）]*)）)?"
)
_HOLIDAY = re.compile(
    _DATE.format(p="a")
    + r"(?:至"
    + _DATE.format(p="z")
    + r")?放假(?:调休)?(?:，与周末连休)?(?:，共(?P<n>\d+)天)?"
)
_ONE_DATE = re.compile(_DATE.format(p="o"))
_WORKDAYS = re.compile(r"(?:" + _DATE.format(p="w") + r"、?)+上班")
_LOOKS_LIKE_DAY = re.compile(r"\d{1,2}日")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[、.．]|（[一二三四五六七八九十]+）)")
_LABEL = re.compile(r"^(?P<label>[^：:，。\d]{1,24})[：:]")
_YEAR_IN_TEXT = (
    re.compile(r"关于(\d{4})年[^，。]*节假日安排"),
    re.compile(r"现将(\d{4})年"),
    re.compile(r"(\d{4})年部分节假日"),
)
_WEEKDAY_IN_BRACKET = re.compile(r"(?:周|星期)([一二三四五六日天])")


@dataclass(frozen=True, slots=True)
class NoticeDay:
    """A day the notice gives: 法定节假日 (weekends in the range too) or 调休补班日."""

    day: date
    day_type: DayType
    festival: str  # "春节", or "国庆节、中秋节" where one line covers two
    line: int


@dataclass(frozen=True, slots=True)
class RefusedLine:
    """A line that could not be read as it stands; line 0 is the notice as a whole."""

    line: int
    text: str
    reason: Text

    def message(self) -> Text:
        if self.line == 0:
            return self.reason
        return t("第{n}行“{text}”：{reason}", n=self.line, text=self.text, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message())


@dataclass(frozen=True, slots=True)
class ParsedNotice:
    year: int | None
    days: tuple[NoticeDay, ...]
    refused: tuple[RefusedLine, ...]
    festivals: tuple[str, ...] = field(default=())  # the seven's names found, in notice order

    @property
    def ok(self) -> bool:
        return not self.refused and bool(self.days)

    def count(self, day_type: DayType) -> int:
        return sum(1 for d in self.days if d.day_type == day_type)


def weekday_name(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def decode_notice(raw: bytes) -> str | None:
    """A saved notice's text: browsers save UTF-8, older Windows Notepad GBK; None otherwise."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def notice_year(text: str) -> int | None:
    """The year the notice is for, from its title or first sentence; None when it says none."""
    flat = _normalise(text)
    for pattern in _YEAR_IN_TEXT:
        match = pattern.search(flat)
        if match:
            return int(match.group(1))
    return None


def parse_notice(text: str, year: int | None = None) -> ParsedNotice:
    """The days of the notice; `year` is needed only when the text does not name one."""
    found = notice_year(text)
    if found is not None and year is not None and found != year:
        reason = t("通知写的是{found}年，指定的年份是{year}年", found=found, year=year)
        return ParsedNotice(None, (), (RefusedLine(0, "", reason),))
    year = found if found is not None else year
    if year is None:
        reason = t("通知中没有年份（标题“关于YYYY年部分节假日安排的通知”），请指定年份")
        return ParsedNotice(None, (), (RefusedLine(0, "", reason),))
    if not MIN_YEAR <= year <= MAX_YEAR:
        reason = t("年份超出范围（{lo}–{hi}年）：{year}", lo=MIN_YEAR, hi=MAX_YEAR, year=year)
        return ParsedNotice(None, (), (RefusedLine(0, "", reason),))
    return _Reader(year).read(text)


def _normalise(text: str) -> str:
    """Full-width brackets and colons, no spaces: what people paste from web pages and PDFs."""
    table = str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"})
    return re.sub(r"[ \t\u3000\u00a0]+", "", text.translate(table))


def _shown(line: str) -> str:
    return line if len(line) <= _LINE_SHOWN else line[: _LINE_SHOWN - 1] + "…"


class _LineRefusedError(Exception):
    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.reason = reason


class _Reader:
    def __init__(self, year: int) -> None:
        self._year = year
        self._days: dict[date, NoticeDay] = {}
        self._refused: list[RefusedLine] = []
        self._festivals: list[str] = []
        self._current = ""  # the festival of the last line: a bare "…上班。" line belongs to it

    def read(self, text: str) -> ParsedNotice:
        for number, raw in enumerate(text.splitlines(), start=1):
            line = _normalise(raw).strip()
            if not line or not self._is_arrangement(line):
                continue
            try:
                days = self._line(line, number)
            except _LineRefusedError as refused:
                self._refused.append(RefusedLine(number, _shown(line), refused.reason))
                continue
            self._add(days, number, line)
        if not self._days and not self._refused:
            self._refused.append(
                RefusedLine(0, "", t("没有找到任何放假安排（如“元旦：1月1日…放假”）"))
            )
        elif self._days:
            missing = [f for f in FESTIVALS if f not in self._festivals]
            if missing:
                names = joined("、", missing)
                reason = t("通知中没有：{names}（完整的通知含七个节日）", names=names)
                self._refused.append(RefusedLine(0, "", reason))
        ordered = tuple(sorted(self._days.values(), key=lambda d: d.day))
        return ParsedNotice(self._year, ordered, tuple(self._refused), tuple(self._festivals))

    @staticmethod
    def _is_arrangement(line: str) -> bool:
        return bool(_LOOKS_LIKE_DAY.search(line)) and ("放假" in line or "上班" in line)

    def _line(self, line: str, number: int) -> list[NoticeDay]:
        rest = _ORDINAL.sub("", line, count=1)
        label = _LABEL.match(rest)
        if label:
            names = [n for n in re.split(r"[、和与及]", label.group("label")) if n]
            festival = "、".join(names)
            # Set before anything is checked: a bare "…上班。" line below a refused line still
            # belongs to that line's festival (and is not refused a second time for it).
            self._current = festival
            unknown = [n for n in names if n not in FESTIVALS]
            if unknown:
                raise _LineRefusedError(t("不认识的节日名称：{names}", names=joined("、", unknown)))
            repeated = [n for n in names if n in self._festivals]
            self._festivals.extend(n for n in names if n not in self._festivals)
            if repeated:
                raise _LineRefusedError(t("{names}在前面已经出现过", names=joined("、", repeated)))
            rest = rest[label.end() :]
        elif self._current:
            festival = self._current
        else:
            raise _LineRefusedError(t("没有节日名称（应为“元旦：…”这样的写法）"))
        days: list[NoticeDay] = []
        segments = [s for s in re.split(r"[。；]", rest) if s]
        if not segments:
            raise _LineRefusedError(t("冒号后没有日期"))
        for segment in segments:
            days.extend(self._segment(segment, festival, number))
        return days

    def _segment(self, segment: str, festival: str, number: int) -> list[NoticeDay]:
        holiday = _HOLIDAY.fullmatch(segment)
        if holiday:
            start = self._date(holiday, "a", None)
            end = self._date(holiday, "z", start) if holiday.group("zd") else start
            if end < start:
                raise _LineRefusedError(
                    t("结束日期{end}早于开始日期{start}", end=_md(end), start=_md(start))
                )
            length = (end - start).days + 1
            if length > 15:
                raise _LineRefusedError(t("放假{n}天，超过15天，请核对日期", n=length))
            stated = holiday.group("n")
            if stated is not None and int(stated) != length:
                raise _LineRefusedError(
                    t(
                        "写的是共{stated}天，{start}至{end}实为{n}天",
                        stated=int(stated),
                        start=_md(start),
                        end=_md(end),
                        n=length,
                    )
                )
            return [
                NoticeDay(start + timedelta(days=i), DayType.HOLIDAY, festival, number)
                for i in range(length)
            ]
        if _WORKDAYS.fullmatch(segment):
            days = []
            for match in _ONE_DATE.finditer(segment):
                day = self._date(match, "o", None)
                if day.weekday() < 5:
                    raise _LineRefusedError(
                        t(
                            "{day}是{weekday}，本来就是工作日，不是调休补班日",
                            day=_md(day),
                            weekday=weekday_name(day),
                        )
                    )
                days.append(NoticeDay(day, DayType.MAKEUP, festival, number))
            return days
        raise _LineRefusedError(
            t("无法识别“{segment}”（应为“…放假…，共N天”或“…上班”）", segment=segment)
        )

    def _date(self, match: re.Match[str], prefix: str, start: date | None) -> date:
        """The date of one group set; an end date without month or year takes the start's."""
        y, m, d = (match.group(prefix + k) for k in "ymd")
        year = int(y) if y else (start.year if start is not None else self._year)
        if m:
            month = int(m)
        elif start is not None:
            month = start.month
        else:
            raise _LineRefusedError(t("“{d}日”缺少月份", d=d))
        if m and start is not None and not y and month < start.month:
            year += 1  # "12月31日至1月2日": the range runs into the next year
        try:
            day = date(year, month, int(d))
        except ValueError:
            raise _LineRefusedError(
                t("没有这一天：{year}年{m}月{d}日", year=year, m=month, d=d)
            ) from None
        if abs(day.year - self._year) > 1:
            raise _LineRefusedError(
                t("{day}不在{year}年前后", day=day.isoformat(), year=self._year)
            )
        bracket = match.group(prefix + "b")
        if bracket is not None:
            self._check_weekday(day, bracket)
        return day

    @staticmethod
    def _check_weekday(day: date, bracket: str) -> None:
        found = _WEEKDAY_IN_BRACKET.findall(bracket)
        if not found:
            return  # （农历腊月二十八） alone says no weekday to check
        written = "日" if found[-1] == "天" else found[-1]
        actual = _WEEKDAY_CHARS[day.weekday()]
        if written != actual:
            raise _LineRefusedError(
                t(
                    "{day}是{actual}，通知写的是{written}",
                    day=_md(day),
                    actual=weekday_name(day),
                    written="周" + written,
                )
            )

    def _add(self, days: Iterable[NoticeDay], number: int, line: str) -> None:
        """Keep the line's days unless one of them was given already (then refuse the line)."""
        days = list(days)
        for notice_day in days:
            earlier = self._days.get(notice_day.day)
            if earlier is not None:
                reason = t("{day}已在第{n}行出现", day=_md(notice_day.day), n=earlier.line)
                self._refused.append(RefusedLine(number, _shown(line), reason))
                return
        for notice_day in days:
            self._days[notice_day.day] = notice_day


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"
