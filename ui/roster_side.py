"""The roster page's side panel: problems of the month, fairness per person, swap records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from ui.formatting import core_text
from ui.roster_model import ERROR_RED, WARNING_AMBER, month_day
from ui.roster_ops import MonthData
from ui.tr_noop import QT_TRANSLATE_NOOP

_FAIRNESS_HEADERS = (
    QT_TRANSLATE_NOOP("RosterSidePanel", "姓名"),
    QT_TRANSLATE_NOOP("RosterSidePanel", "班次"),
    QT_TRANSLATE_NOOP("RosterSidePanel", "小时"),
    QT_TRANSLATE_NOOP("RosterSidePanel", "节假日"),
    QT_TRANSLATE_NOOP("RosterSidePanel", "周末"),
)


class RosterSidePanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_side_tabs")
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("roster_problems_list")
        self.problems_list.setWordWrap(True)
        self.fairness_table = QTableWidget(0, len(_FAIRNESS_HEADERS), self)
        self.fairness_table.setObjectName("roster_fairness_table")
        self.fairness_table.setHorizontalHeaderLabels([self.tr(h) for h in _FAIRNESS_HEADERS])
        self.fairness_table.verticalHeader().hide()
        self.fairness_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fairness_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.swaps_list = QListWidget(self)
        self.swaps_list.setObjectName("roster_swaps_list")
        self.swaps_list.setWordWrap(True)
        self.addTab(self.problems_list, self.tr("问题"))
        self.addTab(self.fairness_table, self.tr("公平性"))
        self.addTab(self.swaps_list, self.tr("调班记录"))

    def fill(self, data: MonthData) -> None:
        self._fill_problems(data)
        self._fill_fairness(data)
        self._fill_swaps(data)
        self.setMinimumWidth(self.needed_width())

    def needed_width(self) -> int:
        """Wide enough for every fairness column and every tab title (问题 (12), English), so
        the splitter can never squeeze them into a cut or a horizontal scroll bar."""
        table = self.fairness_table
        table.ensurePolished()
        header = table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        tabs = self.tabBar().sizeHint().width()
        # the tab widget's own frame and the pane's margins around the page
        return max(columns + frame, tabs) + 8

    def _fill_problems(self, data: MonthData) -> None:
        self.problems_list.clear()
        for problem in data.problems:
            mark = "✖" if problem.severity == "error" else "⚠"
            item = QListWidgetItem(f"{mark} {core_text(problem.message)}", self.problems_list)
            item.setForeground(ERROR_RED if problem.severity == "error" else WARNING_AMBER)
            item.setData(Qt.ItemDataRole.UserRole, problem.day.isoformat())
        if not data.problems:
            item = QListWidgetItem(self.tr("✔ 本月排班没有发现问题"), self.problems_list)
            item.setForeground(QColor("#2E7D32"))
        count = len(data.problems)
        self.setTabText(0, self.tr("问题 ({n})").format(n=count) if count else self.tr("问题"))

    def _fill_fairness(self, data: MonthData) -> None:
        self.fairness_table.setRowCount(len(data.fairness))
        for row, (person, fair) in enumerate(data.fairness):
            values = (
                person.name,
                fair.shifts,
                fair.hours,
                fair.holiday_shifts,
                fair.weekend_shifts,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.fairness_table.setItem(row, column, item)

    def _fill_swaps(self, data: MonthData) -> None:
        self.swaps_list.clear()
        for row in data.rows:
            for swap, text in row.swaps:
                if swap.day != row.day:
                    continue  # a 串班 is listed once, on its first day
                item = QListWidgetItem(f"{month_day(row.day)} {text}", self.swaps_list)
                item.setData(Qt.ItemDataRole.UserRole, swap)
