"""The daily backup job: the time follows 设置, a run leaves a backup file, failures are said."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dutyroom.backups import BackupChoices
from dutyroom.services import DutyRoom
from tests.storage_access import store_of
from ui.daily_backup import DailyBackup, backup_time
from ui.room_signals import RoomSignals


def test_time_setting_and_a_run(qtbot: QtBot, ui_room: DutyRoom, data_dir: Path) -> None:
    assert backup_time(ui_room) == (12, 0)
    store_of(ui_room).settings.set("backup_time", "03:45")
    assert backup_time(ui_room) == (3, 45)
    store_of(ui_room).settings.set("backup_time", "25:99")
    assert backup_time(ui_room) == (12, 0)  # a broken value falls back, never stops the job
    signals = RoomSignals(ui_room.events)
    job = DailyBackup(ui_room, signals)
    job.start()
    try:
        with qtbot.waitSignal(job.backed_up) as blocker:
            path = job.run()
        assert path is not None and path.exists()
        assert Path(blocker.args[0]).parent == data_dir / "backups"
        assert len(job._scheduler.get_jobs()) == 1
        ui_room.backups.save_choices(BackupChoices((3, 45), 30, ""))  # 设置 › 保存
        [scheduled] = job._scheduler.get_jobs()
        fields = {f.name: str(f) for f in scheduled.trigger.fields}
        assert (fields["hour"], fields["minute"]) == ("3", "45")  # rescheduled on its event
    finally:
        job.stop()
