"""The writer killed by test_power_cut: op i of a fixed script, printed once the API confirms it.

usage: python power_cut_writer.py DATA_DIR START_OP STOP_OP TOTAL_OPS

Op i is an incident received (i % 3 == 0), a duty-log entry (i % 3 == 1) or the report (with its
evidence) of the phone obligation of the incident of op i - 2 (i % 3 == 2). A restart begins at
the first op the harness has not seen confirmed and pauses at STOP_OP (so that every planned
kill still finds work to interrupt); that op may already be in the database (killed
between the commit and the print), so each op is skipped when already there — never done twice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dutyroom.app.compose import open_room
from dutyroom.models import Evidence, LogKind
from dutyroom.services import DutyRoom
from tests.storage_access import store_of


def title(op: int) -> str:
    return f"断电测试事件{op:04d}"


def content(op: int) -> str:
    return f"断电测试日志{op:04d}：县消防大队来电报告火情已扑灭"


def incident_id(room: DutyRoom, op: int) -> int | None:
    db = store_of(room).db
    row = db.execute("SELECT id FROM incident WHERE title = ?", (title(op),)).fetchone()
    return None if row is None else int(row[0])


def phone_obligation(room: DutyRoom, incident: int) -> tuple[int, bool]:
    """The phone obligation of `incident` and whether it is already reported."""
    ob = next(ob for ob in room.incidents.obligations_of(incident) if ob.kind.value == "phone")
    assert ob.id is not None
    return ob.id, ob.status.value == "done"


def run_op(room: DutyRoom, op: int) -> None:
    db = store_of(room).db
    if op % 3 == 0:
        if incident_id(room, op) is None:
            room.incidents.receive({"title": title(op), "deaths": 3, "summary": "经过" * 40})
    elif op % 3 == 1:
        found = db.execute("SELECT 1 FROM log_entry WHERE content = ?", (content(op),)).fetchone()
        if found is None:
            room.log.add(LogKind.CALL_IN, content(op), unit="县消防大队", person="张三")
    else:
        incident = incident_id(room, op - 2)
        assert incident is not None, f"op {op - 2} missing before op {op}"
        obligation, done = phone_obligation(room, incident)
        if not done:
            now = room.clock.now()
            evidence = Evidence(
                obligation, now, "电话", "市应急管理局、县人民政府总值班室", "李四", "王五"
            )
            room.incidents.report(obligation, evidence)


def main() -> None:
    data_dir, start, stop, total = Path(sys.argv[1]), *map(int, sys.argv[2:5])
    room = open_room(data_dir)
    print("ready", flush=True)
    for op in range(start, stop):
        run_op(room, op)
        print(op, flush=True)
    if stop < total:  # leave ops for the kills still to come: idle until killed
        print("paused", flush=True)
        sys.stdin.readline()
    print("done", flush=True)


if __name__ == "__main__":
    main()
