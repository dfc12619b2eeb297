"""设置 › 局域网只读状态页: the toggle is saved, 0.0.0.0 warns, the controller follows."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel

from dutyroom.app.compose import ReadOnlyStatus
from dutyroom.lan_settings import ENABLED, PORT, TOKEN
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


def test_a_restore_first_closes_the_pages_connection(qtbot, ui_clock, tmp_path: Path) -> None:
    # Windows refuses to replace a file that is open: the page's own read-only connection must
    # be closed while restore_files replaces the database, a request meanwhile must wait rather
    # than open it again, and the page goes on afterwards.
    from dutyroom.app.compose import open_room, read_only_status_source
    from dutyroom.app.lan_server import LanServer
    from tests.storage_access import store_of
    from ui.room_signals import RoomSignals
    from ui.settings_backup_section import BackupSection

    folder = tmp_path / "restore"
    room = open_room(folder, clock=ui_clock)
    room.roster.template()  # what the page reads and would otherwise create
    room.incidents.rules()
    room.bureau.set_name("备份时的名称")
    room.backups.backup_now()
    ui_clock.advance(timedelta(minutes=5))  # the safety backup gets a name of its own
    room.bureau.set_name("备份后的名称")
    # Port 0 (any free port) is for tests only: room.lan.save refuses it, so it is set directly.
    for key, value in ((ENABLED, "1"), (PORT, "0"), (TOKEN, "t0ken-for-restore")):
        store_of(room).settings.set(key, value)
    signals = RoomSignals(room.events)
    sources: list[ReadOnlyStatus] = []

    def make(host: str, port: int, token: str) -> LanServer:
        assert room.db_path is not None
        sources.append(read_only_status_source(room.db_path, ui_clock))
        return LanServer(sources[-1], token, host=host, port=port)

    controller = LanController(room, make, signals)
    controller.apply()
    source = sources[0]
    assert source()["bureau"] == "备份后的名称" and source.reader.is_open
    during: list[bool] = []
    read: list[str] = []
    request = threading.Thread(target=lambda: read.append(source()["bureau"]), daemon=True)

    def restore(backup: Path) -> Path | None:
        during.append(source.reader.is_open)
        request.start()
        request.join(0.3)
        during.append(request.is_alive())  # waiting, not reading the file being replaced
        return room.backups.restore(backup)

    section = BackupSection(
        room, lambda _p, _t: True, restore=restore, quit_app=lambda: None, signals=signals
    )
    qtbot.addWidget(section)
    try:
        section.restore_button.click()
        request.join(10)
        assert during == [False, True]
        assert read == ["备份时的名称"]  # the restored file, once the restore was over
        assert source()["bureau"] == "备份时的名称"
    finally:
        controller.stop()
        signals.detach()
