"""How dates, shifts and people read on screen (Chinese conventions), shared by every page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from dutyroom.models import Person
from ui.tr_noop import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


# The core's enum values (Role, SwapKind, DayType, AttendanceState, LogKind) are Chinese
# words; their translations live in the Formatting context.
ENUM_WORDS = (
    QT_TRANSLATE_NOOP("Formatting", "带班领导"),
    QT_TRANSLATE_NOOP("Formatting", "值班长"),
    QT_TRANSLATE_NOOP("Formatting", "值班员"),
    QT_TRANSLATE_NOOP("Formatting", "备班"),
    QT_TRANSLATE_NOOP("Formatting", "串班"),
    QT_TRANSLATE_NOOP("Formatting", "代班"),
    QT_TRANSLATE_NOOP("Formatting", "工作日"),
    QT_TRANSLATE_NOOP("Formatting", "休息日"),
    QT_TRANSLATE_NOOP("Formatting", "法定节假日"),
    QT_TRANSLATE_NOOP("Formatting", "调休补班日"),
    QT_TRANSLATE_NOOP("Formatting", "已签到"),
    QT_TRANSLATE_NOOP("Formatting", "迟到"),
    QT_TRANSLATE_NOOP("Formatting", "待签到"),
    QT_TRANSLATE_NOOP("Formatting", "未签到"),
    # LogKind
    QT_TRANSLATE_NOOP("Formatting", "来电"),
    QT_TRANSLATE_NOOP("Formatting", "去电"),
    QT_TRANSLATE_NOOP("Formatting", "文电"),
    QT_TRANSLATE_NOOP("Formatting", "预警"),
    QT_TRANSLATE_NOOP("Formatting", "领导批示"),
    QT_TRANSLATE_NOOP("Formatting", "接报"),
    QT_TRANSLATE_NOOP("Formatting", "报送"),
    QT_TRANSLATE_NOOP("Formatting", "提醒"),
    QT_TRANSLATE_NOOP("Formatting", "签到"),
    QT_TRANSLATE_NOOP("Formatting", "查岗"),
    QT_TRANSLATE_NOOP("Formatting", "设备故障"),
    QT_TRANSLATE_NOOP("Formatting", "其他"),
)


def enum_text(value: object) -> str:
    """A core enum (Role, SwapKind, DayType, AttendanceState) as the UI language says it."""
    text = str(getattr(value, "value", value))
    return _tr(text)


def weekday_name(day: date) -> str:
    names = (
        QT_TRANSLATE_NOOP("Formatting", "星期一"),
        QT_TRANSLATE_NOOP("Formatting", "星期二"),
        QT_TRANSLATE_NOOP("Formatting", "星期三"),
        QT_TRANSLATE_NOOP("Formatting", "星期四"),
        QT_TRANSLATE_NOOP("Formatting", "星期五"),
        QT_TRANSLATE_NOOP("Formatting", "星期六"),
        QT_TRANSLATE_NOOP("Formatting", "星期日"),
    )
    return _tr(names[day.weekday()])


def long_date(day: date) -> str:
    """2026年11月23日 星期一"""
    return (
        _tr("{y}年{m}月{d}日").format(y=day.year, m=day.month, d=day.day) + " " + weekday_name(day)
    )


def iso_date_with_weekday(day: date) -> str:
    """2027-01-01 星期五 (tables sort and scan better with ISO dates)."""
    return f"{day.isoformat()} {weekday_name(day)}"


def short_time(moment: datetime, tz: tzinfo | None = None) -> str:
    """11月23日 08:30 in the bureau's zone."""
    local = moment.astimezone(tz) if tz is not None else moment
    return _tr("{m}月{d}日 {hm}").format(m=local.month, d=local.day, hm=local.strftime("%H:%M"))


def clock_text(moment: datetime) -> str:
    return moment.strftime("%H:%M:%S")


def person_with_phone(person: Person) -> str:
    phone = person.mobile or person.office_phone
    return f"{person.name} {phone}" if phone else person.name


def people_text(people: Iterable[Person], *, phones: bool = True, empty: str = "—") -> str:
    names = [person_with_phone(p) if phones else p.name for p in people]
    return "、".join(names) if names else empty


def remaining_text(delta: timedelta) -> str:
    """3小时05分 / 12分08秒: what is left until a boundary (never negative)."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _tr("{h}小时{m:02d}分").format(h=hours, m=minutes)
    return _tr("{m}分{s:02d}秒").format(m=minutes, s=secs)
