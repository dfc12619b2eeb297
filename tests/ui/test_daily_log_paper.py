"""(Under tests/ui: the PDF is rendered by Qt in this process, beside the QApplication.)

The duty log as the receiving office reads it: a 40-entry shift on three A4 pages, no rule
codes, 记录人 on automatic lines, missed reports listed, the workbook at a readable scale."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.demo import fill
from dutyroom.documents.collect import collect_daily_log
from dutyroom.documents.daily import COLUMN_PERCENT, ENTRY_HEADERS, daily_log_html
from dutyroom.excel.daily_log import (
    ENTRY_HEADER_ROW,
    LINE_POINTS,
    WIDTHS,
    effective_scale,
    write_daily_workbook,
)
from tests.core.daily_log_scenario import START, busy_shift

CODES = re.compile(r"first_phone|first_written|general_written|followup|pending|done")
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils")


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    clock = FakeClock(START)
    room = open_room(tmp_path_factory.mktemp("room"), clock)
    try:
        fill(room)
        busy_shift(room, clock)
        yield collect_daily_log(room, START.date()), room.bureau.name()
    finally:
        room.close()


def test_collected_log_names_rules_in_chinese_and_every_recorder(log) -> None:  # type: ignore[no-untyped-def]
    daily, _ = log
    assert len(daily.entries) == 40
    for entry in daily.entries:
        assert not CODES.search(entry.content), entry.content
        assert entry.taken_by, entry.content  # automatic lines too
    old = next(e for e in daily.entries if e.at.hour == 10 and e.at.minute == 40)
    assert "首报·电话" in old.content  # stored as first_phone by the first wave
    received = next(e for e in daily.entries if "爆炸事故" in e.content and e.kind == "接报")
    assert received.taken_by == "吴倩" and received.handling.startswith("处置中")
    outcomes = {(r.incident_title, r.rule): r.outcome for r in daily.reports}
    assert outcomes[("河口镇化工园区某化工厂爆炸事故", "首报·书面")] == "迟报36分钟"
    assert outcomes[("青山乡石门村民房火灾", "首报·电话")] == "未报（已超时）"


def test_content_takes_at_least_45_percent() -> None:
    assert COLUMN_PERCENT[ENTRY_HEADERS.index("内容")] >= 45
    assert WIDTHS[ENTRY_HEADERS.index("内容")] / sum(WIDTHS) >= 0.45


@needs_poppler
def test_forty_entries_print_on_three_pages_in_order(log, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.printing import html_to_pdf

    daily, bureau = log
    out = tmp_path / "log.pdf"
    pages = html_to_pdf(daily_log_html(daily, bureau), out, header=bureau)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert pages <= 3 and re.search(rf"^Pages:\s+{pages}$", info, re.M)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert not CODES.search(text)
    flat = text.replace(" ", "")
    assert (
        flat.index("09:17") < flat.index("23:28") < flat.index("11-2400:05")
    )  # date after midnight
    assert "未报（已超时）" in flat and "迟报36分钟" in flat and "处理情况/领导" in flat


@needs_poppler
def test_no_row_is_split_across_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.printing import html_to_pdf

    rows = "".join(
        f"<tr><td>{i:02d}</td><td>" + "<br/>".join(f"R{i:02d}L{j}" for j in range(6)) + "</td></tr>"
        for i in range(40)
    )
    head = "<thead><tr><th>a</th><th>b</th></tr></thead>"
    html = f"<html><body><table border=1 width='100%'>{head}{rows}</table></body></html>"
    out = tmp_path / "rows.pdf"
    pages = html_to_pdf(html, out, header="x")
    seen: dict[str, set[int]] = {}
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True,
            text=True,
        ).stdout
        for row in re.findall(r"R(\d\d)L\d", text):
            seen.setdefault(row, set()).add(page)
    assert len(seen) == 40 and all(len(p) == 1 for p in seen.values())


def test_workbook_rows_grow_with_text_and_print_readably(log, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    daily, bureau = log
    ws = load_workbook(write_daily_workbook(tmp_path / "log.xlsx", [daily], bureau)).active
    assert effective_scale() >= 0.85
    setup = ws.page_setup
    assert int(setup.paperSize) == 9 and setup.fitToWidth == 1
    assert ws.print_title_rows == f"${ENTRY_HEADER_ROW}:${ENTRY_HEADER_ROW}"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    heights = {}
    for row in range(ENTRY_HEADER_ROW + 1, ENTRY_HEADER_ROW + 41):
        content = str(ws.cell(row, 4).value)
        assert ws.cell(row, 4).alignment.wrap_text
        heights[content] = ws.row_dimensions[row].height
    long = max(heights, key=len)
    assert heights[long] >= 2 * LINE_POINTS  # a wrapped 内容 shows all its lines
    cells = [str(c.value) for r in ws.iter_rows() for c in r if c.value is not None]
    assert not any(CODES.search(c) for c in cells)
