"""值班日志: one-line keyboard entry (type picker + Enter), the day's log in a table, filters and
search, audited corrections with a reason, print (A4 preview) and the daily workbook export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import LogEntry, LogKind
from dutyroom.services import DutyRoom
from ui.export_tasks import ExportJob, start_export
from ui.feedback import show_feedback
from ui.formatting import core_text, enum_text
from ui.log_correction import CorrectionDialog
from ui.log_model import CONTENT_COLUMN, LogModel
from ui.print_preview import PrintHtml, PrintJob, preview_print
from ui.qt_dates import to_date
from ui.room_signals import RoomSignals

if TYPE_CHECKING:
    from ui.page_context import PageContext

PathChooser = Callable[[QWidget, str, str], str | None]
# Hand-written kinds first; the automatic ones (接报, 报送, 提醒, 签到) come from their records.
QUICK_KINDS = (
    LogKind.CALL_IN, LogKind.CALL_OUT, LogKind.DOCUMENT, LogKind.WARNING, LogKind.INSTRUCTION,
    LogKind.SPOT_CHECK, LogKind.EQUIPMENT, LogKind.OTHER,
)  # fmt: skip
RANGE_SHIFT, RANGE_DAY = "shift", "day"


def choose_xlsx_path(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Excel 工作簿 (*.xlsx)")
    return path or None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LogPage(QWidget):
    """Signals:
    entry_added(int): the quick entry stored a log entry (its id).
    export_finished(str): the daily workbook was written (its path).
    """

    entry_added = Signal(int)
    export_finished = Signal(str)

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        officer: Callable[[], str] = lambda: "",
        open_incident: Callable[[int], object] | None = None,
        print_html: PrintHtml = preview_print,
        choose_save: PathChooser = choose_xlsx_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_log")
        self._room = room
        self._officer = officer
        self._open_incident = open_incident
        self._print_html = print_html
        self._choose_save = choose_save
        self.model = LogModel(room.bureau.timezone(), self)
        self.correction_dialog: CorrectionDialog | None = None
        self.export_job: ExportJob | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_quick_row())
        layout.addLayout(self._build_filter_row())
        self.table = QTableView(self)
        self.table.setObjectName("log_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.ensurePolished()  # measured with the style sheet's bold and padding
        for column, width in enumerate((100, 80, 420, 130, 80, 120, 80, 90)):
            # never narrower than the (translated) header: "Recorded by" was cut at 80
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(CONTENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("log_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        layout.addWidget(self.feedback)

        self._signals = signals  # a bridge made for this page alone must live as long
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # --- construction ----------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("值班日志"), self)
        title.setObjectName("page_title")
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setObjectName("log_print_button")
        self.export_button = QPushButton(self.tr("导出Excel"), self)
        self.export_button.setObjectName("log_export_button")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        return row

    def _build_quick_row(self) -> QHBoxLayout:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("log_kind_combo")
        for kind in QUICK_KINDS:
            self.kind_combo.addItem(enum_text(kind), kind)
        self.quick_edit = QLineEdit(self)
        self.quick_edit.setObjectName("log_quick_edit")
        self.quick_edit.setPlaceholderText(
            self.tr("输入内容后按回车保存；可在开头写时间，如“14:05 县消防大队来电报告…”")
        )
        self.quick_edit.setMaxLength(2000)
        self.quick_edit.returnPressed.connect(self._on_quick_edit_return_pressed)
        self.correct_button = QPushButton(self.tr("更正所选…"), self)
        self.correct_button.setObjectName("log_correct_button")
        self.correct_button.clicked.connect(self._on_correct_clicked)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(self.quick_edit, 1)
        row.addWidget(self.correct_button)
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("log_day_edit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(_qdate(self.duty_day()))
        self.range_combo = QComboBox(self)
        self.range_combo.setObjectName("log_shift_combo")
        self.range_combo.addItem(self.tr("本日班次（交班到交班）"), RANGE_SHIFT)
        self.range_combo.addItem(self.tr("自然日（0时至24时）"), RANGE_DAY)
        self.filter_kind_combo = QComboBox(self)
        self.filter_kind_combo.setObjectName("log_filter_kind_combo")
        self.filter_kind_combo.addItem(self.tr("全部类型"), None)
        for kind in LogKind:
            self.filter_kind_combo.addItem(enum_text(kind), kind)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("log_search_edit")
        self.search_edit.setPlaceholderText(self.tr("搜索内容、单位、人员、电话"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("log_count_label")
        self.day_edit.dateChanged.connect(self._on_filter_changed)
        self.range_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("日期"), self))
        row.addWidget(self.day_edit)
        row.addWidget(self.range_combo)
        row.addWidget(self.filter_kind_combo)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.count_label)
        return row

    # --- data ------------------------------------------------------------------------------

    def duty_day(self) -> date:
        """The roster date of the running shift (before 08:30 it is still yesterday's)."""
        shift = self._room.log.current_shift()
        return shift.start.astimezone(self._room.bureau.timezone()).date()

    def selected_day(self) -> date:
        return to_date(self.day_edit.date())

    def span(self) -> tuple[datetime, datetime]:
        day = self.selected_day()
        if self.range_combo.currentData() == RANGE_DAY:
            start = datetime.combine(day, time(0), tzinfo=self._room.bureau.timezone())
            return start, start + timedelta(days=1)
        shift = self._room.log.shift_of_day(day)
        return shift.start, shift.end

    def reload(self) -> None:
        start, end = self.span()
        kind = self.filter_kind_combo.currentData()
        try:
            entries = self._room.log.entries(
                start, end, [kind] if kind is not None else None, self.search_edit.text()
            )
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self.model.set_entries(entries, self._room.bureau.timezone())
        self.count_label.setText(self.tr("共 {n} 条").format(n=len(entries)))
        if entries:
            self.table.resizeRowsToContents()

    def _on_filter_changed(self, *_args: object) -> None:
        self.reload()

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("log", "incidents", "spot_checks", "handover", "attendance", "bureau"):
            self.reload()

    def _say(self, text: str, *, error: bool) -> None:
        show_feedback(self.feedback, text, error=error)

    def selected_entry(self) -> LogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    # --- actions ---------------------------------------------------------------------------

    def _on_quick_edit_return_pressed(self) -> None:
        kind = LogKind(self.kind_combo.currentData())
        try:
            entry = self._room.log.quick_add(self.quick_edit.text(), kind, taken_by=self._officer())
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self.quick_edit.clear()
        tz = self._room.bureau.timezone()
        said = self.tr("已记录：{t} {k}").format(t=f"{entry.at.astimezone(tz):%H:%M}", k=kind)
        clocks = self._room.log.obligations_of(entry.id) if entry.id is not None else []
        if clocks:  # 预警, 来文, 批示: say that the clocks run (they are on the 值班台)
            names = {rule.code: rule.name for rule in self._room.incidents.rules()}
            said += self.tr("，开始计时：{clocks}（见值班台）").format(
                clocks="、".join(
                    f"{core_text(names.get(ob.rule_code, ob.rule_code))} "
                    f"{ob.due_at.astimezone(tz):%H:%M}"
                    for ob in clocks
                )
            )
        self._say(said, error=False)
        if entry.id is not None:
            row = self.model.row_of(entry.id)
            if row >= 0:
                self.table.scrollTo(self.model.index(row, 0))
            self.entry_added.emit(entry.id)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry.ref_table == "incident" and entry.ref_id is not None:
            if self._open_incident is not None:
                self._open_incident(entry.ref_id)
            return
        self._on_correct_clicked()

    def _on_correct_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            self._say(self.tr("请先在表格中选择要更正的记录"), error=True)
            return
        dialog = CorrectionDialog(self._room, entry, self._officer(), self)
        dialog.corrected.connect(self._on_correction_dialog_corrected)
        self.correction_dialog = dialog
        dialog.open()

    def _on_correction_dialog_corrected(self, _entry_id: int) -> None:
        self._say(self.tr("已更正（原记录保留，更正记录已存档）"), error=False)

    def _on_print_clicked(self) -> None:
        from dutyroom.documents import daily_log_html
        from dutyroom.documents.collect import collect_daily_log
        from dutyroom.documents.daily import title

        day = self.selected_day()
        try:
            log = collect_daily_log(self._room, day)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        bureau = self._room.bureau.name()
        html = daily_log_html(log, bureau, self._room.record_line())
        job = PrintJob(html, bureau, title(bureau, day))
        try:
            self._print_html(self, job)
        except OSError as exc:
            self._say(self.tr("打印失败：{e}").format(e=exc), error=True)

    def _on_export_clicked(self) -> None:
        self.export_day(self.selected_day())

    def export_day(self, day: date) -> ExportJob | None:
        """Collect on the GUI thread (it reads the database), write on the thread pool."""
        from dutyroom.documents.collect import collect_daily_log

        folder = self._room.backups.exports_dir()
        suggested = str(folder / f"值班日志-{day:%Y-%m-%d}.xlsx")
        chosen = self._choose_save(self, self.tr("导出值班日志"), suggested)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            log = collect_daily_log(self._room, day)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return None
        bureau = self._room.bureau.name()

        def work(progress: Callable[[int, int], None]) -> Path:
            from dutyroom.excel.daily_log import write_daily_workbook

            progress(0, 1)
            written = write_daily_workbook(path, [log], bureau)
            progress(1, 1)
            return written

        self.export_button.setEnabled(False)
        job = start_export(self, work, self.tr("正在导出值班日志…"))
        job.finished.connect(self._on_export_job_finished)
        job.failed.connect(self._on_export_job_failed)
        self.export_job = job
        return job

    def _on_export_job_finished(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("已导出：{p}").format(p=path), error=False)
        self.export_finished.emit(path)

    def _on_export_job_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("导出失败：{e}").format(e=message), error=True)


def open_incident_in_window(widget: QWidget, incident_id: int) -> None:
    """Show the incident on the 接报 page of the widget's main window."""
    window = widget.window()
    show_page = getattr(window, "show_page", None)
    if callable(show_page):
        page = show_page("page_incidents")
        opener = getattr(page, "open_incident", None)
        if callable(opener):
            opener(incident_id)


def build_log_page(ctx: PageContext) -> LogPage:
    page: LogPage | None = None

    def open_incident(incident_id: int) -> None:
        if page is not None:
            open_incident_in_window(page, incident_id)

    page = LogPage(ctx.room, ctx.signals, officer=ctx.officer, open_incident=open_incident)
    return page
