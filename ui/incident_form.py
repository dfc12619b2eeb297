"""The 接报 form: fields in keyboard order, each change saved within a second (the autosave).

The incident already exists (F2 stored it, the clocks run); the form only updates it. A bad value
shows its ValidationError next to its field and the rest is saved. Unsaved text is kept as a
draft every few seconds so that a crash loses nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import BusyError, DutyRoomError, ValidationError
from dutyroom.grading import EARTHQUAKE, FOREST_FIRE, GradingTable, table_for
from dutyroom.incident_fields import (
    COUNT_FIELDS,
    FIGURE_LIMITS,
    INCIDENT_FIELDS,
    MAX_LOSS_WAN,
    FieldKind,
    time_warnings,
)
from dutyroom.models import Incident
from dutyroom.services import DutyRoom
from ui.countdown import COUNTDOWN_QSS, obligation_name
from ui.feedback import Confirm, ask_confirmation
from ui.formatting import core_text, enum_text, grade_reason_text
from ui.incident_checks import confirm_changes
from ui.incident_obligations import ObligationList
from ui.restyle import set_property
from ui.room_signals import RoomSignals
from ui.tr_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.report_dialog import ReportDialog

SAVE_DELAY_MS = 1000
# Another program (a command, a second window) holds the write lock past the busy timeout: the
# edits are kept and saved again this much later, until the lock is free.
BUSY_RETRY_MS = 2000
# Spin boxes take more digits than the core stores, so that a mistyped 99999999 reaches the core
# and is refused aloud instead of being silently cut to the box's maximum.
SPIN_MAX = 99_999_999
# Nothing typed more than about a second before a crash or power cut is lost (issue 16): the
# draft is written every half second while something differs from the last one written.
DRAFT_MS = 500
DRAFT_FORM = "incident"
CATEGORIES: dict[str, list[str]] = {
    "自然灾害": ["水旱灾害", "气象灾害", "地震灾害", "地质灾害", "森林草原火灾", "其他自然灾害"],
    "事故灾难": [
        "工矿商贸",
        "道路交通",
        "火灾",
        "危化品",
        "建筑施工",
        "公共设施",
        "环境污染",
        "其他事故",
    ],
    "公共卫生事件": ["传染病疫情", "食品安全", "职业中毒", "动物疫情", "其他公共卫生"],
    "社会安全事件": ["群体性事件", "恐怖袭击", "涉外突发", "网络舆情", "其他社会安全"],
}
TOWNSHIPS = ["城关镇", "河口镇", "青山乡"]
# The form's (translated) words for the counts of the field table, in the table's order.
COUNT_LABELS = {
    "deaths": QT_TRANSLATE_NOOP("IncidentForm", "死亡"),
    "missing": QT_TRANSLATE_NOOP("IncidentForm", "失踪"),
    "injured": QT_TRANSLATE_NOOP("IncidentForm", "受伤"),
    "serious_injuries": QT_TRANSLATE_NOOP("IncidentForm", "其中重伤"),
    "trapped": QT_TRANSLATE_NOOP("IncidentForm", "被困"),
    "endangered": QT_TRANSLATE_NOOP("IncidentForm", "涉险"),
    "evacuated": QT_TRANSLATE_NOOP("IncidentForm", "疏散转移"),
}
COUNTS = tuple((key, COUNT_LABELS[key]) for key in COUNT_FIELDS)
CASUALTY_KINDS = (FieldKind.COUNT, FieldKind.LOSS)
FORM_QSS = (
    COUNTDOWN_QSS
    + """
QLabel#form_received_label { font-size: 18pt; font-weight: bold; color: #1F3A5F; }
QLabel#form_grade_label { font-size: 18pt; font-weight: bold; color: #FFFFFF;
    background: #5B6B7F; padding: 2px 12px; border-radius: 4px; }
QLabel#form_grade_label[grade="较大"] { background: #D9541E; }
QLabel#form_grade_label[grade="重大"], QLabel#form_grade_label[grade="特别重大"] {
    background: #C62828; }
QLabel#form_grade_reason { font-size: 12pt; color: #3A4756; }
QLabel[error="true"] { color: #C62828; font-weight: bold; }
QLabel#occurred_warning { color: #5A3B00; background: #FFD873; padding: 2px 8px;
    border-radius: 4px; }
QLabel#form_saved_label { color: #2E7D32; }
QLabel#form_saved_label[error="true"] { color: #C62828; font-weight: bold; }
QFrame#draft_bar { background: #FFF4D6; border: 1px solid #E0B84C; border-radius: 6px; }
"""
)


class FieldDateTimeEdit(QDateTimeEdit):
    """Tab leaves the field, as in every other field of the form (QDateTimeEdit's Tab walks its
    five sections: four extra keys between 标题 and 乡镇); arrows and typing edit the parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class IncidentForm(QWidget):
    """Edits one stored incident; `open_incident(id)` switches to another."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        parent: QWidget | None = None,
        *,
        officer: Callable[[], str] = lambda: "",
        confirm: Confirm | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("incident_form")
        self._officer = officer
        self._confirm = confirm or ask_confirmation
        self.report_dialog: ReportDialog | None = None
        self.setStyleSheet(FORM_QSS)
        self._room = room
        self._tz = room.bureau.timezone()
        self._loading = False
        self.incident: Incident | None = None
        self._dirty: dict[str, Any] = {}
        self._bad: dict[str, Any] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.save_timer = QTimer(self)
        self.save_timer.setObjectName("form_save_timer")
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self._drafted: tuple[int | None, dict[str, object]] | None = None
        self.draft_timer = QTimer(self)
        self.draft_timer.setObjectName("form_draft_timer")
        self.draft_timer.setInterval(DRAFT_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self._build()
        signals.changed.connect(self._on_signals_changed)
        # Ctrl+Enter: 登记报送 for the most urgent open deadline, without leaving the keyboard.
        report = QShortcut(QKeySequence("Ctrl+Return"), self)
        report.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        report.activated.connect(self.report_most_urgent)

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.received_label = QLabel(self)
        self.received_label.setObjectName("form_received_label")
        self.grade_label = QLabel(self)
        self.grade_label.setObjectName("form_grade_label")
        self.grade_reason = QLabel(self)
        self.grade_reason.setObjectName("form_grade_reason")
        self.grade_reason.setWordWrap(True)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("form_saved_label")
        head = QHBoxLayout()
        head.addWidget(self.received_label)
        head.addSpacing(20)
        head.addWidget(self.grade_label)
        head.addWidget(self.grade_reason, 1)
        head.addWidget(self.saved_label)
        self.draft_bar = self._build_draft_bar()
        self.obligations = ObligationList(self.open_report, self)

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setVerticalSpacing(6)
            form.setHorizontalSpacing(10)  # the style's 0 left 直接经济损失 touching its box
        self._text(left, "title", self.tr("标题 *"), QLineEdit(self))
        occurred = FieldDateTimeEdit(self)
        occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        occurred.setCalendarPopup(True)
        self._add(left, "occurred_at", self.tr("事发时间 *"), occurred)
        occurred.dateTimeChanged.connect(lambda _v: self._on_field_changed("occurred_at"))
        self.occurred_warning = QLabel(self)
        self.occurred_warning.setObjectName("occurred_warning")
        self.occurred_warning.hide()
        left.addRow("", self.occurred_warning)
        self._combo(left, "township", self.tr("乡镇/街道 *"), TOWNSHIPS + self._townships())
        self._text(left, "place", self.tr("事发地点 *"), QLineEdit(self))
        self._combo(left, "category", self.tr("事件类别 *"), list(CATEGORIES))
        self._combo(left, "subtype", self.tr("子类 *"), [])
        self._text(left, "reporter", self.tr("报告人"), QLineEdit(self))
        self._text(left, "reporter_unit", self.tr("单位/职务 *"), QLineEdit(self))
        self._text(left, "reporter_phone", self.tr("联系电话"), QLineEdit(self))
        self._text(left, "summary", self.tr("简要经过"), QPlainTextEdit(self))
        counts = QGridLayout()
        counts.setHorizontalSpacing(8)
        counts.setVerticalSpacing(4)
        for index, (name, label) in enumerate(COUNTS):
            spin = QSpinBox(self)
            spin.setRange(0, SPIN_MAX)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(130)
            self._add_count(counts, index, name, self.tr(label) + " *", spin)
            spin.valueChanged.connect(lambda _v, n=name: self._on_field_changed(n))
        right.addRow(counts)
        loss = QDoubleSpinBox(self)
        loss.setRange(0, MAX_LOSS_WAN * 100)
        loss.setAlignment(Qt.AlignmentFlag.AlignRight)
        loss.setMaximumWidth(200)
        loss.setDecimals(2)
        loss.setSuffix(self.tr(" 万元"))
        self._add(right, "direct_loss_wan", self.tr("直接经济损失"), loss)
        loss.valueChanged.connect(lambda _v: self._on_field_changed("direct_loss_wan"))
        # Shown only for the category whose grading table reads them (or once a value is in).
        self._right = right
        self._figure_rows: dict[str, tuple[GradingTable, int]] = {}
        for name, label, suffix, table in (
            ("forest_area_ha", self.tr("受害森林面积"), self.tr(" 公顷"), FOREST_FIRE),
            ("magnitude", self.tr("震级"), self.tr(" 级"), EARTHQUAKE),
        ):
            figure = QDoubleSpinBox(self)
            limit, decimals = FIGURE_LIMITS[name]
            figure.setRange(0, limit * 100)  # above the limit: refused aloud by the core
            figure.setDecimals(decimals)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight)
            figure.setMaximumWidth(200)
            figure.setSuffix(suffix)
            self._add(right, name, label, figure)
            figure.valueChanged.connect(lambda _v, n=name: self._on_field_changed(n))
            self._figure_rows[name] = (table, right.rowCount() - 1)
        self._text(right, "measures", self.tr("已采取措施"), QPlainTextEdit(self))
        for name, label in (
            ("sensitive", QT_TRANSLATE_NOOP("IncidentForm", "敏感事件")),
            ("near_miss", QT_TRANSLATE_NOOP("IncidentForm", "较大涉险")),
        ):
            box = QCheckBox(self.tr(label), self)
            self._add(right, name, "", box)
            box.toggled.connect(lambda _v, n=name: self._on_field_changed(n))
        self._category_box().currentTextChanged.connect(self._on_category_changed)
        self._subtype_box().currentTextChanged.connect(lambda _t: self._show_figure_rows())
        self._show_figure_rows()

        columns = QGridLayout()
        columns.setHorizontalSpacing(30)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)
        note = QLabel(self.tr("* 电话首报所需：单位、类别、时间、地点、伤亡。其余可后续补充。"))
        note.setObjectName("hint_label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.obligations)
        layout.addWidget(note)
        layout.addLayout(columns, 1)

    def _build_draft_bar(self) -> QWidget:
        from PySide6.QtWidgets import QFrame

        bar = QFrame(self)
        bar.setObjectName("draft_bar")
        self.draft_label = QLabel(bar)
        restore = QPushButton(self.tr("恢复草稿"), bar)
        restore.setObjectName("restore_draft_button")
        restore.clicked.connect(self.restore_draft)
        discard = QPushButton(self.tr("丢弃"), bar)
        discard.setObjectName("discard_draft_button")
        discard.clicked.connect(self.discard_draft)
        row = QHBoxLayout(bar)
        row.addWidget(self.draft_label, 1)
        row.addWidget(restore)
        row.addWidget(discard)
        bar.hide()
        return bar

    def _townships(self) -> list[str]:
        try:
            names = self._room.directory.township_units()
        except DutyRoomError:  # the directory is optional for the form
            return []
        return [n for n in names if n not in TOWNSHIPS]

    def _register(self, name: str, widget: QWidget) -> QLabel:
        """The field under its objectName, with the (hidden) label for its error."""
        widget.setObjectName(f"field_{name}")
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setProperty("error", "true")
        error.setWordWrap(True)
        error.hide()
        self.fields[name] = widget
        self.errors[name] = error
        return error

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        error = self._register(name, widget)
        cell = QVBoxLayout()
        cell.setSpacing(0)
        cell.addWidget(widget)
        cell.addWidget(error)
        form.addRow(label, cell)

    def _add_count(
        self, grid: QGridLayout, index: int, name: str, label: str, widget: QWidget
    ) -> None:
        """Two compact counts a row: 死亡 [ 0] 失踪 [ 0], each with its error below."""
        error = self._register(name, widget)
        row, column = divmod(index, 2)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(caption, row * 2, column * 2)
        grid.addWidget(widget, row * 2, column * 2 + 1)
        grid.addWidget(error, row * 2 + 1, column * 2, 1, 2)

    def _text(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self._add(form, name, label, widget)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(90)
            widget.textChanged.connect(lambda n=name: self._on_field_changed(n))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, n=name: self._on_field_changed(n))

    def _combo(self, form: QFormLayout, name: str, label: str, items: list[str]) -> None:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.addItems(items)
        combo.setCurrentIndex(-1)
        self._add(form, name, label, combo)
        combo.currentTextChanged.connect(lambda _t, n=name: self._on_field_changed(n))

    def _category_box(self) -> QComboBox:
        box = self.fields["category"]
        assert isinstance(box, QComboBox)
        return box

    def _subtype_box(self) -> QComboBox:
        box = self.fields["subtype"]
        assert isinstance(box, QComboBox)
        return box

    def _show_figure_rows(self) -> None:
        """受害森林面积 for a 森林草原火灾, 震级 for a 地震灾害; a figure already entered stays
        visible whatever the category, so that no stored value is hidden."""
        table = table_for(self._category_box().currentText(), self._subtype_box().currentText())
        for name, (wanted, row) in self._figure_rows.items():
            widget = self.fields[name]
            assert isinstance(widget, QDoubleSpinBox)
            self._right.setRowVisible(row, table is wanted or widget.value() > 0)

    # -- showing an incident ---------------------------------------------------------------------
    def open_incident(self, incident_id: int, *, focus: bool = True) -> None:
        self.flush()
        self._dirty.clear()
        self._bad.clear()
        for error in self.errors.values():
            error.hide()
        self._show(self._room.incidents.get(incident_id), load_fields=True)
        self._offer_draft()
        self.draft_timer.start()
        if focus:
            self.fields["title"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show(self, incident: Incident, *, load_fields: bool) -> None:
        self.incident = incident
        received = incident.received_at.astimezone(self._tz)
        self.received_label.setText(
            self.tr("接报时间 {at}　接报人 {by}").format(
                at=received.strftime("%m-%d %H:%M:%S"), by=incident.received_by or "—"
            )
        )
        grade = incident.effective_grade.value
        self.grade_label.setText(enum_text(incident.effective_grade))
        set_property(self.grade_label, "grade", grade)
        reason = grade_reason_text(incident)
        override = self.tr("（人工调整）") if incident.grade_override else ""
        self.grade_reason.setText(override + reason)
        warnings = time_warnings(incident)
        self.occurred_warning.setText("⚠ " + self.tr("；").join(map(core_text, warnings)))
        self.occurred_warning.setVisible(bool(warnings))
        if load_fields:
            self._load_fields(incident)
        assert incident.id is not None
        self.obligations.show_obligations(
            self._room.incidents.obligations_of(incident.id),
            {r.code: r for r in self._room.incidents.rules()},
            self._tz,
            self._room.clock.now(),
            incident,
        )

    def _load_fields(self, incident: Incident) -> None:
        self._loading = True
        try:
            values: dict[str, Any] = {
                field.key: getattr(
                    incident.casualties if field.kind in CASUALTY_KINDS else incident, field.key
                )
                for field in INCIDENT_FIELDS
                if field.key in self.fields
            }
            values["occurred_at"] = incident.occurred_at or incident.received_at
            self.set_values(values)
        finally:
            self._loading = False

    def set_values(self, values: dict[str, Any]) -> None:
        """Put values into the widgets (category before subtype so its list is there)."""
        order = sorted(values, key=lambda n: n != "category")
        for name in order:
            widget, value = self.fields.get(name), values[name]
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(str(value or ""))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.setValue(value or 0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateTimeEdit):
                when = datetime.fromisoformat(value) if isinstance(value, str) else value
                local = when.astimezone(self._tz)
                widget.setDateTime(
                    QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
                )
        self._show_figure_rows()

    def value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, QDateTimeEdit)
        d, t = widget.dateTime().date(), widget.dateTime().time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._tz)
        return local.isoformat()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.fields}

    # -- saving -----------------------------------------------------------------------------------
    def _on_category_changed(self, category: str) -> None:
        subtype = self.fields["subtype"]
        assert isinstance(subtype, QComboBox)
        current = subtype.currentText()
        subtype.blockSignals(True)
        subtype.clear()
        subtype.addItems(CATEGORIES.get(category, []))
        subtype.setCurrentText(current if current in CATEGORIES.get(category, []) else "")
        subtype.blockSignals(False)
        self._show_figure_rows()

    def _on_field_changed(self, name: str) -> None:
        if self._loading or self.incident is None:
            return
        self._dirty[name] = self.value(name)
        self.saved_label.setText(self.tr("编辑中…"))
        self.save_timer.start()

    def flush(self) -> None:
        """Save what changed; each bad field shows its message and the rest is stored."""
        self.save_timer.stop()
        self.save_timer.setInterval(SAVE_DELAY_MS)
        if self.incident is None or self.incident.id is None or not self._dirty:
            return
        fields = dict(self._dirty)
        self._dirty.clear()
        declined = confirm_changes(self, self._room, self.incident, fields, self._confirm)
        if declined:
            self._revert(declined)
            for name in declined:
                fields.pop(name, None)
                self._bad.pop(name, None)
            if not fields:
                self.saved_label.setText(self.tr("未修改"))
                return
        stored: Incident | None = None
        while fields:
            try:
                stored = self._room.incidents.update(self.incident.id, fields)
                break
            except ValidationError as exc:
                if exc.field not in fields:
                    self._show_error("title" if exc.field not in self.fields else exc.field, exc)
                    self._bad.update(fields)
                    break
                self._show_error(exc.field, exc)
                self._bad[exc.field] = fields.pop(exc.field)
            except BusyError:
                # Nothing stored; the edits wait and are saved again by themselves.
                self._dirty = {**fields, **self._dirty}
                self.saved_label.setText(
                    self.tr("数据库正忙（另一处正在写入），{s}秒后自动重试保存").format(
                        s=BUSY_RETRY_MS // 1000
                    )
                )
                set_property(self.saved_label, "error", "true")
                self.save_timer.start(BUSY_RETRY_MS)
                return
            except DutyRoomError as exc:
                # Disk full or read-only: nothing was stored; keep the edits for the next save.
                self._dirty = {**fields, **self._dirty}
                self.saved_label.setText(core_text(exc.message))
                return
        for name in fields:
            self._bad.pop(name, None)
            self.errors[name].hide()
        if stored is not None:
            self._show(stored, load_fields=False)
        if self._bad:
            # Never 已保存 while a red field is not: the officer must see it was refused.
            self.saved_label.setText(self.tr("有{n}项未保存（见红字）").format(n=len(self._bad)))
            set_property(self.saved_label, "error", "true")
            return
        at = self._room.clock.now().astimezone(self._tz).strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("已保存 {at}").format(at=at))
        set_property(self.saved_label, "error", "false")
        self.discard_draft()

    def _revert(self, names: list[str]) -> None:
        """Put the stored values back into the widgets the officer declined to change."""
        if self.incident is None:
            return
        stored = self.incident
        values: dict[str, Any] = {}
        for name in names:
            if hasattr(stored.casualties, name):
                values[name] = getattr(stored.casualties, name)
            elif hasattr(stored, name):
                values[name] = getattr(stored, name)
        self._loading = True
        try:
            self.set_values(values)
        finally:
            self._loading = False
        for name in names:
            self.errors[name].hide()

    # -- reports ----------------------------------------------------------------------------------
    def report_most_urgent(self) -> ReportDialog | None:
        """Ctrl+Enter: the facts typed so far are saved first (they may add the 30-minute phone
        report), then the deadline due first gets the dialog."""
        self.flush()
        first = self.obligations.most_urgent()
        if first is None:
            self.saved_label.setText(self.tr("本事件暂无待报送的时限"))
            return None
        return self.open_report(first)

    def open_report(self, obligation_id: int) -> ReportDialog | None:
        """登记报送 from the form: the board's dialog, prefilled the same way; the facts typed so
        far are saved first, so the report is recorded against what was said on the phone."""
        self.flush()
        obligation = self.obligations.obligation(obligation_id)
        if obligation is None:  # the save just now cancelled or completed it
            self.saved_label.setText(self.tr("该时限已不再需要报送，请看上方时限列表"))
            return None
        from ui.report_dialog import open_report_dialog  # on the first 登记报送

        rule = self.obligations.rules.get(obligation.rule_code)
        title = self.incident.title if self.incident is not None else ""
        self.report_dialog = open_report_dialog(
            self._room,
            obligation,
            title=f"{title or ''} · {obligation_name(obligation, rule)}",
            officer=self._officer(),
            tz=self._tz,
            parent=self,
        )
        return self.report_dialog

    def _show_error(self, name: str, exc: ValidationError) -> None:
        label = self.errors.get(name)
        if label is not None:
            label.setText(core_text(exc.message))
            label.show()

    # -- drafts ------------------------------------------------------------------------------------
    def save_draft(self) -> None:
        if self.incident is None or not (self._dirty or self._bad):
            return
        values = self.values()
        if self._drafted == (self.incident.id, values):
            return  # unchanged since the last draft: no write (each one is an fsync)
        # The autosave of valid fields goes on; a draft is a second line of defence.
        with contextlib.suppress(DutyRoomError):
            self._room.alarms.save_draft(DRAFT_FORM, str(self.incident.id), values)
            self._drafted = (self.incident.id, values)

    def _offer_draft(self) -> None:
        assert self.incident is not None
        draft = self._room.alarms.load_draft(DRAFT_FORM, str(self.incident.id))
        if draft is None:
            self.draft_bar.hide()
            return
        at = draft.saved_at.astimezone(self._tz).strftime("%m-%d %H:%M:%S")
        self.draft_label.setText(self.tr("发现 {at} 未保存的草稿（程序曾意外退出）").format(at=at))
        self._draft_payload = dict(draft.payload)
        self.draft_bar.show()

    def restore_draft(self) -> None:
        payload = getattr(self, "_draft_payload", {})
        self.set_values({k: v for k, v in payload.items() if k in self.fields})
        self._dirty.update({k: self.value(k) for k in payload if k in self.fields})
        self.draft_bar.hide()
        self.flush()

    def discard_draft(self) -> None:
        self.draft_bar.hide()
        self._drafted = None
        if self.incident is not None:
            self._room.alarms.discard_draft(DRAFT_FORM, str(self.incident.id))

    # -- events -----------------------------------------------------------------------------------
    def _on_signals_changed(self, topic: str) -> None:
        if topic == "bureau":
            # The bureau's zone changed: what was typed is saved in the old one, then every
            # time on the form is shown again in the new one (it kept Shanghai after Tokyo).
            self.flush()
            self._tz = self._room.bureau.timezone()
            if self.incident is not None and self.incident.id is not None:
                with contextlib.suppress(DutyRoomError):
                    self._show(self._room.incidents.get(self.incident.id), load_fields=True)
            return
        if topic == "incidents" and self.incident is not None and self.incident.id is not None:
            try:
                self._show(self._room.incidents.get(self.incident.id), load_fields=False)
            except DutyRoomError:
                self.incident = None

    def tick(self, now: datetime) -> None:
        self.obligations.tick(now)
