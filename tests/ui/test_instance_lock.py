"""The data folder's lock: taken before the database is opened, taken over from a dead holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dutyroom.app.cli.maintenance import LOCK_FILENAME, gui_running, lock_held
from ui.hand_over import hand_over
from ui.instance_lock import Held, InstanceLock, lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ui.instance_lock import InstanceLock
app = QCoreApplication([])
lock = InstanceLock(Path(sys.argv[1]))
print(lock.acquire().held.value, flush=True)
sys.stdin.readline()  # hold until told, or until killed
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another process holding the folder's lock, as a running window would."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == Held.ACQUIRED.value
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(10)


def test_the_cli_and_the_window_name_the_same_file(tmp_path: Path) -> None:
    assert lock_path(tmp_path).name == LOCK_FILENAME


def test_one_holder_at_a_time_and_release_lets_the_next_in(qapp, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire().held is Held.ACQUIRED
    state = second.acquire()
    assert (state.held, state.pid) == (Held.HERE, os.getpid())
    first.release()
    assert second.acquire().held is Held.ACQUIRED
    second.release()


def test_a_live_process_holds_the_folder(qapp, tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    state = InstanceLock(tmp_path).acquire()
    assert (state.held, state.pid) == (Held.HERE, holder.pid)
    assert lock_held(tmp_path) and gui_running(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_of_a_killed_process_is_taken_over(qapp, tmp_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert lock_path(tmp_path).exists()  # what a power cut leaves behind
    assert not lock_held(tmp_path) and not gui_running(tmp_path)
    lock = InstanceLock(tmp_path)
    assert lock.acquire().held is Held.ACQUIRED
    lock.release()


@pytest.mark.parametrize("content", ["", "garbage\n"])
def test_an_unreadable_lock_left_by_a_power_cut_is_taken_over(
    qapp, tmp_path: Path, content: str
) -> None:
    """The file exists but names no holder (cut between creating and writing it): without the
    take-over the folder would be refused for ever."""
    lock_path(tmp_path).write_text(content, encoding="utf-8")
    lock = InstanceLock(tmp_path)
    assert lock.acquire().held is Held.ACQUIRED
    assert InstanceLock(tmp_path).acquire().held is Held.HERE  # and it is ours now
    lock.release()


def test_a_lock_from_another_computer_is_refused_with_its_name(qapp, tmp_path: Path) -> None:
    # The file Qt writes: pid, program, host, machine id, boot id.
    lock_path(tmp_path).write_text("4242\ndutyroom\nzhiban-pc-2\nabc\ndef\n", encoding="utf-8")
    state = InstanceLock(tmp_path).acquire()
    assert (state.held, state.pid, state.host) == (Held.ELSEWHERE, 4242, "zhiban-pc-2")
    assert lock_held(tmp_path)
    reports: list[tuple[str, str]] = []
    assert not hand_over(tmp_path, state, report=lambda t, m: reports.append((t, m)))
    [(_title, text)] = reports
    assert "zhiban-pc-2" in text and str(lock_path(tmp_path)) in text


def test_a_folder_that_cannot_hold_a_lock_starts_unguarded(qapp, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert InstanceLock(blocker / "data").acquire().held is Held.UNAVAILABLE


def test_no_lock_file_means_nobody_holds_it(tmp_path: Path) -> None:
    assert not lock_held(tmp_path)
