"""The duty log as a table: one row per LogEntry, columns described as data (DESIGN.md §5)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dutyroom.log_service import is_correction
from dutyroom.models import LogEntry
from ui.formatting import core_text, enum_text
from ui.tr_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

LINK_NAMES = {
    "incident": QT_TRANSLATE_NOOP("LogModel", "事件"),
    "handover": QT_TRANSLATE_NOOP("LogModel", "交接班"),
    "sign_in": QT_TRANSLATE_NOOP("LogModel", "签到"),
    "spot_check": QT_TRANSLATE_NOOP("LogModel", "查岗"),
    "alarm": QT_TRANSLATE_NOOP("LogModel", "提醒"),
    "report": QT_TRANSLATE_NOOP("LogModel", "报送"),
    "log_entry": QT_TRANSLATE_NOOP("LogModel", "更正"),
    # A duty-log item's clock (办理 and its alarms): the number `log report` takes.
    "obligation": QT_TRANSLATE_NOOP("LogModel", "时限"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogModel", text)


def link_text(entry: LogEntry) -> str:
    """ "事件 #12": which record the entry belongs to (empty for a hand-written entry)."""
    if not entry.ref_table or entry.ref_id is None:
        return ""
    name = LINK_NAMES.get(entry.ref_table, entry.ref_table)
    return f"{_tr(name)} #{entry.ref_id}"


COLUMNS: tuple[tuple[str, Callable[[LogEntry, tzinfo], str]], ...] = (
    (QT_TRANSLATE_NOOP("LogModel", "时间"), lambda e, tz: f"{e.at.astimezone(tz):%m-%d %H:%M}"),
    (QT_TRANSLATE_NOOP("LogModel", "类型"), lambda e, _tz: enum_text(e.kind)),
    (QT_TRANSLATE_NOOP("LogModel", "内容"), lambda e, _tz: core_text(e.content)),
    (QT_TRANSLATE_NOOP("LogModel", "单位"), lambda e, _tz: e.unit),
    (QT_TRANSLATE_NOOP("LogModel", "人员"), lambda e, _tz: e.person),
    (QT_TRANSLATE_NOOP("LogModel", "电话"), lambda e, _tz: e.number),
    (QT_TRANSLATE_NOOP("LogModel", "记录人"), lambda e, _tz: e.taken_by),
    (QT_TRANSLATE_NOOP("LogModel", "关联"), lambda e, _tz: link_text(e)),
)
CONTENT_COLUMN = 2
LINK_COLUMN = len(COLUMNS) - 1


class LogModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._entries: list[LogEntry] = []
        self._corrected: set[int] = set()

    def set_entries(self, entries: Sequence[LogEntry], tz: tzinfo | None = None) -> None:
        self.beginResetModel()
        if tz is not None:
            self._tz = tz
        self._entries = list(entries)
        self._corrected = {
            e.ref_id for e in self._entries if is_correction(e) and e.ref_id is not None
        }
        self.endResetModel()

    def entry_at(self, row: int) -> LogEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = COLUMNS[column][1](entry, self._tz)
            if column == CONTENT_COLUMN and entry.id in self._corrected:
                text = _tr("（已更正）") + text
            return text
        if role == ENTRY_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.id in self._corrected:
                return QBrush(QColor("#888888"))
            if column == LINK_COLUMN and entry.ref_table == "incident":
                return QBrush(QColor("#1F5FBF"))
        return None
