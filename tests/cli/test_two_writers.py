"""Several writers at once (the GUI and commands, or two commands): every write a command
confirms is stored, and one that cannot get the lock says so in Chinese with exit 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dutyroom.app.paths import database_path
from tests.cli.test_cli import ROOT
from tests.core.roster_helpers import make_room

WRITERS = 24


def start(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DUTYROOM_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "dutyroom", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_room(database_path(folder)).close()
    return folder


def stored_texts(data: Path) -> set[str]:
    with sqlite3.connect(database_path(data)) as conn:
        rows = conn.execute("SELECT content FROM log_entry WHERE content LIKE '并发%'").fetchall()
    return {row[0] for row in rows}


@pytest.mark.slow
def test_many_writers_at_once_lose_no_confirmed_write(data: Path) -> None:
    texts = [f"并发写入第{i}条" for i in range(WRITERS)]
    procs = [start(data, "log", "add", "--kind", "来电", "--text", text) for text in texts]
    confirmed, refused = set(), 0
    for text, proc in zip(texts, procs, strict=True):
        _, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err
        if proc.returncode == 0:
            confirmed.add(text)
        else:
            assert proc.returncode == 2 and "数据库正忙" in err, err
            refused += 1
    assert confirmed and confirmed <= stored_texts(data)
    # A refused write left nothing behind: what is stored is exactly what was confirmed.
    assert stored_texts(data) == confirmed, refused


@pytest.mark.slow
def test_a_writer_behind_a_long_lock_is_told_the_database_is_busy(data: Path) -> None:
    holder = sqlite3.connect(database_path(data), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        began = time.monotonic()
        proc = start(data, "log", "add", "--kind", "来电", "--text", "并发被挡住")
        _, err = proc.communicate(timeout=60)
        waited = time.monotonic() - began
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 2, err
    assert "数据库正忙" in err and "Traceback" not in err
    assert waited >= 4  # it waited for the lock (busy timeout) before giving up
    assert stored_texts(data) == set()
