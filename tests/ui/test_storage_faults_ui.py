"""Disk full while the form saves or F2 receives: a Chinese message, the window keeps running."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dutyroom.errors import StorageError
from dutyroom.services import DutyRoom
from tests.storage_access import store_of
from ui.incidents_page import IncidentsPage
from ui.main_window import MainWindow


def _fill_disk(room: DutyRoom) -> None:
    db = store_of(room).db
    # No free pages left inside the file either (a migration that dropped a table leaves some).
    db.execute("VACUUM")
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute(f"PRAGMA max_page_count = {pages}")
    # Then use up the room left inside the pages, as the receptions of a busy disk would: the
    # last one that fits is kept, the one that did not is rolled back whole, and the next F2
    # (the same writes) cannot fit either.
    for _ in range(200):
        try:
            room.incidents.receive({"title": "填满磁盘"})
        except StorageError:
            return
    raise AssertionError("the database never filled up")


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
    _fill_disk(ui_room)
    count = store_of(ui_room).incidents.count()
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
