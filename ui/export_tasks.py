"""Background exports: plain data in, a file out, on QThreadPool; progress and the result come
back to the GUI thread through queued signals (DESIGN.md §2.2: the worker never sees the store).

    job = start_export(parent, lambda progress: write(rows, path, progress=progress), title)
    job.finished.connect(...)   # finished(str): the written path
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Path]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportTasks", text)


class ExportSignals(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the receivers.

    Signals:
        progressed(int, int): rows done, rows in all.
        finished(str): the file was written (its path).
        failed(str): the export failed (the message to show).
    """

    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)


class ExportTask(QRunnable):
    def __init__(self, work: Work, signals: ExportSignals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            path = self._work(self.signals.progressed.emit)
        except Exception as exc:  # any failure must reach the person, not kill the worker
            log.exception("background export failed")
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.finished.emit(str(path))


class ExportJob(QObject):
    """One running export with its progress dialog (non-modal: the window stays usable).

    Signals:
        finished(str): the written path, on the GUI thread.
        failed(str): the error message, on the GUI thread.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, work: Work, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signals = ExportSignals(self)
        self.dialog = QProgressDialog(title, "", 0, 0, parent)
        self.dialog.setObjectName("export_progress_dialog")
        self.dialog.setWindowTitle(_tr("正在导出"))
        self.dialog.setCancelButton(None)  # a half-written workbook is worse than waiting
        self.dialog.setMinimumDuration(300)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.completed = False
        self.path = ""
        self.signals.progressed.connect(self._on_signals_progressed)
        self.signals.finished.connect(self._on_signals_finished)
        self.signals.failed.connect(self._on_signals_failed)
        self._task = ExportTask(work, self.signals)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.dialog.setValue(0)
        (pool or QThreadPool.globalInstance()).start(self._task)

    def _on_signals_progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        self.completed = True
        self.dialog.reset()
        self.dialog.hide()

    def _on_signals_finished(self, path: str) -> None:
        self._close_dialog()
        self.path = path
        self.finished.emit(path)

    def _on_signals_failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)


def start_export(
    parent: QWidget | None, work: Work, title: str, *, pool: QThreadPool | None = None
) -> ExportJob:
    """Run `work(progress)` on the thread pool; connect to the job's signals right away (the
    signals are queued, so nothing is emitted before control returns to the event loop)."""
    job = ExportJob(work, title, parent)
    job.start(pool)
    return job
