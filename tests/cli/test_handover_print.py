"""`dutyroom print handover` read back with pdftotext: the state (草稿 / 已提交 / 已接班), who
submitted and accepted when, the actual handover time, clocks 截至HH:MM, the 草稿 mark on every
page of a draft, and the next draft's carried-over fault; `handover show` says the same."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.demo import fill
from dutyroom.handover import EquipmentItem
from dutyroom.models import LogKind
from tests.cli.test_documents_cli import needs_poppler, ok, pdf_pages
from tests.core.roster_helpers import local

pytestmark = needs_poppler
DAY, NEXT = "2026-11-23", "2026-11-24"
FAULT = EquipmentItem("卫星电话", "异常", "无信号，已报修（县电信局）")
CLOCK = re.compile(r"截至08:05，(剩余|已超时)(\d+小时)?(\d+分钟?)?")


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, spaces removed (pdftotext spaces out CJK in -layout)."""
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.replace(" ", "")
        for n in range(1, pdf_pages(pdf) + 1)
    ]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The demo room; the 11-23 shift drafted at 08:05 with the satellite phone down and
    submitted at 08:20 (not accepted); the next shift with 40 批示 (a sheet of several pages)."""
    folder = tmp_path / "room"
    clock = FakeClock(local(2026, 11, 23, 20))
    room = open_room(folder, clock)
    try:
        fill(room)
        room.handover.after_accept = None
        clock.set(local(2026, 11, 24, 8, 5))
        sheet = room.handover.draft(room.log.shift_of_day(date(2026, 11, 23)))
        equipment = tuple(FAULT if e.name == FAULT.name else e for e in sheet.equipment)
        sheet = replace(sheet, equipment=equipment, unfinished="2人失联，待乡政府核实")
        clock.set(local(2026, 11, 24, 8, 20))
        room.handover.submit(sheet, by=sheet.outgoing_officers[0])
        for i in range(40):
            clock.set(local(2026, 11, 24, 10, i))
            room.log.add(LogKind.INSTRUCTION, f"第{i + 1}条批示：加强巡查，及时报告")
    finally:
        room.close()
    return folder


def accept(folder: Path) -> tuple[str, str]:
    room = open_room(folder, FakeClock(local(2026, 11, 24, 8, 32)))
    try:
        room.handover.after_accept = None
        record = room.handover.current(room.log.shift_of_day(date(2026, 11, 23)))
        assert record is not None and record.id is not None
        sheet = room.handover.sheet_of(record)
        leader, officer = sheet.incoming_leaders[0], sheet.incoming_officers[0]
        room.handover.accept(record.id, leader, officer)
        return leader, officer
    finally:
        room.close()


def test_submitted_then_accepted_sheet_says_who_and_when(data: Path, tmp_path: Path) -> None:
    shown = json.loads(ok(data, "handover", "show", "--shift", DAY, "--json").stdout)
    officer = shown["outgoing_officers"][0]
    assert shown["state"] == "待接班" and shown["status"]["state"] == "已提交"
    assert shown["status"]["submitted_by"] == officer

    submitted = tmp_path / "已提交.pdf"
    result = ok(data, "print", "handover", "--shift", DAY, "--pdf", str(submitted))
    assert "已提交" in result.stdout
    (text,) = page_texts(submitted)
    assert "交接状态已提交（待接班确认）" in text and "实际交接时间尚未接班" in text
    assert f"交班提交{officer}11-2408:20提交" in text and "接班确认未确认" in text
    assert "汇总时间11-2408:05" in text and "草稿" not in text
    assert CLOCK.search(text) and not re.search(r"剩余\d{3,}分钟", text)
    assert "卫星电话异常无信号，已报修（县电信局）" in text

    leader, officer_in = accept(data)
    accepted = tmp_path / "已接班.pdf"
    ok(data, "print", "handover", "--shift", DAY, "--pdf", str(accepted))
    (text,) = page_texts(accepted)
    assert "交接状态已接班" in text and "实际交接时间11-2408:32" in text
    assert f"接班确认{leader}、{officer_in}11-2408:32确认" in text
    assert f"交班提交{officer}11-2408:20提交" in text and "草稿" not in text
    assert "第1页共1页" in text and "交班带班领导（签名）" in text
    shown_text = ok(data, "handover", "show", "--shift", DAY).stdout
    assert "状态：已接班" in shown_text and "截至08:05，" in shown_text


def test_a_draft_is_marked_on_every_page_and_carries_the_fault_over(
    data: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "草稿.pdf"
    result = ok(data, "print", "handover", "--shift", NEXT, "--pdf", str(draft))
    assert "草稿（未提交）" in result.stdout
    pages = page_texts(draft)
    assert len(pages) >= 2  # 40 批示 and their clocks
    for text in pages:
        assert text.count("草稿（未提交）") >= 2  # the banner and the page header
        assert "本交接单尚未提交，不作为交接依据" in text
    first = pages[0]
    assert "交接状态草稿（未提交）" in first and "交班提交未提交" in first
    assert first.index("草稿（未提交）") < first.index("交接班记录（2026年11月24日）")
    everything = "".join(pages)
    assert "卫星电话异常（前班移交）无信号，已报修（县电信局）" in everything
    assert "2人失联，待乡政府核实" in everything
    assert re.search(r"截至(\d\d-\d\d)?\d\d:\d\d，已超时\d+小时(\d+分)?", everything)
    shown = json.loads(ok(data, "handover", "show", "--shift", NEXT, "--json").stdout)
    assert shown["status"]["state"] == "草稿" and shown["carried"] == ["卫星电话", "unfinished"]
