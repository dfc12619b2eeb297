"""通讯录与资料 (四个熟悉): the contacts directory with instant search, and the tabs of
ui/reference_docs.py (预案与文件, 报告流程, 部门报告分工).

Choosers, the contact editor, the confirmation and the URL opener are injectable: tests never
open a modal dialog or the system viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Contact
from dutyroom.services import DutyRoom
from ui.contact_dialog import edit_contact_dialog
from ui.contacts_model import ContactsModel, number_of
from ui.feedback import Confirm, ask_confirmation, show_feedback
from ui.formatting import core_text
from ui.reference_docs import DocumentsTab, DutiesTab, ProcedureTab
from ui.room_signals import RoomSignals
from ui.roster_io import PathChooser, choose_open_path, choose_save_path

EditContact = Callable[[QWidget, Contact | None], Contact | None]
OpenUrl = Callable[[QUrl], object]


class ContactsTab(QWidget):
    def __init__(
        self,
        room: DutyRoom,
        *,
        confirm: Confirm,
        edit_contact: EditContact,
        choose_open: PathChooser,
        choose_save: PathChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_tab")
        self._room = room
        self._confirm = confirm
        self._edit_contact = edit_contact
        self._choose_open = choose_open
        self._choose_save = choose_save
        self.model = ContactsModel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("contacts_search_edit")
        self.search_edit.setPlaceholderText(
            self.tr("搜索：姓名、单位、电话号码或拼音首字母（如 cgz）")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.table = QTableView(self)
        self.table.setObjectName("contacts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("contacts_feedback_label")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("contact_copy_button", self.tr("复制号码"), self.copy_selected_number),
            ("contact_add_button", self.tr("新增"), self.add_contact),
            ("contact_edit_button", self.tr("编辑"), self.edit_selected),
            ("contact_delete_button", self.tr("删除"), self.delete_selected),
            ("contacts_import_button", self.tr("从Excel导入"), self.import_contacts),
            ("contacts_export_button", self.tr("导出Excel"), self.export_contacts),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, f=slot: f())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.model.set_contacts(self._room.directory.search(self.search_edit.text()))

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.reload()

    def selected(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def _say(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.feedback, text, error=error)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.copy_number(self.model.contact(index.row()))

    def copy_selected_number(self) -> None:
        self.copy_number(self.selected())

    def copy_number(self, contact: Contact | None) -> str:
        if contact is None:
            self._say(self.tr("请先选择联系人"), error=True)
            return ""
        number = number_of(contact)
        QGuiApplication.clipboard().setText(number)
        self._say(
            self.tr("已复制 {name} 的号码：{number}").format(name=contact.name, number=number)
        )
        return number

    def add_contact(self) -> None:
        self._save(self._edit_contact(self, None), new=True)

    def edit_selected(self) -> None:
        contact = self.selected()
        if contact is None:
            self._say(self.tr("请先选择联系人"), error=True)
            return
        self._save(self._edit_contact(self, contact), new=False)

    def _save(self, contact: Contact | None, *, new: bool) -> None:
        if contact is None:
            return
        try:
            if new:
                saved = self._room.directory.add_contact(contact)
            else:
                saved = self._room.directory.update_contact(contact)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return
        self._say(self.tr("已保存：{name}").format(name=saved.name))

    def delete_selected(self) -> None:
        contact = self.selected()
        if contact is None or contact.id is None:
            self._say(self.tr("请先选择联系人"), error=True)
            return
        if not self._confirm(self, self.tr("删除联系人“{name}”？").format(name=contact.name)):
            return
        self._room.directory.delete_contact(contact.id)
        self._say(self.tr("已删除：{name}").format(name=contact.name))

    def import_contacts(self) -> dict[str, int] | None:
        """All or nothing: a file with any problem imports nothing and lists the problems."""
        chosen = self._choose_open(self, self.tr("导入通讯录"), "")
        if not chosen:
            return None
        from dutyroom.excel.contacts_excel import apply_contacts_import, preview_contacts_import

        try:
            preview = preview_contacts_import(self._room, Path(chosen))
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return None
        if not preview.ok:
            problems = [core_text(str(p)) for p in preview.problems] or [
                self.tr("没有可导入的联系人")
            ]
            self._say(self.tr("未导入，请修改后重试：\n") + "\n".join(problems[:20]), error=True)
            return None
        text = self.tr("将新增 {a} 人，更新 {u} 人（{s} 人无变化）。确认导入？").format(
            a=preview.count("add"), u=preview.count("update"), s=preview.count("same")
        )
        if not self._confirm(self, text):
            return None
        try:
            counts = apply_contacts_import(self._room, preview)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), error=True)
            return None
        self._say(self.tr("已导入：新增 {a}，更新 {u}").format(a=counts["add"], u=counts["update"]))
        return counts

    def export_contacts(self) -> Path | None:
        chosen = self._choose_save(self, self.tr("导出通讯录"), self.tr("通讯录.xlsx"))
        if not chosen:
            return None
        from dutyroom.excel.contacts_excel import export_contacts

        try:
            out = export_contacts(self._room, Path(chosen))
        except (DutyRoomError, OSError) as exc:
            self._say(getattr(exc, "message", str(exc)), error=True)
            return None
        self._say(self.tr("已导出：{path}").format(path=out))
        return out


class ReferencePage(QWidget):
    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        *,
        confirm: Confirm = ask_confirmation,
        edit_contact: EditContact = edit_contact_dialog,
        choose_open: PathChooser = choose_open_path,
        choose_save: PathChooser = choose_save_path,
        choose_document: PathChooser | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_reference")
        title = QLabel(self.tr("通讯录与资料"), self)
        title.setObjectName("page_title")
        self.contacts = ContactsTab(
            room,
            confirm=confirm,
            edit_contact=edit_contact,
            choose_open=choose_open,
            choose_save=choose_save,
            parent=self,
        )
        self.documents = DocumentsTab(
            room, confirm=confirm, choose_file=choose_document, open_url=open_url, parent=self
        )
        self.procedure = ProcedureTab(room, self)
        self.duties = DutiesTab(room, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reference_tabs")
        for tab, name in (
            (self.contacts, self.tr("通讯录")),
            (self.documents, self.tr("预案与文件")),
            (self.procedure, self.tr("报告流程")),
            (self.duties, self.tr("部门报告分工")),
        ):
            # a tab title's "&" is a shortcut mark: "Plans & documents" showed "Plans _documents"
            self.tabs.addTab(tab, name.replace("&", "&&"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        signals.changed.connect(self._on_signals_changed)

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "reference":
            self.contacts.reload()
            self.documents.reload()
            self.procedure.reload()
            self.duties.reload()
