"""设置 › 局域网只读状态页: the toggle is saved, 0.0.0.0 warns, the controller follows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel

from dutyroom.services import DutyRoom
from ui.main_window import MainWindow
from ui.settings_lan_section import LanController, LanSection, lan_config


class FakeServer:
    def __init__(self, host: str, port: int, token: str) -> None:
        self.args = (host, port, token)
        self.running = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def test_the_lan_section_toggles_the_setting_and_the_server(
    main_window: MainWindow, ui_room: DutyRoom
) -> None:
    made: list[FakeServer] = []

    def make(host: str, port: int, token: str) -> Any:
        made.append(FakeServer(host, port, token))
        return made[-1]

    controller = LanController(ui_room, make, main_window.signals, main_window)
    controller.apply()
    assert made == []  # off by default
    page = main_window.show_page("page_settings")
    section = page.findChild(LanSection, "lan_section")
    assert section is not None
    check = section.findChild(QCheckBox, "lan_enabled_check")
    assert not check.isChecked()
    token = section.token_edit.text()
    assert len(token) >= 20
    assert token in section.findChild(QLabel, "lan_url_label").text()

    check.setChecked(True)
    section.save()
    assert ui_room.lan.choices().enabled
    assert lan_config(ui_room) == (True, "127.0.0.1", 8765, token)
    assert len(made) == 1 and made[0].running and made[0].args == ("127.0.0.1", 8765, token)

    section._on_regenerate_clicked()
    section.save()
    assert len(made) == 2 and not made[0].running and made[1].running

    check.setChecked(False)
    section.save()
    assert not ui_room.lan.choices().enabled
    assert not made[1].running and controller.server is None


def test_binding_to_all_interfaces_warns(main_window: MainWindow) -> None:
    section = main_window.show_page("page_settings").findChild(LanSection, "lan_section")
    assert section.bind_warning.isHidden()
    section.bind_combo.setCurrentText("0.0.0.0")
    assert not section.bind_warning.isHidden()
