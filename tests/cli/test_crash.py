"""Crash safety and restarts: SIGKILL mid-edit loses nothing; missed deadlines ring once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db import check_database
from dutyroom.app.compose import open_room
from dutyroom.app.paths import database_path
from dutyroom.clock import FakeClock
from dutyroom.models import LogKind, ObligationState
from tests.storage_access import store_of

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)

# Receives an incident and keeps editing it and its draft, as the form's autosave would, until
# killed. "ready" comes after some edits so that the kill lands in the middle of the loop.
EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dutyroom.app.compose import open_room

    room = open_room(Path(sys.argv[1]))
    incident = room.incidents.receive({"title": "崩溃测试：化工厂爆炸", "deaths": 3})
    key = str(incident.id)
    i = 0
    while True:
        i += 1
        draft = {"title": "崩溃测试", "n": i, "summary": "经过" * 50}
        room.alarms.save_draft("incident", key, draft)
        room.incidents.update(incident.id, {"summary": f"第{i}次编辑", "injured": i % 40})
        if i == 20:
            print("ready", incident.id, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_mid_edit_loses_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("ready"), proc.stderr.read() if proc.stderr else line
        incident_id = int(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert check_database(database_path(tmp_path)) == []  # integrity_check and foreign keys
    room = open_room(tmp_path)
    incident = room.incidents.get(incident_id)
    assert incident.title == "崩溃测试：化工厂爆炸" and incident.summary.startswith("第")
    edits = int(incident.summary.removeprefix("第").removesuffix("次编辑"))
    assert edits >= 20
    pending = [
        ob.kind.value
        for ob in room.incidents.obligations_of(incident_id)
        if ob.status is ObligationState.PENDING
    ]
    assert sorted(pending) == ["followup", "phone", "written"]
    draft = room.alarms.load_draft("incident", str(incident_id))
    assert draft is not None
    # Each loop saves the draft first, then the incident: the kill can fall between the two.
    assert draft.payload["n"] in (edits, edits + 1)
    db = store_of(room).db
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def missed_logs(data: Path) -> list[str]:
    room = open_room(data, FakeClock(T0))
    entries = store_of(room).log.between(T0 - timedelta(days=1), T0 + timedelta(days=2))
    return [e.content for e in entries if e.kind is LogKind.ALARM and "程序未运行期间" in e.content]


def test_deadlines_missed_while_closed_are_overdue_on_start_and_logged_once(
    tmp_path: Path,
) -> None:
    room = open_room(tmp_path, FakeClock(T0))
    incident = room.incidents.receive({"title": "山体滑坡", "trapped": 3})
    room.alarms.heartbeat(T0 + timedelta(minutes=1))  # the app was last seen a minute later
    room.close()

    later = T0 + timedelta(hours=3)
    room = open_room(tmp_path, FakeClock(later))  # "start": the PC was off for three hours
    states = {t.obligation.kind.value: t.timer.state for t in room.incidents.open_timers()}
    assert states["phone"] is ObligationState.OVERDUE
    assert states["written"] is ObligationState.OVERDUE
    raised = room.alarms.catch_up()
    assert {m.minutes_late(later) for m in raised} == {150, 120}
    assert all(m.obligation_id for m in raised)
    assert room.alarms.catch_up() == []  # a second call in the same run
    room.close()

    room = open_room(tmp_path, FakeClock(later + timedelta(minutes=1)))  # a quick restart
    assert room.alarms.catch_up() == []
    room.close()

    logs = missed_logs(tmp_path)
    assert len(logs) == 2
    assert any("首报·电话" in t and "已超时150分钟" in t and "山体滑坡" in t for t in logs)
    assert any("首报·书面" in t and "已超时120分钟" in t for t in logs)
    assert incident.id is not None
