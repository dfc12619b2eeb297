"""What the bureau's papers carry: stored, read back, and every wrong value refused whole."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutyroom.errors import ValidationError
from dutyroom.paper_settings import DEFAULT_DUTY_HOURS, PaperSettings, read, to_pairs
from tests.core.roster_helpers import make_room


def test_defaults_leave_everything_off_but_the_duty_hours() -> None:
    room = make_room(staff=False)
    paper = room.bureau.paper()
    assert paper == PaperSettings()
    assert paper.duty_hours == DEFAULT_DUTY_HOURS and paper.show_signer


def test_saved_values_read_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    room = make_room(path, staff=False)
    wanted = PaperSettings(
        duty_phone="0371-12345678",
        duty_fax="0371-87654321",
        duty_hours="每日8:30至次日8:30",
        report_to="市应急管理局",
        show_signer=False,
        doc_number="示应急值〔2026〕",
        urgency="特急",
    )
    assert room.bureau.set_paper(wanted) == wanted
    room.close()
    again = make_room(path, staff=False)
    assert again.bureau.paper() == wanted


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("duty_phone", "0371-1234567a", "值班电话"),
        ("duty_fax", "传真号", "值班传真"),
        ("urgency", "急", "紧急程度"),
        ("report_to", "市应急\x07管理局", "控制字符"),
        ("doc_number", "字" * 61, "过长"),
    ],
)
def test_a_wrong_value_is_refused_and_nothing_changes(field: str, value: str, words: str) -> None:
    room = make_room(staff=False)
    before = room.bureau.set_paper(PaperSettings(duty_phone="12345", report_to="市应急管理局"))
    with pytest.raises(ValidationError) as raised:
        room.bureau.set_paper(replace(before, **{"duty_fax": "54321", field: value}))
    assert words in str(raised.value) and raised.value.field == field
    assert room.bureau.paper() == before


def test_spaces_are_collapsed_and_empty_hours_take_the_default() -> None:
    room = make_room(staff=False)
    saved = room.bureau.set_paper(PaperSettings(report_to="  市应急 管理局 ", duty_hours=" "))
    assert saved.report_to == "市应急 管理局" and saved.duty_hours == DEFAULT_DUTY_HOURS


@given(
    st.builds(
        PaperSettings,
        duty_phone=st.text("0123456789-", max_size=20),
        report_to=st.text(max_size=10),
        show_signer=st.booleans(),
        urgency=st.sampled_from(["", "加急", "特急"]),
    )
)
def test_pairs_round_trip(settings: PaperSettings) -> None:
    assert read(to_pairs(settings)) == settings
