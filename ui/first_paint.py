"""Two switches for tests and benchmarks, read from the environment once the main window is shown.

- ``DUTYROOM_STARTUP_PROBE=1``: when the window's first frame has been painted, print
  ``painted <epoch seconds>`` (``time.time()``) to stdout; bench/startup.py subtracts the moment
  it started the process, so the figure covers interpreter start, imports and the first paint.
- ``DUTYROOM_SMOKE_QUIT=1``: quit the application (exit code 0) right after that first frame, so a
  smoke test (tests/test_bundle.py) can start the GUI and see it come up and go down cleanly.

The bare-window baseline of bench/startup.py uses the same watcher, so both figures are measured
in the same way. `after_first_paint` is the same mechanism for start-up work that can wait for the
first frame (ui/app.py starts the alarm scheduler with it). Imports only Qt and the stdlib.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "DUTYROOM_STARTUP_PROBE"
SMOKE_QUIT_ENV = "DUTYROOM_SMOKE_QUIT"


def _enabled(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


class FirstPaintWatcher(QObject):
    """Event filter on a top-level window: runs `callback` once, after the first paint pass
    has finished, or after `fallback_ms` if no frame comes (a window that starts minimised)."""

    def __init__(
        self, window: QWidget, callback: Callable[[], None], *, fallback_ms: int | None = None
    ) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            # The children paint after the window in the same pass: act when it is over.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(
    window: QWidget, callback: Callable[[], None], *, fallback_ms: int | None = None
) -> FirstPaintWatcher:
    """Run `callback` once the window's first frame is on screen (start-up work that can wait)."""
    return FirstPaintWatcher(window, callback, fallback_ms=fallback_ms)


def watch_first_paint(window: QWidget) -> FirstPaintWatcher | None:
    """Install the probe / smoke-quit when either switch is set in the environment."""
    probe, smoke_quit = _enabled(PROBE_ENV), _enabled(SMOKE_QUIT_ENV)
    if not (probe or smoke_quit):
        return None

    def report() -> None:
        if probe:
            print(f"painted {time.time():.6f}", flush=True)
        if smoke_quit:
            # Queued: work that was itself waiting for the first frame runs before the quit.
            QTimer.singleShot(0, QCoreApplication.quit)

    return FirstPaintWatcher(window, report)
