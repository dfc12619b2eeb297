"""One running app per data folder; a second launch hands over and wakes the first."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from ui.single_instance import RAISE_MESSAGE, SingleInstance, server_name_for


@pytest.fixture
def primary(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    instance = SingleInstance(tmp_path / "a")
    assert instance.listen()
    yield instance
    instance.close()


def test_names_differ_per_folder_and_are_stable(tmp_path: Path) -> None:
    assert server_name_for(tmp_path / "a") == server_name_for(tmp_path / "a")
    assert server_name_for(tmp_path / "a") != server_name_for(tmp_path / "b")


def test_a_second_launch_sends_raise_to_the_first(
    qtbot, primary: SingleInstance, tmp_path: Path
) -> None:
    second = SingleInstance(tmp_path / "a")
    with (
        qtbot.waitSignal(primary.raise_requested, timeout=3000),
        qtbot.waitSignal(primary.message_received, check_params_cb=lambda m: m == RAISE_MESSAGE),
    ):
        assert second.notify_running()


def test_another_folder_runs_alongside(primary: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "b")
    assert not other.notify_running()
    assert other.listen()
    other.close()


def test_nobody_running_means_no_handoff(tmp_path: Path) -> None:
    assert not SingleInstance(tmp_path / "lonely").notify_running()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_stale_socket_left_by_a_crash_is_replaced(qtbot, tmp_path: Path) -> None:
    name = server_name_for(tmp_path / "crashed")
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    # What a killed process leaves: a socket file nobody listens on.
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(path)
    leftover.close()
    assert Path(path).exists()

    instance = SingleInstance(tmp_path / "crashed")
    assert not instance.notify_running()
    assert instance.listen()
    second = SingleInstance(tmp_path / "crashed")
    with qtbot.waitSignal(instance.raise_requested, timeout=3000):
        assert second.notify_running()
    instance.close()
