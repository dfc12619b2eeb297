"""The handover sheet's body on the 交接班 page: people, incidents, running clocks, 批示, the
editable text fields and the equipment checklist (正常/异常 + remark); read-only once locked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom import handover as sheets
from dutyroom.documents.handover_doc import as_of, clock_text
from dutyroom.handover import EquipmentItem, HandoverSheet
from ui.formatting import core_text, enum_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoverForm", text)


def _item(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _fill(table: QTableWidget, rows: list[tuple[object, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, _item(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _table(name: str, headers: tuple[str, ...], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setMinimumHeight(120)
    # empty, every header in full (剩余/超时 was cut at the default width in English)
    table.ensurePolished()
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _text_edit(name: str, placeholder: str, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(70)
    return edit


def sheets_names(people: tuple[str, ...]) -> str:
    return _tr("、").join(people) or _tr("（未排班）")


class HandoverForm(QWidget):
    """Shows one sheet; `edited_sheet()` is the sheet with what was typed."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_form")
        self._tz = tz
        self.sheet: HandoverSheet | None = None
        self._equipment: list[tuple[str, QComboBox, QLineEdit]] = []
        self.people_label = QLabel(self)
        self.people_label.setObjectName("handover_people_label")
        self.people_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people_label)
        # What the last sheet handed over and nobody has settled: the incoming shift must see
        # it is not its own finding, and that it stays until marked 正常 or cleared.
        self.carried_label = QLabel(self)
        self.carried_label.setObjectName("handover_carried_label")
        self.carried_label.setWordWrap(True)
        self.carried_label.setStyleSheet("color:#B8441A;")
        self.carried_label.hide()
        layout.addWidget(self.carried_label)
        layout.addWidget(self._build_sheet_box(self))
        layout.addWidget(self._build_equipment_box(self))

    def _build_sheet_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("交接内容"), parent)
        self.incidents_table = _table(
            "handover_incidents_table",
            (
                self.tr("编号"),
                self.tr("接报时间"),
                self.tr("事件"),
                self.tr("等级"),
                self.tr("状态"),
            ),
            box,
        )
        self.clocks_table = _table(
            "handover_clocks_table",
            (
                self.tr("编号"), self.tr("事件"), self.tr("报送事项"),
                self.tr("时限"), self.tr("状态"), self.tr("剩余/超时"),
            ),
            box,
        )  # fmt: skip
        self.followup_label = QLabel(box)
        self.followup_label.setObjectName("handover_followup_label")
        self.instructions_edit = _text_edit("handover_instructions_edit", "", box)
        self.instructions_edit.setReadOnly(True)
        # 预警, 来文, 批示 whose clocks still run, from whatever shift: carried over until done.
        self.log_clocks_label = QLabel(box)
        self.log_clocks_label.setObjectName("handover_log_clocks_label")
        self.log_clocks_label.setWordWrap(True)
        self.unfinished_edit = _text_edit(
            "handover_unfinished_edit", self.tr("未办结事项，如：待核实的伤亡人数"), box
        )
        self.notices_edit = _text_edit("handover_notices_edit", self.tr("待传达的通知、文件"), box)
        self.remarks_edit = _text_edit("handover_remarks_edit", self.tr("其他需交代的事项"), box)
        grid = QGridLayout(box)
        rows = (
            (self.tr("本班事件"), self.incidents_table),
            (self.tr("正在计时的报送时限"), self.clocks_table),
            ("", self.followup_label),
            (self.tr("领导批示"), self.instructions_edit),
            (self.tr("值班事项时限"), self.log_clocks_label),
            (self.tr("未办结事项"), self.unfinished_edit),
            (self.tr("待传达通知"), self.notices_edit),
            (self.tr("其他事项"), self.remarks_edit),
        )
        for r, (label, widget) in enumerate(rows):
            grid.addWidget(QLabel(label, box), r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, r, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _build_equipment_box(self, parent: QWidget) -> QGroupBox:
        self.equipment_box = QGroupBox(self.tr("设备检查"), parent)
        self.equipment_grid = QGridLayout(self.equipment_box)
        self.equipment_grid.setColumnStretch(2, 1)
        return self.equipment_box

    def show_sheet(self, sheet: HandoverSheet | None, tz: tzinfo) -> None:
        self.sheet = sheet
        self._tz = tz
        if sheet is None:
            self.people_label.setText(self.tr("点击“开始交接”，系统将按记录汇总本班情况。"))
            for table in (self.incidents_table, self.clocks_table):
                table.setRowCount(0)
            self.followup_label.setText("")
            for edit in (
                self.instructions_edit,
                self.unfinished_edit,
                self.notices_edit,
                self.remarks_edit,
            ):
                edit.setPlainText("")
            self._set_equipment(())
            self.carried_label.hide()
            return
        self._show_carried(sheet)
        self.people_label.setText(
            self.tr("交班：带班领导 {ol}，值班员 {oo}　　接班：带班领导 {il}，值班员 {io}").format(
                ol=sheets_names(sheet.outgoing_leaders), oo=sheets_names(sheet.outgoing_officers),
                il=sheets_names(sheet.incoming_leaders), io=sheets_names(sheet.incoming_officers),
            )
        )  # fmt: skip
        _fill(
            self.incidents_table,
            [
                (i.incident_id, self._t(i.received_at),
                 core_text(i.title) + (self.tr("（前班移交）") if i.carried_over else ""),
                 enum_text(i.grade), core_text(i.status))
                for i in sheet.incidents
            ],
        )  # fmt: skip
        at = as_of(sheet, tz)  # the minutes were counted when the sheet was drafted
        _fill(
            self.clocks_table,
            [
                (
                    c.incident_id,
                    core_text(c.incident_title),
                    core_text(c.rule),
                    self._t(c.due_at),
                    core_text(c.state),
                    core_text(clock_text(c, at)),
                )
                for c in sheet.clocks
            ],
        )
        follow = sheet.next_followup
        self.followup_label.setText(
            self.tr("下一次续报：{t}，时限 {due}（{left}）").format(
                t=core_text(follow.incident_title),
                due=self._t(follow.due_at),
                left=core_text(clock_text(follow, at)),
            )
            if follow
            else self.tr("下一次续报：无")
        )
        self.instructions_edit.setPlainText("\n".join(sheet.instructions) or self.tr("无"))
        self.log_clocks_label.setText(
            "\n".join(
                self.tr("[{kind}] {text}：{rule}，时限 {due}（{left}）{missing}").format(
                    kind=enum_text(c.kind),
                    text=c.content,
                    rule=core_text(c.rule),
                    due=self._t(c.due_at),
                    left=core_text(clock_text(c, at)),
                    missing=self.tr("，未办：{units}").format(units=c.missing) if c.missing else "",
                )
                for c in sheet.log_clocks
            )
            or self.tr("无")
        )
        self.unfinished_edit.setPlainText(sheet.unfinished)
        self.notices_edit.setPlainText(sheet.notices)
        self.remarks_edit.setPlainText(sheet.remarks)
        self._set_equipment(sheet.equipment)

    def _show_carried(self, sheet: HandoverSheet) -> None:
        items = [
            self.tr("{name}（{status}：{remark}）").format(
                name=core_text(e.name), status=core_text(e.status), remark=e.remark
            )
            for e in sheet.carried_faults()
        ]
        if sheets.UNFINISHED_ITEM in sheet.carried and sheet.unfinished:
            items.append(self.tr("未办结事项"))
        self.carried_label.setVisible(bool(items) and sheet.carried_from is not None)
        if items and sheet.carried_from is not None:
            self.carried_label.setText(
                self.tr("前班（{shift} 班）交接时移交，尚未处理：{items}。"
                        "处理完毕后请将设备改为“正常”、删除已办结的事项，否则将继续移交下一班。").format(
                    shift=self._t(sheet.carried_from), items=_tr("、").join(items)
                )
            )  # fmt: skip

    def _set_equipment(self, items: tuple[EquipmentItem, ...]) -> None:
        while self.equipment_grid.count():
            taken = self.equipment_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setObjectName("")  # findChild must not see the old rows
                widget.hide()
                widget.deleteLater()
        self._equipment = []
        for row, item in enumerate(items):
            name = QLabel(core_text(item.name), self.equipment_box)
            combo = QComboBox(self.equipment_box)
            combo.setObjectName(f"handover_equipment_status_{row}")
            for status in (sheets.EQUIPMENT_OK, sheets.EQUIPMENT_FAULT):
                combo.addItem(core_text(status), status)  # stored as the core's word
            combo.setCurrentIndex(max(0, combo.findData(item.status)))
            remark = QLineEdit(item.remark, self.equipment_box)
            remark.setObjectName(f"handover_equipment_remark_{row}")
            remark.setPlaceholderText(self.tr("备注（异常时必填）"))
            self.equipment_grid.addWidget(name, row, 0)
            self.equipment_grid.addWidget(combo, row, 1)
            self.equipment_grid.addWidget(remark, row, 2)
            self._equipment.append((item.name, combo, remark))

    def _t(self, at: datetime) -> str:
        return f"{at.astimezone(self._tz):%m-%d %H:%M}"

    def edited_sheet(self) -> HandoverSheet | None:
        """The sheet with what was typed into the editable fields."""
        if self.sheet is None:
            return None
        return replace(
            self.sheet,
            unfinished=self.unfinished_edit.toPlainText().strip(),
            notices=self.notices_edit.toPlainText().strip(),
            remarks=self.remarks_edit.toPlainText().strip(),
            equipment=tuple(
                EquipmentItem(name, str(combo.currentData()), remark.text().strip())
                for name, combo, remark in self._equipment
            ),
        )

    def set_editable(self, editable: bool) -> None:
        for edit in (self.unfinished_edit, self.notices_edit, self.remarks_edit):
            edit.setReadOnly(not editable)
        for _name, combo, remark in self._equipment:
            combo.setEnabled(editable)
            remark.setReadOnly(not editable)
