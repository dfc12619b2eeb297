"""Windows sized from the screen they open on: 1366×768 with a Windows taskbar leaves 728 px.

A dialog asks for a comfortable size and gets at most the screen's available area less a title
bar and borders, so its buttons never fall under the taskbar; its layout must be able to shrink
that far (tests assert `minimumSizeHint()` against `SMALL_SCREEN`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The smallest screen the duty room supports: 1366×768 less a 40 px Windows taskbar.
SMALL_SCREEN = QRect(0, 0, 1366, 728)
# A Windows 10/11 title bar (about 31 px at 100 %) and the resize borders around a dialog.
FRAME = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The usable area (without the taskbar) of the screen `widget` or its parent is on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else SMALL_SCREEN


def client_limit(available: QRect) -> QSize:
    """The largest client area a framed window can have inside `available`."""
    return QSize(available.width() - FRAME.width(), available.height() - FRAME.height())


def fit_to_screen(window: QWidget, preferred: QSize, *, available: QRect | None = None) -> QSize:
    """Resize `window` to `preferred`, but no larger than the screen allows; returns the size."""
    limit = client_limit(available if available is not None else available_geometry(window))
    size = preferred.boundedTo(limit)
    window.resize(size)
    return size
