"""设置 › 文书设置: the bureau's paper settings typed, saved together, refused beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from dutyroom.paper_settings import PaperSettings
from dutyroom.services import DutyRoom
from ui.main_window import MainWindow
from ui.settings_paper_section import PaperSection


def section_of(main_window: MainWindow) -> PaperSection:
    page = main_window.show_page("page_settings")
    section = page.findChild(PaperSection, "paper_section")
    assert section is not None
    return section


def test_typed_settings_are_saved_together(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(main_window)
    assert section.title() == "文书设置"
    phone = section.findChild(QLineEdit, "paper_duty_phone_edit")
    hours = section.findChild(QLineEdit, "paper_duty_hours_edit")
    assert hours.text() == "全天24小时值班"  # the default, shown
    qtbot.keyClicks(phone, "0731-86661234")
    qtbot.keyClicks(section.findChild(QLineEdit, "paper_duty_fax_edit"), "0731-86661235")
    # QTest types key codes: Chinese text is put in as an input method would commit it.
    section.findChild(QLineEdit, "paper_report_to_edit").insert("县人民政府办公室")
    section.findChild(QLineEdit, "paper_doc_number_edit").insert("示应急值〔2026〕")
    section.findChild(QCheckBox, "paper_show_signer_check").setChecked(False)
    urgency = section.findChild(QComboBox, "paper_urgency_combo")
    assert [urgency.itemText(i) for i in range(urgency.count())] == ["无", "加急", "特急"]
    urgency.setCurrentIndex(2)
    qtbot.mouseClick(section.findChild(QPushButton, "paper_save_button"), Qt.MouseButton.LeftButton)
    assert ui_room.bureau.paper() == PaperSettings(
        duty_phone="0731-86661234",
        duty_fax="0731-86661235",
        duty_hours="全天24小时值班",
        report_to="县人民政府办公室",
        show_signer=False,
        doc_number="示应急值〔2026〕",
        urgency="特急",
    )
    feedback = section.findChild(QLabel, "paper_feedback_label")
    assert feedback.isVisibleTo(section) and feedback.text() == "已保存"


def test_a_wrong_phone_is_named_beside_its_field_and_nothing_is_saved(
    qtbot, main_window: MainWindow, ui_room: DutyRoom
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(main_window)
    qtbot.keyClicks(section.findChild(QLineEdit, "paper_duty_fax_edit"), "0731-86661235")
    section.findChild(QLineEdit, "paper_duty_phone_edit").insert("请拨打值班室")
    section.save()
    error = section.findChild(QLabel, "paper_duty_phone_error_label")
    assert error.isVisibleTo(section)
    assert error.text() == "值班电话只能含数字、“-”、“转”和括号：请拨打值班室"
    assert not section.findChild(QLabel, "paper_duty_fax_error_label").isVisibleTo(section)
    assert not section.findChild(QLabel, "paper_feedback_label").isVisibleTo(section)
    assert ui_room.bureau.paper() == PaperSettings()  # refused whole: the fax was not saved either
    phone = section.findChild(QLineEdit, "paper_duty_phone_edit")
    phone.setText("0731-86661234")
    assert section.save() is not None
    assert not error.isVisibleTo(section)
    assert ui_room.bureau.paper().duty_fax == "0731-86661235"


def test_settings_saved_elsewhere_are_shown(main_window: MainWindow, ui_room: DutyRoom) -> None:
    section = section_of(main_window)
    ui_room.bureau.set_paper(PaperSettings(duty_phone="0731-1", urgency="加急"))
    assert section.findChild(QLineEdit, "paper_duty_phone_edit").text() == "0731-1"
    assert section.findChild(QComboBox, "paper_urgency_combo").currentText() == "加急"
