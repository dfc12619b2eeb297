"""Table model over the administrator's holiday overrides (日期, 类型, 说明)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from dutyroom.models import DayType, HolidayOverride
from ui.formatting import enum_text, iso_date_with_weekday
from ui.tr_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("HolidayModel", "日期"),
    QT_TRANSLATE_NOOP("HolidayModel", "类型"),
    QT_TRANSLATE_NOOP("HolidayModel", "说明"),
)
DATE_COLUMN, TYPE_COLUMN, NOTE_COLUMN = range(3)


class HolidayModel(QAbstractTableModel):
    """Read-only rows; the settings page writes through the facade and then calls set_overrides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HolidayOverride] = []

    def set_overrides(self, overrides: Sequence[HolidayOverride]) -> None:
        self.beginResetModel()
        self._rows = sorted(overrides, key=lambda o: o.day)
        self.endResetModel()

    def override_at(self, row: int) -> HolidayOverride:
        return self._rows[row]

    def row_of(self, override_day: object) -> int:
        """Row of the override on that day, -1 when there is none."""
        for row, override in enumerate(self._rows):
            if override.day == override_day:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        override = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE_COLUMN:
                return iso_date_with_weekday(override.day)
            if column == TYPE_COLUMN:
                return enum_text(override.day_type)
            if column == NOTE_COLUMN:
                return override.note
        elif role == Qt.ItemDataRole.UserRole:
            return override.day.isoformat()
        elif role == Qt.ItemDataRole.ToolTipRole and column == TYPE_COLUMN:
            return _type_tooltip(override.day_type)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("HolidayModel", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _type_tooltip(day_type: DayType) -> str:
    tips = {
        DayType.HOLIDAY: QT_TRANSLATE_NOOP("HolidayModel", "法定节假日：双带双值"),
        DayType.MAKEUP: QT_TRANSLATE_NOOP("HolidayModel", "调休补班日：按工作日排班"),
        DayType.RESTDAY: QT_TRANSLATE_NOOP("HolidayModel", "休息日"),
        DayType.WORKDAY: QT_TRANSLATE_NOOP("HolidayModel", "工作日"),
    }
    return QCoreApplication.translate("HolidayModel", tips[day_type])
