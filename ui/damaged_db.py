"""Start-up guard: a database that fails PRAGMA quick_check is not opened; the latest backup is
offered instead, and the damaged file is kept under a new name, never deleted."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from dutyroom.errors import DutyRoomError
from ui.formatting import core_text

log = logging.getLogger(__name__)


class Doctor(Protocol):
    """A data folder's database before it is opened (dutyroom/app/compose.py DatabaseDoctor)."""

    @property
    def path(self) -> Path: ...
    def problems(self) -> list[str]: ...
    def latest_backup(self) -> Path | None: ...
    def restore(self, backup: Path, now: datetime) -> Path | None: ...


Chooser = Callable[[str, Path], bool]
"""choose(message, backup) -> True to restore `backup`, False to quit."""
Report = Callable[[str, str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamagedDatabase", text)


def ask_restore(message: str, backup: Path) -> bool:
    from PySide6.QtWidgets import QMessageBox  # only on a damaged database

    box = QMessageBox(QMessageBox.Icon.Critical, _tr("数据库已损坏"), message)
    restore = box.addButton(_tr("恢复此备份"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _critical(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


def check_before_open(
    doctor: Doctor,
    choose: Chooser = ask_restore,
    report: Report = _critical,
    *,
    problems: list[str] | None = None,
) -> bool:
    """True when the room may be opened: the database is sound (or new), or was just restored.

    `problems`: the result of a quick_check that already ran (ui/app.py starts it on a thread
    before the Qt imports); None runs it here.
    """
    path = doctor.path
    if problems is None:
        problems = doctor.problems()
    if not problems:
        return True
    log.error("database %s failed quick_check: %s", path, problems[:5])
    text = _tr("数据库文件已损坏，程序不能在损坏的数据上启动：\n{path}\n检查结果：{problem}")
    message = text.format(path=path, problem=problems[0][:200])
    backup = doctor.latest_backup()
    if backup is None:
        report(_tr("数据库已损坏"), message + "\n\n" + _tr("没有找到可用的备份，请联系管理员。"))
        return False
    stamp = backup.stem.removeprefix("dutyroom-")
    question = (
        message
        + "\n\n"
        + _tr("最近的备份：{name}（{stamp}）\n恢复后，损坏的文件将改名保留，不会删除。").format(
            name=backup, stamp=stamp
        )
    )
    if not choose(question, backup):
        return False
    try:
        kept = doctor.restore(backup, datetime.now().astimezone())
    except (DutyRoomError, OSError) as exc:
        text = core_text(exc.message) if isinstance(exc, DutyRoomError) else str(exc)
        report(_tr("恢复备份失败"), text)
        return False
    log.warning("restored %s from %s; the damaged file was kept as %s", path, backup, kept)
    return True
