"""Disk full while the form saves or F2 receives: a Chinese message, the window keeps running."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dutyroom.services import DutyRoom
from tests.storage_access import store_of
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow


def _fill_disk(room: DutyRoom) -> None:
    db = store_of(room).db
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(room: DutyRoom) -> None:
    store_of(room).db.execute("PRAGMA max_page_count = 1073741823")


def test_disk_full_while_editing_and_receiving(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    incident_id = main_window.receive_incident()
    assert incident_id is not None
    page = main_window.page("page_incidents")
    assert isinstance(page, IncidentsPage)
    form = page.form
    count = store_of(ui_room).incidents.count()

    _fill_disk(ui_room)
    form.fields["summary"].setPlainText("化工厂爆炸" + "经过" * 2000)
    form.flush()
    assert "磁盘空间已满" in form.saved_label.text()  # told, in Chinese, where the save shows
    assert ui_room.incidents.get(incident_id).summary == ""  # nothing partial stored
    qtbot.keyClick(main_window, Qt.Key.Key_F2)  # receiving fails too, with a message
    assert "接报失败" in main_window.statusBar().currentMessage()
    assert store_of(ui_room).incidents.count() == count
    assert main_window.isVisible()

    _free_disk(ui_room)
    form.flush()  # the edits were kept: the next save stores them
    assert ui_room.incidents.get(incident_id).summary.startswith("化工厂爆炸")
    assert "已保存" in form.saved_label.text()
