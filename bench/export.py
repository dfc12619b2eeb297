"""Exports: the daily workbook of a busy day (target < 0.5 s); the ledger (filed sheet and
detail sheet) of a year of 30,000 incidents with their reports and 领导批示 read from a data folder
(`export ledger`: open the room, collect, write) against a plain sqlite3 + openpyxl write-only
script reading the same file and writing the same cells with the same styles, in the same run
(target ratio ≤ 1.1×); and the ledger's peak memory for 100,000 rows in a fresh subprocess
(target < 200 MB).

Run: python -m bench.export [incidents]   (default 30000)
"""

from __future__ import annotations

import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dutyroom.clock import FakeClock
from dutyroom.documents.daily import DailyLog, IncidentRow, LogRow, ReportRow
from dutyroom.excel.daily_log import write_daily_workbook
from dutyroom.excel.ledger import (
    detail_values,
    filed_headers,
    filed_values,
    headers,
    ledger_title,
    write_ledger,
)
from dutyroom.ledger_rows import LedgerRow

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 8, 30, tzinfo=TZ)
KINDS = ("来电", "去电", "文电", "预警", "领导批示", "接报", "报送", "提醒", "签到", "其他")
BUREAU = "示范县应急管理局"
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
MEMORY_ROWS = 100_000
REPEATS = 2
TOWNS = ("城关镇", "青山乡", "河口镇", "石门乡", "新塘镇")
CATEGORIES = ("火灾", "道路交通事故", "山体滑坡", "溺水", "内涝")
MINUTE = timedelta(minutes=1)


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


# ---------------------------------------------------------------- a year in a data folder


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def fill(db_path: Path, n: int) -> datetime:
    """`n` incidents over 2026 with their obligations (phone, written, 续报, 补报, 终报; done,
    late, pending, cancelled), the evidence of the done ones (a first report per unit) and a
    领导批示 on some, inserted with executemany; returns the `now` of the export."""
    rng = random.Random(13)
    first = datetime(2026, 1, 1, 0, 10, tzinfo=TZ)
    step = timedelta(minutes=(365 * 24 * 60 - 30) / n)
    now = first + step * (n - 1) + 20 * MINUTE
    incidents, obligations = [], []
    instructions: list[tuple[str, int, str, str]] = []
    for i in range(n):
        received = first + step * i
        major = rng.random() < 0.3
        roll = rng.random()
        status = "open" if i >= n - 50 or roll >= 0.9 else "voided" if roll < 0.03 else "closed"
        closed_at = received + timedelta(hours=rng.randrange(2, 72)) if status == "closed" else None
        incidents.append(
            (
                i + 1,
                _iso(received),
                _iso(received - 20 * MINUTE) if i % 7 else None,
                f"{rng.choice(TOWNS)}{rng.choice(CATEGORIES)}{i}",
                rng.choice(CATEGORIES),
                "民房火灾" if i % 11 == 0 else "",
                rng.choice(TOWNS),
                f"第{i % 40}组",
                "较大" if major else "一般",
                "重大" if i % 97 == 0 else None,
                i % 3 if major else 0,
                1 if i % 53 == 0 else 0,
                i % 5,
                status,
                None if closed_at is None else _iso(closed_at),
                _iso(received + 30 * MINUTE) if status == "voided" else None,
                "重复接报" if status == "voided" and i % 2 else "",
                rng.choice(("李大山", "张建国", "")),
                rng.choice(("石门村", "河口镇安监站", "县交警大队")),
                rng.choice(("吴倩", "孙丽娟", "赵晓明")),
                "现场明火已扑灭，伤员已送医。" if i % 3 else "",
            )
        )
        if major and i % 5 == 0:
            instructions.append(
                (_iso(received + 15 * MINUTE), i + 1, "全力救治伤员，及时续报。", "刘志强")
            )
        owed = [("first_phone", "phone", 30), ("first_written", "written", 60)] if major else []
        owed = owed or [("general_written", "written", 180)]
        followups = rng.randrange(0, 4) if major else rng.randrange(0, 2)
        owed += [("followup", "followup", 60 + 120 * k) for k in range(1, followups + 1)]
        if i % 19 == 0:
            owed.append(("supplementary", "supplementary", 24 * 60))
        for code, kind, minutes in owed:
            obligations.append((i + 1, code, kind, received, received + minutes * MINUTE, status))
        if closed_at is not None:
            obligations.append(
                (i + 1, "final", "final", closed_at, closed_at + 1440 * MINUTE, status)
            )
    rows = []
    evidence: list[tuple[int, str, str, str, str, str]] = []
    for number, (incident_id, code, kind, anchor_at, due, status) in enumerate(obligations):
        sequence = 1
        if kind == "followup":
            sequence = 1 + sum(1 for o in obligations[max(0, number - 3) : number]
                               if o[0] == incident_id and o[2] == "followup")  # fmt: skip
        done_at: datetime | None = due + timedelta(minutes=rng.randrange(-25, 40))
        state, reason = "done", ""
        if kind == "supplementary" or (status == "voided" and rng.random() < 0.6):
            state, reason, done_at = "cancelled", "无需报送", None
        elif status == "open" and (due > now or rng.random() < 0.3):
            state, done_at = "pending", None
        late = None if done_at is None else max(0, -((due - done_at) // MINUTE))
        rows.append(
            (number + 1, incident_id, code, kind, "received", _iso(anchor_at), _iso(due),
             sequence, state, None if done_at is None else _iso(done_at), late, reason)
        )  # fmt: skip
        if done_at is not None:  # a first report reaches two units, each its own evidence
            method = "电话" if kind == "phone" else "传真"
            units = (
                ("市应急管理局", "县人民政府总值班室")
                if kind in ("phone", "written")
                else ("市应急管理局",)
            )
            for unit in units:
                evidence.append((number + 1, _iso(done_at), method, unit, "值班员", "吴倩"))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany(
            "INSERT INTO incident (id, received_at, occurred_at, title, category, subtype, "
            "township, place, grade, grade_override, deaths, missing, injured, status, "
            "closed_at, voided_at, void_reason, reporter, reporter_unit, received_by, summary) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            incidents,
        )
        conn.executemany(
            "INSERT INTO obligation (id, incident_id, rule_code, kind, anchor, anchor_at, due_at, "
            "sequence, status, done_at, minutes_late, cancelled_reason) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO evidence (obligation_id, done_at, method, to_unit, to_person, done_by) "
            "VALUES (?,?,?,?,?,?)",
            evidence,
        )
        conn.executemany(
            "INSERT INTO log_entry (at, kind, content, ref_table, ref_id, person) "
            "VALUES (?,'领导批示',?,'incident',?,?)",
            [(at, content, ref, person) for at, ref, content, person in instructions],
        )
    conn.close()
    return now


# ---------------------------------------------------------------- the plain script

NUMERALS = "一二三四五六七八九十"
SHORT = {
    "phone": "电话",
    "written": "书面",
    "followup": "续报",
    "supplementary": "补报",
    "final": "终报",
}
PLAIN_WIDTHS = (5, 16.5, 24, 16, 10, 5.5, 15, 18, 8, 36, 10)


def _local(text: str | None) -> datetime | None:
    if text is None:
        return None
    at = datetime.fromisoformat(text).astimezone(TZ)
    return at.replace(tzinfo=None, second=0, microsecond=0)


def _clock(at: datetime, day: date) -> str:
    hm = f"{at.hour:02d}:{at.minute:02d}"
    return hm if at.date() == day else f"{at.month}月{at.day}日 {hm}"


PlainOb = tuple[int, str, str, str | None, int | None]  # id, status, due_at, done_at, late


def plain_rows(
    conn: sqlite3.Connection, lo: str, hi: str, now: datetime
) -> Iterator[tuple[list[object], list[object]]]:
    """The ledger's rows (filed sheet, detail sheet) straight from SQL: four queries, grouped in
    dicts."""
    evidence: dict[int, list[tuple[str, str]]] = {}
    for obligation_id, method, to in conn.execute(
        "SELECT e.obligation_id, e.method, e.to_unit || e.to_person FROM evidence AS e "
        "JOIN obligation AS o ON o.id = e.obligation_id JOIN incident AS i ON i.id = o.incident_id "
        "WHERE i.received_at >= ? AND i.received_at < ? ORDER BY e.done_at, e.id",
        (lo, hi),
    ):
        evidence.setdefault(obligation_id, []).append((method, to))
    instructions: dict[int, list[tuple[str, str, str]]] = {}
    for incident_id, at, content, person in conn.execute(
        "SELECT l.ref_id, l.at, l.content, l.person FROM log_entry AS l "
        "JOIN incident AS i ON i.id = l.ref_id WHERE l.ref_table = 'incident' "
        "AND l.kind = '领导批示' AND i.received_at >= ? AND i.received_at < ? ORDER BY l.at, l.id",
        (lo, hi),
    ):
        instructions.setdefault(incident_id, []).append((at, content, person))
    obligations: dict[int, dict[str, list[PlainOb]]] = {}
    for obligation_id, incident_id, kind, status, due_at, done_at, late in conn.execute(
        "SELECT o.id, o.incident_id, o.kind, o.status, o.due_at, o.done_at, o.minutes_late "
        "FROM obligation AS o JOIN incident AS i ON i.id = o.incident_id "
        "WHERE i.received_at >= ? AND i.received_at < ? ORDER BY o.due_at, o.sequence, o.id",
        (lo, hi),
    ):
        by_kind = obligations.setdefault(incident_id, {})
        by_kind.setdefault(kind, []).append((obligation_id, status, due_at, done_at, late))

    def state(ob: PlainOb) -> str:
        if ob[1] == "done":
            return f"迟报{ob[4]}分钟" if ob[4] else "按时"
        return "未报，已超时" if now > datetime.fromisoformat(ob[2]) else "未报"

    def how(ob: PlainOb) -> str:
        by_method: dict[str, list[str]] = {}
        for method, to in evidence.get(ob[0], ()):
            units = by_method.setdefault(method, [])
            if to and to not in units:
                units.append(to)
        return "；".join(f"{m}：{'、'.join(u)}" if u else m for m, u in by_method.items())

    for row in conn.execute(
        "SELECT id, received_at, occurred_at, title, subtype, category, township, place, "
        "grade_override, grade, deaths, missing, injured, status, void_reason, closed_at, "
        "forest_area_ha, magnitude, reporter, reporter_unit, received_by, summary FROM incident "
        "WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id",
        (lo, hi),
    ):
        (incident_id, received, occurred, title, subtype, category, township, place,
         override, grade, deaths, missing, injured, status, void_reason, closed, area,
         magnitude, reporter, reporter_unit, received_by, summary) = row  # fmt: skip
        if status == "closed":
            state_text = "已终结"
        elif status == "voided":
            state_text = f"作废（{void_reason}）" if void_reason else "作废"
        else:
            state_text = "处置中"
        received_at = _local(received)
        assert received_at is not None
        day = received_at.date()
        by_kind = obligations.get(incident_id, {})
        groups: list[object] = []
        parts: list[str] = []
        followups = 0
        for kind in ("phone", "written", "followup", "supplementary", "final"):
            obs = by_kind.get(kind, [])
            live = [ob for ob in obs if ob[1] != "cancelled"]
            made = 0
            for ob in live:
                name = SHORT[kind]
                if ob[1] == "done" and ob[3] is not None:
                    made += 1
                    if kind == "followup":
                        name = f"续报{NUMERALS[made - 1] if made <= 10 else made}"
                    done_at = _local(ob[3])
                    assert done_at is not None
                    text = f"{name} {_clock(done_at, day)} {state(ob)}"
                else:
                    due = _local(ob[2])
                    assert due is not None
                    overdue = now > datetime.fromisoformat(ob[2])
                    text = f"{name} 未报{'，已超时' if overdue else ''}（应于{_clock(due, day)}前）"
                if text not in parts:
                    parts.append(text)
            if kind == "followup":
                followups = made
            if not live:
                groups += [None, None, "已取消" if obs else None, None, ""]
                continue
            ob = live[-1] if kind == "followup" else live[0]
            if ob[1] == "done":
                groups += [_local(ob[2]), _local(ob[3]), state(ob), ob[4] or 0, how(ob)]
            else:
                groups += [_local(ob[2]), None, state(ob), None, ""]
        noted = []
        for at, content, person in instructions.get(incident_id, ()):
            clock = _clock(_local(at) or received_at, day)
            noted.append(f"{clock} {person}：{content}" if person else f"{clock} {content}")
        if not township or place.startswith(township):
            where = place or township
        else:
            where = "，".join(p for p in (township, place) if p)
        casualties = "、".join(
            f"{label}{n}人"
            for label, n in (("死亡", deaths), ("失踪", missing), ("受伤", injured))
            if n
        )
        who = (
            f"{reporter}（{reporter_unit}）"
            if reporter and reporter_unit
            else reporter or reporter_unit
        )
        filed: list[object] = [
            incident_id, received_at, title, where, subtype or category, override or grade,
            casualties, who, received_by, "；".join(parts), state_text,
        ]  # fmt: skip
        detail: list[object] = [
            incident_id, received_at, _local(occurred), title, subtype or category,
            township, place, override or grade, deaths, missing, injured, area or None,
            magnitude or None, reporter, reporter_unit, received_by, summary, state_text,
            _local(closed), *groups, followups, "\n".join(noted),
        ]  # fmt: skip
        yield filed, detail


def _plain_height(values: list[object]) -> float:
    import math
    import unicodedata

    lines = 1
    for value, width in zip(values, PLAIN_WIDTHS, strict=True):
        if isinstance(value, str) and value:
            room = max(1.0, width - 1.5)
            count = sum(
                max(1, math.ceil(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                                     for c in part) / room))
                for part in value.split("\n")
            )  # fmt: skip
            lines = max(lines, count)
    return min(409.0, lines * 13.5 + 3.0)


def plain_script(db_path: Path, out: Path, now: datetime) -> None:
    """The baseline: sqlite3 and openpyxl write-only mode, the same two sheets with the same
    cell styles (one styled cell per column, re-filled), the same row heights."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, NamedStyle

    lo = datetime.combine(YEAR[0], datetime.min.time(), tzinfo=TZ)
    hi = datetime.combine(YEAR[1] + timedelta(days=1), datetime.min.time(), tzinfo=TZ)
    conn = sqlite3.connect(db_path)
    workbook = Workbook(write_only=True)
    text_style = NamedStyle(
        "t", font=Font(size=10), alignment=Alignment(wrap_text=True, vertical="top")
    )
    date_style = NamedStyle("d", font=Font(size=10), number_format="yyyy-mm-dd hh:mm")
    detail_date = NamedStyle("dd", number_format="yyyy-mm-dd hh:mm")
    for style in (text_style, date_style, detail_date):
        workbook.add_named_style(style)
    filed = workbook.create_sheet("接报台账")
    detail = workbook.create_sheet("明细")
    filed.append([ledger_title(BUREAU, *YEAR)])
    filed.append(filed_headers())
    detail.append(headers())
    filed_cells = []
    for col in range(len(PLAIN_WIDTHS)):
        cell = WriteOnlyCell(filed)
        cell.style = date_style if col == 1 else text_style
        filed_cells.append(cell)
    detail_cells = []
    for col in range(len(headers())):
        cell = WriteOnlyCell(detail)
        if headers()[col].endswith(("时间", "时限")):
            cell.style = detail_date
        detail_cells.append(cell)
    heights = filed.row_dimensions
    for number, (filed_row, detail_row) in enumerate(
        plain_rows(conn, _iso(lo), _iso(hi), now), start=3
    ):
        heights[number].height = _plain_height(filed_row)
        for cell, value in zip(filed_cells, filed_row, strict=True):
            cell.value = value
        filed.append(filed_cells)
        del heights[number]
        for cell, value in zip(detail_cells, detail_row, strict=True):
            cell.value = value
        detail.append(detail_cells)
    conn.close()
    workbook.save(out)


def dutyroom_export(data_dir: Path, out: Path, now: datetime) -> int:
    """What `dutyroom export ledger --from 2026-01-01 --to 2026-12-31` does."""
    from dutyroom.app.compose import open_room
    from dutyroom.ledger_rows import collect_ledger_rows

    room = open_room(data_dir, FakeClock(now))
    rows = collect_ledger_rows(room, *YEAR)
    write_ledger(out, rows, bureau=room.bureau.name(), start=YEAR[0], end=YEAR[1])
    room.close()
    return len(rows)


# ---------------------------------------------------------------- memory


def ledger_rows(n: int) -> list[LedgerRow]:
    base = datetime(2026, 1, 1, 0, 0)
    rows = []
    for i in range(n):
        at = base + timedelta(minutes=5 * i)
        groups = (
            at + timedelta(minutes=30),
            at + timedelta(minutes=25),
            "按时",
            0,
            "电话：市应急管理局、县人民政府总值班室",
            at + timedelta(minutes=60),
            at + timedelta(minutes=70),
            "迟报10分钟",
            10,
            "传真：市应急管理局、县人民政府总值班室",
            at + timedelta(minutes=180),
            None,
            "未报",
            None,
            "",
            *(None, None, None, None, "") * 2,
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
                reporter="李大山",
                reporter_unit="石门村",
                received_by="吴倩",
                summary="仓库起火，现场明火已得到控制。",
                reports="电话 00:25 按时；书面 01:10 迟报10分钟；续报 未报（应于03:00前）",
            )
        )
    return rows


def timed(fn: object, *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)  # type: ignore[operator]
    return time.perf_counter() - start


def cpu_timed(fn: object, *args: object) -> float:
    """CPU seconds of the process: on a shared machine the wall clock measures the neighbours."""
    start = time.process_time()
    fn(*args)  # type: ignore[operator]
    return time.process_time() - start


def memory_child(n: int) -> None:
    """Run in a fresh process: build the rows, write the ledger, print the peak RSS in MB."""
    rows = ledger_rows(n)
    with tempfile.TemporaryDirectory() as folder:
        write_ledger(Path(folder) / "l.xlsx", rows, bureau=BUREAU, start=YEAR[0], end=YEAR[1])
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main(n: int) -> None:
    import openpyxl  # noqa: F401  (imported before timing: ~100 ms that no export pays twice)

    from dutyroom.app.compose import open_room
    from dutyroom.app.paths import database_path
    from dutyroom.ledger_rows import collect_ledger_rows

    # First: Linux keeps the peak RSS across fork and exec, so a child of a parent that already
    # held the year's rows would report the parent's peak.
    child = subprocess.run(
        [sys.executable, __file__, "--memory", str(MEMORY_ROWS)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(
        f"ledger peak memory ({MEMORY_ROWS} rows, whole process, rows included): "
        f"{float(child.stdout):.0f} MB (target < 200 MB)"
    )

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        log = busy_day()
        daily = [timed(write_daily_workbook, out / f"d{i}.xlsx", [log], BUREAU) for i in range(5)]
        print(
            f"daily workbook (300 entries, 20 incidents, 40 reports): "
            f"median {statistics.median(daily) * 1000:.0f} ms (target < 500 ms)"
        )
        data = out / "data"
        room = open_room(data)
        room.close()
        db_path = database_path(data)
        now = fill(db_path, n)
        room = open_room(data, FakeClock(now))
        ours_rows = [(filed_values(r), detail_values(r)) for r in collect_ledger_rows(room, *YEAR)]
        room.close()
        conn = sqlite3.connect(db_path)
        lo = _iso(datetime.combine(YEAR[0], datetime.min.time(), tzinfo=TZ))
        hi = _iso(datetime.combine(YEAR[1] + timedelta(days=1), datetime.min.time(), tzinfo=TZ))
        if list(plain_rows(conn, lo, hi, now)) != ours_rows or len(ours_rows) != n:
            raise SystemExit("the plain script does not write the ledger's rows")
        conn.close()
        ours, plain = [], []
        for i in range(REPEATS):  # interleaved: both see the same machine load
            plain.append(cpu_timed(plain_script, db_path, out / f"plain{i}.xlsx", now))
            ours.append(cpu_timed(dutyroom_export, data, out / f"ledger{i}.xlsx", now))
        best_ours, best_plain = min(ours), min(plain)
        print(
            f"ledger {n} incidents × ({len(filed_headers())} + {len(headers())}) columns "
            "from the data folder: "
            f"export ledger {best_ours:.2f} s, plain sqlite3 + write-only {best_plain:.2f} s "
            f"(CPU time), "
            f"ratio {best_ours / best_plain:.2f}× (target ≤ 1.1×; best of {REPEATS})"
        )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        memory_child(int(sys.argv[2]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 30_000)
