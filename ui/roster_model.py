"""Table model of a month roster: one row per day, a column per role, problems in the last one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dutyroom.calendar import DayInfo
from dutyroom.models import DayType, Person, Role, Swap, SwapKind
from dutyroom.roster import Problem
from ui.formatting import core_text, enum_text, weekday_name
from ui.tr_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("RosterModel", "日期"),
    QT_TRANSLATE_NOOP("RosterModel", "星期"),
    QT_TRANSLATE_NOOP("RosterModel", "类型"),
    QT_TRANSLATE_NOOP("RosterModel", "带班领导"),
    QT_TRANSLATE_NOOP("RosterModel", "值班长"),
    QT_TRANSLATE_NOOP("RosterModel", "值班员"),
    QT_TRANSLATE_NOOP("RosterModel", "备班"),
    QT_TRANSLATE_NOOP("RosterModel", "问题"),
)
DATE_COLUMN, WEEKDAY_COLUMN, TYPE_COLUMN = range(3)
ROLE_COLUMNS: dict[int, Role] = {3: Role.LEADER, 4: Role.CHIEF, 5: Role.OFFICER, 6: Role.BACKUP}
PROBLEM_COLUMN = 7
JOIN = "、"
SWAP_MARK = " ↔"

# Background tints (light, so black text stays readable) and the strong colours of problems.
HOLIDAY_TINT = QColor("#FBD9DC")
MAKEUP_TINT = QColor("#FFF1B8")
WEEKEND_TINT = QColor("#E3E7ED")
SHORT_TINT = QColor("#F28B82")
ERROR_RED = QColor("#C62828")
WARNING_AMBER = QColor("#8A5A00")
HOLIDAY_RED = QColor("#B71C1C")


@dataclass(frozen=True, slots=True)
class RosterDayRow:
    """What the grid shows for one day; built by the page from the facade, never by the model."""

    day: date
    info: DayInfo
    people: dict[Role, tuple[Person, ...]] = field(default_factory=dict)
    swaps: tuple[tuple[Swap, str], ...] = ()  # each swap with its text (who ↔ whom, why)
    problems: tuple[Problem, ...] = ()
    manual: bool = False
    short_roles: frozenset[Role] = frozenset()  # roles below the day type's minimum

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def swaps_for(self, role: Role) -> list[str]:
        return [text for swap, text in self.swaps if swap.role is role]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


def month_day(day: date) -> str:
    return _tr("{m}月{d}日").format(m=day.month, d=day.day)


def type_text(info: DayInfo) -> str:
    parts = (enum_text(info.day_type), core_text(info.name), core_text(info.special))
    return "·".join(part for part in parts if part)


def short_message(problem: Problem, day: date) -> str:
    """The message without the date the row already shows: "带班领导不足：需要2人，已排1人"."""
    del day  # the core's `detail` is the message without its day
    return core_text(problem.detail or problem.message)


def day_tint(info: DayInfo) -> QColor | None:
    if info.day_type is DayType.HOLIDAY:
        return HOLIDAY_TINT
    if info.day_type is DayType.MAKEUP:
        return MAKEUP_TINT
    if info.day_type is DayType.RESTDAY:
        return WEEKEND_TINT
    return None


def swap_text(swap: Swap, names: dict[int, str]) -> str:
    """串班：王建国 ↔ 李振华（11月5日）；申请人…；批准人…；理由…"""
    giver = names.get(swap.from_person_id) or _tr("编号{n}").format(n=swap.from_person_id)
    taker = names.get(swap.to_person_id) or _tr("编号{n}").format(n=swap.to_person_id)
    kind = enum_text(swap.kind)
    if swap.kind is SwapKind.EXCHANGE and swap.other_day is not None:
        other = month_day(swap.other_day)
        what = _tr("{kind}：{giver} ↔ {taker}（{other}）").format(
            kind=kind, giver=giver, taker=taker, other=other
        )
    else:
        what = _tr("{kind}：{taker} 替 {giver}").format(kind=kind, taker=taker, giver=giver)
    return _tr("{what}，{role}；申请人：{by}；批准人：{approver}；理由：{reason}").format(
        what=what,
        role=enum_text(swap.role),
        by=swap.requested_by,
        approver=swap.approved_by,
        reason=swap.reason,
    )


class RosterModel(QAbstractTableModel):
    """Read-only; the page writes through the facade and then calls set_rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterDayRow] = []

    def set_rows(self, rows: Sequence[RosterDayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RosterDayRow:
        return self._rows[row]

    def row_of(self, day: date) -> int:
        for number, row in enumerate(self._rows):
            if row.day == day:
                return number
        return -1

    @staticmethod
    def role_of_column(column: int) -> Role | None:
        return ROLE_COLUMNS.get(column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.day.isoformat()
        return None

    @staticmethod
    def _font(row: RosterDayRow, column: int) -> QFont | None:
        bold = (
            column == PROBLEM_COLUMN
            or (column == TYPE_COLUMN and row.info.day_type is DayType.HOLIDAY)
            or ROLE_COLUMNS.get(column) in row.short_roles
        )
        if not bold:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _display(self, row: RosterDayRow, column: int) -> str | None:
        if column == DATE_COLUMN:
            return month_day(row.day)
        if column == WEEKDAY_COLUMN:
            return weekday_name(row.day)
        if column == TYPE_COLUMN:
            return type_text(row.info)
        role = ROLE_COLUMNS.get(column)
        if role is not None:
            text = JOIN.join(p.name for p in row.people.get(role, ()))
            if role in row.short_roles:
                text = f"{text}（{_tr('缺人')}）" if text else _tr("缺人")
            return text + SWAP_MARK if row.swaps_for(role) else text
        if column == PROBLEM_COLUMN:
            return _tr("；").join(short_message(p, row.day) for p in row.problems)
        return None

    def _background(self, row: RosterDayRow, column: int) -> QBrush | None:
        role = ROLE_COLUMNS.get(column)
        if role is not None and role in row.short_roles:
            return QBrush(SHORT_TINT)
        tint = day_tint(row.info)
        return QBrush(tint) if tint is not None else None

    def _foreground(self, row: RosterDayRow, column: int) -> QBrush | None:
        role = ROLE_COLUMNS.get(column)
        if column == PROBLEM_COLUMN and row.problems:
            return QBrush(ERROR_RED if row.has_error else WARNING_AMBER)
        if role is not None and role in row.short_roles:
            return QBrush(QColor("#7F0000"))
        if column == TYPE_COLUMN and row.info.day_type is DayType.HOLIDAY:
            return QBrush(HOLIDAY_RED)
        return None

    def _tooltip(self, row: RosterDayRow, column: int) -> str | None:
        role = ROLE_COLUMNS.get(column)
        if role is not None:
            lines = [
                f"{p.name} {p.mobile or p.office_phone}".strip() for p in row.people.get(role, ())
            ]
            lines += row.swaps_for(role)
            if row.manual:
                lines.append(_tr("（已手工调整）"))
            lines.append(_tr("双击修改此岗位人员"))
            return "\n".join(lines)
        if column == TYPE_COLUMN and not row.info.known:
            return _tr("该年节假日数据缺失，按普通周末处理")
        if column == PROBLEM_COLUMN and row.problems:
            return "\n".join(core_text(p.message) for p in row.problems)
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
            return _tr(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
