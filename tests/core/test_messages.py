"""dutyroom.messages: a message is still the Chinese str everyone reads, and keeps its template."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime

import pytest

from dutyroom.calendar import HolidayCalendar
from dutyroom.errors import ValidationError
from dutyroom.grading import grade_for, reason_of
from dutyroom.messages import Joined, Text, joined, t
from dutyroom.models import Casualties, Grade, Incident, Person, Role
from dutyroom.people_service import clean_person


def test_t_formats_the_chinese_and_keeps_template_and_params() -> None:
    message = t("标题过长（最多{n}个字）", n=200)
    assert message == "标题过长（最多200个字）"
    assert isinstance(message, str) and isinstance(message, Text)
    assert message.template == "标题过长（最多{n}个字）"
    assert message.params == {"n": 200}


def test_a_template_without_params_is_its_own_text_even_with_braces() -> None:
    assert t("{不是占位符") == "{不是占位符"


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        (t("{due:%H:%M}到期", due=datetime(2026, 1, 1, 8, 5, tzinfo=UTC)), "08:05到期"),
        (t("上限{limit:.0f}万元", limit=12.6), "上限13万元"),
        (t("{n!r}", n="x"), "'x'"),
    ],
)
def test_format_specs_and_conversions_work_as_in_an_f_string(message: Text, chinese: str) -> None:
    assert message == chinese


def test_joined_says_the_list_with_its_separator() -> None:
    names = joined("、", ["王建国", "李振华"])
    assert names == "王建国、李振华"
    assert isinstance(names, Joined) and names.items == ("王建国", "李振华")
    assert not joined("、", [])  # empty, so `or "（未排班）"` still works


def test_messages_serialise_as_plain_strings() -> None:
    message = t("{role}不足：需要{n}人", role="值班员", n=2)
    assert json.dumps({"m": message}, ensure_ascii=False) == '{"m": "值班员不足：需要2人"}'
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.template == message.template
    assert {message: 1}["值班员不足：需要2人"] == 1  # hashes as the str it is


def test_validation_errors_and_the_holiday_warning_carry_a_text() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_person(Person("  ", (Role.OFFICER,)))
    assert caught.value.message == "姓名不能为空"
    assert isinstance(caught.value.message, Text)
    warning = HolidayCalendar.message_for_missing([2027])
    assert warning == "2027年法定节假日数据缺失：已按普通周末处理，请在“设置”中录入节假日"
    assert isinstance(warning, Text) and "{years}" in warning.template


def test_grade_reasons_are_texts_and_a_stored_reason_is_recognised() -> None:
    grade, reason = grade_for(Casualties(deaths=3))
    assert grade is Grade.LARGER
    assert reason == "死亡（含失踪）3人，达到较大（3–9人）"
    assert isinstance(reason, Joined)
    stored = Incident(
        title="",
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
        casualties=Casualties(deaths=3),
        grade=grade,
        grade_reason=str(reason),  # what the database gives back: a plain str
    )
    assert isinstance(reason_of(stored), Text)
    edited = Incident(
        title="",
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
        grade_reason="旧的说法",
    )
    assert reason_of(edited) == "旧的说法"
