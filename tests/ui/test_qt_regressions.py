"""Known faults of the Qt binding that would kill a 24-hour app, checked on the installed one."""

from __future__ import annotations

import subprocess
import sys

DISCONNECT_LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    fired = Signal()

def slot() -> None:
    pass

app = QCoreApplication([])
source = Source()
before = sys.getrefcount(True), sys.getrefcount(False)
for _ in range(200):
    source.fired.connect(slot)
    source.fired.disconnect(slot)
print(before == (sys.getrefcount(True), sys.getrefcount(False)))
"""


def test_signal_disconnect_keeps_bool_references() -> None:
    # PySide6 6.12.0 drops a reference to True/False per disconnect; Python 3.11 then aborts
    # with "bool_dealloc". pyproject.toml pins below it; this fails if a bad version comes back.
    result = subprocess.run(
        [sys.executable, "-c", DISCONNECT_LOOP],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "True"
