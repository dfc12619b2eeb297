"""A second launch on a folder that is already in use: wake the running window, or say why not.

Imported only by that second launch (it needs QtNetwork; the first frame of a normal start does
not). The running window listens only once its first frame is painted, and not at all while it
waits in a dialog (a damaged database), so the hand-over retries for a few seconds before it
tells the person what is going on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.instance_lock import Held, LockState
from ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

WAIT_S = 5.0
RETRY_S = 0.2

Report = Callable[[str, str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandOver", text)


def _information_box(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(None, title, text)


def window_answers(data_dir: Path) -> bool:
    """Without a lock (a folder where none can be made) the running window's server is the only
    sign of it: True if it answered and was asked to come to the front."""
    return SingleInstance(data_dir).notify_running()


def hand_over(
    data_dir: Path,
    state: LockState,
    *,
    report: Report | None = None,
    wait_s: float | None = None,
) -> bool:
    """True if the running window was asked to come to the front; otherwise the person is told
    why this launch stops (nothing is opened either way). Defaults: an information box, WAIT_S."""
    report = report or _information_box
    wait_s = WAIT_S if wait_s is None else wait_s
    title = _tr("值班系统已在运行")
    if state.held is Held.ELSEWHERE:
        log.warning("data folder %s is held by %s (pid %s)", data_dir, state.host, state.pid)
        report(
            title,
            _tr(
                "数据文件夹 {folder} 正被另一台电脑（{host}）上的值班系统使用，"
                "同一份数据不能在两台电脑上同时打开。\n\n"
                "如确认那台电脑上的值班系统已经关闭，请删除文件 {lock} 后再启动。"
            ).format(folder=data_dir, host=state.host, lock=state.path),
        )
        return False
    instance = SingleInstance(data_dir)
    deadline = time.monotonic() + wait_s
    while not instance.notify_running():
        if time.monotonic() >= deadline:
            log.warning("the dutyroom holding %s (pid %s) did not answer", data_dir, state.pid)
            report(
                title,
                _tr(
                    "值班系统已在本机运行（进程 {pid}），但暂时没有回应：它可能正在启动，"
                    "或正等待在某个对话框中操作。请在任务栏中找到它。"
                ).format(pid=state.pid),
            )
            return False
        time.sleep(RETRY_S)
    return True
