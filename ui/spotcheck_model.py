"""The 查岗 list: one row per spot check, failures (未接/脱岗/代岗) in red."""

from __future__ import annotations

from collections.abc import Sequence
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

from dutyroom.models import SpotCheck
from dutyroom.spot_checks import DIRECTIONS, is_failure
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

FAILURE_FG = QColor("#C62828")
FAILURE_BG = QColor("#FFE3E3")
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpotCheckModel", text)


def _yes(value: bool) -> str:
    return _tr("在岗") if value else _tr("不在岗")


def _seconds(value: int | None) -> str:
    return "" if value is None else _tr("{n}秒").format(n=value)


COLUMNS: tuple[tuple[str, Any], ...] = (
    (QT_TRANSLATE_NOOP("SpotCheckModel", "时间"), None),
    (
        QT_TRANSLATE_NOOP("SpotCheckModel", "方向"),
        lambda c: core_text(DIRECTIONS.get(c.direction, c.direction)),
    ),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "方式"), lambda c: core_text(c.method)),
    (
        QT_TRANSLATE_NOOP("SpotCheckModel", "查岗单位"),
        lambda c: f"{c.checker_unit} {c.checker_person}".strip(),
    ),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "被查单位"), lambda c: c.checked_unit),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "接听人"), lambda c: c.answered_by),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "带班领导"), lambda c: _yes(c.leader_present)),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "值班员"), lambda c: _yes(c.officer_present)),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "接听用时"), lambda c: _seconds(c.answer_seconds)),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "结果"), lambda c: core_text(c.result)),
    (QT_TRANSLATE_NOOP("SpotCheckModel", "后续处理"), lambda c: c.follow_up),
)


class SpotCheckModel(QAbstractTableModel):
    """Newest first; the page reloads it on the "spot_checks" event."""

    def __init__(self, tz: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._checks: list[SpotCheck] = []

    def set_checks(self, checks: Sequence[SpotCheck], tz: tzinfo | None = None) -> None:
        self.beginResetModel()
        self._tz = tz or self._tz
        self._checks = sorted(checks, key=lambda c: c.at, reverse=True)
        self.endResetModel()

    def check(self, row: int) -> SpotCheck:
        return self._checks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            getter = COLUMNS[index.column()][1]
            if getter is None:
                return check.at.astimezone(self._tz).strftime("%Y-%m-%d %H:%M")
            return str(getter(check))
        if role == Qt.ItemDataRole.ForegroundRole and is_failure(check):
            return QBrush(FAILURE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and is_failure(check):
            return QBrush(FAILURE_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return check.follow_up or None
        return None
