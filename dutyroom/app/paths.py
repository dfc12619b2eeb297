"""The one owner of dutyroom's folders, without Qt so the headless CLI and the GUI agree.

DESIGN.md asked for QStandardPaths in ui/paths.py, but the CLI must find the same database
without importing Qt; these are the folders QStandardPaths.AppLocalDataLocation would give.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "DUTYROOM_DATA_DIR"
DB_FILENAME = "dutyroom.sqlite3"


def default_data_dir() -> Path:
    """DUTYROOM_DATA_DIR if set, else the per-user local data folder of this platform."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "dutyroom"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "dutyroom"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dutyroom"


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def exports_dir(data_dir: Path) -> Path:
    return data_dir / "exports"
