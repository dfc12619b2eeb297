"""A read-only window probe for the journey tests, run inside the application under test.

The driver (driver.py) starts it on the GUI thread once the event loop runs. It listens on
127.0.0.1 (port 0: the system picks one) and writes the port to the file named by
JOURNEY_PROBE_FILE. Each connection sends one line and gets one JSON line back:

    ping                  {"ok": true}
    screen                the primary screen's geometry and available geometry
    windows               the visible top-level windows (objectName, class, title, rect, X id)
    widget NAME           the first widget with that objectName (a visible one if there is one):
                          global rect, visible, enabled, visible_rect (the part really on screen,
                          null when its visibleRegion is empty), text, focus
    find PREFIX           every widget whose objectName starts with PREFIX
    focus                 the focus widget and the active window
    buttons NAME          the buttons inside widget NAME (a QDialogButtonBox, a QMessageBox, …)
    modal                 the active modal dialog (a QMessageBox's text too) and its buttons
    items NAME            the rows of item view NAME (text and global rect of each; a table's
                          row by its first cell with text)
    vscrollbar NAME       the vertical scroll bar of scroll area NAME

It only reads: no method that changes a widget, its focus or its windows is ever called (winId is
read from an existing window handle, so no native window is created). Input never comes from
here: the tests send it with xdotool.
"""

from __future__ import annotations

import json
import os
from typing import Any

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtNetwork import QHostAddress, QTcpServer, QTcpSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

PROBE_FILE_ENV = "JOURNEY_PROBE_FILE"


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _global_rect(widget: QWidget, rect: QRect | None = None) -> list[int]:
    local = widget.rect() if rect is None else rect
    top_left = widget.mapToGlobal(local.topLeft())
    return [top_left.x(), top_left.y(), local.width(), local.height()]


def _text(widget: QWidget) -> str | int | float | None:
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


def _window_id(widget: QWidget) -> int | None:
    handle = widget.windowHandle()  # only an existing native window: winId() would create one
    return int(handle.winId()) if handle is not None else None


def describe(widget: QWidget) -> dict[str, Any]:
    region = widget.visibleRegion()
    visible_rect = None
    if widget.isVisible() and not region.isEmpty():
        visible_rect = _global_rect(widget, region.boundingRect())
    window = widget.window()
    return {
        "name": widget.objectName(),
        "class": type(widget).__name__,
        "visible": widget.isVisible(),
        "enabled": widget.isEnabled(),
        "rect": _global_rect(widget),
        "visible_rect": visible_rect,
        "text": _text(widget),
        "focus": widget.hasFocus(),
        "window": window.objectName(),
        "window_id": _window_id(window),
    }


def _find(name: str) -> QWidget | None:
    matches = [w for w in QApplication.allWidgets() if w.objectName() == name]
    visible = [w for w in matches if w.isVisible()]
    return (visible or matches or [None])[0]


def _windows() -> list[dict[str, Any]]:
    shown = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        shown.append(
            {
                "name": widget.objectName(),
                "class": type(widget).__name__,
                "title": widget.windowTitle(),
                "rect": _rect(widget.frameGeometry()),
                "window_id": _window_id(widget),
                "dialog": isinstance(widget, QDialog),
                "modal": widget.isModal(),
                "active": widget.isActiveWindow(),
            }
        )
    return shown


def _buttons(widget: QWidget | None) -> dict[str, Any]:
    if widget is None:
        return {"found": False}
    buttons = []
    box = widget if isinstance(widget, QDialogButtonBox) else widget.findChild(QDialogButtonBox)
    for button in widget.findChildren(QAbstractButton):
        entry = describe(button)
        if box is not None and box.isAncestorOf(button):
            entry["role"] = box.buttonRole(button).name
        buttons.append(entry)
    found: dict[str, Any] = {"found": True, "buttons": buttons}
    if isinstance(widget, QMessageBox):
        found["text"] = widget.text()
    return found


def _items(name: str) -> dict[str, Any]:
    widget = _find(name)
    if not isinstance(widget, QAbstractItemView):
        return {"found": False}
    viewport = widget.viewport()
    rows = []
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            rect = widget.visualItemRect(item)
            rows.append({"row": row, "text": item.text(), "rect": _global_rect(viewport, rect)})
    elif widget.model() is not None:  # a table: each row by its first cell that has text
        model = widget.model()
        for row in range(model.rowCount()):
            cells = [model.index(row, column) for column in range(model.columnCount())]
            named = next((c for c in cells if str(c.data() or "")), cells[0] if cells else None)
            if named is None:
                continue
            rect = widget.visualRect(named)
            rows.append({"row": row, "text": str(named.data() or ""),
                         "rect": _global_rect(viewport, rect)})  # fmt: skip
    return {"found": True, "current": getattr(widget, "currentRow", lambda: None)(), "rows": rows}


def _vscrollbar(name: str) -> dict[str, Any]:
    widget = _find(name)
    if not isinstance(widget, QAbstractScrollArea):
        return {"found": False}
    bar = widget.verticalScrollBar()
    return {
        "found": True,
        "visible": bar.isVisible(),
        "rect": _global_rect(bar),
        "value": bar.value(),
        "maximum": bar.maximum(),
        "viewport": _global_rect(widget.viewport()),
    }


def answer(line: str) -> Any:
    command, _, argument = line.strip().partition(" ")
    if command == "ping":
        return {"ok": True}
    if command == "screen":
        screen = QApplication.primaryScreen()
        return {
            "geometry": _rect(screen.geometry()),
            "available": _rect(screen.availableGeometry()),
        }
    if command == "windows":
        return _windows()
    if command == "widget":
        widget = _find(argument)
        return {"found": False} if widget is None else {"found": True, **describe(widget)}
    if command == "find":
        found = [w for w in QApplication.allWidgets() if w.objectName().startswith(argument)]
        return [describe(w) for w in found]
    if command == "focus":
        focus = QApplication.focusWidget()
        active = QApplication.activeWindow()
        return {
            "widget": None if focus is None else describe(focus),
            "active_window": None if active is None else active.objectName(),
        }
    if command == "buttons":
        return _buttons(_find(argument))
    if command == "modal":
        modal = QApplication.activeModalWidget()
        if modal is None:
            return {"found": False}
        return {**describe(modal), **_buttons(modal), "title": modal.windowTitle()}
    if command == "items":
        return _items(argument)
    if command == "vscrollbar":
        return _vscrollbar(argument)
    return {"error": f"unknown query {command!r}"}


class Probe(QObject):
    """The TCP server; every answer is computed on the GUI thread, in the event loop."""

    def __init__(self, port_file: str) -> None:
        super().__init__(QApplication.instance())
        self.setObjectName("journey_probe")
        self._server = QTcpServer(self)
        self._server.newConnection.connect(self._on_new_connection)
        if not self._server.listen(QHostAddress.SpecialAddress.LocalHost, 0):
            raise RuntimeError(f"probe cannot listen: {self._server.errorString()}")
        temporary = port_file + ".tmp"
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(str(self._server.serverPort()))
        os.replace(temporary, port_file)  # the test never reads half a number

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QTcpSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8")
        try:
            reply = answer(line)
        except Exception as exc:  # a bad query must not take the application down
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        socket.write((json.dumps(reply, ensure_ascii=False) + "\n").encode("utf-8"))
        socket.flush()
        socket.disconnectFromHost()


def start_when_running() -> None:
    """Wrap QApplication.exec so that the probe starts by a timer once the event loop runs."""
    port_file = os.environ.get(PROBE_FILE_ENV)
    if not port_file:
        return
    original = QApplication.exec
    probes: list[Probe] = []

    def exec_with_probe(*args: object) -> int:
        QTimer.singleShot(0, lambda: probes.append(Probe(port_file)))
        return int(original(*args))

    QApplication.exec = staticmethod(exec_with_probe)  # type: ignore[method-assign]
