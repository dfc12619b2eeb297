"""通讯录与资料: instant search by name part and phone digits, copy a number, edit, import,
documents opened through the injected opener, the editable checklist."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableView

from dutyroom.models import Contact, ContactKind
from dutyroom.services import DutyRoom
from ui.contacts_model import ContactsModel
from ui.reference_page import ReferencePage
from ui.room_signals import RoomSignals

CONTACTS = (
    Contact("张建国", ContactKind.TOWNSHIP, unit="城关镇", title="镇长", mobile="13907311234"),
    Contact("李丽华", ContactKind.MEMBER, unit="县水利局", phone="0731-84567890"),
    Contact("市应急局值班室", ContactKind.SUPERIOR, unit="市应急管理局", phone="0731-12345678"),
)


@pytest.fixture
def page(qtbot, ui_room: DutyRoom, tmp_path: Path):  # type: ignore[no-untyped-def]
    for contact in CONTACTS:
        ui_room.directory.add_contact(contact)
    signals = RoomSignals(ui_room.events)
    opened: list[QUrl] = []
    built = ReferencePage(
        ui_room,
        signals,
        confirm=lambda _p, _t: True,
        edit_contact=lambda _p, c: None,
        choose_open=lambda _p, _t, _s: None,
        choose_save=lambda _p, _t, _s: str(tmp_path / "通讯录.xlsx"),
        choose_document=lambda _p, _t, _s: None,
        open_url=opened.append,
    )
    built.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(built)
    yield built
    signals.detach()


def names(page: ReferencePage) -> list[str]:
    model = page.contacts.model
    return [c.name for c in model.contacts()]


def test_search_by_part_of_the_name(qtbot, page: ReferencePage) -> None:  # type: ignore[no-untyped-def]
    edit = page.findChild(QLineEdit, "contacts_search_edit")
    assert page.findChild(QTableView, "contacts_table") is not None
    edit.insert("建国")  # typed text; QTest cannot type CJK (qasciikey asserts)
    assert names(page) == ["张建国"]


def test_search_by_phone_digits(qtbot, page: ReferencePage) -> None:  # type: ignore[no-untyped-def]
    edit = page.findChild(QLineEdit, "contacts_search_edit")
    qtbot.keyClicks(edit, "84567")
    assert names(page) == ["李丽华"]
    edit.clear()
    assert len(names(page)) == 3


def test_search_by_pinyin_initials(qtbot, page: ReferencePage) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("pypinyin")
    qtbot.keyClicks(page.contacts.search_edit, "llh")
    assert names(page) == ["李丽华"]


def test_double_click_copies_the_number(page: ReferencePage) -> None:
    page.contacts.search_edit.setText("张建国")
    number = page.contacts.copy_number(page.contacts.model.contact(0))
    assert number == "13907311234"
    assert QGuiApplication.clipboard().text() == "13907311234"
    assert "已复制" in page.contacts.feedback.text()


def test_add_edit_and_delete(page: ReferencePage, ui_room: DutyRoom) -> None:
    new = Contact("王卫星", ContactKind.SATELLITE, unit="县应急局", mobile="17400001111")
    page.contacts._edit_contact = lambda _p, _c: new
    page.contacts.add_contact()
    assert "王卫星" in names(page)
    page.contacts.table.selectRow(names(page).index("王卫星"))
    page.contacts.delete_selected()
    assert "王卫星" not in names(page)
    page.contacts._edit_contact = lambda _p, _c: Contact("", ContactKind.OTHER, phone="1")
    page.contacts.add_contact()
    assert page.contacts.feedback.text() == "请填写联系人名称"


def test_import_is_all_or_nothing(page: ReferencePage, ui_room: DutyRoom, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["名称", "类别", "单位", "电话"])
    sheet.append(["河西镇值班室", "乡镇值班", "河西镇", "0731-5555"])
    sheet.append(["坏号码", "乡镇值班", "某镇", "abc"])
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    page.contacts._choose_open = lambda _p, _t, _s: str(path)
    assert page.contacts.import_contacts() is None
    assert len(ui_room.directory.contacts()) == 3
    assert "第3行" in page.contacts.feedback.text()
    sheet.delete_rows(3)
    book.save(path)
    assert page.contacts.import_contacts() == {"add": 1, "update": 0, "same": 0}
    assert "河西镇值班室" in names(page)


def test_export_writes_a_workbook(page: ReferencePage, tmp_path: Path) -> None:
    out = page.contacts.export_contacts()
    assert out is not None and out.exists()


def test_documents_are_copied_and_opened(page: ReferencePage, tmp_path: Path) -> None:
    source = tmp_path / "防汛应急预案.txt"
    source.write_text("预案", encoding="utf-8")
    page.documents._choose_file = lambda _p, _t, _s: str(source)
    page.documents.add_file()
    assert page.documents.table.rowCount() == 1
    page.documents.table.selectRow(0)
    page.documents.open_selected()
    opened = page.opened  # type: ignore[attr-defined]
    assert len(opened) == 1 and opened[0].toLocalFile().endswith("防汛应急预案.txt")
    assert Path(opened[0].toLocalFile()) != source  # the copy in the data folder


def test_the_checklist_and_duties_are_editable(page: ReferencePage, ui_room: DutyRoom) -> None:
    steps = page.procedure.rows()
    assert steps
    page.procedure.set_rows([["接报", "记录接报时间"], ["报告", "电话报告市局"]])
    assert page.procedure.save()
    assert [s.text for s in ui_room.directory.procedure()] == ["记录接报时间", "电话报告市局"]
    page.duties.set_rows([["森林火灾", "县林业局", "", ""]])
    assert page.duties.save()
    assert ui_room.directory.reporting_duties()[0].department == "县林业局"
    page.duties.set_rows([["森林火灾", "", "", ""]])
    assert not page.duties.save()
    assert "报送部门" in page.duties.feedback.text()


def test_the_contacts_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel()
    model.set_contacts(CONTACTS)
    qtmodeltester.check(model)
