"""The database's quick_check after a clean start, off the start path.

After a clean exit the file is opened without reading it whole first (dutyroom/app/clean_exit.py);
the check then runs here on a thread once the window has painted. SQLite reads without the GIL,
so the officer's window stays live. Damage found now cannot be undone under an open room: the
officer is told at once, in words, and the next start checks before it opens and offers the
latest backup (the caller keeps the unclean-exit marker for that).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

POLL_MS = 200  # a finding a fifth of a second late is in time; the check takes 20–200 ms


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackgroundCheck", text)


class BackgroundCheck(QObject):
    """Signals:
    finished(list): the problems found (empty: sound), on the GUI thread.
    """

    finished = Signal(list)

    def __init__(
        self,
        check: Callable[[], list[str]],
        path: Path,
        parent: QWidget,
        *,
        warn: Callable[[QWidget, str, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._path = path
        self._window = parent
        self._warn = warn or _warn
        self.problems: list[str] | None = None  # None until the check has finished
        self._found: list[str] | None = None  # set by the worker thread, read on the GUI thread
        self._done = threading.Event()
        # The GUI thread looks for the result; nothing of Qt is touched from the worker thread.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    def start(self) -> None:
        self._poll.start()
        threading.Thread(target=self._run, name="background_quick_check", daemon=True).start()

    def _run(self) -> None:
        try:
            problems = self._check()
        except Exception as exc:  # an unreadable file is a finding, not a crash of the window
            log.exception("the background database check failed")
            problems = [str(exc)]
        self._found = problems
        self._done.set()

    def _look(self) -> None:
        if not self._done.is_set() or self._found is None:
            return
        self._poll.stop()
        problems = self.problems = list(self._found)
        self.finished.emit(problems)
        if not problems:
            log.info("background quick_check of %s: ok", self._path)
            return
        log.error("background quick_check of %s found: %s", self._path, problems[:5])
        text = _tr(
            "后台检查发现值班数据库文件有损坏：\n{path}\n检查结果：{problem}\n\n"
            "已保存的记录仍在，但请尽快：\n"
            "1. 在 设置 › 备份与导出 中点击“立即备份”；\n"
            "2. 关闭并重新启动程序，启动时会再次检查并提供恢复最近的备份。\n"
            "如问题反复出现，请联系管理员检查硬盘。"
        ).format(path=self._path, problem=problems[0][:200])
        self._warn(self._window, _tr("数据库检查发现问题"), text)


def _warn(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("background_check_warning")
    box.open()  # not exec(): the clocks and alarms keep running behind the message
