"""统计: the headline 1小时内报送达标率, timeliness per rule, late and missed reports, incident
counts, spot checks with 在岗率, hours per person; two charts; export to Excel.

Computed when the page is shown or the period changes (never on the tick); the charts module is
imported on first show only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from dutyroom.stats import CheckStats, Delay, Rate, Stats, day_period
from ui.feedback import show_feedback
from ui.formatting import core_text
from ui.restyle import set_property
from ui.room_signals import RoomSignals
from ui.tr_noop import QT_TRANSLATE_NOOP

PathChooser = Callable[[QWidget, str, str], str | None]
HEADLINE_QSS = (
    "QLabel#headline_rate_label { font-size: 40pt; font-weight: bold; color: #1F3A5F; }"
    'QLabel#headline_rate_label[low="true"] { color: #C62828; }'
    "QLabel#headline_detail_label { font-size: 13pt; color: #3A4756; }"
    "QLabel#overall_rate_label { font-size: 22pt; font-weight: bold; color: #1F3A5F; }"
)
TARGET = 0.95  # below this the headline turns red


def choose_xlsx_save_path(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("StatsPage", "Excel 工作簿 (*.xlsx)")
    )
    return path or None


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _table(object_name: str, headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("StatsPage", h) for h in headers])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    # Four boxes to a row at 1366: long incident titles wrap in their cell (the row grows)
    # rather than push the table into a sideways scroll.
    table.setWordWrap(True)
    table.horizontalHeader().setMaximumSectionSize(150)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(150)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            # Rule, grade and "未分类" cells are the core's words: said in the UI language.
            text = (
                "" if value is None else core_text(value) if isinstance(value, str) else str(value)
            )
            table.setItem(r, c, QTableWidgetItem(text))
    table.setMinimumWidth(needed_width(table))


def needed_width(table: QTableWidget) -> int:
    """Every column at its (capped) content width: the box beside it cannot squeeze it into a
    cut or a sideways scroll bar."""
    header = table.horizontalHeader()
    cap = header.maximumSectionSize()
    columns = sum(
        min(cap, max(table.sizeHintForColumn(c), header.sectionSizeHint(c)))
        for c in range(table.columnCount())
    )
    return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()


def _rate_row(name: str, rate: Rate) -> list[Any]:
    return [name, rate.counted, rate.on_time, rate.late, rate.missed, percent(rate.rate)]


def _check_row(name: str, checks: CheckStats) -> list[Any]:
    return [name, checks.checks, checks.both_present, checks.failures, percent(checks.on_post_rate)]


class StatsPage(QScrollArea):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        choose_save: PathChooser = choose_xlsx_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_stats")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._room = room
        self._choose_save = choose_save
        self._dirty = True
        self.stats: Stats | None = None
        self.charts: dict[str, Any] = {}
        body = QWidget(self)
        body.setObjectName("stats_body")
        body.setStyleSheet(HEADLINE_QSS)
        self._body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(self._build_period(body))
        layout.addLayout(self._build_headline(body))
        layout.addLayout(self._build_tables(body))
        self.charts_row = QHBoxLayout()
        layout.addLayout(self.charts_row)
        self.setWidget(body)
        self.set_month(room.today())
        signals.changed.connect(self._on_signals_changed)

    # --- construction ----------------------------------------------------------------------

    def _build_period(self, parent: QWidget) -> QHBoxLayout:
        title = QLabel(self.tr("统计"), parent)
        title.setObjectName("page_title")
        self.from_edit = QDateEdit(parent)
        self.from_edit.setObjectName("stats_from_edit")
        self.to_edit = QDateEdit(parent)
        self.to_edit.setObjectName("stats_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        this_month = QPushButton(self.tr("本月"), parent)
        this_month.setObjectName("stats_this_month_button")
        this_month.clicked.connect(lambda: self.set_month(self._room.today()))
        last_month = QPushButton(self.tr("上月"), parent)
        last_month.setObjectName("stats_last_month_button")
        last_month.clicked.connect(
            lambda: self.set_month(self._room.today().replace(day=1) - timedelta(days=1))
        )
        query = QPushButton(self.tr("查询"), parent)
        query.setObjectName("stats_query_button")
        query.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出Excel"), parent)
        self.export_button.setObjectName("stats_export_button")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.feedback = QLabel(parent)
        self.feedback.setObjectName("stats_feedback_label")
        self.feedback.hide()
        row = QHBoxLayout()
        row.addWidget(title)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("从"), parent))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("到"), parent))
        row.addWidget(self.to_edit)
        for button in (this_month, last_month, query):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.feedback)
        row.addWidget(self.export_button)
        return row

    def _build_headline(self, parent: QWidget) -> QHBoxLayout:
        box = QGroupBox(self.tr("1小时内报送达标率"), parent)
        self.headline_label = QLabel("—", box)
        self.headline_label.setObjectName("headline_rate_label")
        self.headline_detail = QLabel(box)
        self.headline_detail.setObjectName("headline_detail_label")
        self.headline_detail.setWordWrap(True)
        inner = QHBoxLayout(box)
        inner.addWidget(self.headline_label)
        inner.addWidget(self.headline_detail, 1)
        overall = QGroupBox(self.tr("报送及时率（全部时限）"), parent)
        self.overall_label = QLabel("—", overall)
        self.overall_label.setObjectName("overall_rate_label")
        self.overall_detail = QLabel(overall)
        self.overall_detail.setObjectName("headline_detail_label")
        inner2 = QHBoxLayout(overall)
        inner2.addWidget(self.overall_label)
        inner2.addWidget(self.overall_detail, 1)
        row = QHBoxLayout()
        row.addWidget(box, 3)
        row.addWidget(overall, 2)
        return row

    def _build_tables(self, parent: QWidget) -> QVBoxLayout:
        rate = (
            QT_TRANSLATE_NOOP("StatsPage", "规则"),
            QT_TRANSLATE_NOOP("StatsPage", "应报"),
            QT_TRANSLATE_NOOP("StatsPage", "按时"),
            QT_TRANSLATE_NOOP("StatsPage", "迟报"),
            QT_TRANSLATE_NOOP("StatsPage", "漏报"),
            QT_TRANSLATE_NOOP("StatsPage", "及时率"),
        )
        delay = (
            QT_TRANSLATE_NOOP("StatsPage", "事件"),
            QT_TRANSLATE_NOOP("StatsPage", "规则"),
            QT_TRANSLATE_NOOP("StatsPage", "时限"),
            QT_TRANSLATE_NOOP("StatsPage", "完成时间"),
            QT_TRANSLATE_NOOP("StatsPage", "延误（分钟）"),
        )
        self.rules_table = _table("stats_rules_table", rate, parent)
        self.delays_table = _table(
            "stats_delays_table", (QT_TRANSLATE_NOOP("StatsPage", "类型"), *delay), parent
        )
        self.category_table = _table(
            "stats_category_table",
            (QT_TRANSLATE_NOOP("StatsPage", "类别"), QT_TRANSLATE_NOOP("StatsPage", "起数")),
            parent,
        )
        self.grade_table = _table(
            "stats_grade_table",
            (QT_TRANSLATE_NOOP("StatsPage", "等级"), QT_TRANSLATE_NOOP("StatsPage", "起数")),
            parent,
        )
        self.township_table = _table(
            "stats_township_table",
            (QT_TRANSLATE_NOOP("StatsPage", "乡镇"), QT_TRANSLATE_NOOP("StatsPage", "起数")),
            parent,
        )
        self.month_table = _table(
            "stats_month_table",
            (QT_TRANSLATE_NOOP("StatsPage", "月份"), QT_TRANSLATE_NOOP("StatsPage", "起数")),
            parent,
        )
        checks = (
            QT_TRANSLATE_NOOP("StatsPage", "方向"),
            QT_TRANSLATE_NOOP("StatsPage", "查岗次数"),
            QT_TRANSLATE_NOOP("StatsPage", "均在岗"),
            QT_TRANSLATE_NOOP("StatsPage", "未接/脱岗/代岗"),
            QT_TRANSLATE_NOOP("StatsPage", "在岗率"),
        )
        self.checks_table = _table("stats_checks_table", checks, parent)
        self.checks_table.horizontalHeader().setMaximumSectionSize(220)  # 未接/脱岗/代岗 in full
        duty = (
            QT_TRANSLATE_NOOP("StatsPage", "姓名"),
            QT_TRANSLATE_NOOP("StatsPage", "班次"),
            QT_TRANSLATE_NOOP("StatsPage", "小时"),
            QT_TRANSLATE_NOOP("StatsPage", "节假日班次"),
        )
        self.duty_table = _table("stats_duty_table", duty, parent)
        # Rows of boxes; each table is at least as wide as its columns (fill() sets it), the
        # rest of a row is shared (迟报与漏报 has six columns: at 1366 an even grid cut it).
        rows = (
            (
                (self.tr("报送及时率（按规则）"), self.rules_table, 1),
                (self.tr("迟报与漏报"), self.delays_table, 1),
            ),
            (
                (self.tr("按类别"), self.category_table, 1),
                (self.tr("按等级"), self.grade_table, 1),
                (self.tr("按乡镇"), self.township_table, 1),
                (self.tr("按月份"), self.month_table, 1),
            ),
            (
                (self.tr("查岗与在岗率"), self.checks_table, 1),
                (self.tr("值班时长（公平性）"), self.duty_table, 1),
            ),
        )
        column = QVBoxLayout()
        column.setSpacing(12)
        for boxes in rows:
            line = QHBoxLayout()
            line.setSpacing(12)
            for title, table, stretch in boxes:
                box = QGroupBox(title, parent)
                QVBoxLayout(box).addWidget(table)
                line.addWidget(box, stretch)
            column.addLayout(line)
        return column

    # --- period ----------------------------------------------------------------------------

    def set_month(self, day: date) -> None:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.set_period(first, last)

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))
        self.refresh()

    def period(self) -> tuple[date, date]:
        a, b = self.from_edit.date(), self.to_edit.date()
        first = date(a.year(), a.month(), a.day())
        last = date(b.year(), b.month(), b.day())
        return (first, last) if first <= last else (last, first)

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("incidents", "spot_checks", "roster", "rules", "bureau"):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.charts:
            self._build_charts()
        if self._dirty:
            self.refresh()

    # --- computing -------------------------------------------------------------------------

    def refresh(self) -> None:
        tz = self._room.bureau.timezone()
        first, last = self.period()
        try:
            stats = self._room.stats.period(*day_period(first, last, tz))
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return
        self.stats = stats
        self._dirty = False
        self._show(stats)

    def _show(self, stats: Stats) -> None:
        tz = self._room.bureau.timezone()
        head = stats.headline
        self.headline_label.setText(percent(head.rate))
        low = head.rate is not None and head.rate < TARGET
        set_property(self.headline_label, "low", "true" if low else "false")
        self.headline_detail.setText(
            self.tr(
                "应报 {n} 起，1小时内书面报送 {ok} 起，超过1小时 {late} 起，未报 {missed} 起"
            ).format(n=head.counted, ok=head.on_time, late=head.late, missed=head.missed)
        )
        overall = stats.overall
        self.overall_label.setText(percent(overall.rate))
        self.overall_detail.setText(
            self.tr("应报 {n}　按时 {ok}　迟报 {late}　漏报 {missed}").format(
                n=overall.counted, ok=overall.on_time, late=overall.late, missed=overall.missed
            )
        )
        fill(
            self.rules_table,
            [_rate_row(self.tr("合计"), overall)]
            + [_rate_row(name, rate) for name, rate in stats.by_rule.items()],
        )

        def delay_row(kind: str, d: Delay) -> list[Any]:
            done = d.done_at.astimezone(tz).strftime("%m-%d %H:%M") if d.done_at else ""
            due = d.due_at.astimezone(tz).strftime("%m-%d %H:%M")
            return [kind, d.title or f"#{d.incident_id}", d.rule, due, done, d.minutes]

        fill(
            self.delays_table,
            [delay_row(self.tr("迟报"), d) for d in stats.late]
            + [delay_row(self.tr("漏报"), d) for d in stats.missed],
        )
        fill(self.category_table, list(stats.by_category.items()))
        fill(self.grade_table, list(stats.by_grade.items()))
        fill(self.township_table, list(stats.by_township.items()))
        fill(self.month_table, list(stats.by_month.items()))
        fill(
            self.checks_table,
            [
                _check_row(self.tr("本局查岗"), stats.checks_made),
                _check_row(self.tr("上级查岗"), stats.checks_received),
            ],
        )
        fill(self.duty_table, [[r.name, r.shifts, r.hours, r.holiday_shifts] for r in stats.duty])
        self._update_charts()

    # --- charts ----------------------------------------------------------------------------

    def _build_charts(self) -> None:
        from ui.stats_charts import ChartView

        for name in ("stats_category_chart", "stats_month_chart"):
            view = ChartView(name, self._body)
            self.charts_row.addWidget(view, 1)
            self.charts[name] = view
        self._update_charts()

    def _update_charts(self) -> None:
        if not self.charts or self.stats is None:
            return
        from ui.stats_charts import bar_chart, line_chart

        stats = self.stats
        self.charts["stats_category_chart"].show_chart(
            bar_chart(
                self.tr("事件按类别"), {core_text(k): v for k, v in stats.by_category.items()}
            )
        )
        self.charts["stats_month_chart"].show_chart(
            line_chart(self.tr("事件按月份"), stats.by_month)
        )

    # --- export ----------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        self.export()

    def export(self) -> Path | None:
        if self.stats is None:
            self.refresh()
        if self.stats is None:
            return None
        first, last = self.period()
        suggested = self.tr("值班统计-{first}-{last}.xlsx").format(
            first=f"{first:%Y%m%d}", last=f"{last:%Y%m%d}"
        )
        chosen = self._choose_save(self, self.tr("导出统计"), suggested)
        if not chosen:
            return None
        from dutyroom.excel.stats_export import export_stats

        try:
            out = export_stats(
                self.stats, self._room.bureau.name(), self._room.bureau.timezone(), Path(chosen)
            )
        except (DutyRoomError, OSError) as exc:
            message = core_text(exc.message) if isinstance(exc, DutyRoomError) else str(exc)
            show_feedback(self.feedback, self.tr("导出失败：") + message, error=True)
            return None
        show_feedback(self.feedback, self.tr("已导出：{path}").format(path=out), error=False)
        return out
