"""The clean-exit marker: did the last window on this data folder close properly?

The window writes the marker when it opens the database and removes it after closing it. A marker
found at start means the last run ended without closing (a power cut, a crash, a kill): only then
is the whole file read by PRAGMA quick_check before it is opened, so a long record (ten years is
about 250 MB, 170 ms of reading) does not slow every ordinary start. After a clean exit the check
still runs, off the start path (ui/background_check.py).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

MARKER_FILENAME = "dutyroom.running"


class RunMarker:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / MARKER_FILENAME

    def left_by_an_unclean_exit(self) -> bool:
        return self.path.exists()

    def set(self) -> None:
        """Written before the first change of this run; what it holds is for a person reading it."""
        self.path.write_text(
            f"pid {os.getpid()} since {datetime.now().astimezone():%Y-%m-%d %H:%M:%S%z}\n",
            encoding="utf-8",
        )

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
