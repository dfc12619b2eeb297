"""设置 › 局域网状态页: the read-only status page for leaders' browsers (off by default).

The choices are bureau settings in the database (keys below); after a save the section announces
"bureau", and the LanController built by ui/app.py starts, restarts or stops the server (the
server runs on its own thread with its own read-only connection: dutyroom/app/lan_server.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.lan_page import page_url
from dutyroom.lan_settings import ALL_INTERFACES, DEFAULT_BIND, LanChoices, new_token
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)


def lan_config(room: DutyRoom) -> tuple[bool, str, int, str]:
    """(enabled, bind address, port, token) as the bureau chose; a token is made the first time."""
    c = room.lan.ensure_token()
    return c.enabled, c.bind, c.port, c.token


class LanSection(QGroupBox):
    def __init__(self, room: DutyRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("局域网只读状态页"))
        self.setObjectName("lan_section")
        self._room = room
        self.enabled_check = QCheckBox(
            self.tr("开启（领导可在自己的电脑或手机浏览器查看值班状态）"), self
        )
        self.enabled_check.setObjectName("lan_enabled_check")
        self.bind_combo = QComboBox(self)
        self.bind_combo.setObjectName("lan_bind_combo")
        self.bind_combo.setEditable(True)
        self.bind_combo.addItems([DEFAULT_BIND, ALL_INTERFACES])
        self.bind_combo.currentTextChanged.connect(self._on_bind_combo_text_changed)
        self.bind_warning = QLabel(
            self.tr("⚠ 0.0.0.0 表示本机所有网卡都可访问，请确认单位网络安全要求"), self
        )
        self.bind_warning.setObjectName("lan_bind_warning")
        self.bind_warning.setStyleSheet(
            "color: #5A3B00; background: #FFD873; border-radius: 4px; padding: 2px 8px;"
        )
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("lan_port_spin")
        self.port_spin.setRange(1024, 65535)
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("lan_token_edit")
        self.token_edit.setReadOnly(True)
        regenerate = QPushButton(self.tr("重新生成"), self)
        regenerate.setObjectName("lan_regenerate_button")
        regenerate.clicked.connect(self._on_regenerate_clicked)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(regenerate)
        self.url_label = QLabel(self)
        self.url_label.setObjectName("lan_url_label")
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_widget: QWidget | None = None
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("lan_save_button")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("lan_feedback_label")
        self._form = QFormLayout(self)
        self._form.addRow(self.enabled_check)
        self._form.addRow(self.tr("监听地址"), self.bind_combo)
        self._form.addRow(self.bind_warning)
        port_row = QHBoxLayout()  # a port number at its own size
        port_row.addWidget(self.port_spin)
        port_row.addStretch(1)
        self._form.addRow(self.tr("端口"), port_row)
        self._form.addRow(self.tr("访问令牌"), token_row)
        self._form.addRow(self.tr("访问地址"), self.url_label)
        self._form.addRow(self.save_button, self.feedback)
        self.load()

    def load(self) -> None:
        enabled, bind, port, token = lan_config(self._room)
        self.enabled_check.setChecked(enabled)
        self.bind_combo.setCurrentText(bind)
        self._on_bind_combo_text_changed(bind)
        self.port_spin.setValue(port)
        self.token_edit.setText(token)
        self._show_url()

    def _on_bind_combo_text_changed(self, text: str) -> None:
        self.bind_warning.setVisible(text.strip() == ALL_INTERFACES)

    def _on_regenerate_clicked(self) -> None:
        self.token_edit.setText(new_token())
        self._show_url()

    def _on_save_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        choices = LanChoices(
            self.enabled_check.isChecked(),
            self.bind_combo.currentText().strip() or DEFAULT_BIND,
            self.port_spin.value(),
            self.token_edit.text(),
        )
        try:
            self._room.lan.save(choices)  # the LanController hears "bureau" and applies it
        except DutyRoomError as exc:
            self.feedback.setText(core_text(exc.message))
            return
        self._show_url()
        self.feedback.setText(self.tr("已保存"))

    def url(self) -> str:
        host = self.bind_combo.currentText().strip() or DEFAULT_BIND
        shown = self.tr("本机IP") if host == ALL_INTERFACES else host
        return page_url(shown, self.port_spin.value(), self.token_edit.text())

    def _show_url(self) -> None:
        url = self.url()
        self.url_label.setText(url)
        self._show_qr(url)

    def _show_qr(self, url: str) -> None:
        try:
            from PySide6.QtSvgWidgets import QSvgWidget

            from dutyroom.lan_page import qr_svg

            svg = qr_svg(url)
        except Exception:  # segno or QtSvgWidgets missing: the URL text is enough
            log.info("no QR code for the LAN page", exc_info=True)
            return
        if self.qr_widget is None:
            self.qr_widget = QSvgWidget(self)
            self.qr_widget.setObjectName("lan_qr_widget")
            self.qr_widget.setFixedSize(180, 180)
            self._form.addRow(self.tr("扫码访问"), self.qr_widget)
        self.qr_widget.load(QByteArray(svg.encode("utf-8")))  # type: ignore[attr-defined]


class LanController(QObject):
    """Keeps the server in step with the saved choice; `make_server` is injectable for tests."""

    def __init__(
        self,
        room: DutyRoom,
        make_server: Callable[[str, int, str], Any],
        signals: RoomSignals,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        signals.changed.connect(self._on_signals_changed)
        signals.replacing_database.connect(self._on_signals_replacing_database)
        signals.database_replaced.connect(self._on_signals_database_replaced)
        self._room = room
        self._make_server = make_server
        self.server: Any = None
        self._running: tuple[str, int, str] | None = None
        self.error = ""

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "bureau":
            self.apply()

    def _on_signals_replacing_database(self) -> None:
        # The server goes on; its requests wait, then read whichever file is then in place.
        hold = getattr(self.server, "hold_database", None)
        if callable(hold):
            hold()

    def _on_signals_database_replaced(self) -> None:
        resume = getattr(self.server, "resume_database", None)
        if callable(resume):
            resume()

    def apply(self) -> None:
        enabled, bind, port, token = lan_config(self._room)
        wanted = (bind, port, token) if enabled else None
        if wanted == self._running:
            return
        self.stop()
        if wanted is None:
            return
        try:
            self.server = self._make_server(*wanted)
            self.server.start()
        except OSError as exc:
            self.server = None
            self.error = QCoreApplication.translate(
                "LanController", "局域网状态页无法在 {bind}:{port} 启动：{error}"
            ).format(bind=bind, port=port, error=exc.strerror or exc)
            log.warning(self.error)
            return
        self._running = wanted
        self.error = ""
        log.info("LAN status page on %s:%s", bind, port)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.server = None
        self._running = None
