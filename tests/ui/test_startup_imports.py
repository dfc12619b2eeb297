"""What the first frame may cost: modules that only later pages, dialogs or jobs need stay out
of the start path (issue 7: lazy pages, no openpyxl, python-docx or charts at start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imported at the first use of what needs them, never before the window is on screen.
NOT_AT_START = (
    "sqlite_utils",  # migrations only (db/handle.py serves an up-to-date database)
    "apscheduler",  # the alarm scheduler starts after the first paint
    "openpyxl",
    "docx",
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "PySide6.QtPrintSupport",
    "dutyroom.stats",
    "dutyroom.documents",
    "ui.handover_page",
    "ui.printing",
    "ui.report_dialog",
    "ui.settings_page",
    "ui.wall_mode",
    "PySide6.QtNetwork",  # the second-launch server listens after the first paint
    "ui.single_instance",
    "logging.handlers",  # the log file opens at the first record (ui/errors_hook.py)
)

# PySide6 creates a class's Python enums when the class is first touched: QStyle's 566 members
# cost ~5 ms, so the first frame leaves it to Qt (the style comes from QApplication's arguments,
# style properties set before a widget is shown need no repolish).
NOT_TOUCHED_AT_START = ("QStyle",)

SCRIPT = """
import json, sys
from pathlib import Path
import ui.app as app
seen = {}
start_alarms = app.start_alarms
def at_first_paint(window):
    import PySide6.QtWidgets
    seen["modules"] = sorted(sys.modules)
    seen["classes"] = sorted(vars(PySide6.QtWidgets))
    start_alarms(window)
app.start_alarms = at_first_paint
code = app.run(Path(sys.argv[1]), ["dutyroom"])
print(json.dumps({"code": code, **seen}))
"""


def test_the_first_frame_imports_none_of_the_later_modules(tmp_path: Path) -> None:
    from dutyroom.app.compose import open_room
    from dutyroom.demo import fill

    room = open_room(tmp_path)
    fill(room)  # open incidents on the board, a roster, an alarm due
    room.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUTYROOM_SMOKE_QUIT": "1"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    modules = set(result["modules"])
    assert "ui.main_window" in modules  # the spy saw the running window
    loaded = [name for name in NOT_AT_START if name in modules]
    assert loaded == []
    classes = set(result["classes"])
    assert "QMainWindow" in classes  # the window's classes are there, resolved on first use
    touched = [name for name in NOT_TOUCHED_AT_START if name in classes]
    assert touched == []
