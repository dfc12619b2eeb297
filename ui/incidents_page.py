"""接报 page: the ledger (filters, search) and the form of one incident, one above the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dutyroom.models import Grade, Incident, IncidentStatus
from dutyroom.rule_defaults import NATURAL_DISASTERS
from dutyroom.services import DutyRoom
from ui.export_tasks import ExportJob
from ui.feedback import Confirm
from ui.formatting import enum_text
from ui.incident_corrections import GradeDialog, ProcedureDialog, ReceivedAtDialog
from ui.incident_dialogs import CloseDialog, HistoryDialog, StableDialog, VoidDialog
from ui.incident_form import CATEGORIES, IncidentForm
from ui.incident_model import IncidentModel, Row
from ui.ledger_export import export_ledger
from ui.qt_dates import to_date, to_qdate
from ui.report_draft_dialog import report_draft_button
from ui.room_signals import RoomSignals
from ui.roster_io import choose_save_path

LEDGER_DAYS = 30


def can_mark_stable(incident: Incident | None) -> bool:
    """灾情稳定 is a natural disaster's state (it ends the daily 灾情续报): open ones only."""
    return (
        incident is not None
        and incident.status is IncidentStatus.OPEN
        and incident.stable_at is None
        and NATURAL_DISASTERS in (incident.category, incident.subtype)
    )


class IncidentsPage(QWidget):
    """Ledger view and form view in a stack; `open_incident(id)` shows the form."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        parent: QWidget | None = None,
        *,
        on_receive: Callable[[], object] | None = None,
        officer: Callable[[], str] = lambda: "",
        confirm: Confirm | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_incidents")
        self._room = room
        self._on_receive = on_receive
        self._tz = room.bureau.timezone()
        self._stale = True
        self.dialog: QWidget | None = None
        self.choose_save = choose_save_path  # tests replace it; people get a file dialog
        self.export_job: ExportJob | None = None
        title = QLabel(self.tr("接报"), self)
        title.setObjectName("page_title")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("incidents_stack")
        self.stack.addWidget(self._build_ledger())
        self.form = IncidentForm(room, signals, self, officer=officer, confirm=confirm)
        self.stack.addWidget(self._build_form_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # -- ledger -----------------------------------------------------------------------------------
    def _build_ledger(self) -> QWidget:
        view = QWidget(self)
        view.setObjectName("ledger_view")
        today = self._room.clock.now().astimezone(self._tz).date()
        self.date_from = QDateEdit(to_qdate(today - timedelta(days=LEDGER_DAYS)), view)
        self.date_from.setObjectName("filter_from")
        self.date_to = QDateEdit(to_qdate(today), view)
        self.date_to.setObjectName("filter_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_filter_changed)
        self.category = self._filter_combo("filter_category", list(CATEGORIES), view)
        self.grade = self._filter_combo("filter_grade", [g.value for g in Grade], view)
        states = [self.tr("处置中"), self.tr("已终结"), self.tr("作废")]
        self.state = self._filter_combo("filter_state", states, view)
        self.late_only = QCheckBox(self.tr("只看迟报/超时"), view)
        self.late_only.setObjectName("filter_late")
        self.late_only.toggled.connect(self._on_filter_changed)
        self.search = QLineEdit(view)
        self.search.setObjectName("ledger_search")
        self.search.setPlaceholderText(self.tr("搜索标题、地点、经过…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(self._on_search_text_changed)
        new = QPushButton(self.tr("新接报 (F2)"), view)
        new.setObjectName("ledger_new_button")
        self.new_button = new
        new.clicked.connect(self._on_new_clicked)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("接报日期"), self.date_from),
            ("—", self.date_to),
            (self.tr("类别"), self.category),
            (self.tr("等级"), self.grade),
            (self.tr("状态"), self.state),
        ):
            filters.addWidget(QLabel(label, view))
            filters.addWidget(widget)
        filters.addWidget(self.late_only)
        filters.addStretch(1)
        export = QPushButton(self.tr("导出台账…"), view)
        export.setObjectName("ledger_export_button")
        export.clicked.connect(self._on_export_clicked)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(export)
        search_row.addWidget(new)
        self.model = IncidentModel(self._tz, self._room.clock.now(), self)
        self.table = QTableView(view)
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.count_label = QLabel(view)
        self.count_label.setObjectName("ledger_count")
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        return view

    def _on_export_clicked(self) -> None:
        self.export_ledger()

    def export_ledger(self) -> ExportJob | None:
        """The ledger of the shown date range, written in the background with a progress bar."""
        start, end = to_date(self.date_from.date()), to_date(self.date_to.date())
        result = export_ledger(self, self._room, start, end, self.choose_save)
        if isinstance(result, str):
            if result:
                self.count_label.setText(result)
            return None
        result.finished.connect(
            lambda path: self.count_label.setText(self.tr("已导出：{p}").format(p=path))
        )
        result.failed.connect(self.count_label.setText)
        self.export_job = result
        return result

    def _on_new_clicked(self) -> None:
        if self._on_receive is not None:
            self._on_receive()

    def _filter_combo(self, name: str, items: list[str], parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.addItem(self.tr("全部"), None)
        for item in items:
            combo.addItem(enum_text(item), item)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _on_filter_changed(self, *_args: object) -> None:
        self.reload()

    def _on_search_text_changed(self, text: str) -> None:
        if not text:
            self.reload()

    def reload(self) -> None:
        """The ledger from the database: search text, or the date range and filters."""
        self._stale = False
        self._tz = self._room.bureau.timezone()
        text = self.search.text().strip()
        if text:
            incidents = self._room.ledger.search(text)
        else:
            start = datetime.combine(to_date(self.date_from.date()), time(0), tzinfo=self._tz)
            end = datetime.combine(to_date(self.date_to.date()), time(0), tzinfo=self._tz)
            state = {
                self.tr("处置中"): IncidentStatus.OPEN,
                self.tr("已终结"): IncidentStatus.CLOSED,
                self.tr("作废"): IncidentStatus.VOIDED,
            }
            grade = self.grade.currentData()
            incidents = self._room.ledger.ledger(
                start,
                end + timedelta(days=1),
                category=self.category.currentData(),
                grade=Grade(grade) if grade else None,
                state=state.get(self.state.currentData() or ""),
                late_only=self.late_only.isChecked(),
            )
            incidents.reverse()  # newest first
        rows = [Row(i, tuple(self._room.incidents.obligations_of(i.id))) for i in incidents if i.id]
        rules = {rule.code: rule for rule in self._room.incidents.rules()}
        self.model.set_rows(rows, rules, self._tz)
        self.model.tick(self._room.clock.now())
        self.count_label.setText(self.tr("共 {n} 起").format(n=len(rows)))

    # -- form -------------------------------------------------------------------------------------
    def _build_form_view(self) -> QWidget:
        view = QWidget(self)
        view.setObjectName("form_view")
        back = QPushButton(self.tr("← 返回台账"), view)
        back.setObjectName("back_to_ledger_button")
        back.clicked.connect(self.show_ledger)
        history = QPushButton(self.tr("事件经过"), view)
        history.setObjectName("history_button")
        history.clicked.connect(self.open_history)
        close = QPushButton(self.tr("终结事件…"), view)
        close.setObjectName("close_incident_button")
        close.clicked.connect(self.open_close_dialog)
        void = QPushButton(self.tr("作废…"), view)
        void.setObjectName("void_incident_button")
        void.setToolTip(self.tr("误报或重复接报：作废（保留在台账中，不删除）"))
        void.clicked.connect(self.open_void_dialog)
        self.stable_button = QPushButton(self.tr("标记灾情稳定…"), view)
        self.stable_button.setObjectName("stable_incident_button")
        self.stable_button.setToolTip(self.tr("灾情稳定：停止每日续报，开始核报时限"))
        self.stable_button.clicked.connect(self.open_stable_dialog)
        self.stable_button.hide()
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addStretch(1)
        for name, text, slot in (
            ("procedure_button", self.tr("报告流程"), self.open_procedure),
            ("correct_received_button", self.tr("更正接报时间…"), self.open_received_at_dialog),
            ("grade_override_button", self.tr("调整等级…"), self.open_grade_dialog),
        ):
            button = QPushButton(text, view)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(report_draft_button(self._room, view, self.form))
        bar.addWidget(history)
        bar.addWidget(self.stable_button)
        bar.addWidget(close)
        bar.addWidget(void)
        scroll = QScrollArea(view)
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        return view

    def open_incident(self, incident_id: int, *, focus: bool = True) -> IncidentForm:
        self.stack.setCurrentIndex(1)
        self.form.open_incident(incident_id, focus=focus)
        self._update_actions()
        return self.form

    def _update_actions(self) -> None:
        self.stable_button.setVisible(can_mark_stable(self.form.incident))

    def show_ledger(self) -> None:
        self.form.flush()
        self.stack.setCurrentIndex(0)
        if self._stale:
            self.reload()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        incident = self.model.incident_at(index.row())
        if incident.id is not None:
            self.open_incident(incident.id)

    def open_close_dialog(self) -> CloseDialog | None:
        self.form.flush()
        incident = self.form.incident
        if incident is None or incident.id is None:
            return None
        dialog = CloseDialog(self._room, incident.id, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_stable_dialog(self) -> StableDialog | None:
        self.form.flush()
        incident = self.form.incident
        if not can_mark_stable(incident) or incident is None or incident.id is None:
            return None
        dialog = StableDialog(self._room, incident.id, self._tz, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_void_dialog(self) -> VoidDialog | None:
        self.form.flush()
        incident = self.form.incident
        if incident is None or incident.id is None:
            return None
        dialog = VoidDialog(self._room, incident.id, self)
        dialog.accepted.connect(self.show_ledger)  # a voided incident is no longer worked on
        self.dialog = dialog
        dialog.show()
        return dialog

    def _open(self, factory: type[ReceivedAtDialog | GradeDialog]) -> QDialog | None:
        self.form.flush()
        incident = self.form.incident
        if incident is None or incident.id is None:
            return None
        dialog = factory(self._room, incident.id, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_received_at_dialog(self) -> QDialog | None:
        return self._open(ReceivedAtDialog)

    def open_grade_dialog(self) -> QDialog | None:
        return self._open(GradeDialog)

    def open_procedure(self) -> QDialog:
        dialog = ProcedureDialog(self._room, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_history(self) -> HistoryDialog | None:
        self.form.flush()
        incident = self.form.incident
        if incident is None or incident.id is None:
            return None
        dialog = HistoryDialog(self._room, incident.id, self._tz, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    # -- events -----------------------------------------------------------------------------------
    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("incidents", "rules", "bureau"):
            if self.stack.currentIndex() == 1:
                self._update_actions()  # a category typed as 自然灾害, or marked stable
            self._stale = True  # reloaded when the ledger is next seen (F2 must stay fast)
            if self.isVisible() and self.stack.currentIndex() == 0:
                self.reload()

    def tick(self, now: datetime) -> None:
        if self.stack.currentIndex() == 0:
            if self._stale:
                self.reload()
            self.model.tick(now)
        else:
            self.form.tick(now)
