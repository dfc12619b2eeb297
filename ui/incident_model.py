"""The ledger's table model: incidents as rows, columns as data, 时限 repainted by the tick."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dutyroom.models import Incident, IncidentStatus, Obligation, ObligationState, Rule
from ui.countdown import STATE_COLOURS, obligation_timer
from ui.formatting import enum_text, grade_reason_text
from ui.tr_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentModel", text)


@dataclass(frozen=True, slots=True)
class Row:
    incident: Incident
    obligations: tuple[Obligation, ...]


def deadline_summary(
    obs: tuple[Obligation, ...], rules: dict[str, Rule], now: datetime, tz: tzinfo
) -> tuple[str, str]:
    """The 时限 cell and its state colour key: overdue beats pending beats late beats done."""
    live = [o for o in obs if o.status is not ObligationState.CANCELLED]
    if not live:
        return "—", "cancelled"
    timers = [obligation_timer(o, rules.get(o.rule_code), now) for o in live]
    overdue = [t for t in timers if t.state is ObligationState.OVERDUE]
    if overdue:
        return _tr("超时{n}项").format(n=len(overdue)), "overdue"
    pending = sorted(
        (t for t in timers if t.obligation.status is ObligationState.PENDING),
        key=lambda t: t.obligation.due_at,
    )
    if pending:
        first = pending[0]
        at = first.obligation.due_at.astimezone(tz).strftime("%m-%d %H:%M")
        return _tr("待报{n}项，最近 {at}").format(n=len(pending), at=at), first.state.value
    late = [o for o in live if o.minutes_late]
    if late:
        return _tr("迟报{n}项").format(n=len(late)), "done_late"
    return _tr("已全部报送"), "done"


def _status_text(status: IncidentStatus) -> str:
    if status is IncidentStatus.VOIDED:
        return _tr("作废")  # a false call or duplicate: kept in the ledger, never deleted
    return _tr("已终结") if status is IncidentStatus.CLOSED else _tr("处置中")


COLUMNS: tuple[tuple[str, Callable[[Row, tzinfo], str]], ...] = (
    (
        QT_TRANSLATE_NOOP("IncidentModel", "接报时间"),
        lambda r, tz: r.incident.received_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
    ),
    (
        QT_TRANSLATE_NOOP("IncidentModel", "标题"),
        lambda r, _tz: r.incident.title or _tr(QT_TRANSLATE_NOOP("IncidentModel", "（标题待填）")),
    ),
    (
        QT_TRANSLATE_NOOP("IncidentModel", "乡镇/地点"),
        lambda r, _tz: " ".join(p for p in (r.incident.township, r.incident.place) if p),
    ),
    (
        QT_TRANSLATE_NOOP("IncidentModel", "类别"),
        lambda r, _tz: "·".join(p for p in (r.incident.category, r.incident.subtype) if p),
    ),
    (
        QT_TRANSLATE_NOOP("IncidentModel", "等级"),
        lambda r, _tz: enum_text(r.incident.effective_grade),
    ),
    (
        QT_TRANSLATE_NOOP("IncidentModel", "状态"),
        lambda r, _tz: _status_text(r.incident.status),
    ),
)
DEADLINE_COLUMN = len(COLUMNS)


class IncidentModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._rows: list[Row] = []
        self._rules: dict[str, Rule] = {}

    def set_rows(self, rows: list[Row], rules: dict[str, Rule], tz: tzinfo) -> None:
        self.beginResetModel()
        self._rows, self._rules, self._tz = rows, rules, tz
        self.endResetModel()

    def incident_at(self, row: int) -> Incident:
        return self._rows[row].incident

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][0])
        if section == DEADLINE_COLUMN:
            return _tr("时限")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == DEADLINE_COLUMN and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            text, state = deadline_summary(row.obligations, self._rules, self._now, self._tz)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            return QColor(STATE_COLOURS[state])
        if role == Qt.ItemDataRole.DisplayRole and 0 <= column < len(COLUMNS):
            return COLUMNS[column][1](row, self._tz)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return grade_reason_text(row.incident)
        return None

    def tick(self, now: datetime) -> None:
        """Repaint only the 时限 column (no database)."""
        self._now = now
        if self._rows:
            top = self.index(0, DEADLINE_COLUMN)
            bottom = self.index(len(self._rows) - 1, DEADLINE_COLUMN)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
