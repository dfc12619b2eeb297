"""导出台账: the ledger of the shown date range, written on the thread pool with a progress bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.export_tasks import ExportJob, start_export
from ui.formatting import core_text

ChooseSave = Callable[[QWidget, str, str], str | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerExport", text)


def export_ledger(
    parent: QWidget, room: DutyRoom, start: date, end: date, choose_save: ChooseSave
) -> ExportJob | str:
    """Collect rows on the GUI thread (DESIGN: only it reads the database), then stream the
    workbook in write-only mode on the pool. Returns the job, or a message when nothing starts."""
    from dutyroom.ledger_rows import collect_ledger_rows

    if end < start:
        return _tr("结束日期不能早于开始日期")
    folder = room.backups.exports_dir()
    suggested = str(folder / f"接报台账-{start:%Y%m%d}-{end:%Y%m%d}.xlsx")
    chosen = choose_save(parent, _tr("导出接报台账"), suggested)
    if not chosen:
        return ""
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        rows = collect_ledger_rows(room, start, end)
    except DutyRoomError as exc:
        return core_text(exc.message)
    bureau = room.bureau.name()

    def work(progress: Callable[[int, int], None]) -> Path:
        from dutyroom.excel.ledger import write_ledger

        return write_ledger(path, rows, bureau=bureau, start=start, end=end, progress=progress)

    return start_export(parent, work, _tr("正在导出接报台账…"))
