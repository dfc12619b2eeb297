"""How dates, shifts and people read on screen (Chinese conventions), shared by every page."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from dutyroom.grading import reason_of
from dutyroom.messages import Joined, Text
from dutyroom.models import Incident, Person
from ui import stored_text
from ui.tr_noop import QT_TRANSLATE_NOOP

# The context of the core's message templates (dutyroom/messages.py; update.py collects them).
CORE_CONTEXT = "core"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


# The core's enum values (Role, SwapKind, DayType, AttendanceState, LogKind, Grade,
# ContactKind) are Chinese words; their translations live in the Formatting context.
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
    # ReportKind (续报 and 终报 are the core's rule names too)
    QT_TRANSLATE_NOOP("Formatting", "首报"),
    # Grade
    QT_TRANSLATE_NOOP("Formatting", "一般"),
    QT_TRANSLATE_NOOP("Formatting", "较大"),
    QT_TRANSLATE_NOOP("Formatting", "重大"),
    QT_TRANSLATE_NOOP("Formatting", "特别重大"),
    # ContactKind
    QT_TRANSLATE_NOOP("Formatting", "上级值班室"),
    QT_TRANSLATE_NOOP("Formatting", "政府部门"),
    QT_TRANSLATE_NOOP("Formatting", "成员单位"),
    QT_TRANSLATE_NOOP("Formatting", "乡镇值班"),
    QT_TRANSLATE_NOOP("Formatting", "信息员"),
    QT_TRANSLATE_NOOP("Formatting", "责任人"),
    QT_TRANSLATE_NOOP("Formatting", "卫星电话"),
)


def enum_text(value: object) -> str:
    """A core enum (Role, SwapKind, DayType, Grade, …) as the UI language says it."""
    text = str(getattr(value, "value", value))
    translated = _tr(text)
    if translated == text:
        translated = QCoreApplication.translate(CORE_CONTEXT, text)
    return translated


def core_text(message: object) -> str:
    """A message the core wrote, in the UI language.

    A `Text` (dutyroom.messages.t) is its template translated in the "core" context and filled
    with its parameters, each itself said in the UI language (Text, enums, stored core words);
    numbers keep their format. A plain str is looked up as a whole: a stored default such as a
    rule's name (首报·电话) or a spot-check result is translated, and anything else (names,
    titles, what people typed) comes back as it is. When a translation does not fit its
    parameters, the Chinese message is shown rather than nothing.
    """
    if isinstance(message, enum.Enum):
        return enum_text(message)
    if isinstance(message, Joined):
        separator = QCoreApplication.translate(CORE_CONTEXT, message.template)
        return separator.join(core_text(item) for item in message.items)
    if isinstance(message, Text):
        template = QCoreApplication.translate(CORE_CONTEXT, message.template)
        if not message.params:
            return template
        params = {key: _core_param(value) for key, value in message.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return str(message)
    if isinstance(message, str):
        return _stored_text(message) if message else message
    return str(message)


_PROBE = "未分类"  # a core word (dutyroom/stats.py) that every translation of the core has


def _core_is_translated() -> bool:
    """False while no translation of the core is installed (the Chinese UI, the default): then
    no stored line needs recognising, and the ~150 template patterns are never compiled (20 ms
    of the first paint, which shows stored rule names and log lines)."""
    return QCoreApplication.translate(CORE_CONTEXT, _PROBE) != _PROBE


def _stored_text(message: str) -> str:
    """A plain str: a stored core word (首报·电话) or line (接报：…) in the UI language, if it
    is one (ui/stored_text.py recognises it by its template); anything else as it is."""
    translated = enum_text(message)
    if translated != message:
        return translated
    if not _core_is_translated():
        return message  # the Chinese UI shows stored Chinese as stored
    found = stored_text.match(message)
    if found is None:
        return message
    template, params = found
    pattern = QCoreApplication.translate(CORE_CONTEXT, template)
    if pattern == template:
        return message
    try:
        return stored_text.plain_fields(pattern).format(
            **{key: core_text(value) for key, value in params.items()}
        )
    except (KeyError, IndexError, ValueError):
        return message


def grade_reason_text(incident: Incident, *, override: bool = True) -> str:
    """Why the incident has its grade: the officer's override reason (as typed), else the
    core's reading of the numbers, in the UI language."""
    if override and incident.grade_override_reason:
        return incident.grade_override_reason
    return core_text(reason_of(incident))


def _core_param(value: object) -> object:
    if isinstance(value, (str, enum.Enum)):
        return core_text(value)
    return value


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
    return _tr("、").join(names) if names else empty


def remaining_text(delta: timedelta) -> str:
    """3小时05分 / 12分08秒: what is left until a boundary (never negative)."""
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _tr("{h}小时{m:02d}分").format(h=hours, m=minutes)
    return _tr("{m}分{s:02d}秒").format(m=minutes, s=secs)
