"""The 接报台账 workbook read back as the receiving office gets it: a filed sheet that prints on
A4 at a readable scale with what an office files, and a detail sheet with every column; times
are minute date cells, a report still owed says 未报 and is never counted late."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from dutyroom.excel.ledger import (
    DATE_FORMAT,
    FILED_COLUMNS,
    filed_headers,
    filed_scale,
    headers,
    write_ledger,
)
from dutyroom.ledger_rows import collect_ledger_rows
from tests.core.ledger_scene import december_room

BUREAU = "示范县应急管理局"
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    room, _ = december_room()
    rows = collect_ledger_rows(room, *DECEMBER)
    room.close()
    out = tmp_path_factory.mktemp("ledger") / "台账.xlsx"
    return write_ledger(out, rows, bureau=BUREAU, start=DECEMBER[0], end=DECEMBER[1])


def filed_rows(ws: Worksheet) -> dict[str, dict[str, object]]:
    names = filed_headers()
    rows = {}
    for line in ws.iter_rows(min_row=3, values_only=True):
        row = dict(zip(names, line, strict=True))
        rows[str(row["事件"])] = row
    return rows


def test_the_filed_sheet_holds_what_an_office_files(ledger: Path) -> None:
    ws = load_workbook(ledger)["接报台账"]
    assert ws["A1"].value == "示范县应急管理局接报台账（2026年12月1日至12月31日）"
    assert [c.value for c in ws[2]] == [
        "编号",
        "接报时间",
        "事件",
        "地点",
        "类别",
        "等级",
        "伤亡",
        "报告人/单位",
        "接报人",
        "报送情况",
        "状态",
    ]
    rows = filed_rows(ws)
    blast = rows["河口镇化工园区某化工厂反应釜爆炸"]
    assert blast["接报时间"] == datetime(2026, 12, 1, 9, 5)  # received at 09:05:37.123456
    assert blast["地点"] == "河口镇化工园区纬二路6号"  # the township is not said twice
    assert blast["伤亡"] == "死亡3人、受伤6人"
    assert blast["报告人/单位"] == "张建国（河口镇安监站）" and blast["接报人"] == "吴倩"
    reports = str(blast["报送情况"])
    assert reports.startswith("电话 09:25 按时；书面 10:40 迟报35分钟；续报一 21:00 按时")
    # Closed after midnight: its 终报 deadline is on the next day, and says so.
    assert "终报 未报，已超时（应于12月2日 02:15前）" in reports
    assert blast["状态"] == "已终结"
    road = rows["城关镇人民路两车相撞交通事故"]
    assert str(road["报送情况"]).startswith("书面 15:30 按时") and road["伤亡"] == "受伤2人"
    fire = rows["青山乡石门村民房火灾"]
    assert str(fire["报送情况"]).startswith("书面 未报，已超时（应于22:30前）")
    assert fire["伤亡"] is None  # nothing entered: the sheet claims nothing
    flood = rows["新塘镇低洼路段积水"]
    assert str(flood["报送情况"]).startswith("书面 未报（应于10:30前）")
    assert flood["状态"] == "处置中"


def test_times_are_minute_date_cells_on_both_sheets(ledger: Path) -> None:
    book = load_workbook(ledger)
    filed = book["接报台账"]
    for (cell,) in filed.iter_rows(min_row=3, min_col=2, max_col=2):
        assert cell.is_date and cell.number_format == DATE_FORMAT
        assert isinstance(cell.value, datetime)
        assert cell.value.second == 0 and cell.value.microsecond == 0
    detail = book["明细"]
    names = headers()
    time_columns = [i for i, h in enumerate(names, start=1) if h.endswith(("时间", "时限"))]
    assert len(time_columns) == 3 + 2 * 5
    seen = 0
    for col in time_columns:
        for (cell,) in detail.iter_rows(min_row=2, min_col=col, max_col=col):
            if cell.value is None:
                continue
            seen += 1
            assert cell.is_date and cell.number_format == DATE_FORMAT, (names[col - 1], cell)
            assert cell.value.second == 0 and cell.value.microsecond == 0
    assert seen >= 15
    text = " ".join(str(c.value) for row in detail.iter_rows() for c in row if c.value)
    assert ".123456" not in text and ":37" not in text


def test_an_open_report_says_unsent_and_is_never_counted_late(ledger: Path) -> None:
    detail = load_workbook(ledger)["明细"]
    names = headers()
    rows = [dict(zip(names, r, strict=True)) for r in detail.iter_rows(min_row=2, values_only=True)]
    fire = next(r for r in rows if r["事件"] == "青山乡石门村民房火灾")
    assert fire["书面报告情况"] == "未报，已超时"
    assert fire["书面报告完成时间"] is None and fire["书面报告迟报(分钟)"] is None
    assert fire["书面报告时限"] == datetime(2026, 12, 1, 22, 30)
    flood = next(r for r in rows if r["事件"] == "新塘镇低洼路段积水")
    assert flood["书面报告情况"] == "未报" and flood["书面报告迟报(分钟)"] is None
    blast = next(r for r in rows if r["事件"] == "河口镇化工园区某化工厂反应釜爆炸")
    assert blast["书面报告情况"] == "迟报35分钟" and blast["书面报告迟报(分钟)"] == 35
    assert blast["电话报告情况"] == "按时" and blast["电话报告迟报(分钟)"] == 0
    assert blast["书面报告方式/对象"] == "传真：市应急管理局值班员、县人民政府总值班室值班员"
    assert blast["报告人"] == "张建国" and blast["报告单位"] == "河口镇安监站"
    assert blast["接报人"] == "吴倩" and str(blast["简要情况"]).startswith("反应釜检修时")
    assert blast["领导批示"] == "09:40 刘志强：全力救治伤员，彻查事故原因，及时续报。"
    assert blast["续报次数"] == 1
    minutes = [r[f"{g}迟报(分钟)"] for r in rows for g in ("电话报告", "书面报告", "续报")]
    assert all(m is None or isinstance(m, int) for m in minutes)


def test_the_filed_sheet_prints_on_a4_landscape_at_a_readable_scale(ledger: Path) -> None:
    ws = load_workbook(ledger)["接报台账"]
    setup = ws.page_setup
    assert int(setup.paperSize) == 9 and setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    widths = [ws.column_dimensions[chr(ord("A") + i)].width for i in range(len(FILED_COLUMNS))]
    assert widths == [w for _, w, _ in FILED_COLUMNS]
    assert filed_scale() >= 0.70
    assert ws.print_title_rows == "$2:$2"
    assert ws.oddHeader.left.text == BUREAU
    assert ws.oddHeader.right.text == "2026年12月1日至12月31日"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    for row in range(3, ws.max_row + 1):
        text = ws.cell(row, 10)
        assert text.alignment.wrap_text and text.alignment.vertical == "top"
        # Heights come from the text: the longest 报送情况 needs more lines than the shortest.
        assert ws.row_dimensions[row].height is not None
    heights = [ws.row_dimensions[r].height for r in range(3, ws.max_row + 1)]
    assert max(heights) > min(heights) >= 13.5


def test_the_detail_sheet_prints_with_headers_and_page_numbers(ledger: Path) -> None:
    ws = load_workbook(ledger)["明细"]
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.scale) >= 70
    assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$D"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.oddHeader.left.text == BUREAU


def test_typed_formulas_stay_text_on_both_sheets(tmp_path: Path) -> None:
    room, ids = december_room()
    room.incidents.update(ids["flood"], {"summary": "=HYPERLINK(1)", "reporter": "=2+2"})
    rows = collect_ledger_rows(room, *DECEMBER)
    room.close()
    out = write_ledger(tmp_path / "l.xlsx", rows, bureau=BUREAU, start=DECEMBER[0], end=DECEMBER[1])
    book = load_workbook(out)
    cells = [c for ws in book for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert "=HYPERLINK(1)" in [c.value for c in cells]
    # The row of the guarded cells keeps its styles: its time is still a minute date cell.
    filed = book["接报台账"]
    last = filed.cell(filed.max_row, 2)
    assert last.number_format == DATE_FORMAT and filed.cell(filed.max_row, 8).value == "=2+2"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_libreoffice_prints_the_filed_sheet_in_order(ledger: Path, tmp_path: Path) -> None:
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(ledger),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    pdf = tmp_path / (ledger.stem + ".pdf")
    first = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "示范县应急管理局接报台账（2026年12月1日至12月31日）" in first
    assert "第1页" in first.replace(" ", "") and "2026-12-01 09:05" in first
    order = [first.index(t) for t in ("编号", "接报时间", "事件", "报送情况", "状态")]
    assert order == sorted(order)
    assert first.index("河口镇化工园区") < first.index("石门村民房") < first.index("新塘镇低洼")
