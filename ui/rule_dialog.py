"""设置 → 报送时限规则 → 编辑…: every field of one rule, checked by dutyroom.rules.validate_rules.

The dialog only hands the edited rule back (`rule()`); nothing is stored until the section's 保存.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import ValidationError
from dutyroom.models import Anchor, Condition, Grade, ObligationKind, Rule
from dutyroom.rule_conditions import FLAGS, MODES, STATE_NAMES, STATES
from dutyroom.rules import (
    ANCHOR_NAMES,
    KIND_NAMES,
    MODE_NAMES,
    SUBJECT_NAMES,
    parse_times,
    validate_rules,
)
from ui.formatting import core_text, enum_text
from ui.incident_form import CATEGORIES
from ui.screen_fit import fit_to_screen

# Lists typed by hand: 、，, ; and spaces all separate (officers mix them).
_SEPARATORS = re.compile(r"[、，,；;\s]+")
MINUTES_MAX = 60 * 24 * 60  # 60 days: longer than any reporting rule, short of a typo's reach


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part for part in _SEPARATORS.split(text.strip()) if part)


def category_choices() -> list[str]:
    """The incident form's categories, each followed by its subtypes."""
    names: list[str] = []
    for category, subtypes in CATEGORIES.items():
        names.append(category)
        names.extend(subtypes)
    return names


class RuleDialog(QDialog):
    """Edits one rule; `others` are the rest of the table, so a code is checked for repeats."""

    def __init__(
        self, rule: Rule, others: Sequence[Rule], *, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rule_dialog")
        self.setWindowTitle(self.tr("新增规则") if new else self.tr("编辑规则"))
        self.setModal(True)
        self._rule = rule
        self._others = list(others)
        self._new = new
        self._result: Rule | None = None
        self.errors: dict[str, QLabel] = {}

        body = QWidget(self)
        body.setObjectName("rule_dialog_body")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self._build_timing_box(body), 1)
        right = QVBoxLayout()
        right.addWidget(self._build_condition_box(body))
        right.addWidget(self._build_recipients_box(body))
        right.addStretch(1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("rule_dialog_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("rule_dialog_buttons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("确定后规则回到列表，点“保存”才生效。"), self)
        note.setObjectName("rule_dialog_note")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._load(rule)
        fit_to_screen(self, QSize(1040, 660))

    # --- construction ----------------------------------------------------------------------

    def _field(self, form: QFormLayout, text: str, widget: QWidget, error: str = "") -> None:
        """A form row, its label named after the field; with `error`, the field carries its own
        error line below it (hidden until needed)."""
        label = QLabel(text, widget.parentWidget())
        label.setObjectName(f"{widget.objectName()}_label")
        if not error:
            form.addRow(label, widget)
            return
        holder = QWidget(widget.parentWidget())
        holder.setObjectName(f"{widget.objectName()}_holder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel(holder)
        message.setObjectName(f"rule_error_{error}")
        message.setWordWrap(True)
        message.setStyleSheet("color: #C62828; font-weight: bold;")
        message.hide()
        column.addWidget(message)
        self.errors[error] = message
        form.addRow(label, holder)

    def _combo(self, name: str, parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _spin(self, name: str, parent: QWidget, special: str = "") -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(0, MINUTES_MAX)
        if special:
            spin.setSpecialValueText(special)  # 0 reads as 不设 / 不限
        return spin

    def _build_timing_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("规则与时限"), parent)
        box.setObjectName("rule_timing_box")
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("rule_name_edit")
        self.name_edit.setMaxLength(60)
        self.code_edit = QLineEdit(box)
        self.code_edit.setObjectName("rule_code_edit")
        self.code_edit.setMaxLength(40)
        self.code_edit.setReadOnly(not self._new)
        self.code_edit.setToolTip(self.tr("规则代码只在新增时填写，用于统计与导入导出"))
        self.subject_combo = self._combo(
            "rule_subject_combo", box, [(core_text(v), k) for k, v in SUBJECT_NAMES.items()]
        )
        self.mode_combo = self._combo(
            "rule_mode_combo", box, [(core_text(MODE_NAMES[m]), m) for m in MODES]
        )
        self.kind_combo = self._combo(
            "rule_kind_combo", box, [(core_text(KIND_NAMES[k]), k) for k in ObligationKind]
        )
        self.anchor_combo = self._combo(
            "rule_anchor_combo", box, [(core_text(ANCHOR_NAMES[a]), a) for a in Anchor]
        )
        self.offset_spin = self._spin("rule_offset_spin", box)
        self.offset_spin.setSuffix(self.tr(" 分钟"))
        self.times_edit = QLineEdit(box)
        self.times_edit.setObjectName("rule_times_edit")
        self.times_edit.setPlaceholderText(self.tr("如 08:00,17:00；不填则按时限分钟"))
        self.days_spin = self._spin("rule_working_days_spin", box, self.tr("不设"))
        self.days_spin.setRange(0, 30)
        self.days_spin.setSuffix(self.tr(" 个工作日"))
        self.repeat_spin = self._spin("rule_repeat_spin", box, self.tr("不设"))
        self.repeat_spin.setSuffix(self.tr(" 分钟"))
        self.repeat_major_spin = self._spin("rule_repeat_major_spin", box, self.tr("不设"))
        self.repeat_major_spin.setSuffix(self.tr(" 分钟"))
        self.warn_spin = self._spin("rule_warn_spin", box)
        self.warn_spin.setSuffix(self.tr(" 分钟"))
        self.warn_spin.setPrefix(self.tr("预警 "))
        self.critical_spin = self._spin("rule_critical_spin", box)
        self.critical_spin.setSuffix(self.tr(" 分钟"))
        form = QFormLayout(box)
        form.setVerticalSpacing(6)  # thirteen fields: all on a 1366×768 screen without scrolling
        self._field(form, self.tr("名称"), self.name_edit, "name")
        self._field(form, self.tr("代码"), self.code_edit, "code")
        self._field(form, self.tr("适用对象"), self.subject_combo, "subject")
        self._field(form, self.tr("方式"), self.mode_combo, "applies")
        self._field(form, self.tr("报告种类"), self.kind_combo)
        self._field(form, self.tr("起算"), self.anchor_combo, "anchor")
        self._field(form, self.tr("时限"), self.offset_spin, "offset_minutes")
        self._field(form, self.tr("每日截止时刻"), self.times_edit, "at_times")
        self._field(form, self.tr("工作日"), self.days_spin, "working_days")
        self._field(
            form,
            self.tr("续报间隔"),
            self._pair(box, self.repeat_spin, self.tr("重大以上"), self.repeat_major_spin),
            "repeat_minutes",
        )
        self.errors["repeat_minutes_major"] = self.errors["repeat_minutes"]
        self._field(
            form,
            self.tr("提前提醒"),
            self._pair(box, self.warn_spin, self.tr("紧急"), self.critical_spin),
            "warn_minutes",
        )
        return box

    @staticmethod
    def _pair(parent: QWidget, first: QWidget, label: str, second: QWidget) -> QWidget:
        holder = QWidget(parent)
        holder.setObjectName(f"{first.objectName()}_pair")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        between = QLabel(label, holder)
        between.setObjectName(f"{second.objectName()}_label")
        row.addWidget(between)
        row.addWidget(second, 1)
        return holder

    def _picker(self, name: str, edit: QLineEdit, parent: QWidget) -> QWidget:
        """A line of names typed freely, and a list to add the incident form's categories from."""
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.addItem(self.tr("添加类别…"))
        combo.addItems(category_choices())

        def add(index: int) -> None:
            if index <= 0:
                return
            names = split_list(edit.text())
            chosen = combo.itemText(index)
            if chosen not in names:
                edit.setText("、".join((*names, chosen)))
            combo.setCurrentIndex(0)

        combo.activated.connect(add)
        holder = QWidget(parent)
        holder.setObjectName(f"{edit.objectName()}_row")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(combo)
        return holder

    def _checks(self, prefix: str, parent: QWidget, items: Sequence[tuple[str, str]]) -> QWidget:
        holder = QWidget(parent)
        holder.setObjectName(f"{prefix}s")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for text, key in items:
            check = QCheckBox(text, holder)
            check.setObjectName(f"{prefix}_{key}")
            check.setProperty("key", key)
            row.addWidget(check)
        row.addStretch(1)
        return holder

    def _build_condition_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("适用条件（事件）"), parent)
        box.setObjectName("rule_condition_box")
        self.categories_edit = QLineEdit(box)
        self.categories_edit.setObjectName("rule_categories_edit")
        self.categories_edit.setPlaceholderText(self.tr("不填：所有类别"))
        self.not_categories_edit = QLineEdit(box)
        self.not_categories_edit.setObjectName("rule_not_categories_edit")
        grades: list[tuple[str, object]] = [(self.tr("不限"), None)]
        grades += [(enum_text(g), g) for g in Grade]
        self.min_grade_combo = self._combo("rule_min_grade_combo", box, grades)
        self.max_grade_combo = self._combo("rule_max_grade_combo", box, grades)
        flags = [(core_text(flag), flag) for flag in FLAGS]
        self.also_flags = self._checks("rule_also_flag", box, flags)
        self.unless_flags = self._checks("rule_unless_flag", box, flags)
        self.dead_spin = self._spin("rule_dead_missing_spin", box, self.tr("不限"))
        self.dead_spin.setRange(0, 10_000)
        self.dead_spin.setSuffix(self.tr(" 人"))
        states = [(core_text(STATE_NAMES[s]), s) for s in STATES]
        self.states = self._checks("rule_state", box, states)
        form = QFormLayout(box)
        pick = self._picker("rule_categories_pick", self.categories_edit, box)
        self._field(form, self.tr("类别"), pick)
        pick_not = self._picker("rule_not_categories_pick", self.not_categories_edit, box)
        self._field(form, self.tr("排除类别"), pick_not)
        grade_row = QWidget(box)
        grade_row.setObjectName("rule_grade_row")
        grade_layout = QHBoxLayout(grade_row)
        grade_layout.setContentsMargins(0, 0, 0, 0)
        grade_layout.addWidget(self.min_grade_combo)
        to = QLabel(self.tr("至"), grade_row)
        to.setObjectName("rule_max_grade_combo_label")
        grade_layout.addWidget(to)
        grade_layout.addWidget(self.max_grade_combo)
        grade_layout.addStretch(1)
        self._field(form, self.tr("等级"), grade_row)
        self._field(form, self.tr("或者标记"), self.also_flags)
        self._field(form, self.tr("或者死亡失踪≥"), self.dead_spin)
        self._field(form, self.tr("除非标记"), self.unless_flags)
        self._field(form, self.tr("事件状态"), self.states, "condition")
        return box

    def _build_recipients_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("报送对象与依据"), parent)
        box.setObjectName("rule_recipients_box")
        self.recipients_edit = QPlainTextEdit(box)
        self.recipients_edit.setObjectName("rule_recipients_edit")
        self.recipients_edit.setPlaceholderText(self.tr("每行一个单位；不填：报送任一单位即可"))
        self.recipients_edit.setTabChangesFocus(True)
        self.source_edit = QPlainTextEdit(box)
        self.source_edit.setObjectName("rule_source_edit")
        self.source_edit.setPlaceholderText(self.tr("法规条文、省市文件或本局规定"))
        self.source_edit.setTabChangesFocus(True)
        for edit in (self.recipients_edit, self.source_edit):
            edit.setMinimumHeight(56)
            edit.setMaximumHeight(120)  # the rest of the column stays empty, not a tall box
        form = QFormLayout(box)
        self._field(form, self.tr("报送对象"), self.recipients_edit, "recipients")
        self._field(form, self.tr("依据"), self.source_edit)
        return box

    # --- values ----------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _set_checked(self, holder: QWidget, keys: Sequence[str]) -> None:
        for check in holder.findChildren(QCheckBox):
            check.setChecked(check.property("key") in keys)

    @staticmethod
    def _checked(holder: QWidget) -> tuple[str, ...]:
        return tuple(
            str(check.property("key")) for check in holder.findChildren(QCheckBox)
            if check.isChecked()
        )  # fmt: skip

    def _load(self, rule: Rule) -> None:
        self.name_edit.setText(rule.name)
        self.code_edit.setText(rule.code)
        self._select(self.subject_combo, rule.subject)
        self._select(self.mode_combo, rule.applies)
        self._select(self.kind_combo, rule.kind)
        self._select(self.anchor_combo, rule.anchor)
        self.offset_spin.setValue(rule.offset_minutes)
        self.times_edit.setText(",".join(at.strftime("%H:%M") for at in rule.at_times))
        self.days_spin.setValue(rule.working_days)
        self.repeat_spin.setValue(rule.repeat_minutes or 0)
        self.repeat_major_spin.setValue(rule.repeat_minutes_major or 0)
        self.warn_spin.setValue(rule.warn_minutes)
        self.critical_spin.setValue(rule.critical_minutes)
        self.recipients_edit.setPlainText("\n".join(rule.recipients))
        self.source_edit.setPlainText(rule.source)
        c = rule.condition
        self.categories_edit.setText("、".join(c.categories))
        self.not_categories_edit.setText("、".join(c.not_categories))
        self._select(self.min_grade_combo, c.min_grade)
        self._select(self.max_grade_combo, c.max_grade)
        self._set_checked(self.also_flags, c.also_flags)
        self._set_checked(self.unless_flags, c.unless_flags)
        self.dead_spin.setValue(c.also_dead_missing or 0)
        self._set_checked(self.states, c.states)

    def _edited(self) -> Rule:
        """The rule as the fields say; ValidationError for the times of day."""
        try:
            at_times = parse_times(split_list(self.times_edit.text()))
        except ValueError as exc:
            raise ValidationError("at_times", str(exc)) from exc
        min_grade = self.min_grade_combo.currentData()
        max_grade = self.max_grade_combo.currentData()
        condition = Condition(
            categories=split_list(self.categories_edit.text()),
            not_categories=split_list(self.not_categories_edit.text()),
            min_grade=min_grade if isinstance(min_grade, Grade) else None,
            max_grade=max_grade if isinstance(max_grade, Grade) else None,
            also_flags=self._checked(self.also_flags),
            also_dead_missing=self.dead_spin.value() or None,
            unless_flags=self._checked(self.unless_flags),
            states=self._checked(self.states),
        )
        recipients = tuple(
            line.strip() for line in self.recipients_edit.toPlainText().splitlines()
            if line.strip()
        )  # fmt: skip
        return Rule(
            code=self.code_edit.text().strip(),
            name=self.name_edit.text().strip(),
            kind=ObligationKind(self.kind_combo.currentData()),
            applies=str(self.mode_combo.currentData()),
            anchor=Anchor(self.anchor_combo.currentData()),
            offset_minutes=self.offset_spin.value(),
            repeat_minutes=self.repeat_spin.value() or None,
            repeat_minutes_major=self.repeat_major_spin.value() or None,
            warn_minutes=self.warn_spin.value(),
            critical_minutes=self.critical_spin.value(),
            enabled=self._rule.enabled,
            condition=condition,
            at_times=at_times,
            working_days=self.days_spin.value(),
            recipients=recipients,
            source=self.source_edit.toPlainText().strip(),
            subject=str(self.subject_combo.currentData()),
            id=self._rule.id,
        )

    def _show_error(self, field: str, message: str) -> None:
        for label in self.errors.values():
            label.hide()
        label = self.errors.get(field, self.errors["name"])
        label.setText(message)
        label.show()

    def _on_buttons_accepted(self) -> None:
        try:
            rule = self._edited()
            validate_rules([*self._others, rule])
        except ValidationError as exc:
            self._show_error(exc.field, core_text(exc.message))
            return
        self._result = rule
        self.accept()

    def rule(self) -> Rule | None:
        """The edited rule once 确定 was accepted, else None."""
        return self._result
