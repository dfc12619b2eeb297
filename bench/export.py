"""Exports: the daily workbook of a busy day (target < 0.5 s) and a 100,000-incident ledger
against openpyxl write-only mode writing the same cells unstyled, in the same run (target ratio
≤ 1.5×), with the ledger's peak memory measured in a fresh subprocess (target < 200 MB).

Run: python -m bench.export [rows]   (default 100000)
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow
from dutyroom.excel.daily_log import write_daily_workbook
from dutyroom.excel.ledger import LedgerRow, headers, write_ledger

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 8, 30, tzinfo=TZ)
KINDS = ("来电", "去电", "文电", "预警", "领导批示", "接报", "报送", "提醒", "签到", "其他")


def busy_day() -> DailyLog:
    minute = timedelta(minutes=4)
    entries = tuple(
        LogRow(
            START + i * minute,
            KINDS[i % len(KINDS)],
            f"第{i}条：青山乡石门村信息员报告山体出现裂缝，已通知乡镇组织群众转移并持续监测",
            "青山乡人民政府",
            "李大山",
            "13973100031",
            "吴倩",
        )
        for i in range(300)
    )
    incidents = tuple(
        IncidentRow(
            i,
            START + i * 60 * minute,
            f"河口镇某仓储公司仓库火灾{i}",
            "河口镇工业园区兴业路8号",
            "火灾",
            "较大",
            "造成死亡1人、受伤2人",
            "处置中",
            "吴倩",
        )
        for i in range(20)
    )
    reports = tuple(
        ReportRow(
            i % 20,
            f"仓库火灾{i}",
            "首报·书面",
            START + i * minute,
            START + i * minute,
            0,
            "传真",
            "市应急管理局值班室",
            "吴倩",
        )
        for i in range(40)
    )
    return DailyLog(
        START.date(),
        START,
        START + timedelta(days=1),
        ("刘志强",),
        ("吴倩",),
        entries,
        incidents,
        reports,
    )


def ledger_rows(n: int) -> list[LedgerRow]:
    base = datetime(2026, 1, 1, 0, 0)
    rows = []
    for i in range(n):
        at = base + timedelta(minutes=5 * i)
        groups = (
            at + timedelta(minutes=30),
            at + timedelta(minutes=25),
            0,
            at + timedelta(minutes=60),
            at + timedelta(minutes=70),
            10,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "计时中",
            None,
        )
        rows.append(
            LedgerRow(
                i + 1,
                at,
                at - timedelta(minutes=20),
                f"河口镇仓库火灾{i}",
                "火灾",
                "河口镇",
                "工业园区兴业路8号",
                "较大",
                i % 3,
                0,
                i % 5,
                "处置中",
                None,
                groups,
                i % 4,
            )
        )
    return rows


def plain_write_only(path: Path, rows: list[LedgerRow]) -> None:
    """The baseline: the same cells through write-only mode, no styles, no progress."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    ws.append(["台账"])
    ws.append([""] * len(headers()))
    ws.append(headers())
    for row in rows:
        ws.append(row.values())
    workbook.save(path)


def timed(fn: object, *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)  # type: ignore[operator]
    return time.perf_counter() - start


def memory_child(n: int) -> None:
    """Run in a fresh process: build the rows, write the ledger, print the peak RSS in MB."""
    rows = ledger_rows(n)
    with tempfile.TemporaryDirectory() as folder:
        write_ledger(
            Path(folder) / "l.xlsx",
            rows,
            bureau="示范县应急管理局",
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
        )
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main(n: int) -> None:
    import openpyxl  # noqa: F401  (imported before timing: ~100 ms that no export pays twice)

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        log = busy_day()
        daily = [
            timed(write_daily_workbook, out / f"d{i}.xlsx", [log], "示范县应急管理局")
            for i in range(5)
        ]
        print(
            f"daily workbook (300 entries, 20 incidents, 40 reports): "
            f"median {statistics.median(daily) * 1000:.0f} ms (target < 500 ms)"
        )
        rows = ledger_rows(n)
        plain = timed(plain_write_only, out / "plain.xlsx", rows)
        ours = timed(
            write_ledger,
            out / "ledger.xlsx",
            rows,
            bureau="示范县应急管理局",
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
            progress=lambda done, total: None,
        )
        print(
            f"ledger {n} incidents × {len(headers())} columns: write_ledger {ours:.1f} s, "
            f"plain write-only {plain:.1f} s, ratio {ours / plain:.2f}× (target ≤ 1.5×)"
        )
    child = subprocess.run(
        [sys.executable, __file__, "--memory", str(n)], capture_output=True, text=True, check=True
    )
    print(
        f"ledger peak memory (whole process, rows included): {float(child.stdout):.0f} MB "
        f"(target < 200 MB)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        memory_child(int(sys.argv[2]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
