"""设置 → 报送时限规则: the table, the edit dialog, presets, saving with its note, leaving."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QWidget

from dutyroom.rule_defaults import PRESETS
from dutyroom.rules import UNCHANGED_NOTE, same_rules
from dutyroom.services import DutyRoom
from ui.main_window import MainWindow
from ui.room_signals import RoomSignals
from ui.rule_dialog import RuleDialog
from ui.screen_fit import SMALL_SCREEN, client_limit
from ui.settings_page import SettingsPage
from ui.settings_rules_section import NAME, SOURCE, RulesSection


class Recorder:
    """Stands in for the confirmation and the message box; answers `answer`."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.told: list[str] = []

    def confirm(self, _parent: object, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, _parent: object, text: str) -> None:
        self.told.append(text)


def make_section(
    qtbot, room: DutyRoom, recorder: Recorder, run: Callable[[RuleDialog], bool]
) -> RulesSection:  # type: ignore[no-untyped-def]
    section = RulesSection(
        room,
        RoomSignals(room.events),
        confirm=recorder.confirm,
        inform=recorder.inform,
        run_dialog=run,
    )
    qtbot.addWidget(section)
    section.show()
    return section


def row_of(section: RulesSection, code: str) -> int:
    return [rule.code for rule in section.rules()].index(code)


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(dialog: RuleDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_the_table_shows_each_rule_with_its_deadline_and_source(qtbot, ui_room: DutyRoom) -> None:
    section = make_section(qtbot, ui_room, Recorder(), lambda _d: False)
    table = section.table
    assert table.rowCount() == len(ui_room.incidents.rules())
    row = row_of(section, "general_written")
    texts = [table.item(row, c).text() for c in range(table.columnCount())]
    assert texts[NAME] == "一般·书面"
    assert texts[2:6] == ["事件", "不含：自然灾害；一般及以下；非较大涉险、敏感", "接报", "2小时"]
    assert texts[6] == "市应急管理局、县人民政府总值班室"
    assert "第十一条" in table.item(row, SOURCE).toolTip()
    verify = row_of(section, "disaster_verify")
    assert table.item(verify, 5).text() == "2个工作日"
    assert table.item(row_of(section, "disaster_daily"), 5).text() == "每日9:00前"
    assert not section.save_button.isEnabled()


def test_editing_the_general_offset_changes_only_the_table_until_saved(
    qtbot, ui_room: DutyRoom
) -> None:
    recorder = Recorder()

    def run(dialog: RuleDialog) -> bool:
        assert dialog.code_edit.isReadOnly()  # the code of an existing rule stays
        dialog.offset_spin.setValue(180)
        dialog.source_edit.setPlainText("宝鸡市值班工作方案")
        click(qtbot, ok(dialog))
        return dialog.result() == dialog.DialogCode.Accepted

    section = make_section(qtbot, ui_room, recorder, run)
    section.table.selectRow(row_of(section, "general_written"))
    click(qtbot, section.edit_button)
    row = row_of(section, "general_written")
    assert section.table.item(row, 5).text() == "3小时"
    assert section.is_dirty() and section.save_button.isEnabled()
    stored = next(r for r in ui_room.incidents.rules() if r.code == "general_written")
    assert stored.offset_minutes == 120  # nothing saved before 保存

    click(qtbot, section.save_button)
    stored = next(r for r in ui_room.incidents.rules() if r.code == "general_written")
    assert (stored.offset_minutes, stored.source) == (180, "宝鸡市值班工作方案")
    count = len(ui_room.incidents.rules())
    assert recorder.told == [f"已保存{count}条规则。{UNCHANGED_NOTE}"]
    assert "已经产生的报送时限保持原时限不变" in recorder.told[0]
    assert not section.is_dirty()


def test_a_bad_value_is_refused_next_to_its_field_and_the_dialog_stays(
    qtbot, ui_room: DutyRoom
) -> None:
    seen: dict[str, str] = {}

    def run(dialog: RuleDialog) -> bool:
        dialog.warn_spin.setValue(2)  # shorter than the 紧急 time (5): refused
        click(qtbot, ok(dialog))
        label = dialog.findChild(QLabel, "rule_error_warn_minutes")
        assert label is not None
        seen["warn"] = label.text() if not label.isHidden() else ""
        dialog.warn_spin.setValue(10)
        dialog.times_edit.setText("25:00")
        click(qtbot, ok(dialog))
        times = dialog.findChild(QLabel, "rule_error_at_times")
        assert times is not None
        seen["times"] = times.text() if not times.isHidden() else ""
        seen["warn_after"] = "" if label.isHidden() else label.text()
        seen["open"] = str(dialog.result() != dialog.DialogCode.Accepted)
        return False

    section = make_section(qtbot, ui_room, Recorder(), run)
    section.table.selectRow(0)
    click(qtbot, section.edit_button)
    assert "预警时间不能短于紧急时间" in seen["warn"]
    assert "时刻“25:00”无效" in seen["times"]
    assert seen["warn_after"] == "" and seen["open"] == "True"
    assert not section.is_dirty()


def test_a_new_rule_needs_its_own_code_and_a_name(qtbot, ui_room: DutyRoom) -> None:
    seen: list[str] = []

    def run(dialog: RuleDialog) -> bool:
        assert not dialog.code_edit.isReadOnly()
        click(qtbot, ok(dialog))  # no name yet
        name_error = dialog.findChild(QLabel, "rule_error_name")
        assert name_error is not None
        seen.append(name_error.text())
        dialog.name_edit.setText("地震速报")
        dialog.code_edit.setText("first_phone")  # already taken
        click(qtbot, ok(dialog))
        code_error = dialog.findChild(QLabel, "rule_error_code")
        assert code_error is not None
        seen.append(code_error.text())
        dialog.code_edit.setText("quake_flash")
        dialog.categories_edit.setText("地震灾害")
        dialog.offset_spin.setValue(15)
        dialog.recipients_edit.setPlainText("市应急管理局\n省地震局")
        click(qtbot, ok(dialog))
        return dialog.result() == dialog.DialogCode.Accepted

    section = make_section(qtbot, ui_room, Recorder(), run)
    before = len(section.rules())
    click(qtbot, section.add_button)
    assert "名称不能为空" in seen[0]
    assert "规则代码“first_phone”重复" in seen[1]
    assert len(section.rules()) == before + 1
    added = section.rules()[-1]
    assert (added.code, added.condition.categories, added.recipients) == (
        "quake_flash", ("地震灾害",), ("市应急管理局", "省地震局"),
    )  # fmt: skip
    assert section.table.item(before, 3).text() == "类别：地震灾害"


def test_a_preset_replaces_the_table_after_a_question_and_saves_nothing(
    qtbot, ui_room: DutyRoom
) -> None:
    recorder = Recorder(answer=False)
    section = make_section(qtbot, ui_room, recorder, lambda _d: False)
    section.preset_combo.setCurrentIndex(section.preset_combo.findData("河南"))
    click(qtbot, section.preset_button)
    assert "河南" in recorder.asked[0] and "不会保存" in recorder.asked[0]
    assert not section.is_dirty()  # 否: the table is as it was
    recorder.answer = True
    click(qtbot, section.preset_button)
    assert same_rules(section.rules(), PRESETS["河南"])
    assert not same_rules(ui_room.incidents.rules(), PRESETS["河南"])
    click(qtbot, section.revert_button)
    assert same_rules(section.rules(), ui_room.incidents.rules())


def test_disabling_moving_and_deleting_stay_in_the_table(qtbot, ui_room: DutyRoom) -> None:
    section = make_section(qtbot, ui_room, Recorder(), lambda _d: False)
    first, second = (r.code for r in section.rules()[:2])
    section.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not section.rules()[0].enabled
    section.table.selectRow(0)
    click(qtbot, section.down_button)
    assert [r.code for r in section.rules()[:2]] == [second, first]
    section.table.selectRow(1)
    click(qtbot, section.delete_button)
    assert first not in [r.code for r in section.rules()]
    assert first in [r.code for r in ui_room.incidents.rules()]
    click(qtbot, section.save_button)
    assert first not in [r.code for r in ui_room.incidents.rules()]


def test_leaving_the_page_with_unsaved_rules_asks(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:
    page = main_window.show_page("page_settings")
    assert isinstance(page, SettingsPage)
    recorder = Recorder(answer=False)
    page.rules_section._confirm = recorder.confirm
    page.rules_section.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    main_window.nav.setCurrentRow(0)  # the officer clicks 值班台
    assert "未保存的修改" in recorder.asked[0]
    assert main_window.current_page_name() == "page_settings"
    assert main_window.nav.currentRow() == main_window.page_names().index("page_settings")
    recorder.answer = True
    main_window.nav.setCurrentRow(0)
    assert main_window.current_page_name() != "page_settings"
    assert not page.rules_section.is_dirty()  # dropped, as agreed
    assert ui_room.incidents.rules()[0].enabled


def test_the_program_switching_pages_never_waits_for_the_question(
    qtbot, main_window: MainWindow
) -> None:
    page = main_window.show_page("page_settings")
    assert isinstance(page, SettingsPage)
    recorder = Recorder(answer=False)
    page.rules_section._confirm = recorder.confirm
    page.rules_section.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    main_window.show_page("page_dashboard")  # as F2 and the alarms do
    assert recorder.asked == []
    assert page.rules_section.is_dirty()  # kept for when the officer comes back


@pytest.mark.parametrize("code", ["general_written", "followup"])
def test_the_rule_dialog_fits_a_small_screen(qtbot, ui_room: DutyRoom, code: str) -> None:
    rules = ui_room.incidents.rules()
    rule = next(r for r in rules if r.code == code)
    dialog = RuleDialog(rule, [r for r in rules if r.code != code], new=False)
    qtbot.addWidget(dialog)
    dialog.ensurePolished()
    limit = client_limit(SMALL_SCREEN)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= limit.width() and hint.height() <= limit.height()
    assert dialog.width() <= limit.width() and dialog.height() <= limit.height()
    QApplication.processEvents()


def test_every_widget_of_the_section_and_the_dialog_has_an_object_name(
    qtbot, ui_room: DutyRoom
) -> None:
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTableWidget,
    )

    kinds = (
        QLabel, QPushButton, QLineEdit, QComboBox, QSpinBox, QCheckBox, QPlainTextEdit,
        QGroupBox, QTableWidget,
    )  # fmt: skip
    section = make_section(qtbot, ui_room, Recorder(), lambda _d: False)
    rules = ui_room.incidents.rules()
    dialog = RuleDialog(rules[0], rules[1:], new=False)
    qtbot.addWidget(dialog)
    for parent in (section, dialog):
        unnamed = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in parent.findChildren(QWidget)
            if isinstance(w, kinds) and not w.objectName()
            and not isinstance(w.parentWidget(), QDialogButtonBox)
        ]  # fmt: skip
        assert unnamed == []
