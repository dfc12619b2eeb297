"""Unexpected exceptions: logged to a rotating file in the data folder, shown once, app runs on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("dutyroom.crash")

LOG_FILENAME = "dutyroom.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHook", text)


def make_log_handler(logs_dir: Path) -> RotatingFileHandler:
    from logging.handlers import RotatingFileHandler

    logs_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        logs_dir / LOG_FILENAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


class LazyLogHandler(logging.Handler):
    """The rotating log file, opened at the first record.

    logging.handlers brings socket, pickle, queue and selectors with it (5 ms of the first frame),
    and a normal start logs nothing before its window is up; the folder is made at once, so a
    data folder that cannot hold logs is still found at start.
    """

    def __init__(self, logs_dir: Path) -> None:
        super().__init__()
        logs_dir.mkdir(parents=True, exist_ok=True)
        self._logs_dir = logs_dir
        self._file: RotatingFileHandler | None = None

    @property
    def opened(self) -> bool:
        return self._file is not None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            try:
                self._file = make_log_handler(self._logs_dir)
            except OSError:
                self.handleError(record)
                return
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


class ErrorHook:
    """sys.excepthook for the GUI; `install()` / `uninstall()` so tests leave no trace behind.

    The rotating handler is put on the root logger, so everything dutyroom logs (a failing event
    subscriber, a stale single-instance socket) ends up in the same file as the crashes.
    """

    def __init__(self, logs_dir: Path, *, parent: QWidget | None = None) -> None:
        self.log_path = logs_dir / LOG_FILENAME
        self._logs_dir = logs_dir
        self._parent = parent
        self._handler: LazyLogHandler | None = None
        self._previous_hook = sys.excepthook
        self.message_box: QMessageBox | None = None
        self.repeated = 0  # errors that arrived while the box was still open

    def set_parent(self, parent: QWidget | None) -> None:
        self._parent = parent

    def install(self) -> None:
        self._handler = LazyLogHandler(self._logs_dir)
        root = logging.getLogger()
        root.addHandler(self._handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        self._previous_hook = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous_hook
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self.message_box is not None:
            self.message_box.close()
            self.message_box = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._handler is not None:
            self._handler.flush()
        self._show(exc_type, exc, tb)

    def _show(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if QApplication.instance() is None:
            return
        if self.message_box is not None and self.message_box.isVisible():
            # One box is enough; a loop of errors must not bury the duty officer in dialogs.
            self.repeated += 1
            self.message_box.setInformativeText(
                _tr("之后又发生了 {n} 次错误，详情见日志。").format(n=self.repeated)
            )
            return
        self.repeated = 0
        from PySide6.QtWidgets import QMessageBox  # at the first error, not at start-up

        box = QMessageBox(self._parent)
        box.setObjectName("error_message_box")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("程序错误"))
        box.setText(
            _tr(
                "程序遇到意外错误，已记录到日志文件：\n{path}\n\n可以继续值班工作；如反复出现，请联系技术支持。"
            ).format(path=self.log_path)
        )
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb))[-4000:])
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._on_box_finished)
        self.message_box = box
        box.show()

    def _on_box_finished(self, _result: int) -> None:
        if self.message_box is not None:
            self.message_box.deleteLater()
        self.message_box = None
