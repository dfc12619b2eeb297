"""设置 → 报送时限规则: the bureau's rules as a table, edited, reordered or replaced by a preset.

Every change stays in the table until 保存; saving says that obligations already created keep
their times (a changed rule times only new ones: issue 14).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Anchor, ObligationKind, Rule
from dutyroom.rule_conditions import MODE_ONCE, SUBJECT_INCIDENT, describe
from dutyroom.rule_defaults import PRESETS
from dutyroom.rules import (
    ANCHOR_NAMES,
    SUBJECT_NAMES,
    UNCHANGED_NOTE,
    deadline_text,
    recipients_text,
    same_rules,
)
from dutyroom.services import DutyRoom
from ui.feedback import Confirm, ask_confirmation, show_feedback
from ui.formatting import core_text
from ui.room_signals import RoomSignals
from ui.rule_dialog import RuleDialog

Inform = Callable[[QWidget, str], None]
RunDialog = Callable[[RuleDialog], bool]
COLUMNS = 8
ENABLED, NAME, SUBJECT, CONDITION, ANCHOR, DEADLINE, RECIPIENTS, SOURCE = range(COLUMNS)


def show_information(parent: QWidget, text: str) -> None:
    """The real message box (modal); tests inject their own."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, parent.tr("报送时限规则"), text)


def run_modal(dialog: RuleDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def _new_code(rules: list[Rule]) -> str:
    codes = {rule.code for rule in rules}
    number = 1
    while f"custom_{number}" in codes:
        number += 1
    return f"custom_{number}"


class RulesSection(QGroupBox):
    """The rules table and its buttons; `leave_allowed()` asks before unsaved edits are lost."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        confirm: Confirm = ask_confirmation,
        inform: Inform = show_information,
        run_dialog: RunDialog = run_modal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rules_section")
        self.setTitle(self.tr("报送时限规则"))
        self._room = room
        self._confirm = confirm
        self._inform = inform
        self._run_dialog = run_dialog
        self._saved: list[Rule] = []
        self._rules: list[Rule] = []
        self._dirty_note = False  # the feedback line says "unsaved" (and goes once saved)

        hint = QLabel(
            self.tr(
                "修改、新增、删除或套用预设后，点“保存”才生效。"
                "已经产生的报送时限保持原时限不变，修改后的规则只适用于此后新产生的时限。"
            ),
            self,
        )
        hint.setObjectName("rules_hint_label")
        hint.setWordWrap(True)
        self.table = self._build_table()
        self.feedback = QLabel(self)
        self.feedback.setObjectName("rules_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()

        self.edit_button = self._button("rules_edit_button", self.tr("编辑…"), self._on_edit)
        self.add_button = self._button("rules_add_button", self.tr("新增…"), self._on_add)
        self.delete_button = self._button("rules_delete_button", self.tr("删除"), self._on_delete)
        self.up_button = self._button("rules_up_button", self.tr("上移"), lambda: self._move(-1))
        self.down_button = self._button("rules_down_button", self.tr("下移"), lambda: self._move(1))
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("rules_preset_combo")
        for name in PRESETS:
            self.preset_combo.addItem(core_text(name), name)
        self.preset_button = self._button(
            "rules_preset_button", self.tr("套用预设…"), self._on_preset
        )
        self.revert_button = self._button("rules_revert_button", self.tr("撤销"), self._on_revert)
        self.save_button = self._button("rules_save_button", self.tr("保存"), self._on_save)
        self.save_button.setDefault(False)

        buttons = QHBoxLayout()
        for button in (
            self.edit_button, self.add_button, self.delete_button, self.up_button,
            self.down_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.preset_combo)
        buttons.addWidget(self.preset_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # --- construction ----------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS, self)
        table.setObjectName("rules_table")
        table.setHorizontalHeaderLabels(
            [
                self.tr("启用"), self.tr("名称"), self.tr("适用对象"), self.tr("适用条件"),
                self.tr("起算"), self.tr("时限"), self.tr("报送对象"), self.tr("依据"),
            ]
        )  # fmt: skip
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ENABLED, 48), (NAME, 170), (SUBJECT, 72), (CONDITION, 250), (ANCHOR, 72),
            (DEADLINE, 130), (RECIPIENTS, 210),
        ):  # fmt: skip
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.setMinimumHeight(300)
        return table

    # --- the table -------------------------------------------------------------------------

    def rules(self) -> list[Rule]:
        """The rules as the table has them now (saved or not)."""
        return list(self._rules)

    def is_dirty(self) -> bool:
        return not same_rules(self._rules, self._saved)

    def reload(self) -> None:
        """The stored rules, dropping any unsaved edit."""
        self._saved = self._room.incidents.rules()
        self._set_rules(list(self._saved))

    def _set_rules(self, rules: list[Rule], select: int | None = None) -> None:
        current = self.table.currentRow() if select is None else select
        self._rules = rules
        self.table.blockSignals(True)
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            self._fill_row(row, rule)
        self.table.blockSignals(False)
        if 0 <= current < len(rules):
            self.table.selectRow(current)
        self._update_buttons()

    def _fill_row(self, row: int, rule: Rule) -> None:
        enabled = QTableWidgetItem()
        enabled.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )  # fmt: skip
        enabled.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
        enabled.setToolTip(self.tr("勾选：启用此规则"))
        self.table.setItem(row, ENABLED, enabled)
        subject = SUBJECT_NAMES.get(rule.subject, rule.subject)
        condition = describe(rule.condition) if rule.subject == SUBJECT_INCIDENT else ""
        cells = {
            NAME: core_text(rule.name),
            SUBJECT: core_text(subject),
            CONDITION: core_text(condition) if condition else self.tr("（登记即计时）"),
            ANCHOR: core_text(ANCHOR_NAMES[rule.anchor]),
            DEADLINE: core_text(deadline_text(rule)),
            RECIPIENTS: core_text(recipients_text(rule)),
            SOURCE: core_text(rule.source) if rule.source else self.tr("（未填）"),
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(text)  # 依据 and 条件 are elided: the tooltip has all of it
            self.table.setItem(row, column, item)

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self._selected()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._rules) - 1)
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            show_feedback(self.feedback, self.tr("有未保存的修改，点“保存”后生效。"), error=False)
        elif self._dirty_note:
            self.feedback.hide()
        self._dirty_note = dirty

    def _changed(self, rules: list[Rule], select: int) -> None:
        self._set_rules(rules, select)
        self.table.setFocus()

    # --- actions ---------------------------------------------------------------------------

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != ENABLED:
            return
        row = item.row()
        enabled = item.checkState() == Qt.CheckState.Checked
        rules = self.rules()
        rules[row] = dataclasses.replace(rules[row], enabled=enabled)
        self._rules = rules
        self._update_buttons()

    def _open_dialog(self, rule: Rule, others: list[Rule], *, new: bool) -> Rule | None:
        dialog = RuleDialog(rule, others, new=new, parent=self)
        try:
            return dialog.rule() if self._run_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def _on_edit(self) -> None:
        row = self._selected()
        if row < 0:
            return
        others = self._rules[:row] + self._rules[row + 1 :]
        edited = self._open_dialog(self._rules[row], others, new=False)
        if edited is not None:
            rules = self.rules()
            rules[row] = edited
            self._changed(rules, row)

    def _on_add(self) -> None:
        blank = Rule(
            code=_new_code(self._rules),
            name="",
            kind=ObligationKind.WRITTEN,
            applies=MODE_ONCE,
            anchor=Anchor.RECEIVED,
            offset_minutes=60,
        )
        added = self._open_dialog(blank, self.rules(), new=True)
        if added is not None:
            at = self._selected() + 1 if self._selected() >= 0 else len(self._rules)
            self._changed([*self._rules[:at], added, *self._rules[at:]], at)

    def _on_delete(self) -> None:
        row = self._selected()
        if row < 0:
            return
        name = core_text(self._rules[row].name)
        question = self.tr("从列表中删除规则“{name}”？点“保存”后生效。").format(name=name)
        if self._confirm(self, question):
            self._changed(
                self._rules[:row] + self._rules[row + 1 :], min(row, len(self._rules) - 2)
            )

    def _move(self, step: int) -> None:
        row = self._selected()
        target = row + step
        if row < 0 or not 0 <= target < len(self._rules):
            return
        rules = self.rules()
        rules[row], rules[target] = rules[target], rules[row]
        self._changed(rules, target)

    def _on_preset(self) -> None:
        name = str(self.preset_combo.currentData())
        question = self.tr(
            "以预设“{name}”替换列表中的全部规则（{n}条）？点“保存”之前不会保存任何修改。"
        ).format(name=core_text(name), n=len(PRESETS[name]))
        if self._confirm(self, question):
            self._changed(list(PRESETS[name]), 0)

    def _on_revert(self) -> None:
        self.reload()
        self.feedback.hide()

    def _on_save(self) -> None:
        try:
            saved = self._room.incidents.save_rules(self._rules)
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return
        self._saved = saved
        self._set_rules(list(saved))
        text = self.tr("已保存{n}条规则。").format(n=len(saved)) + core_text(UNCHANGED_NOTE)
        show_feedback(self.feedback, text, error=False)
        self._inform(self, text)

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "rules" and not self.is_dirty():
            self.reload()

    def leave_allowed(self) -> bool:
        """True when nothing is unsaved, or the officer agrees to drop the edits (then dropped)."""
        if not self.is_dirty():
            return True
        question = self.tr("报送时限规则有未保存的修改。放弃这些修改并离开？")
        if not self._confirm(self, question):
            return False
        self.reload()
        return True
