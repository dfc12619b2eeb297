"""The daily duty-log workbook and the incident ledger, read back cell by cell; both open in
LibreOffice (skipped only when soffice is absent)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from dutyroom.documents.daily import (
    ENTRY_HEADERS,
    INCIDENT_HEADERS,
    REPORT_HEADERS,
    DailyLog,
    IncidentRow,
    LogRow,
    ReportRow,
)
from dutyroom.excel.daily_log import ENTRY_HEADER_ROW, write_daily_workbook
from dutyroom.excel.ledger import DETAIL_BASE, filed_headers, headers, write_ledger
from dutyroom.ledger_rows import GROUPS, LedgerRow

TZ = ZoneInfo("Asia/Shanghai")


def t(hh: int, mm: int, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=TZ)


LOG = DailyLog(
    day=date(2026, 11, 23),
    shift_start=t(8, 30),
    shift_end=t(8, 30, 24),
    leaders=("刘志强",),
    officers=("吴倩", "郑凯"),
    entries=(
        LogRow(
            t(9, 5),
            "来电",
            "县气象局来电：暴雨蓝色预警",
            "县气象局",
            "王工",
            "0731-1234567",
            "吴倩",
        ),
        LogRow(t(10, 0), "领导批示", "=SUM(A1:A9) 不是公式", taken_by="郑凯"),
    ),
    incidents=(
        IncidentRow(7, t(14, 0), "仓库火灾", "河口镇", "火灾", "较大", "死亡1人", "处置中", "吴倩"),
    ),
    reports=(
        ReportRow(
            7, "仓库火灾", "首报·电话", t(14, 30), t(14, 20), "按时", "电话", "市应急局", "吴倩"
        ),
    ),
)


def test_daily_workbook_reads_back_cell_by_cell(tmp_path: Path) -> None:
    out = write_daily_workbook(tmp_path / "日志.xlsx", [LOG], "示范县应急管理局")
    wb = load_workbook(out)
    assert wb.sheetnames == ["2026-11-23"]
    ws = wb["2026-11-23"]
    assert ws["A1"].value == "示范县应急管理局值班日志（2026年11月23日）"
    assert (ws["A2"].value, ws["B2"].value) == (
        "班次",
        "2026年11月23日08:30至11月24日08:30",  # each date once (the old line said it twice)
    )
    assert (ws["A3"].value, ws["B3"].value, ws["D3"].value) == (
        "带班领导",
        "刘志强",
        "值班员：吴倩、郑凯",
    )
    assert ws.cell(ENTRY_HEADER_ROW - 1, 1).value == "一、值班记录（2条）"
    assert [c.value for c in ws[ENTRY_HEADER_ROW]][: len(ENTRY_HEADERS)] == list(ENTRY_HEADERS)
    first = [c.value for c in ws[ENTRY_HEADER_ROW + 1]][:6]
    assert (
        first
        == [
            datetime(2026, 11, 23, 9, 5),
            "来电",
            "县气象局 王工 0731-1234567",
            "县气象局来电：暴雨蓝色预警",
            "",
            "吴倩",
        ]
        or first[4] is None
    )
    assert ws.cell(ENTRY_HEADER_ROW + 1, 1).number_format == "hh:mm"
    formula_like = ws.cell(ENTRY_HEADER_ROW + 2, 4)
    assert formula_like.value == "=SUM(A1:A9) 不是公式" and formula_like.data_type == "s"
    row = ENTRY_HEADER_ROW + 5  # two entries, a blank row, the heading
    assert ws.cell(row - 1, 1).value == "二、接报事件（1起）"
    assert [c.value for c in ws[row]][: len(INCIDENT_HEADERS)] == list(INCIDENT_HEADERS)
    assert [c.value for c in ws[row + 1]][:6] == [
        datetime(2026, 11, 23, 14, 0),
        "较大",
        "火灾",
        "7号 仓库火灾（河口镇）",
        "死亡1人；处置中",
        "吴倩",
    ]
    row += 4
    assert ws.cell(row - 1, 1).value == "三、报送情况（1项，其中未报0项）"
    assert [c.value for c in ws[row]][: len(REPORT_HEADERS)] == list(REPORT_HEADERS)
    assert [c.value for c in ws[row + 1]][:6] == [
        datetime(2026, 11, 23, 14, 30),
        "首报·电话",
        "7号 仓库火灾",
        "电话 市应急局",
        "14:20 按时",
        "吴倩",
    ]
    assert ws.cell(row + 3, 1).value == "带班领导（签字）："
    assert ws.freeze_panes == f"A{ENTRY_HEADER_ROW + 1}"
    assert ws.print_title_rows == f"${ENTRY_HEADER_ROW}:${ENTRY_HEADER_ROW}"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert ws.column_dimensions["D"].width >= 28  # the content column fits Chinese text
    assert "A1:F1" in {str(r) for r in ws.merged_cells.ranges}


def ledger_rows() -> list[LedgerRow]:
    done = (
        datetime(2026, 11, 23, 14, 30),
        datetime(2026, 11, 23, 14, 45),
        "迟报15分钟",
        15,
        "电话：市应急管理局",
    )
    empty = (None, None, None, None, "")
    return [
        LedgerRow(
            1,
            datetime(2026, 11, 23, 14, 0),
            None,
            "仓库火灾",
            "火灾",
            "河口镇",
            "兴业路8号",
            "较大",
            1,
            0,
            2,
            "处置中",
            None,
            done + empty + (datetime(2026, 11, 23, 16, 0), None, "未报", None, "") + empty * 2,
            0,
            reports="电话 14:45 迟报15分钟；续报 未报（应于16:00前）",
        ),
        LedgerRow(
            2,
            datetime(2026, 11, 24, 9, 0),
            None,
            "=1+1",
            "交通",
            "城关镇",
            "",
            "一般",
            0,
            0,
            0,
            "已终结",
            datetime(2026, 11, 24, 12, 0),
            empty * 5,
            0,
        ),
    ]


def test_ledger_streams_and_reads_back(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = write_ledger(
        tmp_path / "台账.xlsx",
        ledger_rows(),
        bureau="示范县应急管理局",
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        progress=lambda d, n: calls.append((d, n)),
    )
    assert calls == [(2, 2)]
    book = load_workbook(out)
    assert book.sheetnames == ["接报台账", "明细"]
    filed = book["接报台账"]
    assert filed["A1"].value == "示范县应急管理局接报台账（2026年11月1日至11月30日）"
    assert [c.value for c in filed[2]] == filed_headers()
    assert [c.value for c in filed[3]][:3] == [1, datetime(2026, 11, 23, 14, 0), "仓库火灾"]
    assert filed.cell(3, 10).value == "电话 14:45 迟报15分钟；续报 未报（应于16:00前）"
    assert filed.cell(4, 3).value == "=1+1" and filed.cell(4, 3).data_type == "s"
    assert filed.max_row == 4
    ws = book["明细"]
    assert [c.value for c in ws[1]] == headers()
    b = len(DETAIL_BASE)  # the group columns follow the incident's own
    assert b == 19 and len(headers()) == b + 5 * len(GROUPS) + 2
    first = [c.value for c in ws[2]]
    assert first[:4] == [1, datetime(2026, 11, 23, 14, 0), None, "仓库火灾"]
    assert first[11:13] == [None, None]  # 受害森林面积, 震级: blank where not entered
    assert first[b : b + 5] == list(ledger_rows()[0].groups[:5])
    assert first[b + 10 : b + 14] == [datetime(2026, 11, 23, 16, 0), None, "未报", None]
    second = ws.cell(3, 4)
    assert second.value == "=1+1" and second.data_type == "s"
    assert ws.cell(3, b).value == datetime(2026, 11, 24, 12, 0)
    assert ws.freeze_panes == "E2" and ws.print_title_rows == "$1:$1"
    assert ws.max_row == 3


def test_ledger_progress_reports_every_thousand_rows(tmp_path: Path) -> None:
    rows = ledger_rows()[:1] * 2500
    calls: list[tuple[int, int]] = []
    write_ledger(
        tmp_path / "大.xlsx",
        rows,
        bureau="局",
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        progress=lambda d, n: calls.append((d, n)),
    )
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_both_workbooks(tmp_path: Path) -> None:
    daily = write_daily_workbook(tmp_path / "daily.xlsx", [LOG], "示范县应急管理局")
    ledger = write_ledger(
        tmp_path / "ledger.xlsx",
        ledger_rows(),
        bureau="示范县应急管理局",
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
    )
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: no clash with a running LO
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(daily),
            str(ledger),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    for name in ("daily.pdf", "ledger.pdf"):
        pdf = tmp_path / "pdf" / name
        assert pdf.is_file() and pdf.stat().st_size > 1000, result.stdout + result.stderr
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True
            ).stdout
            assert "示范县应急管理局" in text


def test_a_shift_into_the_new_year_names_both_years() -> None:
    from dataclasses import replace

    tz = ZoneInfo("Asia/Shanghai")
    log = replace(
        LOG,
        shift_start=datetime(2026, 12, 31, 8, 30, tzinfo=tz),
        shift_end=datetime(2027, 1, 1, 8, 30, tzinfo=tz),
    )
    assert log.shift_text == "2026年12月31日08:30至2027年1月1日08:30"
